/** Whether encryption at rest is being turned off (started, not finished), re-rendering when it changes. */
import { useSyncExternalStore } from 'react';
import type { LiaisonDatabase } from '../db/LiaisonDatabase';

export function useTurningOff(db: LiaisonDatabase): boolean {
  return useSyncExternalStore(
    (onChange) => db.encryption.onChange(onChange),
    () => db.encryption.turningOff,
  );
}
