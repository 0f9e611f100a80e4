/**
 * The delegation report for leadership: a drafted summary, the figures (meetings held, partners met by
 * country, agreements signed, open follow-ups), then each meeting's minutes.
 */
import { countryName } from '../domain/countries';
import { documentShell } from './documentShell';
import { html } from './escapeHtml';
import { highestMarking, type DocumentOptions, type ReportData } from './documentModel';
import { documentText } from './documentStrings';
import { letterheadBlock } from './letterhead';
import { minutesArticle } from './minutesArticle';
import { generatedLine, includedMeetings } from './minutesDocument';
import { summaryParagraph } from './summaryParagraph';

export function delegationReport(data: ReportData, options: DocumentOptions): string {
  const lang = options.language;
  const t = (key: Parameters<typeof documentText>[1]) => documentText(lang, key);
  const meetings = includedMeetings(data.meetings, options);
  const shown: ReportData = { ...data, meetings };
  const held = meetings.filter((m) => m.meeting.status === 'held').length;
  const byCountry = new Map<string, Set<string>>();
  for (const m of meetings) {
    for (const org of m.counterparts) {
      const key = org.country ?? '';
      byCountry.set(key, (byCountry.get(key) ?? new Set()).add(org.name));
    }
  }
  const countries = [...byCountry.entries()]
    .map(([code, names]) => ({
      name: code ? countryName(code, lang) : t('unknownCountry'),
      partners: [...names],
    }))
    .sort((a, b) => b.partners.length - a.partners.length || a.name.localeCompare(b.name, lang));
  const partnerCount = countries.reduce((n, c) => n + c.partners.length, 0);
  const title = data.event ? `${t('reportTitle')} · ${data.event.name}` : t('reportTitle');

  const body = html`${letterheadBlock(options.letterhead, generatedLine(options))}
    <section class="report-front">
      <h1 dir="auto">${title}</h1>
      ${options.redacted ? html`<p class="redacted">${t('redacted')}</p>` : null}
      <h2>${t('summary')}</h2>
      <p class="summary" dir="auto">${summaryParagraph(shown, lang)}</p>
      <h2>${t('figures')}</h2>
      <table class="figures">
        <tbody>
          <tr>
            <th>${t('meetingsHeld')}</th>
            <td>${held}</td>
          </tr>
          <tr>
            <th>${t('partnersMet')}</th>
            <td>${partnerCount}</td>
          </tr>
          <tr>
            <th>${t('countries')}</th>
            <td>${countries.filter((c) => c.name !== t('unknownCountry')).length}</td>
          </tr>
          <tr>
            <th>${t('agreementsSigned2')}</th>
            <td>${data.agreementsSigned.length}</td>
          </tr>
          <tr>
            <th>${t('openFollowUps')}</th>
            <td>${data.openFollowUps}</td>
          </tr>
        </tbody>
      </table>
      <h2>${t('partnersByCountry')}</h2>
      <table class="grid">
        <thead>
          <tr>
            <th>${t('country')}</th>
            <th>${t('partners')}</th>
          </tr>
        </thead>
        <tbody>
          ${countries.map(
            (c) =>
              html`<tr>
                <td>${c.name}</td>
                <td dir="auto">${c.partners.join(' · ')}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>
    ${meetings.map((m) => minutesArticle(m, options))}`;

  return documentShell({
    ...(options.assetsBase ? { assetsBase: options.assetsBase } : {}),
    title,
    language: lang,
    marking: highestMarking(meetings.map((m) => m.meeting.confidentiality)),
    body,
  });
}
