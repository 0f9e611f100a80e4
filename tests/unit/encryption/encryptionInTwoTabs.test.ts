/**
 * Web mode can open the archive in two tabs: two connections to one IndexedDB database. One tab turning
 * encryption at rest on or off must not leave the other sealing with a key whose row is gone (rows
 * nobody can open) or writing in clear into an encrypted archive. Each tab here is its own connection on
 * the same fake-indexeddb database; the announcements travel over Node's BroadcastChannel, and the tests
 * that do without them are the tab that missed the message (BroadcastChannel is best effort).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LockedError } from '../../../renderer/src/db/EncryptionState';
import { followEncryptionChanges } from '../../../renderer/src/db/encryptionChanges';
import { ENCRYPTION_META_KEY } from '../../../renderer/src/db/keyRecord';
import { KeyStore } from '../../../renderer/src/db/KeyStore';
import { createTestArchive, type TestArchive } from '../../support/testArchive';
import {
  archiveWithCounterpart,
  FAST_KDF,
  meetingInput,
  rawView,
  sealedValuesOnDisk,
} from './encryptedArchive';

const PASSPHRASE = 'correct horse battery staple';
const OTHER_PASSPHRASE = 'lantern violet harbour tractor';

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** Tab A with a meeting, and tab B: a second connection to the same database, with its own key store. */
async function twoTabs() {
  const a = await archiveWithCounterpart();
  const meeting = await a.repos.meetings.create(meetingInput(a.org.id, { minutes: 'Written in tab A' }));
  const b = await createTestArchive({ factory: a.factory, name: a.name });
  return { a, b, bKeys: new KeyStore(b.db, b.db.encryption, FAST_KDF), meeting };
}

/** Tab B hears tab A's announcements, as the app does while it runs. */
function listen(tab: TestArchive): void {
  stops.push(followEncryptionChanges(tab.db));
}

function editMinutes(tab: TestArchive, id: string, minutes: string) {
  return tab.repos.meetings.update(id, { minutes });
}

/** The minutes as a fresh connection reads them: the next start of the app. */
async function minutesAfterRestart(tab: TestArchive, id: string, passphrase?: string) {
  const reopened = await createTestArchive({ factory: tab.factory, name: tab.name });
  if (passphrase) await new KeyStore(reopened.db, reopened.db.encryption, FAST_KDF).unlock(passphrase);
  const minutes = (await reopened.repos.meetings.get(id))?.minutes;
  reopened.db.close();
  return minutes;
}

async function storedMinutes(tab: TestArchive, id: string): Promise<unknown> {
  const raw = await rawView(tab);
  const minutes: unknown = (await raw.table('meetings').get(id))?.minutes;
  raw.close();
  return minutes;
}

