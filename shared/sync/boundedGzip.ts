/**
 * gzip for sync files, and a gunzip that cannot be made to exhaust memory. The size a gzip stream
 * declares in its last four bytes (ISIZE) is read first: more than the limit is refused before a byte is
 * inflated; otherwise exactly that much is allocated and the stream is inflated in small steps that stop
 * as soon as the output passes the declared size. A gzip bomb therefore costs at most the limit plus the
 * output of one step.
 */
import { Gunzip, gzipSync } from 'fflate';
import { formatBytes } from './syncFileErrors';

/** Compressed input fed to the inflater at a time: at most about 1,000 times this comes out of one step. */
const INFLATE_STEP = 16 * 1024;
/** The smallest gzip stream: a 10-byte header, an empty deflate block and the 8-byte trailer. */
const GZIP_MIN_BYTES = 20;

/** gzip with no file name and a zero modification time, so the same payload always compresses the same. */
export function gzip(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return gzipSync(data, { level: 6, mtime: 0 });
}

class Overflow extends Error {}

export type GunzipResult = { ok: true; data: Uint8Array<ArrayBuffer> } | { ok: false; reason: string };

/** Inflates a gzip stream of at most `maxBytes`; `reason` says why it could not (for a user message). */
export function gunzipBounded(data: Uint8Array, maxBytes: number): GunzipResult {
  if (data.length < GZIP_MIN_BYTES || data[0] !== 0x1f || data[1] !== 0x8b)
    return { ok: false, reason: 'its compressed data is not gzip' };
  const n = data.length;
  const size = (data[n - 4]! | (data[n - 3]! << 8) | (data[n - 2]! << 16) | (data[n - 1]! << 24)) >>> 0;
  // Written so that a limit of NaN refuses everything instead of allowing everything.
  if (!(size <= maxBytes))
    return {
      ok: false,
      reason: `it would unpack to ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} a sync file may hold`,
    };
  const out = new Uint8Array(size);
  let produced = 0;
  const gunzip = new Gunzip((chunk) => {
    if (produced + chunk.length > size) throw new Overflow();
    out.set(chunk, produced);
    produced += chunk.length;
  });
  try {
    for (let offset = 0; offset < n; offset += INFLATE_STEP) {
      gunzip.push(data.subarray(offset, offset + INFLATE_STEP), offset + INFLATE_STEP >= n);
    }
  } catch (error) {
    return {
      ok: false,
      reason:
        error instanceof Overflow
          ? 'it unpacks to more than the size it declares'
          : 'its compressed data does not unpack',
    };
  }
  if (produced !== size) return { ok: false, reason: 'it unpacks to less than the size it declares' };
  return { ok: true, data: out };
}
