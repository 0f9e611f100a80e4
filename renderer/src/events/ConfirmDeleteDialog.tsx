/** Asks before deleting a record, naming it; a failed delete says why and leaves the dialog open. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';

interface ConfirmDeleteDialogProps {
  title: string;
  name: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

export function ConfirmDeleteDialog({ title, name, onConfirm, onClose }: ConfirmDeleteDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
      onClose();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <Dialog open title={title} onClose={onClose}>
      <p dir="auto">{t('common.confirmDelete', { name })}</p>
      {failure && (
        <p className="error-banner" role="alert">
          {t('common.saveFailed', { message: failure })}
        </p>
      )}
      <div className="button-row dialog-actions">
        <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
          {t('common.delete')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
