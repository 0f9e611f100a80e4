/** Creates a person; on a validation error every typed value stays and the message shows beside its field. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepos } from '../app/AppServices';
import { navigate } from '../app/router';
import { NewRecordForm } from '../ui/NewRecordForm';
import { useFormSubmit } from '../ui/useFormSubmit';
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
  const { errors, failure, busy, run } = useFormSubmit();

  const submit = () =>
    run(async () => {
      const created = await repos.people.create({ ...draft, email: draft.email.trim() });
      navigate({ name: 'person', id: created.id });
    });

  return (
    <NewRecordForm
      title={t('people.newTitle')}
      submitLabel={t('people.create')}
      failure={failure}
      busy={busy}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <PersonFields
        value={draft}
        onChange={(field, value) => setDraft((current) => ({ ...current, [field]: value }))}
        errors={errors}
        autoFocus
      />
    </NewRecordForm>
  );
}
