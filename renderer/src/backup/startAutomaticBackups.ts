/**
 * Wires automatic backups into the running app (desktop only): a BackupScheduler that looks once a
 * minute whether a backup is due, exports the archive on this thread in small steps that yield to the
 * UI between pages (the exporter's own progress steps), and hands the bytes to main, which verifies and
 * keeps them. The last backup main holds tells the scheduler where the previous session left off.
 * While encryption at rest is on, every backup is sealed (produceBackup.ts), and backups left in clear
 * from before it was turned on are deleted at start (replaceClearBackups.ts does it when it is turned on;
 * this catches an app that stopped in between).
 */
import type { AppServices } from '../app/AppServices';
import { BackupKeys } from '../db/BackupKeys';
import { RecordExchange } from '../db/RecordExchange';
import { SearchSource } from '../db/SearchSource';
import type { BackupsApi } from '../platform/Platform';
import { BackupScheduler, type LastBackup } from './BackupScheduler';
import { produceBackup } from './produceBackup';
import { setActiveBackups } from './activeBackups';

/** How often the scheduler looks; the interval setting decides when a backup is due. */
const CHECK_EVERY_MS = 60_000;

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createBackupScheduler(services: AppServices, backups: BackupsApi, last?: LastBackup) {
  const source = new SearchSource(services.db);
  const keys = new BackupKeys(services.db);
  return new BackupScheduler(
    {
      now: services.now,
      position: () => source.lastOutboxSeq(),
      intervalMinutes: () => services.settings.getState().backupIntervalMinutes,
      ready: () => services.db.encryption.mode !== 'locked',
      backup: async (position) => {
        const info = await services.platform.appInfo();
        const exchange = new RecordExchange(services.db, services.capture, services.repos);
        const produced = await produceBackup(
          exchange,
          { name: info.name, version: info.version, now: services.now() },
          position,
          { step: yieldToUi },
          () => keys.forSealing(),
        );
        await backups.write(produced.data, produced.manifest, services.settings.getState().backupsKept);
      },
    },
    last,
  );
}

export async function startAutomaticBackups(
  services: AppServices,
  backups: BackupsApi,
): Promise<BackupScheduler> {
  let list = await backups.list().catch(() => []);
  if (services.db.encryption.configured && list.some((backup) => !backup.encrypted)) {
    await backups.deleteClear().catch(() => 0);
    list = await backups.list().catch(() => []);
  }
  const latest = list[0];
  const scheduler = createBackupScheduler(
    services,
    backups,
    latest ? { position: latest.outboxSeq, at: Date.parse(latest.writtenAt) } : undefined,
  );
  setActiveBackups(scheduler);
  // Failures are shown in Settings → Backups (the scheduler's status); a timer has no one to tell.
  setInterval(() => void scheduler.tick().catch(() => undefined), CHECK_EVERY_MS);
  return scheduler;
}
