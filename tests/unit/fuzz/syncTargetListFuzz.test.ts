/**
 * Fuzzing the main process's reader of the sync-target files in userData (electron/main/sync/
 * syncTargetFiles.ts): the list of targets and the saved passwords written by the app read back
 * exactly; a damaged file is read as JSON.parse and the schema would read it, or refused with a
 * SyncTargetError naming the file, and then nothing (listing, adding, removing a target) writes over
 * it; a prototype key anywhere is refused and reaches no prototype.
 */
import { readFile, writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { SyncTargets } from '../../../electron/main/sync/SyncTargets';
import {
  credentialsFile,
  SyncTargetFiles,
  targetsFile,
  type Credentials,
  type TargetRecord,
} from '../../../electron/main/sync/syncTargetFiles';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import { line } from './entityArbitraries';
import { edits, mutateText } from './mutations';
import { fuzzTimeout, reliabilityLog } from './reliabilityLog';
import { leniently, prototypeUntouched, userDataDir, withPrototypeKey } from './userDataFiles';

const { fuzz } = reliabilityLog(
  import.meta.url,
  'Hostile input',
  'Sync target list and passwords (userData)',
);

const dir = userDataDir('targets');
const files = new SyncTargetFiles(dir);
const targets = new SyncTargets({
  userDataDir: dir,
  safeStorage: {
    isEncryptionAvailable: () => true,
    encryptString: (text) => Buffer.from(text),
    decryptString: (bytes) => bytes.toString(),
  },
  platform: 'linux',
  chooseFolder: () => Promise.resolve('/media/delegate/LIAISON'),
});

const id = fc.string({
  unit: fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZab_-'),
  minLength: 1,
  maxLength: 26,
});
const label = line(300).filter((s) => s.length > 0);
const storage = fc.constantFrom('os-keyring' as const, 'basic-text' as const, 'plaintext' as const);
const target: fc.Arbitrary<TargetRecord> = fc.oneof(
  fc.record({
    id,
    kind: fc.constant('folder' as const),
    label,
    path: fc.oneof(
      line(200).filter((s) => s.length > 0),
      fc.constantFrom('/media/usb/LIAISON', 'C:\\Users\\夏\\Nextcloud'),
    ),
  }),
  fc.record({
    id,
    kind: fc.constant('webdav' as const),
    label,
    url: fc
      .tuple(
        fc.constantFrom('https://dav.example.org', 'http://192.168.1.5:8080', 'https://云.example.cn'),
        fc.webPath(),
      )
      .map(([origin, path]) => new URL(`${origin}${path.replace(/[?#].*$/, '')}/`).href),
    username: fc.string({ minLength: 1, maxLength: 40 }),
    credentials: storage,
  }),
);
const credentials: fc.Arbitrary<Credentials> = fc.dictionary(
  id,
  fc.record({
    storage,
    secret: fc.uint8Array({ maxLength: 48 }).map((b) => Buffer.from(b).toString('base64')),
  }),
  { maxKeys: 3 },
);

const which = fc.constantFrom('targets' as const, 'credentials' as const);
const pathOf = (kind: 'targets' | 'credentials') =>
  kind === 'targets' ? files.targetsPath : files.credentialsPath;

/** Writes both files as the app does, then one of them as `damage` makes it; the damaged text. */
async function damaged(
  kind: 'targets' | 'credentials',
  list: TargetRecord[],
  saved: Credentials,
  damage: (text: string) => Uint8Array,
) {
  await files.writeTargets(list);
  await files.writeCredentials(saved);
  const bytes = damage(await readFile(pathOf(kind), 'utf8'));
  await writeFile(pathOf(kind), bytes);
  return bytes;
}

/** The file is read as JSON.parse and the schema read it, or refused naming it and then left as it was. */
async function expectReadOrRefused(kind: 'targets' | 'credentials', bytes: Uint8Array) {
  const text = new TextDecoder().decode(bytes);
  let read: unknown;
  try {
    read = kind === 'targets' ? await files.readTargets() : await files.readCredentials();
  } catch (error) {
    if (!(error instanceof SyncTargetError)) throw error;
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain(pathOf(kind));
    // Nothing writes over a file it could not read: what needs it stops before writing anything.
    const webdav = targets.addWebdav({
      url: 'https://dav.example.org/liaison',
      username: 'u',
      password: 'p',
    });
    await expect(webdav).rejects.toBeInstanceOf(SyncTargetError);
    if (kind === 'targets') {
      await expect(targets.addFolder()).rejects.toBeInstanceOf(SyncTargetError);
      await expect(targets.remove('x')).rejects.toBeInstanceOf(SyncTargetError);
    }
    expect(Buffer.from(await readFile(pathOf(kind))).equals(Buffer.from(bytes))).toBe(true);
    return;
  }
  const lenient =
    kind === 'targets' ? leniently(text, targetsFile)?.targets : leniently(text, credentialsFile)?.passwords;
  expect(lenient).toBeDefined();
  expect(read).toEqual(lenient);
}

describe('the sync target files in userData under fuzzing', { timeout: fuzzTimeout(10) }, () => {
  fuzz('target lists and saved passwords written by the app read back exactly', () =>
    fc.asyncProperty(fc.array(target, { maxLength: 3 }), credentials, async (list, saved) => {
      await files.writeTargets(list);
      await files.writeCredentials(saved);
      expect(await files.readTargets()).toEqual(list);
      expect(await files.readCredentials()).toEqual(saved);
    }),
  );

  fuzz(
    'a damaged file is read as JSON.parse reads it or refused naming it, and then left byte for byte',
    () =>
      fc.asyncProperty(
        which,
        fc.array(target, { maxLength: 3 }),
        credentials,
        edits,
        async (kind, list, saved, damage) => {
          const bytes = await damaged(kind, list, saved, (text) => mutateText(text, damage));
          await expectReadOrRefused(kind, bytes);
        },
      ),
  );

  fuzz('a prototype key anywhere in either file is refused, and no prototype is touched', () =>
    fc.asyncProperty(
      which,
      fc.array(target, { minLength: 1, maxLength: 3 }),
      credentials,
      fc.nat(),
      async (kind, list, saved, seed) => {
        const value = kind === 'targets' ? { version: 1, targets: list } : { version: 1, passwords: saved };
        const [text] = fc.sample(withPrototypeKey(value), { numRuns: 1, seed });
        await damaged(kind, list, saved, () => new TextEncoder().encode(text!));
        const error = await (kind === 'targets' ? files.readTargets() : files.readCredentials()).then(
          () => null,
          (reason: unknown) => reason,
        );
        expect(error).toBeInstanceOf(SyncTargetError);
        expect((error as Error).message).toMatch(/the key “?"?(__proto__|constructor|prototype)/);
        expect(prototypeUntouched()).toBe(true);
      },
    ),
  );
});
