/**
 * Seeded hostile archives, each refused (or accepted) with its specific message: prototype keys, a
 * 100 MB string and deep nesting, invalid UTF-8, byte-order marks and NUL bytes, zip entries that climb
 * out, are absolute or are symbolic links, and timestamps in the year 2100 and past 9999.
 */
import { zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect } from 'vitest';
import { ArchiveError } from '../../../shared/formats/archive/archiveIssue';
import { ARCHIVE_LIMITS } from '../../../shared/formats/archive/archiveLimits';
import { parseJsonSafely } from '../../../shared/formats/archive/parseJsonSafely';
import { readArchive } from '../../../shared/formats/archive/readArchive';
import { patchEntry } from '../archive/archiveFixtures';
import { archiveEntries, completeArchive, type GeneratedArchive } from './archiveFiles';
import { MiB, memoryGrowth, refusal, reliabilityLog } from './reliabilityLog';

const { corpus } = reliabilityLog(import.meta.url, 'Hostile input', 'Archive import (seeded corpus)');
const encoder = new TextEncoder();
const MEETING = {
  id: '01J8Z3Q6M0A9B7C5D3E1F2G4H6',
  eventId: null,
  title: 'Signing of the MoA with Lao-German Technical College',
  kind: 'signing-ceremony',
  status: 'planned',
  startsAt: Date.UTC(2100, 7, 20, 1),
  endsAt: Date.UTC(2100, 7, 20, 2),
  location: 'Meijiang Convention Centre',
  counterpartOrgIds: ['01J8Z3Q6M0A9B7C5D3E1F2G4H7'],
  participantIds: [],
  agenda: '',
  minutes: '',
  outcomes: '',
  confidentiality: 'internal',
  tags: [],
};
let base: GeneratedArchive;

beforeAll(async () => {
  base = await completeArchive({
    tables: {
      events: [],
      sessions: [],
      organizations: [],
      people: [],
      meetings: [MEETING as never],
      notes: [],
      actionItems: [],
      agreements: [],
      attachments: [],
    },
    blobBytes: [],
    createdAt: Date.UTC(2100, 0, 1),
  });
});

/** The archive with one entry's text replaced. */
function withEntry(name: string, content: string | Uint8Array, level: 0 | 6 = 6): Uint8Array {
  const entries = Object.fromEntries(archiveEntries(base));
  entries[name] = typeof content === 'string' ? encoder.encode(content) : content;
  return zipSync(entries as Zippable, { level });
}
const meetingsWith = (changes: Record<string, unknown>) =>
  withEntry('records/meetings.json', JSON.stringify([{ ...MEETING, ...changes }]));

async function messages(bytes: Uint8Array): Promise<string[]> {
  return (await refusal(ArchiveError, () => readArchive(bytes))).message.split('\n');
}

