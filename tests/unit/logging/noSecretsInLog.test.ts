/**
 * The log must never hold a passphrase, a password or note text. This drives the real IPC handlers
 * (through the registry, with the file logger main uses) with requests that carry marker strings in
 * every place they could leak from: a WebDAV password that is stored, rejected as too long or put in the
 * URL; note text in refused writes, prints and over-long names; a passphrase in an unknown field; a
 * request from a foreign frame; a sync target that cannot be reached. It then also hands secrets straight
 * to the logger, as a careless caller would. Every log file, rotated ones included, is read byte by byte:
 * no marker, in any common encoding, may appear.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileGrants } from '../../../electron/main/files/fileGrants';
import { createIpcRegistry, type IpcMainLike } from '../../../electron/main/ipc/createIpcRegistry';
import { registerHandlers } from '../../../electron/main/ipc/registerHandlers';
import { createLogger } from '../../../electron/main/logging/Logger';
import { RotatingLog } from '../../../electron/main/logging/RotatingLog';
import { SyncTargets, type SafeStorageLike } from '../../../electron/main/sync/SyncTargets';
import { reliabilityLog } from '../fuzz/reliabilityLog';

const leaks = reliabilityLog(import.meta.url, 'Nothing leaked', 'The log (userData/logs)');

const PASSWORD = 'pw-CANARY-7f3a9c1e';
const PASSPHRASE = 'pp-CANARY-b41e0d77';
const NOTE = 'note-CANARY-ស្វាគមន៍-ສະບາຍດີ-52d1';
const MARKERS = { password: PASSWORD, passphrase: PASSPHRASE, note: NOTE };

type Listener = Parameters<IpcMainLike['handle']>[1];
const appEvent = {
  senderFrame: { url: 'app://liaison/index.html', parent: null },
} as unknown as IpcMainInvokeEvent;
const foreignEvent = {
  senderFrame: { url: `https://evil.example/${encodeURIComponent(NOTE)}`, parent: null },
} as unknown as IpcMainInvokeEvent;

/** A keyring that really encrypts, so the stored password is not readable either. */
function keyringSafeStorage(): SafeStorageLike {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (text) => {
      const iv = randomBytes(16);
      const cipher = createCipheriv('aes-256-cbc', key, iv);
      return Buffer.concat([iv, cipher.update(text, 'utf8'), cipher.final()]);
    },
    decryptString: (bytes) => {
      const decipher = createDecipheriv('aes-256-cbc', key, bytes.subarray(0, 16));
      return Buffer.concat([decipher.update(bytes.subarray(16)), decipher.final()]).toString('utf8');
    },
  };
}

let logsDir = '';
let logText = '';
/** How much was logged and searched, for the reliability report. */
let logFiles = 0;
let ipcRequests = 0;

