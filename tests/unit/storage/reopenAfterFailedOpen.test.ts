/**
 * After Chromium closes the connection (as it does when a write hits a full disk), Dexie's reopen can fail
 * while the disk is still full. The app must be able to save again once space is freed, without a reload.
 */
import { describe, expect, it, vi } from 'vitest';
import { LiaisonDatabase, openDatabase } from '../../../renderer/src/db/LiaisonDatabase';
import { reopenAfterFailedOpen } from '../../../renderer/src/db/reopenAfterFailedOpen';
import { flakyIndexedDB } from './flakyIndexedDB';

/** Closes the connection from the engine's side, as Chromium does after an IO error. */
function engineClosesConnection(db: LiaisonDatabase): void {
  (db.backendDB() as unknown as { onclose: () => void }).onclose();
}

async function archiveWithOneSetting(name: string) {
  const flaky = flakyIndexedDB();
  const db = await openDatabase(new LiaisonDatabase(name, flaky.options));
  await db.settings.put({ key: 'before', value: 1 });
  return { db, ...flaky };
}

describe('reopening after a failed reopen', () => {
  it('saves again once the engine can open the archive, keeping what was there, and says the reopen failed', async () => {
    const { db, state } = await archiveWithOneSetting('recovers');
    const failed = vi.fn();
    reopenAfterFailedOpen(db, failed);

    state.failing = true;
    engineClosesConnection(db);
    await expect(db.settings.put({ key: 'during', value: 2 })).rejects.toThrow();
    await vi.waitFor(() => expect(failed).toHaveBeenCalledTimes(1));

    state.failing = false;
    await db.settings.put({ key: 'after', value: 3 });
    expect((await db.settings.toArray()).map((row) => row.key)).toEqual(['after', 'before']);
    expect(state.deletes).toEqual([]);
    db.close();
  });

  it('is needed: without it Dexie refuses every operation after one failed reopen, even once the engine recovers', async () => {
    const { db, state } = await archiveWithOneSetting('stuck');
    state.failing = true;
    engineClosesConnection(db);
    await expect(db.settings.put({ key: 'during', value: 2 })).rejects.toThrow();
    state.failing = false;
    await expect(db.settings.put({ key: 'after', value: 3 })).rejects.toThrow();
    db.close();
  });

  it('leaves a database the app closed on purpose closed', async () => {
    const { db } = await archiveWithOneSetting('closed');
    const failed = vi.fn();
    reopenAfterFailedOpen(db, failed);
    db.close();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(failed).not.toHaveBeenCalled();
    await expect(db.settings.get('before')).rejects.toThrow(/closed/i);
  });
});
