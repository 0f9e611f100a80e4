/**
 * Turns a participant list from the organizers (CSV or XLSX rows, columns mapped by the user) or a vCard
 * file into new people and organizations, matching the ones already in the archive instead of
 * duplicating them.
 *
 * Matching rules, in order:
 * - an organization matches an existing one whose name or native name folds (case, accents, full-width)
 *   to the same text as the row's organization name or native name;
 * - a person matches an existing one with the same email, when the row has one;
 * - otherwise a person matches an existing one whose name or native name folds to the same text as the
 *   row's name or native name, and who belongs to the same organization (or both to none);
 * - a row that repeats an earlier row of the same file is not imported twice.
 * Matched records are left as they are.
 */
import { COUNTRY_CODES, countryName } from '../domain/countries';
import { parseCsv, unescapeFormula } from './csv';
import { ORGANIZATION_KINDS, Organization, Person } from '../domain/entities';
import { toFieldIssues } from '../domain/validation';
import { foldText } from '../search/foldText';

export const PARTICIPANT_FIELDS = [
  'name',
  'nativeName',
  'title',
  'organization',
  'organizationNativeName',
  'country',
  'email',
  'phone',
  'notes',
] as const;
export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number];

/** Which column (0-based) holds each field; unmapped fields are left empty. */
export type ColumnMapping = Partial<Record<ParticipantField, number>>;

/**
 * A participant list's rows as read from its file, blank rows left out, each with its number in that
 * file: the spreadsheet row for XLSX, the line for CSV (both 1-based, the header and blank rows
 * counted). Messages name rows by these numbers, so the user finds the row the message is about.
 */
export interface NumberedRows {
  readonly rows: readonly (readonly string[])[];
  /** The number of each of `rows` in the file, in the same order. */
  readonly rowNumbers: readonly number[];
}

export interface Participant {
  /** The row's number in the file (see NumberedRows), or the card's position for vCards. */
  row: number;
  name: string;
  nativeName: string;
  title: string;
  organization: string;
  organizationNativeName: string;
  country: string;
  email: string;
  phone: string;
  notes: string;
}

/** Header words, folded, that suggest each field (English and Chinese organizers' lists). */
const HEADER_HINTS: Record<ParticipantField, string[]> = {
  name: [
    'name',
    'full name',
    'english name',
    'name (english)',
    'participant',
    '姓名',
    '英文名',
    '英文姓名',
    '名字',
  ],
  nativeName: [
    'native name',
    'local name',
    'name (native)',
    'name in own script',
    'original name',
    '本名',
    '母语姓名',
    '原文姓名',
  ],
  title: ['title', 'position', 'job title', 'role', 'designation', '职务', '职位', '头衔'],
  organization: [
    'organization',
    'organisation',
    'institution',
    'company',
    'affiliation',
    'org',
    '单位',
    '机构',
    '组织',
    '工作单位',
  ],
  organizationNativeName: [
    'organization (native)',
    'native organization',
    'institution (native)',
    '单位（原文）',
    '机构原文名称',
  ],
  country: ['country', 'country code', 'nationality', '国家', '国家/地区', '国籍'],
  email: ['email', 'e-mail', 'mail', 'email address', '邮箱', '电子邮件', '电子邮箱'],
  phone: ['phone', 'telephone', 'mobile', 'tel', 'phone number', '电话', '手机', '联系电话'],
  notes: ['notes', 'note', 'remarks', 'comments', '备注', '说明'],
};

