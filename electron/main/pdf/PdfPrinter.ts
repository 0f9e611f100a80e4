/**
 * Prints generated documents to PDF with Chromium, the only engine here that shapes Khmer, Thai and Lao
 * correctly. Each document is printed in its own hidden window that has the sandbox on, JavaScript off
 * and no preload, in a separate session ("liaison-print") whose only reachable URLs are the document
 * itself and the bundled print assets: whatever a note contains, printing makes no network request and
 * cannot navigate anywhere.
 */
import { randomBytes } from 'node:crypto';
import type { WebContents } from 'electron';
import { APP_ORIGIN } from '../../../shared/security/appOrigin';
import { DOCUMENT_CSP } from '../../../shared/documents/documentShell';
import { secureWebPreferences } from '../security/secureWebPreferences';

export const PRINT_PARTITION = 'liaison-print';
const JOB_PREFIX = `${APP_ORIGIN}/print/`;
const ASSETS_PREFIX = `${APP_ORIGIN}/print-assets/`;

/** Only the print job and the bundled stylesheets and fonts may be loaded while printing. */
export function isAllowedPrintUrl(url: string): boolean {
  if (url.includes('..') || url.includes('\\')) return false;
  return (
    (url.startsWith(JOB_PREFIX) && /^[a-f0-9]{32}\.html$/.test(url.slice(JOB_PREFIX.length))) ||
    url.startsWith(ASSETS_PREFIX)
  );
}

export interface PrintWindowLike {
  webContents: Pick<WebContents, 'printToPDF' | 'debugger'>;
  loadURL(url: string): Promise<void>;
  destroy(): void;
}

/**
 * Makes the hidden window. index.ts passes createSecureWindow, which writes the secure preferences on
 * the constructor whatever it is given; the web-contents guard then checks this window like any other.
 */
export type CreatePrintWindow = (webPreferences: Electron.WebPreferences) => PrintWindowLike;

export class PdfPrinter {
  private readonly jobs = new Map<string, string>();

  constructor(private readonly createWindow: CreatePrintWindow) {}

  /** The print session's handler for app://liaison/print/<job>.html; null for any other URL. */
  serveJob(url: string): Response | null {
    if (!url.startsWith(JOB_PREFIX)) return null;
    const html = this.jobs.get(url.slice(JOB_PREFIX.length).replace(/\.html$/, ''));
    if (html === undefined) return new Response('Not found', { status: 404 });
    return new Response(html, {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `${DOCUMENT_CSP}; frame-ancestors 'none'`,
        'x-content-type-options': 'nosniff',
      },
    });
  }

  async print(html: string): Promise<Buffer> {
    const job = randomBytes(16).toString('hex');
    this.jobs.set(job, html);
    const window = this.createWindow(secureWebPreferences({ javascript: false, partition: PRINT_PARTITION }));
    try {
      await window.loadURL(`${JOB_PREFIX}${job}.html`);
      await waitForFonts(window.webContents);
      return await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
    } finally {
      this.jobs.delete(job);
      window.destroy();
    }
  }
}

/**
 * Web fonts load after the page's load event. With JavaScript off the page cannot say when they are
 * ready, so we ask through the DevTools protocol, which works whatever the page's settings; if that is
 * unavailable, printing's own layout still requests the fonts (font-display: block).
 */
async function waitForFonts(contents: PrintWindowLike['webContents']): Promise<void> {
  try {
    contents.debugger.attach('1.3');
    await contents.debugger.sendCommand('Runtime.evaluate', {
      expression: 'document.fonts.ready.then(() => true)',
      awaitPromise: true,
      returnByValue: true,
    });
  } catch {
    // Printing goes on; see above.
  } finally {
    try {
      contents.debugger.detach();
    } catch {
      // Not attached.
    }
  }
}
