/** The register's filter controls: status, partner, partner's country and "expires within N days". */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_STATUSES } from '../../../shared/domain/entities';
import type { AgreementStatus } from '../../../shared/rules/agreementLifecycle';
import { OrganizationCombobox } from '../organizations/OrganizationCombobox';
import { CountrySelect } from '../ui/CountrySelect';
import { SelectField, TextField } from '../ui/Field';
import { labelOptions } from '../ui/labelOptions';
import type { AgreementFilters } from './agreementFilters';

/** About a century: further than any agreement runs, and still a valid calendar date. */
const MAX_DAYS = 36_500;

interface AgreementFiltersBarProps {
  filters: AgreementFilters;
  onChange: (filters: AgreementFilters) => void;
}

export function AgreementFiltersBar({ filters, onChange }: AgreementFiltersBarProps) {
  const { t } = useTranslation();
  // The typed text stays even when it is not a number of days; the filter then ignores it.
  const [days, setDays] = useState(filters.expiresWithinDays?.toString() ?? '');
  const [daysError, setDaysError] = useState<string | undefined>(undefined);
  const statuses = [
    { value: '' as const, label: t('agreements.anyStatus') },
    ...labelOptions(t, 'agreementStatus', AGREEMENT_STATUSES),
  ];

  const changeDays = (text: string) => {
    setDays(text);
    const trimmed = text.trim();
    const valid = /^\d+$/.test(trimmed) && Number(trimmed) <= MAX_DAYS;
    setDaysError(trimmed && !valid ? t('agreements.daysInvalid') : undefined);
    onChange({ ...filters, expiresWithinDays: valid ? Number(trimmed) : null });
  };

  return (
    <fieldset className="toolbar">
      <legend className="visually-hidden">{t('agreements.filters')}</legend>
      <SelectField<AgreementStatus | ''>
        label={t('agreements.status')}
        value={filters.status ?? ''}
        options={statuses}
        onChange={(status) => onChange({ ...filters, status: status || null })}
      />
      <OrganizationCombobox
        label={t('agreements.partner')}
        value={filters.partnerId}
        onChange={(partnerId) => onChange({ ...filters, partnerId })}
      />
      <CountrySelect
        label={t('agreements.partnerCountry')}
        emptyLabel={t('agreements.anyCountry')}
        value={filters.country}
        onChange={(country) => onChange({ ...filters, country })}
      />
      <TextField
        label={t('agreements.expiresWithin')}
        type="number"
        min={0}
        step={1}
        inputMode="numeric"
        value={days}
        error={daysError}
        hint={t('agreements.expiresWithinHint')}
        onChange={(e) => changeDays(e.target.value)}
      />
    </fieldset>
  );
}
