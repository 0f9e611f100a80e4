import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError } from '../../../renderer/src/db/storageFull';

describe('recognising a full disk', () => {
  it('recognises the QuotaExceededError Dexie wraps in an AbortError, and the bare one', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Error('saving failed', { cause: quota }))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
  });

  it('recognises the write errors Chromium reports when the disk itself is full', () => {
    // The messages Chromium 156 gave on a full tmpfs profile (tests/e2e/diskFull.spec.ts).
    const records = new DOMException(
      'Connection is closing because of: IO error: .../http_127.0.0.1_4396.indexeddb.leveldb/000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)',
      'UnknownError',
    );
    const blobs = new DOMException('Failed to write blobs (IOError)', 'DataError');
    expect(isQuotaError(records)).toBe(true);
    expect(isQuotaError(blobs)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', records))).toBe(true);
    expect(
      isQuotaError(new Error('write EIO', { cause: new Error('ENOSPC: no space left on device') })),
    ).toBe(true);
  });

  it('does not mistake other failures for a full disk', () => {
    expect(isQuotaError(new DOMException('Connection is closing.', 'UnknownError'))).toBe(false);
    expect(isQuotaError(new DOMException('Failed to read large IndexedDB value', 'DataError'))).toBe(false);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isQuotaError(new Dexie.ConstraintError('Key already exists'))).toBe(false);
    expect(isQuotaError(new DOMException('aborted', 'AbortError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});
