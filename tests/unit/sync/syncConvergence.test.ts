/**
 * Property tests of the merge, through a model of three laptops and a home archive exchanging segments:
 * random edits, deletes and conflict resolutions; segments delivered in any order and more than once;
 * uploads interrupted before the head lists them; clocks a year fast or slow. After everyone has synced,
 * every replica holds the same records, no text anyone had written is gone without someone having seen it,
 * and applying everything again changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Replica,
  SharedStore,
  survived,
  TABLES,
  type HeldText,
  type ModelTable,
  type Segment,
} from './syncModel';

const YEAR = 365 * 86_400_000;
const DEVICES = ['laptopA', 'laptopB', 'laptopC', 'home'];

type Op =
  | {
      kind: 'write';
      who: number;
      table: ModelTable;
      fresh: boolean;
      pick: number;
      field: number;
      text: string;
    }
  | { kind: 'delete'; who: number; pick: number }
  | { kind: 'resolve'; who: number; pick: number }
  | { kind: 'export'; who: number; interrupted: boolean }
  | { kind: 'sync'; who: number; order: number[]; duplicate: boolean }
  | { kind: 'skew'; who: number; by: number }
  | { kind: 'tick'; ms: number }
  | { kind: 'sync-everyone' };

// Unbiased: fast-check leans towards 0 by default, which would make every write a new record's title.
const who = fc.noBias(fc.nat({ max: DEVICES.length - 1 }));
const pick = fc.noBias(fc.nat({ max: 1000 }));
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('write' as const),
      who,
      table: fc.constantFrom<ModelTable>('meetings', 'notes'),
      fresh: fc.noBias(fc.nat({ max: 3 })).map((n) => n === 0), // one write in four makes a record
      pick,
      field: pick,
      // Few distinct texts, so the same text written twice (not a conflict) happens too.
      text: fc.constantFrom('', 'agreed MoU', 'ចុះហត្ថលេខា', '签署谅解备忘录', 'follow up in May', 'x'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), who, pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('resolve' as const), who, pick }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('export' as const), who, interrupted: fc.boolean() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      who,
      order: fc.array(pick, { maxLength: 12 }),
      duplicate: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('skew' as const),
      who,
      by: fc.integer({ min: -YEAR, max: YEAR }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 90_000 }) }),
  },
);

// 'max' size: fast-check otherwise keeps arrays near ten items, too few for edits to cross.
const scenario = fc.array(op, { minLength: 10, maxLength: 80, size: 'max' });

/** The segments in a scrambled order given by `order`, some delivered twice when `duplicate`. */
function scrambled(segments: readonly Segment[], order: readonly number[], duplicate: boolean): Segment[] {
  const pool = [...segments];
  const out: Segment[] = [];
  for (const n of order) {
    if (pool.length === 0) break;
    out.push(pool.splice(n % pool.length, 1)[0]!);
  }
  out.push(...pool.reverse());
  if (duplicate && out.length > 0) out.push(...out.slice(0, 1 + ((order[0] ?? 0) % out.length)));
  return out;
}

function keysOf(replica: Replica, prefix: string): string[] {
  return [...replica.records.keys()].filter((key) => key.startsWith(prefix)).sort();
}

/**
 * Everyone syncs until nothing is left to send: conflicts found while merging are records too, so they
 * need further rounds to reach everyone. Conflicts find no conflicts of their own, so this ends within a
 * few rounds; it failing to would be a bug in itself.
 */
function syncEveryone(store: SharedStore, replicas: readonly Replica[]): HeldText[] {
  const held: HeldText[] = [];
  let rounds = 0;
  do {
    expect(++rounds, 'rounds of sync before nothing is left to send').toBeLessThanOrEqual(4);
    for (const replica of replicas) held.push(...replica.export(false));
    for (const replica of replicas) replica.apply(store.visible());
  } while (replicas.some((replica) => replica.outbox.size > 0));
  return held;
}

