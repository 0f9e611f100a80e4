/**
 * Picks one person by typing part of their name (in any script), found by NameFinder. Shows the chosen
 * person's name until the user starts typing another.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNames, useRepos } from '../app/AppServices';
import { Combobox, type ComboboxOption } from '../ui/Combobox';
import { personOption } from './personOption';

const NO_OPTIONS: ComboboxOption[] = [];

interface PersonComboboxProps {
  label: string;
  value: string | null;
  onChange: (personId: string | null) => void;
  error?: string | undefined;
}

export function PersonCombobox({ label, value, onChange, error }: PersonComboboxProps) {
  const repos = useRepos();
  const names = useNames();
  // null while the user is not typing: the field then shows the chosen person's name.
  const [query, setQuery] = useState<string | null>(null);
  const chosen = useLiveQuery(() => (value ? repos.people.get(value) : undefined), [repos, value]);
  const options =
    useLiveQuery(
      async () => (await names.find('people', query ?? '', 20)).map(personOption),
      [names, query],
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