beforeAll(async () => {
  const userData = await mkdtemp(join(tmpdir(), 'liaison-nosecrets-'));
  logsDir = join(userData, 'logs');
  // Small files, so the events spread over rotated files too.
  const log = createLogger(new RotatingLog({ dir: logsDir, maxBytes: 1024, maxFiles: 50 }));
  const listeners = new Map<string, Listener>();
  const registry = createIpcRegistry(
    { handle: (channel, listener) => void listeners.set(channel, listener) },
    (frame) => frame?.url.startsWith('app://liaison/') === true,
    log,
  );
  registerHandlers(registry, {
    grants: new FileGrants(),
    appInfo: () => {
      throw new Error('not used');
    },
    setLanguage: () => undefined,
    documentsFolder: () => userData,
    showSaveDialog: () => Promise.resolve(null),
    showFolderDialog: () => Promise.resolve(null),
    printPdf: () => Promise.reject(new Error(`printing failed on ${NOTE}`)),
    syncTargets: new SyncTargets({
      userDataDir: userData,
      safeStorage: keyringSafeStorage(),
      platform: 'linux',
      chooseFolder: () => Promise.resolve(null),
    }),
    log,
  });
  const call = (channel: string, request: unknown, event = appEvent) => {
    ipcRequests++;
    return listeners.get(channel)!(event, request);
  };

  const added = (await call('sync:add-webdav', {
    url: 'http://127.0.0.1:9/dav/',
    username: 'rep',
    password: PASSWORD,
  })) as {
    ok: boolean;
    value: { stored: boolean; target: { id: string } };
  };
  expect(added).toMatchObject({ ok: true, value: { stored: true } });
  const results = [
    await call('sync:test-target', { id: added.value.target.id }),
    await call('sync:add-webdav', {
      url: `http://rep:${PASSWORD}@127.0.0.1/dav/`,
      username: 'rep',
      password: PASSWORD,
    }),
    await call('sync:add-webdav', {
      url: 'http://127.0.0.1/dav/',
      username: 'rep',
      password: PASSWORD.repeat(100),
    }),
    await call('sync:add-webdav', {
      url: 'http://127.0.0.1/dav/',
      username: `${PASSWORD}:x`,
      password: PASSWORD,
    }),
    await call('sync:add-webdav', {
      url: 'http://127.0.0.1/dav/',
      username: 'rep',
      password: PASSWORD,
      passphrase: PASSPHRASE,
    }),
    await call('file:write-atomic', { path: join(userData, 'minutes.txt'), data: NOTE }),
    await call('file:write-atomic', { path: join(userData, 'minutes.txt'), data: NOTE, notes: NOTE }),
    await call('document:print-pdf', { html: `<p>${NOTE}</p>`, path: join(userData, 'minutes.pdf') }),
    await call('dialog:save-file', { defaultName: NOTE.repeat(20) }),
    await call('sync:write', {
      targetId: added.value.target.id,
      path: `../${NOTE}`,
      data: new TextEncoder().encode(NOTE),
    }),
    await call(
      'sync:add-webdav',
      { url: 'http://127.0.0.1/dav/', username: 'rep', password: PASSWORD },
      foreignEvent,
    ),
  ];
  // Each of these was refused or failed, so each had a reason to be logged.
  expect(results[0]).toMatchObject({ ok: true, value: { ok: false } });
  for (const result of results.slice(1)) expect(result).toMatchObject({ ok: false });

  // A careless caller: the redaction guard has to catch this.
  log.warn('test.careless-caller', {
    password: PASSWORD,
    passphrase: PASSPHRASE,
    webdavPassword: PASSWORD,
    minutes: NOTE,
    outcomes: [NOTE],
    agreement: { scope: NOTE, agenda: NOTE, notes: { text: NOTE } },
    failure: new Error(`could not save ${NOTE} with ${PASSPHRASE}`),
  });
  log.info(NOTE);

  const files = await readdir(logsDir);
  logFiles = files.length;
  logText = (await Promise.all(files.map((file) => readFile(join(logsDir, file), 'utf8')))).join('');
});

describe('the log', () => {
  it('recorded every refusal and failure, by channel, code and field', () => {
    expect(logText).toContain('sync.webdav-added {"stored":true');
    expect(logText).toMatch(/sync\.target-test-failed \{"id":"[^"]+","reason":"unreachable"\}/);
    expect(logText).toContain(
      'ipc.bad-request {"channel":"sync:add-webdav","issues":[{"path":"password","code":"too_big"}]}',
    );
    expect(logText).toContain(
      'ipc.bad-request {"channel":"sync:add-webdav","issues":[{"path":"url","code":"custom"}]}',
    );
    expect(logText).toContain(
      'ipc.failed {"channel":"file:write-atomic","code":"not-permitted","reason":null}',
    );
    expect(logText).toContain('ipc.failed {"channel":"document:print-pdf","code":"not-permitted"');
    expect(logText).toContain(
      'ipc.forbidden-sender {"channel":"sync:add-webdav","origin":"https://evil.example"}',
    );
    expect(logText).toContain('"password":"[redacted: 18 chars]"');
  });

  it('spread over rotated files, every one of which was searched', async () => {
    expect((await readdir(logsDir)).length).toBeGreaterThan(1);
  });

  leaks.check(
    'never contains the passphrase, a password or note text, in any common encoding, even in part',
    ({ details }) => {
      const hits: string[] = [];
      const forms = (marker: string) => {
        const bytes = Buffer.from(marker, 'utf8');
        return {
          utf8: marker,
          uri: encodeURIComponent(marker),
          json: JSON.stringify(marker).slice(1, -1),
          base64: bytes.toString('base64'),
          hex: bytes.toString('hex'),
        };
      };
      for (const [name, marker] of Object.entries(MARKERS))
        for (const [encoding, encoded] of Object.entries(forms(marker)))
          if (logText.includes(encoded)) hits.push(`${name} as ${encoding}`);
      // Even a fragment (the tail that survives a cut) is absent.
      if (logText.includes('CANARY')) hits.push('the fragment CANARY');
      Object.assign(details, {
        markers: Object.keys(MARKERS).length,
        ipcRequests,
        logFiles,
        linesSearched: logText.split('\n').filter(Boolean).length,
        bytesSearched: Buffer.byteLength(logText),
        encodings: Object.keys(forms('')).join(', '),
        hits: hits.length,
      });
      expect(hits).toEqual([]);
    },
  );
});
