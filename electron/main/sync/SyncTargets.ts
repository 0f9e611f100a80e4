/**
 * The registry of sync targets in main. The renderer names a target by its id and never passes a folder
 * path or a URL for reading or writing: a folder becomes a target only when the user picks it in the
 * native dialog (so a compromised renderer cannot point sync at ~/.ssh), and a WebDAV password is stored
 * here, encrypted with safeStorage, and never sent back to the renderer. Electron's safeStorage and
 * dialog come in through SyncTargetsOptions, so tests run with fakes.
 */
import { basename } from 'node:path';
import { createUlidFactory } from '../../../shared/domain/ulid';
import type {
  AddFolderTargetResult,
  AddWebdavTargetResult,
  CredentialStorage,
  SyncTargetInfo,
} from '../../../shared/ipc/contract';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import { normalizeWebdavUrl } from '../../../shared/sync/webdavUrl';
import { FolderTransport } from './FolderTransport';
import { SyncTargetFiles, type CredentialRecord, type TargetRecord } from './syncTargetFiles';
import type { TargetTransport } from './TargetTransport';
import { WebdavTransport, type WebdavConfig } from './WebdavTransport';

/** The part of Electron's safeStorage the registry uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only: `basic_text` means no keyring, only a fixed, public key. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface WebdavTargetRequest {
  url: string;
  username: string;
  password: string;
  allowPlaintext?: boolean;
}

export interface SyncTargetsOptions {
  userDataDir: string;
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  /** The native folder dialog; null when canceled. */
  chooseFolder(title?: string): Promise<string | null>;
  createFolderTransport?: (path: string) => TargetTransport;
  createWebdavTransport?: (config: WebdavConfig) => TargetTransport;
  newId?: () => string;
}

/** What the IPC handlers need; SyncTargets implements it. */
export interface SyncTargetsService {
  list(): Promise<SyncTargetInfo[]>;
  addFolder(title?: string): Promise<AddFolderTargetResult>;
  addWebdav(request: WebdavTargetRequest): Promise<AddWebdavTargetResult>;
  remove(id: string): Promise<void>;
  /** The transport of a target; throws a SyncTargetError for an unknown id or an unreadable password. */
  transport(id: string): Promise<TargetTransport>;
}

export class SyncTargets implements SyncTargetsService {
  private readonly files: SyncTargetFiles;
  private readonly newId: () => string;
  private readonly transports = new Map<string, TargetTransport>();
  /** Changes run one after the other, so two quick adds cannot overwrite each other's file. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SyncTargetsOptions) {
    this.files = new SyncTargetFiles(options.userDataDir);
    this.newId = options.newId ?? createUlidFactory();
  }

  async list(): Promise<SyncTargetInfo[]> {
    return (await this.files.readTargets()).map(toInfo);
  }

  addFolder(title?: string): Promise<AddFolderTargetResult> {
    return this.serialized(async () => {
      const targets = await this.files.readTargets();
      const path = await this.options.chooseFolder(title);
      if (path === null) return { canceled: true };
      const existing = targets.find((t) => t.kind === 'folder' && t.path === path);
      if (existing) return { canceled: false, target: toInfo(existing) };
      const target: TargetRecord = { id: this.newId(), kind: 'folder', label: basename(path) || path, path };
      await this.files.writeTargets([...targets, target]);
      return { canceled: false, target: toInfo(target) };
    });
  }

  addWebdav(request: WebdavTargetRequest): Promise<AddWebdavTargetResult> {
    return this.serialized(async () => {
      const storage = this.credentialStorage();
      if (storage !== 'os-keyring' && request.allowPlaintext !== true) {
        return {
          stored: false,
          reason: storage === 'basic-text' ? 'plaintext-backend' : 'encryption-unavailable',
        };
      }
      const targets = await this.files.readTargets();
      const credentials = await this.files.readCredentials();
      const url = normalizeWebdavUrl(request.url);
      const { username } = request;
      const existing = targets.find((t) => t.kind === 'webdav' && t.url === url && t.username === username);
      const id = existing?.id ?? this.newId();
      const target: TargetRecord = {
        id,
        kind: 'webdav',
        label: webdavLabel(url, username),
        url,
        username,
        credentials: storage,
      };
      // The password first: a target is never listed without one.
      await this.files.writeCredentials({ ...credentials, [id]: this.seal(request.password, storage) });
      await this.files.writeTargets(
        existing ? targets.map((t) => (t.id === id ? target : t)) : [...targets, target],
      );
      this.transports.delete(id);
      return { stored: true, target: toInfo(target) };
    });
  }

  remove(id: string): Promise<void> {
    return this.serialized(async () => {
      const targets = await this.files.readTargets();
      if (!targets.some((t) => t.id === id)) throw unknownTarget();
      await this.files.writeTargets(targets.filter((t) => t.id !== id));
      this.transports.delete(id);
      const credentials = await this.files.readCredentials();
      if (id in credentials) {
        const { [id]: _removed, ...rest } = credentials;
        await this.files.writeCredentials(rest);
      }
    });
  }

  async transport(id: string): Promise<TargetTransport> {
    const cached = this.transports.get(id);
    if (cached) return cached;
    const target = (await this.files.readTargets()).find((t) => t.id === id);
    if (!target) throw unknownTarget();
    const transport =
      target.kind === 'folder'
        ? (this.options.createFolderTransport ?? ((path) => new FolderTransport(path)))(target.path)
        : (this.options.createWebdavTransport ?? ((config) => new WebdavTransport(config)))({
            url: target.url,
            username: target.username,
            password: await this.password(target),
          });
    this.transports.set(id, transport);
    return transport;
  }

  private credentialStorage(): CredentialStorage {
    const { safeStorage, platform } = this.options;
    if (!safeStorage.isEncryptionAvailable()) return 'plaintext';
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text')
      return 'basic-text';
    return 'os-keyring';
  }

  private seal(password: string, storage: CredentialStorage): CredentialRecord {
    const bytes =
      storage === 'plaintext'
        ? Buffer.from(password, 'utf8')
        : this.options.safeStorage.encryptString(password);
    return { storage, secret: bytes.toString('base64') };
  }

  private async password(target: Extract<TargetRecord, { kind: 'webdav' }>): Promise<string> {
    const record = (await this.files.readCredentials())[target.id];
    try {
      if (!record) throw new Error('no saved password');
      const bytes = Buffer.from(record.secret, 'base64');
      return record.storage === 'plaintext'
        ? bytes.toString('utf8')
        : this.options.safeStorage.decryptString(bytes);
    } catch (error) {
      throw new SyncTargetError(
        'unauthorized',
        `The saved password for ${target.label} can no longer be read (the system keyring may have changed). Enter the password again in the sync settings.`,
        { cause: error },
      );
    }
  }

  private serialized<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

function unknownTarget(): SyncTargetError {
  return new SyncTargetError(
    'missing',
    'This sync target is no longer set up (it was removed). Choose a target in the sync settings.',
  );
}

function webdavLabel(url: string, username: string): string {
  const { host, pathname } = new URL(url);
  return `${username}@${host}${pathname.replace(/\/$/, '')}`.slice(0, 300);
}

function toInfo(target: TargetRecord): SyncTargetInfo {
  return target.kind === 'folder'
    ? { id: target.id, kind: 'folder', label: target.label, path: target.path }
    : {
        id: target.id,
        kind: 'webdav',
        label: target.label,
        url: target.url,
        username: target.username,
        credentials: target.credentials,
      };
}
