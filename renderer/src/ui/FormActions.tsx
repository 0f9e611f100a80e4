/**
 * The end of a form: why the save failed when no single field is to blame, then the submit button
 * (disabled while saving) and, where the form can be left, Cancel.
 */
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  submitLabel: string;
  busy: boolean;
  /** The failure, already worded for this form, or null. */
  failure: string | null;
  onCancel?: () => void;
  /** `dialog-actions` at the end of a dialog, `form-actions` under a form on a page. */
  className: string;
}

export function FormActions({ submitLabel, busy, failure, onCancel, className }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {failure && (
        <p className="error-banner" role="alert">
          {failure}
        </p>
      )}
      <div className={`button-row ${className}`}>
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </>
  );
}
