/**
 * A document job's progress bar and Cancel while it runs, and its outcome in a live region after. The
 * bar is indeterminate while a print runs whose length nobody knows (one PDF), and counts files in a batch.
 */
import { useTranslation } from 'react-i18next';
import { JobProgress } from '../ui/JobProgress';
import { StatusLine } from '../ui/StatusLine';
import type { DocumentJob } from './useDocumentJob';

type Running = Extract<DocumentJob, { state: 'running' }>;

export function DocumentJobStatus({
  job,
  onCancel,
  testId,
}: {
  job: DocumentJob;
  onCancel: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const runningText = ({ phase, done, total, stopping }: Running) => {
    if (stopping) return t('exports.stopping');
    if (phase === 'printing')
      return total > 1 ? t('exports.printingMany', { current: done + 1, total }) : t('exports.printing');
    return total > 0 ? t('exports.preparing', { done, total }) : t('exports.preparingStart');
  };
  return (
    <>
      {job.state === 'running' && (
        <JobProgress
          className="button-row job-row"
          label={t('exports.progressLabel')}
          done={job.done}
          total={job.total}
          onCancel={onCancel}
        />
      )}
      <StatusLine testId={testId}>
        {job.state === 'running' ? runningText(job) : job.state !== 'idle' && job.message}
      </StatusLine>
    </>
  );
}
