/**
 * Full-archive export and restore (docs/archive-format.md). Export reads each table a page at a time and
 * zips it with the attachments' bytes; restore checks the whole file first (shared/formats/archive) and
 * only then writes, in one transaction, the records this archive does not have yet.
 */
import { ENTITY_TABLE_NAMES, type EntityOf, type EntityTableName } from '../../../shared/domain/entityTables';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  blobFile,
  manifestJson,
  MANIFEST_FILE,
  recordsFile,
  recordsJson,
  type ArchiveManifest,
} from '../../../shared/formats/archive/archiveFormat';
import { ArchiveZipWriter } from '../../../shared/formats/archive/archiveZipWriter';
import {
  readArchive,
  type ArchiveContents,
  type ReadArchiveOptions,
} from '../../../shared/formats/archive/readArchive';
import type { NewRecord } from '../db/BulkWriter';
import type { ImportOutcome, RecordExchange } from '../db/RecordExchange';

export interface Steps {
  /** Reports progress; throws to cancel. */
  step(done: number, total: number): Promise<void> | void;
  signal?: AbortSignal;
}

const PAGE = 2000;
const encoder = new TextEncoder();

export interface ArchiveExport {
  bytes: Uint8Array<ArrayBuffer>;
  records: number;
  blobs: number;
  /** Attachments left out because their bytes are not on this computer. */
  missingBlobs: number;
}

export async function exportArchive(
  exchange: RecordExchange,
  app: { name: string; version: string; now: number },
  steps: Steps,
): Promise<ArchiveExport> {
  const counts = await exchange.counts();
  const total = ENTITY_TABLE_NAMES.reduce((sum, t) => sum + counts[t], 0) + counts.attachments;
  let done = 0;
  const zip = new ArchiveZipWriter(app.now);
  const tables = {} as Record<EntityTableName, number>;
  const blobs = new Set<string>();
  let missingBlobs = 0;
  let records = 0;
  for (const table of ENTITY_TABLE_NAMES) {
    const list: Array<EntityOf<EntityTableName>> = [];
    let after: string | null = null;
    for (;;) {
      const page: Array<EntityOf<EntityTableName>> = await exchange.page(table, after, PAGE);
      done += page.length;
      if (table === 'attachments') {
        for (const attachment of page as Array<EntityOf<'attachments'>>) {
          if (!blobs.has(attachment.sha256)) {
            const bytes = await exchange.blobBytes(attachment.sha256);
            if (!bytes) {
              missingBlobs++;
              continue;
            }
            zip.add(blobFile(attachment.sha256), bytes, false);
            blobs.add(attachment.sha256);
          }
          list.push(attachment);
          done++;
          await steps.step(done, total);
        }
      } else list.push(...page);
      await steps.step(done, total);
      if (page.length < PAGE) break;
      after = page[page.length - 1]!.id;
    }
    zip.add(recordsFile(table), encoder.encode(recordsJson(table, list)), true);
    tables[table] = list.length;
    records += list.length;
  }
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    createdAt: new Date(app.now).toISOString(),
    app: { name: app.name, version: app.version },
    tables,
    blobs: blobs.size,
  };
  zip.add(MANIFEST_FILE, encoder.encode(manifestJson(manifest)), true);
  return { bytes: zip.finish(), records, blobs: blobs.size, missingBlobs };
}

/** Checks the whole file; throws an ArchiveError listing what is wrong. Writes nothing. */
export function checkArchive(
  bytes: Uint8Array,
  steps: Steps,
  options: Pick<ReadArchiveOptions, 'limits'> = {},
) {
  return readArchive(bytes, { ...options, onProgress: (done, total) => steps.step(done, total) });
}

/** Adds the checked archive's records that are not here yet, and its attachment files, in one transaction. */
export function restoreArchive(
  exchange: RecordExchange,
  contents: ArchiveContents,
  steps: Steps,
): Promise<ImportOutcome> {
  const records: NewRecord[] = [];
  for (const table of ENTITY_TABLE_NAMES)
    for (const entity of contents.tables[table]) records.push({ table, entity } as NewRecord);
  const mimeTypes = new Map(contents.tables.attachments.map((a) => [a.sha256, a.mimeType]));
  const blobs = new Map(
    [...contents.blobs].map(([sha, bytes]) => [
      sha,
      { bytes, mimeType: mimeTypes.get(sha) ?? 'application/octet-stream' },
    ]),
  );
  return exchange.importRecords(
    { records, blobs },
    {
      ...(steps.signal ? { signal: steps.signal } : {}),
      // Inside the transaction nothing may be awaited but the database, so progress is only reported;
      // a cancel reaches the import through the signal, which rolls the transaction back.
      onProgress: ({ done, total }) => void Promise.resolve(steps.step(done, total)).catch(() => undefined),
    },
  );
}
