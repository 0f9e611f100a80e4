/**
 * Reads and validates a whole archive file before anything is stored: the zip's structure and limits,
 * the manifest, every record against its table's schema, and every attachment's bytes against its
 * SHA-256. The result is either the complete, valid contents or an ArchiveError listing what is wrong
 * (up to `maxIssues` record problems; a broken zip or JSON stops at its first).
 */
import {
  ENTITY_TABLES,
  ENTITY_TABLE_NAMES,
  isEntityTableName,
  type EntityTableName,
} from '../../domain/entityTables';
import { ArchiveError, fail, formatCount, formatPath, issue, type ArchiveIssue } from './archiveIssue';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ArchiveManifest,
  MANIFEST_FILE,
  emptyTables,
  fieldsOf,
  recordsFile,
  type ArchiveTables,
} from './archiveFormat';
import { ARCHIVE_LIMITS, type ArchiveLimits } from './archiveLimits';
import { parseJsonSafely } from './parseJsonSafely';
import { listZipEntries, readZipEntry, type ZipEntry } from './zipReader';
import { zodIssueReason } from './zodIssueReason';

export interface ArchiveContents {
  manifest: ArchiveManifest;
  tables: ArchiveTables;
  /** Attachment bytes by SHA-256. */
  blobs: Map<string, Uint8Array>;
}

export interface ReadArchiveOptions {
  limits?: Partial<ArchiveLimits>;
  /** Called between steps with the bytes processed so far; may throw to cancel (an AbortError). */
  onProgress?: (done: number, total: number) => void | Promise<void>;
}

const BLOB_NAME = /^blobs\/([0-9a-f]{64})$/;
const RECORDS_NAME = /^records\/([A-Za-z]+)\.json$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function decodeText(bytes: Uint8Array, file: string): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return fail(file, '', 'invalidJson', 'not valid JSON: the file is not UTF-8 text');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function readArchive(
  data: Uint8Array,
  options: ReadArchiveOptions = {},
): Promise<ArchiveContents> {
  const limits: ArchiveLimits = { ...ARCHIVE_LIMITS, ...options.limits };
  const entries = listZipEntries(data, limits);
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  let done = 0;
  const progress = async (entry: ZipEntry) => {
    done += entry.size;
    await options.onProgress?.(done, total);
  };

  let manifestEntry: ZipEntry | undefined;
  const recordEntries = new Map<EntityTableName, ZipEntry>();
  const blobEntries = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (entry.isDirectory) {
      if (entry.name === 'records/' || entry.name === 'blobs/') continue;
      fail(entry.name, '', 'unexpectedEntry', 'not part of a Liaison archive');
    }
    if (entry.name === MANIFEST_FILE) {
      manifestEntry = entry;
      continue;
    }
    const table = RECORDS_NAME.exec(entry.name)?.[1];
    if (table !== undefined && isEntityTableName(table)) {
      recordEntries.set(table, entry);
      continue;
    }
    const sha = BLOB_NAME.exec(entry.name)?.[1];
    if (sha !== undefined) {
      blobEntries.set(sha, entry);
      continue;
    }
    fail(entry.name, '', 'unexpectedEntry', 'not part of a Liaison archive');
  }
  if (!manifestEntry)
    return fail('', '', 'missingManifest', 'not a Liaison archive: it has no manifest.json');

  const manifest = readManifest(data, manifestEntry, limits);
  await progress(manifestEntry);
  if (manifest.blobs !== blobEntries.size)
    fail(
      MANIFEST_FILE,
      'blobs',
      'countMismatch',
      `says ${manifest.blobs} attachments, the archive holds ${blobEntries.size}`,
      {
        declared: manifest.blobs,
        found: blobEntries.size,
      },
    );

  const issues: ArchiveIssue[] = [];
  const report = (found: ArchiveIssue) => {
    issues.push(found);
    if (issues.length >= limits.maxIssues) throw new ArchiveError(issues);
  };
  const tables = emptyTables();
  for (const table of ENTITY_TABLE_NAMES) {
    const entry = recordEntries.get(table);
    const file = recordsFile(table);
    if (!entry) fail(file, '', 'missingRecordsFile', 'missing: the manifest lists this table');
    const base = done;
    const records = await readRecords(data, entry, table, manifest.tables[table], limits, report, (share) =>
      options.onProgress?.(base + Math.round(entry.size * share), total),
    );
    (tables[table] as unknown[]) = records;
    await progress(entry);
  }

  const attachments = tables.attachments;
  const needed = new Map<string, { size: number; index: number }>();
  attachments.forEach((a, index) => {
    if (!needed.has(a.sha256)) needed.set(a.sha256, { size: a.size, index });
  });
  const blobs = new Map<string, Uint8Array>();
  for (const [sha, { index }] of needed) {
    if (!blobEntries.has(sha))
      report(
        issue(
          recordsFile('attachments'),
          `[${index}].sha256`,
          'missingBlob',
          `its file blobs/${sha} is not in the archive`,
          { sha256: sha },
        ),
      );
  }
  for (const [sha, entry] of blobEntries) {
    const use = needed.get(sha);
    if (!use) {
      report(issue(entry.name, '', 'unusedBlob', 'no attachment in the archive uses it'));
      continue;
    }
    const bytes = readZipEntry(data, entry, limits.maxBlobBytes, limits);
    if ((await sha256Hex(bytes)) !== sha)
      report(issue(entry.name, '', 'blobHashMismatch', 'its SHA-256 does not match its name'));
    else if (bytes.length !== use.size)
      report(
        issue(
          entry.name,
          '',
          'blobSizeMismatch',
          `holds ${bytes.length} bytes, its attachment says ${use.size}`,
          {
            found: bytes.length,
            declared: use.size,
          },
        ),
      );
    blobs.set(sha, bytes);
    await progress(entry);
  }
  if (issues.length > 0) throw new ArchiveError(issues);
  return { manifest, tables, blobs };
}

