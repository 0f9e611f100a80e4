import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/locales/en';
import { zhCN } from '../../../renderer/src/i18n/locales/zh-CN';
import { MENU_STRINGS } from '../../../shared/i18n/menuStrings';
import { pickLanguage } from '../../../shared/i18n/languages';

function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as object, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('the translations', () => {
  const english = flatten(en);
  const chinese = flatten(zhCN);

  it('have the same keys in English and Simplified Chinese', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty string', () => {
    for (const [key, value] of [...english, ...chinese]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of english)
      expect(placeholders(chinese.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('translate the native menu too', () => {
    expect(Object.keys(MENU_STRINGS['zh-CN']).sort()).toEqual(Object.keys(MENU_STRINGS.en).sort());
  });
});

describe('pickLanguage', () => {
  it('chooses Simplified Chinese for any Chinese tag and English otherwise', () => {
    expect(pickLanguage(['zh-CN', 'en'])).toBe('zh-CN');
    expect(pickLanguage(['zh'])).toBe('zh-CN');
    expect(pickLanguage(['km-KH', 'en-GB'])).toBe('en');
    expect(pickLanguage(['th'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
