/**
 * The JSON Schema of the archive's files, generated from the same zod schemas that validate them on
 * import, so the published schema (docs/archive.schema.json) cannot drift from what Liaison accepts. A
 * unit test fails when the file in docs/ is stale; `npx tsx docs/writeArchiveSchema.ts` rewrites it.
 * Rules zod cannot express in JSON Schema (a real calendar date, an IANA zone, an end after its start)
 * are in docs/archive-format.md.
 */
import { z } from 'zod';
import { ENTITY_TABLES, ENTITY_TABLE_NAMES } from '../../domain/entityTables';
import { ARCHIVE_FORMAT_VERSION, ArchiveManifest, MANIFEST_FILE, recordsFile } from './archiveFormat';

export function archiveJsonSchema(): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  const strip = (schema: z.ZodType) => {
    const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { unrepresentable: 'any' });
    return rest;
  };
  defs[MANIFEST_FILE] = strip(ArchiveManifest);
  for (const table of ENTITY_TABLE_NAMES)
    defs[recordsFile(table)] = strip(z.array(ENTITY_TABLES[table].schema));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://example.org/liaison/archive.schema.json#v${ARCHIVE_FORMAT_VERSION}`,
    title: `Liaison archive, format version ${ARCHIVE_FORMAT_VERSION}`,
    description:
      'One definition per file of the archive zip: manifest.json and records/<table>.json. blobs/<sha256> entries are raw bytes. See archive-format.md.',
    $defs: defs,
  };
}
