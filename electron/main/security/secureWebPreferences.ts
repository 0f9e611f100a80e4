/**
 * The webPreferences every window of the app starts from. Main window and PDF window add to these; they
 * never turn any of them off. Electron offers no getter for a window's preferences, so the ones each
 * window was created with are recorded here, for the Electron tests to read in test mode.
 */
import type { WebContents, WebPreferences } from 'electron';

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

const applied = new WeakMap<WebContents, WebPreferences>();

export function secureWebPreferences(
  extra: Pick<WebPreferences, 'preload' | 'javascript'> = {},
): WebPreferences {
  return { ...SECURE_WEB_PREFERENCES, ...extra };
}

export function recordWebPreferences(contents: WebContents, preferences: WebPreferences): void {
  applied.set(contents, preferences);
}

export function appliedWebPreferences(contents: WebContents): WebPreferences | undefined {
  return applied.get(contents);
}
