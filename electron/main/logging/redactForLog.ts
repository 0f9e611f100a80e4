/**
 * The last guard before anything reaches the log file. Callers already log only codes, channel names,
 * sizes and ids; this makes a slip harmless: a field whose name says it may carry a secret or the user's
 * notes is replaced by its size, errors keep only their name and code (their messages can quote a note
 * or a URL), byte arrays become their length, and any other string is cut short.
 */

/** Field names (compared without case) whose value is never written to the log. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  'password',
  'passphrase',
  'secret',
  'token',
  'credentials',
  'authorization',
  'cookie',
  'key',
  'minutes',
  'notes',
  'note',
  'text',
  'outcomes',
  'outcome',
  'agenda',
  'scope',
  'summary',
  'title',
  'subject',
  'description',
  'comments',
  'html',
  'data',
  'body',
  'content',
  'message',
]);

/** Catches compound names such as `webdavPassword` or `sessionToken`. */
const SECRET_NAME_PATTERN = /pass(word|phrase)|secret|token|credential/i;

const MAX_STRING = 120;
const MAX_ITEMS = 20;
const MAX_DEPTH = 4;

export function isSecretField(name: string): boolean {
  return SECRET_FIELDS.has(name.toLowerCase()) || SECRET_NAME_PATTERN.test(name);
}

function sizeOf(value: unknown): string {
  if (typeof value === 'string') return `[redacted: ${value.length} chars]`;
  if (value instanceof Uint8Array) return `[redacted: ${value.byteLength} bytes]`;
  if (Array.isArray(value)) return `[redacted: ${value.length} items]`;
  return '[redacted]';
}

export function redactForLog(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') {
    return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…[${value.length} chars]` : value;
  }
  if (value instanceof Uint8Array) return `[${value.byteLength} bytes]`;
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return typeof code === 'string' ? { error: value.name, code } : { error: value.name };
  }
  if (depth >= MAX_DEPTH) return '[nested]';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => redactForLog(item, depth + 1));
    return value.length > MAX_ITEMS ? [...items, `…${value.length - MAX_ITEMS} more`] : items;
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value).slice(0, MAX_ITEMS)) {
      out[key] = isSecretField(key) ? sizeOf(item) : redactForLog(item, depth + 1);
    }
    return out;
  }
  return `[${typeof value}]`;
}
