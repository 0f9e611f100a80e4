/**
 * The behaviour every WebDAV server must show through WebdavTransport, run once per real server (one test
 * file each, so the servers start once per file and the files run in parallel). Each test works in a base
 * collection of its own on the shared server, so tests do not see each other's files.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebdavTransport, type WebdavConfig } from '../../../../electron/main/sync/WebdavTransport';
import { MAX_SYNC_FILE_BYTES } from '../../../../shared/ipc/contract';
import {
  startWebdavServer,
  webdavServerUnavailable,
  type WebdavServer,
  type WebdavServerKind,
} from '../../../support/webdavServers';
import { startFaultProxy, type FaultProxy } from './faultProxy';
import { bytes, failure, filesOnDisk, fingerprint } from './targetTestHelpers';

const SEGMENT = 'devices/laptop-a/seg-000001';
const HEAD = 'devices/laptop-a/head.json';
const BLOB_SHA = 'ab'.repeat(32);

export function describeWebdavTarget(kind: WebdavServerKind): void {
  const unavailable = webdavServerUnavailable(kind);
  if (unavailable) console.warn(`Skipping the ${kind} WebDAV tests: ${unavailable}`);

  describe.skipIf(unavailable !== null)(`a WebDAV target on ${kind}`, () => {
    let server: WebdavServer;
    let proxy: FaultProxy;
    let collections = 0;

    beforeAll(async () => {
      server = await startWebdavServer(kind);
      proxy = await startFaultProxy(server.url);
    }, 20_000);

    afterAll(async () => {
      await proxy?.close();
      await server?.stop();
    });

    /** A fresh, empty base collection on the server: its name, and its folder on disk. */
    async function collection(): Promise<{ name: string; dir: string }> {
      const name = `target-${++collections}`;
      const response = await fetch(`${server.url}${name}/`, {
        method: 'MKCOL',
        headers: { authorization: `Basic ${btoa(`${server.username}:${server.password}`)}` },
      });
      expect(response.status).toBe(201);
      return { name, dir: join(server.dataDir, name) };
    }

    function transport(base: string, overrides: Partial<WebdavConfig> = {}): WebdavTransport {
      return new WebdavTransport({
        url: base,
        username: server.username,
        password: server.password,
        idleTimeoutMs: 5_000,
        ...overrides,
      });
    }

    it('writes, reads back and lists files in nested folders, creating the folders on the way', async () => {
      const { name, dir } = await collection();
      const target = transport(`${server.url}${name}/`);
      const everyByte = new Uint8Array(256).map((_, i) => i);
      await target.write('liaison-archive.json', bytes('{"archive":"x"}'));
      await target.write(HEAD, bytes('{"segments":[]}'));
      await target.write(SEGMENT, everyByte);
      await target.write(`blobs/${BLOB_SHA}`, bytes('attachment'));

      expect(await target.read(SEGMENT)).toEqual(everyByte);
      expect(await target.read(HEAD)).toEqual(bytes('{"segments":[]}'));
      expect(await target.read(`blobs/${BLOB_SHA}`)).toEqual(bytes('attachment'));
      expect(await target.list('devices')).toEqual(['laptop-a']);
      expect(await target.list('devices/laptop-a')).toEqual(['head.json', 'seg-000001']);
      expect(await target.list('blobs')).toEqual([BLOB_SHA]);
      // The server holds exactly these files, with these bytes: no temp file stayed behind.
      expect(await filesOnDisk(dir)).toEqual(
        [`blobs/${BLOB_SHA}`, HEAD, SEGMENT, 'liaison-archive.json'].sort(),
      );
      expect(new Uint8Array(await readFile(join(dir, SEGMENT)))).toEqual(everyByte);
    });

    it('replaces a file whole when it is written again, shorter or longer', async () => {
      const { name, dir } = await collection();
      const target = transport(`${server.url}${name}/`);
      await target.write(HEAD, bytes('a long first version of the head file'));
      await target.write(HEAD, bytes('short'));
      expect(await target.read(HEAD)).toEqual(bytes('short'));
      await target.write(HEAD, bytes('a longer third version'));
      expect(await target.read(HEAD)).toEqual(bytes('a longer third version'));
      expect(await filesOnDisk(dir)).toEqual([HEAD]);
    });

    it('reads a missing file as null and lists a missing folder as empty', async () => {
      const { name } = await collection();
      const target = transport(`${server.url}${name}/`);
      expect(await target.read('devices/nobody/head.json')).toBeNull();
      expect(await target.read('liaison-archive.json')).toBeNull();
      expect(await target.list('devices')).toEqual([]);
      expect(await target.list('devices/nobody')).toEqual([]);
    });

    it('refuses to read a file larger than any file Liaison writes, as corrupt', async () => {
      const { name, dir } = await collection();
      await mkdir(join(dir, 'devices/laptop-a'), { recursive: true });
      // Sparse: the server announces 64 MiB + 1 without the disk holding them.
      await writeFile(join(dir, SEGMENT), '');
      await truncate(join(dir, SEGMENT), MAX_SYNC_FILE_BYTES + 1);
      const base = `${server.url}${name}/`;
      const error = await failure(transport(base).read(SEGMENT));
      expect(error.code).toBe('corrupt');
      expect(error.message).toBe(
        `${SEGMENT} on ${base} is larger than any file Liaison writes. Check the WebDAV folder.`,
      );
    });

    it('reports a wrong password as unauthorized, without repeating the password', async () => {
      const { name } = await collection();
      const wrong = 'not-the-password-123';
      const target = transport(`${server.url}${name}/`, { password: wrong });
      for (const attempt of [
        () => target.read(HEAD),
        () => target.write(HEAD, bytes('x')),
        () => target.list('devices'),
        () => target.probe(),
      ]) {
        const error = await failure(attempt());
        expect(error.code).toBe('unauthorized');
        expect(error.message).toMatch(/refused the user name or password for delegate/);
        expect(error.message).not.toContain(wrong);
      }
    });

    it('reports a base folder that does not exist as missing, and does not create it', async () => {
      const base = `${server.url}no-such-folder/`;
      const target = transport(base);
      for (const attempt of [
        () => target.read(HEAD),
        () => target.list('devices'),
        () => target.write(SEGMENT, bytes('x')),
        () => target.write('liaison-archive.json', bytes('{}')),
        () => target.probe(),
      ]) {
        const error = await failure(attempt());
        expect(error.code).toBe('missing');
        expect(error.message).toBe(
          `The folder ${base} does not exist on the WebDAV server. Check the address in the sync settings.`,
        );
      }
      expect(existsSync(join(server.dataDir, 'no-such-folder'))).toBe(false);
    });

    it('reports a server that was stopped as unreachable', async () => {
      const own = await startWebdavServer(kind);
      const target = new WebdavTransport({ url: own.url, username: own.username, password: own.password });
      await target.write(HEAD, bytes('before the server stopped'));
      await own.stop();
      for (const attempt of [
        () => target.read(HEAD),
        () => target.write(HEAD, bytes('x')),
        () => target.list('devices'),
      ]) {
        const error = await failure(attempt());
        expect(error.code).toBe('unreachable');
        expect(error.message).toBe(
          `Could not reach the WebDAV server at ${own.url} (ECONNREFUSED). Check the network connection and the address.`,
        );
      }
    }, 20_000);

    describe('when the server fails in the middle of an upload', () => {
      it.each([500, 503])(
        'reports a %i to the upload as a server error, keeps the old file and succeeds on retry',
        async (status) => {
          const { name, dir } = await collection();
          const target = transport(`${proxy.url}${name}/`);
          await target.write(SEGMENT, bytes('version one'));
          const applied = proxy.applied;
          proxy.failNext('PUT', { kind: 'status', status });
          const error = await failure(target.write(SEGMENT, bytes('version two, longer')));
          expect(proxy.applied).toBe(applied + 1);
          expect(error.code).toBe('server');
          expect(error.message).toBe(
            `The WebDAV server at ${proxy.url}${name}/ answered with an error (${status}) while Liaison tried to write ${SEGMENT}. Nothing was lost; try again later.`,
          );
          expect(await target.read(SEGMENT)).toEqual(bytes('version one'));
          expect(await filesOnDisk(dir)).toEqual([SEGMENT]);

          await target.write(SEGMENT, bytes('version two, longer'));
          expect(await target.read(SEGMENT)).toEqual(bytes('version two, longer'));
          expect(await filesOnDisk(dir)).toEqual([SEGMENT]);
        },
      );

      it('reports a 500 to the final move as a server error, keeps the old file and leaves no temp file', async () => {
        const { name, dir } = await collection();
        const target = transport(`${proxy.url}${name}/`);
        await target.write(HEAD, bytes('version one'));
        const applied = proxy.applied;
        proxy.failNext('MOVE', { kind: 'status', status: 500 });
        const error = await failure(target.write(HEAD, bytes('version two')));
        expect(proxy.applied).toBe(applied + 1);
        expect(error.code).toBe('server');
        expect(error.message).toMatch(/answered with an error \(500\).*Nothing was lost/);
        expect(await target.read(HEAD)).toEqual(bytes('version one'));
        expect(await target.list('devices/laptop-a')).toEqual(['head.json']);
        expect(await filesOnDisk(dir)).toEqual([HEAD]);
        await target.write(HEAD, bytes('version two'));
        expect(await target.read(HEAD)).toEqual(bytes('version two'));
      });

      it('keeps the old file whole when the connection drops mid-upload, and succeeds on retry', async () => {
        const { name, dir } = await collection();
        const target = transport(`${proxy.url}${name}/`);
        const first = randomBytes(64 * 1024);
        const second = randomBytes(256 * 1024);
        await target.write(SEGMENT, first);
        const applied = proxy.applied;
        proxy.failNext('PUT', { kind: 'cut', afterBytes: 100 * 1024 });
        const error = await failure(target.write(SEGMENT, second));
        expect(proxy.applied).toBe(applied + 1);
        expect(error.code).toBe('unreachable');
        expect(error.message).toMatch(
          new RegExp(
            `connection to the WebDAV server at .* broke off while Liaison tried to write ${SEGMENT}`,
          ),
        );
        // Under its final name the file is the old one, whole; whatever part arrived is never listed.
        expect(fingerprint(await readFile(join(dir, SEGMENT)))).toBe(fingerprint(first));
        expect(fingerprint(await target.read(SEGMENT))).toBe(fingerprint(first));
        expect(await target.list('devices/laptop-a')).toEqual(['seg-000001']);

        await target.write(SEGMENT, second);
        expect(fingerprint(await target.read(SEGMENT))).toBe(fingerprint(second));
      });
    });
  });
}
