/**
 * Applied to every webContents the app creates (through `web-contents-created`, see
 * guardWebContents.ts), so a window added later cannot forget it: no navigation off the app, no new
 * windows, no <webview>, and safe links go to the system browser. Each refusal is logged by origin only:
 * a URL's path or query could quote the user's notes.
 */
import type { Session, WebContents } from 'electron';
import { silentLogger, type Logger } from '../logging/Logger';
import { decideNavigation, PERMISSION_ALLOWLIST } from './navigationPolicy';

export interface HardeningOptions {
  appOrigins: readonly string[];
  /** Hands a safe http(s) link to the system browser (openInBrowser.ts). */
  openInBrowser: (url: string) => void;
  log?: Logger;
}

export function originForLog(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'unparseable';
  }
}

export function hardenWebContents(contents: WebContents, options: HardeningOptions): void {
  const log = options.log ?? silentLogger;
  const guard = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(url, options.appOrigins);
    if (decision.action === 'allow') return;
    event.preventDefault();
    log.warn('security.navigation-denied', {
      id: contents.id,
      origin: originForLog(url),
      external: decision.action === 'open-external',
    });
    if (decision.action === 'open-external') options.openInBrowser(decision.url);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('security.webview-blocked', { id: contents.id });
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideNavigation(url, options.appOrigins);
    log.warn('security.window-open-denied', {
      id: contents.id,
      origin: originForLog(url),
      external: decision.action === 'open-external',
    });
    if (decision.action === 'open-external') options.openInBrowser(decision.url);
    return { action: 'deny' };
  });
}

export function restrictPermissions(session: Session, log: Logger = silentLogger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    const granted = PERMISSION_ALLOWLIST.has(permission);
    if (!granted) log.warn('security.permission-denied', { permission });
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission) => PERMISSION_ALLOWLIST.has(permission));
}
