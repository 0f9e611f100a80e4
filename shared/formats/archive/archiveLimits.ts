/**
 * The limits an archive file must keep, checked before and while it is unpacked, so a hostile or broken
 * file is rejected before it can exhaust memory. docs/archive-format.md states the same numbers; an
 * archive of 100,000 meetings with their attachments stays well inside them.
 */
import { MAX_ATTACHMENT_BYTES } from '../../domain/entities';

const MiB = 1024 * 1024;

export const ARCHIVE_LIMITS = {
  /** The zip file itself. */
  maxArchiveBytes: 2048 * MiB,
  /** Entries in the zip: the manifest, nine records files and the blobs. */
  maxEntries: 200_000,
  /** One records file (JSON) once inflated. */
  maxRecordsFileBytes: 256 * MiB,
  /** One blob once inflated: an attachment's own limit. */
  maxBlobBytes: MAX_ATTACHMENT_BYTES,
  /** The manifest once inflated. */
  maxManifestBytes: 1 * MiB,
  /** All entries together once inflated. */
  maxTotalBytes: 4096 * MiB,
  /** Inflated size over compressed size, checked for entries larger than `ratioFloorBytes`. */
  maxCompressionRatio: 200,
  ratioFloorBytes: 1 * MiB,
  /** Nesting of arrays and objects in a JSON file (records need 3). */
  maxDepth: 32,
  /** Characters in any JSON string: the longest field (minutes) allows 200,000. */
  maxStringLength: 200_000,
  /** Records in one table. */
  maxRecordsPerTable: 1_000_000,
  /** Issues reported before validation stops looking for more. */
  maxIssues: 50,
} as const;

export type ArchiveLimits = { -readonly [K in keyof typeof ARCHIVE_LIMITS]: number };

/** Keys that could reach an object's prototype when the data is later spread or merged. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
