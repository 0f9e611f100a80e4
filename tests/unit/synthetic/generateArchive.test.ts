import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ENTITY_TABLES } from '../../../shared/domain/entityTables';
import {
  FULL_SCALE,
  generateArchive,
  scaleBy,
  SYNTHETIC_COUNTRIES,
} from '../../../shared/synthetic/generateArchive';

function digest(seed: number, factor: number): { hash: string; counts: Record<string, number> } {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const chunk of generateArchive(seed, scaleBy(factor), 500)) {
    for (const record of chunk) {
      counts[record.table] = (counts[record.table] ?? 0) + 1;
      hash.update(JSON.stringify(record));
    }
  }
  return { hash: hash.digest('hex'), counts };
}

describe('the synthetic archive generator', () => {
  it('is deterministic for a seed, and differs between seeds', () => {
    const first = digest(42, 0.01);
    expect(digest(42, 0.01)).toEqual(first);
    expect(digest(43, 0.01).hash).not.toBe(first.hash);
  });

  it('produces the full-scale counts of the issue', () => {
    expect(FULL_SCALE).toMatchObject({
      meetings: 100_000,
      events: 200,
      people: 50_000,
      organizations: 10_000,
      agreements: 5_000,
      actionItems: 100_000,
    });
    expect(SYNTHETIC_COUNTRIES).toHaveLength(100);
    expect(new Set(SYNTHETIC_COUNTRIES).size).toBe(100);
    const { counts } = digest(1, 0.01);
    expect(counts).toEqual({
      events: 2,
      sessions: 12,
      organizations: 100,
      people: 500,
      meetings: 1000,
      agreements: 50,
      actionItems: 1000,
    });
  });

  it('writes valid records with names and minutes in Latin, Chinese, Khmer, Lao, Thai and Arabic', () => {
    const text: string[] = [];
    for (const chunk of generateArchive(5, scaleBy(0.02))) {
      for (const record of chunk) {
        expect(ENTITY_TABLES[record.table].schema.safeParse(record.entity).success).toBe(true);
        const entity = record.entity as Record<string, unknown>;
        text.push(
          String(entity['nativeName'] ?? ''),
          String(entity['minutes'] ?? ''),
          String(entity['name'] ?? ''),
        );
      }
    }
    const all = text.join(' ');
    for (const script of ['Latin', 'Han', 'Khmer', 'Lao', 'Thai', 'Arabic']) {
      expect(all, script).toMatch(new RegExp(`\\p{Script=${script}}`, 'u'));
    }
  });
});
