/**
 * The registry of sync targets with a fake safeStorage that really encrypts (AES-GCM with a key of its
 * own), so the tests can look for the password in every file under userData.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SyncTargets,
  type SafeStorageLike,
  type SyncTargetsOptions,
} from '../../../../electron/main/sync/SyncTargets';
import { TARGETS_FILE } from '../../../../electron/main/sync/syncTargetFiles';
import type { TargetTransport } from '../../../../electron/main/sync/TargetTransport';
import type { WebdavConfig } from '../../../../electron/main/sync/WebdavTransport';
import { failure } from './targetTestHelpers';

const PASSWORD = 'Tianjin-2024-pässwörd';
const URL = 'https://dav.example.org/remote.php/dav/files/delegate/liaison';

/** safeStorage as Electron has it: a real cipher, and on Linux the name of the backend behind it. */
function fakeSafeStorage(backend: string | null, available = true): SafeStorageLike & { broken: boolean } {
  const key = randomBytes(32);
  const fake = {
    broken: false,
    isEncryptionAvailable: () => available,
    encryptString(plainText: string): Buffer {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(encrypted: Buffer): string {
      // A keyring that was reset or replaced cannot open what the old one sealed.
      if (fake.broken) throw new Error('Error while decrypting the ciphertext provided to safeStorage');
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
    },
    ...(backend === null ? {} : { getSelectedStorageBackend: () => backend }),
  };
  return fake;
}

async function setUp(safeStorage: SafeStorageLike, overrides: Partial<SyncTargetsOptions> = {}) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'liaison-targets-'));
  const configs: WebdavConfig[] = [];
  let ids = 0;
  const targets = new SyncTargets({
    userDataDir,
    safeStorage,
    platform: 'linux',
    chooseFolder: () => Promise.resolve('/media/delegate/LIAISON'),
    createWebdavTransport: (config) => {
      configs.push(config);
      return {} as TargetTransport;
    },
    newId: () => `target-${++ids}`,
    ...overrides,
  });
  /** The text of every file under userData, as stored. */
  const storedText = async () => {
    const names = await readdir(userDataDir);
    const texts = await Promise.all(names.map((name) => readFile(join(userDataDir, name), 'utf8')));
    return texts.join('\n');
  };
  return { targets, userDataDir, configs, storedText };
}

/** The password as it would appear if it were only encoded: as is, in base64, in hex. */
function encodings(password: string): string[] {
  const raw = Buffer.from(password, 'utf8');
  return [password, raw.toString('base64'), raw.toString('base64url'), raw.toString('hex')];
}

