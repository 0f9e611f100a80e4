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
import { agreementsRegister } from '../../shared/documents/agreementsRegister';
import { delegationReport } from '../../shared/documents/delegationReport';
import { minutesDocument } from '../../shared/documents/minutesDocument';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';
import {
  agreementFixture,
  documentOptions,
  minutesFixture,
  SAMPLES,
  SCRIPTS,
  type ScriptName,
} from '../support/documentFixtures';
import { startDocumentServer } from '../support/documentServer';
import { pdfFonts, pdfPageCount, pdfPagePng, pdfText } from '../support/pdfTools';

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

const HOSTILE = [
  '<script>document.title="pwned"</script>',
  '<img src=x onerror="fetch(\'http://127.0.0.1:9/leak\')">',
  '<svg onload="fetch(\'http://127.0.0.1:9/svg\')"><circle r="5"/></svg>',
  '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/refresh">',
  '<style>body{background:url(http://127.0.0.1:9/beacon)}</style>',
  '<div style="background-image:url(http://127.0.0.1:9/css)">styled</div>',
  '<img src="file:///etc/passwd">',
  '<iframe src="http://127.0.0.1:9/frame"></iframe>',
  '<object data="http://127.0.0.1:9/object"></object>',
  '<link rel="stylesheet" href="http://127.0.0.1:9/sheet.css">',
];

test('hostile notes and minutes print as literal text, with no request and no navigation', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-pdf-hostile-'));
  const data = minutesFixture('english', {
    minutes: HOSTILE.join('\n'),
    agenda: HOSTILE[0]!,
    title: HOSTILE[4]!,
  });
  data.notes = [{ author: data.participants[0]!.person, text: HOSTILE.join('\n') }];
  data.counterparts[0]!.name = '<b onmouseover=alert(1)>Evil Org</b>';
  const server = await startDocumentServer();
  server.setDocument(minutesDocument([data], documentOptions()));
  const page = await browser.newPage();
  const requests: string[] = [];
  const navigations: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('framenavigated', (frame) => navigations.push(frame.url()));
  try {
    await page.goto(server.url);
    await page.evaluate(() => document.fonts.ready);
    const file = join(dir, 'hostile.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true });
    expect(await page.title()).not.toBe('pwned');
    expect(await page.locator('img, iframe, object, svg, script, meta[http-equiv="refresh"]').count()).toBe(
      0,
    );
    const text = pdfText(file).replace(/\s+/g, '');
    for (const snippet of [...HOSTILE, '<b onmouseover=alert(1)>Evil Org</b>']) {
      expect(text).toContain(snippet.replace(/\s+/g, ''));
    }
  } finally {
    await page.close();
    await server.close();
  }
  expect(requests.filter((url) => !url.startsWith(server.origin))).toEqual([]);
  expect(navigations).toEqual([server.url]);
});

test('the delegation report and the agreements register print in Chinese with their summary and table', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-pdf-report-'));
  const meetings = SCRIPTS.map((script) => minutesFixture(script));
  const options = documentOptions({ language: 'zh-CN' });
  const report = await print(
    delegationReport({ event: meetings[0]!.event, meetings, agreementsSigned: [] }, options),
    dir,
  );
  const text = pdfText(report.file).replace(/\s+/g, '');
  expect(text).toContain('代表团出访报告');
  expect(text).toContain('我方代表会见了来自6个国家和地区的6个合作伙伴');
  expect(text).toContain('柬埔寨');
  expect(text).toMatch(/第1页，共\d+页/);
  expect(pdfPageCount(report.file)).toBeGreaterThanOrEqual(7);

  const register = await print(
    agreementsRegister(
      [
        {
          agreement: agreementFixture({ partyOrgIds: [], meetingIds: [], eventId: null }),
          parties: [meetings[2]!.counterparts[0]!],
          confidential: false,
        },
      ],
      options,
    ),
    dir,
  );
  const registerText = pdfText(register.file).replace(/\s+/g, '');
  expect(registerText).toContain('协议登记簿');
  expect(registerText).toContain('已签署');
  expect(registerText).toContain('PrekLeapNationalInstituteofAgriculture');
});
