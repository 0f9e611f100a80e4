import { describe, expect, it } from 'vitest';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import { HEADER_FILE } from '../../../shared/sync/syncPaths';
import { createSyncParts } from '../../../renderer/src/db/sync/createSyncParts';
import { SyncQuestion, type SyncQuestionKind } from '../../../renderer/src/sync/SyncQuestion';
import { SyncEngine, type SyncRequest } from '../../../renderer/src/sync/SyncEngine';
import { MemoryTransport } from '../../support/memoryTransport';
import { addPartner, logMeeting } from '../../support/syncFixtures';
import { createTestArchive, type TestArchive } from '../../support/testArchive';

const YEAR = 365 * 24 * 60 * 60 * 1000;

async function laptop(now: () => number = Date.now) {
  const archive = await createTestArchive({ now });
  const engine = new SyncEngine(
    createSyncParts(archive.db, archive.capture, archive.repos, { now: () => new Date(now()) }),
  );
  return { ...archive, engine };
}
type Laptop = Awaited<ReturnType<typeof laptop>>;

function sync(from: Laptop, target: MemoryTransport, extra: Partial<SyncRequest> = {}) {
  return from.engine.sync({ key: 'target:T', transport: target, ...extra });
}

const organization = addPartner;
const meeting = logMeeting;

async function titles(archive: TestArchive) {
  return (await archive.db.meetings.toArray()).map((row) => row.title).sort();
}

async function question(promise: Promise<unknown>): Promise<SyncQuestion> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SyncQuestion);
  return error as SyncQuestion;
}

async function targetError(promise: Promise<unknown>): Promise<SyncTargetError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SyncTargetError);
  return error as SyncTargetError;
}

const yes = (...kinds: SyncQuestionKind[]) => ({ confirmed: new Set(kinds) });

describe('syncing laptops through a target', () => {
  it('brings each laptop’s meetings to the other, and a second sync moves nothing', async () => {
    const target = new MemoryTransport();
    const a = await laptop();
    const b = await laptop();
    await meeting(a, 'ការប្រជុំជាមួយ Prek Leap');
    await meeting(b, 'ປະຊຸມກັບ ມະຫາວິທະຍາໄລ');
    const first = await sync(a, target);
    expect(first.sent).toBe(2); // the meeting and its partner
    await sync(b, target);
    await sync(a, target);
    expect(await titles(a)).toEqual(await titles(b));
    expect(await titles(a)).toHaveLength(2);
    const writes = target.writes;
    const again = await sync(b, target);
    expect(again).toMatchObject({ received: 0, sent: 0 });
    expect(target.writes).toBe(writes);
  });

  it('writes only its own device folder, segments listed in a head with their hashes', async () => {
    const target = new MemoryTransport();
    const a = await laptop();
    await meeting(a, 'Courtesy call');
    await sync(a, target);
    expect(target.paths('')).toEqual([
      `devices/${a.capture.deviceId}/head.json`,
      `devices/${a.capture.deviceId}/seg-000001`,
      HEADER_FILE,
    ]);
    const header = JSON.parse(new TextDecoder().decode(target.files.get(HEADER_FILE)));
    expect(header).toMatchObject({ format: 'liaison-sync', version: 1, encryption: null });
  });

  it('passes changes on to another target but never sends them back where they came from', async () => {
    const venue = new MemoryTransport();
    const home = new MemoryTransport();
    const a = await laptop();
    const b = await laptop();
    const c = await laptop();
    await meeting(a, 'Signed the MoA');
    await sync(a, venue);
    await sync(b, venue);
    const backToVenue = venue.writes;
    await sync(b, venue);
    expect(venue.writes).toBe(backToVenue);
    await b.engine.sync({ key: 'target:home', transport: home });
    await c.engine.sync({ key: 'target:home', transport: home });
    expect(await titles(c)).toEqual(['Signed the MoA']);
  });
});

describe('encrypted targets', () => {
  it('keeps the minutes unreadable on the target and opens only with the passphrase', async () => {
    const target = new MemoryTransport();
    const a = await laptop();
    const b = await laptop();
    const secret = 'Confidential: tuition waiver for 40 students';
    await meeting(a, 'Enrolment MoA', secret);
    await sync(a, target, { passphrase: 'correct horse', encryptNew: true });
    for (const bytes of target.files.values()) {
      expect(Buffer.from(bytes).includes(Buffer.from('tuition'))).toBe(false);
      expect(Buffer.from(bytes).includes(Buffer.from('Enrolment'))).toBe(false);
    }

    const none = await targetError(sync(b, target));
    expect(none.code).toBe('wrong-passphrase');
    expect(none.message).toMatch(/encrypted.*passphrase/);
    const wrong = await targetError(sync(b, target, { passphrase: 'wrong horse' }));
    expect(wrong.code).toBe('wrong-passphrase');
    expect(wrong.message).toMatch(/does not open this archive/);
    expect(await b.db.meetings.count()).toBe(0);

    const report = await sync(b, target, { passphrase: 'correct horse' });
    expect(report.encrypted).toBe(true);
    expect((await b.db.meetings.toArray())[0]?.minutes).toBe(secret);
  }, 30_000);
});

