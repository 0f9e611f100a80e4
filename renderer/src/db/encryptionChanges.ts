/**
 * Web mode can open the archive in several tabs, each with its own connection and its own idea of
 * whether encryption at rest is on. When one tab turns encryption on or off, changes the passphrase or
 * finishes a migration, it says so over a BroadcastChannel named after the database; every other tab then
 * reads the key row and the marker again and follows them (EncryptionState.reconcile): it locks if the
 * archive is now encrypted under a key it does not hold, writes in clear once turning off has started,
 * and drops its key once turning off has finished. Its workers follow it as on any change of its state
 * (createAppServices).
 *
 * The message carries nothing but the news, so a stray or repeated one costs a read of `meta` and
 * changes nothing. It is also best effort (a tab may be frozen, or miss it while a write is under way):
 * safety does not rest on it, because every write reads the same rows inside its own transaction first
 * (fieldEncryption.ts). The message only makes a tab show the lock screen, or stop showing it, without
 * waiting for its next write.
 */
import { ENCRYPTION_META_KEY, isKeyRecord, MIGRATION_META_KEY } from './keyRecord';
import type { LiaisonDatabase } from './LiaisonDatabase';
import { isTurningOff } from './migrationMarker';

const CHANGED = 'encryption-changed';
/** Someone locked Liaison on purpose (Lock now, the shortcut, the menu): every tab locks. */
const LOCKED = 'locked';
type Message = typeof CHANGED | typeof LOCKED;

/** The channel a following connection listens on; announcing through it keeps a tab from hearing itself. */
const listening = new WeakMap<LiaisonDatabase, BroadcastChannel>();

function channelName(db: LiaisonDatabase): string {
  return `liaison-encryption:${db.name}`;
}

function announce(db: LiaisonDatabase, message: Message): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const open = listening.get(db);
  if (open) return open.postMessage(message);
  const channel = new BroadcastChannel(channelName(db));
  channel.postMessage(message);
  channel.close();
}

/** Tells the other tabs on `db`'s database that its key row or migration marker changed. */
export function announceEncryptionChange(db: LiaisonDatabase): void {
  announce(db, CHANGED);
}

/**
 * Locks this tab and tells the others to lock too: someone who locks Liaison on purpose before leaving
 * the laptop means all of it, not the one tab in front. (The idle lock stays per tab: a tab in use must
 * not lock because another one sat idle.)
 */
export function lockEverywhere(db: LiaisonDatabase): void {
  db.encryption.lock();
  announce(db, LOCKED);
}

/** Makes `db` follow what other tabs announce, until the returned function is called. */
export function followEncryptionChanges(db: LiaisonDatabase): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(channelName(db));
  listening.set(db, channel);
  // Reads run one after the other, so an older read never lands after a newer one.
  let pending = Promise.resolve();
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (event.data === LOCKED) return db.encryption.lock();
    pending = pending.then(() => recheckEncryption(db)).catch(() => undefined);
  };
  return () => {
    if (listening.get(db) === channel) listening.delete(db);
    channel.close();
  };
}

/** Reads the key row and the marker, and brings `db`'s connection in line with them. */
export async function recheckEncryption(db: LiaisonDatabase): Promise<void> {
  const [key, migration] = await db.meta.bulkGet([ENCRYPTION_META_KEY, MIGRATION_META_KEY]);
  db.encryption.reconcile(isKeyRecord(key?.value) ? key.value : null, isTurningOff(migration?.value));
}
