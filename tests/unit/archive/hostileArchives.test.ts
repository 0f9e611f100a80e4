/**
 * Malformed and hostile archives. Each is rejected with its specific message (entry, path in the file,
 * and why), and the archive it was restored into is unchanged: restore runs the whole check before it
 * writes anything.
 */
import { strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TABLE_NAMES } from '../../../shared/domain/entityTables';
import { ArchiveError, issueMessage } from '../../../shared/formats/archive/archiveIssue';
import type { ArchiveLimits } from '../../../shared/formats/archive/archiveLimits';
import { checkArchive, restoreArchive } from '../../../renderer/src/dataExchange/archiveTransfer';
import { createTestArchive, type TestArchive } from '../../support/testArchive';
import {
  corruptData,
  exchangeOf,
  json,
  noSteps,
  NOW,
  parse,
  patchEntry,
  sampleArchiveFiles,
  zip,
} from './archiveFixtures';

let files: Record<string, Uint8Array>;
let target: TestArchive;

beforeAll(async () => {
  files = await sampleArchiveFiles();
  target = await createTestArchive({ now: () => NOW });
  await target.repos.people.create({
    name: 'Li Wei',
    nativeName: '李伟',
    title: '',
    organizationId: null,
    email: '',
    phone: '',
    isDelegate: true,
    notes: '',
  });
});

async function snapshot() {
  const exchange = exchangeOf(target);
  const tables: Record<string, unknown[]> = {};
  for (const table of ENTITY_TABLE_NAMES) tables[table] = await exchange.page(table, null, 10_000);
  return { tables, blobs: await target.db.blobs.count(), outbox: await target.db.outbox.count() };
}

/** Restores the bytes as the UI does; returns the messages of the rejection, after checking nothing changed. */
async function rejection(bytes: Uint8Array, limits: Partial<ArchiveLimits> = {}): Promise<string[]> {
  const before = await snapshot();
  let messages: string[] = [];
  try {
    const contents = await checkArchive(bytes, noSteps, { limits });
    await restoreArchive(exchangeOf(target), contents, noSteps);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    messages = error.issues.map(issueMessage);
  }
  expect(messages.length, 'the archive was accepted').toBeGreaterThan(0);
  expect(await snapshot(), 'the database is unchanged').toEqual(before);
  return messages;
}

const records = (table: string) => parse<Array<Record<string, unknown>>>(files[`records/${table}.json`]);
const manifest = () =>
  parse<Record<string, unknown> & { tables: Record<string, number> }>(files['manifest.json']);
const withFile = (name: string, bytes: Uint8Array) => zip({ ...files, [name]: bytes });
const without = (name: string) => zip(Object.fromEntries(Object.entries(files).filter(([n]) => n !== name)));
const blobNames = () => Object.keys(files).filter((n) => n.startsWith('blobs/'));

