/**
 * The `meta` row that makes an archive encrypted: the Argon2id parameters and salt, the data key wrapped
 * by the key derived from the passphrase, and a key check. It is one row, so changing the passphrase is
 * one put: a crash leaves the old wrapping or the new one, never neither.
 */
import { gcm } from '@noble/ciphers/aes.js';
import { argon2id } from 'hash-wasm';
import { isBytes, randomBytes } from './FieldCipher';

export const ENCRYPTION_META_KEY = 'encryption';
/** Where turning encryption on or off has got to (migrationMarker.ts); absent when none is under way. */
export const MIGRATION_META_KEY = 'encryptionMigration';

export interface KdfParams {
  algorithm: 'argon2id';
  /** In KiB. 65,536 KiB = 64 MiB. */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: Uint8Array;
}

export interface KeyRecord {
  version: 1;
  kdf: KdfParams;
  /** The data key sealed with the passphrase's key. */
  wrapped: { n: Uint8Array; c: Uint8Array };
  /** A known text sealed with the data key: proves an unwrapped key is this archive's. */
  check: { n: Uint8Array; c: Uint8Array };
  changedAt: string;
}

export const DEFAULT_KDF = { memoryKiB: 65_536, iterations: 3, parallelism: 1 } as const;

const WRAP_AAD = new TextEncoder().encode('liaison-data-key-v1');
const CHECK_AAD = new TextEncoder().encode('liaison-key-check-v1');
const CHECK_TEXT = new TextEncoder().encode('liaison');

/** The passphrase is wrong (or the key row was altered): nothing was changed. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase is not correct. Nothing was changed.');
    this.name = 'WrongPassphraseError';
  }
}

export function isKeyRecord(value: unknown): value is KeyRecord {
  const record = value as Partial<KeyRecord> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    record.version === 1 &&
    record.kdf?.algorithm === 'argon2id' &&
    isBytes(record.kdf.salt) &&
    isBytes(record.wrapped?.c) &&
    isBytes(record.check?.c)
  );
}

export async function deriveKeyEncryptionKey(passphrase: string, kdf: KdfParams): Promise<Uint8Array> {
  return argon2id({
    password: passphrase.normalize('NFC'),
    salt: kdf.salt,
    iterations: kdf.iterations,
    parallelism: kdf.parallelism,
    memorySize: kdf.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
}

/** Wraps `dataKey` under a fresh salt derived from `passphrase`. */
export async function wrapDataKey(
  dataKey: Uint8Array,
  passphrase: string,
  params: Omit<KdfParams, 'algorithm' | 'salt'> = DEFAULT_KDF,
): Promise<KeyRecord> {
  const kdf: KdfParams = { algorithm: 'argon2id', ...params, salt: randomBytes(16) };
  const kek = await deriveKeyEncryptionKey(passphrase, kdf);
  try {
    const wrapNonce = randomBytes(12);
    const checkNonce = randomBytes(12);
    return {
      version: 1,
      kdf,
      wrapped: { n: wrapNonce, c: gcm(kek, wrapNonce, WRAP_AAD).encrypt(dataKey) },
      check: { n: checkNonce, c: gcm(dataKey, checkNonce, CHECK_AAD).encrypt(CHECK_TEXT) },
      changedAt: new Date().toISOString(),
    };
  } finally {
    kek.fill(0);
  }
}

/** The data key, or WrongPassphraseError. The caller zeroes it when done. */
export async function unwrapDataKey(record: KeyRecord, passphrase: string): Promise<Uint8Array> {
  const kek = await deriveKeyEncryptionKey(passphrase, record.kdf);
  let dataKey: Uint8Array;
  try {
    dataKey = gcm(kek, record.wrapped.n, WRAP_AAD).decrypt(record.wrapped.c);
  } catch {
    throw new WrongPassphraseError();
  } finally {
    kek.fill(0);
  }
  if (!isDataKeyOf(record, dataKey)) {
    dataKey.fill(0);
    throw new WrongPassphraseError();
  }
  return dataKey;
}

/** Whether `dataKey` is the key `record` wraps (its key check opens), without any passphrase. */
export function isDataKeyOf(record: KeyRecord, dataKey: Uint8Array): boolean {
  try {
    gcm(dataKey, record.check.n, CHECK_AAD).decrypt(record.check.c);
    return true;
  } catch {
    return false;
  }
}
