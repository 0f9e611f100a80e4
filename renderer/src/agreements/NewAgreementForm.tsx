/**
 * Starts an agreement as "proposed" with its title, kind, partner organizations and scope; the rest is
 * filled in on its page as it moves through its lifecycle. On a validation error every typed value stays
 * and the message shows beside its field.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, type Agreement } from '../../../shared/domain/entities';
import { useRepos } from '../app/AppServices';
import { navigate } from '../app/router';
import { useOrganizationSearch } from '../organizations/useOrganizationOptions';
import { ChipPicker } from '../ui/ChipPicker';
import type { ComboboxOption } from '../ui/Combobox';
import { SelectField, TextArea, TextField } from '../ui/Field';
import { labelOptions } from '../ui/labelOptions';
import { NewRecordForm } from '../ui/NewRecordForm';
import { useFormSubmit } from '../ui/useFormSubmit';

export function NewAgreementForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const searchOrganizations = useOrganizationSearch();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<Agreement['kind']>('mou');
  const [parties, setParties] = useState<ComboboxOption[]>([]);
  const [scope, setScope] = useState('');
  const { errors, setErrors, failure, busy, run } = useFormSubmit();

  const submit = () =>
    run(async () => {
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
    });

  return (
    <NewRecordForm
      title={t('agreements.newTitle')}
      submitLabel={t('agreements.create')}
      failure={failure}
      busy={busy}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
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
        <SelectField
          label={t('agreements.kind')}
          value={kind}
          options={labelOptions(t, 'agreementKind', AGREEMENT_KINDS)}
          onChange={setKind}
        />
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
    </NewRecordForm>
  );
}
