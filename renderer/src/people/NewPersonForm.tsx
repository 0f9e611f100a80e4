/** Creates a person; on a validation error every typed value stays and the message shows beside its field. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidationError } from '../../../shared/domain/validation';
import { useRepos } from '../app/AppServices';
import { navigate } from '../app/router';
import { PersonFields, type PersonDraft } from './PersonFields';

const EMPTY: PersonDraft = {
  name: '',
  nativeName: '',
  title: '',
  organizationId: null,
  email: '',
  phone: '',
  isDelegate: false,
  notes: '',
};

export function NewPersonForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await repos.people.create({ ...draft, email: draft.email.trim() });
      navigate({ name: 'person', id: created.id });
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.byField());
      else throw error;
    }
  };

  return (
    <form
      className="settings-section"
      aria-labelledby="new-person-title"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h2 id="new-person-title">{t('people.newTitle')}</h2>
      <PersonFields
        value={draft}
        onChange={(field, value) => setDraft((current) => ({ ...current, [field]: value }))}
        errors={errors}
        autoFocus
      />
      <div className="button-row form-actions">
        <button type="submit" className="primary">
          {t('people.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
