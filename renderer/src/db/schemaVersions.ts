/**
 * The database schema, one entry per version. A change to the schema is a new entry appended here,
 * never an edit of an old one, and comes with a migration test that seeds the previous version and opens
 * this one (tests/unit/db/migrations.test.ts fails for a version without one).
 *
 * Fields starting with `_` are derived index keys the repositories compute (IndexedDB cannot index null
 * or booleans, nor fold names); they never leave the database.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions; `null` deletes a store. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: { settings: 'key' },
  },
  {
    // The meeting log: entities (carrying their clock stamps), change capture (outbox, tombstones) and
    // device state.
    version: 2,
    stores: {
      events: 'id, startDate',
      sessions: 'id, [eventId+startsAt]',
      organizations: 'id, _sortKey, *_nameKeys, country',
      people: 'id, _sortKey, *_nameKeys, organizationId, [_delegate+_sortKey]',
      meetings: 'id, [eventId+startsAt], startsAt, *counterpartOrgIds, *participantIds',
      notes: 'id, meetingId',
      actionItems: 'id, meetingId, agreementId, [_owner+_due], [status+_due], _due',
      agreements: 'id, _sortKey, [status+_until], _until, *partyOrgIds, eventId, _reminder',
      attachments: 'id, [ownerType+ownerId], sha256',
      blobs: 'sha256',
      outbox: '++seq',
      tombstones: '[table+id]',
      meta: 'key',
    },
  },
  {
    // The persisted search index, so a restart does not rebuild it.
    version: 3,
    stores: { searchIndex: 'key' },
  },
  {
    // Sync: conflicts found by merges (synced like the entities), listed by whether they are resolved.
    version: 4,
    stores: { conflicts: 'id, resolution, recordId' },
  },
  {
    // Fewer index entries per record, each costing every bulk import a write: follow-ups are listed
    // through `[status+_due]` and `[_owner+status+_due]` (ActionItemRepository) instead of three
    // indexes, and agreements lose `_reminder`, an index nothing read. No stored row is rewritten (a
    // rewrite took 45 s at 100,000 items): the new index is built from the rows as they are; an unowned
    // item's `_owner: ''` and an agreement's `_reminder` stay until the row is next written, unread.
    version: 5,
    stores: {
      actionItems: 'id, meetingId, agreementId, [status+_due], [_owner+status+_due]',
      agreements: 'id, _sortKey, [status+_until], _until, *partyOrgIds, eventId',
    },
  },
  {
    // People and organizations lose `*_nameKeys`, a multiEntry index of every word of their names
    // (159,000 entries in the benchmark's archive, about a fifth of a bulk import's time): the start of a
    // name is found through `_sortKey`, any other word through the search index (NameFinder). No row is
    // rewritten; the `_nameKeys` stored in older rows stay until the row is next written, unread.
    version: 6,
    stores: {
      organizations: 'id, _sortKey, country',
      people: 'id, _sortKey, organizationId, [_delegate+_sortKey]',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0;
