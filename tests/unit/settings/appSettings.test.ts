import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, type AppSettings } from '../../../shared/settings/appSettings';

const defaults: AppSettings = { ...DEFAULT_SETTINGS, language: 'en' };
const rows = (entries: Record<string, unknown>) =>
  Object.entries(entries).map(([key, value]) => ({ key, value }));

describe('parseSettings', () => {
  it('reads stored values', () => {
    const parsed = parseSettings(
      rows({ language: 'zh-CN', theme: 'dark', deviceName: 'Wang’s laptop' }),
      defaults,
    );
    expect(parsed).toEqual({ ...defaults, language: 'zh-CN', theme: 'dark', deviceName: 'Wang’s laptop' });
  });

  it('falls back per key when one value is corrupt, keeping the others', () => {
    const parsed = parseSettings(
      rows({ language: 'zh-CN', theme: 'neon', selfPersonId: 'not an id' }),
      defaults,
    );
    expect(parsed).toEqual({ ...defaults, language: 'zh-CN' });
  });

  it('ignores unknown keys, including prototype keys', () => {
    const hostile = [
      { key: '__proto__', value: { polluted: true } },
      { key: 'constructor', value: 'x' },
      { key: 'colour', value: 'red' },
    ];
    const parsed = parseSettings(hostile, defaults);
    expect(parsed).toEqual(defaults);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
