/**
 * Who met: counterpart organizations and the participants of both sides. Our delegation and theirs are
 * picked separately (by `person.isDelegate`), and each person shows with their title and organization,
 * which is what the minutes need.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { ValidationError } from '../../../shared/domain/validation';
import { useNames, useRepos } from '../app/AppServices';
import type { Repositories } from '../db/repositories/createRepositories';
import { useOrganizationOptions, useOrganizationSearch } from '../organizations/useOrganizationOptions';
import { ChipPicker } from '../ui/ChipPicker';
import type { ComboboxOption } from '../ui/Combobox';
import { namesById } from '../ui/recordsById';

interface MeetingPeopleFieldsProps {
  counterpartOrgIds: string[];
  participantIds: string[];
  onCounterpartsChange: (ids: string[]) => void;
  onParticipantsChange: (ids: string[]) => void;
  errors: { counterpartOrgIds?: string | undefined; participantIds?: string | undefined };
}

const SEARCH_LIMIT = 50;

const idsOf = (key: string) => (key ? key.split(' ') : []);

/** "Sok Dara — Director of Academic Affairs, Prek Leap …" */
function personLabel(person: Person, orgName: string | undefined): string {
  const role = [person.title, orgName].filter(Boolean).join(', ');
  return role ? `${person.name} — ${role}` : person.name;
}

function orgNamesOf(repos: Repositories, people: Person[]): Promise<Map<string, string>> {
  return namesById(
    repos.organizations,
    people.map((p) => p.organizationId),
  );
}

async function personOptions(repos: Repositories, people: Person[]): Promise<ComboboxOption[]> {
  const orgNames = await orgNamesOf(repos, people);
  return people.map((p) => {
    const detail = [p.nativeName, p.title, p.organizationId ? orgNames.get(p.organizationId) : '']
      .filter(Boolean)
      .join(' · ');
    return { id: p.id, label: p.name, ...(detail ? { detail } : {}) };
  });
}

export function MeetingPeopleFields(props: MeetingPeopleFieldsProps) {
  const { t } = useTranslation();
  const repos = useRepos();
  const names = useNames();
  const { counterpartOrgIds, participantIds, onCounterpartsChange, onParticipantsChange } = props;
  const [createError, setCreateError] = useState<string | undefined>(undefined);

  // Keyed by the ids' text: the draft's arrays are new after every autosave, their contents rarely are.
  const orgKey = counterpartOrgIds.join(' ');
  const participantKey = participantIds.join(' ');
  const selectedOrgs = useOrganizationOptions(counterpartOrgIds);
  const searchOrgs = useOrganizationSearch(SEARCH_LIMIT);
  const createOrg = async (name: string) => {
    setCreateError(undefined);
    try {
      const org = await repos.organizations.create({
        name,
        nativeName: '',
        country: null,
        kind: 'other',
        website: '',
      });
      onCounterpartsChange([...counterpartOrgIds, org.id]);
    } catch (error) {
      setCreateError(
        error instanceof ValidationError ? (error.byField()['name'] ?? 'validation.invalid') : String(error),
      );
    }
  };

  const participants = useLiveQuery(async () => {
    const people = await repos.people.getMany(idsOf(participantKey));
    return { people, orgNames: await orgNamesOf(repos, people) };
  }, [repos, participantKey]);
  const [ours, theirs] = useMemo(() => {
    const toOption = (p: Person) => ({
      id: p.id,
      label: personLabel(p, p.organizationId ? participants?.orgNames.get(p.organizationId) : undefined),
    });
    const people = participants?.people ?? [];
    return [
      people.filter((p) => p.isDelegate).map(toOption),
      people.filter((p) => !p.isDelegate).map(toOption),
    ];
  }, [participants]);

  const searchOurs = useCallback(
    async (query: string) => {
      const found = query.trim()
        ? (await names.find('people', query, SEARCH_LIMIT)).filter((p) => p.isDelegate)
        : await repos.people.delegates(SEARCH_LIMIT);
      return personOptions(repos, found);
    },
    [repos, names],
  );
  // With nothing typed, offer the people of the counterpart organizations: the likely participants.
  const searchTheirs = useCallback(
    async (query: string) => {
      const found = query.trim()
        ? await names.find('people', query, SEARCH_LIMIT)
        : (
            await Promise.all(idsOf(orgKey).map((id) => repos.people.forOrganization(id, SEARCH_LIMIT)))
          ).flat();
      return personOptions(
        repos,
        found.filter((p) => !p.isDelegate),
      );
    },
    [repos, names, orgKey],
  );

  const add = (id: string) => {
    if (!participantIds.includes(id)) onParticipantsChange([...participantIds, id]);
  };
  const remove = (id: string) => onParticipantsChange(participantIds.filter((x) => x !== id));

  return (
    <section className="panel" aria-labelledby="meeting-people-title">
      <h2 id="meeting-people-title">{t('meetings.participantsTitle')}</h2>
      <div className="form-grid">
        <div className="wide">
          <ChipPicker
            label={t('meetings.fieldCounterparts')}
            selected={selectedOrgs}
            search={searchOrgs}
            onAdd={(option) => onCounterpartsChange([...counterpartOrgIds, option.id])}
            onRemove={(id) => onCounterpartsChange(counterpartOrgIds.filter((x) => x !== id))}
            onCreate={(name) => void createOrg(name)}
            error={props.errors.counterpartOrgIds ?? createError}
          />
        </div>
        <div className="wide">
          <ChipPicker
            label={t('meetings.fieldOurParticipants')}
            selected={ours}
            search={searchOurs}
            onAdd={(option) => add(option.id)}
            onRemove={remove}
            error={props.errors.participantIds}
          />
        </div>
        <div className="wide">
          <ChipPicker
            label={t('meetings.fieldTheirParticipants')}
            selected={theirs}
            search={searchTheirs}
            onAdd={(option) => add(option.id)}
            onRemove={remove}
          />
        </div>
      </div>
      <p className="field-hint">{t('meetings.participantsHint')}</p>
    </section>
  );
}
