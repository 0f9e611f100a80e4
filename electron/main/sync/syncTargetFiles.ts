/**
 * The two files that hold the sync targets in userData: `sync-targets.json` (what the targets are; no
 * secrets) and `sync-credentials.json` (WebDAV passwords, encrypted with safeStorage wherever the system
 * can). Both are written atomically and validated when read; a damaged file is reported and left exactly
 * as it was, never silently replaced by an empty list. They are read with the archive's bounded JSON
 * parser, so a file that is huge, deeply nested, not UTF-8 or holds a `__proto__` key is refused with
 * what is wrong rather than parsed whole or half-accepted.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ArchiveError } from '../../../shared/formats/archive/archiveIssue';
import { FORBIDDEN_KEYS } from '../../../shared/formats/archive/archiveLimits';
import { parseJsonSafely } from '../../../shared/formats/archive/parseJsonSafely';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import { webdavUrlProblem } from '../../../shared/sync/webdavUrl';
import { writeFileAtomic } from '../files/writeFileAtomic';

export const TARGETS_FILE = 'sync-targets.json';
export const CREDENTIALS_FILE = 'sync-credentials.json';

/** An id is a key of the passwords file, so never one that names a prototype. */
const id = z
  .string()
  .regex(/^[0-9A-Za-z_-]{1,64}$/)
  .refine((value) => !FORBIDDEN_KEYS.has(value), 'not an id');
const label = z.string().min(1).max(300);
const credentialStorage = z.enum(['os-keyring', 'basic-text', 'plaintext']);

const folderTarget = z
  .object({ id, kind: z.literal('folder'), label, path: z.string().min(1).max(4096) })
  .strict();
const webdavTarget = z
  .object({
    id,
    kind: z.literal('webdav'),
    label,
    url: z.string().refine((url) => webdavUrlProblem(url) === null, 'Not a WebDAV address'),
    username: z.string().min(1).max(256),
    credentials: credentialStorage,
  })
  .strict();
export const targetsFile = z
  .object({
    version: z.literal(1),
    targets: z.array(z.discriminatedUnion('kind', [folderTarget, webdavTarget])),
  })
  .strict();

export const credentialsFile = z
  .object({
    version: z.literal(1),
    passwords: z.record(id, z.object({ storage: credentialStorage, secret: z.base64() }).strict()),
  })
  .strict();

export type TargetRecord = z.infer<typeof folderTarget> | z.infer<typeof webdavTarget>;
export type CredentialRecord = z.infer<typeof credentialsFile>['passwords'][string];
export type Credentials = Record<string, CredentialRecord>;

export class SyncTargetFiles {
  constructor(private readonly userDataDir: string) {}

  get targetsPath(): string {
    return join(this.userDataDir, TARGETS_FILE);
  }

  get credentialsPath(): string {
    return join(this.userDataDir, CREDENTIALS_FILE);
  }

  async readTargets(): Promise<TargetRecord[]> {
    const data = await readJson(this.targetsPath, targetsFile, 'The list of sync targets');
    return data?.targets ?? [];
  }

  async writeTargets(targets: TargetRecord[]): Promise<void> {
    await writeFileAtomic(this.targetsPath, `${JSON.stringify({ version: 1, targets }, null, 2)}\n`);
  }

  async readCredentials(): Promise<Credentials> {
    const data = await readJson(this.credentialsPath, credentialsFile, 'The saved sync passwords');
    return data?.passwords ?? {};
  }

  async writeCredentials(passwords: Credentials): Promise<void> {
    await writeFileAtomic(this.credentialsPath, `${JSON.stringify({ version: 1, passwords }, null, 2)}\n`);
  }
}

/** Both files hold a few kilobytes; one far larger is not one Liaison wrote. */
export const MAX_TARGET_FILE_BYTES = 1024 * 1024;
const JSON_LIMITS = { maxDepth: 8, maxStringLength: 65_536 };
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's validated content, null when there is no file yet. */
async function readJson<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T | null> {
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).size > MAX_TARGET_FILE_BYTES) throw damaged(what, path, 'it is larger than 1 MiB');
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof SyncTargetError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SyncTargetError('failed', `${what} (${path}) could not be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw damaged(what, path, 'it is not UTF-8 text');
  }
  let value: unknown;
  try {
    value = parseJsonSafely(text, path, JSON_LIMITS);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    const first = error.issues[0]!;
    throw damaged(what, path, [first.path, first.reason].filter(Boolean).join(': '));
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw damaged(what, path, `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}`);
}

function damaged(what: string, path: string, problem: string): SyncTargetError {
  return new SyncTargetError(
    'corrupt',
    `${what} in ${path} is damaged (${problem}). Liaison left the file as it is: restore it from a backup, or move it away to set up the sync targets again.`,
  );
}
