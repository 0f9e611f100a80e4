/**
 * Per-device settings (they never sync): each key has its own schema, so one corrupt value falls back to
 * its default without taking the others with it.
 */
import { z } from 'zod';
import { Id } from '../domain/primitives';
import { SUPPORTED_LANGUAGES } from '../i18n/languages';

export const THEMES = ['light', 'dark', 'system'] as const;
export type Theme = (typeof THEMES)[number];

export const SETTING_SCHEMAS = {
  language: z.enum(SUPPORTED_LANGUAGES),
  theme: z.enum(THEMES),
  /** The name of this laptop, shown beside the changes it makes. */
  deviceName: z.string().trim().max(60),
  /** The delegate using this laptop: author of their notes, default participant. */
  selfPersonId: Id.nullable(),
  /** The event the Today view and quick capture use. */
  currentEventId: Id.nullable(),
} as const;

export const DEFAULT_SETTINGS: Omit<AppSettings, 'language'> = {
  theme: 'system',
  deviceName: '',
  selfPersonId: null,
  currentEventId: null,
};

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export type AppSettings = { [K in SettingKey]: z.infer<(typeof SETTING_SCHEMAS)[K]> };

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_SCHEMAS, key);
}

/** Reads stored key/value rows into settings, using `defaults` for anything missing or invalid. */
export function parseSettings(
  rows: ReadonlyArray<{ key: string; value: unknown }>,
  defaults: AppSettings,
): AppSettings {
  const settings: AppSettings = { ...defaults };
  for (const { key, value } of rows) {
    if (!isSettingKey(key)) continue;
    const parsed = SETTING_SCHEMAS[key].safeParse(value);
    if (parsed.success) (settings as Record<SettingKey, unknown>)[key] = parsed.data;
  }
  return settings;
}
