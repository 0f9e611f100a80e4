/**
 * The whole app in 简体中文: on every page, no text node, accessible name or placeholder is left in
 * English. English UI strings are taken from the English locale itself, so a string added later without a
 * translation fails here.
 */
import type { Page } from '@playwright/test';
import { en } from '../../renderer/src/i18n/locales/en';
import { zhCN } from '../../renderer/src/i18n/locales/zh-CN';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { SetupPage } from './pages/SetupPage';

function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as object, path)) out.set(k, v);
  }
  return out;
}

/** English UI strings that must not appear on a Chinese screen (placeholders and shared words excluded). */
function englishOnlyStrings(): string[] {
  const english = flatten(en);
  const chinese = flatten(zhCN);
  return [...english]
    .filter(([key, value]) => value !== chinese.get(key) && !value.includes('{{') && /[a-z]{3}/.test(value))
    .map(([, value]) => value);
}

async function visibleUiTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || !parent || parent.closest('[hidden], script, style')) continue;
      if (parent.checkVisibility && !parent.checkVisibility()) continue;
      texts.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const attribute of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(attribute)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

test('every page of the app is in Simplified Chinese', async ({ profile }) => {
  const page = await profile.launch({ locale: 'zh-CN' });
  await new SetupPage(page).setUp({ sample: true });
  const app = new AppPage(page);
  const forbidden = new Set(englishOnlyStrings());
  const leaks: string[] = [];
  const check = async (where: string) => {
    for (const text of await visibleUiTexts(page)) if (forbidden.has(text)) leaks.push(`${where}: ${text}`);
  };

  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '欢迎使用 Liaison' })).toBeVisible();
  await check('首页');
  for (const name of ['今日', '会谈', '活动与议程', '人员', '机构', '协议', '后续事项', '设置']) {
    await app.nav(name).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await check(name);
  }

  await app.nav('会谈').click();
  await page
    .getByRole('link', { name: /Prek Leap/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check('会谈详情');

  await app.nav('协议').click();
  await page
    .getByRole('link', { name: /Memorandum of Agreement/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check('协议详情');

  await page.keyboard.press('ControlOrMeta+n');
  await expect(page.getByRole('dialog', { name: '记录会谈' })).toBeVisible();
  await check('记录会谈');

  expect(leaks).toEqual([]);
  expect(profile.problems).toEqual([]);
});