describe('damaged targets', () => {
  it('refuses a segment cut short, applies nothing from it, and syncs once it is whole', async () => {
    const target = new MemoryTransport();
    const a = await laptop();
    const b = await laptop();
    await meeting(a, 'Bilateral with Souphanouvong University');
    await sync(a, target);
    const path = `devices/${a.capture.deviceId}/seg-000001`;
    const whole = target.files.get(path)!;
    target.files.set(path, whole.slice(0, whole.length - 7));
    const error = await targetError(sync(b, target));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/seg-000001 is cut short/);
    expect(await b.db.meetings.count()).toBe(0);
    target.files.set(path, whole);
    await sync(b, target);
    expect(await titles(b)).toEqual(['Bilateral with Souphanouvong University']);
  });

  it('refuses a tampered segment even when its head was altered to match, and applies nothing from it', async () => {
    const target = new MemoryTransport();
    const a = await laptop();
    const b = await laptop();
    await meeting(a, 'Original title');
    await sync(a, target);
    const path = `devices/${a.capture.deviceId}/seg-000001`;
    const bytes = target.files.get(path)!;
    bytes[20] = bytes[20]! ^ 0x01;
    const error = await targetError(sync(b, target));
    expect(error.message).toMatch(/seg-000001 was changed or damaged/);
    expect(await b.db.meetings.count()).toBe(0);
  });

  it('stops and asks when the target belongs to another archive, and merges when told to', async () => {
    const first = new MemoryTransport();
    const other = new MemoryTransport();
    const a = await laptop();
    const stranger = await laptop();
    await meeting(a, 'Ours');
    await meeting(stranger, 'Theirs');
    await sync(a, first);
    await stranger.engine.sync({ key: 'target:other', transport: other });
    const asked = await question(a.engine.sync({ key: 'target:other', transport: other }));
    expect(asked.kind).toBe('other-archive');
    expect(await titles(a)).toEqual(['Ours']);
    await a.engine.sync({ key: 'target:other', transport: other, ...yes('other-archive') });
    expect(await titles(a)).toEqual(['Ours', 'Theirs']);
  });

  it('stops and asks when a target it synced with is empty, then sends everything again', async () => {
    const target = new MemoryTransport();
    const a = await laptop();
    const b = await laptop();
    await meeting(a, 'From A');
    await meeting(b, 'From B');
    await sync(a, target);
    await sync(b, target);
    await sync(a, target);
    target.files.clear();
    const asked = await question(sync(a, target));
    expect(asked.kind).toBe('empty-target');
    expect(target.files.size).toBe(0);
    await sync(a, target, yes('empty-target'));
    const c = await laptop();
    await sync(c, target);
    expect(await titles(c)).toEqual(['From A', 'From B']);
  });
});

describe('mass deletes', () => {
  it('asks before a pull deletes more than 50 records, and deletes them once confirmed', async () => {
    const target = new MemoryTransport();
    const a = await laptop();
    const b = await laptop();
    const orgs = [];
    for (let i = 0; i < 600; i++) orgs.push(await organization(a, `Partner ${i}`));
    await sync(a, target);
    await sync(b, target);
    for (const org of orgs.slice(0, 51)) await a.repos.organizations.delete(org.id);
    await sync(a, target);
    const asked = await question(sync(b, target));
    expect(asked.kind).toBe('mass-delete');
    expect(asked.details).toEqual({ deletes: 51, live: 600 });
    expect(await b.db.organizations.count()).toBe(600);
    await sync(b, target, yes('mass-delete'));
    expect(await b.db.organizations.count()).toBe(549);
  }, 30_000);

  it('asks before a pull deletes more than a tenth of a small archive, but not for one record of many', async () => {
    const target = new MemoryTransport();
    const a = await laptop();
    const b = await laptop();
    const orgs = [];
    for (let i = 0; i < 20; i++) orgs.push(await organization(a, `Partner ${i}`));
    await sync(a, target);
    await sync(b, target);
    await a.repos.organizations.delete(orgs[0]!.id);
    await sync(a, target);
    await sync(b, target);
    expect(await b.db.organizations.count()).toBe(19);
    for (const org of orgs.slice(1, 4)) await a.repos.organizations.delete(org.id);
    await sync(a, target);
    expect((await question(sync(b, target))).details).toEqual({ deletes: 3, live: 19 });
  });
});