describe('hostile and malformed archives', () => {
  it('accepts the untouched export (the fixture itself is valid)', async () => {
    await expect(checkArchive(zip(files), noSteps)).resolves.toBeTruthy();
  });

  it('1. rejects a file that is not a zip', async () => {
    expect(await rejection(strToU8('name,email\nSok Dara,dara@example.org\n'))).toEqual([
      'not a Liaison archive: the file is not a zip file',
    ]);
  });

  it('2. rejects a zip without a manifest', async () => {
    expect(await rejection(without('manifest.json'))).toEqual([
      'not a Liaison archive: it has no manifest.json',
    ]);
  });

  it('3. rejects a path that climbs out with ..', async () => {
    expect(await rejection(withFile('../../.bashrc', strToU8('rm -rf ~')))).toEqual([
      '../../.bashrc: a path with ".." is not allowed in an archive',
    ]);
  });

  it('4. rejects an absolute path', async () => {
    expect(await rejection(withFile('/etc/cron.d/job', strToU8('* * * * * root sh')))).toEqual([
      '/etc/cron.d/job: an absolute path is not allowed in an archive',
    ]);
  });

  it('5. rejects an entry that is not part of the format', async () => {
    expect(await rejection(withFile('records/run.sh', strToU8('#!/bin/sh')))).toEqual([
      'records/run.sh: not part of a Liaison archive',
    ]);
  });

  it('6. rejects two entries with the same name', async () => {
    const bytes = patchEntry(withFile('manifest.jsoN', files['manifest.json']!), 'manifest.jsoN', {
      rename: 'manifest.json',
    });
    expect(await rejection(bytes)).toEqual(['manifest.json: appears twice in the archive']);
  });

  it('7. rejects a symbolic link', async () => {
    const bytes = patchEntry(zip(files), 'records/events.json', {
      madeBy: 0x031e,
      externalAttributes: (0o120777 << 16) >>> 0,
    });
    expect(await rejection(bytes)).toEqual([
      'records/events.json: symbolic links are not allowed in an archive',
    ]);
  });

  it('8. rejects an encrypted entry', async () => {
    const bytes = patchEntry(zip(files), 'records/notes.json', { flags: 0x1 });
    expect(await rejection(bytes)).toEqual(['records/notes.json: encrypted entries are not supported']);
  });

  it('9. rejects an unsupported compression method', async () => {
    const bytes = patchEntry(zip(files), 'records/people.json', { method: 12 });
    expect(await rejection(bytes)).toEqual([
      'records/people.json: compression method 12 is not supported (only stored and deflate)',
    ]);
  });

  it('10. rejects a zip bomb by its declared compression ratio, before inflating it', async () => {
    const bomb = strToU8(`[${' '.repeat(20 * 1024 * 1024)}]`);
    expect(await rejection(withFile('records/notes.json', bomb))).toEqual([
      'records/notes.json: compressed more than 200 to 1, as a zip bomb is',
    ]);
  });

  it('11. stops a zip bomb that lies about its size while inflating it', async () => {
    const bomb = strToU8(`[${' '.repeat(20 * 1024 * 1024)}]`);
    const bytes = patchEntry(withFile('records/notes.json', bomb), 'records/notes.json', { size: 2 });
    expect(await rejection(bytes)).toEqual([
      'records/notes.json: compressed more than 200 to 1, as a zip bomb is',
    ]);
  });

  it('12. rejects a manifest larger than its limit of 1 MiB', async () => {
    const random = Array.from({ length: 1_200_000 }, (_, i) =>
      String.fromCharCode(33 + ((i * 7919) % 90)),
    ).join('');
    const big = json({ ...manifest(), padding: random });
    expect(await rejection(zip({ ...files, 'manifest.json': big }, 0))).toEqual([
      'manifest.json: larger than 1 MiB',
    ]);
  });

  it('13. rejects more entries than the limit allows', async () => {
    expect(await rejection(zip(files), { maxEntries: 5 })).toEqual(['more than 5 entries']);
  });

  it('14. rejects an archive that unpacks to more than the total limit', async () => {
    const messages = await rejection(zip(files), { maxTotalBytes: 2000 });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^records\/\w+\.json: the archive unpacks to more than 2000 bytes$/);
  });

  it('15. rejects JSON with a syntax error, saying where', async () => {
    expect(await rejection(withFile('records/events.json', strToU8('[\n{"id": "x",,}\n]')))).toEqual([
      'records/events.json: [0]: not valid JSON: expected a property name in double quotes at line 2, column 12, found ","',
    ]);
  });

  it('16. rejects a __proto__ key', async () => {
    const people = records('people');
    const text = JSON.stringify(people).replace('{"id"', '{"__proto__":{"isAdmin":true},"id"');
    expect(await rejection(withFile('records/people.json', strToU8(text)))).toEqual([
      'records/people.json: [0].__proto__: the key "__proto__" is not allowed',
    ]);
  });

  it('17. rejects constructor and prototype keys in nested objects', async () => {
    const text = JSON.stringify([{ ...records('meetings')[0], extra: { constructor: { prototype: {} } } }]);
    expect(await rejection(withFile('records/meetings.json', strToU8(text)))).toEqual([
      'records/meetings.json: [0].extra.constructor: the key "constructor" is not allowed',
    ]);
  });

  it('18. rejects nesting deeper than 32 levels', async () => {
    const text = `${'['.repeat(100)}${']'.repeat(100)}`;
    expect(await rejection(withFile('records/notes.json', strToU8(text)))).toEqual([
      `records/notes.json: ${'[0]'.repeat(32)}: nested deeper than 32 levels`,
    ]);
  });

  it('19. rejects a string longer than 200,000 characters', async () => {
    const meetings = records('meetings');
    meetings[2] = { ...meetings[2], minutes: 'ន'.repeat(200_001) };
    expect(await rejection(withFile('records/meetings.json', json(meetings)))).toEqual([
      'records/meetings.json: [2].minutes: longer than 200,000 characters',
    ]);
  });

  it('20. rejects a key that appears twice in one object', async () => {
    const text = JSON.stringify(records('events')).replace('"city"', '"name":"Shadow","city"');
    expect(await rejection(withFile('records/events.json', strToU8(text)))).toEqual([
      'records/events.json: [0].name: appears twice in its object',
    ]);
  });

  it('21. rejects a newer format version, asking for an update', async () => {
    expect(await rejection(withFile('manifest.json', json({ ...manifest(), formatVersion: 2 })))).toEqual([
      'manifest.json: formatVersion: format version 2 is newer than this Liaison reads (1); update Liaison',
    ]);
  });

  it('22. rejects a zip of some other format', async () => {
    expect(
      await rejection(withFile('manifest.json', json({ ...manifest(), format: 'other-backup' }))),
    ).toEqual(['manifest.json: format: not a Liaison archive: format must be "liaison-archive"']);
  });

  it('23. rejects a manifest with a field of the wrong type', async () => {
    expect(
      await rejection(withFile('manifest.json', json({ ...manifest(), createdAt: 'yesterday' }))),
    ).toEqual(['manifest.json: createdAt: Invalid ISO datetime']);
  });

  it('24. rejects an archive missing a records file', async () => {
    expect(await rejection(without('records/agreements.json'))).toEqual([
      'records/agreements.json: missing: the manifest lists this table',
    ]);
  });

  it('25. rejects a records file whose count differs from the manifest', async () => {
    expect(await rejection(withFile('records/people.json', json(records('people').slice(1))))).toEqual([
      'records/people.json: holds 5 records, the manifest says 6',
    ]);
  });

  it('26. lists every invalid field of every record, with its path', async () => {
    const meetings = records('meetings');
    meetings[1] = { ...meetings[1], kind: 'party' };
    meetings[2] = { ...meetings[2], endsAt: 0 };
    const people = records('people');
    people[4] = { ...people[4], email: 'not an email', organizationId: 42 };
    const bytes = zip({
      ...files,
      'records/meetings.json': json(meetings),
      'records/people.json': json(people),
    });
    expect(await rejection(bytes)).toEqual([
      'records/people.json: [4].organizationId: must be a string',
      'records/people.json: [4].email: not an email address',
      'records/meetings.json: [1].kind: must be one of "bilateral", "multilateral", "courtesy-call", "signing-ceremony", "other"',
      'records/meetings.json: [2].endsAt: ends before it starts',
    ]);
  });

  it('27. rejects a field the table does not have', async () => {
    const events = records('events');
    events[0] = { ...events[0], secret: 'x' };
    expect(await rejection(withFile('records/events.json', json(events)))).toEqual([
      'records/events.json: [0].secret: not a field of this table',
    ]);
  });

  it('28. rejects a duplicate id', async () => {
    const orgs = records('organizations');
    orgs[1] = { ...orgs[1], id: orgs[0]!['id'] };
    expect(await rejection(withFile('records/organizations.json', json(orgs)))).toEqual([
      `records/organizations.json: [1].id: the id ${String(orgs[0]!['id'])} appears twice`,
    ]);
  });

  it('29. rejects an attachment whose file is missing', async () => {
    const [first] = blobNames();
    const rest = Object.fromEntries(Object.entries(files).filter(([n]) => n !== first));
    const bytes = zip({ ...rest, 'manifest.json': json({ ...manifest(), blobs: 1 }) });
    const sha = first!.slice('blobs/'.length);
    const index = records('attachments').findIndex((a) => a['sha256'] === sha);
    expect(await rejection(bytes)).toEqual([
      `records/attachments.json: [${index}].sha256: its file blobs/${sha} is not in the archive`,
    ]);
  });

  it('30. rejects attachment bytes that do not match their SHA-256', async () => {
    const [first] = blobNames();
    expect(await rejection(withFile(first!, strToU8('swapped content')))).toEqual([
      `${first}: its SHA-256 does not match its name`,
    ]);
  });

  it('31. rejects an entry whose checksum fails (damaged in transit)', async () => {
    const [first] = blobNames();
    expect(await rejection(corruptData(zip(files, 0), first!))).toEqual([
      `${first}: the entry is damaged (checksum mismatch)`,
    ]);
  });

  it('32. rejects a blob no attachment uses', async () => {
    const stray = `blobs/${'ab'.repeat(32)}`;
    const bytes = zip({
      ...files,
      [stray]: strToU8('smuggled'),
      'manifest.json': json({ ...manifest(), blobs: 3 }),
    });
    expect(await rejection(bytes)).toEqual([`${stray}: no attachment in the archive uses it`]);
  });

  it('33. rejects a records file that is not a list', async () => {
    expect(await rejection(withFile('records/sessions.json', json({ length: 6 })))).toEqual([
      'records/sessions.json: must be a list of records',
    ]);
  });

  it('34. rejects a records file that is not UTF-8 text', async () => {
    expect(await rejection(withFile('records/notes.json', new Uint8Array([0x5b, 0xff, 0xfe, 0x5d])))).toEqual(
      ['records/notes.json: not valid JSON: the file is not UTF-8 text'],
    );
  });
});
