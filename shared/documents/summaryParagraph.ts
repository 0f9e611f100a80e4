/**
 * The drafted opening of a delegation report, written from the data like the news piece the project grew
 * from: "During the conference, our representatives met with 3 partners from 3 countries, including …,
 * and signed …". Staff edit it afterwards; it only has to be a correct first draft.
 */
import { countryName } from '../domain/countries';
import type { Language } from '../i18n/languages';
import type { ReportData } from './documentModel';
import { countText, documentText } from './documentStrings';

/** Full-width brackets in Chinese text, as Chinese typesetting uses them. */
function parenthesize(text: string, language: Language): string {
  return language === 'zh-CN' ? `（${text}）` : ` (${text})`;
}

function list(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

export function summaryParagraph(data: ReportData, language: Language, maxExamples = 3): string {
  const partners = new Map<string, { name: string; country: string | null }>();
  for (const m of data.meetings) {
    for (const org of m.counterparts) partners.set(org.id, { name: org.name, country: org.country });
  }
  const countries = new Set([...partners.values()].flatMap((p) => (p.country ? [p.country] : [])));
  const examples = [...partners.values()]
    .slice(0, maxExamples)
    .map((p) =>
      p.country ? `${p.name}${parenthesize(countryName(p.country, language), language)}` : p.name,
    );
  const values = {
    event: data.event?.name ?? '',
    partners: countText(language, 'partnerCount', partners.size),
    countries: countText(language, 'countryCount', countries.size),
    examples: list(examples, language),
  };
  const sentences = [documentText(language, data.event ? 'summaryLead' : 'summaryLeadNoEvent', values)];
  sentences.push(
    data.agreementsSigned.length > 0
      ? documentText(language, 'summarySigned', {
          agreements: list(
            data.agreementsSigned.map((a) => a.title),
            language,
          ),
        })
      : documentText(language, 'summaryNoneSigned'),
  );
  if (data.openFollowUps > 0)
    sentences.push(documentText(language, 'summaryFollowUps', { count: data.openFollowUps }));
  return sentences.join(language === 'zh-CN' ? '' : ' ');
}
