/**
 * The sealed backup envelope (shared/formats/backup) and opening it with a passphrase
 * (renderer/src/backup/openBackup.ts): round trip, wrong passphrase, tampering, truncation, and hostile
 * headers, each with its own specific problem and nothing opened.
 */
import { describe, expect, it } from 'vitest';
import { openBackup } from '../../../renderer/src/backup/openBackup';
import { checkArchive } from '../../../renderer/src/dataExchange/archiveTransfer';
import { openSealedBackup, sealBackup } from '../../../shared/formats/backup/sealedBackup';
import {
  encodeSealedBackupPrefix,
  isSealedBackup,
  readSealedBackup,
  SealedBackupError,
  type SealedBackupProblem,
} from '../../../shared/formats/backup/sealedBackupFormat';
import { toBase64 } from '../../../shared/sync/syncCrypto';
import { noSteps, sampleArchiveFiles } from '../archive/archiveFixtures';
import { reliabilityLog } from '../fuzz/reliabilityLog';
import { BACKUP_PASSPHRASE, backupKey, sampleBackup, sealedSampleBackup } from './backupTestFiles';

const tampering = reliabilityLog(import.meta.url, 'Tampering', 'Sealed backups');

async function problemOf(work: Promise<unknown> | (() => unknown)): Promise<SealedBackupProblem | 'none'> {
  try {
    await (typeof work === 'function' ? work() : work);
    return 'none';
  } catch (error) {
    if (error instanceof SealedBackupError) return error.problem;
    throw error;
  }
}

function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at]! ^= 0x01;
  return copy;
}

/** The offsets of the envelope's parts: prefix+header, nonce, ciphertext, tag. */
function layout(bytes: Uint8Array) {
  const headerEnd = 9 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(5, false);
  return { headerEnd, nonce: headerEnd, body: headerEnd + 12, tag: bytes.length - 16 };
}

