/** Writes docs/archive.schema.json from the zod schemas (see shared/formats/archive/archiveJsonSchema.ts). */
import { writeFileSync } from 'node:fs';
import { archiveJsonSchema } from '../shared/formats/archive/archiveJsonSchema';

writeFileSync(
  new URL('../docs/archive.schema.json', import.meta.url),
  `${JSON.stringify(archiveJsonSchema(), null, 2)}\n`,
);
