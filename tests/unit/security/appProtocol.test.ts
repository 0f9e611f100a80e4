import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveBundlePath } from '../../../electron/main/appProtocol';
import { isUrlOnOrigins } from '../../../shared/security/appOrigin';

const ROOT = '/opt/liaison/renderer';

describe('resolveBundlePath', () => {
  it.each([
    ['app://liaison/', join(ROOT, 'index.html')],
    ['app://liaison/index.html', join(ROOT, 'index.html')],
    ['app://liaison/assets/index-abc.js', join(ROOT, 'assets/index-abc.js')],
    ['app://liaison/assets/Noto%20Sans.woff2', join(ROOT, 'assets/Noto Sans.woff2')],
  ])('serves %s from the bundle', (url, path) => {
    expect(resolveBundlePath(ROOT, url)).toBe(path);
  });

  it.each([
    'app://liaison/../../etc/passwd',
    'app://liaison/%2e%2e/%2e%2e/etc/passwd',
    'app://liaison/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://liaison/assets/..%5c..%5c..%5cetc%5cpasswd',
  ])('never leaves the bundle folder for %s', (url) => {
    const path = resolveBundlePath(ROOT, url);
    expect(path === null || path.startsWith(ROOT + '/')).toBe(true);
  });

  it.each([
    'app://liaison/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://liaison/%00index.html',
    'app://other/index.html',
    'file:///etc/passwd',
    'app://liaison/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveBundlePath(ROOT, url)).toBeNull();
  });
});

describe('the app protocol handler', () => {
  it('serves files with their type, the CSP header and nosniff, and 404s anything outside', async () => {
    const root = await mkdtemp(join(tmpdir(), 'liaison-bundle-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'assets', 'a.js'), 'export {}');
    const handle = createAppProtocolHandler(root);

    const page = await handle(new Request('app://liaison/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await handle(new Request('app://liaison/assets/a.js'))).headers.get('content-type')).toContain(
      'javascript',
    );
    expect((await handle(new Request('app://liaison/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://liaison/%2e%2e/%2e%2e/etc/passwd'))).status).toBe(404);
  });
});

describe('isUrlOnOrigins', () => {
  it('matches scheme and host exactly', () => {
    expect(isUrlOnOrigins('app://liaison/x', ['app://liaison'])).toBe(true);
    expect(isUrlOnOrigins('app://liaison.evil/x', ['app://liaison'])).toBe(false);
    expect(isUrlOnOrigins('http://localhost:5173/', ['http://localhost:5174'])).toBe(false);
    expect(isUrlOnOrigins('garbage', ['app://liaison'])).toBe(false);
  });
});
