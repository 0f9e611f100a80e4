/**
 * The full-archive (backup) format, version 1, described for people in docs/archive-format.md and for
 * programs in docs/archive.schema.json (generated from these schemas by archiveJsonSchema).
 *
 * A zip holding `manifest.json`, one `records/<table>.json` per entity table (an array of records, by
 * id) and `blobs/<sha256>` for each attachment's bytes. Records are written with their fields in schema
 * order, one per line, so two exports of the same data are identical and diff well.
 */
import { z } from 'zod';
import {
  ENTITY_TABLES,
  ENTITY_TABLE_NAMES,
  type EntityOf,
  type EntityTableName,
} from '../../domain/entityTables';

export const ARCHIVE_FORMAT = 'liaison-archive';
export const ARCHIVE_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

export function recordsFile(table: EntityTableName): string {
  return `records/${table}.json`;
}

export function blobFile(sha256: string): string {
  return `blobs/${sha256}`;
}

const count = z.number().int().min(0);

export const ArchiveManifest = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
    /** When the archive was written, ISO 8601 in UTC. */
    createdAt: z.iso.datetime(),
    app: z.object({ name: z.string().max(100), version: z.string().max(100) }).strict(),
    /** How many records each `records/<table>.json` holds. */
    tables: z
      .object(
        Object.fromEntries(ENTITY_TABLE_NAMES.map((name) => [name, count])) as Record<
          EntityTableName,
          typeof count
        >,
      )
      .strict(),
    /** How many `blobs/<sha256>` entries the zip holds. */
    blobs: count,
  })
  .strict();
export type ArchiveManifest = z.infer<typeof ArchiveManifest>;

/** The fields of a table's records, in schema order. */
export function fieldsOf(table: EntityTableName): string[] {
  return Object.keys((ENTITY_TABLES[table].schema as unknown as { shape: Record<string, unknown> }).shape);
}

/** A record with exactly its schema's fields, in schema order (derived keys and clocks dropped). */
export function canonicalRecord<N extends EntityTableName>(table: N, entity: EntityOf<N>): EntityOf<N> {
  const source = entity as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of fieldsOf(table)) out[field] = source[field];
  return out as EntityOf<N>;
}

/** A records file: a JSON array, one record per line, in the order given (callers sort by id). */
export function recordsJson<N extends EntityTableName>(
  table: N,
  records: ReadonlyArray<EntityOf<N>>,
): string {
  if (records.length === 0) return '[]\n';
  return `[\n${records.map((r) => JSON.stringify(canonicalRecord(table, r))).join(',\n')}\n]\n`;
}

export function manifestJson(manifest: ArchiveManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export type ArchiveTables = { [N in EntityTableName]: Array<EntityOf<N>> };

export function emptyTables(): ArchiveTables {
  return Object.fromEntries(ENTITY_TABLE_NAMES.map((name) => [name, []])) as unknown as ArchiveTables;
}
