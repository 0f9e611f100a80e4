/**
 * Building blocks of the domain schemas. Validation messages are i18n keys (`validation.*`), so the
 * renderer can show them in the user's language beside the field.
 */
import { z } from 'zod';
import { ULID_PATTERN } from './ulid';

export const Id = z.string().regex(ULID_PATTERN, 'validation.id');
export type Id = z.infer<typeof Id>;

/** A calendar date without a zone (event days, due dates, validity): YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'validation.date');
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant in UTC, as epoch milliseconds. Years 1970 to 9999. */
export const Instant = z
  .number()
  .int('validation.instant')
  .min(0, 'validation.instant')
  .max(253402300799999, 'validation.instant');
export type Instant = z.infer<typeof Instant>;

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0 && zone.length < 64;
  } catch {
    return false;
  }
}
export const TimeZoneId = z.string().refine(isValidTimeZone, 'validation.timeZone');

/** ISO 3166-1 alpha-2, upper case. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'validation.country');

export const Email = z.union([z.literal(''), z.email('validation.email').max(254, 'validation.email')]);

/** The most a one-line field (a name, a title, a room) holds, in UTF-16 units. */
export const MAX_LINE_LENGTH = 300;
/** A required one-line name. Leading and trailing spaces are dropped. */
export const RequiredName = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(MAX_LINE_LENGTH, 'validation.tooLong');
export const OptionalLine = z.string().trim().max(MAX_LINE_LENGTH, 'validation.tooLong');
/** Long text: minutes, notes, outcomes, scope. 200,000 characters is about 80 pages. */
export const LongText = z.string().max(200_000, 'validation.tooLong');
export const Tag = z.string().trim().min(1).max(60, 'validation.tooLong');
