/**
 * Locking on demand from anywhere in the app, besides Settings → Security: the desktop menu's Lock
 * Liaison command, and Ctrl/Cmd+Shift+L inside the page (web mode has no menu; in the desktop app the
 * menu's accelerator is the same keys). Both drop the key from memory, which brings up the lock screen.
 * Main enables the menu command only while there is something to lock, so it is told on every change.
 */
import { useEffect } from 'react';
import { lockEverywhere } from '../db/encryptionChanges';
import type { LiaisonDatabase } from '../db/LiaisonDatabase';
import type { Platform } from '../platform/Platform';
import { useEncryptionMode } from './useEncryptionMode';

/** For `aria-keyshortcuts` on the controls that lock. */
export const LOCK_KEYSHORTCUTS = 'Control+Shift+L Meta+Shift+L';

export function isLockShortcut(event: KeyboardEvent): boolean {
  const mod = navigator.platform.startsWith('Mac') ? event.metaKey : event.ctrlKey;
  // The key code, so it works whatever the keyboard layout or input method makes of the L key.
  return mod && event.shiftKey && !event.altKey && (event.code === 'KeyL' || event.key.toLowerCase() === 'l');
}

export function useLockCommand(db: LiaisonDatabase, platform: Platform): void {
  const mode = useEncryptionMode(db);

  useEffect(() => {
    void platform.setLockAvailable(mode === 'unlocked').catch(() => undefined);
  }, [platform, mode]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // With encryption off the keys are left to whatever else wants them.
      if (!isLockShortcut(event) || db.encryption.mode !== 'unlocked') return;
      event.preventDefault();
      lockEverywhere(db);
    };
    window.addEventListener('keydown', onKey);
    const stop = platform.onMenuCommand((command) => {
      if (command === 'lock') lockEverywhere(db);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stop();
    };
  }, [db, platform]);
}
