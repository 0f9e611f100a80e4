/** Problems found in an imported file, as sentences in the UI language. */
import type { TFunction } from 'i18next';
import type { IcsProblem } from '../../../shared/formats/ics';
import type { PlanProblem } from '../../../shared/formats/participantsTable';
import type { VCardProblem } from '../../../shared/formats/vcard';
import type { AgendaProblem } from '../../../shared/formats/agendaImport';
import type { XlsxFileError } from '../../../shared/formats/xlsx/XlsxFileError';
import { formatBytes } from '../lib/formatBytes';

const FIELD_KEYS = ['name', 'nativeName', 'title', 'email', 'phone', 'notes', 'country'] as const;

function fieldLabel(t: TFunction, field: string): string {
  const key = field.replace(/^organization\./, '');
  const organization = field.startsWith('organization.');
  if (organization && key === 'name') return t('exchange.organizers.fields.organization');
  if (organization && key === 'nativeName') return t('exchange.organizers.fields.organizationNativeName');
  return (FIELD_KEYS as readonly string[]).includes(key)
    ? t(`exchange.organizers.fields.${key as (typeof FIELD_KEYS)[number]}`)
    : field;
}

function validationMessage(t: TFunction, message: string): string {
  return message.startsWith('validation.') ? t(message as 'validation.invalid') : message;
}

export function describePlanProblem(t: TFunction, p: PlanProblem): string {
  return t(`exchange.organizers.planProblem.${p.code}`, {
    row: p.row,
    detail: p.detail,
    field: fieldLabel(t, p.field),
    message: p.code === 'invalid' ? validationMessage(t, p.detail) : '',
  });
}

export function describeVCardProblem(t: TFunction, p: VCardProblem): string {
  return t(`exchange.contacts.problem.${p.code}`, {
    card: p.card + 1,
    line: p.line,
    name: p.name,
    detail: p.detail,
  });
}

export function describeIcsProblem(t: TFunction, p: IcsProblem): string {
  return t(`exchange.organizers.icsProblem.${p.code}`, { line: p.line, detail: p.detail });
}

export function describeAgendaProblem(t: TFunction, p: AgendaProblem): string {
  return `${t('exchange.preview.row')} ${p.line}, ${p.field}: ${validationMessage(t, p.detail)}`;
}

const BYTE_LIMITS = new Set(['fileTooLarge', 'partTooLarge']);

/** Why a workbook was not read, naming the file (and the part or cell when there is one). */
export function describeXlsxProblem(
  t: TFunction,
  error: XlsxFileError,
  name: string,
  locale: string,
): string {
  const params: Record<string, string | number> = { reason: '', entry: '', ...error.params };
  const limit = error.params['limit'];
  if (typeof limit === 'number')
    params['limit'] = BYTE_LIMITS.has(error.code)
      ? formatBytes(limit, locale)
      : new Intl.NumberFormat(locale).format(limit);
  // Each code's sentence uses only the parameters that code carries.
  const key = `exchange.organizers.xlsxError.${error.code}` as 'exchange.organizers.xlsxError.notWorkbook';
  return t(key, { ...params, name });
}
