import { describe, expect, it } from 'vitest';
import type { Organization, Person } from '../../../shared/domain/entities';
import { createUlidFactory } from '../../../shared/domain/ulid';
import { parseCsv, writeCsv } from '../../../shared/formats/csv';
import {
  countryCode,
  guessMapping,
  participantCsvRows,
  planParticipants,
  rowsToParticipants,
} from '../../../shared/formats/participantsTable';
import { buildSampleEvent } from '../../../shared/sample/sampleEvent';

function sampleExisting() {
  const records = buildSampleEvent();
  return {
    people: records.filter((r) => r.table === 'people').map((r) => r.entity as Person),
    organizations: records.filter((r) => r.table === 'organizations').map((r) => r.entity as Organization),
  };
}

const newId = createUlidFactory(() => Date.UTC(2025, 0, 1));

describe('participant lists', () => {
  const file = writeCsv([
    ['姓名', 'Native name', 'Position', 'Institution', 'Country', 'E-mail'],
    ['Sok Dara', 'សុខ ដារ៉ា', 'Director', 'Prek Leap National Institute of Agriculture', 'KH', ''],
    ['Chan Sophea', 'ចាន់ សុភា', 'Lecturer', 'វិទ្យាស្ថានជាតិកសិកម្មព្រែកលៀប', 'Cambodia', 'sophea@example.org'],
    ['Niran Chaiyo', 'นิรันดร์ ชัยโย', 'Lecturer', 'Khon Kaen Technical College', '泰国', ''],
    ['Niran Chaiyo', 'นิรันดร์ ชัยโย', 'Lecturer', 'Khon Kaen Technical College', 'TH', ''],
    ['Zhao Lei', '赵磊', 'Teacher', '天津职业技术师范大学', 'CN', 'not-an-email'],
    ['Wang Fang', '王芳', 'Dean', 'Sample Vocational College', 'CN', ''],
  ]);

  it('guesses the columns from English and Chinese headers', () => {
    const { rows } = parseCsv(file);
    expect(guessMapping(rows[0]!)).toEqual({
      name: 0,
      nativeName: 1,
      title: 2,
      organization: 3,
      country: 4,
      email: 5,
    });
  });

  it('matches existing people and organizations, creates the others once, and reports bad rows', () => {
    const table = participantCsvRows(file);
    const participants = rowsToParticipants(table, guessMapping(table.rows[0]!), true);
    const plan = planParticipants(participants, sampleExisting(), newId);

    expect(plan.people.map((p) => [p.row, p.entity.name, p.existing])).toEqual([
      [2, 'Sok Dara', true],
      [3, 'Chan Sophea', false],
      [4, 'Niran Chaiyo', false],
      [7, 'Wang Fang', true],
    ]);
    const chan = plan.people[1]!.entity;
    const prekLeap = plan.organizations.find((o) => o.entity.name.startsWith('Prek Leap'))!;
    // Matched through the organization's Khmer name.
    expect(prekLeap.existing).toBe(true);
    expect(chan.organizationId).toBe(prekLeap.entity.id);
    expect(chan.nativeName).toBe('ចាន់ សុភា');
    const khonKaen = plan.organizations.find((o) => o.entity.name === 'Khon Kaen Technical College')!;
    expect(khonKaen).toMatchObject({ existing: false, entity: { country: 'TH', kind: 'other' } });
    expect(plan.organizations.filter((o) => !o.existing).map((o) => o.entity.name)).toEqual([
      'Khon Kaen Technical College',
    ]);
    expect(plan.problems).toEqual([
      { row: 5, field: 'name', code: 'duplicateRow', detail: '4', skipped: true },
      { row: 6, field: 'email', code: 'invalid', detail: 'validation.email', skipped: true },
    ]);
  });

  it('names each row of a CSV list by its line in the file, blank lines before, between and after counted', () => {
    const text = writeCsv([
      [],
      ['', '', '', ''],
      ['Name', 'Institution', 'Country', 'E-mail'],
      ['Sok Dara', 'Prek Leap National Institute of Agriculture', 'KH', ''],
      [],
      ['', 'Khon Kaen Technical College', 'TH', ''],
      ['Niran Chaiyo', 'Khon Kaen Technical College', 'Atlantis', ''],
      [],
      ['', '', '', ''],
      ['Niran Chaiyo', 'Khon Kaen Technical College', 'TH', ''],
      ['Zhao Lei', '天津职业技术师范大学', 'CN', 'not-an-email'],
      ['Wang Fang', 'Sample Vocational College', 'CN', ''],
      [],
      ['', '', '', ''],
    ]);
    const table = participantCsvRows(text);
    const participants = rowsToParticipants(table, guessMapping(table.rows[0]!), true);
    const plan = planParticipants(participants, sampleExisting(), newId);

    expect(plan.people.map((p) => [p.row, p.entity.name])).toEqual([
      [4, 'Sok Dara'],
      [7, 'Niran Chaiyo'],
      [12, 'Wang Fang'],
    ]);
    expect(plan.problems.map((p) => [p.row, p.code, p.detail])).toEqual([
      [6, 'noName', ''],
      [7, 'unknownCountry', 'Atlantis'],
      [10, 'duplicateRow', '7'],
      [11, 'invalid', 'validation.email'],
    ]);
  });

  it('matches a person by email whatever the name', () => {
    const existing = sampleExisting();
    existing.people[3] = { ...existing.people[3]!, email: 'Dara@Example.org' };
    const plan = planParticipants(
      [
        {
          row: 2,
          name: 'Dara Sok',
          nativeName: '',
          title: '',
          organization: '',
          organizationNativeName: '',
          country: '',
          email: 'dara@example.org',
          phone: '',
          notes: '',
        },
      ],
      existing,
      newId,
    );
    expect(plan.people).toEqual([expect.objectContaining({ existing: true, entity: existing.people[3] })]);
  });

  it('reads country names in English and Chinese', () => {
    expect(['KH', 'kh', 'Cambodia', '柬埔寨', 'Laos', 'Atlantis'].map(countryCode)).toEqual([
      'KH',
      'KH',
      'KH',
      'KH',
      'LA',
      null,
    ]);
  });
});
