/**
 * Minutes printed to PDF by Chromium, as the app prints them, with a fontconfig that has only a Latin
 * font: every other script must come from the bundled fonts. Checked with poppler: the text, the embedded
 * fonts, and a picture of the first page against a reviewed golden image.
 */
import { chromium, expect, test, type Browser } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { minutesDocument } from '../../shared/documents/minutesDocument';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';
import {
  documentOptions,
  minutesFixture,
  SAMPLES,
  SCRIPTS,
  type ScriptName,
} from '../support/documentFixtures';
import { startDocumentServer } from '../support/documentServer';
import { pdfFonts, pdfPagePng, pdfText } from '../support/pdfTools';

const GOLDEN = join(import.meta.dirname, 'golden');
const FONTCONFIG = join(import.meta.dirname, '../support/fonts-latin-only.conf');
const BUNDLED: Record<ScriptName, RegExp> = {
  english: /NotoSans-/,
  chinese: /NotoSansSC/,
  khmer: /NotoSansKhmer/,
  lao: /NotoSansLao/,
  thai: /NotoSansThai/,
  arabic: /NotoSansArabic/,
};

let browser: Browser;
test.beforeAll(async () => {
  const executablePath = chromiumExecutable();
  browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
    env: { ...process.env, FONTCONFIG_FILE: FONTCONFIG },
  });
});
test.afterAll(() => browser.close());

/** Prints a document the way the app does and returns the PDF's path and the requests it made. */
async function print(html: string, dir: string): Promise<{ file: string; requests: string[] }> {
  const server = await startDocumentServer();
  server.setDocument(html);
  const page = await browser.newPage();
  try {
    await page.goto(server.url);
    await page.evaluate(() => document.fonts.ready);
    const file = join(dir, 'document.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    return { file, requests: [...server.requests] };
  } finally {
    await page.close();
    await server.close();
  }
}

function differingPixels(actual: Buffer, golden: Buffer): number {
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(golden);
  if (a.width !== b.width || a.height !== b.height) return a.width * a.height;
  return pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.2 }) / (a.width * a.height);
}

for (const script of SCRIPTS) {
  test(`minutes in ${script} print with the bundled fonts, searchable text and the reviewed look`, async () => {
    const dir = mkdtempSync(join(tmpdir(), `liaison-pdf-${script}-`));
    const { file } = await print(minutesDocument([minutesFixture(script)], documentOptions()), dir);
    const sample = SAMPLES[script];
    // pdftotext breaks lines where the page does and may space out combining marks: compare without spaces.
    const text = pdfText(file).replace(/\s+/g, '');
    for (const name of [sample.org, sample.person, sample.orgNative, sample.personNative, sample.minutes]) {
      // Arabic is written right to left; pdftotext may give its words in either order.
      const words = script === 'arabic' ? name.replace(/[.،]/g, '').split(' ') : [name];
      for (const word of words.filter(Boolean))
        expect(text, `${script}: ${word}`).toContain(word.replace(/\s+/g, ''));
    }
    expect(text).toMatch(/Page1of\d/);
    expect(text).toContain('INTERNAL');

    const fonts = pdfFonts(file);
    const bundled = fonts.filter((f) => BUNDLED[script].test(f.name));
    expect(bundled.length, fonts.map((f) => f.name).join(', ')).toBeGreaterThan(0);
    expect(bundled.every((f) => f.embedded)).toBe(true);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);

    const picture = pdfPagePng(file, dir);
    const golden = join(GOLDEN, `minutes-${script}.png`);
    if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(golden)) {
      writeFileSync(golden, picture);
      test.info().annotations.push({ type: 'golden', description: `wrote ${golden}; review it` });
    }
    expect(differingPixels(picture, readFileSync(golden))).toBeLessThan(0.01);
  });
}
