/**
 * Full archive: export every record and attachment in one file, and restore such a file. A file is
 * checked completely before anything is written; a bad one gets the list of what is wrong, and the
 * database is not touched.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_TABLE_NAMES } from '../../../shared/domain/entityTables';
import { ArchiveError } from '../../../shared/formats/archive/archiveIssue';
import { ARCHIVE_LIMITS } from '../../../shared/formats/archive/archiveLimits';
import type { ArchiveContents } from '../../../shared/formats/archive/readArchive';
import { useServices } from '../app/AppServices';
import { isImportCancelled, RecordExchange } from '../db/RecordExchange';
import { checkArchive, exportArchive, restoreArchive } from './archiveTransfer';
import { describeArchiveIssue } from './describeArchiveIssue';
import { FileInput, type ChosenFile } from './FileInput';
import { JobStatus } from './JobStatus';
import { exportName, failure, saveExport } from './saveExport';
import { useJob, type JobState } from './useJob';

export function ArchiveSection() {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const { job, run, cancel, running } = useJob();
  const [pending, setPending] = useState<ArchiveContents | null>(null);
  const exchange = () => new RecordExchange(services.db, services.capture, services.repos);
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  const describe = (error: unknown): JobState => {
    if (error instanceof ArchiveError) {
      const details = error.issues.map((issue) => describeArchiveIssue(t, issue, i18n.language));
      if (error.issues.length >= ARCHIVE_LIMITS.maxIssues)
        details.push(t('exchange.archive.moreIssues', { count: error.issues.length }));
      return { state: 'failed', message: t('exchange.archive.rejected'), details };
    }
    if (isImportCancelled(error)) return { state: 'cancelled', message: t('exchange.job.cancelled') };
    return failure(t, error);
  };

  const exportAll = () =>
    void run(
      t('exchange.archive.exportProgress'),
      async (ctx) => {
        const info = await services.platform.appInfo();
        const result = await exportArchive(
          exchange(),
          { name: info.name, version: info.version, now: services.now() },
          ctx,
        );
        ctx.signal.throwIfAborted();
        return saveExport(
          services.platform,
          t,
          {
            suggestedName: exportName('archive', 'zip', services.now()),
            mimeType: 'application/zip',
            data: result.bytes,
            extension: 'zip',
          },
          (name) =>
            [
              t('exchange.archive.exported', {
                name,
                records: number(result.records),
                files: number(result.blobs),
              }),
              result.missingBlobs > 0
                ? t('exchange.archive.missingFiles', { count: result.missingBlobs })
                : '',
            ]
              .filter(Boolean)
              .join(' '),
        );
      },
      describe,
      t('exchange.job.exportCancelled'),
    );

  const check = (file: ChosenFile) =>
    void run(
      t('exchange.archive.checking'),
      async (ctx) => {
        setPending(null);
        setPending(await checkArchive(file.bytes, ctx));
        return { state: 'idle' };
      },
      describe,
      t('exchange.job.cancelled'),
    );

  const restore = (contents: ArchiveContents) =>
    void run(
      t('exchange.archive.restoring'),
      async (ctx) => {
        const outcome = await restoreArchive(exchange(), contents, { step: ctx.report, signal: ctx.signal });
        setPending(null);
        const sum = (counts: Partial<Record<string, number>>) =>
          Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
        return {
          state: 'done',
          message: t('exchange.archive.restored', {
            added: number(sum(outcome.added)),
            kept: number(sum(outcome.kept)),
            files: number(outcome.blobsAdded),
          }),
        };
      },
      describe,
      t('exchange.job.cancelled'),
    );

  return (
    <section className="panel exchange-section" aria-labelledby="exchange-archive">
      <h2 id="exchange-archive">{t('exchange.archive.title')}</h2>
      <p className="muted">{t('exchange.archive.description')}</p>
      <div className="toolbar">
        <button type="button" onClick={exportAll} disabled={running}>
          {t('exchange.archive.export')}
        </button>
      </div>
      <FileInput
        label={t('exchange.archive.file')}
        accept=".zip,application/zip"
        maxBytes={ARCHIVE_LIMITS.maxArchiveBytes}
        disabled={running}
        onFile={check}
        onError={(message) => void run('', () => Promise.resolve({ state: 'failed', message }), describe, '')}
      />
      {pending && (
        <div className="exchange-preview" data-testid="archive-report">
          <p>
            {t('exchange.archive.holds', {
              date: new Intl.DateTimeFormat(i18n.language, {
                dateStyle: 'medium',
                timeStyle: 'short',
              }).format(new Date(pending.manifest.createdAt)),
              version: pending.manifest.app.version,
            })}
          </p>
          <ul className="plain-list">
            {ENTITY_TABLE_NAMES.map((table) => (
              <li key={table}>
                {t('exchange.archive.tableCount', {
                  table: t(`exchange.tables.${table}`),
                  n: number(pending.manifest.tables[table]),
                })}
              </li>
            ))}
            <li>{t('exchange.archive.attachments', { n: number(pending.manifest.blobs) })}</li>
          </ul>
          <div className="button-row">
            <button type="button" className="primary" disabled={running} onClick={() => restore(pending)}>
              {t('exchange.archive.restore')}
            </button>
            <button type="button" disabled={running} onClick={() => setPending(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <JobStatus job={job} onCancel={cancel} testId="archive-status" />
    </section>
  );
}
