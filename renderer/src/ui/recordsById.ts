/**
 * Reads the records a view names by id (owners, authors, attendees, counterpart organizations…) as a map.
 * The ids are deduplicated, nulls dropped, and read in chunks within getMany's limit, so a long list never
 * fails the read nor silently shows "Unknown" for the names past the limit.
 */
import { MAX_BULK_GET } from '../db/repositories/EntityRepository';

interface ReadsMany<T> {
  getMany(ids: readonly string[]): Promise<T[]>;
}

export async function recordsById<T extends { id: string }>(
  repo: ReadsMany<T>,
  ids: Iterable<string | null>,
): Promise<Map<string, T>> {
  const unique = [...new Set(ids)].filter((id): id is string => id !== null);
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += MAX_BULK_GET) chunks.push(unique.slice(i, i + MAX_BULK_GET));
  const records = (await Promise.all(chunks.map((chunk) => repo.getMany(chunk)))).flat();
  return new Map(records.map((record) => [record.id, record]));
}

/** The names of the people or organizations with these ids. */
export async function namesById(
  repo: ReadsMany<{ id: string; name: string }>,
  ids: Iterable<string | null>,
): Promise<Map<string, string>> {
  const records = await recordsById(repo, ids);
  return new Map([...records].map(([id, record]) => [id, record.name]));
}
