import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { decideNavigation, PERMISSION_ALLOWLIST } from '../../../electron/main/security/navigationPolicy';
import { hardenWebContents, restrictPermissions } from '../../../electron/main/security/hardenWebContents';

const APP = ['app://liaison'];

describe('decideNavigation', () => {
  it.each([
    ['app://liaison/index.html#/settings', 'allow'],
    ['https://www.wvtedc.org/', 'open-external'],
    ['app://other/index.html', 'deny'],
    ['file:///etc/passwd', 'deny'],
    ['https://google.com@evil.example/', 'deny'],
    ['http://127.0.0.1:5173/', 'open-external'],
  ])('%s → %s', (url, action) => {
    expect(decideNavigation(url, APP).action).toBe(action);
  });

  it('trusts the dev server only when it is one of the app origins', () => {
    expect(
      decideNavigation('http://localhost:5173/index.html', [...APP, 'http://localhost:5173']).action,
    ).toBe('allow');
  });
});

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  });
  return {
    contents: contents as unknown as WebContents,
    emitter,
    open: (url: string) => openHandler!({ url }),
  };
}

describe('hardenWebContents', () => {
  it('blocks navigation away from the app and sends safe links to the system browser', () => {
    const openExternal = vi.fn();
    const { contents, emitter } = fakeContents();
    hardenWebContents(contents, { appOrigins: APP, openInBrowser: openExternal });

    const inApp = { preventDefault: vi.fn() };
    emitter.emit('will-navigate', inApp, 'app://liaison/index.html');
    expect(inApp.preventDefault).not.toHaveBeenCalled();

    const external = { preventDefault: vi.fn() };
    emitter.emit('will-navigate', external, 'https://example.org/');
    expect(external.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://example.org/');

    const hostile = { preventDefault: vi.fn() };
    emitter.emit('will-redirect', hostile, 'file:///etc/shadow');
    expect(hostile.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('denies every window.open, opening only safe http(s) links externally', () => {
    const openExternal = vi.fn();
    const { contents, open } = fakeContents();
    hardenWebContents(contents, { appOrigins: APP, openInBrowser: openExternal });
    expect(open('https://example.org/')).toEqual({ action: 'deny' });
    expect(open('app://liaison/index.html')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });

  it('refuses to attach a <webview>', () => {
    const { contents, emitter } = fakeContents();
    hardenWebContents(contents, { appOrigins: APP, openInBrowser: vi.fn() });
    const event = { preventDefault: vi.fn() };
    emitter.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('restrictPermissions', () => {
  it('denies every permission request while the allowlist is empty', () => {
    expect(PERMISSION_ALLOWLIST.size).toBe(0);
    let request:
      ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((wc: unknown, permission: string) => boolean) | undefined;
    restrictPermissions({
      setPermissionRequestHandler: (h: typeof request) => void (request = h),
      setPermissionCheckHandler: (h: typeof check) => void (check = h),
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!(null, permission)).toBe(false);
    }
  });
});
