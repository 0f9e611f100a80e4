/**
 * The contents of a sync target's files (docs/sync-format.md, "Header, heads and segments"):
 *
 * - the archive header, plain JSON, says which archive the target holds and how it is encrypted;
 * - a device's head lists its segments with the SHA-256 of each file as written, so a reader knows what
 *   to fetch and notices a segment that was cut short or changed;
 * - a segment carries a batch of changes.
 *
 * Heads and segments are sealed (syncCrypto.ts) under their path, so one cannot pass for another. Their
 * JSON is read with the archive's hardened parser (no `__proto__`, bounded depth and strings) and checked
 * by zod before anything reaches the merge. Every failure is a SyncTargetError naming the file.
 */
import { z } from 'zod';
import { ArchiveError } from '../formats/archive/archiveIssue';
import { parseJsonSafely } from '../formats/archive/parseJsonSafely';
import { zodIssueReason } from '../formats/archive/zodIssueReason';
import type { Change } from './change';
import { HLC_PATTERN, isAcceptableStamp } from './hybridLogicalClock';
import { isSyncedTableName } from './syncedTables';
import { damaged, newerVersion, notSyncFile } from './syncFileErrors';
import { EncryptionParamsSchema, seal, unseal, type EncryptionParams } from './syncCrypto';
import { HEADER_FILE, headPath, segmentPath } from './syncPaths';

export const SYNC_FORMAT = 'liaison-sync';
export const SYNC_FORMAT_VERSION = 1;
/** Records in one segment: small enough to apply in one quick transaction, large enough to be few files. */
export const SEGMENT_RECORDS = 1000;
/** A segment holds at most this many changes; more is not a file Liaison wrote. */
export const MAX_SEGMENT_CHANGES = 5000;
/** Segments one head may list (a device writing one a minute for ten years stays below). */
export const MAX_HEAD_SEGMENTS = 1_000_000;

const JSON_LIMITS = { maxDepth: 32, maxStringLength: 1_000_000 };
const DEVICE_ID = /^[0-9A-Za-z_-]{1,32}$/;
const ARCHIVE_ID = /^[0-9A-Za-z_-]{10,64}$/;
const SHA256 = /^[0-9a-f]{64}$/;

const DeviceId = z.string().regex(DEVICE_ID, 'not a device id');
const ArchiveId = z.string().regex(ARCHIVE_ID, 'not an archive id');
const Stamp = z
  .string()
  .regex(HLC_PATTERN, 'not a clock stamp')
  .refine(isAcceptableStamp, 'a clock stamp after the year 9999');

export const ArchiveHeaderSchema = z.strictObject({
  format: z.literal(SYNC_FORMAT),
  version: z.number().int().min(1),
  archiveId: ArchiveId,
  createdAt: z.iso.datetime(),
  encryption: EncryptionParamsSchema.nullable(),
});
export type ArchiveHeader = z.infer<typeof ArchiveHeaderSchema>;

export const SegmentEntrySchema = z.strictObject({
  seq: z.number().int().min(1).max(999_999),
  sha256: z.string().regex(SHA256),
  bytes: z.number().int().min(0),
  /** How many changes it carries (shown as progress before it is fetched). */
  changes: z.number().int().min(0).max(MAX_SEGMENT_CHANGES),
});
export type SegmentEntry = z.infer<typeof SegmentEntrySchema>;

export const DeviceHeadSchema = z.strictObject({
  version: z.literal(SYNC_FORMAT_VERSION),
  archiveId: ArchiveId,
  deviceId: DeviceId,
  /** The laptop's name as its user set it, so others can say whose text a conflict kept. */
  deviceName: z.string().max(60).optional(),
  /** In order of seq, without gaps: a reader applies them one after another. */
  segments: z
    .array(SegmentEntrySchema)
    .max(MAX_HEAD_SEGMENTS)
    .refine(
      (segments) => segments.every((entry, i) => entry.seq === i + 1),
      'segments must be numbered 1, 2, 3, …',
    ),
});
export type DeviceHead = z.infer<typeof DeviceHeadSchema>;

const FieldChangeSchema = z.strictObject({
  value: z.unknown(),
  hlc: Stamp,
  lineage: z.array(Stamp).max(20).optional(),
});

const TableName = z.string().refine(isSyncedTableName, 'not a synced table');
const RecordId = z.string().min(1).max(64);
const FieldName = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, 'not a field name');

export const ChangeSchema = z.discriminatedUnion('op', [
  z.strictObject({
    table: TableName,
    id: RecordId,
    op: z.literal('upsert'),
    fields: z.record(FieldName, FieldChangeSchema),
  }),
  z.strictObject({
    table: TableName,
    id: RecordId,
    op: z.literal('delete'),
    hlc: Stamp,
    seen: z.record(FieldName, z.array(Stamp).max(21)),
  }),
]);

