/**
 * Picks one organization by typing part of its name (in any script), found by NameFinder. Shows the
 * chosen organization's name until the user starts typing another.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNames, useRepos } from '../app/AppServices';
import { Combobox, type ComboboxOption } from '../ui/Combobox';
import { organizationOption } from './organizationOption';

const NO_OPTIONS: ComboboxOption[] = [];

interface OrganizationComboboxProps {
  label: string;
  value: string | null;
  onChange: (organizationId: string | null) => void;
  error?: string | undefined;
}

export function OrganizationCombobox({ label, value, onChange, error }: OrganizationComboboxProps) {
  const { i18n } = useTranslation();
  const repos = useRepos();
  const names = useNames();
  // null while the user is not typing: the field then shows the chosen organization's name.
  const [query, setQuery] = useState<string | null>(null);
  const chosen = useLiveQuery(() => (value ? repos.organizations.get(value) : undefined), [repos, value]);
  const options =
    useLiveQuery(
      async () =>
        (await names.find('organizations', query ?? '', 20)).map((o) => organizationOption(o, i18n.language)),
      [names, query, i18n.language],
    ) ?? NO_OPTIONS;

  return (
    <Combobox
      label={label}
      query={query ?? chosen?.name ?? ''}
      options={options}
      error={error}
      onQueryChange={(text) => {
        setQuery(text);
        if (!text.trim()) onChange(null);
      }}
      onSelect={(option) => {
        onChange(option.id);
        setQuery(null);
      }}
    />
  );
}
