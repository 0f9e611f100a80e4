/** Backups for the backup tests: a real backup of the sample event, a temp folder, and a clock. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { produceBackup, type ProducedBackup } from '../../../renderer/src/backup/produceBackup';
import { APP, exchangeOf, noSteps, sampleArchive } from '../archive/archiveFixtures';

let cached: Promise<ProducedBackup> | null = null;

/** The sample event with attachments, exported as a backup (made once per test file). */
export function sampleBackup(): Promise<ProducedBackup> {
  cached ??= sampleArchive().then((archive) => produceBackup(exchangeOf(archive), APP, 7, noSteps));
  return cached;
}

export function backupsDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'liaison-backups-'));
}

/** A clock that moves one minute each time it is read, so every backup gets its own id. */
export function tickingClock(start = Date.UTC(2025, 2, 31, 12)) {
  let time = start - 60_000;
  return () => (time += 60_000);
}
