import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { archiveJsonSchema } from '../../../shared/formats/archive/archiveJsonSchema';
import { ARCHIVE_LIMITS } from '../../../shared/formats/archive/archiveLimits';

const docs = (name: string) => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');

describe('archive format documentation', () => {
  it('docs/archive.schema.json is generated from the current zod schemas (run docs/writeArchiveSchema.ts)', () => {
    expect(JSON.parse(docs('archive.schema.json'))).toEqual(archiveJsonSchema());
  });

  it('docs/archive-format.md links the schema and states every limit the reader enforces', () => {
    const text = docs('archive-format.md');
    expect(text).toContain('archive.schema.json');
    const stated = (n: number) => n.toLocaleString('en-US');
    for (const [name, value] of Object.entries(ARCHIVE_LIMITS)) {
      const forms = [stated(value), `${value / 1024 ** 2} MiB`];
      expect(
        forms.some((form) => text.includes(form)),
        `${name} (${value})`,
      ).toBe(true);
    }
  });
});