export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of PARTICIPANT_FIELDS) {
    const hints = HEADER_HINTS[field];
    const index = header.findIndex((cell, i) => !used.has(i) && hints.includes(foldText(cell.trim())));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

/**
 * The rows of a participant list saved as CSV. A cell that a CSV export escaped against formula
 * injection (`'+855 12 345 678`, `'-`) gets its text back, so people exported from Liaison read in as
 * they were written rather than with an apostrophe in front of every international phone number.
 */
export function participantCsvRows(text: string): NumberedRows {
  const { rows, lines } = parseCsv(text);
  return { rows: rows.map((row) => row.map(unescapeFormula)), rowNumbers: lines };
}

/** The rows' participants; with `hasHeader`, the first row (the first that is not blank) is the header. */
export function rowsToParticipants(
  { rows, rowNumbers }: NumberedRows,
  mapping: ColumnMapping,
  hasHeader: boolean,
): Participant[] {
  if (rowNumbers.length !== rows.length) throw new Error('every row needs its number in the file');
  const out: Participant[] = [];
  rows.forEach((cells, index) => {
    if (hasHeader && index === 0) return;
    const get = (field: ParticipantField) => {
      const column = mapping[field];
      return column === undefined ? '' : (cells[column] ?? '').trim();
    };
    const participant = { row: rowNumbers[index]! } as Participant;
    for (const field of PARTICIPANT_FIELDS) participant[field] = get(field);
    if (PARTICIPANT_FIELDS.some((f) => participant[f] !== '')) out.push(participant);
  });
  return out;
}

/** An ISO code from a code or a country name in English or Chinese ("Cambodia", "柬埔寨", "kh"). */
export function countryCode(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const upper = trimmed.toUpperCase();
  if (COUNTRY_CODES.includes(upper)) return upper;
  const folded = foldText(trimmed);
  for (const code of COUNTRY_CODES)
    for (const locale of ['en', 'zh']) if (foldText(countryName(code, locale)) === folded) return code;
  return null;
}

export interface ExistingRecords {
  people: readonly Person[];
  organizations: readonly Organization[];
}

export type PlanProblemCode = 'invalid' | 'duplicateRow' | 'unknownCountry' | 'noName';

export interface PlanProblem {
  row: number;
  field: string;
  code: PlanProblemCode;
  /** For `invalid`: the validation key (`validation.email`); else the value concerned. */
  detail: string;
  /** True when the row is not imported. */
  skipped: boolean;
}

export interface PlannedOrganization {
  entity: Organization;
  /** True when it is already in the archive (and is left unchanged). */
  existing: boolean;
}

export interface PlannedPerson {
  row: number;
  entity: Person;
  existing: boolean;
  organizationName: string;
}

export interface ImportPlan {
  organizations: PlannedOrganization[];
  people: PlannedPerson[];
  problems: PlanProblem[];
}

function foldedNames(...names: string[]): string[] {
  return names.map((n) => foldText(n.trim())).filter(Boolean);
}

function sharesName(a: string[], b: string[]): boolean {
  return a.some((n) => b.includes(n));
}

/** The terms to look up existing records by (name prefixes for `repos.*.search`). */
export function lookupTerms(participants: readonly Participant[]): {
  people: string[];
  organizations: string[];
} {
  const people = new Set<string>();
  const organizations = new Set<string>();
  for (const p of participants) {
    for (const n of [p.name, p.nativeName]) if (n.trim()) people.add(n.trim());
    for (const n of [p.organization, p.organizationNativeName]) if (n.trim()) organizations.add(n.trim());
  }
  return { people: [...people], organizations: [...organizations] };
}

export function planParticipants(
  participants: readonly Participant[],
  existing: ExistingRecords,
  newId: () => string,
): ImportPlan {
  const organizations: PlannedOrganization[] = [];
  const people: PlannedPerson[] = [];
  const problems: PlanProblem[] = [];

  const orgFor = (p: Participant): PlannedOrganization | null => {
    const names = foldedNames(p.organization, p.organizationNativeName);
    if (names.length === 0) return null;
    const planned = organizations.find((o) =>
      sharesName(names, foldedNames(o.entity.name, o.entity.nativeName)),
    );
    if (planned) return planned;
    const match = existing.organizations.find((o) => sharesName(names, foldedNames(o.name, o.nativeName)));
    if (match) {
      const entry = { entity: match, existing: true };
      organizations.push(entry);
      return entry;
    }
    let country: string | null = null;
    if (p.country) {
      country = countryCode(p.country);
      if (!country)
        problems.push({
          row: p.row,
          field: 'country',
          code: 'unknownCountry',
          detail: p.country,
          skipped: false,
        });
    }
    const parsed = Organization.safeParse({
      id: newId(),
      name: p.organization || p.organizationNativeName,
      nativeName: p.organization ? p.organizationNativeName : '',
      country,
      kind: ORGANIZATION_KINDS[ORGANIZATION_KINDS.length - 1],
      website: '',
    });
    if (!parsed.success) {
      for (const i of toFieldIssues(parsed.error))
        problems.push({
          row: p.row,
          field: `organization.${i.field}`,
          code: 'invalid',
          detail: i.message,
          skipped: true,
        });
      return null;
    }
    const entry = { entity: parsed.data, existing: false };
    organizations.push(entry);
    return entry;
  };

  for (const p of participants) {
    if (!p.name && !p.nativeName) {
      problems.push({ row: p.row, field: 'name', code: 'noName', detail: '', skipped: true });
      continue;
    }
    const hasOrg = Boolean(p.organization || p.organizationNativeName);
    const org = orgFor(p);
    if (hasOrg && !org) continue;
    const organizationId = org?.entity.id ?? null;
    const names = foldedNames(p.name, p.nativeName);
    const email = p.email.toLowerCase();
    const same = (candidate: Person) =>
      (email !== '' && candidate.email.toLowerCase() === email) ||
      (sharesName(names, foldedNames(candidate.name, candidate.nativeName)) &&
        candidate.organizationId === organizationId);
    const earlier = people.find((planned) => !planned.existing && same(planned.entity));
    if (earlier) {
      problems.push({
        row: p.row,
        field: 'name',
        code: 'duplicateRow',
        detail: String(earlier.row),
        skipped: true,
      });
      continue;
    }
    const match = existing.people.find(same);
    if (match) {
      if (!people.some((planned) => planned.entity.id === match.id))
        people.push({ row: p.row, entity: match, existing: true, organizationName: org?.entity.name ?? '' });
      continue;
    }
    const parsed = Person.safeParse({
      id: newId(),
      name: p.name || p.nativeName,
      nativeName: p.name ? p.nativeName : '',
      title: p.title,
      organizationId,
      email: p.email,
      phone: p.phone,
      isDelegate: false,
      notes: p.notes,
    });
    if (!parsed.success) {
      for (const i of toFieldIssues(parsed.error))
        problems.push({ row: p.row, field: i.field, code: 'invalid', detail: i.message, skipped: true });
      continue;
    }
    people.push({
      row: p.row,
      entity: parsed.data,
      existing: false,
      organizationName: org?.entity.name ?? '',
    });
  }
  // An organization created only for rows that were then skipped is not created either.
  const used = new Set(people.map((p) => p.entity.organizationId));
  return {
    organizations: organizations.filter((o) => o.existing || used.has(o.entity.id)),
    people,
    problems,
  };
}
