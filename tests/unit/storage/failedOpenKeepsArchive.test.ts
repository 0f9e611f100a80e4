/**
 * A database that fails to open must never be wiped or recreated: start-up (renderer/src/main.tsx) shows
 * the reason and a Reload button, and the archive stays as it was for the next attempt. Here the
 * engine's open request fails the way Chromium's does when its backing store cannot be read, and every
 * delete request is counted.
 */
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, LiaisonDatabase, openDatabase } from '../../../renderer/src/db/LiaisonDatabase';
import { flakyIndexedDB } from './flakyIndexedDB';

describe('an archive that fails to open', () => {
  it('is reported, never deleted or recreated, and opens with everything once the engine recovers', async () => {
    const { state, options } = flakyIndexedDB();
    const first = await openDatabase(new LiaisonDatabase('kept', options));
    await first.meetings.put({ id: 'M1', eventId: 'E', startsAt: 5, title: 'Kept meeting' } as never);
    await first.settings.put({ key: 'deviceName', value: 'Laptop A' });
    first.close();

    state.failing = true;
    const error = await openDatabase(new LiaisonDatabase('kept', options)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).reason).toBe('unavailable');
    expect((error as Error).message).toMatch(/^The archive could not be opened: /);
    expect(state.opens).toBeGreaterThan(1);
    expect(state.deletes).toEqual([]);

    state.failing = false;
    const again = await openDatabase(new LiaisonDatabase('kept', options));
    expect(await again.meetings.get('M1')).toMatchObject({ title: 'Kept meeting' });
    expect(await again.settings.get('deviceName')).toEqual({ key: 'deviceName', value: 'Laptop A' });
    expect(state.deletes).toEqual([]);
    again.close();
  });
});
