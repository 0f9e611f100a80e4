/**
 * The running app's backup scheduler, for the Settings section to show its status and to back up on
 * demand. Set once at start on the desktop; null in web mode and until the archive is open.
 */
import type { BackupScheduler } from './BackupScheduler';

let active: BackupScheduler | null = null;

export function setActiveBackups(scheduler: BackupScheduler | null): void {
  active = scheduler;
}

export function activeBackups(): BackupScheduler | null {
  return active;
}
