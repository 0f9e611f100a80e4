/**
 * Links meetings to an agreement. Meeting titles are not indexed, so the candidates are the meetings
 * with the agreement's partner organizations (read through the counterpart index), filtered by title in
 * memory.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/entities';
import { foldText } from '../../../shared/search/foldText';
import { formatDateInZone } from '../../../shared/time/zonedTime';
import { useRepos } from '../app/AppServices';
import type { Repositories } from '../db/repositories/createRepositories';
import { ChipPicker } from '../ui/ChipPicker';
import { eventZones, meetingZone } from '../meetings/meetingZones';
import type { ComboboxOption } from '../ui/Combobox';

const NONE: ComboboxOption[] = [];
/** Meetings read per partner organization; an organization rarely has more with one institution. */
const MEETINGS_PER_PARTY = 200;

async function meetingOptions(repos: Repositories, meetings: Meeting[], language: string) {
  const zones = await eventZones(
    repos,
    meetings.map((m) => m.eventId),
  );
  return meetings.map((m): ComboboxOption => ({
    id: m.id,
    label: m.title,
    detail: formatDateInZone(m.startsAt, meetingZone(m, zones), language),
  }));
}

interface AgreementMeetingsPickerProps {
  partyOrgIds: readonly string[];
  meetingIds: readonly string[];
  onChange: (meetingIds: string[]) => void;
  error?: string | undefined;
}

export function AgreementMeetingsPicker({
  partyOrgIds,
  meetingIds,
  onChange,
  error,
}: AgreementMeetingsPickerProps) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const partiesKey = partyOrgIds.join(',');
  const chosenKey = meetingIds.join(',');
  const candidates =
    useLiveQuery(async () => {
      const found = new Map<string, Meeting>();
      for (const party of partiesKey ? partiesKey.split(',') : []) {
        for (const meeting of await repos.meetings.forOrganization(party, MEETINGS_PER_PARTY))
          found.set(meeting.id, meeting);
      }
      const meetings = [...found.values()].sort((a, b) => b.startsAt - a.startsAt);
      return meetingOptions(repos, meetings, i18n.language);
    }, [repos, partiesKey, i18n.language]) ?? NONE;
  const selected =
    useLiveQuery(
      async () =>
        meetingOptions(
          repos,
          await repos.meetings.getMany(chosenKey ? chosenKey.split(',') : []),
          i18n.language,
        ),
      [repos, chosenKey, i18n.language],
    ) ?? NONE;
  const search = useCallback(
    (query: string) => {
      const folded = foldText(query.trim());
      return Promise.resolve(
        candidates.filter((option) => !folded || foldText(option.label).includes(folded)).slice(0, 20),
      );
    },
    [candidates],
  );

  return (
    <div className="wide">
      <ChipPicker
        label={t('agreements.meetings')}
        selected={selected}
        search={search}
        error={error}
        onAdd={(option) => onChange([...meetingIds, option.id])}
        onRemove={(id) => onChange(meetingIds.filter((m) => m !== id))}
      />
      <p className="field-hint">{t('agreements.meetingsHint')}</p>
    </div>
  );
}
