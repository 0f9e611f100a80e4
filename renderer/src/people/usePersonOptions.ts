/**
 * People as pick-list options for a ChipPicker: a stable type-ahead search by name (NameFinder), and
 * the chosen ones by id. Both keep their identity between renders (the picker re-searches when either
 * changes).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useNames, useRepos } from '../app/AppServices';
import type { ComboboxOption } from '../ui/Combobox';
import { personOption } from './personOption';

const NONE: ComboboxOption[] = [];

export function usePersonSearch(): (query: string) => Promise<ComboboxOption[]> {
  const names = useNames();
  return useCallback(
    async (query: string) => (await names.find('people', query, 20)).map(personOption),
    [names],
  );
}

export function usePersonOptions(ids: readonly string[]): ComboboxOption[] {
  const repos = useRepos();
  const key = ids.join(',');
  return (
    useLiveQuery(
      async () => (await repos.people.getMany(key ? key.split(',') : [])).map(personOption),
      [repos, key],
    ) ?? NONE
  );
}
