/**
 * The delegation report for leadership: a drafted summary, the figures (meetings held, partners met by
 * country, agreements signed, open follow-ups), the meetings that were not held, then each held
 * meeting's minutes. Everything is derived through reportFigures, which applies redaction and keeps
 * meetings not held out of the counts (its header says why).
 */
import { countryName } from '../domain/countries';
import type { Organization } from '../domain/entities';
import type { Language } from '../i18n/languages';
import { documentShell } from './documentShell';
import { html, type Html } from './escapeHtml';
import { highestMarking, type DocumentOptions, type MinutesData, type ReportData } from './documentModel';
import { documentText, type DocumentStringKey } from './documentStrings';
import { formatDateInZone } from '../time/zonedTime';
import { generatedLine, sharedZone } from './documentTime';
import { gridTable } from './gridTable';
import { redactionNotice } from './includedRecords';
import { letterheadBlock } from './letterhead';
import { labelsFor, minutesArticle } from './minutesArticle';
import { reportFigures } from './reportFigures';
import { summaryParagraph } from './summaryParagraph';

interface CountryRow {
  name: string;
  known: boolean;
  partners: string[];
}

function byCountry(partners: readonly Organization[], lang: Language): CountryRow[] {
  const rows = new Map<string, string[]>();
  for (const org of partners) {
    const key = org.country ?? '';
    rows.set(key, [...(rows.get(key) ?? []), org.name]);
  }
  return [...rows.entries()]
    .map(([code, names]) => ({
      name: code ? countryName(code, lang) : documentText(lang, 'unknownCountry'),
      known: code !== '',
      partners: names,
    }))
    .sort((a, b) => b.partners.length - a.partners.length || a.name.localeCompare(b.name, lang));
}

function notHeldTable(meetings: readonly MinutesData[], lang: Language): Html | null {
  if (meetings.length === 0) return null;
  const t = (key: DocumentStringKey) => documentText(lang, key);
  const labels = labelsFor(lang);
  return html`<h2>${t('notHeld')}</h2>
    <p class="muted">${t('notHeldNote')}</p>
    ${gridTable(
      [t('title'), t('date'), t('counterparts'), t('status')],
      meetings.map(
        ({ meeting, zone, counterparts }) =>
          html`<tr>
            <td dir="auto">${meeting.title}</td>
            <td>${formatDateInZone(meeting.startsAt, zone, lang)}</td>
            <td dir="auto">${counterparts.map((o) => o.name).join(' · ')}</td>
            <td>${labels.meetingStatus[meeting.status]}</td>
          </tr>`,
      ),
    )}`;
}

export function delegationReport(data: ReportData, options: DocumentOptions): string {
  const lang = options.language;
  const t = (key: DocumentStringKey) => documentText(lang, key);
  const figures = reportFigures(data, options);
  const shown = [...figures.held, ...figures.notHeld];
  const countries = byCountry(figures.partners, lang);
  const title = data.event ? `${t('reportTitle')} · ${data.event.name}` : t('reportTitle');
  const zone = data.event?.timeZone ?? sharedZone(shown);

  const body = html`${letterheadBlock(options.letterhead, generatedLine(options, zone))}
    <section class="report-front">
      <h1 dir="auto">${title}</h1>
      ${redactionNotice(options)}
      <h2>${t('summary')}</h2>
      <p class="summary" dir="auto">${summaryParagraph(data.event, figures, lang)}</p>
      <h2>${t('figures')}</h2>
      <table class="figures">
        <tbody>
          <tr>
            <th>${t('meetingsHeld')}</th>
            <td>${figures.held.length}</td>
          </tr>
          <tr>
            <th>${t('partnersMet')}</th>
            <td>${figures.partners.length}</td>
          </tr>
          <tr>
            <th>${t('countries')}</th>
            <td>${countries.filter((c) => c.known).length}</td>
          </tr>
          <tr>
            <th>${t('agreementsSigned2')}</th>
            <td>${figures.agreementsSigned.length}</td>
          </tr>
          <tr>
            <th>${t('openFollowUps')}</th>
            <td>${figures.openFollowUps}</td>
          </tr>
        </tbody>
      </table>
      <h2>${t('partnersByCountry')}</h2>
      ${gridTable(
        [t('country'), t('partners')],
        countries.map(
          (c) =>
            html`<tr>
              <td>${c.name}</td>
              <td dir="auto">${c.partners.join(' · ')}</td>
            </tr>`,
        ),
      )}
      ${notHeldTable(figures.notHeld, lang)}
    </section>
    ${figures.held.map((m) => minutesArticle(m, options))}`;

  return documentShell({
    ...(options.assetsBase ? { assetsBase: options.assetsBase } : {}),
    title,
    language: lang,
    marking: highestMarking(shown.map((m) => m.meeting.confidentiality)),
    body,
  });
}
