/**
 * The running sync job (a progress bar and Cancel) and what the last one came to: a summary announced
 * in a live region, a failure with what to do about it, or the question a fail-safe stopped to ask. While
 * encryption at rest is being turned on or off, it says that syncing waits (syncJobs.ts says why).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useRepos } from '../app/AppServices';
import { routeHref } from '../app/router';
import { Dialog } from '../ui/Dialog';
import { StatusLine } from '../ui/StatusLine';
import type { ClockWarning } from './SyncEngine';
import { useSyncJobs, type PendingQuestion, type RunningJob, type SyncOutcome } from './syncJobs';
import { useSyncFormat } from './useSyncFormat';

export function SyncJobPanel() {
  const running = useSyncJobs((s) => s.running);
  const outcome = useSyncJobs((s) => s.outcome);
  const question = useSyncJobs((s) => s.question);
  const changing = useSyncJobs((s) => s.encryptionChange);
  const { t } = useTranslation();
  return (
    <div className="sync-job">
      {changing && (
        <p className="muted">{t(changing === 'encrypt' ? 'sync.job.turningOn' : 'sync.job.turningOff')}</p>
      )}
      {running && <Progress job={running} />}
      <StatusLine testId="sync-status">{outcome && <Summary outcome={outcome} />}</StatusLine>
      {outcome?.kind === 'failed' && <Failure outcome={outcome} />}
      {outcome?.kind === 'encryption-required' && <EncryptionRequired outcome={outcome} />}
      {question && <QuestionDialog pending={question} />}
    </div>
  );
}

function Progress({ job }: { job: RunningJob }) {
  const { t } = useTranslation();
  const format = useSyncFormat();
  const { progress } = job;
  const counts = progress && { done: format.number(progress.done), total: format.number(progress.total) };
  const text = job.saving
    ? t('sync.job.saving')
    : !progress || !counts
      ? t('sync.job.starting')
      : job.type === 'export-bundle'
        ? t('sync.job.packing', counts)
        : t(progress.phase === 'pull' ? 'sync.job.receiving' : 'sync.job.sending', counts);
  const known = progress && progress.total > 0 && !job.saving;
  return (
    <div className="sync-progress">
      <progress
        aria-label={t('sync.job.progressLabel')}
        aria-valuetext={text}
        max={known ? progress.total : 1}
        value={known ? progress.done : undefined}
      />
      <span className="sync-progress-text">{text}</span>
      {!job.saving && (
        <button type="button" onClick={job.cancel}>
          {t('common.cancel')}
        </button>
      )}
    </div>
  );
}

function Summary({ outcome }: { outcome: SyncOutcome }) {
  const { t } = useTranslation();
  const format = useSyncFormat();
  const repos = useRepos();
  // Laptops' names arrive with their bundles and heads; the merge that brought them stored them.
  const names = useLiveQuery(() => repos.deviceNames.all(), [repos]) ?? {};
  switch (outcome.kind) {
    case 'synced':
    case 'imported': {
      const { report } = outcome;
      const counts: string[] = [
        t('sync.result.received', { n: format.number(report.received) }),
        t('sync.result.deleted', { n: format.number(report.deleted) }),
        t('sync.result.conflicts', { n: format.number(report.conflicts) }),
      ];
      if (outcome.kind === 'synced')
        counts.push(t('sync.result.sent', { n: format.number(outcome.report.sent) }));
      return (
        <span className="sync-summary">
          <span>
            {outcome.kind === 'synced'
              ? t('sync.result.synced', { target: outcome.target })
              : t('sync.result.imported', { device: format.device(outcome.report.fromDevice, names) })}
          </span>{' '}
          {counts.map((text) => (
            <span key={text} className="sync-count">
              {text}
            </span>
          ))}
          {report.conflicts > 0 && (
            <a href={routeHref({ name: 'conflicts' })}>{t('sync.result.resolveConflicts')}</a>
          )}
          <ClockWarnings warnings={report.clockWarnings} names={names} />
        </span>
      );
    }
    case 'exported':
      return t('sync.bundle.saved', { name: outcome.name, n: format.number(outcome.records) });
    case 'not-saved':
      return t('sync.bundle.notSaved');
    case 'cancelled':
      return t(outcome.job === 'export-bundle' ? 'sync.job.exportCancelled' : 'sync.job.cancelled');
    case 'declined':
      return t('sync.question.leftAlone');
    case 'encryption-changing':
      return t('sync.job.notStarted');
    case 'failed':
    case 'encryption-required':
      return null;
  }
}

function ClockWarnings({
  warnings,
  names,
}: {
  warnings: readonly ClockWarning[];
  names: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const format = useSyncFormat();
  if (warnings.length === 0) return null;
  return (
    <span className="sync-clock-warnings">
      {warnings.map((warning) => (
        <span key={warning.device} className="sync-clock-warning">
          {t('sync.result.clockAhead', {
            device: format.device(warning.device, names),
            duration: format.duration(warning.aheadMs),
          })}
        </span>
      ))}
    </span>
  );
}

function Failure({ outcome }: { outcome: Extract<SyncOutcome, { kind: 'failed' }> }) {
  const { t } = useTranslation();
  return (
    <div className="error-banner" role="alert">
      <p dir="auto">{outcome.code ? outcome.message : t('sync.job.failed', { message: outcome.message })}</p>
      {outcome.code && <p>{t(`sync.hint.${outcome.code}`)}</p>}
    </div>
  );
}

function EncryptionRequired({ outcome }: { outcome: Extract<SyncOutcome, { kind: 'encryption-required' }> }) {
  const { t } = useTranslation();
  const target = outcome.target ?? '';
  return (
    <div className="error-banner" role="alert">
      <p dir="auto">
        {outcome.reason === 'bundle'
          ? t('sync.encryptionRequired.bundle')
          : outcome.reason === 'new-target'
            ? t('sync.encryptionRequired.newTarget', { target })
            : t('sync.encryptionRequired.plainTarget', { target })}
      </p>
      <p>{t('sync.encryptionRequired.why')}</p>
    </div>
  );
}

function QuestionDialog({ pending }: { pending: PendingQuestion }) {
  const { t } = useTranslation();
  const format = useSyncFormat();
  const { question, target } = pending;
  let text: string;
  let hint: string;
  switch (question.kind) {
    case 'other-archive': {
      const date = format.when((question.details as { createdAt: string }).createdAt);
      text =
        target === null
          ? t('sync.question.otherArchiveBundle', { date })
          : t('sync.question.otherArchiveTarget', { target, date });
      hint = t('sync.question.otherArchiveHint');
      break;
    }
    case 'empty-target': {
      const { lastSync } = question.details as { lastSync?: string };
      text = lastSync
        ? t('sync.question.emptyTarget', { target: target ?? '', date: format.when(lastSync) })
        : t('sync.question.emptyTargetUndated', { target: target ?? '' });
      hint = t('sync.question.emptyTargetHint');
      break;
    }
    case 'mass-delete': {
      const { deletes, live } = question.details as { deletes: number; live: number };
      text = t('sync.question.massDelete', { deletes: format.number(deletes), live: format.number(live) });
      hint = t('sync.question.massDeleteHint');
      break;
    }
  }
  return (
    <Dialog open title={t('sync.question.title')} onClose={pending.decline}>
      <p dir="auto">{text}</p>
      <p className="muted">{hint}</p>
      <div className="button-row dialog-actions">
        <button type="button" className="primary" onClick={pending.goAhead}>
          {t('sync.question.goAhead')}
        </button>
        {/* Cancel has the focus: Enter on an unread question must not delete or merge anything. */}
        <button type="button" data-autofocus onClick={pending.decline}>
          {t('sync.question.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
