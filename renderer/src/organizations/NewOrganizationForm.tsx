/**
 * Creates an organization. A name typed in Khmer, Lao, Thai… suggests its country while none is chosen;
 * on a validation error every typed value stays and the message shows beside its field.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { guessCountryFromScript } from '../../../shared/domain/countries';
import { useRepos } from '../app/AppServices';
import { navigate } from '../app/router';
import { NewRecordForm } from '../ui/NewRecordForm';
import { useFormSubmit } from '../ui/useFormSubmit';
import { OrganizationFields, type OrganizationDraft } from './OrganizationFields';

const EMPTY: OrganizationDraft = { name: '', nativeName: '', country: null, kind: 'college', website: '' };

export function NewOrganizationForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const [draft, setDraft] = useState(EMPTY);
  const [countryChosen, setCountryChosen] = useState(false);
  const { errors, failure, busy, run } = useFormSubmit();

  const change = <K extends keyof OrganizationDraft>(field: K, value: OrganizationDraft[K]) => {
    setDraft((current) => {
      const next = { ...current, [field]: value };
      if (field === 'nativeName' && !countryChosen && typeof value === 'string')
        next.country = guessCountryFromScript(value) ?? current.country;
      return next;
    });
    if (field === 'country') setCountryChosen(true);
  };

  const submit = () =>
    run(async () => {
      const created = await repos.organizations.create(draft);
      navigate({ name: 'organization', id: created.id });
    });

  return (
    <NewRecordForm
      title={t('organizations.newTitle')}
      submitLabel={t('organizations.create')}
      failure={failure}
      busy={busy}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <OrganizationFields value={draft} onChange={change} errors={errors} autoFocus />
    </NewRecordForm>
  );
}
