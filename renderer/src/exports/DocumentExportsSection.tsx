/**
 * Documents on the Import & export page: minutes of chosen meetings (one PDF, or one file each into a
 * folder on the desktop), the delegation report of an event, and the agreements register — in English or
 * Chinese, with optional signature blocks, or redacted for sharing outside the institution.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementsRegister } from '../../../shared/documents/agreementsRegister';
import { delegationReport } from '../../../shared/documents/delegationReport';
import { meetingShown } from '../../../shared/documents/includedRecords';
import { isLanguage, SUPPORTED_LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { useRepos, useServices, useSettings } from '../app/AppServices';
import { SelectField } from '../ui/Field';
import { laptopZone } from '../ui/zoneLabels';
import { DocumentJobStatus } from './DocumentJobStatus';
import { pdfFileName } from './documentFileNames';
import { loadRegisterRows, loadReportData } from './loadDocumentData';
import { MeetingChooser } from './MeetingChooser';
import {
  EVERY_MEETING,
  NO_MEETING,
  chosenCount,
  chosenMeetings,
  countInScope,
  type MeetingScope,
  type MeetingSelection,
} from './meetingScope';
import { printMinutesAsOne, printMinutesEach, type MinutesPrinter } from './minutesJobs';
import { useDocumentJob } from './useDocumentJob';
import { useDocumentOptions } from './useDocumentOptions';

type Prefix = 'minutesPrefix' | 'reportPrefix' | 'registerPrefix';

export function DocumentExportsSection() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const { platform, now } = useServices();
  const currentEventId = useSettings((s) => s.currentEventId);
  const documentOptions = useDocumentOptions();
  const loadedEvents = useLiveQuery(() => repos.events.list(), [repos]);
  const events = loadedEvents ?? [];
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'en');
  const [signatureBlocks, setSignatureBlocks] = useState(false);
  const [redacted, setRedacted] = useState(false);
  const defaultEventId = currentEventId ?? events[0]?.id ?? null;
  // Null until the user picks: then the current event, or all meetings when there is no event.
  const [chosenScope, setChosenScope] = useState<MeetingScope | null>(null);
  const scope = useMemo<MeetingScope>(
    () => chosenScope ?? (defaultEventId ? { kind: 'event', eventId: defaultEventId } : { kind: 'all' }),
    [chosenScope, defaultEventId],
  );
  const scopeKey = scope.kind === 'event' ? scope.eventId : 'all';
  const counted = useLiveQuery(() => countInScope(repos, scope), [repos, scopeKey]);
  const total = counted ?? 0;
  // Null until the user chooses: an event is usually wanted whole; from all meetings, one picks a few.
  const [chosenSelection, setSelection] = useState<MeetingSelection | null>(null);
  const selection = chosenSelection ?? (scope.kind === 'event' ? EVERY_MEETING : NO_MEETING);
  const [reportEvent, setReportEvent] = useState<string | null>(null);
  const reportEventId = reportEvent ?? defaultEventId;
  const { job, run, cancel, busy } = useDocumentJob();
  const nothingChosen = chosenCount(selection, total) === 0;

  const changeScope = useCallback((next: MeetingScope) => {
    setChosenScope(next);
    setSelection(null);
  }, []);

  const prefix = (key: Prefix) => t(`exports.${key}`, { lng: language });
  const options = () => documentOptions({ language, signatureBlocks, redacted });
  const printer = (): MinutesPrinter => ({
    repos,
    platform,
    options: options(),
    prefix: prefix('minutesPrefix'),
  });

  /**
   * The chosen meetings the document may show. A redacted copy leaves confidential meetings out before
   * anything is named, so that no file name carries a confidential title either.
   */
  const meetingsToPrint = async (signal: AbortSignal) => {
    const chosen = await chosenMeetings(repos, scope, selection, signal);
    const shown = chosen.filter((meeting) => meetingShown(meeting, { redacted }));
    if (chosen.length > 0 && shown.length === 0) throw new Error(t('exports.allConfidential'));
    return shown;
  };

  const minutesAsOne = () =>
    run(async (controls) => {
      const meetings = await meetingsToPrint(controls.signal);
      if (meetings.length === 0) return null;
      const eventName = scope.kind === 'event' ? events.find((e) => e.id === scope.eventId)?.name : null;
      // One meeting gets its own dated name; several are named after their event (or just "Minutes").
      const name = meetings.length === 1 ? null : pdfFileName(prefix('minutesPrefix'), eventName ?? '');
      return printMinutesAsOne(printer(), meetings, name, controls);
    });

  const minutesEach = () =>
    run(async (controls) => {
      const folder = await platform.chooseFolder(t('exports.oneFileEach'));
      if (!folder) return null;
      const meetings = await meetingsToPrint(controls.signal);
      if (meetings.length === 0) return null;
      return printMinutesEach(printer(), meetings, folder, controls);
    });

  const report = () =>
    run(async ({ signal, progress, printing }) => {
      if (!reportEventId) return null;
      const data = await loadReportData(repos, reportEventId, laptopZone(), { signal, onProgress: progress });
      signal.throwIfAborted();
      const html = delegationReport(data, options());
      printing();
      return platform.printDocument({
        html,
        suggestedName: pdfFileName(prefix('reportPrefix'), data.event?.name ?? ''),
      });
    });

  const register = () =>
    run(async ({ signal, progress, printing }) => {
      const rows = await loadRegisterRows(repos, { signal, onProgress: progress });
      signal.throwIfAborted();
      const html = agreementsRegister(rows, options());
      printing();
      return platform.printDocument({
        html,
        suggestedName: pdfFileName(prefix('registerPrefix'), new Date(now()).toISOString().slice(0, 10)),
      });
    });

  return (
    <section className="settings-section" aria-labelledby="exports-documents">
      <h2 id="exports-documents">{t('exports.documents')}</h2>
      <p className="muted">{t('exports.documentsIntro')}</p>
      <div className="toolbar">
        <SelectField
          label={t('exports.language')}
          value={language}
          options={SUPPORTED_LANGUAGES.map((lang) => ({ value: lang, label: t(`languages.${lang}`) }))}
          onChange={setLanguage}
        />
        <label className="choice">
          <input
            type="checkbox"
            checked={signatureBlocks}
            onChange={(e) => setSignatureBlocks(e.target.checked)}
          />
          {t('exports.signatureBlocks')}
        </label>
        <label className="choice">
          <input type="checkbox" checked={redacted} onChange={(e) => setRedacted(e.target.checked)} />
          {t('exports.redacted')}
        </label>
      </div>

      <h3>{t('exports.minutes')}</h3>
      {loadedEvents && counted !== undefined && (
        <MeetingChooser
          events={events}
          scope={scope}
          total={total}
          selection={selection}
          onScopeChange={changeScope}
          onSelectionChange={setSelection}
        />
      )}
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={busy || nothingChosen}
          onClick={() => void minutesAsOne()}
        >
          {t('exports.onePdf')}
        </button>
        {platform.kind === 'desktop' ? (
          <button type="button" disabled={busy || nothingChosen} onClick={() => void minutesEach()}>
            {t('exports.oneFileEach')}
          </button>
        ) : (
          <span className="muted">{t('exports.oneFileEachWeb')}</span>
        )}
      </div>

      <h3>{t('exports.report')}</h3>
      {events.length === 0 || !reportEventId ? (
        <p>{t('exports.noEvents')}</p>
      ) : (
        <>
          <p className="muted">{t('exports.reportIntro')}</p>
          <div className="button-row">
            <SelectField
              label={t('exports.reportEvent')}
              value={reportEventId}
              options={events.map((e) => ({ value: e.id, label: e.name }))}
              onChange={setReportEvent}
            />
            <button type="button" disabled={busy} onClick={() => void report()}>
              {t('exports.createReport')}
            </button>
          </div>
        </>
      )}

      <h3>{t('exports.register')}</h3>
      <button type="button" disabled={busy} onClick={() => void register()}>
        {t('exports.createRegister')}
      </button>

      <DocumentJobStatus job={job} onCancel={cancel} testId="document-status" />
    </section>
  );
}
