/** Numbers, times and laptops as the Sync page writes them, in the UI language. */
import { useTranslation } from 'react-i18next';

const DAY_MS = 24 * 60 * 60 * 1000;

export function useSyncFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return {
    number: (n: number) => new Intl.NumberFormat(locale).format(n),
    /** A moment on this laptop's clock; "never" for none. */
    when: (iso: string | null | undefined) =>
      iso
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
        : t('sync.never'),
    /** Another laptop: by the name sync learnt for it, else by the end of its device id. */
    device: (id: string, names: Readonly<Record<string, string>> = {}) =>
      names[id] ?? t('sync.result.device', { id: id.slice(-6) }),
    /** How far a clock is ahead, in whole days (warnings start at one day), or hours below two days. */
    duration: (ms: number) => {
      const days = ms / DAY_MS;
      const [value, unit] = days >= 2 ? [Math.round(days), 'day'] : [Math.round(ms / 3_600_000), 'hour'];
      return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
    },
  };
}
