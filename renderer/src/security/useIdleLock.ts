/**
 * Locks the archive after a stretch without keyboard or pointer input. Only runs while unlocked; the
 * idle time is read from the key store each time the archive is unlocked, so a change applies from the
 * next unlock or at once from the settings section (which calls `restart`).
 */
import { useEffect } from 'react';
import type { LiaisonDatabase } from '../db/LiaisonDatabase';
import { KeyStore } from '../db/KeyStore';
import { useEncryptionMode } from './useEncryptionMode';

const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export function useIdleLock(db: LiaisonDatabase): void {
  const mode = useEncryptionMode(db);
  useEffect(() => {
    if (mode !== 'unlocked') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let limit = 0;
    let stopped = false;
    const arm = () => {
      if (timer) clearTimeout(timer);
      if (limit > 0) timer = setTimeout(() => db.encryption.lock(), limit);
    };
    void new KeyStore(db).lockAfterMinutes().then((minutes) => {
      if (stopped) return;
      limit = minutes * 60_000;
      arm();
    });
    INPUT_EVENTS.forEach((name) => window.addEventListener(name, arm, { passive: true }));
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      INPUT_EVENTS.forEach((name) => window.removeEventListener(name, arm));
    };
  }, [db, mode]);
}
