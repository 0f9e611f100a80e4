/**
 * Whether a write has just failed because the disk (or the browser's storage for Liaison) is full. A
 * store of its own because the failure can come from any write — a form, quick capture, an attachment,
 * a merge — and one banner in the frame reports it, whichever screen is open. It stays until the user
 * dismisses it or until a later write commits, which shows space was freed.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LiaisonDatabase } from '../db/LiaisonDatabase';
import { reopenAfterFailedOpen } from '../db/reopenAfterFailedOpen';

export interface StorageStatusState {
  /** Shows the banner: from a write refused for lack of space until dismissed or a later write commits. */
  full: boolean;
  reportFull: () => void;
  reportSaved: () => void;
  dismiss: () => void;
}

export function createStorageStatusStore(): StoreApi<StorageStatusState> {
  return createStore<StorageStatusState>()((set, get) => ({
    full: false,
    reportFull: () => set({ full: true }),
    // Every committed repository write calls this; only a change of state should wake the banner.
    reportSaved: () => {
      if (get().full) set({ full: false });
    },
    dismiss: () => set({ full: false }),
  }));
}

interface CommitEvents {
  onCommitted: (listener: () => void) => () => void;
}

/**
 * Feeds the store from the database's full-storage aborts, its failed reopens and the change capture's
 * commits, and lets the database reopen once space is back.
 */
export function watchStorage(
  store: StoreApi<StorageStatusState>,
  db: LiaisonDatabase,
  capture: CommitEvents,
): () => void {
  const stopFull = db.onStorageFull(() => store.getState().reportFull());
  const stopSaved = capture.onCommitted(() => store.getState().reportSaved());
  // Chromium closes every connection to the archive when one of them hits the full disk — at times the
  // search or sync worker's, whose abort this window never sees (tests/e2e/diskFull.spec.ts met it) — and
  // cannot open it again until space is freed ("Internal error opening backing store"). So a reopen
  // that fails is the full disk too.
  const stopReopen = reopenAfterFailedOpen(db, () => store.getState().reportFull());
  return () => {
    stopFull();
    stopSaved();
    stopReopen();
  };
}
