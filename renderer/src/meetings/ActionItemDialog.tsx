/** Adds or edits one action item of a meeting. A rejected entry keeps everything typed, with the reasons. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionItem } from '../../../shared/domain/entities';
import { useRepos } from '../app/AppServices';
import { Dialog } from '../ui/Dialog';
import { SelectField, TextField } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { labelOptions } from '../ui/labelOptions';
import { useFormSubmit } from '../ui/useFormSubmit';
import { OwnerPicker } from './OwnerPicker';

interface ActionItemDialogProps {
  meetingId: string;
  /** Null to add a new item. */
  item: ActionItem | null;
  ownerName: string;
  onClose: () => void;
}

export function ActionItemDialog({ meetingId, item, ownerName, onClose }: ActionItemDialogProps) {
  const { t } = useTranslation();
  const repos = useRepos();
  const [title, setTitle] = useState(item?.title ?? '');
  const [owner, setOwner] = useState({ id: item?.ownerId ?? null, text: ownerName });
  const [dueDate, setDueDate] = useState(item?.dueDate ?? '');
  const [status, setStatus] = useState<ActionItem['status']>(item?.status ?? 'open');
  const { errors, setErrors, failure, busy, run } = useFormSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (owner.text.trim() && !owner.id) {
      setErrors({ ownerId: t('meetings.actions.chooseOwner') });
      return;
    }
    const fields = { title, ownerId: owner.id, dueDate: dueDate || null, status };
    await run(async () => {
      if (item) await repos.actionItems.update(item.id, fields);
      else await repos.actionItems.create({ ...fields, meetingId, agreementId: null });
      onClose();
    });
  };

  return (
    <Dialog
      open
      title={item ? t('meetings.actions.editTitle') : t('meetings.actions.addTitle')}
      onClose={onClose}
    >
      <form className="action-item-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={t('meetings.actions.fieldTitle')}
          value={title}
          error={errors['title']}
          required
          onChange={(e) => setTitle(e.target.value)}
        />
        <OwnerPicker
          label={t('meetings.actions.fieldOwner')}
          text={owner.text}
          error={errors['ownerId']}
          onChange={(id, text) => setOwner({ id, text })}
        />
        <TextField
          label={t('meetings.actions.fieldDue')}
          type="date"
          value={dueDate}
          error={errors['dueDate']}
          onChange={(e) => setDueDate(e.target.value)}
        />
        <SelectField
          label={t('meetings.actions.fieldStatus')}
          value={status}
          options={labelOptions(t, 'actionStatus', ACTION_STATUSES)}
          onChange={setStatus}
        />
        <FormActions
          submitLabel={t('common.save')}
          busy={busy}
          failure={failure && t('meetings.actions.saveFailed', { message: failure })}
          onCancel={onClose}
          className="dialog-actions"
        />
      </form>
    </Dialog>
  );
}
