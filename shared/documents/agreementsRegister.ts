/** The agreements register as a printable table (landscape), for leadership and partners' offices. */
import { formatIsoDate } from '../time/zonedTime';
import { documentShell } from './documentShell';
import { html } from './escapeHtml';
import type { DocumentOptions, RegisterRow } from './documentModel';
import { documentText } from './documentStrings';
import { FALLBACK_ZONE, generatedLine } from './documentTime';
import { gridTable } from './gridTable';
import { includedAgreements, redactionNotice } from './includedRecords';
import { letterheadBlock } from './letterhead';
import { labelsFor } from './minutesArticle';

export function agreementsRegister(rows: readonly RegisterRow[], options: DocumentOptions): string {
  const lang = options.language;
  const t = (key: Parameters<typeof documentText>[1]) => documentText(lang, key);
  const labels = labelsFor(lang);
  const date = (value: string | null) => (value ? formatIsoDate(value, lang) : t('none'));
  // An agreement has no zone of its own, and a register spans events: it is dated in UTC, saying so.
  const body = html`${letterheadBlock(options.letterhead, generatedLine(options, FALLBACK_ZONE))}
    <section class="register">
      <h1>${t('registerTitle')}</h1>
      ${redactionNotice(options, 'redactedRegister')}
      ${gridTable(
        [t('title'), t('kind'), t('parties'), t('status'), t('signedOn'), t('validUntil')],
        includedAgreements(rows, options).map(
          ({ agreement, parties }) =>
            html`<tr>
              <td dir="auto">${agreement.title}</td>
              <td>${labels.agreementKindShort[agreement.kind]}</td>
              <td dir="auto">${parties.map((p) => p.name).join(' · ')}</td>
              <td>${labels.agreementStatus[agreement.status]}</td>
              <td>${date(agreement.signedOn)}</td>
              <td>${date(agreement.validUntil)}</td>
            </tr>`,
        ),
      )}
    </section>`;
  return documentShell({
    ...(options.assetsBase ? { assetsBase: options.assetsBase } : {}),
    title: t('registerTitle'),
    language: lang,
    marking: 'internal',
    body,
  });
}
