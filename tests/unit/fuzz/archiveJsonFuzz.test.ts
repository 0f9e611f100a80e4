/**
 * Fuzzing the archive's JSON reader (parseJsonSafely) against JSON.parse: whatever it accepts, it reads
 * exactly as a standard parser does; whatever it refuses is an ArchiveError with a reason (a syntax error
 * with its line and column, or the limit or key it broke), never a crash.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { ENTITY_TABLES, isEntityTableName } from '../../../shared/domain/entityTables';
import { MANIFEST_FILE } from '../../../shared/formats/archive/archiveFormat';
import { ArchiveError, issueMessage } from '../../../shared/formats/archive/archiveIssue';
import { FORBIDDEN_KEYS } from '../../../shared/formats/archive/archiveLimits';
import { parseJsonSafely } from '../../../shared/formats/archive/parseJsonSafely';
import { readArchive } from '../../../shared/formats/archive/readArchive';
import {
  archiveContents,
  archiveEntries,
  completeArchive,
  expectSpecificArchiveError,
  zipEntries,
} from './archiveFiles';
import { edits, mutateText } from './mutations';
import { fuzzTimeout, refusal, reliabilityLog } from './reliabilityLog';

const { fuzz } = reliabilityLog(import.meta.url, 'Hostile input', 'Archive JSON (parseJsonSafely)');
const LIMITS = { maxDepth: 6, maxStringLength: 40 };

/** What the safe parser must refuse in a value JSON.parse read: forbidden or repeated keys, depth, length. */
function breaksLimits(text: string, value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.length > LIMITS.maxStringLength;
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= LIMITS.maxDepth) return true;
  const children = Array.isArray(value) ? value : Object.values(value);
  const keys = Array.isArray(value) ? [] : Object.keys(value);
  return (
    keys.some((k) => FORBIDDEN_KEYS.has(k) || k.length > LIMITS.maxStringLength) ||
    children.some((child) => breaksLimits(text, child, depth + 1))
  );
}

/** Any JSON value, often with an own forbidden key as JSON.parse makes one (a literal would set the prototype). */
const jsonWithForbiddenKeys = fc.oneof(
  fc.jsonValue({ maxDepth: 8 }),
  fc
    .tuple(fc.constantFrom(...FORBIDDEN_KEYS), fc.jsonValue({ maxDepth: 3 }))
    .map(([k, v]) => [JSON.parse(`{${JSON.stringify(k)}:${JSON.stringify(v)}}`) as unknown]),
);

/** JSON text with the characters that matter to a parser over-represented. */
const jsonish = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'{}[]":,\\ \n\t0123456789.-+eEtrufalsn'),
    fc.constantFrom('\\u', '\\"', '__proto__', 'constructor', '\u0000', '\uFEFF', '\uD800'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
});

describe('archive JSON under fuzzing', { timeout: fuzzTimeout(40) }, () => {
  fuzz('any JSON value is read exactly as JSON.parse reads it, unless it breaks a stated limit', () =>
    fc.property(jsonWithForbiddenKeys, fc.constantFrom(0, 2, '\t'), (value, indent) => {
      const text = JSON.stringify(value, null, indent);
      const standard = JSON.parse(text) as unknown;
      if (!breaksLimits(text, standard)) {
        expect(parseJsonSafely(text, 'f.json', LIMITS)).toEqual(standard);
        return;
      }
      const error = (() => {
        try {
          parseJsonSafely(text, 'f.json', LIMITS);
        } catch (e) {
          return e;
        }
        throw new Error('accepted a value over its limits');
      })();
      expect(error).toBeInstanceOf(ArchiveError);
      expect(['forbiddenKey', 'tooDeep', 'stringTooLong']).toContain((error as ArchiveError).issues[0]!.code);
    }),
  );

  fuzz('any text is read as JSON.parse reads it, or refused with an ArchiveError naming the file', () =>
    fc.property(jsonish, (text) => {
      let standard: unknown;
      let standardOk = true;
      try {
        standard = JSON.parse(text);
      } catch {
        standardOk = false;
      }
      let value: unknown;
      try {
        value = parseJsonSafely(text, 'records/f.json', LIMITS);
      } catch (error) {
        if (!(error instanceof ArchiveError)) throw error;
        const [found] = error.issues;
        expect(found!.file).toBe('records/f.json');
        if (found!.code === 'invalidJson') {
          expect(found!.reason).toMatch(/^not valid JSON: expected .+ at line \d+, column \d+, found /);
          expect(standardOk, `JSON.parse accepts ${JSON.stringify(text)}`).toBe(false);
        } else expect(['forbiddenKey', 'duplicateKey', 'tooDeep', 'stringTooLong']).toContain(found!.code);
        return;
      }
      expect(standardOk, `JSON.parse refuses ${JSON.stringify(text)}`).toBe(true);
      expect(value).toEqual(standard);
    }),
  );

  fuzz(
    'a damaged records file or manifest is read as JSON.parse reads it, or refused naming that file',
    () =>
      fc.asyncProperty(archiveContents, fc.nat(), edits, async (generated, pick, damage) => {
        const archive = await completeArchive(generated);
        const entries = archiveEntries(archive);
        const names = [...entries.keys()].filter((n) => !n.startsWith('blobs/'));
        const name = names[pick % names.length]!;
        const damaged = mutateText(new TextDecoder().decode(entries.get(name)), damage);
        entries.set(name, damaged);
        let read;
        try {
          read = await readArchive(zipEntries(entries));
        } catch (error) {
          if (!(error instanceof ArchiveError)) throw error;
          expectSpecificArchiveError(error);
          if (name !== MANIFEST_FILE)
            for (const found of error.issues)
              expect(found.file === name || found.file.startsWith('blobs/'), issueMessage(found)).toBe(true);
          return;
        }
        const standard = JSON.parse(new TextDecoder().decode(damaged).replace(/^\uFEFF/, '')) as unknown;
        const table = /^records\/(\w+)\.json$/.exec(name)?.[1];
        if (table && isEntityTableName(table)) {
          // Accepted: exactly what a standard parser reads, through the table's schema.
          const schema = ENTITY_TABLES[table].schema;
          expect(read.tables[table]).toEqual((standard as unknown[]).map((r) => schema.parse(r)));
        } else expect(read.manifest).toEqual(standard);
      }),
    { msPerRun: 40 },
  );

  fuzz(
    'text that is not valid UTF-8 is refused as not UTF-8, naming the entry',
    () =>
      fc.asyncProperty(
        archiveContents,
        fc.nat(),
        fc.constantFrom([0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf8, 0x88]),
        async (generated, pick, bad) => {
          const archive = await completeArchive(generated);
          const entries = archiveEntries(archive);
          const names = [...entries.keys()].filter((n) => !n.startsWith('blobs/'));
          const name = names[pick % names.length]!;
          const good = entries.get(name)!;
          const at = pick % good.length;
          entries.set(name, Uint8Array.of(...good.subarray(0, at), ...bad, ...good.subarray(at)));
          const error = await refusal(ArchiveError, () => readArchive(zipEntries(entries)));
          expect(error.message).toBe(`${name}: not valid JSON: the file is not UTF-8 text`);
        },
      ),
    { msPerRun: 30 },
  );
});
