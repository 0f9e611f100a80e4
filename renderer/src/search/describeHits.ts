/**
 * Turns search hits into what the palette shows: the records are read (at most a page of them, by id)
 * and labelled with their kind, a second line, and the route that opens them.
 */
import type { Route } from '../app/router';
import type { Repositories } from '../db/repositories/createRepositories';
import type { SearchHit } from './SearchIndexService';

export interface DescribedHit {
  key: string;
  kind: SearchHit['table'];
  label: string;
  detail: string;
  route: Route;
}

const ROUTE_NAMES = {
  meetings: 'meeting',
  people: 'person',
  organizations: 'organization',
  agreements: 'agreement',
} as const;

export async function describeHits(repos: Repositories, hits: readonly SearchHit[]): Promise<DescribedHit[]> {
  const ids = (table: SearchHit['table']) => hits.filter((h) => h.table === table).map((h) => h.id);
  const [meetings, people, organizations, agreements] = await Promise.all([
    repos.meetings.getMany(ids('meetings')),
    repos.people.getMany(ids('people')),
    repos.organizations.getMany(ids('organizations')),
    repos.agreements.getMany(ids('agreements')),
  ]);
  const byKey = new Map<string, { label: string; detail: string }>();
  for (const m of meetings) byKey.set(`meetings:${m.id}`, { label: m.title, detail: m.location });
  for (const p of people)
    byKey.set(`people:${p.id}`, {
      label: p.name,
      detail: [p.nativeName, p.title].filter(Boolean).join(' · '),
    });
  for (const o of organizations) byKey.set(`organizations:${o.id}`, { label: o.name, detail: o.nativeName });
  for (const a of agreements) byKey.set(`agreements:${a.id}`, { label: a.title, detail: '' });
  return hits.flatMap((hit) => {
    const key = `${hit.table}:${hit.id}`;
    const found = byKey.get(key);
    return found
      ? [{ key, kind: hit.table, ...found, route: { name: ROUTE_NAMES[hit.table], id: hit.id } }]
      : [];
  });
}
