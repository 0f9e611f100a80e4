/**
 * Creates an organization. A name typed in Khmer, Lao, Thai… suggests its country while none is chosen;
 * on a validation error every typed value stays and the message shows beside its field.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { guessCountryFromScript } from '../../../shared/domain/countries';
import { ValidationError } from '../../../shared/domain/validation';
import { useRepos } from '../app/AppServices';
import { navigate } from '../app/router';
import { OrganizationFields, type OrganizationDraft } from './OrganizationFields';

const EMPTY: OrganizationDraft = { name: '', nativeName: '', country: null, kind: 'college', website: '' };

export function NewOrganizationForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const [draft, setDraft] = useState(EMPTY);
  const [countryChosen, setCountryChosen] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const change = <K extends keyof OrganizationDraft>(field: K, value: OrganizationDraft[K]) => {
    setDraft((current) => {
      const next = { ...current, [field]: value };
      if (field === 'nativeName' && !countryChosen && typeof value === 'string')
        next.country = guessCountryFromScript(value) ?? current.country;
      return next;
    });
    if (field === 'country') setCountryChosen(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await repos.organizations.create(draft);
      navigate({ name: 'organization', id: created.id });
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.byField());
      else throw error;
    }
  };

  return (
    <form
      className="settings-section"
      aria-labelledby="new-organization-title"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h2 id="new-organization-title">{t('organizations.newTitle')}</h2>
      <OrganizationFields value={draft} onChange={change} errors={errors} autoFocus />
      <div className="button-row form-actions">
        <button type="submit" className="primary">
          {t('organizations.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
