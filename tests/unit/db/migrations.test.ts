/**
 * Every schema version has a migration test here: seed a database as the previous version left it, open
 * it with the current schema, and check nothing was lost. A version without a fixture fails the suite.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ChangeCapture } from '../../../renderer/src/db/ChangeCapture';
import { DatabaseOpenError, LiaisonDatabase, openDatabase } from '../../../renderer/src/db/LiaisonDatabase';
import { createRepositories } from '../../../renderer/src/db/repositories/createRepositories';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/src/db/schemaVersions';

function freshFactory() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

interface MigrationFixture {
  /** Writes data into a database opened at `version - 1`. */
  seed(db: LiaisonDatabase): Promise<void>;
  /** Checks the same database after it was opened at `version`. */
  verify(db: LiaisonDatabase): Promise<void>;
}

const SOMCHAI = '01JD000000000000000000000S';
const KEO = '01JD000000000000000000000K';
const PAKPASAK = '01JD000000000000000000000P';

/** Fixtures for versions after the first, keyed by the version they migrate to. */
const MIGRATIONS: Record<number, MigrationFixture> = {
  6: {
    async seed(db) {
      const person = (id: string, name: string, nativeName: string, nameKeys: string[]) => ({
        id,
        name,
        nativeName,
        title: '',
        organizationId: null,
        email: '',
        phone: '',
        isDelegate: false,
        notes: '',
        _sortKey: name.toLowerCase(),
        _nameKeys: nameKeys,
        _clock: 'c',
      });
      await db.people.bulkPut([
        person(SOMCHAI, 'Somchai Wongsa', 'สมชาย วงศ์สา', [
          'somchai wongsa',
          'wongsa',
          'สมชาย วงศ์สา',
          'วงศ์สา',
        ]),
        person(KEO, 'Keo Manivong', '', ['keo manivong', 'manivong']),
      ] as never);
      await db.organizations.put({
        id: PAKPASAK,
        name: 'Pakpasak Technical College',
        _sortKey: 'pakpasak technical college',
        _nameKeys: ['college', 'pakpasak technical college', 'technical'],
        country: 'LA',
      } as never);
    },
    async verify(db) {
      const repos = createRepositories(db, await ChangeCapture.load(db));
      // The name-word index is gone; the people stored before list and are found by name as before.
      expect(db.people.schema.indexes.map((i) => i.name)).not.toContain('_nameKeys');
      expect(db.organizations.schema.indexes.map((i) => i.name)).not.toContain('_nameKeys');
      expect((await repos.people.list()).map((p) => p.name)).toEqual(['Keo Manivong', 'Somchai Wongsa']);
      expect((await repos.people.startingWith('SOMCHAI')).map((p) => p.id)).toEqual([SOMCHAI]);
      expect(await repos.organizations.idsStartingWith('pakpa', 10)).toEqual([PAKPASAK]);
      // No row is rewritten by the upgrade: the old keys stay stored, unread, until the row is next written.
      expect(await db.people.get(SOMCHAI)).toHaveProperty('_nameKeys');
      expect(await repos.people.get(SOMCHAI)).not.toHaveProperty('_nameKeys');
      await repos.people.update(SOMCHAI, { title: 'Dean' });
      expect(await db.people.get(SOMCHAI)).not.toHaveProperty('_nameKeys');
    },
  },
  5: {
    async seed(db) {
      const item = (id: string, ownerId: string | null, status: string, dueDate: string | null) => ({
        id,
        title: id,
        meetingId: null,
        agreementId: null,
        ownerId,
        dueDate,
        status,
        _owner: ownerId ?? '',
        _due: dueDate ?? '9999-12-31',
        _clock: 'c',
      });
      await db.actionItems.bulkPut([
        item('done', 'P', 'done', '2025-01-01'),
        item('open', 'P', 'open', '2026-01-01'),
        item('unowned', null, 'in-progress', null),
      ] as never);
      await db.agreements.put({ id: 'A', title: 'MoU', _sortKey: 'mou', _reminder: '2027-06-30' } as never);
    },
    async verify(db) {
      const repos = createRepositories(db, await ChangeCapture.load(db));
      const titles = (items: Array<{ title: string }>) => items.map((i) => i.title);
      // The follow-ups stored before read through the new indexes, outstanding first.
      expect(titles(await repos.actionItems.page({ ownerId: null, status: null }))).toEqual([
        'open',
        'unowned',
        'done',
      ]);
      expect(titles(await repos.actionItems.page({ ownerId: 'P', status: 'done' }))).toEqual(['done']);
      expect(await repos.actionItems.countMatching({ ownerId: 'P', status: null })).toBe(2);
      // No row is rewritten: the old reminder key stays stored, never read, until the row is next written.
      expect(await db.agreements.get('A')).toHaveProperty('_reminder');
      expect(await repos.agreements.get('A')).toEqual({ id: 'A', title: 'MoU' });
    },
  },
  4: {
    async seed(db) {
      await db.notes.put({ id: 'N', meetingId: 'M', authorId: 'P', text: 'minutes', _clock: 'c' } as never);
      await db.outbox.add({ table: 'notes', op: 'upsert', ids: ['N'], fields: null, hlc: 'c' });
    },
    async verify(db) {
      expect(await db.notes.get('N')).toMatchObject({ text: 'minutes' });
      expect(await db.outbox.count()).toBe(1);
      expect(await db.conflicts.where('resolution').equals('open').count()).toBe(0);
    },
  },
  3: {
    async seed(db) {
      await db.meetings.put({ id: 'M', eventId: 'E', startsAt: 5, _clock: 'c' } as never);
    },
    async verify(db) {
      expect(await db.meetings.get('M')).toMatchObject({ id: 'M' });
      expect(await db.searchIndex.count()).toBe(0);
    },
  },
  2: {
    async seed(db) {
      await db.settings.bulkPut([
        { key: 'language', value: 'zh-CN' },
        { key: 'theme', value: 'dark' },
      ]);
    },
    async verify(db) {
      expect(await db.settings.toArray()).toEqual([
        { key: 'language', value: 'zh-CN' },
        { key: 'theme', value: 'dark' },
      ]);
      expect(await db.meetings.count()).toBe(0);
      expect(await db.outbox.count()).toBe(0);
      // The new indexes work on the migrated database.
      await db.meetings.put({ id: 'M', eventId: 'E', startsAt: 5 } as never);
      expect(await db.meetings.where('[eventId+startsAt]').equals(['E', 5]).count()).toBe(1);
    },
  },
};

