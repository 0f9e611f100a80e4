/** The fields of a person, shared by the "new person" form and the person page. */
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { OrganizationCombobox } from '../organizations/OrganizationCombobox';
import { TextArea, TextField } from '../ui/Field';

export type PersonDraft = Omit<Person, 'id'>;

interface PersonFieldsProps {
  value: PersonDraft;
  onChange: <K extends keyof PersonDraft>(field: K, value: PersonDraft[K]) => void;
  errors: Partial<Record<string, string>>;
  autoFocus?: boolean;
}

export function PersonFields({ value, onChange, errors, autoFocus }: PersonFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <TextField
        label={t('people.name')}
        value={value.name}
        error={errors['name']}
        required
        autoFocus={autoFocus}
        onChange={(e) => onChange('name', e.target.value)}
      />
      <TextField
        label={t('people.nativeName')}
        value={value.nativeName}
        error={errors['nativeName']}
        onChange={(e) => onChange('nativeName', e.target.value)}
      />
      <TextField
        label={t('people.personTitle')}
        value={value.title}
        error={errors['title']}
        onChange={(e) => onChange('title', e.target.value)}
      />
      <OrganizationCombobox
        label={t('people.organization')}
        value={value.organizationId}
        error={errors['organizationId']}
        onChange={(id) => onChange('organizationId', id)}
      />
      <TextField
        label={t('people.email')}
        type="email"
        autoComplete="off"
        value={value.email}
        error={errors['email']}
        onChange={(e) => onChange('email', e.target.value)}
      />
      <TextField
        label={t('people.phone')}
        type="tel"
        value={value.phone}
        error={errors['phone']}
        onChange={(e) => onChange('phone', e.target.value)}
      />
      <label className="choice wide">
        <input
          type="checkbox"
          checked={value.isDelegate}
          onChange={(e) => onChange('isDelegate', e.target.checked)}
        />
        {t('people.isDelegate')}
      </label>
      <TextArea
        className="wide"
        label={t('people.notes')}
        value={value.notes}
        error={errors['notes']}
        onChange={(e) => onChange('notes', e.target.value)}
      />
    </div>
  );
}
