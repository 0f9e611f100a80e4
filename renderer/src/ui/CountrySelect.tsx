/** Country as ISO 3166-1 alpha-2, listed by its name in the UI language, sorted by that language's rules. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES, countryName } from '../../../shared/domain/countries';
import { SelectField } from './Field';

interface CountrySelectProps {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string | undefined;
  /** The label of the empty choice: "Unknown" in a form, "Any country" in a filter. */
  emptyLabel?: string;
}

export function CountrySelect({ label, value, onChange, error, emptyLabel }: CountrySelectProps) {
  const { t, i18n } = useTranslation();
  const options = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    const countries = COUNTRY_CODES.map((code) => ({
      value: code,
      label: countryName(code, i18n.language),
    })).sort((a, b) => collator.compare(a.label, b.label));
    return [{ value: '', label: emptyLabel ?? t('common.unknown') }, ...countries];
  }, [i18n.language, t, emptyLabel]);
  return (
    <SelectField
      label={label}
      value={value ?? ''}
      options={options}
      error={error}
      onChange={(v) => onChange(v || null)}
    />
  );
}