describe('a sealed backup', () => {
  it('opens with the passphrase to exactly the archive that was sealed, which restores', async () => {
    const clear = await sampleBackup();
    const sealed = await sealedSampleBackup();
    expect(isSealedBackup(sealed.data)).toBe(true);
    expect(sealed.manifest).toMatchObject({ encrypted: true, tables: clear.manifest.tables, blobs: 2 });
    const { archive, key } = await openBackup(sealed.data, BACKUP_PASSPHRASE);
    // The export is deterministic: the same records give the same zip, byte for byte.
    expect(Buffer.from(archive).equals(Buffer.from(clear.data))).toBe(true);
    expect(key?.dataKey).toEqual(sealed.dataKey);
    const contents = await checkArchive(archive, noSteps);
    expect(contents.manifest.tables.meetings).toBe(4);
  });

  it('carries the database’s key record and the archive’s counts in its header, nothing else', async () => {
    const sealed = await sealedSampleBackup();
    const { header } = readSealedBackup(sealed.data);
    expect(header.keyRecord.kdf).toEqual(sealed.keyRecord.kdf);
    expect(header.keyRecord.wrapped).toEqual(sealed.keyRecord.wrapped);
    expect(header.keyRecord.check).toEqual(sealed.keyRecord.check);
    expect(header.archive).toEqual({
      createdAt: sealed.manifest.createdAt,
      tables: sealed.manifest.tables,
      blobs: sealed.manifest.blobs,
    });
    expect(Object.keys(header).sort()).toEqual(['archive', 'cipher', 'key', 'keyRecord', 'sealedBytes']);
  });

  tampering.fault(
    'refuses a wrong passphrase with its own problem, and an empty one without deriving a key',
    async (figures) => {
      const sealed = await sealedSampleBackup();
      await expect(openBackup(sealed.data, 'not the passphrase')).rejects.toThrow(
        /passphrase does not open this backup.*in force when the backup was written/,
      );
      figures.runs = 0;
      for (const wrong of ['not the passphrase', '', null]) {
        figures.runs++;
        expect(await problemOf(openBackup(sealed.data, wrong)), String(wrong)).toBe('wrong-passphrase');
      }
    },
  );

  it('is sealed with a key derived from the data key, not the data key itself', async () => {
    const sealed = await sealedSampleBackup();
    const parts = readSealedBackup(sealed.data);
    const raw = await crypto.subtle.importKey(
      'raw',
      sealed.dataKey as Uint8Array<ArrayBuffer>,
      'AES-GCM',
      false,
      ['decrypt'],
    );
    await expect(
      crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: parts.nonce as Uint8Array<ArrayBuffer>,
          additionalData: parts.associatedData as Uint8Array<ArrayBuffer>,
        },
        raw,
        parts.sealed as Uint8Array<ArrayBuffer>,
      ),
    ).rejects.toThrow();
    expect((await openSealedBackup(parts, sealed.dataKey)).length).toBe(parts.sealed.length - 16);
  });

  tampering.fault(
    'rejects a flipped bit in the header, the nonce, the ciphertext or the tag as damaged',
    async (figures) => {
      figures.runs = 0;
      const sealed = await sealedSampleBackup();
      const at = layout(sealed.data);
      // In the header, a bit of the counts (still valid JSON and a valid header) and of the key record.
      const header = new TextDecoder().decode(sealed.data.subarray(9, at.headerEnd));
      const countAt = 9 + header.indexOf('"meetings":4') + '"meetings":'.length;
      const wrapped = readSealedBackup(sealed.data).header.keyRecord.wrapped.c;
      const wrappedAt = 9 + header.indexOf(toBase64(wrapped));
      for (const offset of [
        countAt,
        at.nonce,
        at.nonce + 11,
        at.body,
        at.body + 1000,
        at.tag,
        sealed.data.length - 1,
      ]) {
        figures.runs++;
        expect(
          await problemOf(openSealed(flipped(sealed.data, offset), sealed.dataKey)),
          `offset ${offset}`,
        ).toBe('damaged');
      }
      // The key record is checked with the passphrase first: a changed wrapping cannot give the data key.
      const otherWrapping = flipped(sealed.data, wrappedAt);
      figures.runs++;
      expect(['damaged', 'wrong-passphrase']).toContain(
        await problemOf(openBackup(otherWrapping, BACKUP_PASSPHRASE)),
      );
      figures.details.fileBytes = sealed.data.length;
    },
  );

  tampering.fault('rejects a header swapped from another backup of the same archive and key', async () => {
    const sealed = await sealedSampleBackup();
    const archive = (await sampleBackup()).data;
    const counts = readSealedBackup(sealed.data).header.archive;
    const seal = (createdAt: string) =>
      sealBackup({
        archive,
        counts: { ...counts, createdAt },
        keyRecord: sealed.keyRecord,
        dataKey: sealed.dataKey,
      });
    const [a, b] = [await seal('2025-03-31T12:00:00.000Z'), await seal('2025-04-01T12:00:00.000Z')];
    expect(await problemOf(openSealed(a, sealed.dataKey))).toBe('none');
    const aHeader = layout(a).headerEnd;
    const swapped = new Uint8Array([...a.subarray(0, aHeader), ...b.subarray(layout(b).headerEnd)]);
    expect(swapped.length).toBe(a.length);
    expect(await problemOf(openSealed(swapped, sealed.dataKey))).toBe('damaged');
  });

  tampering.fault('says a file cut short is incomplete, wherever it was cut', async (figures) => {
    figures.runs = 0;
    const sealed = await sealedSampleBackup();
    const at = layout(sealed.data);
    for (const length of [
      2,
      6,
      20,
      at.headerEnd - 1,
      at.headerEnd + 5,
      at.body + 100,
      sealed.data.length - 1,
    ]) {
      const cut = sealed.data.subarray(0, length);
      figures.runs++;
      expect(await problemOf(() => readSealedBackup(cut)), `cut at ${length}`).toBe('cut-short');
    }
    figures.runs++;
    await expect(openBackup(sealed.data.subarray(0, at.body + 100), BACKUP_PASSPHRASE)).rejects.toThrow(
      /incomplete: the file ends after \d+ of the \d+ bytes it announces/,
    );
  });

  tampering.fault(
    'rejects bytes after its end as damaged, and another file as not a sealed backup',
    async (figures) => {
      const sealed = await sealedSampleBackup();
      const files: Array<[string, Uint8Array, SealedBackupProblem]> = [
        ['a byte after its end', new Uint8Array([...sealed.data, 0]), 'damaged'],
        ['a zip', new TextEncoder().encode('PK\x03\x04 a zip'), 'not-sealed'],
        ['an empty file', new Uint8Array(), 'not-sealed'],
      ];
      figures.runs = 0;
      for (const [what, bytes, problem] of files) {
        figures.runs++;
        expect(await problemOf(() => readSealedBackup(bytes)), what).toBe(problem);
      }
    },
  );

  it('passes a clear backup through unopened, needing no passphrase', async () => {
    const clear = await sampleBackup();
    const opened = await openBackup(clear.data, null);
    expect(opened).toEqual({ archive: clear.data, key: null });
  });

  it('asks for an update for a newer format version, before reading anything else', async () => {
    const sealed = await sealedSampleBackup();
    const newer = sealed.data.slice();
    newer[4] = 2;
    await expect(openBackup(newer, BACKUP_PASSPHRASE)).rejects.toThrow(/newer Liaison.*Update Liaison/);
  });

  it('refuses a header asking for an Argon2id cost that would hang the app, before deriving anything', async () => {
    const { keyRecord } = await backupKey();
    const sealed = await sealedSampleBackup();
    const parts = readSealedBackup(sealed.data);
    const hostile = [
      { ...keyRecord, kdf: { ...keyRecord.kdf, memoryKiB: 4 * 1024 * 1024 } },
      { ...keyRecord, kdf: { ...keyRecord.kdf, iterations: 1_000_000 } },
      { ...keyRecord, kdf: { ...keyRecord.kdf, salt: new Uint8Array(3) } },
    ];
    for (const record of hostile) {
      const prefix = encodeSealedBackupPrefix({ ...parts.header, keyRecord: record });
      const file = new Uint8Array([...prefix, ...parts.nonce, ...parts.sealed]);
      const started = performance.now();
      expect(await problemOf(openBackup(file, BACKUP_PASSPHRASE))).toBe('damaged');
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('does not leave a zip of the archive anywhere in its bytes', async () => {
    const sealed = await sealedSampleBackup();
    const files = await sampleArchiveFiles();
    const manifest = new TextDecoder().decode(files['manifest.json']);
    const text = Buffer.from(sealed.data).toString('latin1');
    expect(text).not.toContain('PK\x03\x04');
    expect(text).not.toContain(manifest);
  });
});

function openSealed(bytes: Uint8Array, dataKey: Uint8Array) {
  return (async () => openSealedBackup(readSealedBackup(bytes), dataKey))();
}
