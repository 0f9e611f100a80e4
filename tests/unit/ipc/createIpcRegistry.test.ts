import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { createIpcRegistry, type IpcMainLike } from '../../../electron/main/ipc/createIpcRegistry';
import { IpcHandlerError } from '../../../electron/main/ipc/IpcHandlerError';

type Listener = Parameters<IpcMainLike['handle']>[1];

function recorder() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
  return { ipcMain, listeners };
}

const appFrame = { url: 'app://liaison/index.html', parent: null };
const event = (frame: unknown) => ({ senderFrame: frame }) as unknown as IpcMainInvokeEvent;
const trustAppFrame = (frame: unknown) =>
  (frame as { url?: string } | null)?.url?.startsWith('app://liaison/') === true;

describe('the IPC wrapper', () => {
  it('answers a valid request from the app page with ok and the handler value', async () => {
    const { ipcMain, listeners } = recorder();
    const registry = createIpcRegistry(ipcMain, trustAppFrame);
    registry.handle('app:set-language', ({ language }) => (language === 'zh-CN' ? null : null));
    const result = await listeners.get('app:set-language')!(event(appFrame), { language: 'zh-CN' });
    expect(result).toEqual({ ok: true, value: null });
  });

  it('refuses a request from a frame that is not the app page, without running the handler', async () => {
    const { ipcMain, listeners } = recorder();
    const handler = vi.fn(() => null);
    createIpcRegistry(ipcMain, trustAppFrame).handle('app:set-language', handler);
    const foreign = { url: 'https://evil.example/', parent: null };
    const result = await listeners.get('app:set-language')!(event(foreign), { language: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handler).not.toHaveBeenCalled();
    const noFrame = await listeners.get('app:set-language')!(event(null), { language: 'en' });
    expect(noFrame).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('rejects a malformed request with a message that names the bad field', async () => {
    const { ipcMain, listeners } = recorder();
    const handler = vi.fn();
    createIpcRegistry(ipcMain, trustAppFrame).handle('file:write-atomic', handler);
    const result = await listeners.get('file:write-atomic')!(event(appFrame), { path: 42, data: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad-request');
    expect(result.error.message).toContain('file:write-atomic');
    expect(result.error.message).toContain('path');
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects unknown extra fields, so a renderer cannot smuggle options in', async () => {
    const { ipcMain, listeners } = recorder();
    createIpcRegistry(ipcMain, trustAppFrame).handle('app:info', vi.fn());
    const result = await listeners.get('app:info')!(event(appFrame), { debug: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('throws when a channel is registered twice', () => {
    const { ipcMain } = recorder();
    const registry = createIpcRegistry(ipcMain, trustAppFrame);
    registry.handle('app:info', vi.fn());
    expect(() => registry.handle('app:info', vi.fn())).toThrow(/already registered/);
  });

  it('turns a handler exception into an error result instead of rejecting', async () => {
    const { ipcMain, listeners } = recorder();
    const registry = createIpcRegistry(ipcMain, trustAppFrame);
    registry.handle('app:info', () => {
      throw new IpcHandlerError('not-permitted', 'Not today');
    });
    registry.handle('dialog:choose-folder', () => Promise.reject(new Error('disk on fire')));
    expect(await listeners.get('app:info')!(event(appFrame), {})).toEqual({
      ok: false,
      error: { code: 'not-permitted', message: 'Not today' },
    });
    expect(await listeners.get('dialog:choose-folder')!(event(appFrame), {})).toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk on fire' },
    });
  });
});
