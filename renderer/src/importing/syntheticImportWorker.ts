/**
 * Loads a synthetic archive (shared/synthetic) into the app's database off the main thread, one write
 * transaction per chunk, reporting progress after each and stopping cleanly between chunks when
 * cancelled: every chunk written is complete, none is half-written.
 */
import { generateArchive, scaleBy, type ArchiveScale } from '../../../shared/synthetic/generateArchive';
import { BulkWriter, type NewRecord } from '../db/BulkWriter';
import { ChangeCapture } from '../db/ChangeCapture';
import { LiaisonDatabase, openDatabase } from '../db/LiaisonDatabase';
import { createRepositories } from '../db/repositories/createRepositories';
import type { ImportRequest, ImportResponse } from './syntheticImportProtocol';

const post = (message: ImportResponse) => (self as unknown as Worker).postMessage(message);
let cancelled = false;

export function totalRecords(scale: ArchiveScale): number {
  return (
    scale.events * (1 + scale.sessionsPerEvent) +
    scale.organizations +
    scale.people +
    scale.meetings +
    scale.agreements +
    scale.actionItems
  );
}

async function run(seed: number, factor: number, chunkSize: number): Promise<void> {
  const started = performance.now();
  const db = await openDatabase(new LiaisonDatabase());
  const capture = await ChangeCapture.load(db);
  const writer = new BulkWriter(db, capture, createRepositories(db, capture));
  const scale = scaleBy(factor);
  const total = totalRecords(scale);
  let done = 0;
  let transactions = 0;
  post({ type: 'progress', done, total });
  // While one chunk's transaction is flushed to disk, the next chunk is generated and validated.
  let writing: Promise<unknown> | null = null;
  let writingCount = 0;
  const settle = async () => {
    if (!writing) return;
    await writing;
    transactions++;
    done += writingCount;
    post({ type: 'progress', done, total });
  };
  for (const chunk of generateArchive(seed, scale, chunkSize)) {
    const prepared = writer.prepare(chunk as NewRecord[]);
    await settle();
    if (cancelled) {
      post({ type: 'cancelled', done });
      return;
    }
    writing = writer.write(prepared);
    writingCount = chunk.length;
  }
  await settle();
  post({ type: 'done', done, milliseconds: performance.now() - started, transactions });
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled = true;
    return;
  }
  cancelled = false;
  run(request.seed, request.scale, request.chunkSize).catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
