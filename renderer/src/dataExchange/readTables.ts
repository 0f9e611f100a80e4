/**
 * Reads whole tables for an export, a page at a time with progress, and builds what spreadsheet sheets
 * need to show names beside ids and times in each event's zone.
 */
import type { EntityOf, EntityTableName } from '../../../shared/domain/entityTables';
import type { SheetContext } from '../../../shared/formats/spreadsheetColumns';
import type { RecordExchange } from '../db/RecordExchange';
import { laptopZone } from '../ui/zoneLabels';
import type { JobContext } from './useJob';

const PAGE = 2000;

export type TableData = { [N in EntityTableName]?: Array<EntityOf<N>> };

/** Every record of these tables, in id order. */
export async function readTables(
  exchange: RecordExchange,
  tables: readonly EntityTableName[],
  job: JobContext,
): Promise<TableData> {
  const counts = await Promise.all(tables.map((t) => exchange.count(t)));
  const total = counts.reduce((a, b) => a + b, 0);
  let done = 0;
  const out: TableData = {};
  for (const table of tables) {
    const list: Array<EntityOf<EntityTableName>> = [];
    let after: string | null = null;
    for (;;) {
      const page: Array<EntityOf<EntityTableName>> = await exchange.page(table, after, PAGE);
      list.push(...page);
      done += page.length;
      await job.step(done, total);
      if (page.length < PAGE) break;
      after = page[page.length - 1]!.id;
    }
    (out as Record<string, unknown>)[table] = list;
  }
  return out;
}

/** The tables whose names a sheet of `table` shows beside their ids. */
export const REFERENCED: Record<EntityTableName, EntityTableName[]> = {
  events: [],
  sessions: ['events', 'people'],
  organizations: [],
  people: ['organizations'],
  meetings: ['events', 'organizations', 'people'],
  notes: ['meetings', 'people'],
  actionItems: ['meetings', 'agreements', 'people'],
  agreements: ['organizations', 'events', 'people', 'meetings'],
  attachments: [],
};

export function sheetContext(data: TableData, includeConfidential: boolean): SheetContext {
  const names = new Map<string, string>();
  for (const e of data.events ?? []) names.set(e.id, e.name);
  for (const o of data.organizations ?? []) names.set(o.id, o.name);
  for (const p of data.people ?? []) names.set(p.id, p.name);
  for (const m of data.meetings ?? []) names.set(m.id, m.title);
  for (const a of data.agreements ?? []) names.set(a.id, a.title);
  const zones = new Map((data.events ?? []).map((e) => [e.id, e.timeZone]));
  const here = laptopZone();
  return {
    zoneOf: (eventId) => (eventId && zones.get(eventId)) || here,
    nameOf: (_table, id) => (id ? (names.get(id) ?? '') : ''),
    includeConfidential,
  };
}
