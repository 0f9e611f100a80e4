/**
 * Organizations as pick-list options for a ChipPicker: a stable type-ahead search by name (NameFinder),
 * and the chosen ones by id. Both keep their identity between renders (the picker re-searches
 * when either changes).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNames, useRepos } from '../app/AppServices';
import type { ComboboxOption } from '../ui/Combobox';
import { organizationOption } from './organizationOption';

const NONE: ComboboxOption[] = [];

export function useOrganizationSearch(limit = 20): (query: string) => Promise<ComboboxOption[]> {
  const names = useNames();
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    async (query: string) =>
      (await names.find('organizations', query, limit)).map((o) => organizationOption(o, language)),
    [names, language, limit],
  );
}

export function useOrganizationOptions(ids: readonly string[]): ComboboxOption[] {
  const repos = useRepos();
  const { i18n } = useTranslation();
  const key = ids.join(',');
  return (
    useLiveQuery(
      async () =>
        (await repos.organizations.getMany(key ? key.split(',') : [])).map((o) =>
          organizationOption(o, i18n.language),
        ),
      [repos, key, i18n.language],
    ) ?? NONE
  );
}
