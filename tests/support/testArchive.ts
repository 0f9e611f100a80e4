/** A fresh archive on fake-indexeddb for unit tests: database, change capture and repositories. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ChangeCapture } from '../../renderer/src/db/ChangeCapture';
import { LiaisonDatabase, openDatabase } from '../../renderer/src/db/LiaisonDatabase';
import { createRepositories } from '../../renderer/src/db/repositories/createRepositories';

let counter = 0;

export interface TestArchiveOptions {
  now?: () => number;
  /** Reuse a factory and name to reopen an existing archive. */
  factory?: { indexedDB: IDBFactory };
  name?: string;
}

export async function createTestArchive(options: TestArchiveOptions = {}) {
  const factory = options.factory ?? { indexedDB: new IDBFactory() };
  const name = options.name ?? `test-${++counter}`;
  const db = await openDatabase(new LiaisonDatabase(name, { ...factory, IDBKeyRange }));
  const capture = await ChangeCapture.load(db, options.now);
  return { db, capture, repos: createRepositories(db, capture), factory, name };
}

export type TestArchive = Awaited<ReturnType<typeof createTestArchive>>;
