/**
 * Organizers' participant list (CSV or XLSX): the user maps the columns to fields, sees which people and
 * organizations are new and which are already in the archive, then imports the new ones.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvParseError } from '../../../shared/formats/csv';
import {
  guessMapping,
  participantCsvRows,
  PARTICIPANT_FIELDS,
  rowsToParticipants,
  type ColumnMapping,
  type ImportPlan,
  type NumberedRows,
  type ParticipantField,
} from '../../../shared/formats/participantsTable';
import { isWorkbookFile, readXlsxRows } from '../../../shared/formats/xlsx/readXlsxRows';
import { XlsxFileError } from '../../../shared/formats/xlsx/XlsxFileError';
import { useNames, useServices } from '../app/AppServices';
import { RecordExchange } from '../db/RecordExchange';
import { SelectField } from '../ui/Field';
import { describePlanProblem, describeXlsxProblem } from './describeProblems';
import { decodeText, FileInput, type ChosenFile } from './FileInput';
import { JobStatus } from './JobStatus';
import { applyImport, planImport } from './participantImport';
import { PlanPreview } from './PlanPreview';
import { failure } from './saveExport';
import { useJob } from './useJob';

const MAX_TABLE_BYTES = 20 * 1024 * 1024;
const NONE = '';

/** The file's rows, each with its number in the file, which the preview and its messages show. */
interface Table extends NumberedRows {
  name: string;
}

export function ParticipantListImport() {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const names = useNames();
  const { job, run, cancel, running } = useJob();
  const [table, setTable] = useState<Table | null>(null);
  const [hasHeader, setHasHeader] = useState(true);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const fail = (error: unknown) => failure(t, error);
  const exchange = () => new RecordExchange(services.db, services.capture, services.repos);

  const read = (file: ChosenFile) =>
    void run(
      file.name,
      async () => {
        setTable(null);
        setPlanned(null);
        let read: NumberedRows;
        if (isWorkbookFile(file.bytes)) {
          const excel = (await import('exceljs')).default;
          try {
            read = await readXlsxRows(excel, file.bytes);
          } catch (error) {
            if (error instanceof XlsxFileError)
              return { state: 'failed', message: describeXlsxProblem(t, error, file.name, i18n.language) };
            throw error;
          }
        } else {
          try {
            read = participantCsvRows(decodeText(file.bytes));
          } catch (error) {
            if (error instanceof CsvParseError)
              return {
                state: 'failed',
                message: t(`exchange.organizers.csvError.${error.code}`, {
                  name: file.name,
                  line: error.line,
                }),
              };
            throw error;
          }
        }
        setTable({ name: file.name, ...read });
        setHasHeader(true);
        setMapping(guessMapping(read.rows[0] ?? []));
        return { state: 'idle' };
      },
      fail,
      t('exchange.job.cancelled'),
    );

  // The preview follows the mapping: matching reads the archive, so it is planned after each change,
  // and a plan is shown only for the inputs it was made from.
  const inputs = useMemo(
    () => (table && mapping.name !== undefined ? { table, mapping, hasHeader } : null),
    [table, mapping, hasHeader],
  );
  const [planned, setPlanned] = useState<{ inputs: typeof inputs; plan: ImportPlan } | null>(null);
  const plan = planned && planned.inputs === inputs ? planned.plan : null;
  useEffect(() => {
    if (!inputs) return;
    let live = true;
    const participants = rowsToParticipants(inputs.table, inputs.mapping, inputs.hasHeader);
    void planImport(
      names,
      new RecordExchange(services.db, services.capture, services.repos),
      participants,
    ).then((next) => {
      if (live) setPlanned({ inputs, plan: next });
    });
    return () => {
      live = false;
    };
  }, [inputs, services, names]);

  const importPlan = (current: ImportPlan) =>
    void run(
      t('exchange.organizers.participantsFile'),
      async (ctx) => {
        const outcome = await applyImport(exchange(), current, [], ctx.signal);
        setTable(null);
        setPlanned(null);
        return {
          state: 'done',
          message: t('exchange.organizers.participantsImported', {
            people: outcome.added.people ?? 0,
            organizations: outcome.added.organizations ?? 0,
          }),
        };
      },
      fail,
      t('exchange.job.cancelled'),
    );

  const header = table?.rows[0] ?? [];
  const columnCount = Math.max(0, ...(table?.rows.slice(0, 50).map((r) => r.length) ?? [0]));
  const columnOptions = [
    { value: NONE, label: t('exchange.organizers.notInFile') },
    ...Array.from({ length: columnCount }, (_, i) => ({
      value: String(i),
      label: t('exchange.organizers.column', {
        n: i + 1,
        header: hasHeader ? (header[i] ?? '') : (table?.rows[0]?.[i] ?? ''),
      }),
    })),
  ];
  const setField = (field: ParticipantField, value: string) =>
    setMapping((m) => {
      const next = { ...m };
      if (value === NONE) delete next[field];
      else next[field] = Number(value);
      return next;
    });
  const newCount = plan?.people.filter((p) => !p.existing).length ?? 0;

  return (
    <div className="exchange-subsection">
      <h3>{t('exchange.organizers.participantsTitle')}</h3>
      <FileInput
        label={t('exchange.organizers.participantsFile')}
        accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maxBytes={MAX_TABLE_BYTES}
        disabled={running}
        onFile={read}
        onError={(message) => void run('', () => Promise.resolve({ state: 'failed', message }), fail, '')}
      />
      {table && (
        <>
          <label className="choice">
            <input
              type="checkbox"
              checked={hasHeader}
              onChange={(event) => setHasHeader(event.target.checked)}
            />
            {t('exchange.organizers.hasHeader')}
          </label>
          <fieldset className="exchange-mapping">
            <legend>{t('exchange.organizers.mapping')}</legend>
            {PARTICIPANT_FIELDS.map((field) => (
              <SelectField
                key={field}
                label={t(`exchange.organizers.fields.${field}`)}
                value={mapping[field] === undefined ? NONE : String(mapping[field])}
                options={columnOptions}
                onChange={(value) => setField(field, value)}
              />
            ))}
          </fieldset>
          {mapping.name === undefined && <p role="alert">{t('exchange.organizers.needName')}</p>}
          {plan && (
            <>
              <PlanPreview
                plan={plan}
                caption={table.name}
                problems={plan.problems.map((p) => describePlanProblem(t, p))}
              />
              <div className="button-row">
                <button
                  type="button"
                  className="primary"
                  disabled={running || newCount === 0}
                  onClick={() => importPlan(plan)}
                >
                  {t('exchange.organizers.importParticipants', { count: newCount })}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setTable(null);
                    setPlanned(null);
                  }}
                  disabled={running}
                >
                  {t('common.cancel')}
                </button>
              </div>
            </>
          )}
        </>
      )}
      <JobStatus job={job} onCancel={cancel} testId="participants-status" />
    </div>
  );
}