export const SegmentSchema = z.strictObject({
  version: z.literal(SYNC_FORMAT_VERSION),
  archiveId: ArchiveId,
  deviceId: DeviceId,
  seq: z.number().int().min(1),
  changes: z.array(ChangeSchema).max(MAX_SEGMENT_CHANGES),
});
export interface Segment {
  version: typeof SYNC_FORMAT_VERSION;
  archiveId: string;
  deviceId: string;
  seq: number;
  changes: Change[];
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/** JSON of a file, or a SyncTargetError naming it and where in it the problem is. */
export function parseSyncJson<T>(bytes: Uint8Array, fileId: string, schema: z.ZodType<T>): T {
  let text: string;
  try {
    text = utf8Decoder.decode(bytes);
  } catch {
    throw damaged(fileId, 'it is not UTF-8 text');
  }
  let value: unknown;
  try {
    value = parseJsonSafely(text, fileId, JSON_LIMITS);
  } catch (error) {
    if (error instanceof ArchiveError) {
      const first = error.issues[0]!;
      throw damaged(fileId, [first.path, first.reason].filter(Boolean).join(': '));
    }
    throw error;
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    throw damaged(fileId, `${where}${zodIssueReason(issue)}`);
  }
  return result.data;
}

// ---------------------------------------------------------------------------------------------------------
// The header: plain JSON, so any Liaison (and a person) can tell which archive a target holds.

export function newHeader(archiveId: string, encryption: EncryptionParams | null, now: Date): ArchiveHeader {
  return {
    format: SYNC_FORMAT,
    version: SYNC_FORMAT_VERSION,
    archiveId,
    createdAt: now.toISOString(),
    encryption,
  };
}

export function encodeHeader(header: ArchiveHeader): Uint8Array {
  return utf8.encode(`${JSON.stringify(header, null, 2)}\n`);
}

export function decodeHeader(bytes: Uint8Array, fileId = HEADER_FILE): ArchiveHeader {
  // The format and version are checked first, so a newer Liaison's header says "update", not "damaged".
  let peek: unknown = null;
  try {
    peek = JSON.parse(utf8Decoder.decode(bytes.subarray(0, 100_000)));
  } catch {
    // Reported below with its position.
  }
  if (peek !== null && typeof peek === 'object') {
    const { format, version } = peek as { format?: unknown; version?: unknown };
    if (format !== SYNC_FORMAT) throw notSyncFile(fileId, 'the header of a Liaison sync archive');
    if (typeof version === 'number' && version > SYNC_FORMAT_VERSION) throw newerVersion(fileId, version);
  }
  const header = parseSyncJson(bytes, fileId, ArchiveHeaderSchema);
  // The peek above sees only the first 100,000 bytes; a header padded past them is checked here.
  if (header.version > SYNC_FORMAT_VERSION) throw newerVersion(fileId, header.version);
  return header;
}

// ---------------------------------------------------------------------------------------------------------
// Heads and segments: sealed under their own path.

export async function encodeHead(head: DeviceHead, key: CryptoKey | null): Promise<Uint8Array> {
  return seal(utf8.encode(JSON.stringify(head)), headPath(head.deviceId), key);
}

export async function decodeHead(
  bytes: Uint8Array,
  deviceId: string,
  archiveId: string,
  key: CryptoKey | null,
): Promise<DeviceHead> {
  const fileId = headPath(deviceId);
  const head = parseSyncJson(await unseal(bytes, fileId, key), fileId, DeviceHeadSchema);
  if (head.deviceId !== deviceId) throw damaged(fileId, `it names another device (${head.deviceId})`);
  if (head.archiveId !== archiveId) throw damaged(fileId, 'it belongs to another archive');
  return head;
}

export async function encodeSegment(segment: Segment, key: CryptoKey | null): Promise<Uint8Array> {
  return seal(utf8.encode(JSON.stringify(segment)), segmentPath(segment.deviceId, segment.seq), key);
}

/**
 * A segment's changes, read from the file bytes a head listed under `entry`: the bytes must hash to the
 * head's SHA-256 (a segment cut short or replaced is refused before it is opened).
 */
export async function decodeSegment(
  bytes: Uint8Array,
  expected: { deviceId: string; seq: number; archiveId: string },
  key: CryptoKey | null,
): Promise<Segment> {
  const fileId = segmentPath(expected.deviceId, expected.seq);
  const segment = parseSyncJson(await unseal(bytes, fileId, key), fileId, SegmentSchema) as Segment;
  if (segment.deviceId !== expected.deviceId || segment.seq !== expected.seq)
    throw damaged(fileId, 'it names another device or position');
  if (segment.archiveId !== expected.archiveId) throw damaged(fileId, 'it belongs to another archive');
  return segment;
}
