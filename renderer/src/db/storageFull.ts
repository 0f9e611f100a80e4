/**
 * Recognising a full disk (or a full browser storage quota) in whatever shape it arrives: IndexedDB aborts
 * the transaction with a QuotaExceededError, which Dexie reports as an AbortError whose `inner` is the
 * QuotaExceededError; older engines use DOMException code 22 or Firefox's NS_ERROR_DOM_QUOTA_REACHED.
 *
 * A disk that is really full looks different in Chromium (measured with 156 on a full tmpfs, see
 * tests/e2e/diskFull.spec.ts): the quota check passes, and the write itself fails. Records then abort with
 * an UnknownError "IO error: …/000003.log: FILE_ERROR_NO_SPACE", and values stored as blobs (attachments,
 * and any value over about 64 KiB) with a DataError "Failed to write blobs (IOError)". The blob message
 * names no cause; a full disk is by far the likeliest, and freeing space is the right advice either way.
 */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const DISK_FULL_MESSAGES = [
  /FILE_ERROR_NO_SPACE/,
  /No space left on device/i,
  /\bENOSPC\b/,
  /Failed to write blobs \(IOError\)/,
];

export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { name, code, message, inner, cause } = error as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    inner?: unknown;
    cause?: unknown;
  };
  if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
  if (typeof message === 'string' && DISK_FULL_MESSAGES.some((pattern) => pattern.test(message))) return true;
  if (code === 22 && name !== 'AbortError') return true;
  return isQuotaError(inner, depth + 1) || isQuotaError(cause, depth + 1);
}
