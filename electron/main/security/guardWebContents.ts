/**
 * Every webContents the app creates passes through here, from `app.on('web-contents-created')`: the
 * main window, each hidden PDF window, and anything else (a <webview>, a popup, a BrowserView) that
 * should never exist. It gets the navigation, window-open and webview guards at once, and its
 * preferences are checked against the policy: isolation and sandbox on, Node off everywhere, no
 * <webview> tag. A webContents that fails, or whose preferences cannot be known, is stopped, closed and
 * logged before its page can run.
 *
 * Where the preferences come from: Electron's (undocumented) `getLastWebPreferences()` reports what the
 * renderer really got, but only once its process has been started; until then the preferences the app
 * recorded when it made the window (createSecureWindow) stand in. So the check runs at creation when
 * Electron can already answer, and again when the first navigation starts.
 */
import type { WebContents, WebPreferences } from 'electron';
import { silentLogger, type Logger } from '../logging/Logger';
import { hardenWebContents, type HardeningOptions } from './hardenWebContents';
import { appliedWebPreferences } from './secureWebPreferences';

/** The value each preference must have. */
export const REQUIRED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  nodeIntegrationInWorker: false,
  webviewTag: false,
} as const satisfies WebPreferences;

/** These must be reported; the others are checked when reported (Electron does not list them all). */
const MUST_BE_REPORTED = ['contextIsolation', 'sandbox', 'nodeIntegration'] as const;

/** The preferences that break the policy; empty when it holds. */
export function policyViolations(reported: object): string[] {
  const preferences = reported as Readonly<Record<string, unknown>>;
  const violations: string[] = [];
  for (const [key, required] of Object.entries(REQUIRED_WEB_PREFERENCES)) {
    const reported = key in preferences && preferences[key] !== undefined;
    if (!reported && !(MUST_BE_REPORTED as readonly string[]).includes(key)) continue;
    if (preferences[key] !== required) violations.push(key);
  }
  return violations;
}

type PreferencesSource = { source: 'electron' | 'recorded'; preferences: Record<string, unknown> };

function readPreferences(contents: WebContents): PreferencesSource | null {
  const reader = (contents as { getLastWebPreferences?: () => unknown }).getLastWebPreferences;
  const last = typeof reader === 'function' ? reader.call(contents) : null;
  if (last !== null && typeof last === 'object' && Object.keys(last).length > 0) {
    return { source: 'electron', preferences: last as Record<string, unknown> };
  }
  const recorded = appliedWebPreferences(contents);
  return recorded ? { source: 'recorded', preferences: recorded as Record<string, unknown> } : null;
}

export interface GuardOptions extends HardeningOptions {
  /**
   * Developer builds only: DevTools' own webContents (type "remote", made by Chromium, not the app)
   * has no app preferences to check. Packaged builds have no DevTools, so there it is refused too.
   */
  allowDevTools?: boolean;
}

export function guardWebContents(contents: WebContents, options: GuardOptions): void {
  const log: Logger = options.log ?? silentLogger;
  hardenWebContents(contents, options);
  if (options.allowDevTools === true && contents.getType() === 'remote') return;

  let refused = false;
  let verified = false;
  const refuse = (reason: string, violations: string[] = []) => {
    if (refused) return;
    refused = true;
    log.error('security.webcontents-refused', {
      id: contents.id,
      type: contents.getType(),
      reason,
      violations,
    });
    // Closing inside the creation event (which runs within `new BrowserWindow`) is not safe, so the close
    // waits a tick; the navigation handler below stops any page from loading meanwhile.
    setImmediate(() => {
      if (contents.isDestroyed()) return;
      contents.stop();
      contents.close();
    });
  };
  const check = (stage: 'created' | 'navigation'): void => {
    if (refused || verified) return;
    const found = readPreferences(contents);
    if (found === null) {
      if (stage === 'navigation') refuse('preferences-unknown');
      return;
    }
    const violations = policyViolations(found.preferences);
    if (violations.length > 0) return refuse('policy', violations);
    verified = true;
    log.info('security.webcontents-verified', {
      id: contents.id,
      type: contents.getType(),
      source: found.source,
    });
  };

  contents.on('did-start-navigation', () => {
    if (refused) contents.stop();
    else check('navigation');
  });
  check('created');
}
