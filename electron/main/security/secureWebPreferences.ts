/**
 * The webPreferences every window of the app has. Windows are made only by createSecureWindow, which
 * writes these out on the constructor; a window may add a preload, turn JavaScript off or pick a session
 * partition, never turn any of these off. Electron offers no documented getter for a window's
 * preferences, so the ones each window was created with are recorded here: the web-contents guard falls
 * back to them, and the Electron tests read them in test mode.
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
  // A middle click would otherwise open a link in a new window (auxclick); window.open is denied anyway.
  disableBlinkFeatures: 'Auxclick',
} as const satisfies WebPreferences;

/** What a window may add to the secure preferences. */
export type ExtraWebPreferences = Pick<WebPreferences, 'preload' | 'javascript' | 'partition'>;

const applied = new WeakMap<WebContents, WebPreferences>();

export function secureWebPreferences(extra: ExtraWebPreferences = {}): WebPreferences {
  return { ...SECURE_WEB_PREFERENCES, ...pickExtra(extra) };
}

/** Only the allowed keys, so a caller cannot smuggle `nodeIntegration: true` in through `extra`. */
export function pickExtra(extra: ExtraWebPreferences): ExtraWebPreferences {
  const picked: ExtraWebPreferences = {};
  if (extra.preload !== undefined) picked.preload = extra.preload;
  if (extra.javascript !== undefined) picked.javascript = extra.javascript;
  if (extra.partition !== undefined) picked.partition = extra.partition;
  return picked;
}

export function recordWebPreferences(contents: WebContents, preferences: WebPreferences): void {
  applied.set(contents, preferences);
}

export function appliedWebPreferences(contents: WebContents): WebPreferences | undefined {
  return applied.get(contents);
}
