/**
 * What the sync target tests share: bytes from text, the SyncTargetError a call fails with, a short
 * fingerprint for large contents, and the files a target left on disk (temp files included).
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { SyncTargetError } from '../../../../shared/sync/SyncTransport';

export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The SyncTargetError a promise rejects with; fails the test if it resolves or throws anything else. */
export async function failure(promise: Promise<unknown>): Promise<SyncTargetError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SyncTargetError);
  return error as SyncTargetError;
}

/** Large contents compared by length and hash: a failing toEqual on 256 KiB spends seconds on the diff. */
export function fingerprint(data: Uint8Array | null): string {
  return data === null
    ? 'null'
    : `${data.byteLength} bytes, sha256 ${createHash('sha256').update(data).digest('hex')}`;
}

/** Every file below `dir`, relative to it, temp files included. */
export async function filesOnDisk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}