describe('interrupted syncs', () => {
  it('resumes a push cut off by a server error without losing or repeating records', async () => {
    const target = new MemoryTransport();
    const a = await laptop();
    const b = await laptop();
    for (let i = 0; i < 2500; i++) await organization(a, `ສະຖາບັນ ${i}`);
    target.writesLeft = 4; // the header, the first segment and its head, the second segment
    const error = await targetError(sync(a, target));
    expect(error.code).toBe('server');
    target.heal();
    const report = await sync(a, target);
    expect(report.sent).toBe(1500);
    await sync(b, target);
    expect(await b.db.organizations.count()).toBe(2500);
    expect(target.paths(`devices/${a.capture.deviceId}/seg-`)).toHaveLength(3);
  }, 60_000);

  it('resumes a pull that was cancelled between segments, keeping what it had merged', async () => {
    const target = new MemoryTransport();
    const a = await laptop();
    const b = await laptop();
    for (let i = 0; i < 2500; i++) await organization(a, `สถาบัน ${i}`);
    await sync(a, target);
    const controller = new AbortController();
    const stopped = b.engine.sync({
      key: 'target:T',
      transport: target,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase === 'pull' && progress.done === 1000) controller.abort();
      },
    });
    await expect(stopped).rejects.toMatchObject({ name: 'AbortError' });
    expect(await b.db.organizations.count()).toBe(1000);
    await sync(b, target);
    expect(await b.db.organizations.count()).toBe(2500);
  }, 60_000);
});

describe('attachments and clocks', () => {
  it('brings an attachment’s content across, checked against its hash', async () => {
    const target = new MemoryTransport();
    const a = await laptop();
    const b = await laptop();
    const held = await meeting(a, 'Signing at Tianjin Vocational Institute');
    const file = new File([new TextEncoder().encode('%PDF-1.7 signed MoA')], 'moa.pdf', {
      type: 'application/pdf',
    });
    const attachment = await a.repos.attachments.addFile({ type: 'meeting', id: held.id }, file);
    await sync(a, target);
    await sync(b, target);
    const blob = await b.repos.attachments.blob(attachment.sha256);
    expect(await blob?.text()).toBe('%PDF-1.7 signed MoA');
  });

  it('reports a laptop whose clock is a year ahead, and later edits elsewhere still win', async () => {
    const target = new MemoryTransport();
    const ahead = await laptop(() => Date.now() + YEAR);
    const b = await laptop();
    const org = await organization(ahead, 'Future Institute');
    await sync(ahead, target);
    const report = await sync(b, target);
    expect(report.clockWarnings).toEqual([
      { device: ahead.capture.deviceId, aheadMs: expect.any(Number) as number },
    ]);
    expect(report.clockWarnings[0]!.aheadMs).toBeGreaterThan(YEAR - 60_000);
    await b.repos.organizations.update(org.id, { name: 'Renamed at home' });
    await sync(b, target);
    await sync(ahead, target);
    expect((await ahead.repos.organizations.get(org.id))?.name).toBe('Renamed at home');
  });
});

describe('hostile clock stamps', () => {
  it('refuses a segment stamped after the year 9999 and merges nothing from it', async () => {
    const target = new MemoryTransport();
    const a = await laptop();
    const b = await laptop();
    await organization(a, 'Honest partner');
    await sync(a, target);
    const { encodeSegment, encodeHead, decodeHead } = await import('../../../shared/sync/syncFiles');
    const { sha256Hex } = await import('../../../shared/sync/syncCrypto');
    const archiveId = JSON.parse(new TextDecoder().decode(target.files.get(HEADER_FILE))).archiveId as string;
    const device = 'MALLORY';
    const bytes = await encodeSegment(
      {
        version: 1,
        archiveId,
        deviceId: device,
        seq: 1,
        changes: [
          {
            table: 'organizations',
            id: '01JD0000000000000000000000',
            op: 'upsert',
            fields: { name: { value: 'Forever', hlc: `ffffffffffff.000000.${device}` } },
          },
        ],
      },
      null,
    );
    target.files.set(`devices/${device}/seg-000001`, bytes);
    const head = {
      version: 1 as const,
      archiveId,
      deviceId: device,
      segments: [{ seq: 1, sha256: await sha256Hex(bytes), bytes: bytes.length, changes: 1 }],
    };
    target.files.set(`devices/${device}/head.json`, await encodeHead(head, null));
    expect(
      await decodeHead(target.files.get(`devices/${device}/head.json`)!, device, archiveId, null),
    ).toEqual(head);
    const error = await targetError(sync(b, target));
    expect(error.message).toMatch(/seg-000001 is damaged: .*year 9999/);
    expect(await b.db.organizations.count()).toBe(0);
  });
});

describe('laptop names', () => {
  it('learns the names other laptops go by from their heads, to show instead of device ids', async () => {
    const { SettingsRepository } = await import('../../../renderer/src/settings/SettingsRepository');
    const target = new MemoryTransport();
    const a = await laptop();
    const b = await laptop();
    await new SettingsRepository(a.db).set('deviceName', 'Sokha’s laptop');
    await organization(a, 'Named partner');
    await sync(a, target);
    await sync(b, target);
    expect(await b.repos.deviceNames.all()).toEqual({ [a.capture.deviceId]: 'Sokha’s laptop' });
  });
});