function readJson(data: Uint8Array, entry: ZipEntry, maxBytes: number, limits: ArchiveLimits): unknown {
  return parseJsonSafely(
    decodeText(readZipEntry(data, entry, maxBytes, limits), entry.name),
    entry.name,
    limits,
  );
}

function readManifest(data: Uint8Array, entry: ZipEntry, limits: ArchiveLimits): ArchiveManifest {
  const value = readJson(data, entry, limits.maxManifestBytes, limits);
  if (!isRecord(value) || value['format'] !== ARCHIVE_FORMAT)
    fail(
      MANIFEST_FILE,
      'format',
      'notThisFormat',
      `not a Liaison archive: format must be "${ARCHIVE_FORMAT}"`,
    );
  const version = value['formatVersion'];
  if (typeof version === 'number' && version > ARCHIVE_FORMAT_VERSION)
    fail(
      MANIFEST_FILE,
      'formatVersion',
      'newerVersion',
      `format version ${version} is newer than this Liaison reads (${ARCHIVE_FORMAT_VERSION}); update Liaison`,
      { version },
    );
  const parsed = ArchiveManifest.safeParse(value, { reportInput: true });
  if (!parsed.success)
    throw new ArchiveError(
      parsed.error.issues.map((i) =>
        issue(MANIFEST_FILE, formatPath(i.path as Array<string | number>), 'invalidField', zodIssueReason(i)),
      ),
    );
  return parsed.data;
}

/** Records validated between two progress reports, so a large table can be cancelled part way. */
const RECORDS_PER_STEP = 2000;

async function readRecords(
  data: Uint8Array,
  entry: ZipEntry,
  table: EntityTableName,
  declared: number,
  limits: ArchiveLimits,
  report: (found: ArchiveIssue) => void,
  step: (share: number) => void | Promise<void>,
): Promise<unknown[]> {
  const file = entry.name;
  const value = readJson(data, entry, limits.maxRecordsFileBytes, limits);
  if (!Array.isArray(value)) return fail(file, '', 'invalidField', 'must be a list of records');
  if (value.length > limits.maxRecordsPerTable)
    fail(file, '', 'tooManyRecords', `more than ${formatCount(limits.maxRecordsPerTable)} records`, {
      limit: limits.maxRecordsPerTable,
    });
  if (value.length !== declared)
    fail(file, '', 'countMismatch', `holds ${value.length} records, the manifest says ${declared}`, {
      declared,
      found: value.length,
    });
  const schema = ENTITY_TABLES[table].schema;
  const fields = new Set(fieldsOf(table));
  const ids = new Set<string>();
  const out: unknown[] = [];
  for (const [index, record] of value.entries()) {
    if (index > 0 && index % RECORDS_PER_STEP === 0) await step(index / value.length);
    if (!isRecord(record)) {
      report(issue(file, `[${index}]`, 'invalidField', 'must be a record (a JSON object)'));
      continue;
    }
    for (const key of Object.keys(record))
      if (!fields.has(key))
        report(issue(file, formatPath([index, key]), 'unknownField', 'not a field of this table'));
    const parsed = schema.safeParse(record, { reportInput: true });
    if (!parsed.success) {
      for (const found of parsed.error.issues)
        report(
          issue(
            file,
            formatPath([index, ...(found.path as Array<string | number>)]),
            'invalidField',
            zodIssueReason(found),
          ),
        );
      continue;
    }
    if (ids.has(parsed.data.id))
      report(
        issue(file, `[${index}].id`, 'duplicateId', `the id ${parsed.data.id} appears twice`, {
          id: parsed.data.id,
        }),
      );
    ids.add(parsed.data.id);
    out.push(parsed.data);
  }
  return out;
}