function run(ops: readonly Op[]) {
  const store = new SharedStore();
  const replicas = DEVICES.map((device) => new Replica(device, store));
  const held: HeldText[] = [];
  let created = 0;
  for (const step of ops) {
    if (step.kind === 'tick') {
      for (const replica of replicas) replica.now += step.ms;
      continue;
    }
    if (step.kind === 'sync-everyone') {
      held.push(...syncEveryone(store, replicas));
      continue;
    }
    const replica = replicas[step.who]!;
    switch (step.kind) {
      case 'write': {
        const known = keysOf(replica, `${step.table}:`);
        // A new record's id is its creator's own, as UUIDs are.
        const key =
          known.length === 0 || step.fresh
            ? `${step.table}:${replica.device}-${created++}`
            : known[step.pick % known.length]!;
        const fields = Object.keys(TABLES[step.table].fields);
        replica.write(
          step.table,
          key.slice(key.indexOf(':') + 1),
          fields[step.field % fields.length]!,
          step.text,
        );
        break;
      }
      case 'delete': {
        const known = [...keysOf(replica, 'meetings:'), ...keysOf(replica, 'notes:')];
        if (known.length === 0) break;
        const key = known[step.pick % known.length]!;
        replica.delete(key.slice(0, key.indexOf(':')) as ModelTable, key.slice(key.indexOf(':') + 1));
        break;
      }
      case 'resolve': {
        const open = keysOf(replica, 'conflicts:');
        if (open.length > 0) replica.resolve(open[step.pick % open.length]!);
        break;
      }
      case 'export':
        held.push(...replica.export(step.interrupted));
        break;
      case 'sync':
        replica.apply(scrambled(store.visible(), step.order, step.duplicate));
        break;
      case 'skew':
        replica.skew = step.by;
        break;
    }
  }
  held.push(...syncEveryone(store, replicas));
  return { store, replicas, held };
}

const RUNS = Number(process.env['SYNC_PROPERTY_RUNS'] ?? 1000);

describe(
  'sync between three laptops and home, whatever the order, duplicates, interruptions and clocks',
  { timeout: 300_000 },
  () => {
    it('ends with every replica holding the same records, deletes and conflicts', () => {
      fc.assert(
        fc.property(scenario, (ops) => {
          const { replicas } = run(ops);
          const home = replicas[3]!.snapshot();
          for (const replica of replicas.slice(0, 3)) expect(replica.snapshot()).toEqual(home);
        }),
        { numRuns: RUNS },
      );
    });

    it('loses no text anyone synced: it is still there, kept as a conflict, or replaced by someone who had seen it', () => {
      fc.assert(
        fc.property(scenario, (ops) => {
          const { store, replicas, held } = run(ops);
          for (const replica of replicas) {
            const lost = held.filter((text) => !survived(text, replica, store));
            expect(lost, `${replica.device} lost text`).toEqual([]);
          }
        }),
        { numRuns: RUNS },
      );
    });

    it('changes nothing when every segment is applied again, in any order', () => {
      fc.assert(
        fc.property(scenario, fc.array(pick, { maxLength: 12 }), (ops, order) => {
          const { store, replicas } = run(ops);
          for (const replica of replicas) {
            const before = replica.snapshot();
            replica.apply(scrambled(store.visible(), order, true));
            expect(replica.snapshot()).toEqual(before);
            expect(replica.outbox.size).toBe(0);
          }
        }),
        { numRuns: RUNS },
      );
    });

    it('finds no conflict when people edit in turn, each having synced what came before', () => {
      const inTurn = fc.array(
        op.filter((step) => step.kind === 'write' || step.kind === 'delete' || step.kind === 'skew'),
        {
          minLength: 5,
          maxLength: 40,
          size: 'max',
        },
      );
      fc.assert(
        fc.property(inTurn, (ops) => {
          const { replicas } = run(ops.flatMap((step) => [step, { kind: 'sync-everyone' as const }]));
          expect([...replicas[3]!.records.keys()].filter((key) => key.startsWith('conflicts:'))).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });
  },
);
