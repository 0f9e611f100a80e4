/**
 * The frame of a "new organization / person / agreement" form on a list page: its heading, the fields,
 * a failure that is not about one field, and the create and cancel buttons.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from './FormActions';

interface NewRecordFormProps {
  title: string;
  submitLabel: string;
  /** Why the save failed, when no single field is to blame. */
  failure: string | null;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

export function NewRecordForm({
  title,
  submitLabel,
  failure,
  busy,
  onSubmit,
  onCancel,
  children,
}: NewRecordFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <form
      className="settings-section"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <FormActions
        submitLabel={submitLabel}
        busy={busy}
        failure={failure && t('common.saveFailed', { message: failure })}
        onCancel={onCancel}
        className="form-actions"
      />
    </form>
  );
}
