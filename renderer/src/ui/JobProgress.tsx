/**
 * A running job's progress bar and its Cancel button, shared by every long job (imports, exports,
 * backups, documents). The bar is indeterminate until the job knows its total.
 */
import { useTranslation } from 'react-i18next';

export function JobProgress({
  label,
  done,
  total,
  onCancel,
  className = 'toolbar',
}: {
  /** The bar's accessible name: what is running. */
  label: string;
  done: number;
  total: number;
  onCancel: () => void;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className={className}>
      <progress
        className="job-progress"
        aria-label={label}
        max={Math.max(total, 1)}
        value={total > 0 ? done : undefined}
      />
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