describe('the sync targets', () => {
  it('keep a WebDAV password encrypted by the system keyring, and hand it only to the transport', async () => {
    const { targets, storedText, configs } = await setUp(fakeSafeStorage('gnome_libsecret'));
    const result = await targets.addWebdav({ url: URL, username: 'delegate', password: PASSWORD });
    expect(result).toEqual({
      stored: true,
      target: {
        id: 'target-1',
        kind: 'webdav',
        label: 'delegate@dav.example.org/remote.php/dav/files/delegate/liaison',
        url: `${URL}/`,
        username: 'delegate',
        credentials: 'os-keyring',
      },
    });
    const stored = await storedText();
    expect(stored).toContain('"os-keyring"');
    for (const encoded of encodings(PASSWORD)) expect(stored).not.toContain(encoded);

    await targets.transport('target-1');
    expect(configs).toEqual([{ url: `${URL}/`, username: 'delegate', password: PASSWORD }]);
  });

  it('never send the password back in the list of targets', async () => {
    const { targets } = await setUp(fakeSafeStorage('kwallet5'));
    await targets.addWebdav({ url: URL, username: 'delegate', password: PASSWORD });
    const listed = JSON.stringify(await targets.list());
    expect(listed).toContain('delegate@dav.example.org');
    for (const encoded of encodings(PASSWORD)) expect(listed).not.toContain(encoded);
  });

  it("ask before keeping a password with Linux's basic_text backend, and store nothing until then", async () => {
    const { targets, storedText, configs } = await setUp(fakeSafeStorage('basic_text'));
    const asked = await targets.addWebdav({ url: URL, username: 'delegate', password: PASSWORD });
    expect(asked).toEqual({ stored: false, reason: 'plaintext-backend' });
    expect(await targets.list()).toEqual([]);
    expect(await storedText()).toBe('');

    const agreed = await targets.addWebdav({
      url: URL,
      username: 'delegate',
      password: PASSWORD,
      allowPlaintext: true,
    });
    expect(agreed).toMatchObject({ stored: true, target: { credentials: 'basic-text' } });
    expect((await targets.list()).map((t) => t.kind === 'webdav' && t.credentials)).toEqual(['basic-text']);
    await targets.transport('target-1');
    expect(configs[0]?.password).toBe(PASSWORD);
  });

  it('ask before keeping a password where the system offers no encryption at all', async () => {
    const { targets, storedText } = await setUp(fakeSafeStorage(null, false), { platform: 'win32' });
    const asked = await targets.addWebdav({ url: URL, username: 'delegate', password: PASSWORD });
    expect(asked).toEqual({ stored: false, reason: 'encryption-unavailable' });
    expect(await storedText()).toBe('');
    const agreed = await targets.addWebdav({
      url: URL,
      username: 'delegate',
      password: PASSWORD,
      allowPlaintext: true,
    });
    expect(agreed).toMatchObject({ stored: true, target: { credentials: 'plaintext' } });
  });

  it('replace the password of a target added again, instead of adding a second one', async () => {
    const { targets, configs } = await setUp(fakeSafeStorage('gnome_libsecret'));
    await targets.addWebdav({ url: URL, username: 'delegate', password: 'first password' });
    await targets.transport('target-1');
    await targets.addWebdav({ url: `${URL}/`, username: 'delegate', password: PASSWORD });
    expect((await targets.list()).map((t) => t.id)).toEqual(['target-1']);
    await targets.transport('target-1');
    expect(configs.map((c) => c.password)).toEqual(['first password', PASSWORD]);
  });

  it('report an unknown target id as a target that is no longer set up', async () => {
    const { targets } = await setUp(fakeSafeStorage('gnome_libsecret'));
    for (const attempt of [() => targets.transport('target-9'), () => targets.remove('target-9')]) {
      const error = await failure(attempt());
      expect(error.code).toBe('missing');
      expect(error.message).toBe(
        'This sync target is no longer set up (it was removed). Choose a target in the sync settings.',
      );
    }
  });

  it('forget a removed target and its password', async () => {
    const { targets, storedText } = await setUp(fakeSafeStorage('gnome_libsecret'));
    await targets.addWebdav({ url: URL, username: 'delegate', password: PASSWORD });
    await targets.remove('target-1');
    expect(await targets.list()).toEqual([]);
    expect(await storedText()).not.toContain('target-1');
    expect((await failure(targets.transport('target-1'))).code).toBe('missing');
  });

  it('ask for the password again when the keyring can no longer open it', async () => {
    const safeStorage = fakeSafeStorage('gnome_libsecret');
    const { targets } = await setUp(safeStorage);
    await targets.addWebdav({ url: URL, username: 'delegate', password: PASSWORD });
    safeStorage.broken = true;
    const error = await failure(targets.transport('target-1'));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toMatch(/saved password for delegate@dav\.example\.org.*can no longer be read/);
    expect(error.message).not.toContain(PASSWORD);
  });

  it('add a folder only when the user picks it in the dialog', async () => {
    const picks: (string | null)[] = [null, '/media/delegate/LIAISON'];
    const { targets } = await setUp(fakeSafeStorage('gnome_libsecret'), {
      chooseFolder: () => Promise.resolve(picks.shift() ?? null),
    });
    expect(await targets.addFolder()).toEqual({ canceled: true });
    expect(await targets.addFolder()).toEqual({
      canceled: false,
      target: { id: 'target-1', kind: 'folder', label: 'LIAISON', path: '/media/delegate/LIAISON' },
    });
  });

  it('report a damaged list of targets and leave the file as it was', async () => {
    const { targets, userDataDir } = await setUp(fakeSafeStorage('gnome_libsecret'));
    const damaged = '{"version":1,"targets":[{"id":"x","kind":"folder"';
    await writeFile(join(userDataDir, TARGETS_FILE), damaged);
    const error = await failure(targets.list());
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/The list of sync targets in .* is damaged/);
    expect((await failure(targets.addWebdav({ url: URL, username: 'd', password: PASSWORD }))).code).toBe(
      'corrupt',
    );
    expect(await readFile(join(userDataDir, TARGETS_FILE), 'utf8')).toBe(damaged);
  });
});
