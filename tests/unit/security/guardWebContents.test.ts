import { describe, expect, it, vi } from 'vitest';
import {
  guardWebContents,
  policyViolations,
  REQUIRED_WEB_PREFERENCES,
} from '../../../electron/main/security/guardWebContents';
import {
  recordWebPreferences,
  secureWebPreferences,
} from '../../../electron/main/security/secureWebPreferences';
import { memoryLog } from '../logging/memoryLog';
import { fakeWebContents, nextTick } from './fakeWebContents';

const APP = ['app://liaison'];

function guard(fake: ReturnType<typeof fakeWebContents>, allowDevTools = false) {
  const logged = memoryLog();
  const openInBrowser = vi.fn();
  guardWebContents(fake.contents, { appOrigins: APP, openInBrowser, log: logged.log, allowDevTools });
  return { ...logged, openInBrowser };
}

describe('policyViolations', () => {
  it('accepts the app’s own preferences, the PDF window’s included', () => {
    expect(policyViolations(secureWebPreferences({ preload: '/app/preload.cjs' }))).toEqual([]);
    expect(policyViolations(secureWebPreferences({ javascript: false, partition: 'liaison-print' }))).toEqual(
      [],
    );
  });

  it.each(Object.entries(REQUIRED_WEB_PREFERENCES))(
    'names %s when it is turned the wrong way',
    (key, value) => {
      expect(policyViolations({ ...REQUIRED_WEB_PREFERENCES, [key]: !value })).toEqual([key]);
    },
  );

  it('requires isolation, sandbox and nodeIntegration to be reported, the others only when reported', () => {
    expect(policyViolations({})).toEqual(['contextIsolation', 'sandbox', 'nodeIntegration']);
    expect(policyViolations({ contextIsolation: true, sandbox: true, nodeIntegration: false })).toEqual([]);
  });
});

describe('every webContents, when it is created', () => {
  it('gets the navigation, window-open and webview guards at once', () => {
    const fake = fakeWebContents();
    const { openInBrowser, events } = guard(fake);
    expect(fake.hasOpenHandler()).toBe(true);
    expect(fake.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(fake.open('app://liaison/index.html')).toEqual({ action: 'deny' });
    expect(openInBrowser).toHaveBeenCalledWith('https://evil.example/');
    expect(fake.emitCancelable('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(fake.emitCancelable('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.emitCancelable('will-navigate', 'app://liaison/index.html#/meetings')).toBe(false);
    expect(fake.emitCancelable('will-attach-webview', {}, { src: 'https://evil.example/' })).toBe(true);
    expect(events()).toEqual(
      expect.arrayContaining([
        'security.window-open-denied',
        'security.navigation-denied',
        'security.webview-blocked',
      ]),
    );
  });

  it('verifies the main window from the preferences the app recorded when Electron cannot answer yet', () => {
    const fake = fakeWebContents({ lastPreferences: null });
    const { detailsOf } = guard(fake);
    recordWebPreferences(fake.contents, secureWebPreferences({ preload: '/app/preload.cjs' }));
    fake.emitter.emit('did-start-navigation', {});
    expect(fake.state.closed).toBe(false);
    expect(detailsOf('security.webcontents-verified')).toEqual([
      { id: fake.contents.id, type: 'window', source: 'recorded' },
    ]);
  });

  it('verifies the hidden PDF window from what Electron reports, at creation', () => {
    const fake = fakeWebContents({
      lastPreferences: { ...secureWebPreferences({ javascript: false, partition: 'liaison-print' }) },
    });
    const { detailsOf } = guard(fake);
    expect(detailsOf('security.webcontents-verified')).toEqual([
      { id: fake.contents.id, type: 'window', source: 'electron' },
    ]);
  });

  it('prefers what Electron reports over what the app recorded', async () => {
    const fake = fakeWebContents({ lastPreferences: null });
    const { detailsOf } = guard(fake);
    recordWebPreferences(fake.contents, secureWebPreferences());
    fake.state.lastPreferences = { contextIsolation: true, sandbox: false, nodeIntegration: false };
    fake.emitter.emit('did-start-navigation', {});
    await nextTick();
    expect(fake.state.closed).toBe(true);
    expect(detailsOf('security.webcontents-refused')[0]).toMatchObject({ violations: ['sandbox'] });
  });

  it('closes and logs a webContents created with Node integration on and isolation off', async () => {
    const fake = fakeWebContents({
      lastPreferences: { contextIsolation: false, sandbox: true, nodeIntegration: true, webviewTag: true },
    });
    const { detailsOf } = guard(fake);
    await nextTick();
    expect(fake.state.closed).toBe(true);
    expect(fake.state.stopped).toBeGreaterThan(0);
    expect(detailsOf('security.webcontents-refused')).toEqual([
      {
        id: fake.contents.id,
        type: 'window',
        reason: 'policy',
        violations: ['contextIsolation', 'nodeIntegration', 'webviewTag'],
      },
    ]);
  });

  it('stops every navigation of a refused webContents until it is closed', () => {
    const fake = fakeWebContents({ lastPreferences: { contextIsolation: true, sandbox: false } });
    guard(fake);
    const before = fake.state.stopped;
    fake.emitter.emit('did-start-navigation', {});
    expect(fake.state.stopped).toBe(before + 1);
  });

  it('refuses a webContents whose preferences nobody can tell by its first navigation', async () => {
    const fake = fakeWebContents({ lastPreferences: null });
    const { detailsOf } = guard(fake);
    expect(fake.state.closed).toBe(false);
    fake.emitter.emit('did-start-navigation', {});
    await nextTick();
    expect(fake.state.closed).toBe(true);
    expect(detailsOf('security.webcontents-refused')[0]).toMatchObject({ reason: 'preferences-unknown' });
  });

  it('lets DevTools through in a developer build only, still guarded', async () => {
    const developer = fakeWebContents({ type: 'remote' });
    guard(developer, true);
    developer.emitter.emit('did-start-navigation', {});
    await nextTick();
    expect(developer.state.closed).toBe(false);
    expect(developer.open('https://evil.example/')).toEqual({ action: 'deny' });

    const packaged = fakeWebContents({ type: 'remote' });
    guard(packaged, false);
    packaged.emitter.emit('did-start-navigation', {});
    await nextTick();
    expect(packaged.state.closed).toBe(true);
  });
});
