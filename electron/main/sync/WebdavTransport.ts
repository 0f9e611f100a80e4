/**
 * A sync target on a WebDAV server (Nextcloud, ownCloud, Apache mod_dav, rclone, a NAS), through the
 * `webdav` client. A file is uploaded under a temporary name and then MOVEd onto its final name, so a
 * reader sees the old file or the new one, never half an upload. Missing collections are created on the
 * way (servers answer a PUT into a missing folder with 404 or 409). Requests go only to the configured
 * URL: redirects are refused, and every path is checked against the sync patterns first.
 */
import { AuthType, createClient, getPatcher, type WebDAVClient } from 'webdav';
import { MAX_SYNC_FILE_BYTES } from '../../../shared/ipc/contract';
import { isSyncFilePath, isSyncFolderPath } from '../../../shared/sync/syncPaths';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import {
  describeWebdavError,
  RedirectRefusedError,
  TooLargeError,
  webdavMissing,
  type WebdavOperation,
} from './describeWebdavError';
import { isTempName, probeName, tempNameFor, type TargetTransport } from './TargetTransport';

export interface WebdavConfig {
  /** The base collection, http:// or https://, without credentials. */
  url: string;
  username: string;
  password: string;
  /** How long the server may stay silent before a request fails (default 30 s). */
  idleTimeoutMs?: number;
  /** The slowest upload speed still waited for, in bytes per second (default 32 KiB/s). */
  minUploadBytesPerSecond?: number;
}

const DEFAULT_IDLE_TIMEOUT_MS = 30_000;
const DEFAULT_MIN_UPLOAD_RATE = 32 * 1024;

installRedirectRefusal();

export class WebdavTransport implements TargetTransport {
  private readonly client: WebDAVClient;
  private readonly idleTimeoutMs: number;
  private readonly minUploadRate: number;
  /** The base collection answered once; later 404s are about files, not about the target. */
  private baseSeen = false;

  constructor(private readonly config: WebdavConfig) {
    this.client = createClient(config.url, {
      username: config.username,
      password: config.password,
      authType: AuthType.Password,
    });
    this.idleTimeoutMs = config.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    this.minUploadRate = config.minUploadBytesPerSecond ?? DEFAULT_MIN_UPLOAD_RATE;
  }

  async read(path: string): Promise<Uint8Array | null> {
    checkPath(path, isSyncFilePath);
    return this.guard('read', path, async () => {
      const idle = new IdleTimer(this.idleTimeoutMs);
      try {
        const response = await this.client.customRequest(path, { method: 'GET', signal: idle.signal });
        this.baseSeen = true;
        return await readCapped(response, idle);
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
        await this.ensureBase();
        return null;
      } finally {
        idle.stop();
      }
    });
  }

  async write(path: string, data: Uint8Array): Promise<void> {
    checkPath(path, isSyncFilePath);
    const body = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const cut = path.lastIndexOf('/');
    const folder = cut < 0 ? '' : path.slice(0, cut);
    const temp = `${folder === '' ? '' : `${folder}/`}${tempNameFor(path.slice(cut + 1))}`;
    await this.guard('write', path, async () => {
      try {
        await this.upload(temp, body, folder);
        await this.client.moveFile(temp, path, { overwrite: true, signal: this.timeout() });
      } catch (error) {
        // A failed PUT or MOVE may have left (part of) the body under the temp name.
        await this.client.deleteFile(temp, { signal: this.timeout() }).catch(() => undefined);
        throw error;
      }
    });
  }

  async list(folder: string): Promise<string[]> {
    checkPath(folder, isSyncFolderPath);
    return this.guard('list', folder, async () => {
      try {
        const entries = await this.client.getDirectoryContents(folder, { signal: this.timeout() });
        this.baseSeen = true;
        return entries
          .map((entry) => entry.basename)
          .filter((name) => name !== '' && !isTempName(name))
          .sort();
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
        await this.ensureBase();
        return [];
      }
    });
  }

