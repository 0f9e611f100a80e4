/**
 * Picks an action item's owner: our delegates first, then anyone found by name. Clearing the text leaves
 * the item without an owner; text that names nobody is reported by the form.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { useNames, useRepos } from '../app/AppServices';
import { Combobox, type ComboboxOption } from '../ui/Combobox';

interface OwnerPickerProps {
  label: string;
  /** The text in the field: the chosen owner's name, or what is being typed. */
  text: string;
  onChange: (ownerId: string | null, text: string) => void;
  error?: string | undefined;
}

const LIMIT = 30;

export function OwnerPicker({ label, text, onChange, error }: OwnerPickerProps) {
  const { t } = useTranslation();
  const repos = useRepos();
  const names = useNames();
  const [options, setOptions] = useState<ComboboxOption[]>([]);

  useEffect(() => {
    let current = true;
    const find = async () => {
      const query = text.trim();
      const people = query ? await names.find('people', query, LIMIT) : await repos.people.delegates(LIMIT);
      const sorted = [...people].sort((a, b) => Number(b.isDelegate) - Number(a.isDelegate));
      const toOption = (p: Person): ComboboxOption => {
        const detail = [p.isDelegate ? t('meetings.actions.ourDelegation') : '', p.nativeName, p.title]
          .filter(Boolean)
          .join(' · ');
        return { id: p.id, label: p.name, ...(detail ? { detail } : {}) };
      };
      return sorted.map(toOption);
    };
    find().then(
      (found) => current && setOptions(found),
      () => current && setOptions([]),
    );
    return () => {
      current = false;
    };
  }, [repos, names, text, t]);

  return (
    <Combobox
      label={label}
      query={text}
      options={options}
      error={error}
      onQueryChange={(value) => onChange(null, value)}
      onSelect={(option) => onChange(option.id, option.label)}
    />
  );
}
