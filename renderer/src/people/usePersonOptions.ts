/**
 * People as pick-list options for a ChipPicker: a stable type-ahead search through the name index, and
 * the chosen ones by id. Both keep their identity between renders (the picker re-searches when either
 * changes).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useRepos } from '../app/AppServices';
import type { ComboboxOption } from '../ui/Combobox';
import { personOption } from './personOption';

const NONE: ComboboxOption[] = [];

export function usePersonSearch(): (query: string) => Promise<ComboboxOption[]> {
  const repos = useRepos();
  return useCallback(
    async (query: string) => (await repos.people.search(query, 20)).map(personOption),
    [repos],
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
