import { describe, expect, it } from 'vitest';
import { parseSettings, type AppSettings } from '../../../shared/settings/appSettings';

const defaults: AppSettings = { language: 'en', theme: 'system' };

describe('parseSettings', () => {
  it('reads stored values', () => {
    expect(
      parseSettings(
        [
          { key: 'language', value: 'zh-CN' },
          { key: 'theme', value: 'dark' },
        ],
        defaults,
      ),
    ).toEqual({
      language: 'zh-CN',
      theme: 'dark',
    });
  });

  it('falls back per key when one value is corrupt, keeping the others', () => {
    expect(
      parseSettings(
        [
          { key: 'language', value: 'zh-CN' },
          { key: 'theme', value: 'neon' },
        ],
        defaults,
      ),
    ).toEqual({
      language: 'zh-CN',
      theme: 'system',
    });
  });

  it('ignores unknown keys, including prototype keys', () => {
    const rows = [
      { key: '__proto__', value: { polluted: true } },
      { key: 'constructor', value: 'x' },
      { key: 'colour', value: 'red' },
    ];
    const parsed = parseSettings(rows, defaults);
    expect(parsed).toEqual(defaults);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
