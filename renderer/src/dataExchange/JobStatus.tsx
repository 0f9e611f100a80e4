/** A job's progress bar with its Cancel button while it runs, and its outcome in a live region after. */
import { useTranslation } from 'react-i18next';
import { JobProgress } from '../ui/JobProgress';
import { StatusLine } from '../ui/StatusLine';
import type { JobState } from './useJob';

export function JobStatus({
  job,
  onCancel,
  testId,
}: {
  job: JobState;
  onCancel: () => void;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (
    <div className="exchange-job">
      {job.state === 'running' && (
        <JobProgress label={job.label} done={job.done} total={job.total} onCancel={onCancel} />
      )}
      <StatusLine testId={testId}>
        {job.state === 'running' &&
          job.total > 0 &&
          `${job.label}: ${t('exchange.job.progress', { done: number(job.done), total: number(job.total) })}`}
        {(job.state === 'done' || job.state === 'cancelled') && job.message}
      </StatusLine>
      {job.state === 'failed' && (
        <div className="error-banner" role="alert">
          <p dir="auto">{job.message}</p>
          {job.details && job.details.length > 0 && (
            <ul className="exchange-issues">
              {job.details.map((line, i) => (
                <li key={i} dir="auto">
                  {line}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
