/**
 * The options of a select over one of the domain's fixed values (kinds, statuses, levels), each named in
 * the UI language from `labels.*`.
 */
import type { TFunction } from 'i18next';
import type { en } from '../i18n/locales/en';

type Labels = typeof en.labels;

export function labelOptions<G extends keyof Labels, V extends keyof Labels[G] & string>(
  t: TFunction,
  group: G,
  values: readonly V[],
): Array<{ value: V; label: string }> {
  // The key is built from a group and one of its values, which TypeScript cannot check as a template.
  return values.map((value) => ({
    value,
    label: t(`labels.${group}.${value}` as 'labels.meetingKind.other'),
  }));
}
