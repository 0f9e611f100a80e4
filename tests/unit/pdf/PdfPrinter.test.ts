import { describe, expect, it, vi } from 'vitest';
import {
  isAllowedPrintUrl,
  PdfPrinter,
  PRINT_PARTITION,
  type PrintWindowLike,
} from '../../../electron/main/pdf/PdfPrinter';

function fakeWindow(printer: () => PdfPrinter, options: { failPrint?: boolean } = {}) {
  const served: Array<{ url: string; body: string; csp: string | null }> = [];
  const window: PrintWindowLike & { destroyed: boolean; preferences?: Electron.WebPreferences } = {
    destroyed: false,
    loadURL: async (url) => {
      const response = printer().serveJob(url)!;
      served.push({ url, body: await response.text(), csp: response.headers.get('content-security-policy') });
    },
    destroy() {
      this.destroyed = true;
    },
    webContents: {
      printToPDF: vi.fn(() =>
        options.failPrint
          ? Promise.reject(new Error('printing failed'))
          : Promise.resolve(Buffer.from('%PDF')),
      ),
      debugger: { attach: vi.fn(), detach: vi.fn(), sendCommand: vi.fn(() => Promise.resolve({})) } as never,
    },
  };
  return { window, served };
}

describe('the PDF printer', () => {
  it('prints in a hidden window with the sandbox on, JavaScript off, no preload, in the print session', async () => {
    let created:
      | { window: ReturnType<typeof fakeWindow>['window']; served: ReturnType<typeof fakeWindow>['served'] }
      | undefined;
    let preferences: Electron.WebPreferences | undefined;
    const printer: PdfPrinter = new PdfPrinter((webPreferences) => {
      preferences = webPreferences;
      created = fakeWindow(() => printer);
      return created.window;
    });
    const pdf = await printer.print('<!doctype html><p>Minutes</p>');
    expect(pdf.toString()).toBe('%PDF');
    expect(preferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      partition: PRINT_PARTITION,
    });
    expect(preferences?.preload).toBeUndefined();
    expect(created!.window.webContents.printToPDF).toHaveBeenCalledWith({
      preferCSSPageSize: true,
      printBackground: true,
    });
    expect(created!.window.destroyed).toBe(true);
  });

  it('serves the document once, under an unguessable name, with a CSP that allows no script', async () => {
    let created: ReturnType<typeof fakeWindow> | undefined;
    const printer: PdfPrinter = new PdfPrinter(() => (created = fakeWindow(() => printer)).window);
    await printer.print('<p>hello</p>');
    const [job] = created!.served;
    expect(job!.url).toMatch(/^app:\/\/liaison\/print\/[a-f0-9]{32}\.html$/);
    expect(job!.body).toBe('<p>hello</p>');
    expect(job!.csp).toContain("default-src 'none'");
    expect(job!.csp).not.toMatch(/script-src|unsafe/);
    expect(printer.serveJob(job!.url)!.status).toBe(404);
  });

  it('closes the window and forgets the job when printing fails', async () => {
    let created: ReturnType<typeof fakeWindow> | undefined;
    const printer: PdfPrinter = new PdfPrinter(
      () => (created = fakeWindow(() => printer, { failPrint: true })).window,
    );
    await expect(printer.print('<p>x</p>')).rejects.toThrow('printing failed');
    expect(created!.window.destroyed).toBe(true);
    expect(printer.serveJob(created!.served[0]!.url)!.status).toBe(404);
  });
});

describe('isAllowedPrintUrl', () => {
  it.each([
    ['app://liaison/print/0123456789abcdef0123456789abcdef.html', true],
    ['app://liaison/print-assets/print/print.css', true],
    ['app://liaison/print-assets/fonts/noto-sans-khmer-khmer-400-normal.woff2', true],
    ['app://liaison/index.html', false],
    ['app://liaison/print/../index.html', false],
    ['app://liaison/print/evil.html', false],
    ['https://attacker.example/beacon.png', false],
    ['http://127.0.0.1:8080/', false],
    ['file:///etc/passwd', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['app://liaison/print-assets/..%2f..%2findex.html', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedPrintUrl(url)).toBe(allowed);
  });
});
