/**
 * Web mode's PDF: the document is loaded into a hidden frame from a blob: URL and the browser's print
 * dialog is opened on it ("Save as PDF" is one of its printers). The frame is kept until the next print
 * so the print dialog can still read it.
 *
 * The frame runs no script: the document's own CSP forbids it, it inherits the app's, and the frame is
 * sandboxed, a guard that does not depend on either CSP being right. The sandbox grants only:
 * - `allow-modals`: the HTML standard makes print() do nothing in a sandboxed document without it
 *   (Chromium says "Ignored call to 'print()'" on the console, which the e2e test would catch).
 * - `allow-same-origin`: this page waits for the frame's fonts and calls its print(), and neither is
 *   reachable across origins. It is safe without `allow-scripts`: the pair is dangerous because a script
 *   in the frame could reach its parent (or the app's storage) and lift the sandbox, and no script runs
 *   in this frame at all. Forms, popups, top navigation, downloads and plugins all stay blocked.
 */
const PRINT_FRAME_SANDBOX = 'allow-modals allow-same-origin';

let current: { frame: HTMLIFrameElement; url: string } | null = null;

export async function printInFrame(html: string): Promise<void> {
  if (current) {
    current.frame.remove();
    URL.revokeObjectURL(current.url);
  }
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = 'print';
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('tabindex', '-1');
  frame.dataset['testid'] = 'print-frame';
  // Set before the frame has a src and is attached, so its first document is already sandboxed.
  frame.setAttribute('sandbox', PRINT_FRAME_SANDBOX);
  current = { frame, url };
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  frame.src = url;
  document.body.append(frame);
  await loaded;
  await frame.contentDocument?.fonts.ready;
  frame.contentWindow?.print();
}
