/** Spreadsheets: one table as CSV, or every table as an XLSX workbook with one sheet each. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_TABLE_NAMES, type EntityTableName } from '../../../shared/domain/entityTables';
import { SHEET_COLUMNS, sheetRows, visibleNotes } from '../../../shared/formats/spreadsheetColumns';
import { sheetCsv, writeXlsx } from '../../../shared/formats/spreadsheetFiles';
import { useServices } from '../app/AppServices';
import { RecordExchange } from '../db/RecordExchange';
import { SelectField } from '../ui/Field';
import { JobStatus } from './JobStatus';
import { readTables, REFERENCED, sheetContext, type TableData } from './readTables';
import { exportName, failure, saveExport } from './saveExport';
import { useJob } from './useJob';

function rowsOf(table: EntityTableName, data: TableData, includeConfidential: boolean) {
  const ctx = sheetContext(data, includeConfidential);
  let records = data[table] ?? [];
  if (table === 'notes') {
    const confidential = new Set(
      (data.meetings ?? []).filter((m) => m.confidentiality === 'confidential').map((m) => m.id),
    );
    records = visibleNotes(data.notes ?? [], confidential, ctx);
  }
  return sheetRows(table, records as never[], ctx);
}

export function SpreadsheetSection() {
  const { t } = useTranslation();
  const services = useServices();
  const [table, setTable] = useState<EntityTableName>('meetings');
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const { job, run, cancel, running } = useJob();
  const exchange = () => new RecordExchange(services.db, services.capture, services.repos);
  const label = t('exchange.spreadsheets.progressLabel');
  const cancelled = t('exchange.job.exportCancelled');

  const exportCsv = () =>
    void run(
      label,
      async (ctx) => {
        const needed = [
          ...new Set<EntityTableName>([
            table,
            ...REFERENCED[table],
            ...(table === 'notes' ? (['meetings'] as const) : []),
          ]),
        ];
        const data = await readTables(exchange(), needed, ctx);
        const csv = sheetCsv(rowsOf(table, data, includeConfidential));
        return saveExport(services.platform, t, {
          suggestedName: exportName(table, 'csv', services.now()),
          mimeType: 'text/csv;charset=utf-8',
          data: csv,
          extension: 'csv',
        });
      },
      (error) => failure(t, error),
      cancelled,
    );

  const exportXlsx = () =>
    void run(
      label,
      async (ctx) => {
        const data = await readTables(exchange(), ENTITY_TABLE_NAMES, ctx);
        // Loaded on first use: exceljs is larger than the rest of the app.
        const excel = (await import('exceljs')).default;
        const sheets = ENTITY_TABLE_NAMES.map((name) => ({
          name: t(`exchange.tables.${name}`).slice(0, 31),
          widths: SHEET_COLUMNS[name].map((c) => c.width),
          ...rowsOf(name, data, includeConfidential),
        }));
        const bytes = await writeXlsx(excel, sheets);
        ctx.signal.throwIfAborted();
        return saveExport(services.platform, t, {
          suggestedName: exportName('archive', 'xlsx', services.now()),
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          data: bytes,
          extension: 'xlsx',
        });
      },
      (error) => failure(t, error),
      cancelled,
    );

  return (
    <section className="panel exchange-section" aria-labelledby="exchange-spreadsheets">
      <h2 id="exchange-spreadsheets">{t('exchange.spreadsheets.title')}</h2>
      <p className="muted">{t('exchange.spreadsheets.description')}</p>
      <div className="toolbar">
        <SelectField
          label={t('exchange.spreadsheets.table')}
          value={table}
          options={ENTITY_TABLE_NAMES.map((name) => ({ value: name, label: t(`exchange.tables.${name}`) }))}
          onChange={setTable}
          disabled={running}
        />
        <button type="button" onClick={exportCsv} disabled={running}>
          {t('exchange.spreadsheets.exportCsv')}
        </button>
        <button type="button" onClick={exportXlsx} disabled={running}>
          {t('exchange.spreadsheets.exportXlsx')}
        </button>
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={includeConfidential}
          onChange={(event) => setIncludeConfidential(event.target.checked)}
          disabled={running}
        />
        {t('exchange.spreadsheets.includeConfidential')}
      </label>
      <JobStatus job={job} onCancel={cancel} testId="spreadsheet-status" />
    </section>
  );
}
