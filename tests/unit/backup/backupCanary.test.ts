/**
 * The backup canary. An archive with a marker in every field encryption at rest seals
 * (ENCRYPTED_FIELDS, and attachment bytes) is backed up in clear, then encryption is turned on the way
 * Settings → Security does it: a sealed backup through the real producer and main's real BackupStore in
 * a temp userData folder, then the clear backups deleted. Every byte of that folder is then searched for
 * every marker in UTF-8 and UTF-16LE, with any zip in it unpacked first (a deflated records file hides
 * its text from a plain search): 0 hits. The clear backup written before is the control: the same search
 * finds every exported marker in it, so a leak would not go unseen. Last, the sealed backup is restored
 * at start-up with the passphrase, into an archive that is encrypted again, and every marker is back.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBKeyRange } from 'fake-indexeddb';
import { unzipSync } from 'fflate';
import { describe, expect } from 'vitest';
import { BackupStore } from '../../../electron/main/backup/BackupStore';
import { BackupScheduler } from '../../../renderer/src/backup/BackupScheduler';
import { produceBackup } from '../../../renderer/src/backup/produceBackup';
import { replaceClearBackups } from '../../../renderer/src/backup/replaceClearBackups';
import { createStartupRecovery } from '../../../renderer/src/backup/restoreAtStartup';
import { BackupKeys } from '../../../renderer/src/db/BackupKeys';
import { ENCRYPTED_FIELDS } from '../../../renderer/src/db/encryptedFields';
import { isSealed } from '../../../renderer/src/db/FieldCipher';
import { KeyStore } from '../../../renderer/src/db/KeyStore';
import { LiaisonDatabase } from '../../../renderer/src/db/LiaisonDatabase';
import { createTestArchive } from '../../support/testArchive';
import { plaintextHits } from '../../support/plaintextHits';
import { APP, exchangeOf, noSteps, NOW } from '../archive/archiveFixtures';
import { reliabilityLog } from '../fuzz/reliabilityLog';
import {
  agreementInput,
  archiveWithCounterpart,
  delegateInput,
  FAST_KDF,
  meetingInput,
  rawView,
} from '../encryption/encryptedArchive';
import { backupsOver, tickingClock } from './backupTestFiles';

const leaks = reliabilityLog(import.meta.url, 'Nothing leaked', 'Backups folder once encryption is on');

const PASSPHRASE = 'ວຽງຈັນ harbour lantern 17';

/** One marker per sealed field, named after it; each appears nowhere else. */
const MARKERS = {
  'meetings.agenda': 'CANARY-BACKUP-AGENDA-5e21',
  'meetings.minutes': 'CANARY-BACKUP-MINUTES-90af',
  'meetings.outcomes': 'CANARY-BACKUP-OUTCOMES-3c7d',
  'notes.text': 'CANARY-BACKUP-NOTE-b4e8',
  'people.notes': 'CANARY-BACKUP-PERSON-71c2',
  'agreements.scope': 'CANARY-BACKUP-SCOPE-e06a',
  'conflicts.text': 'CANARY-BACKUP-CONFLICT-2f9b',
  'blobs.data': 'CANARY-BACKUP-FILE-8d13',
} as const;
/**
 * The archive format carries records, not their sync history (docs/archive-format.md): conflicts are
 * not in any backup, so they cannot leak through one, and a restore does not bring them back.
 */
const NOT_IN_ARCHIVES = new Set<string>(['conflicts.text']);

async function archiveWithMarkers() {
  const archive = await archiveWithCounterpart({ now: () => NOW });
  const { repos, org } = archive;
  const meeting = await repos.meetings.create(
    meetingInput(org.id, {
      agenda: MARKERS['meetings.agenda'],
      minutes: MARKERS['meetings.minutes'],
      outcomes: MARKERS['meetings.outcomes'],
    }),
  );
  const me = await repos.people.create(delegateInput(MARKERS['people.notes']));
  await repos.notes.create({ meetingId: meeting.id, authorId: me.id, text: MARKERS['notes.text'] });
  await repos.agreements.create(agreementInput(org.id, MARKERS['agreements.scope']));
  // Merges write conflicts; a stored row is enough here.
  await archive.db.conflicts.put({
    id: '01J0C0NF11CT0000000000000B',
    table: 'meetings',
    recordId: meeting.id,
    field: 'minutes',
    text: MARKERS['conflicts.text'],
    stamp: '0000000000000:0000:device',
    resolution: 'open',
  } as never);
  const file = new File([`signed scan ${MARKERS['blobs.data']}`], 'scan.txt', { type: 'text/plain' });
  await repos.attachments.addFile({ type: 'meeting', id: meeting.id }, file);
  return archive;
}

/** Every marker found in `dir`, searching each zip's unpacked entries as well as the raw bytes. */
async function markersIn(dir: string) {
  const unpacked = await mkdtemp(join(tmpdir(), 'liaison-canary-unzipped-'));
  for (const name of await readdir(dir, { recursive: true })) {
    const bytes = await readFile(join(dir, name)).catch(() => null);
    if (!bytes || bytes.readUInt32LE(0) !== 0x04034b50) continue;
    const target = join(unpacked, name.replace(/[/\\]/g, '_'));
    await mkdir(target);
    for (const [entry, content] of Object.entries(unzipSync(bytes)))
      await writeFile(join(target, entry.replace(/[/\\]/g, '_')), content);
  }
  const { hits, files, bytes, encodings } = await plaintextHits([dir, unpacked], Object.values(MARKERS));
  return { found: [...new Set(hits.map((hit) => hit.secret))], hits: hits.length, files, bytes, encodings };
}

