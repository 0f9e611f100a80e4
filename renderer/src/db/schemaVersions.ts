/**
 * The database schema, one entry per version. A change to the schema is a new entry appended here,
 * never an edit of an old one, and comes with a test that seeds the previous version and opens this one
 * (tests/unit/db/). Dexie runs each version's `upgrade` in order when an older database is opened.
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
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0;
