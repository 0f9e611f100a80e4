/**
 * The session the print windows live in: it serves the print job and the bundled print assets through
 * the app scheme, cancels every other request (no network while printing), and grants no permission.
 */
import { session, type Session } from 'electron';
import { APP_SCHEME } from '../../../shared/security/appOrigin';
import { createAppProtocolHandler } from '../appProtocol';
import { silentLogger, type Logger } from '../logging/Logger';
import { restrictPermissions } from '../security/hardenWebContents';
import { isAllowedPrintUrl, PRINT_PARTITION, type PdfPrinter } from './PdfPrinter';

export function setUpPrintSession(
  printer: PdfPrinter,
  rendererRoot: string,
  log: Logger = silentLogger,
): Session {
  const printSession = session.fromPartition(PRINT_PARTITION);
  const assets = createAppProtocolHandler(rendererRoot);
  printSession.protocol.handle(APP_SCHEME, async (request) => {
    const job = printer.serveJob(request.url);
    if (job) return job;
    return isAllowedPrintUrl(request.url) ? assets(request) : new Response('Not found', { status: 404 });
  });
  printSession.webRequest.onBeforeRequest((details, callback) => {
    const cancel = !isAllowedPrintUrl(details.url);
    // The scheme only: the rest of a URL a document tried to load could quote its text.
    if (cancel)
      log.warn('security.print-request-blocked', { scheme: details.url.split(':', 1)[0]?.slice(0, 16) });
    callback({ cancel });
  });
  restrictPermissions(printSession, log);
  return printSession;
}
