/**
 * Settings → Backups: how often automatic backups run and how many are kept, the backups main holds,
 * and a restore from one of them through the full-archive restore (checked first, then added in one
 * transaction; records already here are kept). A sealed backup (written while encryption at rest was
 * on) first asks for the passphrase that was in force when it was written. In web mode there is no main
 * process to keep backups, so the section says so instead of pretending.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_TABLE_NAMES } from '../../../shared/domain/entityTables';
import type { BackupInfo } from '../../../shared/ipc/contract';
import {
  BACKUP_INTERVAL_MINUTES,
  BACKUPS_KEPT,
  BackupIntervalMinutes,
  BackupsKept,
} from '../../../shared/settings/appSettings';
import type { ArchiveContents } from '../../../shared/formats/archive/readArchive';
import { SealedBackupError } from '../../../shared/formats/backup/sealedBackupFormat';
import { useServices, useSettings } from '../app/AppServices';
import { RecordExchange } from '../db/RecordExchange';
import { checkArchive, restoreArchive } from '../dataExchange/archiveTransfer';
import { JobStatus } from '../dataExchange/JobStatus';
import { useJob, type JobState } from '../dataExchange/useJob';
import { formatBytes } from '../lib/formatBytes';
import type { BackupsApi } from '../platform/Platform';
import { activeBackups } from './activeBackups';
import type { BackupScheduler, BackupStatus } from './BackupScheduler';
import { describeBackupFailure, totalRecords } from './describeBackupFailure';
import { openBackup } from './openBackup';
import { SealedBackupPrompt } from './SealedBackupPrompt';

export function BackupsSection() {
  const { t } = useTranslation();
  const { platform } = useServices();
  return (
    <section className="settings-section" aria-labelledby="settings-backups">
      <h2 id="settings-backups">{t('backup.title')}</h2>
      {platform.backups ? <DesktopBackups backups={platform.backups} /> : <p>{t('backup.webOnly')}</p>}
    </section>
  );
}

function NumberSetting(props: {
  label: string;
  value: number;
  bounds: { min: number; max: number };
  valid: (n: number) => boolean;
  onChange: (n: number) => void;
}) {
  // What is being typed; null shows the stored value. A value outside the bounds is not saved.
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type="number"
        min={props.bounds.min}
        max={props.bounds.max}
        value={draft ?? String(props.value)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          const n = Number(draft);
          if (draft !== null && props.valid(n)) props.onChange(n);
          setDraft(null);
        }}
      />
    </label>
  );
}

const idleStatus: BackupStatus = { state: 'idle', lastAt: null };
const noScheduler = () => () => undefined;

function useSchedulerStatus(scheduler: BackupScheduler | null): BackupStatus {
  return useSyncExternalStore(
    scheduler ? (listener) => scheduler.subscribe(listener) : noScheduler,
    () => scheduler?.current ?? idleStatus,
  );
}

function DesktopBackups({ backups }: { backups: BackupsApi }) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const interval = useSettings((s) => s.backupIntervalMinutes);
  const kept = useSettings((s) => s.backupsKept);
  const update = useSettings((s) => s.update);
  const scheduler = activeBackups();
  const status = useSchedulerStatus(scheduler);
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<{ info: BackupInfo; contents: ArchiveContents } | null>(null);
  const [confirming, setConfirming] = useState(false);
  // A sealed backup waiting for its passphrase, and what the last one tried got.
  const [unlocking, setUnlocking] = useState<{ info: BackupInfo; error: string | null } | null>(null);
  const { job, run, cancel, running } = useJob();
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const date = (iso: string | number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  const refresh = useCallback(() => {
    backups.list().then(
      (found) => {
        setList(found);
        setListError(null);
      },
      (error: unknown) => setListError(error instanceof Error ? error.message : String(error)),
    );
  }, [backups]);
  useEffect(refresh, [refresh]);
  useEffect(() => scheduler?.subscribe((s) => s.state === 'idle' && refresh()), [scheduler, refresh]);

  const failed = (error: unknown): JobState => {
    const { message, details } = describeBackupFailure(t, error, i18n.language);
    return { state: 'failed', message, details };
  };

  const backUpNow = () =>
    void run(
      t('backup.running'),
      async () => {
        if (!scheduler) return { state: 'idle' };
        const wrote = await scheduler.flush();
        return { state: 'done', message: wrote ? t('backup.backedUp') : t('backup.nothingNew') };
      },
      failed,
      t('exchange.job.cancelled'),
    );

  const read = (info: BackupInfo, passphrase: string | null) =>
    void run(
      passphrase === null ? t('backup.reading') : t('backup.sealed.opening'),
      async (ctx) => {
        let archive: Uint8Array;
        try {
          const opened = await openBackup(await backups.read(info.id), passphrase);
          // Restoring here goes through this archive's own encryption; the backup's key is not needed.
          opened.key?.dataKey.fill(0);
          archive = opened.archive;
        } catch (error) {
          if (!(error instanceof SealedBackupError && error.problem === 'wrong-passphrase')) throw error;
          // Nothing was read: the prompt stays, saying what was wrong.
          setUnlocking({ info, error: t('backup.sealed.wrongPassphrase', { date: date(info.createdAt) }) });
          return { state: 'idle' };
        }
        const contents = await checkArchive(archive, ctx);
        setUnlocking(null);
        setChosen({ info, contents });
        return { state: 'idle' };
      },
      failed,
      t('exchange.job.cancelled'),
    );

  const choose = (info: BackupInfo) => {
    setChosen(null);
    setConfirming(false);
    setUnlocking(info.encrypted ? { info, error: null } : null);
    if (!info.encrypted) read(info, null);
  };

  const restore = (contents: ArchiveContents) =>
    void run(
      t('backup.restoring'),
      async (ctx) => {
        const exchange = new RecordExchange(services.db, services.capture, services.repos);
        const outcome = await restoreArchive(exchange, contents, { step: ctx.report, signal: ctx.signal });
        setChosen(null);
        setConfirming(false);
        return {
          state: 'done',
          message: t('backup.restored', {
            added: number(totalRecords(outcome.added as Record<string, number>)),
            kept: number(totalRecords(outcome.kept as Record<string, number>)),
            files: number(outcome.blobsAdded),
          }),
        };
      },
      failed,
      t('exchange.job.cancelled'),
    );

  return (
    <>
      <p className="muted">{t('backup.description', { minutes: number(interval) })}</p>
      <div className="form-row">
        <NumberSetting
          label={t('backup.interval')}
          value={interval}
          bounds={BACKUP_INTERVAL_MINUTES}
          valid={(n) => BackupIntervalMinutes.safeParse(n).success}
          onChange={(n) => void update('backupIntervalMinutes', n)}
        />
        <NumberSetting
          label={t('backup.kept')}
          value={kept}
          bounds={BACKUPS_KEPT}
          valid={(n) => BackupsKept.safeParse(n).success}
          onChange={(n) => void update('backupsKept', n)}
        />
      </div>
      {status.state === 'failed' && (
        <p role="alert" className="error-banner">
          {t('backup.failed', { message: status.message })}
        </p>
      )}
      <div className="toolbar">
        <button type="button" onClick={backUpNow} disabled={running || !scheduler}>
          {t('backup.backUpNow')}
        </button>
      </div>
      {listError && <p role="alert">{listError}</p>}
      {list?.length === 0 && <p>{t('backup.none')}</p>}
      {list && list.length > 0 && (
        <ul className="plain-list" aria-label={t('backup.listLabel')}>
          {list.map((info) => (
            <li key={info.id}>
              <span>
                {date(info.createdAt)} · {formatBytes(info.bytes, i18n.language)} ·{' '}
                {t('backup.records', {
                  meetings: number(info.tables.meetings),
                  records: number(totalRecords(info.tables)),
                  files: number(info.blobs),
                })}
                {info.encrypted && ` · ${t('backup.encryptedLabel')}`}
              </span>{' '}
              <button
                type="button"
                disabled={running}
                aria-label={`${t('backup.choose')}: ${date(info.createdAt)}`}
                onClick={() => choose(info)}
              >
                {t('backup.choose')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {unlocking && (
        <SealedBackupPrompt
          key={unlocking.info.id}
          date={date(unlocking.info.createdAt)}
          submitLabel={t('backup.sealed.open')}
          busy={running}
          error={unlocking.error}
          onSubmit={(passphrase) => read(unlocking.info, passphrase)}
          onCancel={() => setUnlocking(null)}
        />
      )}
      {chosen && (
        <div className="exchange-preview" data-testid="backup-preview">
          <p>{t('backup.holds', { date: date(chosen.contents.manifest.createdAt) })}</p>
          <ul className="plain-list">
            {ENTITY_TABLE_NAMES.map((table) => (
              <li key={table}>
                {t('exchange.archive.tableCount', {
                  table: t(`exchange.tables.${table}`),
                  n: number(chosen.contents.manifest.tables[table]),
                })}
              </li>
            ))}
            <li>{t('exchange.archive.attachments', { n: number(chosen.contents.manifest.blobs) })}</li>
          </ul>
          <p>{t('backup.restoreExplained')}</p>
          {confirming ? (
            <>
              <p>{t('backup.confirmRestore', { date: date(chosen.contents.manifest.createdAt) })}</p>
              <div className="button-row">
                <button
                  type="button"
                  className="primary"
                  disabled={running}
                  onClick={() => restore(chosen.contents)}
                >
                  {t('backup.restore')}
                </button>
                <button type="button" disabled={running} onClick={() => setConfirming(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </>
          ) : (
            <div className="button-row">
              <button type="button" className="primary" onClick={() => setConfirming(true)}>
                {t('backup.restore')}
              </button>
              <button type="button" onClick={() => setChosen(null)}>
                {t('common.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
      <JobStatus job={job} onCancel={cancel} testId="backup-status" />
    </>
  );
}
