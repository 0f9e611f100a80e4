import { describe, expect, it, vi } from 'vitest';

type Handler = (request: Request) => Promise<Response>;
type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

const printSession = {
  handler: undefined as Handler | undefined,
  beforeRequest: undefined as BeforeRequest | undefined,
  protocol: { handle: (_scheme: string, handler: Handler) => void (printSession.handler = handler) },
  webRequest: { onBeforeRequest: (listener: BeforeRequest) => void (printSession.beforeRequest = listener) },
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
};

vi.mock('electron', () => ({ session: { fromPartition: vi.fn(() => printSession) } }));

const { setUpPrintSession } = await import('../../../electron/main/pdf/setUpPrintSession');
const { PdfPrinter } = await import('../../../electron/main/pdf/PdfPrinter');

describe('the print session', () => {
  setUpPrintSession(new PdfPrinter(() => ({}) as never), '/nonexistent/renderer');

  it.each([
    ['https://attacker.example/pixel.png', true],
    ['http://169.254.169.254/latest/meta-data', true],
    ['file:///home/rep/notes.txt', true],
    ['app://liaison/index.html', true],
    ['app://liaison/print-assets/print/print.css', false],
  ])('cancels %s: %s', (url, cancel) => {
    let decision: boolean | undefined;
    printSession.beforeRequest!({ url }, (response) => (decision = response.cancel));
    expect(decision).toBe(cancel);
  });

  it('answers unknown print jobs and other paths with 404', async () => {
    expect(
      (await printSession.handler!(new Request('app://liaison/print/0123456789abcdef0123456789abcdef.html')))
        .status,
    ).toBe(404);
    expect((await printSession.handler!(new Request('app://liaison/index.html'))).status).toBe(404);
  });

  it('grants no permission', () => {
    expect(printSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(printSession.setPermissionCheckHandler).toHaveBeenCalled();
  });
});
