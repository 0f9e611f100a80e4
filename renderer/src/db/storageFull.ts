/**
 * Recognising a full disk (or a full browser storage quota) in whatever shape it arrives: IndexedDB aborts
 * the transaction with a QuotaExceededError, which Dexie reports as an AbortError whose `inner` is the
 * QuotaExceededError; older engines use DOMException code 22 or Firefox's NS_ERROR_DOM_QUOTA_REACHED.
 */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { name, code, inner, cause } = error as {
    name?: unknown;
    code?: unknown;
    inner?: unknown;
    cause?: unknown;
  };
  if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
  if (code === 22 && name !== 'AbortError') return true;
  return isQuotaError(inner, depth + 1) || isQuotaError(cause, depth + 1);
}
