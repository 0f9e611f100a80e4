/**
 * How a worker's connection follows the window's encryption state. The window sends its data key on every
 * change of its own state (unlock, lock, turning off started or finished); the worker's connection takes
 * that key and reads again from `meta` whether the archive is still encrypted and whether it is being
 * turned off. So a worker stops sealing as soon as turning off starts, and is plainly "off" (not locked)
 * once it finished, without a restart.
 */
import { ENCRYPTION_META_KEY, MIGRATION_META_KEY } from './keyRecord';
import type { LiaisonDatabase } from './LiaisonDatabase';
import { isTurningOff } from './migrationMarker';

const pending = new WeakMap<LiaisonDatabase, Promise<void>>();

/**
 * Applies `currentKey()` (the key the window last sent, null while it is locked or off) to `db` at once,
 * then reads `meta` and applies what it says. Reads run one after the other, each with the key current
 * when it resolves, so a late read never brings back a key that was dropped since. The promise resolves
 * once `meta` is followed.
 */
export function followWindowKey(db: LiaisonDatabase, currentKey: () => Uint8Array | null): Promise<void> {
  const key = currentKey();
  if (key) db.encryption.unlock(key);
  else db.encryption.lock();
  const next = (pending.get(db) ?? Promise.resolve())
    .then(() => db.meta.bulkGet([ENCRYPTION_META_KEY, MIGRATION_META_KEY]))
    .then(([key, migration]) =>
      db.encryption.follow({
        key: currentKey(),
        configured: Boolean(key?.value),
        turningOff: isTurningOff(migration?.value),
      }),
    );
  // A failed read leaves the connection as it was (locked, if the key was dropped) and the queue going.
  pending.set(
    db,
    next.catch(() => undefined),
  );
  return next;
}
