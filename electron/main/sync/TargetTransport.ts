/**
 * What main needs from a sync target beyond the shared SyncTransport: a probe that tells the user, before
 * the first sync, whether the target can be reached and written. Also the naming of in-flight temp files,
 * which both targets write next to the final name and hide from `list`.
 */
import { randomBytes } from 'node:crypto';
import type { SyncTransport } from '../../../shared/sync/SyncTransport';

export interface TargetTransport extends SyncTransport {
  /** Resolves when the target is there and writable; otherwise throws a SyncTargetError. */
  probe(): Promise<void>;
}

/** The name writeFileAtomic gives its temp files; WebDAV uploads use the same form. */
const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

export function tempNameFor(name: string): string {
  return `.${name}.${randomBytes(6).toString('hex')}.tmp`;
}

/** A leftover of an interrupted write: never a file of the target, so `list` leaves it out. */
export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/** The probe's own file: outside the sync patterns, so no sync can ever read or list it. */
export function probeName(): string {
  return tempNameFor('liaison-probe');
}
