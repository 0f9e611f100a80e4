/**
 * Whole syncs over the real targets main uses: a folder on disk, and WebDAV on rclone and on Apache with
 * mod_dav (started by the tests on 127.0.0.1). Three laptops and the home archive converge, attachments
 * included, and an encrypted target holds no readable text.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FolderTransport } from '../../../electron/main/sync/FolderTransport';
import { WebdavTransport } from '../../../electron/main/sync/WebdavTransport';
import type { SyncTransport } from '../../../shared/sync/SyncTransport';
import { createSyncParts } from '../../../renderer/src/db/sync/createSyncParts';
import { SyncEngine } from '../../../renderer/src/sync/SyncEngine';
import {
  startWebdavServer,
  webdavServerUnavailable,
  type WebdavServer,
  type WebdavServerKind,
} from '../../support/webdavServers';
import { logMeeting } from '../../support/syncFixtures';
import { createTestArchive, type TestArchive } from '../../support/testArchive';

const MINUTES = 'ភាគីទាំងពីរបានព្រមព្រៀងលើការផ្លាស់ប្តូរនិស្សិត — confidential quota of 40 students';

async function laptop() {
  const archive = await createTestArchive();
  return { ...archive, engine: new SyncEngine(createSyncParts(archive.db, archive.capture, archive.repos)) };
}
type Laptop = Awaited<ReturnType<typeof laptop>>;

async function logMeetingWithPhoto(archive: TestArchive, title: string) {
  const meeting = await logMeeting(archive, title, MINUTES, 'confidential');
  const photo = new File([title, new Uint8Array(70_000).map((_, i) => (i * 31) % 251)], 'signing.jpg', {
    type: 'image/jpeg',
  });
  await archive.repos.attachments.addFile({ type: 'meeting', id: meeting.id }, photo);
}

async function snapshot(archive: TestArchive) {
  const strip = (rows: readonly object[]) =>
    rows
      .map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !key.startsWith('_'))))
      .sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
  return {
    meetings: strip(await archive.db.meetings.toArray()),
    organizations: strip(await archive.db.organizations.toArray()),
    attachments: strip(await archive.db.attachments.toArray()),
    blobs: (await archive.db.blobs.toCollection().primaryKeys()).sort(),
  };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Three laptops log at the venue and sync; home syncs last; everyone syncs once more. */
async function venueAndHome(target: () => SyncTransport, passphrase?: string) {
  const laptops: Laptop[] = [await laptop(), await laptop(), await laptop()];
  const home = await laptop();
  for (const [i, one] of laptops.entries()) await logMeetingWithPhoto(one, `Meeting ${i + 1}`);
  const options = passphrase ? { passphrase, encryptNew: true } : {};
  for (const one of [...laptops, home, ...laptops])
    await one.engine.sync({ key: 'target:shared', transport: target(), ...options });
  return { laptops, home };
}

async function expectConverged({ laptops, home }: { laptops: Laptop[]; home: Laptop }) {
  const expected = await snapshot(home);
  expect(expected.meetings).toHaveLength(3);
  expect(expected.blobs).toHaveLength(3);
  for (const one of laptops) expect(await snapshot(one)).toEqual(expected);
}

describe('sync through a folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'liaison-folder-target-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('brings three laptops and the home archive to the same records and attachments, encrypted on disk', async () => {
    const replicas = await venueAndHome(() => new FolderTransport(dir), 'Tianjin 2024 delegation');
    await expectConverged(replicas);
    for (const file of await filesUnder(dir)) {
      const bytes = await readFile(file);
      expect(bytes.includes(Buffer.from('confidential quota'))).toBe(false);
      expect(bytes.includes(Buffer.from('Meeting 1'))).toBe(false);
    }
  }, 60_000);

  it('says the folder is missing, and keeps everything stored on the laptop', async () => {
    const one = await laptop();
    await logMeetingWithPhoto(one, 'Before the stick was unplugged');
    const before = await snapshot(one);
    const error = await one.engine
      .sync({ key: 'target:usb', transport: new FolderTransport(join(dir, 'unplugged-stick')) })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'missing' });
    expect(await snapshot(one)).toEqual(before);
  });
});

const servers: WebdavServerKind[] = ['rclone', 'apache'];
for (const kind of servers) {
  const unavailable = webdavServerUnavailable(kind);
  if (unavailable) console.warn(`Skipping sync over ${kind}: ${unavailable}`);

  describe.skipIf(unavailable !== null)(`sync through WebDAV on ${kind}`, () => {
    let server: WebdavServer;
    beforeAll(async () => {
      server = await startWebdavServer(kind);
    }, 20_000);
    afterAll(async () => {
      await server?.stop();
    });

    it('brings three laptops and the home archive to the same records and attachments', async () => {
      const transport = () =>
        new WebdavTransport({ url: server.url, username: server.username, password: server.password });
      await expectConverged(await venueAndHome(transport));
    }, 60_000);
  });
}
