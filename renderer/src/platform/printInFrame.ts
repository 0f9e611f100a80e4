/**
 * Web mode's PDF: the document is loaded into a hidden frame from a blob: URL and the browser's print
 * dialog is opened on it ("Save as PDF" is one of its printers). The frame runs no script (the document's
 * own CSP forbids it, and it inherits the app's), and it is kept until the next print so the print dialog
 * can still read it.
 */
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
