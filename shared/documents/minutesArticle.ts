/**
 * One meeting's minutes as an <article>: the template shared by single minutes, batches and the
 * delegation report. Every user string goes through `html`, which escapes it.
 */
import { countryName } from '../domain/countries';
import { labelsEn, labelsZh } from '../i18n/labels';
import type { Language } from '../i18n/languages';
import { formatDateInZone, formatIsoDate, formatTimeInZone } from '../time/zonedTime';
import { escapeMultiline, html, Html } from './escapeHtml';
import type { DocumentOptions, MinutesData, PersonLine } from './documentModel';
import { documentText } from './documentStrings';
import { zoneLabel } from './documentTime';
import { gridTable } from './gridTable';
import { includedAgreements } from './includedRecords';
import { wasSigned } from './wasSigned';

export function labelsFor(language: Language) {
  return language === 'zh-CN' ? labelsZh : labelsEn;
}

function personCell(line: PersonLine): Html {
  const { person, organization } = line;
  return html`<li>
    <span class="name" dir="auto">${person.name}</span>${
      person.nativeName ? html` <span class="native" dir="auto">${person.nativeName}</span>` : null
    }${person.title ? html`<span class="role" dir="auto">${person.title}</span>` : null}${
      organization ? html`<span class="org" dir="auto">${organization.name}</span>` : null
    }
  </li>`;
}

function textSection(title: string, text: string): Html | null {
  if (!text.trim()) return null;
  return html`<section class="text">
    <h3>${title}</h3>
    <p dir="auto">${new Html(escapeMultiline(text))}</p>
  </section>`;
}

export function minutesArticle(data: MinutesData, options: DocumentOptions): Html {
  const { meeting, event, zone } = data;
  const lang = options.language;
  const t = (key: Parameters<typeof documentText>[1], values?: Record<string, string | number>) =>
    documentText(lang, key, values);
  const labels = labelsFor(lang);
  const ours = data.participants.filter((p) => p.person.isDelegate);
  const theirs = data.participants.filter((p) => !p.person.isDelegate);
  const notes = options.redacted ? [] : data.notes.filter((n) => n.text.trim());
  // The heading says "signed": one still being negotiated is not listed, whatever the caller passed.
  const agreements = includedAgreements(data.agreements, options)
    .map((a) => a.agreement)
    .filter(wasSigned);

  const facts: Html[] = [];
  if (event)
    facts.push(
      html`<tr>
        <th>${t('event')}</th>
        <td dir="auto">${event.name}</td>
      </tr>`,
    );
  facts.push(
    html`<tr>
      <th>${t('date')}</th>
      <td>${formatDateInZone(meeting.startsAt, zone, lang, 'full')}</td>
    </tr>`,
  );
  facts.push(
    html`<tr>
      <th>${t('time')}</th>
      <td>
        ${formatTimeInZone(meeting.startsAt, zone, lang)}–${formatTimeInZone(meeting.endsAt, zone, lang)}
        <span class="muted">(${t('timeZoneNote', { zone: zoneLabel(meeting.startsAt, zone) })})</span>
      </td>
    </tr>`,
  );
  const place = [meeting.location, event?.venue, event?.city].filter(Boolean).join(', ');
  if (place)
    facts.push(
      html`<tr>
        <th>${t('location')}</th>
        <td dir="auto">${place}</td>
      </tr>`,
    );

  const counterparts = data.counterparts.map(
    (org) =>
      html`<li>
        <span class="name" dir="auto">${org.name}</span
        >${org.nativeName ? html` <span class="native" dir="auto">${org.nativeName}</span>` : null}${
          org.country ? html`<span class="org">${countryName(org.country, lang)}</span>` : null
        }
      </li>`,
  );

  const items = data.actionItems.map(
    ({ item, owner }) =>
      html`<tr>
        <td dir="auto">${item.title}</td>
        <td dir="auto">${owner?.name ?? t('none')}</td>
        <td>${item.dueDate ? formatIsoDate(item.dueDate, lang) : t('none')}</td>
        <td>${labels.actionStatus[item.status]}</td>
      </tr>`,
  );

  const signatureParties = [options.letterhead.name, ...data.counterparts.map((o) => o.name)].filter(Boolean);

  return html`<article class="minutes" lang="${lang}">
    <header class="minutes-header">
      <p class="kicker">${t('minutesTitle')} · ${labels.meetingKind[meeting.kind]}</p>
      <h1 dir="auto">${meeting.title}</h1>
    </header>
    <table class="facts">
      ${facts}
    </table>
    <section class="people">
      <div>
        <h3>${t('ourDelegation')}</h3>
        <ul class="people-list">
          ${ours.map(personCell)}
        </ul>
      </div>
      <div>
        <h3>${t('counterparts')}</h3>
        <ul class="people-list">
          ${counterparts}${theirs.map(personCell)}
        </ul>
      </div>
    </section>
    ${textSection(t('agenda'), meeting.agenda)} ${textSection(t('minutes'), meeting.minutes)}
    ${textSection(t('outcomes'), meeting.outcomes)}
    ${notes.map((n) => textSection(t('notesBy', { name: n.author?.name ?? t('none') }), n.text) ?? html``)}
    ${
      items.length > 0
        ? html`<section>
            <h3>${t('actionItems')}</h3>
            ${gridTable([t('action'), t('owner'), t('due'), t('status')], items)}
          </section>`
        : null
    }
    ${
      agreements.length > 0
        ? html`<section>
            <h3>${t('agreementsSigned')}</h3>
            <ul>
              ${agreements.map(
                (a) =>
                  html`<li>
                    <span dir="auto">${a.title}</span> ·
                    ${labels.agreementKind[a.kind]}${a.signedOn ? html` · ${formatIsoDate(a.signedOn, lang)}` : null}
                  </li>`,
              )}
            </ul>
          </section>`
        : null
    }
    ${
      options.signatureBlocks && signatureParties.length > 0
        ? html`<section class="signatures">
            <h3>${t('signatures')}</h3>
            <div class="signature-grid">
              ${signatureParties.map(
                (party) =>
                  html`<div class="signature">
                    <p dir="auto">${t('signatureFor', { party })}</p>
                    <div class="signature-line"></div>
                    <p class="muted">${t('signatureName')}</p>
                    <div class="signature-line"></div>
                    <p class="muted">${t('signatureDate')}</p>
                  </div>`,
              )}
            </div>
          </section>`
        : null
    }
  </article>`;
}
