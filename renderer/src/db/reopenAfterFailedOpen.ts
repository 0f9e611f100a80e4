/**
 * Chromium closes the IndexedDB connection when a write fails on a full disk ("Connection is closing
 * because of: IO error … FILE_ERROR_NO_SPACE"). Dexie reopens it on the next operation, but while the
 * disk is still full that reopen fails too ("Internal error opening backing store"), and Dexie then
 * refuses every later operation with that error — even after space is freed — until the page reloads.
 * This puts Dexie back in its "open on next use" state after such a failure, so that the save after
 * freeing space simply works, and tells the caller that a reopen failed.
 */
import type Dexie from 'dexie';

export function reopenAfterFailedOpen(db: Dexie, onReopenFailed: () => void): () => void {
  const onClose = () => {
    // Dexie fires `close` from inside its failed open, before it marks the open complete; look once
    // that has settled. A close the app asked for (hasBeenClosed) is left alone.
    setTimeout(() => {
      if (db.isOpen() || !db.hasFailed() || db.hasBeenClosed()) return;
      onReopenFailed();
      db.close({ disableAutoOpen: false });
    }, 0);
  };
  db.on('close', onClose);
  return () => db.on('close').unsubscribe(onClose);
}
