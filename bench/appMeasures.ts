/**
 * What the benchmark measures inside the running app and of the printed minutes: time to the meetings
 * list, the list's mount, scroll and DOM size, and PDF print time. Used by bench/run.ts.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minutesDocument } from '../shared/documents/minutesDocument';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/support/chromium';
import { documentOptions, minutesFixture } from '../tests/support/documentFixtures';
import { startDocumentServer } from '../tests/support/documentServer';
import { pdfPageCount } from '../tests/support/pdfTools';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Opens the app on the meetings list and measures time until its first rows are on screen (or, in the
 * empty archive of the baseline, the list's empty text).
 */
export async function openMeetings(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page
    .locator('[data-testid="virtual-row"]')
    .or(page.getByText(/^No meetings/))
    .first()
    .waitFor({ timeout: 60_000 });
  return page.evaluate(
    () =>
      new Promise<number>((done) =>
        requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)),
      ),
  );
}

/**
 * Switches the meetings list to every event's meetings, the app's setting for the list, and waits until
 * it has counted them all.
 */
export async function showAllMeetings(page: Page, meetings: number): Promise<void> {
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'All events' });
  await page.locator(`[data-testid="virtual-list"][data-count="${meetings}"]`).waitFor({ timeout: 60_000 });
}

/** Runs in the app page: mount time of the meetings list, scripted scroll, DOM size. */
export async function measureList() {
  const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
  const rowsShown = () => document.querySelector('[data-testid="virtual-row"]') !== null;
  const mount: number[] = [];
  const plainMount: number[] = [];
  for (let i = 0; i < 7; i++) {
    location.hash = '#/settings';
    while (rowsShown()) await frame();
    // The page left is painted and has settled before the list opens. A requestAnimationFrame callback
    // runs before its frame is laid out and painted, so starting there counted the Settings page's
    // first layout and paint (5–15 ms, traced) as the list's mount.
    await new Promise((done) => requestIdleCallback(done, { timeout: 1000 }));
    const started = performance.now();
    location.hash = '#/meetings';
    while (!rowsShown()) await new Promise((done) => setTimeout(done, 0));
    // Laid out, as the plain list below is: the mount counts until the rows could be painted.
    void document.body.offsetHeight;
    mount.push(performance.now() - started);

    const plainStarted = performance.now();
    const list = document.createElement('ul');
    for (let r = 0; r < 50; r++) {
      const li = document.createElement('li');
      li.textContent = `Row ${r}`;
      list.append(li);
    }
    document.body.append(list);
    void list.offsetHeight;
    plainMount.push(performance.now() - plainStarted);
    list.remove();
  }
  const scroller = document.querySelector<HTMLElement>('[data-testid="virtual-list"]')!;
  const rows = Number(scroller.getAttribute('data-count') ?? 0);
  let frames = 0;
  const started = await frame();
  let now = started;
  while (now - started < 2000) {
    scroller.scrollTop += 240;
    now = await frame();
    frames++;
  }
  return {
    mount,
    plainMount,
    fps: (frames * 1000) / (now - started),
    domNodes: document.querySelectorAll('*').length,
    rows,
  };
}

/** Prints minutes of `pages` one-page meetings three times, returning the times in ms. */
export async function timePdf(pages: number): Promise<number[]> {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
    env: { ...process.env, FONTCONFIG_FILE: join(root, 'tests/support/fonts-latin-only.conf') },
  });
  const server = await startDocumentServer();
  const scripts = ['english', 'chinese', 'khmer', 'lao', 'thai', 'arabic'] as const;
  const meetings = Array.from({ length: pages }, (_, i) => minutesFixture(scripts[i % scripts.length]!));
  server.setDocument(minutesDocument(meetings, documentOptions({ signatureBlocks: false })));
  const dir = await mkdtemp(join(tmpdir(), 'liaison-bench-pdf-'));
  const times: number[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const page = await browser.newPage();
      const started = performance.now();
      await page.goto(server.url);
      await page.evaluate(() => document.fonts.ready);
      await page.pdf({ path: join(dir, 'minutes.pdf'), preferCSSPageSize: true, printBackground: true });
      times.push(performance.now() - started);
      await page.close();
    }
    const printed = pdfPageCount(join(dir, 'minutes.pdf'));
    if (printed !== pages) console.warn(`expected ${pages} pages, printed ${printed}`);
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  return times;
}
