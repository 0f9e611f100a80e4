/**
 * Picks several records (counterparts, participants, parties) with a type-ahead; the chosen ones show as
 * removable chips. The caller's `search` reads through an index.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox, type ComboboxOption } from './Combobox';

interface ChipPickerProps {
  label: string;
  selected: readonly ComboboxOption[];
  search: (query: string) => Promise<ComboboxOption[]>;
  onAdd: (option: ComboboxOption) => void;
  onRemove: (id: string) => void;
  onCreate?: (text: string) => void;
  error?: string | undefined;
}

export function ChipPicker({ label, selected, search, onAdd, onRemove, onCreate, error }: ChipPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<ComboboxOption[]>([]);

  // Keyed by the chosen ids, so a caller passing a new array with the same records does not re-search.
  const selectedKey = selected.map((s) => s.id).join(' ');
  const chosen = useMemo(() => new Set(selectedKey.split(' ')), [selectedKey]);

  // The latest search function, so callers may pass an inline one without re-running the search.
  const searchRef = useRef(search);
  useEffect(() => {
    searchRef.current = search;
  }, [search]);

  useEffect(() => {
    let current = true;
    searchRef.current(query).then(
      (found) => current && setOptions(found.filter((o) => !chosen.has(o.id))),
      () => current && setOptions([]),
    );
    return () => {
      current = false;
    };
  }, [query, chosen]);

  return (
    <div className="chip-picker">
      {selected.length > 0 && (
        <ul className="chips" aria-label={label}>
          {selected.map((item) => (
            <li key={item.id} className="chip">
              <span dir="auto">{item.label}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('common.remove', { name: item.label })}
                onClick={() => onRemove(item.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <Combobox
        label={label}
        query={query}
        onQueryChange={setQuery}
        options={options}
        error={error}
        onSelect={(option) => {
          onAdd(option);
          setQuery('');
        }}
        {...(onCreate
          ? {
              onCreate: (text: string) => {
                onCreate(text);
                setQuery('');
              },
            }
          : {})}
      />
    </div>
  );
}