describe('encryption at rest in two tabs', { timeout: 30_000 }, () => {
  it('after tab A turns encryption off, tab B’s next edit is stored in clear and readable after the key row is gone', async () => {
    const { a, b, bKeys, meeting } = await twoTabs();
    await a.keys.enable(PASSPHRASE);
    await bKeys.unlock(PASSPHRASE);
    listen(b);

    await a.keys.disable(PASSPHRASE);
    expect(await a.db.meta.get(ENCRYPTION_META_KEY)).toBeUndefined();
    await vi.waitFor(() => expect(b.db.encryption.mode).toBe('off'));

    await editMinutes(b, meeting.id, 'Edited in tab B after encryption was turned off');
    expect(await storedMinutes(a, meeting.id)).toBe('Edited in tab B after encryption was turned off');
    expect(await minutesAfterRestart(a, meeting.id)).toBe('Edited in tab B after encryption was turned off');
  });

  it('a tab that missed the message writes in clear while another turns encryption off, and every record reads back once the key row is gone', async () => {
    const { a, b, bKeys, meeting } = await twoTabs();
    const second = await a.repos.meetings.create(meetingInput(a.org.id, { minutes: 'Second meeting' }));
    await a.keys.enable(PASSPHRASE);
    await bKeys.unlock(PASSPHRASE);

    // Tab A starts turning off and pauses after its first chunk; tab B, unaware, edits a row A has passed.
    const pause = new AbortController();
    const aKeys = new KeyStore(a.db, a.db.encryption, FAST_KDF, 1);
    await aKeys.disable(PASSPHRASE, () => pause.abort(), pause.signal);
    expect(b.db.encryption.mode).toBe('unlocked');
    await editMinutes(b, meeting.id, 'Edited in tab B while A turns off');
    expect(await storedMinutes(a, meeting.id)).toBe('Edited in tab B while A turns off');

    await aKeys.resumeMigration();
    // And after it finished: B still holds the key, but no row wraps it any more.
    await editMinutes(b, second.id, 'Edited in tab B after A turned off');
    expect(b.db.encryption.mode).toBe('off');

    const raw = await rawView(a);
    expect(await sealedValuesOnDisk(raw)).toBe(0);
    raw.close();
    expect(await minutesAfterRestart(a, meeting.id)).toBe('Edited in tab B while A turns off');
    expect(await minutesAfterRestart(a, second.id)).toBe('Edited in tab B after A turned off');
  });

  it('after tab A turns encryption on, tab B locks and its next edit after unlock is sealed', async () => {
    const { a, b, bKeys, meeting } = await twoTabs();
    listen(b);
    expect(b.db.encryption.mode).toBe('off');

    await a.keys.enable(PASSPHRASE);
    await vi.waitFor(() => expect(b.db.encryption.mode).toBe('locked'));
    expect(b.db.encryption.lockedByChange).toBe(true);
    await expect(editMinutes(b, meeting.id, 'Typed in tab B while locked')).rejects.toThrow(LockedError);

    await bKeys.unlock(PASSPHRASE);
    expect(b.db.encryption.lockedByChange).toBe(false);
    await editMinutes(b, meeting.id, 'Edited in tab B after unlock');
    const stored = await storedMinutes(a, meeting.id);
    expect(JSON.stringify(stored)).not.toContain('Edited in tab B');
    expect(stored).toMatchObject({ $sealed: 1 });
    expect(await minutesAfterRestart(a, meeting.id, PASSPHRASE)).toBe('Edited in tab B after unlock');
  });

  it('a tab that missed the message that encryption was turned on refuses its next edit instead of writing it in clear, and locks', async () => {
    const { a, b, meeting } = await twoTabs();
    await a.keys.enable(PASSPHRASE);
    expect(b.db.encryption.mode).toBe('off');

    await expect(editMinutes(b, meeting.id, 'CANARY-TAB-B-CLEAR-31f0')).rejects.toThrow(LockedError);
    expect(b.db.encryption.mode).toBe('locked');
    expect(b.db.encryption.lockedByChange).toBe(true);
    expect(JSON.stringify(await storedMinutes(a, meeting.id))).not.toContain('CANARY');
  });

  it('a tab still holding the key of an earlier encryption refuses to seal with it once encryption was turned off and on again', async () => {
    const { a, b, bKeys, meeting } = await twoTabs();
    await a.keys.enable(PASSPHRASE);
    await bKeys.unlock(PASSPHRASE);
    await a.keys.disable(PASSPHRASE);
    await a.keys.enable(OTHER_PASSPHRASE);
    expect(b.db.encryption.mode).toBe('unlocked');

    await expect(editMinutes(b, meeting.id, 'Sealed with a key no row wraps')).rejects.toThrow(LockedError);
    expect(b.db.encryption.mode).toBe('locked');
    await expect(bKeys.unlock(PASSPHRASE)).rejects.toThrow();
    await bKeys.unlock(OTHER_PASSPHRASE);
    await editMinutes(b, meeting.id, 'Edited under the new key');
    expect(await minutesAfterRestart(a, meeting.id, OTHER_PASSPHRASE)).toBe('Edited under the new key');
  });

  it('a new passphrase in tab A leaves tab B unlocked: the data key it holds is the same', async () => {
    const { a, b, bKeys, meeting } = await twoTabs();
    await a.keys.enable(PASSPHRASE);
    await bKeys.unlock(PASSPHRASE);
    listen(b);

    await a.keys.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    await editMinutes(b, meeting.id, 'Edited in tab B after the new passphrase');
    expect(b.db.encryption.mode).toBe('unlocked');
    expect(await storedMinutes(a, meeting.id)).toMatchObject({ $sealed: 1 });
    expect(await minutesAfterRestart(a, meeting.id, OTHER_PASSPHRASE)).toBe(
      'Edited in tab B after the new passphrase',
    );
  });

  it('locking on purpose in tab A locks tab B too, and tab B refuses edits until it is unlocked', async () => {
    const { a, b, bKeys, meeting } = await twoTabs();
    await a.keys.enable(PASSPHRASE);
    await bKeys.unlock(PASSPHRASE);
    listen(a);
    listen(b);

    a.keys.lock();
    expect(a.db.encryption.mode).toBe('locked');
    await vi.waitFor(() => expect(b.db.encryption.mode).toBe('locked'));
    await expect(editMinutes(b, meeting.id, 'Typed in tab B after the lock')).rejects.toBeInstanceOf(
      LockedError,
    );
    await bKeys.unlock(PASSPHRASE);
    await editMinutes(b, meeting.id, 'Typed in tab B after unlocking');
    expect(await minutesAfterRestart(a, meeting.id, PASSPHRASE)).toBe('Typed in tab B after unlocking');
  });

  it('two tabs turning encryption on at once: one is refused, and every record opens with the other’s passphrase', async () => {
    const { a, bKeys, meeting } = await twoTabs();
    const outcomes = await Promise.allSettled([a.keys.enable(PASSPHRASE), bKeys.enable(OTHER_PASSPHRASE)]);
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(String((refused[0] as PromiseRejectedResult).reason)).toContain('Encryption is already on.');
    const winner = outcomes[0]!.status === 'fulfilled' ? PASSPHRASE : OTHER_PASSPHRASE;
    expect(await minutesAfterRestart(a, meeting.id, winner)).toBe('Written in tab A');
  });

  it('a tab whose encryption is off keeps no search index on disk once another tab turned it on', async () => {
    const { a, b } = await twoTabs();
    await a.keys.enable(PASSPHRASE);
    await b.db.searchIndex.put({ key: 'tokens', value: ['CANARY-INDEX-TOKEN'] });
    const raw = await rawView(a);
    expect(await raw.table('searchIndex').count()).toBe(0);
    raw.close();
  });
});
