/**
 * The two files that hold the sync targets in userData: `sync-targets.json` (what the targets are; no
 * secrets) and `sync-credentials.json` (WebDAV passwords, encrypted with safeStorage wherever the system
 * can). Both are written atomically and validated when read; a damaged file is reported and left exactly
 * as it was, never silently replaced by an empty list.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import { webdavUrlProblem } from '../../../shared/sync/webdavUrl';
import { writeFileAtomic } from '../files/writeFileAtomic';

export const TARGETS_FILE = 'sync-targets.json';
export const CREDENTIALS_FILE = 'sync-credentials.json';

const id = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/);
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
const targetsFile = z
  .object({
    version: z.literal(1),
    targets: z.array(z.discriminatedUnion('kind', [folderTarget, webdavTarget])),
  })
  .strict();

const credentialsFile = z
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

/** The file's validated content, null when there is no file yet. */
async function readJson<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SyncTargetError('failed', `${what} (${path}) could not be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let problem: string;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    problem = `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}`;
  } catch (error) {
    problem = (error as Error).message;
  }
  throw new SyncTargetError(
    'corrupt',
    `${what} in ${path} is damaged (${problem}). Liaison left the file as it is: restore it from a backup, or move it away to set up the sync targets again.`,
  );
}
