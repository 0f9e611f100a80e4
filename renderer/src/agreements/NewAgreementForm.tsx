/**
 * Starts an agreement as "proposed" with its title, kind, partner organizations and scope; the rest is
 * filled in on its page as it moves through its lifecycle. On a validation error every typed value stays
 * and the message shows beside its field.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, type Agreement } from '../../../shared/domain/entities';
import { ValidationError } from '../../../shared/domain/validation';
import { useRepos } from '../app/AppServices';
import { navigate } from '../app/router';
import { useOrganizationSearch } from '../organizations/useOrganizationOptions';
import { ChipPicker } from '../ui/ChipPicker';
import type { ComboboxOption } from '../ui/Combobox';
import { SelectField, TextArea, TextField } from '../ui/Field';

export function NewAgreementForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const searchOrganizations = useOrganizationSearch();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<Agreement['kind']>('mou');
  const [parties, setParties] = useState<ComboboxOption[]>([]);
  const [scope, setScope] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const kinds = AGREEMENT_KINDS.map((value) => ({ value, label: t(`labels.agreementKind.${value}`) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await repos.agreements.create({
        title,
        kind,
        partyOrgIds: parties.map((p) => p.id),
        scope,
        status: 'proposed',
        signedOn: null,
        signingPlace: '',
        eventId: null,
        signatoryIds: [],
        validFrom: null,
        validUntil: null,
        renewalReminder: null,
        meetingIds: [],
      });
      navigate({ name: 'agreement', id: created.id });
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.byField());
      else throw error;
    }
  };

  return (
    <form
      className="settings-section"
      aria-labelledby="new-agreement-title"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h2 id="new-agreement-title">{t('agreements.newTitle')}</h2>
      <div className="form-grid">
        <TextField
          className="wide"
          label={t('agreements.agreementTitle')}
          value={title}
          error={errors['title']}
          required
          autoFocus
          onChange={(e) => setTitle(e.target.value)}
        />
        <SelectField label={t('agreements.kind')} value={kind} options={kinds} onChange={setKind} />
        <div className="wide">
          <ChipPicker
            label={t('agreements.parties')}
            selected={parties}
            search={searchOrganizations}
            error={errors['partyOrgIds']}
            onAdd={(option) => {
              setParties((current) => [...current, option]);
              setErrors(({ partyOrgIds: _, ...rest }) => rest);
            }}
            onRemove={(id) => setParties((current) => current.filter((p) => p.id !== id))}
          />
        </div>
        <TextArea
          className="wide"
          label={t('agreements.scope')}
          value={scope}
          error={errors['scope']}
          onChange={(e) => setScope(e.target.value)}
        />
      </div>
      <div className="button-row form-actions">
        <button type="submit" className="primary">
          {t('agreements.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
