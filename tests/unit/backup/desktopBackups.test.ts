import { describe, expect, it, vi } from 'vitest';
import { canRestoreAfter, RestorePendingError } from '../../../renderer/src/backup/restoreAtStartup';
import { DatabaseOpenError } from '../../../renderer/src/db/LiaisonDatabase';
import { createDesktopPlatform } from '../../../renderer/src/platform/createDesktopPlatform';
import { fakeBridge } from '../../support/fakeBridge';

const bridgeForFlush = () =>
  fakeBridge((channel) =>
    channel === 'backup:flush-done'
      ? { ok: true, value: null }
      : { ok: false, error: { code: 'failed', message: 'no' } },
  );

describe('the desktop platform’s backups', () => {
  it('answer main’s flush request once the final backup finished', async () => {
    const { bridge, invoke, push } = bridgeForFlush();
    let finish: () => void = () => undefined;
    createDesktopPlatform(bridge).backups!.onFlushRequest(
      () => new Promise<void>((resolve) => (finish = resolve)),
    );
    push('backup:flush');
    await Promise.resolve();
    expect(invoke).not.toHaveBeenCalledWith('backup:flush-done', {});
    finish();
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith('backup:flush-done', {}));
  });

  it('answer main’s flush request also when the final backup failed, so the window still closes', async () => {
    const { bridge, invoke, push } = bridgeForFlush();
    createDesktopPlatform(bridge).backups!.onFlushRequest(() => Promise.reject(new Error('disk full')));
    push('backup:flush');
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
