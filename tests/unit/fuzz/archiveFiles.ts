/**
 * Archives written the way the app's export writes them (renderer/src/dataExchange/archiveTransfer.ts:
 * records sorted by id, one records file per table, blobs stored, the manifest last), from generated
 * tables, without a database: fuzzing needs thousands of them.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { ENTITY_TABLE_NAMES, type EntityTableName } from '../../../shared/domain/entityTables';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  blobFile,
  emptyTables,
  manifestJson,
  MANIFEST_FILE,
  recordsFile,
  recordsJson,
  type ArchiveManifest,
  type ArchiveTables,
} from '../../../shared/formats/archive/archiveFormat';
import { type ArchiveError, issueMessage } from '../../../shared/formats/archive/archiveIssue';
import { ArchiveZipWriter } from '../../../shared/formats/archive/archiveZipWriter';
import { entities } from './entityArbitraries';

const encoder = new TextEncoder();

export interface GeneratedArchive {
  tables: ArchiveTables;
  blobs: Map<string, Uint8Array>;
  manifest: ArchiveManifest;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Tables of valid records; each attachment gets bytes of its own, so its SHA-256 and size are true. */
export const archiveContents = fc.record({
  tables: fc.record(
    Object.fromEntries(ENTITY_TABLE_NAMES.map((t) => [t, entities(t, 2)])) as {
      [N in EntityTableName]: ReturnType<typeof entities<N>>;
    },
  ),
  blobBytes: fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 2 }),
  createdAt: fc.integer({ min: 0, max: Date.UTC(9999, 11, 31) }),
});

export async function completeArchive(generated: {
  tables: { [N in EntityTableName]: ArchiveTables[N] };
  blobBytes: Uint8Array[];
  createdAt: number;
}): Promise<GeneratedArchive> {
  const tables = emptyTables();
  for (const table of ENTITY_TABLE_NAMES)
    (tables[table] as unknown[]) = [...generated.tables[table]].sort(byId);
  const blobs = new Map<string, Uint8Array>();
  const attachments = tables.attachments;
  for (const [i, attachment] of attachments.entries()) {
    const bytes = generated.blobBytes[i % Math.max(1, generated.blobBytes.length)] ?? new Uint8Array();
    const sha = await sha256Hex(bytes);
    attachments[i] = { ...attachment, sha256: sha, size: bytes.length };
    blobs.set(sha, bytes);
  }
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    createdAt: new Date(generated.createdAt).toISOString(),
    app: { name: 'Liaison', version: '0.1.0-fuzz' },
    tables: Object.fromEntries(ENTITY_TABLE_NAMES.map((t) => [t, tables[t].length])) as Record<
      EntityTableName,
      number
    >,
    blobs: blobs.size,
  };
  return { tables, blobs, manifest };
}

/** The entries as the export writes them, before zipping (so tests can change one). */
export function archiveEntries(archive: GeneratedArchive): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array>();
  for (const [sha, bytes] of archive.blobs) entries.set(blobFile(sha), bytes);
  for (const table of ENTITY_TABLE_NAMES)
    entries.set(recordsFile(table), encoder.encode(recordsJson(table, archive.tables[table])));
  entries.set(MANIFEST_FILE, encoder.encode(manifestJson(archive.manifest)));
  return entries;
}

export function zipEntries(entries: Map<string, Uint8Array>): Uint8Array {
  const zip = new ArchiveZipWriter();
  for (const [name, bytes] of entries) zip.add(name, bytes, !name.startsWith('blobs/'));
  return zip.finish();
}

export function writeArchive(archive: GeneratedArchive): Uint8Array {
  return zipEntries(archiveEntries(archive));
}

/** Issues that concern the zip file as a whole rather than one entry. */
const WHOLE_FILE = new Set(['notZip', 'archiveTooLarge', 'tooManyEntries', 'multiDisk', 'missingManifest']);

export function expectSpecificArchiveError(error: ArchiveError): void {
  expect(error.issues.length).toBeGreaterThan(0);
  for (const found of error.issues) {
    expect(found.reason.length, issueMessage(found)).toBeGreaterThan(0);
    if (WHOLE_FILE.has(found.code)) expect(found.file).toBe('');
    else if (found.code !== 'zip64') expect(found.file, `${found.code} names its entry`).not.toBe('');
  }
  expect(error.message).toBe(error.issues.map(issueMessage).join('\n'));
}
