/**
 * Chooses the meetings for minutes: one event's, or from all meetings (those outside any event included),
 * with a checkbox each. The list shows a page at a time and grows on "Show more", reading only what it
 * shows through an index; "Select all" means the whole scope, shown or not.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../shared/domain/entities';
import { formatDateInZone } from '../../../shared/time/zonedTime';
import { useRepos } from '../app/AppServices';
import { SelectField } from '../ui/Field';
import { laptopZone } from '../ui/zoneLabels';
import {
  EVERY_MEETING,
  NO_MEETING,
  chosenCount,
  firstInScope,
  isChosen,
  withChoice,
  type MeetingScope,
  type MeetingSelection,
} from './meetingScope';

/** Meetings the list shows at first, and adds on each "Show more": a page, as the meetings list reads. */
const SHOWN = 50;
/** The select's value for "all meetings"; event ids are ULIDs, so it cannot clash with one. */
const ALL = 'all';

/** Memoized: a running job re-renders the page on every step, and this list can hold hundreds of rows. */
export const MeetingChooser = memo(function MeetingChooser({
  events,
  scope,
  total,
  selection,
  onScopeChange,
  onSelectionChange,
}: {
  events: readonly Event[];
  scope: MeetingScope;
  total: number;
  selection: MeetingSelection;
  onScopeChange: (scope: MeetingScope) => void;
  onSelectionChange: (selection: MeetingSelection) => void;
}) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const scopeKey = scope.kind === 'event' ? scope.eventId : ALL;
  const [shown, setShown] = useState({ scopeKey, limit: SHOWN });
  // A new scope starts again at the first page.
  const limit = shown.scopeKey === scopeKey ? shown.limit : SHOWN;
  const loaded = useLiveQuery(() => firstInScope(repos, scope, limit), [repos, scopeKey, limit]);
  const meetings = loaded ?? [];
  const eventsById = new Map(events.map((e) => [e.id, e]));
  const local = laptopZone();

  return (
    <>
      <SelectField
        label={t('exports.meetingsFrom')}
        value={scopeKey}
        options={[
          ...events.map((e) => ({ value: e.id, label: e.name })),
          { value: ALL, label: t('exports.allMeetings') },
        ]}
        onChange={(value) =>
          onScopeChange(value === ALL ? { kind: 'all' } : { kind: 'event', eventId: value })
        }
      />
      {total === 0 ? (
        <p>{scope.kind === 'event' ? t('exports.noMeetings') : t('exports.noMeetingsAtAll')}</p>
      ) : (
        <fieldset className="choice-list export-meetings">
          <legend>{t('exports.selectMeetings')}</legend>
          <div className="button-row">
            <button type="button" onClick={() => onSelectionChange(EVERY_MEETING)}>
              {t('exports.selectAll')}
            </button>
            <button type="button" onClick={() => onSelectionChange(NO_MEETING)}>
              {t('exports.selectNone')}
            </button>
          </div>
          {meetings.map((meeting) => {
            const event = meeting.eventId ? eventsById.get(meeting.eventId) : undefined;
            const date = formatDateInZone(meeting.startsAt, event?.timeZone ?? local, i18n.language);
            return (
              <label key={meeting.id} className="choice">
                <input
                  type="checkbox"
                  checked={isChosen(selection, meeting.id)}
                  onChange={(e) => onSelectionChange(withChoice(selection, meeting.id, e.target.checked))}
                />
                <span dir="auto">{meeting.title}</span>{' '}
                <span className="muted" dir="auto">
                  {scope.kind === 'event'
                    ? date
                    : `${date} · ${event?.name ?? (meeting.eventId ? t('common.unknown') : t('exports.noEvent'))}`}
                </span>
              </label>
            );
          })}
          {loaded && meetings.length < total && (
            <button type="button" onClick={() => setShown({ scopeKey, limit: limit + SHOWN })}>
              {t('exports.showMore')}
            </button>
          )}
        </fieldset>
      )}
      <p className="muted">
        {t('exports.chosenCount', {
          chosen: chosenCount(selection, total),
          shown: meetings.length,
          total,
        })}
      </p>
    </>
  );
});
