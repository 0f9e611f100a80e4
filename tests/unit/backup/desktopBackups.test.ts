import { describe, expect, it, vi } from 'vitest';
import { canRestoreAfter, RestorePendingError } from '../../../renderer/src/backup/restoreAtStartup';
import { DatabaseOpenError } from '../../../renderer/src/db/LiaisonDatabase';
import { createDesktopPlatform } from '../../../renderer/src/platform/createDesktopPlatform';
import type { LiaisonBridge } from '../../../shared/ipc/contract';

function fakeBridge() {
  const listeners = new Map<string, (payload: unknown) => void>();
  const invoke = vi.fn((channel: string) =>
    Promise.resolve(
      channel === 'backup:flush-done'
        ? { ok: true, value: null }
        : { ok: false, error: { code: 'failed', message: 'no' } },
    ),
  );
  const bridge = {
    invoke,
    on: (event: string, callback: (payload: unknown) => void) => {
      listeners.set(event, callback);
      return () => listeners.delete(event);
    },
  } as unknown as LiaisonBridge;
  return { bridge, invoke, emit: (event: string) => listeners.get(event)?.({}) };
}

describe('the desktop platform’s backups', () => {
  it('answer main’s flush request once the final backup finished', async () => {
    const { bridge, invoke, emit } = fakeBridge();
    let finish: () => void = () => undefined;
    createDesktopPlatform(bridge).backups!.onFlushRequest(
      () => new Promise<void>((resolve) => (finish = resolve)),
    );
    emit('backup:flush');
    await Promise.resolve();
    expect(invoke).not.toHaveBeenCalledWith('backup:flush-done', {});
    finish();
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith('backup:flush-done', {}));
  });

  it('answer main’s flush request also when the final backup failed, so the window still closes', async () => {
    const { bridge, invoke, emit } = fakeBridge();
    createDesktopPlatform(bridge).backups!.onFlushRequest(() => Promise.reject(new Error('disk full')));
    emit('backup:flush');
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith('backup:flush-done', {}));
  });
});

describe('canRestoreAfter', () => {
  it('offers a restore for an unreadable database or an interrupted restore, not for a newer or busy one', () => {
    expect(canRestoreAfter(new DatabaseOpenError('x', 'unavailable'))).toBe(true);
    expect(canRestoreAfter(new RestorePendingError())).toBe(true);
    expect(canRestoreAfter(new DatabaseOpenError('x', 'newer-version'))).toBe(false);
    expect(canRestoreAfter(new DatabaseOpenError('x', 'blocked'))).toBe(false);
    expect(canRestoreAfter(new Error('settings'))).toBe(false);
  });

  it('offers no restore when the database did not open because the disk is full', () => {
    const full = new Error('Internal error opening backing store: IO error: FILE_ERROR_NO_SPACE');
    expect(canRestoreAfter(new DatabaseOpenError('x', 'unavailable', { cause: full }))).toBe(false);
  });
});
