/** The fields of an organization, shared by the "new organization" form and the organization page. */
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_KINDS, type Organization } from '../../../shared/domain/entities';
import { CountrySelect } from '../ui/CountrySelect';
import { SelectField, TextField } from '../ui/Field';
import { labelOptions } from '../ui/labelOptions';

export type OrganizationDraft = Omit<Organization, 'id'>;

interface OrganizationFieldsProps {
  value: OrganizationDraft;
  onChange: <K extends keyof OrganizationDraft>(field: K, value: OrganizationDraft[K]) => void;
  errors: Partial<Record<string, string>>;
  autoFocus?: boolean;
}

export function OrganizationFields({ value, onChange, errors, autoFocus }: OrganizationFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <TextField
        label={t('organizations.name')}
        value={value.name}
        error={errors['name']}
        required
        autoFocus={autoFocus}
        onChange={(e) => onChange('name', e.target.value)}
      />
      <TextField
        label={t('organizations.nativeName')}
        value={value.nativeName}
        error={errors['nativeName']}
        onChange={(e) => onChange('nativeName', e.target.value)}
      />
      <CountrySelect
        label={t('organizations.country')}
        value={value.country}
        error={errors['country']}
        onChange={(code) => onChange('country', code)}
      />
      <SelectField
        label={t('organizations.kind')}
        value={value.kind}
        options={labelOptions(t, 'organizationKind', ORGANIZATION_KINDS)}
        error={errors['kind']}
        onChange={(kind) => onChange('kind', kind)}
      />
      <TextField
        label={t('organizations.website')}
        type="url"
        inputMode="url"
        value={value.website}
        error={errors['website']}
        onChange={(e) => onChange('website', e.target.value)}
      />
    </div>
  );
}
