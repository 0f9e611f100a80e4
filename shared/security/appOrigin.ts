/**
 * Where the app's own page lives. In a packaged or built app it is served from a custom privileged
 * scheme (not file://, which would grant the page access to every local file); in development it comes
 * from the electron-vite dev server.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'liaison';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` belongs to one of the given origins (compared exactly, after parsing). */
export function isUrlOnOrigins(url: string, origins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Custom schemes report origin "null", so compare scheme and host instead.
  const origin = `${parsed.protocol}//${parsed.host}`;
  return origins.includes(origin);
}
