/**
 * "Minutes (PDF)" on the meeting page: the minutes of this one meeting, whether or not it belongs to an
 * event, through the same job and printing as the Import & export page (in the UI language, without
 * signature blocks or redaction; that page offers those choices). Typing not yet autosaved is saved first,
 * so the PDF holds what is on screen.
 */
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/entities';
import { isLanguage } from '../../../shared/i18n/languages';
import { useRepos, useServices } from '../app/AppServices';
import { DocumentJobStatus } from './DocumentJobStatus';
import { printMinutesAsOne } from './minutesJobs';
import { useDocumentJob } from './useDocumentJob';
import { useDocumentOptions } from './useDocumentOptions';

export function MeetingMinutesExport({
  meeting,
  beforePrint,
}: {
  meeting: Pick<Meeting, 'id' | 'title' | 'startsAt' | 'eventId'>;
  beforePrint: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const { platform } = useServices();
  const documentOptions = useDocumentOptions();
  const { job, run, cancel, busy } = useDocumentJob();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';

  const print = () =>
    run(async (controls) => {
      await beforePrint();
      const options = documentOptions({ language, signatureBlocks: false, redacted: false });
      const printer = { repos, platform, options, prefix: t('exports.minutesPrefix', { lng: language }) };
      return printMinutesAsOne(printer, [meeting], null, controls);
    });

  return (
    <div className="meeting-minutes-export">
      <button type="button" disabled={busy} onClick={() => void print()}>
        {t('exports.minutesPdf')}
      </button>
      <DocumentJobStatus job={job} onCancel={cancel} testId="minutes-status" />
    </div>
  );
}
