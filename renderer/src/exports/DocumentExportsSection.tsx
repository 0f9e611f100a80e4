/**
 * Documents on the Import & export page: minutes of chosen meetings (one PDF, or one file each into a
 * folder on the desktop), the delegation report of an event, and the agreements register — in English or
 * Chinese, with optional signature blocks, or redacted for sharing outside the institution.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementsRegister } from '../../../shared/documents/agreementsRegister';
import { delegationReport } from '../../../shared/documents/delegationReport';
import { minutesDocument } from '../../../shared/documents/minutesDocument';
import type { DocumentOptions } from '../../../shared/documents/documentModel';
import { isLanguage, SUPPORTED_LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { useRepos, useServices, useSettings } from '../app/AppServices';
import { SelectField } from '../ui/Field';
import { StatusLine } from '../ui/StatusLine';
import { laptopZone } from '../ui/zoneLabels';
import { loadMinutesData, loadRegisterRows, loadReportData, pdfFileName } from './loadDocumentData';
import { useDocumentJob } from './useDocumentJob';

export function DocumentExportsSection() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const { platform, now } = useServices();
  const currentEventId = useSettings((s) => s.currentEventId);
  const letterheadName = useSettings((s) => s.letterheadName);
  const letterheadLogo = useSettings((s) => s.letterheadLogo);
  const events = useLiveQuery(() => repos.events.list(), [repos]) ?? [];
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'en');
  const [signatureBlocks, setSignatureBlocks] = useState(false);
  const [redacted, setRedacted] = useState(false);
  const [chosenEvent, setChosenEvent] = useState<string | null>(null);
  const eventId = chosenEvent ?? currentEventId ?? events[0]?.id ?? null;
  const meetings =
    useLiveQuery(() => (eventId ? repos.meetings.forEvent(eventId) : []), [repos, eventId]) ?? [];
  const [unselected, setUnselected] = useState<ReadonlySet<string>>(new Set());
  const selected = meetings.filter((m) => !unselected.has(m.id));
  const { job, run, cancel, busy } = useDocumentJob();

  const options = (): DocumentOptions => ({
    language,
    letterhead: { name: letterheadName, logoDataUrl: letterheadLogo || null },
    signatureBlocks,
    redacted,
    generatedAt: now(),
    assetsBase: platform.printAssetsBase(),
  });
  const zone = laptopZone();
  const prefix = (key: 'minutesPrefix' | 'reportPrefix' | 'registerPrefix') =>
    t(`exports.${key}`, { lng: language });

  const minutesAsOne = () =>
    run(async ({ signal, progress }) => {
      const data = [];
      for (const [index, meeting] of selected.entries()) {
        signal.throwIfAborted();
        data.push(await loadMinutesData(repos, meeting.id, zone));
        progress(index + 1, selected.length);
      }
      const html = minutesDocument(data, options());
      const title =
        selected.length === 1 ? selected[0]!.title : (events.find((e) => e.id === eventId)?.name ?? '');
      return platform.printDocument({ html, suggestedName: pdfFileName(prefix('minutesPrefix'), title) });
    });

  const minutesEach = () =>
    run(async ({ signal, progress }) => {
      const folder = await platform.chooseFolder(t('exports.oneFileEach'));
      if (!folder) return null;
      let count = 0;
      for (const meeting of selected) {
        signal.throwIfAborted();
        const html = minutesDocument([await loadMinutesData(repos, meeting.id, zone)], options());
        await platform.printDocumentInto(folder, pdfFileName(prefix('minutesPrefix'), meeting.title), html);
        progress(++count, selected.length);
      }
      return { status: 'many' as const, count, folder };
    });

  const report = () =>
    run(async ({ signal, progress }) => {
      if (!eventId) return null;
      const data = await loadReportData(repos, eventId, zone, { signal, onProgress: progress });
      const html = delegationReport(data, options());
      return platform.printDocument({
        html,
        suggestedName: pdfFileName(prefix('reportPrefix'), data.event?.name ?? ''),
      });
    });

  const register = () =>
    run(async ({ signal, progress }) => {
      const rows = await loadRegisterRows(repos, { signal, onProgress: progress });
      const html = agreementsRegister(rows, options());
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
      {events.length === 0 ? (
        <p>{t('exports.noEvents')}</p>
      ) : (
        <>
          <SelectField
            label={t('exports.event')}
            value={eventId ?? ''}
            options={events.map((e) => ({ value: e.id, label: e.name }))}
            onChange={(id) => {
              setChosenEvent(id);
              setUnselected(new Set());
            }}
          />
          {meetings.length === 0 ? (
            <p>{t('exports.noMeetings')}</p>
          ) : (
            <fieldset className="choice-list export-meetings">
              <legend>{t('exports.selectMeetings')}</legend>
              <div className="button-row">
                <button type="button" onClick={() => setUnselected(new Set())}>
                  {t('exports.selectAll')}
                </button>
                <button type="button" onClick={() => setUnselected(new Set(meetings.map((m) => m.id)))}>
                  {t('exports.selectNone')}
                </button>
              </div>
              {meetings.map((meeting) => (
                <label key={meeting.id} className="choice">
                  <input
                    type="checkbox"
                    checked={!unselected.has(meeting.id)}
                    onChange={(e) => {
                      const next = new Set(unselected);
                      if (e.target.checked) next.delete(meeting.id);
                      else next.add(meeting.id);
                      setUnselected(next);
                    }}
                  />
                  <span dir="auto">{meeting.title}</span>
                </label>
              ))}
            </fieldset>
          )}
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={busy || selected.length === 0}
              onClick={() => void minutesAsOne()}
            >
              {t('exports.onePdf')}
            </button>
            {platform.kind === 'desktop' ? (
              <button
                type="button"
                disabled={busy || selected.length === 0}
                onClick={() => void minutesEach()}
              >
                {t('exports.oneFileEach')}
              </button>
            ) : (
              <span className="muted">{t('exports.oneFileEachWeb')}</span>
            )}
          </div>

          <h3>{t('exports.report')}</h3>
          <p className="muted">{t('exports.reportIntro')}</p>
          <button type="button" disabled={busy || !eventId} onClick={() => void report()}>
            {t('exports.createReport')}
          </button>
        </>
      )}

      <h3>{t('exports.register')}</h3>
      <button type="button" disabled={busy} onClick={() => void register()}>
        {t('exports.createRegister')}
      </button>

      {job.state === 'running' && (
        <div className="button-row job-row">
          <progress
            className="job-progress"
            aria-label={t('exports.progressLabel')}
            max={Math.max(job.total, 1)}
            value={job.done}
          />
          <button type="button" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      <StatusLine testId="document-status">
        {job.state === 'running' &&
          (job.total > 0 && job.done < job.total
            ? t('exports.preparing', { done: job.done, total: job.total })
            : t('exports.printing'))}
        {(job.state === 'finished' || job.state === 'failed') && job.message}
      </StatusLine>
    </section>
  );
}