describe('database migrations', () => {
  it('version 1 creates the settings store on a fresh profile', async () => {
    const db = await openDatabase(new LiaisonDatabase('fresh', freshFactory(), 1));
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name)).toEqual(['settings']);
    await db.settings.put({ key: 'theme', value: 'dark' });
    db.close();
  });

  it('every later version has a migration fixture', () => {
    const missing = SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v > 1 && !MIGRATIONS[v]);
    expect(missing).toEqual([]);
  });

  for (const step of SCHEMA_VERSIONS.filter((v) => v.version > 1)) {
    it(`version ${step.version - 1} → ${step.version} keeps existing data`, async () => {
      const fixture = MIGRATIONS[step.version]!;
      const factory = freshFactory();
      const old = await openDatabase(new LiaisonDatabase('migrate', factory, step.version - 1));
      await fixture.seed(old);
      old.close();
      const current = await openDatabase(new LiaisonDatabase('migrate', factory, step.version));
      await fixture.verify(current);
      current.close();
    });
  }

  it('opens the oldest version straight into the latest, keeping settings', async () => {
    const factory = freshFactory();
    const v1 = await openDatabase(new LiaisonDatabase('oldest', factory, 1));
    await v1.settings.put({ key: 'language', value: 'zh-CN' });
    v1.close();
    const latest = await openDatabase(new LiaisonDatabase('oldest', factory));
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await latest.settings.get('language')).toEqual({ key: 'language', value: 'zh-CN' });
    latest.close();
  });

  it('refuses an archive written by a newer version of the app, and leaves it untouched', async () => {
    const factory = freshFactory();
    const future = new Dexie('future', factory);
    future.version(LATEST_SCHEMA_VERSION + 5).stores({ settings: 'key', holograms: 'id' });
    await future.open();
    await future.table('holograms').put({ id: 'h1', note: 'from the future' });
    future.close();

    const error = await openDatabase(new LiaisonDatabase('future', factory)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).reason).toBe('newer-version');
    expect((error as Error).message).toMatch(/newer version of Liaison/);

    const again = new Dexie('future', factory);
    again.version(LATEST_SCHEMA_VERSION + 5).stores({ settings: 'key', holograms: 'id' });
    expect(await again.table('holograms').get('h1')).toEqual({ id: 'h1', note: 'from the future' });
    again.close();
  });

  it('runs read-write transactions with strict durability', async () => {
    const db = await openDatabase(new LiaisonDatabase('durable', freshFactory()));
    let durability: string | undefined;
    await db.transaction('rw', db.settings, async (tx) => {
      durability = (tx as unknown as { idbtrans: IDBTransaction }).idbtrans.durability;
      await db.settings.put({ key: 'theme', value: 'light' });
    });
    expect(durability).toBe('strict');
    db.close();
  });
});
