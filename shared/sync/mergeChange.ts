/**
 * The merge: applies one incoming change to the local copy of a record. Pure, so the worker that syncs
 * and the property tests run exactly the same code.
 *
 * - Structured fields: last writer wins, field by field, by hybrid-logical-clock stamp. Equal stamps are
 *   the same write, so applying a change twice changes nothing.
 * - Long text (minutes, notes, outcomes, scope): the winner is chosen the same way, but when the losing
 *   text differs and its writer's version was not seen by the winner's writer (it is not in the winner's
 *   lineage, and it is not the winner's author's own earlier text), the losing text is kept as a conflict.
 *   Both sides of a concurrent edit find the same conflict, with the same id, whatever the order.
 * - Deletes win over edits, but long text written after what the deleter had seen is kept as a conflict.
 */
import { parseHlc } from './hybridLogicalClock';
import { LINEAGE_LIMIT, type Change, type SyncedTable } from './change';

export interface StoredRecord {
  fields: Record<string, unknown>;
  /** The stamp of each field. */
  stamps: Record<string, string>;
  /** Long-text fields: the versions each current value replaced, newest first. */
  lineage: Record<string, string[]>;
  deleted: { hlc: string; seen: Record<string, string[]> } | null;
}

export interface ConflictFound {
  id: string;
  table: SyncedTable;
  recordId: string;
  field: string;
  text: string;
  stamp: string;
}

export interface MergeOutcome {
  record: StoredRecord;
  changed: boolean;
  conflicts: ConflictFound[];
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The id of the conflict a lost version makes: the same on every laptop that finds it, so finding it
 * twice (on both sides of a concurrent edit) makes one record. Shaped like a ULID, so it is a valid id
 * everywhere one is expected: 130 bits of two FNV-1a-style 64-bit hashes of the (table, record, field,
 * stamp) tuple, first character limited as in a ULID.
 */
export function conflictId(table: SyncedTable, recordId: string, field: string, stamp: string): string {
  const input = `${table}\u0000${recordId}\u0000${field}\u0000${stamp}`;
  let a = 0xcbf29ce484222325n;
  let b = 0x84222325cbf29ce4n;
  const mask = (1n << 64n) - 1n;
  for (let i = 0; i < input.length; i++) {
    const code = BigInt(input.charCodeAt(i));
    a = ((a ^ code) * 0x100000001b3n) & mask;
    b = ((b ^ (code + 0x9en)) * 0x100000001b3n) & mask;
  }
  let bits = (a << 64n) | b;
  let out = '';
  for (let i = 0; i < 26; i++) {
    out = CROCKFORD[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return CROCKFORD[CROCKFORD.indexOf(out[0]!) & 7] + out.slice(1);
}

function device(stamp: string): string {
  return parseHlc(stamp).device;
}

/**
 * Whether the writer of `winner` had seen the version stamped `loser` (so replacing it was deliberate):
 * it is in the winner's lineage, or it is the same device's earlier text (a laptop always has its own
 * earlier text, unless it was replaced there, in which case that laptop kept it as a conflict itself).
 */
export function hadSeen(loser: string, winner: string, winnerLineage: readonly string[]): boolean {
  return winnerLineage.includes(loser) || (device(loser) === device(winner) && loser < winner);
}

/** Whether a deleter had seen this version of a field, given what its delete says it had (`seen`). */
export function deleterHadSeen(stamp: string, seen: readonly string[] | undefined): boolean {
  if (!seen || seen.length === 0) return false;
  return seen.includes(stamp) || seen.some((version) => device(version) === device(stamp) && stamp < version);
}

/** What a deleter had of a long-text field: its version's stamp, then the versions that one replaced. */
export function seenVersions(stamp: string | undefined, lineage: readonly string[] = []): string[] {
  return stamp ? [stamp, ...lineage].slice(0, LINEAGE_LIMIT + 1) : [];
}

function isLostText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

export function emptyRecord(): StoredRecord {
  return { fields: {}, stamps: {}, lineage: {}, deleted: null };
}

/** The lineage a new local version of a long-text field gets: what it replaces, then that one's lineage. */
export function nextLineage(
  previousStamp: string | undefined,
  previousLineage: readonly string[] = [],
): string[] {
  return previousStamp ? [previousStamp, ...previousLineage].slice(0, LINEAGE_LIMIT) : [...previousLineage];
}

export function mergeChange(
  local: StoredRecord | undefined,
  change: Change,
  longText: readonly string[],
): MergeOutcome {
  const record: StoredRecord = local
    ? {
        fields: { ...local.fields },
        stamps: { ...local.stamps },
        lineage: { ...local.lineage },
        deleted: local.deleted,
      }
    : emptyRecord();
  const conflicts: ConflictFound[] = [];
  let changed = false;
  const lost = (field: string, text: string, stamp: string) =>
    conflicts.push({
      id: conflictId(change.table, change.id, field, stamp),
      table: change.table,
      recordId: change.id,
      field,
      text,
      stamp,
    });

  if (change.op === 'delete') {
    if (!record.deleted) {
      // Long text the deleter had not seen would vanish with the record: keep it.
      for (const field of longText) {
        const stamp = record.stamps[field];
        if (stamp && isLostText(record.fields[field]) && !deleterHadSeen(stamp, change.seen[field])) {
          lost(field, record.fields[field], stamp);
        }
      }
      record.deleted = { hlc: change.hlc, seen: { ...change.seen } };
      return { record, changed: true, conflicts };
    }
    // Two deletes of one record: keep the later stamp and everything either deleter had seen, so the
    // result is the same whichever arrives first.
    const before = record.deleted;
    const seen: Record<string, string[]> = { ...before.seen };
    for (const [field, versions] of Object.entries(change.seen)) {
      seen[field] = [...new Set([...(seen[field] ?? []), ...versions])].sort().reverse();
    }
    record.deleted = { hlc: change.hlc > before.hlc ? change.hlc : before.hlc, seen };
    const changed =
      record.deleted.hlc !== before.hlc ||
      Object.keys(seen).some((field) => seen[field]!.length !== (before.seen[field]?.length ?? 0));
    return { record, changed, conflicts };
  }

  for (const [field, incoming] of Object.entries(change.fields)) {
    const isLong = longText.includes(field);
    const stamp = record.stamps[field];
    if (stamp === incoming.hlc) continue; // the same write, seen before
    const incomingLineage = incoming.lineage ?? [];
    // In a deleted record, text matters only if the deleter had not seen it: the text there when the
    // delete arrived was checked then, and any that arrives later is checked here as it comes.
    const overwriteMatters = isLong && !record.deleted;
    if (stamp === undefined || incoming.hlc > stamp) {
      const current = record.fields[field];
      if (overwriteMatters && stamp !== undefined && current !== incoming.value && isLostText(current)) {
        if (!hadSeen(stamp, incoming.hlc, incomingLineage)) lost(field, current, stamp);
      }
      record.fields[field] = incoming.value;
      record.stamps[field] = incoming.hlc;
      if (isLong) record.lineage[field] = incomingLineage.slice(0, LINEAGE_LIMIT);
      changed = true;
    } else if (overwriteMatters && record.fields[field] !== incoming.value && isLostText(incoming.value)) {
      if (!hadSeen(incoming.hlc, stamp, record.lineage[field] ?? []))
        lost(field, incoming.value, incoming.hlc);
    }
    if (
      isLong &&
      record.deleted &&
      isLostText(incoming.value) &&
      !deleterHadSeen(incoming.hlc, record.deleted.seen[field])
    ) {
      lost(field, incoming.value, incoming.hlc);
    }
  }
  return { record, changed, conflicts };
}
