/**
 * Reads a zip file defensively. The central directory is parsed here rather than by a library so every
 * entry can be judged before any byte is inflated (count, names, symlinks, encryption, declared sizes and
 * compression ratio), and each entry is then inflated in small steps that stop as soon as its output
 * passes the size it declared or the limit: a zip bomb costs at most one step's output.
 */
import { Inflate } from 'fflate';
import { fail } from './archiveIssue';
import type { ArchiveLimits } from './archiveLimits';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  /** Offset of the local header. */
  headerOffset: number;
  isDirectory: boolean;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const INFLATE_STEP = 64 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

function findEndOfCentralDirectory(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return fail('', '', 'notZip', 'not a Liaison archive: the file is not a zip file');
}

function checkName(name: string): void {
  if (/^[/\\]|^[A-Za-z]:/.test(name))
    fail(name, '', 'absolutePath', 'an absolute path is not allowed in an archive');
  if (name.split(/[/\\]/).some((segment) => segment === '..'))
    fail(name, '', 'pathTraversal', 'a path with ".." is not allowed in an archive');
}

/** The entries of a zip file, checked against the limits before anything is inflated. */
export function listZipEntries(data: Uint8Array, limits: ArchiveLimits): ZipEntry[] {
  if (data.byteLength > limits.maxArchiveBytes)
    fail('', '', 'archiveTooLarge', `the file is larger than ${formatMiB(limits.maxArchiveBytes)}`, {
      limit: limits.maxArchiveBytes,
    });
  if (data.byteLength < 22) fail('', '', 'notZip', 'not a Liaison archive: the file is not a zip file');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = findEndOfCentralDirectory(view);
  const disk = view.getUint16(end + 4, true);
  const cdDisk = view.getUint16(end + 6, true);
  const count = view.getUint16(end + 10, true);
  const cdOffset = view.getUint32(end + 16, true);
  if (disk !== 0 || cdDisk !== 0)
    fail('', '', 'multiDisk', 'a zip split over several files is not supported');
  if (count === 0xffff || cdOffset === 0xffffffff) fail('', '', 'zip64', 'zip64 archives are not supported');
  if (count > limits.maxEntries)
    fail('', '', 'tooManyEntries', `more than ${limits.maxEntries} entries`, { limit: limits.maxEntries });

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL)
      fail('', '', 'notZip', 'not a Liaison archive: the zip directory is damaged');
    const madeBy = view.getUint16(at + 4, true);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const externalAttributes = view.getUint32(at + 38, true);
    const headerOffset = view.getUint32(at + 42, true);
    const nameBytes = data.subarray(at + 46, at + 46 + nameLength);
    let name: string;
    try {
      name = flags & 0x800 ? utf8.decode(nameBytes) : latin1(nameBytes);
    } catch {
      name = latin1(nameBytes);
    }
    at += 46 + nameLength + extraLength + commentLength;

    // Without a name, every later message about the entry would name the whole file instead.
    if (name === '') fail(`(unnamed entry ${n + 1})`, '', 'unexpectedEntry', 'not part of a Liaison archive');
    checkName(name);
    if (names.has(name)) fail(name, '', 'duplicateEntry', 'appears twice in the archive');
    names.add(name);
    if (compressedSize === 0xffffffff || size === 0xffffffff || headerOffset === 0xffffffff)
      fail(name, '', 'zip64', 'zip64 entries are not supported');
    // Unix hosts keep the file type in the high half of the external attributes.
    if (madeBy >> 8 === 3 && ((externalAttributes >>> 16) & 0o170000) === 0o120000)
      fail(name, '', 'symlink', 'symbolic links are not allowed in an archive');
    if (flags & 0x1) fail(name, '', 'encrypted', 'encrypted entries are not supported');
    if (method !== 0 && method !== 8)
      fail(
        name,
        '',
        'compressionMethod',
        `compression method ${method} is not supported (only stored and deflate)`,
        {
          method,
        },
      );
    total += size;
    if (total > limits.maxTotalBytes)
      fail(name, '', 'totalTooLarge', `the archive unpacks to more than ${formatMiB(limits.maxTotalBytes)}`, {
        limit: limits.maxTotalBytes,
      });
    checkRatio(name, size, compressedSize, limits);
    entries.push({
      name,
      method,
      compressedSize,
      size,
      crc,
      headerOffset,
      isDirectory: name.endsWith('/'),
    });
  }
  return entries;
}

function checkRatio(name: string, size: number, compressedSize: number, limits: ArchiveLimits): void {
  if (size > limits.ratioFloorBytes && size > compressedSize * limits.maxCompressionRatio)
    fail(
      name,
      '',
      'compressionRatio',
      `compressed more than ${limits.maxCompressionRatio} to 1, as a zip bomb is`,
      { limit: limits.maxCompressionRatio },
    );
}

/**
 * The bytes of one entry, at most `maxBytes`. The output is counted as it is produced, so an entry that
 * lies about its size is stopped one step after it passes the size it declared.
 */
export function readZipEntry(
  data: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  limits: ArchiveLimits,
): Uint8Array {
  const tooLarge = () =>
    fail(entry.name, '', 'entryTooLarge', `larger than ${formatMiB(maxBytes)}`, { limit: maxBytes });
  if (entry.size > maxBytes) tooLarge();
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const local = entry.headerOffset;
  if (local + 30 > data.byteLength || view.getUint32(local, true) !== LOCAL)
    fail(entry.name, '', 'corruptEntry', 'the entry is damaged (no local header)');
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > data.byteLength) fail(entry.name, '', 'corruptEntry', 'the entry is damaged (truncated)');
  const compressed = data.subarray(start, end);

  let out: Uint8Array;
  if (entry.method === 0) {
    out = compressed;
  } else {
    const chunks: Uint8Array[] = [];
    let produced = 0;
    const inflate = new Inflate((chunk) => {
      produced += chunk.length;
      if (produced > entry.size) {
        if (produced > maxBytes) tooLarge();
        checkRatio(entry.name, produced, entry.compressedSize, limits);
        fail(entry.name, '', 'corruptEntry', 'the entry is damaged (longer than it declares)');
      }
      chunks.push(chunk);
    });
    try {
      for (let offset = 0; offset < compressed.length; offset += INFLATE_STEP) {
        const step = compressed.subarray(offset, offset + INFLATE_STEP);
        inflate.push(step, offset + INFLATE_STEP >= compressed.length);
      }
      if (compressed.length === 0) inflate.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof Error && error.name === 'ArchiveError') throw error;
      fail(entry.name, '', 'corruptEntry', 'the entry is damaged (its data does not inflate)');
    }
    out = concat(chunks, produced);
  }
  if (out.length !== entry.size)
    fail(entry.name, '', 'corruptEntry', 'the entry is damaged (its size differs from the one it declares)');
  if (crc32(out) !== entry.crc)
    fail(entry.name, '', 'corruptEntry', 'the entry is damaged (checksum mismatch)');
  return out;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function formatMiB(bytes: number): string {
  return bytes >= 1024 ** 2 ? `${Math.round(bytes / 1024 ** 2)} MiB` : `${bytes} bytes`;
}

let crcTable: Uint32Array | null = null;

export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
