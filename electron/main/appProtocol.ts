/**
 * Serves the built renderer from `app://liaison/`, a standard secure scheme, instead of file://. Only
 * files inside the renderer folder can be read, every response carries the app's CSP, and the page gets
 * a real origin for IndexedDB.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from '../../shared/security/appOrigin';
import { buildContentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Maps a request URL to a file under `root`, or null when it points anywhere else. */
export function resolveBundlePath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = normalize(root);
  const full = normalize(join(base, relative));
  return full.startsWith(base.endsWith(sep) ? base : base + sep) ? full : null;
}

export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  const csp = buildContentSecurityPolicy({ mode: 'production', delivery: 'header' });
  return async (request) => {
    const path = resolveBundlePath(root, request.url);
    if (path === null) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(path);
      return new Response(body, {
        headers: {
          'content-type': MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
          'content-security-policy': csp,
          'x-content-type-options': 'nosniff',
          'cross-origin-opener-policy': 'same-origin',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
