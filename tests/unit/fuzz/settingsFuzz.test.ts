/**
 * Fuzzing the settings reader (shared/settings/appSettings.ts, parseSettings): stored rows are outside
 * data (another version, a damaged profile, a hand-edited export). Valid settings round-trip exactly;
 * any rows give complete, valid settings (a bad value falls back to its default), never an exception and
 * never a polluted prototype.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../../shared/i18n/languages';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  SETTING_SCHEMAS,
  THEMES,
  type AppSettings,
} from '../../../shared/settings/appSettings';
import { line, ulid } from './entityArbitraries';
import { fuzzTimeout, reliabilityLog } from './reliabilityLog';

const { fuzz } = reliabilityLog(import.meta.url, 'Hostile input', 'Settings');
const defaults: AppSettings = { ...DEFAULT_SETTINGS, language: 'en' };

const base64 = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='];
const logo = fc
  .tuple(
    fc.constantFrom('png', 'jpeg', 'webp'),
    fc.string({ unit: fc.constantFrom(...base64), minLength: 1, maxLength: 400 }),
  )
  .map(([type, data]) => `data:image/${type};base64,${data}`);

/** The settings this test knows how to generate; others keep their defaults. */
const settings: fc.Arbitrary<Partial<AppSettings>> = fc.record({
  language: fc.constantFrom(...SUPPORTED_LANGUAGES),
  theme: fc.constantFrom(...THEMES),
  deviceName: line(60),
  selfPersonId: fc.option(ulid, { nil: null }),
  currentEventId: fc.option(ulid, { nil: null }),
  letterheadName: line(200),
  letterheadLogo: fc.oneof(fc.constant(''), logo),
});

const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    'data:image/svg+xml;base64,PHN2Zz4=',
    'data:image/png;base64,AAAA"><script>alert(1)</script>',
    'javascript:alert(1)',
    `data:image/png;base64,${'A'.repeat(800_000)}`,
    { toString: 'x' },
    Object.create(null) as object,
  ),
);
const key = fc.oneof(
  fc.constantFrom(...Object.keys(SETTING_SCHEMAS), '__proto__', 'constructor', 'prototype', 'toString'),
  fc.string({ maxLength: 12 }),
);

describe('settings under fuzzing', { timeout: fuzzTimeout(5) }, () => {
  fuzz('valid settings stored as rows are read back exactly', () =>
    fc.property(settings, (written) => {
      const rows = Object.entries(written).map(([k, value]) => ({ key: k, value }));
      expect(parseSettings(rows, defaults)).toEqual({ ...defaults, ...written });
    }),
  );

  fuzz('any stored rows give complete, valid settings and never touch a prototype', () =>
    fc.property(fc.array(fc.record({ key, value: hostileValue }), { maxLength: 8 }), (rows) => {
      const read = parseSettings(rows, defaults);
      expect(Object.keys(read).sort()).toEqual(Object.keys(defaults).sort());
      for (const [k, value] of Object.entries(read))
        expect(SETTING_SCHEMAS[k as keyof AppSettings].safeParse(value).success, k).toBe(true);
      expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      // The last valid row of a key wins; a key without one keeps its default.
      for (const k of Object.keys(defaults) as Array<keyof AppSettings>) {
        const valid = rows.filter((r) => r.key === k && SETTING_SCHEMAS[k].safeParse(r.value).success);
        const expected = valid.length
          ? SETTING_SCHEMAS[k].parse(valid[valid.length - 1]!.value)
          : defaults[k];
        expect(read[k], k).toEqual(expected);
      }
    }),
  );
});