  async probe(): Promise<void> {
    await this.guard('list', '', () => this.ensureBase(true));
    const probe = probeName();
    await this.guard('write', '', async () => {
      await this.client.putFileContents(probe, Buffer.from('Liaison checks that it can write here.'), {
        signal: this.timeout(),
      });
      await this.client.deleteFile(probe, { signal: this.timeout() });
    });
  }

  /** PUTs a file, creating its folders when the server says they are missing (404 or 409). */
  private async upload(path: string, body: Buffer, folder: string): Promise<void> {
    const put = () =>
      this.client.putFileContents(path, body, { overwrite: true, signal: this.timeout(body.byteLength) });
    try {
      await put();
    } catch (error) {
      const status = statusOf(error);
      if (status !== 404 && status !== 409) throw error;
      // A file at the root has no folder to create: its parent is the base collection itself.
      if (folder === '') {
        await this.ensureBase(true);
        throw error;
      }
      await this.makeCollections(folder);
      await put();
    }
    this.baseSeen = true;
  }

  private async makeCollections(folder: string): Promise<void> {
    const parts = folder.split('/');
    for (let depth = 1; depth <= parts.length; depth++) {
      const collection = parts.slice(0, depth).join('/');
      try {
        await this.client.createDirectory(collection, { signal: this.timeout() });
      } catch (error) {
        const status = statusOf(error);
        // 405: it exists already. 409 on the first level: the base collection itself is missing.
        if (status === 405) continue;
        if (status === 409 && depth === 1) throw webdavMissing(this.config.url);
        throw error;
      }
    }
  }

  /** Throws `missing` when the base collection is not there (checked once, or always when `force`). */
  private async ensureBase(force = false): Promise<void> {
    if (this.baseSeen && !force) return;
    try {
      await this.client.stat('/', { signal: this.timeout() });
    } catch (error) {
      if (statusOf(error) === 404) throw webdavMissing(this.config.url);
      throw error;
    }
    this.baseSeen = true;
  }

  private timeout(bytes = 0): AbortSignal {
    return AbortSignal.timeout(this.idleTimeoutMs + Math.ceil((bytes / this.minUploadRate) * 1000));
  }

  private async guard<T>(operation: WebdavOperation, path: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw describeWebdavError(error, {
        operation,
        url: this.config.url,
        username: this.config.username,
        path,
      });
    }
  }
}

function checkPath(path: string, allowed: (path: unknown) => path is string): void {
  if (!allowed(path)) {
    throw new SyncTargetError('failed', `"${String(path).slice(0, 200)}" is not a path Liaison syncs.`);
  }
}

function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

/** Aborts a request when the server sends nothing for a while; every chunk received restarts the clock. */
class IdleTimer {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly signal = this.controller.signal;

  constructor(private readonly ms: number) {
    this.touch();
  }

  touch(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => this.controller.abort(new DOMException('The server stopped answering', 'TimeoutError')),
      this.ms,
    );
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

/** Reads a response body, refusing more than MAX_SYNC_FILE_BYTES whatever the server claims. */
async function readCapped(response: unknown, idle: IdleTimer): Promise<Uint8Array> {
  const { headers, body } = response as {
    headers: { get(name: string): string | null };
    body: AsyncIterable<Uint8Array> | null;
  };
  if (Number(headers.get('content-length') ?? 0) > MAX_SYNC_FILE_BYTES) throw new TooLargeError();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body ?? []) {
    idle.touch();
    total += chunk.byteLength;
    if (total > MAX_SYNC_FILE_BYTES) throw new TooLargeError();
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The client follows redirects by default, which could take requests (and the password) to another
 * host. Route its requests through Node's fetch with redirects turned into errors instead. The patcher is
 * global to the `webdav` module, and this transport is its only user.
 */
function installRedirectRefusal(): void {
  const patcher = getPatcher();
  if (patcher.isPatched('fetch')) return;
  patcher.patch('fetch', async (...args: unknown[]) => {
    const [url, options] = args as [string, RequestInit];
    const response = await fetch(url, { ...options, redirect: 'manual' });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      throw new RedirectRefusedError(response.headers.get('location'));
    }
    return response;
  });
}
