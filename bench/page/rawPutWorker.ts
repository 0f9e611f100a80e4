/**
 * The import baseline: the same generated records, written with plain IndexedDB `put` calls, one
 * transaction per chunk, with strict durability, into stores with the app's own indexes (the schema is
 * created by the app's database class, then closed) — what an import costs with no validation, no
 * derived keys, no change capture and no Dexie.
 */
import { LiaisonDatabase } from '../../renderer/src/db/LiaisonDatabase';
import { generateArchive, scaleBy } from '../../shared/synthetic/generateArchive';

const NAME = 'liaison-bench-raw';

async function open(): Promise<IDBDatabase> {
  const schema = new LiaisonDatabase(NAME);
  await schema.open();
  schema.close();
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

self.onmessage = async (event: MessageEvent<{ scale: number; chunkSize: number }>) => {
  const db = await open();
  const started = performance.now();
  let records = 0;
  let transactions = 0;
  for (const chunk of generateArchive(42, scaleBy(event.data.scale), event.data.chunkSize)) {
    const stores = [...new Set(chunk.map((r) => r.table))];
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
      for (const record of chunk) tx.objectStore(record.table).put(record.entity);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    records += chunk.length;
    transactions++;
  }
  const milliseconds = performance.now() - started;
  db.close();
  await new Promise((resolve) => {
    const del = indexedDB.deleteDatabase(NAME);
    del.onsuccess = del.onerror = resolve;
  });
  (self as unknown as Worker).postMessage({ records, milliseconds, transactions });
};
