/**
 * Applied to every webContents the app creates (through `web-contents-created`), so a window added
 * later cannot forget it: no navigation off the app, no new windows, no <webview>, and safe links go to
 * the system browser.
 */
import type { Session, WebContents } from 'electron';
import { decideNavigation, PERMISSION_ALLOWLIST } from './navigationPolicy';

export interface HardeningOptions {
  appOrigins: readonly string[];
  openExternal: (url: string) => void;
}

export function hardenWebContents(contents: WebContents, options: HardeningOptions): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(url, options.appOrigins);
    if (decision.action === 'allow') return;
    event.preventDefault();
    if (decision.action === 'open-external') options.openExternal(decision.url);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideNavigation(url, options.appOrigins);
    if (decision.action === 'open-external') options.openExternal(decision.url);
    return { action: 'deny' };
  });
}

export function restrictPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(PERMISSION_ALLOWLIST.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => PERMISSION_ALLOWLIST.has(permission));
}
