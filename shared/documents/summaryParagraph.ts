/**
 * The drafted opening of a delegation report, written from the data like the news piece the project grew
 * from: "During the conference, our representatives met with 3 partners from 3 countries, including …,
 * and signed …". Staff edit it afterwards; it only has to be a correct first draft.
 * It is written from the report's figures, so it names only what the report may show (held meetings,
 * nothing confidential when redacted).
 */
import { countryName } from '../domain/countries';
import type { Event } from '../domain/entities';
import type { Language } from '../i18n/languages';
import { countText, documentText } from './documentStrings';
import type { ReportFigures } from './reportFigures';

/** Full-width brackets in Chinese text, as Chinese typesetting uses them. */
function parenthesize(text: string, language: Language): string {
  return language === 'zh-CN' ? `（${text}）` : ` (${text})`;
}

function list(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

export function summaryParagraph(
  event: Event | null,
  figures: ReportFigures,
  language: Language,
  maxExamples = 3,
): string {
  const countries = new Set(figures.partners.flatMap((p) => (p.country ? [p.country] : [])));
  const examples = figures.partners
    .slice(0, maxExamples)
    .map((p) =>
      p.country ? `${p.name}${parenthesize(countryName(p.country, language), language)}` : p.name,
    );
  const values = {
    event: event?.name ?? '',
    partners: countText(language, 'partnerCount', figures.partners.length),
    countries: countText(language, 'countryCount', countries.size),
    examples: list(examples, language),
  };
  const sentences = [documentText(language, event ? 'summaryLead' : 'summaryLeadNoEvent', values)];
  sentences.push(
    figures.agreementsSigned.length > 0
      ? documentText(language, 'summarySigned', {
          agreements: list(
            figures.agreementsSigned.map((a) => a.title),
            language,
          ),
        })
      : documentText(language, 'summaryNoneSigned'),
  );
  if (figures.openFollowUps > 0)
    sentences.push(documentText(language, 'summaryFollowUps', { count: figures.openFollowUps }));
  return sentences.join(language === 'zh-CN' ? '' : ' ');
}