describe('seeded hostile archives', () => {
  corpus('a meeting in the year 2100 and an archive written in 2100 are accepted', async () => {
    const read = await readArchive(withEntry('records/meetings.json', JSON.stringify([MEETING])));
    expect(read.tables.meetings[0]!.startsAt).toBe(Date.UTC(2100, 7, 20, 1));
    expect(read.manifest.createdAt).toBe('2100-01-01T00:00:00.000Z');
  });

  corpus('an instant in the year 10000 is refused as not a valid instant', async () => {
    expect(await messages(meetingsWith({ endsAt: Date.UTC(10000, 0, 1) }))).toEqual([
      'records/meetings.json: [0].endsAt: not a valid instant (whole milliseconds since 1970, UTC)',
    ]);
  });

  corpus('29 February 2100 is refused (2100 is not a leap year), 28 February accepted', async () => {
    const item = {
      id: '01J8Z3Q6M0A9B7C5D3E1F2G4H8',
      title: 'Renew MoA',
      meetingId: null,
      agreementId: null,
      ownerId: null,
      status: 'open',
    };
    const counts = { ...base.manifest, tables: { ...base.manifest.tables, actionItems: 1 } };
    const archive = (dueDate: string) => {
      const entries = Object.fromEntries(archiveEntries(base));
      entries['records/actionItems.json'] = encoder.encode(JSON.stringify([{ ...item, dueDate }]));
      entries['manifest.json'] = encoder.encode(JSON.stringify(counts));
      return zipSync(entries as Zippable);
    };
    expect(await messages(archive('2100-02-29'))).toEqual([
      'records/actionItems.json: [0].dueDate: not a valid date (YYYY-MM-DD)',
    ]);
    expect((await readArchive(archive('2100-02-28'))).tables.actionItems[0]!.dueDate).toBe('2100-02-28');
  });

  corpus('a __proto__ key in a record is refused', async () => {
    const text = JSON.stringify([MEETING]).replace('{"id"', '{"__proto__":{"polluted":1},"id"');
    expect(await messages(withEntry('records/meetings.json', text))).toEqual([
      'records/meetings.json: [0].__proto__: the key "__proto__" is not allowed',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  corpus('a constructor key in the manifest is refused', async () => {
    const text = JSON.stringify({ ...base.manifest, app: { name: 'x', version: '1', constructor: 'y' } });
    expect(await messages(withEntry('manifest.json', text))).toEqual([
      'manifest.json: app.constructor: the key "constructor" is not allowed',
    ]);
  });

  corpus('a 100 MB string is refused after reading 200,000 characters of it, not all of it', () => {
    const huge = `[{"minutes":"${'a'.repeat(100_000_000)}"}]`;
    const start = performance.now();
    const error = (() => {
      try {
        parseJsonSafely(huge, 'records/meetings.json', ARCHIVE_LIMITS);
      } catch (e) {
        return e as ArchiveError;
      }
      throw new Error('accepted');
    })();
    expect(error.message).toBe('records/meetings.json: [0].minutes: longer than 200,000 characters');
    expect(performance.now() - start).toBeLessThan(2000);
  });

  corpus('a 100 MB records file deflated to a few kilobytes is refused as a zip bomb, unread', async () => {
    const bomb = new Uint8Array(100 * 1000 * 1000).fill(0x61);
    let error: ArchiveError | undefined;
    const grown = await memoryGrowth(async () => {
      error = await refusal(ArchiveError, () => readArchive(withEntry('records/notes.json', bomb)));
    });
    expect(error!.message).toBe('records/notes.json: compressed more than 200 to 1, as a zip bomb is');
    expect(grown).toBeLessThan(200 * MiB);
  });

  corpus('nesting a million levels deep is refused at level 32', async () => {
    expect(await messages(withEntry('records/notes.json', '['.repeat(1_000_000)))).toEqual([
      `records/notes.json: ${'[0]'.repeat(32)}: nested deeper than 32 levels`,
    ]);
  });

  corpus('invalid UTF-8 (an overlong NUL) in the manifest is refused as not UTF-8', async () => {
    const text = encoder.encode(JSON.stringify(base.manifest));
    const bad = Uint8Array.of(...text.subarray(0, 20), 0xc0, 0x80, ...text.subarray(20));
    expect(await messages(withEntry('manifest.json', bad))).toEqual([
      'manifest.json: not valid JSON: the file is not UTF-8 text',
    ]);
  });

  corpus(
    'a byte-order mark before the JSON is accepted; one inside it is refused with its position',
    async () => {
      const text = JSON.stringify([MEETING]);
      const read = await readArchive(withEntry('records/meetings.json', `\uFEFF${text}`));
      expect(read.tables.meetings).toHaveLength(1);
      expect(await messages(withEntry('records/meetings.json', `[\uFEFF${text.slice(1)}`))).toEqual([
        'records/meetings.json: [0]: not valid JSON: expected a value at line 1, column 2, found "\uFEFF"',
      ]);
    },
  );

  corpus('a raw NUL byte in a string is refused; an escaped one is text like any other', async () => {
    expect(
      await messages(
        withEntry('records/meetings.json', JSON.stringify([MEETING]).replace('Signing', 'Sign\u0000ing')),
      ),
    ).toEqual([
      'records/meetings.json: [0].title: not valid JSON: expected no control character in a string at line 1, column 65, found "\\u0000"',
    ]);
    const read = await readArchive(meetingsWith({ location: 'Hall\u0000A' }));
    expect(read.tables.meetings[0]!.location).toBe('Hall\u0000A');
  });

  corpus('zip entries that climb out with ../, absolute paths and drive letters are refused', async () => {
    expect(await messages(withEntry('records/../../../.bashrc', 'x'))).toEqual([
      'records/../../../.bashrc: a path with ".." is not allowed in an archive',
    ]);
    expect(await messages(withEntry('/etc/cron.d/liaison', 'x'))).toEqual([
      '/etc/cron.d/liaison: an absolute path is not allowed in an archive',
    ]);
    expect(await messages(withEntry('C:\\Windows\\evil.dll', 'x'))).toEqual([
      'C:\\Windows\\evil.dll: an absolute path is not allowed in an archive',
    ]);
    expect(await messages(withEntry('blobs\\..\\..\\x', 'x'))).toEqual([
      'blobs\\..\\..\\x: a path with ".." is not allowed in an archive',
    ]);
  });

  corpus('a zip entry that is a symbolic link is refused', async () => {
    const bytes = patchEntry(withEntry('records/notes.json', '[]'), 'records/notes.json', {
      madeBy: 0x031e,
      externalAttributes: (0o120777 << 16) >>> 0,
    });
    expect(await messages(bytes)).toEqual([
      'records/notes.json: symbolic links are not allowed in an archive',
    ]);
  });
});
