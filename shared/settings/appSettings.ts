/**
 * Per-device settings (they never sync): each key has its own schema, so one corrupt value falls back to
 * its default without taking the others with it.
 */
import { z } from 'zod';
import { Id } from '../domain/primitives';
import { SUPPORTED_LANGUAGES } from '../i18n/languages';

export const THEMES = ['light', 'dark', 'system'] as const;

/** A logo of up to 512 KB, inline: documents never fetch anything. */
export const MAX_LOGO_BYTES = 512 * 1024;
const MAX_LOGO_DATA_URL = Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 64;
export const LOGO_DATA_URL = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/;
export type Theme = (typeof THEMES)[number];
/** Which meetings the Meetings list shows: the current event's, or those of every event and none. */
export const MEETING_LIST_SCOPES = ['current', 'all'] as const;
export type MeetingListScope = (typeof MEETING_LIST_SCOPES)[number];

/** Automatic backups (desktop only): minutes between backups while there are changes, and how many kept. */
export const BACKUP_INTERVAL_MINUTES = { min: 1, max: 24 * 60, default: 15 } as const;
export const BACKUPS_KEPT = { min: 1, max: 100, default: 20 } as const;
export const BackupIntervalMinutes = z
  .number()
  .int()
  .min(BACKUP_INTERVAL_MINUTES.min)
  .max(BACKUP_INTERVAL_MINUTES.max);
export const BackupsKept = z.number().int().min(BACKUPS_KEPT.min).max(BACKUPS_KEPT.max);

export const SETTING_SCHEMAS = {
  language: z.enum(SUPPORTED_LANGUAGES),
  theme: z.enum(THEMES),
  /** The name of this laptop, shown beside the changes it makes. */
  deviceName: z.string().trim().max(60),
  /** The delegate using this laptop: author of their notes, default participant. */
  selfPersonId: Id.nullable(),
  /** The event the Today view and quick capture use. */
  currentEventId: Id.nullable(),
  /** The institution's name on the letterhead of minutes and reports. */
  letterheadName: z.string().trim().max(200),
  /** The letterhead logo as a data: URL (PNG, JPEG or WebP), or '' for none. */
  letterheadLogo: z.union([z.literal(''), z.string().max(MAX_LOGO_DATA_URL).regex(LOGO_DATA_URL)]),
  /** What the Meetings list shows, kept while the user moves between pages and across restarts. */
  meetingListScope: z.enum(MEETING_LIST_SCOPES),
  /** Minutes between automatic backups while the archive has changed (desktop app only). */
  backupIntervalMinutes: BackupIntervalMinutes,
  /** How many automatic backups are kept; the oldest beyond it is removed once a new one is verified. */
  backupsKept: BackupsKept,
} as const;

export const DEFAULT_SETTINGS: Omit<AppSettings, 'language'> = {
  theme: 'system',
  deviceName: '',
  selfPersonId: null,
  currentEventId: null,
  letterheadName: '',
  letterheadLogo: '',
  meetingListScope: 'current',
  backupIntervalMinutes: BACKUP_INTERVAL_MINUTES.default,
  backupsKept: BACKUPS_KEPT.default,
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
