/** The archive's encryption mode (off, locked, unlocked), re-rendering when it changes. */
import { useSyncExternalStore } from 'react';
import type { EncryptionMode } from '../db/EncryptionState';
import type { LiaisonDatabase } from '../db/LiaisonDatabase';

export function useEncryptionMode(db: LiaisonDatabase): EncryptionMode {
  return useSyncExternalStore(
    (onChange) => db.encryption.onChange(onChange),
    () => db.encryption.mode,
  );
}
