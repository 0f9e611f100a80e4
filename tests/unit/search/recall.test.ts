/**
 * Recall on the gold set: for every query, the index returns every record that really matches (found by
 * scanning all texts with the same rules) when there are at most 50, the palette's page; with more, it
 * returns 50 of them and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { BulkWriter, type NewRecord } from '../../../renderer/src/db/BulkWriter';
import { SearchSource } from '../../../renderer/src/db/SearchSource';
import { SearchIndexService } from '../../../renderer/src/search/SearchIndexService';
import { buildGoldQueries, type GoldQuery } from '../../../shared/search/goldQueries';
import { indexTokens, matchesTokens, queryTerms } from '../../../shared/search/tokenize';
import { generateArchive, scaleBy } from '../../../shared/synthetic/generateArchive';
import { createTestArchive } from '../../support/testArchive';

const LIMIT = 50;

describe('search recall on the gold set', () => {
  it('finds every matching record for at least 200 queries in Khmer, Lao, Thai, Chinese and Latin', async () => {
    const archive = await createTestArchive();
    const writer = new BulkWriter(archive.db, archive.capture, archive.repos);
    for (const chunk of generateArchive(11, scaleBy(0.01), 1000)) await writer.create(chunk as NewRecord[]);
    const source = new SearchSource(archive.db);
    const service = new SearchIndexService(source);
    await service.open();

    const corpus: Array<{ key: string; text: string }> = [];
    for (const table of ['meetings', 'people', 'organizations', 'agreements'] as const) {
      for (let after: string | null = null; ;) {
        const page = await source.page(table, after, 1000);
        if (page.length === 0) break;
        for (const r of page)
          corpus.push({ key: `${r.table}:${r.id}`, text: `${r.text.name}\n${r.text.body}` });
        after = page.at(-1)!.id;
      }
    }

    const tokens = corpus.map((doc) => new Set(indexTokens(doc.text)));
    const gold = buildGoldQueries(corpus, 80);
    const checked: GoldQuery[] = [];
    const misses: string[] = [];
    for (const query of gold) {
      const terms = queryTerms(query.query);
      const truth = corpus.filter((_, i) => matchesTokens(tokens[i]!, terms)).map((doc) => doc.key);
      expect(truth, query.query).toContain(query.from);
      checked.push(query);
      const found = (await service.search(query.query, LIMIT)).map((h) => `${h.table}:${h.id}`);
      const truthSet = new Set(truth);
      for (const key of found)
        if (!truthSet.has(key)) misses.push(`${query.kind} “${query.query}” wrongly finds ${key}`);
      // Every true match is found; when there are more than the palette shows, it shows a full page of them.
      if (truth.length <= LIMIT) {
        const foundSet = new Set(found);
        for (const key of truth)
          if (!foundSet.has(key)) misses.push(`${query.kind} “${query.query}” misses ${key}`);
      }
      expect(found.length, query.query).toBe(Math.min(truth.length, LIMIT));
    }
    expect(misses).toEqual([]);
    expect(checked.length).toBeGreaterThanOrEqual(200);
    for (const kind of ['khmer', 'lao', 'thai', 'chinese'] as const) {
      expect(checked.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(20);
    }
  }, 120_000);
});
