/**
 * Finds people and organizations by name, in any script: for type-ahead, the list filters and the
 * participant import. Two sources, merged:
 * - the start of the name, through the database's `_sortKey` index: always current, even for a record
 *   created a moment ago, and the only source while the search index is still being built;
 * - any word of the name or of its native-script form, or a part of a word in Thai, Lao, Khmer or
 *   Chinese, through the search index once it is ready (names only: a person's title does not count).
 * Names starting with the text come first, in name order, then the others, best first.
 *
 * The database no longer keeps an index of every name word: it cost each bulk import about a fifth of
 * its speed, and the search index holds the same words already (docs/search-engine.md).
 */
import type { EntityOf } from '../../../shared/domain/entityTables';
import { foldText } from '../../../shared/search/foldText';
import type { NamedEntityRepository } from '../db/repositories/NamedEntityRepository';
import type { Repositories } from '../db/repositories/createRepositories';
import type { SearchClient } from './SearchClient';

export type NamedTable = 'people' | 'organizations';

/** Most matches a filtered list reads (the ids, not the records); past it the list says it stopped. */
export const MATCH_CAP = 10_000;

export interface NameMatches {
  /** The matching records' ids, best first. */
  ids: string[];
  /** Whether there were more than `ids` holds. */
  capped: boolean;
}

export class NameFinder {
  constructor(
    private readonly repos: Repositories,
    private readonly search: SearchClient,
    /** The revision of the search index this finder was made for (see useNames); 0 before it is ready. */
    readonly indexRevision = 0,
  ) {}

  /** Up to `limit` records matching `text`, best first; with no text, the first in name order. */
  async find<N extends NamedTable>(table: N, text: string, limit: number): Promise<Array<EntityOf<N>>> {
    const repo = this.repo(table);
    if (!foldText(text.trim())) return repo.list(limit);
    if (!this.indexReady()) return repo.startingWith(text, limit);
    return repo.getMany((await this.matches(table, text, limit)).ids);
  }

  /** The ids of the records matching `text`, best first: at most `cap`. */
  async matches(table: NamedTable, text: string, cap = MATCH_CAP): Promise<NameMatches> {
    const starting = await this.repo(table).idsStartingWith(text, cap);
    // Promise.resolve: an answer from the worker must not end a Dexie live query's zone.
    const indexed = this.indexReady()
      ? await Promise.resolve(this.search.search(text, cap, { table, namesOnly: true }))
      : [];
    const ids = [...new Set([...starting, ...indexed.map((hit) => hit.id)])];
    return {
      ids: ids.slice(0, cap),
      capped: ids.length > cap || starting.length >= cap || indexed.length >= cap,
    };
  }

  /**
   * Waits until the search index is ready (or has failed), for a job that must not miss a match by a
   * later word or a native-script name, such as the participant import. Look-ups as the user types do
   * not wait: they find names by their start meanwhile.
   */
  async indexSettled(): Promise<void> {
    await this.search.settled();
  }

  private indexReady(): boolean {
    return this.search.status.getState().state === 'ready';
  }

  private repo<N extends NamedTable>(table: N): NamedEntityRepository<N> {
    return namedRepository(this.repos, table);
  }
}

/** The repository of `table`, typed by it (indexing `repos` with a type parameter gives a union). */
export function namedRepository<N extends NamedTable>(
  repos: Repositories,
  table: N,
): NamedEntityRepository<N> {
  return repos[table] as unknown as NamedEntityRepository<N>;
}