describe('the backup canary', () => {
  leaks.check(
    'leaves no confidential text in clear in the backups folder once encryption is on, and restores it all with the passphrase',
    async ({ details }) => {
      // Every field encryption at rest seals has its marker, so a new sealed field needs one here too.
      const sealedFields = Object.entries(ENCRYPTED_FIELDS).flatMap(([table, fields]) =>
        fields.map((field) => `${table}.${field}`),
      );
      expect(Object.keys(MARKERS).sort()).toEqual([...sealedFields, 'blobs.data'].sort());

      const archive = await archiveWithMarkers();
      const userData = await mkdtemp(join(tmpdir(), 'liaison-canary-userdata-'));
      const store = new BackupStore({ dir: join(userData, 'backups'), now: tickingClock() });
      const backups = backupsOver(store);
      const keys = new BackupKeys(archive.db);
      let position = 1;
      // The app's scheduler (startAutomaticBackups), with main's real store behind the bridge.
      const scheduler = new BackupScheduler({
        now: () => NOW,
        position: () => Promise.resolve(position),
        intervalMinutes: () => 15,
        backup: async (at) => {
          const produced = await produceBackup(exchangeOf(archive), APP, at, noSteps, () =>
            keys.forSealing(),
          );
          await backups.write(produced.data, produced.manifest, 20);
        },
      });

      // Before encryption: a clear backup, which the search finds every exported marker in (the control).
      expect(await scheduler.flush()).toBe(true);
      const before = await markersIn(userData);
      expect(before.found.sort()).toEqual(
        Object.entries(MARKERS)
          .filter(([field]) => !NOT_IN_ARCHIVES.has(field))
          .map(([, marker]) => marker)
          .sort(),
      );

      // Settings → Security: turn encryption on, then what it does to the backups.
      await new KeyStore(archive.db, archive.db.encryption, FAST_KDF).enable(PASSPHRASE);
      position = 2;
      const replaced = await replaceClearBackups(backups, scheduler);
      expect(replaced).toEqual({ sealed: true, sealError: null, deleted: 1 });
      // A later automatic backup is sealed too.
      position = 3;
      expect(await scheduler.flush()).toBe(true);

      const listed = await store.list();
      expect(listed.map((b) => b.encrypted)).toEqual([true, true]);
      const after = await markersIn(userData);
      // Recorded before the checks, so a failed run reports its hits too.
      Object.assign(details, {
        markers: Object.keys(MARKERS).length,
        sealedBackups: listed.length,
        filesSearched: after.files,
        bytesSearched: after.bytes,
        encodings: after.encodings.join(', '),
        hits: after.hits,
        markersFoundInTheClearBackupBefore: before.found.length,
      });
      expect(after.files).toBeGreaterThanOrEqual(4);
      expect(after.found).toEqual([]);

      // The database is lost; the newest backup is restored at start-up with the passphrase.
      archive.db.close();
      const lost = await createTestArchive({ now: () => NOW });
      lost.db.close();
      const storage = new Map<string, string>();
      const recovery = createStartupRecovery({
        backups,
        database: () => new LiaisonDatabase(lost.name, { indexedDB: lost.factory.indexedDB, IDBKeyRange }),
        storage: {
          getItem: (k) => storage.get(k) ?? null,
          setItem: (k, v) => void storage.set(k, v),
          removeItem: (k) => void storage.delete(k),
        },
        now: () => NOW,
      });
      const latest = (await recovery.latest())!;
      expect(latest.encrypted).toBe(true);
      await expect(recovery.restore(latest.id, () => undefined, 'not the passphrase')).rejects.toThrow(
        /passphrase does not open this backup/,
      );
      await recovery.restore(latest.id, () => undefined, PASSPHRASE);

      // The restored archive is encrypted under the same passphrase: sealed on disk, locked until unlocked.
      const restored = await createTestArchive({ factory: lost.factory, name: lost.name, now: () => NOW });
      expect(restored.db.encryption.mode).toBe('locked');
      const raw = await rawView(restored);
      expect(
        (await raw.table('meetings').toArray()).every((m: Record<string, unknown>) => isSealed(m.minutes)),
      ).toBe(true);
      raw.close();
      await new KeyStore(restored.db).unlock(PASSPHRASE);
      const [meeting] = await restored.db.meetings.toArray();
      expect(meeting).toMatchObject({
        agenda: MARKERS['meetings.agenda'],
        minutes: MARKERS['meetings.minutes'],
        outcomes: MARKERS['meetings.outcomes'],
      });
      expect((await restored.db.notes.toArray()).map((n) => n.text)).toEqual([MARKERS['notes.text']]);
      expect((await restored.db.people.toArray()).map((p) => p.notes)).toContain(MARKERS['people.notes']);
      expect((await restored.db.agreements.toArray()).map((a) => a.scope)).toEqual([
        MARKERS['agreements.scope'],
      ]);
      const [attachment] = await restored.db.attachments.toArray();
      expect(await (await restored.repos.attachments.blob(attachment!.sha256))!.text()).toContain(
        MARKERS['blobs.data'],
      );
      expect(await restored.db.conflicts.count()).toBe(0);
    },
    60_000,
  );
});
