/**
 * The meeting editor. Every field autosaves (useAutosavedDraft): what is typed reaches IndexedDB within
 * moments, a field with an error keeps its text and shows why beside it, and the other fields still save.
 * Times are entered and shown in the event's zone.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONFIDENTIALITY_LEVELS,
  MEETING_KINDS,
  MEETING_STATUSES,
  type Event,
  type Meeting,
} from '../../../shared/domain/entities';
import { useRepos } from '../app/AppServices';
import { navigate, routeHref } from '../app/router';
import { AttachmentList } from '../attachments/AttachmentList';
import { MeetingMinutesExport } from '../exports/MeetingMinutesExport';
import { AutosaveStatus } from '../ui/AutosaveStatus';
import { SelectField, TextField, TextArea } from '../ui/Field';
import { labelOptions } from '../ui/labelOptions';
import { ZonedDateTimeFields } from '../ui/ZonedDateTimeFields';
import { laptopZone, zoneLabel } from '../ui/zoneLabels';
import { useAutosavedDraft } from '../ui/useAutosavedDraft';
import { ActionItemsSection } from './ActionItemsSection';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { MeetingPeopleFields } from './MeetingPeopleFields';
import { NotesSection } from './NotesSection';
import { TagInput } from './TagInput';

/** Typed text reaches IndexedDB within this many milliseconds. */
const AUTOSAVE_DELAY = 400;

export function MeetingEditor({ meeting, event }: { meeting: Meeting; event: Event | null }) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const id = meeting.id;

  const save = useCallback((patch: Partial<Meeting>) => repos.meetings.update(id, patch), [repos, id]);
  const { draft, setField, errors, state, failure, flush } = useAutosavedDraft(meeting, save, AUTOSAVE_DELAY);

  const zone = event?.timeZone ?? laptopZone();
  const title = draft.title.trim() || t('meetings.untitled');

  return (
    <section className="page meeting-page" aria-labelledby="page-title">
      <header className="page-header">
        <div>
          <a href={routeHref({ name: 'meetings' })}>{t('meetings.allMeetings')}</a>
          <h1 id="page-title" dir="auto">
            {title}
          </h1>
          {event && (
            <a href={routeHref({ name: 'event', id: event.id })} dir="auto">
              {t('meetings.event', { name: event.name })}
            </a>
          )}
        </div>
        <div className="button-row meeting-actions">
          <MeetingMinutesExport meeting={meeting} beforePrint={flush} />
          <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
            {t('meetings.deleteMeeting')}
          </button>
        </div>
      </header>
      <AutosaveStatus
        state={state}
        failure={failure}
        invalidText={t('meetings.saveErrors')}
        testId="meeting-save-state"
      />

      <section className="panel" aria-labelledby="meeting-details-title">
        <h2 id="meeting-details-title">{t('meetings.detailsTitle')}</h2>
        <div className="form-grid">
          <TextField
            className="wide"
            label={t('meetings.fieldTitle')}
            value={draft.title}
            error={errors.title}
            required
            onChange={(event) => setField('title', event.target.value)}
          />
          <SelectField
            label={t('meetings.fieldKind')}
            value={draft.kind}
            options={labelOptions(t, 'meetingKind', MEETING_KINDS)}
            onChange={(value) => setField('kind', value)}
          />
          <SelectField
            label={t('meetings.fieldStatus')}
            value={draft.status}
            options={labelOptions(t, 'meetingStatus', MEETING_STATUSES)}
            onChange={(value) => setField('status', value)}
          />
          <SelectField
            label={t('meetings.fieldConfidentiality')}
            value={draft.confidentiality}
            options={labelOptions(t, 'confidentiality', CONFIDENTIALITY_LEVELS)}
            onChange={(value) => setField('confidentiality', value)}
          />
          <p className="wide field-hint meeting-zone">
            {event
              ? t('common.eventTime', { zone: zoneLabel(zone, draft.startsAt, i18n.language) })
              : t('meetings.noEventZone', { zone })}
          </p>
          <ZonedDateTimeFields
            label={t('common.startTime')}
            zone={zone}
            value={draft.startsAt}
            onChange={(instant) => setField('startsAt', instant)}
          />
          <ZonedDateTimeFields
            label={t('common.endTime')}
            zone={zone}
            value={draft.endsAt}
            error={errors.endsAt ?? errors.startsAt}
            onChange={(instant) => setField('endsAt', instant)}
          />
          <TextField
            label={t('meetings.fieldLocation')}
            value={draft.location}
            error={errors.location}
            onChange={(event) => setField('location', event.target.value)}
          />
          <TagInput
            className="wide"
            label={t('meetings.fieldTags')}
            hint={t('meetings.tagsHint')}
            tags={draft.tags}
            error={errors.tags}
            onChange={(tags) => setField('tags', tags)}
          />
        </div>
      </section>

      <MeetingPeopleFields
        counterpartOrgIds={draft.counterpartOrgIds}
        participantIds={draft.participantIds}
        onCounterpartsChange={(ids) => setField('counterpartOrgIds', ids)}
        onParticipantsChange={(ids) => setField('participantIds', ids)}
        errors={{ counterpartOrgIds: errors.counterpartOrgIds, participantIds: errors.participantIds }}
      />

      <section className="panel" aria-labelledby="meeting-record-title">
        <h2 id="meeting-record-title">{t('meetings.recordTitle')}</h2>
        <div className="form-grid">
          <TextArea
            className="wide"
            label={t('meetings.fieldAgenda')}
            value={draft.agenda}
            error={errors.agenda}
            rows={4}
            onChange={(e) => setField('agenda', e.target.value)}
          />
          <TextArea
            className="wide meeting-minutes"
            label={t('meetings.fieldMinutes')}
            value={draft.minutes}
            error={errors.minutes}
            rows={12}
            onChange={(e) => setField('minutes', e.target.value)}
          />
          <TextArea
            className="wide"
            label={t('meetings.fieldOutcomes')}
            value={draft.outcomes}
            error={errors.outcomes}
            rows={4}
            onChange={(e) => setField('outcomes', e.target.value)}
          />
        </div>
      </section>

      <NotesSection meetingId={id} />
      <ActionItemsSection meetingId={id} zone={zone} />
      <AttachmentList owner={{ type: 'meeting', id }} />

      <ConfirmDialog
        open={confirmDelete}
        title={t('meetings.deleteTitle')}
        message={t('meetings.deleteBody', { name: title })}
        confirmLabel={t('meetings.deleteMeeting')}
        onConfirm={async () => {
          await repos.meetings.delete(id);
          navigate({ name: 'meetings' });
        }}
        onClose={() => setConfirmDelete(false)}
      />
    </section>
  );
}
