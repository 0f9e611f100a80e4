/** The agreements register as a printable table (landscape), for leadership and partners' offices. */
import { formatIsoDate } from '../time/zonedTime';
import { documentShell } from './documentShell';
import { html } from './escapeHtml';
import type { DocumentOptions, RegisterRow } from './documentModel';
import { documentText } from './documentStrings';
import { letterheadBlock } from './letterhead';
import { labelsFor } from './minutesArticle';
import { generatedLine } from './minutesDocument';

export function agreementsRegister(rows: readonly RegisterRow[], options: DocumentOptions): string {
  const lang = options.language;
  const t = (key: Parameters<typeof documentText>[1]) => documentText(lang, key);
  const labels = labelsFor(lang);
  const date = (value: string | null) => (value ? formatIsoDate(value, lang) : t('none'));
  const body = html`${letterheadBlock(options.letterhead, generatedLine(options))}
    <section class="register">
      <h1>${t('registerTitle')}</h1>
      <table class="grid">
        <thead>
          <tr>
            <th>${t('title')}</th>
            <th>${t('kind')}</th>
            <th>${t('parties')}</th>
            <th>${t('status')}</th>
            <th>${t('signedOn')}</th>
            <th>${t('validUntil')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ agreement, parties }) =>
              html`<tr>
                <td dir="auto">${agreement.title}</td>
                <td>${labels.agreementKindShort[agreement.kind]}</td>
                <td dir="auto">${parties.map((p) => p.name).join(' · ')}</td>
                <td>${labels.agreementStatus[agreement.status]}</td>
                <td>${date(agreement.signedOn)}</td>
                <td>${date(agreement.validUntil)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  return documentShell({
    ...(options.assetsBase ? { assetsBase: options.assetsBase } : {}),
    title: t('registerTitle'),
    language: lang,
    marking: 'internal',
    body,
  });
}
