/**
 * Contacts: people out as vCard 4.0; a vCard file in, with a preview of who is new and who is already in
 * the archive (matched by the rules of participantsTable, or by id for cards Liaison wrote).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPlan, Participant } from '../../../shared/formats/participantsTable';
import { parseVCards, writeVCards, type ParsedVCard } from '../../../shared/formats/vcard';
import { useNames, useServices } from '../app/AppServices';
import { RecordExchange } from '../db/RecordExchange';
import { describePlanProblem, describeVCardProblem } from './describeProblems';
import { decodeText, FileInput, type ChosenFile } from './FileInput';
import { JobStatus } from './JobStatus';
import { applyImport, planImport, type Photo } from './participantImport';
import { PlanPreview } from './PlanPreview';
import { readTables, sheetContext } from './readTables';
import { exportName, failure, saveExport } from './saveExport';
import { useJob } from './useJob';

const MAX_VCARD_BYTES = 50 * 1024 * 1024;

interface Pending {
  plan: ImportPlan;
  photos: Photo[];
  problems: string[];
}

function toParticipant(card: ParsedVCard): Participant {
  return {
    row: card.index + 1,
    name: card.name,
    nativeName: card.nativeName,
    title: card.title,
    organization: card.organization,
    organizationNativeName: '',
    country: '',
    email: card.email,
    phone: card.phone,
    notes: card.notes,
  };
}

export function ContactsSection() {
  const { t } = useTranslation();
  const services = useServices();
  const names = useNames();
  const { job, run, cancel, running } = useJob();
  const [pending, setPending] = useState<Pending | null>(null);
  const exchange = () => new RecordExchange(services.db, services.capture, services.repos);
  const fail = (error: unknown) => failure(t, error);

  const exportCards = () =>
    void run(
      t('exchange.contacts.export'),
      async (ctx) => {
        const data = await readTables(exchange(), ['organizations', 'people'], ctx);
        const names = sheetContext(data, false);
        const info = await services.platform.appInfo();
        const text = writeVCards(
          (data.people ?? []).map((p) => ({
            ...p,
            organization: names.nameOf('organizations', p.organizationId),
          })),
          info.version,
        );
        return saveExport(services.platform, t, {
          suggestedName: exportName('people', 'vcf', services.now()),
          mimeType: 'text/vcard;charset=utf-8',
          data: text,
          extension: 'vcf',
        });
      },
      fail,
      t('exchange.job.exportCancelled'),
    );

  const read = (file: ChosenFile) =>
    void run(
      file.name,
      async () => {
        setPending(null);
        const { cards, problems } = parseVCards(decodeText(file.bytes));
        // Cards that Liaison wrote carry the person's id: those people are matched by it.
        const known = new Set(
          (
            await services.repos.people.getMany(cards.flatMap((c) => (c.id ? [c.id] : [])).slice(0, 1000))
          ).map((p) => p.id),
        );
        const plan = await planImport(
          names,
          exchange(),
          cards.filter((c) => !c.id || !known.has(c.id)).map(toParticipant),
        );
        for (const card of cards) {
          if (!card.id || !known.has(card.id)) continue;
          const person = await services.repos.people.get(card.id);
          if (person)
            plan.people.push({
              row: card.index + 1,
              entity: person,
              existing: true,
              organizationName: card.organization,
            });
        }
        plan.people.sort((a, b) => a.row - b.row);
        const photos = cards.flatMap((c): Photo[] => (c.photo ? [{ row: c.index + 1, ...c.photo }] : []));
        setPending({
          plan,
          photos,
          problems: [
            ...problems.map((p) => describeVCardProblem(t, p)),
            ...plan.problems.map((p) => describePlanProblem(t, p)),
          ],
        });
        return { state: 'idle' };
      },
      fail,
      t('exchange.job.cancelled'),
    );

  const importPending = (current: Pending) =>
    void run(
      t('exchange.contacts.file'),
      async (ctx) => {
        const outcome = await applyImport(exchange(), current.plan, current.photos, ctx.signal);
        setPending(null);
        return {
          state: 'done',
          message: t('exchange.contacts.imported', {
            people: outcome.added.people ?? 0,
            organizations: outcome.added.organizations ?? 0,
            photos: outcome.added.attachments ?? 0,
          }),
        };
      },
      fail,
      t('exchange.job.cancelled'),
    );

  const newCount = pending?.plan.people.filter((p) => !p.existing).length ?? 0;
  return (
    <section className="panel exchange-section" aria-labelledby="exchange-contacts">
      <h2 id="exchange-contacts">{t('exchange.contacts.title')}</h2>
      <p className="muted">{t('exchange.contacts.description')}</p>
      <div className="toolbar">
        <button type="button" onClick={exportCards} disabled={running}>
          {t('exchange.contacts.export')}
        </button>
      </div>
      <FileInput
        label={t('exchange.contacts.file')}
        accept=".vcf,.vcard,text/vcard,text/x-vcard"
        maxBytes={MAX_VCARD_BYTES}
        disabled={running}
        onFile={read}
        onError={(message) => void run('', () => Promise.resolve({ state: 'failed', message }), fail, '')}
      />
      {pending && (
        <>
          <PlanPreview
            plan={pending.plan}
            caption={t('exchange.contacts.preview')}
            problems={pending.problems}
          />
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={running || newCount === 0}
              onClick={() => importPending(pending)}
            >
              {t('exchange.contacts.import', { count: newCount })}
            </button>
            <button type="button" onClick={() => setPending(null)} disabled={running}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      )}
      <JobStatus job={job} onCancel={cancel} testId="contacts-status" />
    </section>
  );
}
