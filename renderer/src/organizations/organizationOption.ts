import type { Organization } from '../../../shared/domain/entities';
import { countryName } from '../../../shared/domain/countries';
import type { ComboboxOption } from '../ui/Combobox';

/** An organization as a pick-list option: its name, with its native-script name and country beneath. */
export function organizationOption(organization: Organization, language: string): ComboboxOption {
  const detail = [
    organization.nativeName,
    organization.country && countryName(organization.country, language),
  ]
    .filter(Boolean)
    .join(' · ');
  return { id: organization.id, label: organization.name, ...(detail ? { detail } : {}) };
}
