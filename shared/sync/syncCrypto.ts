/**
 * The envelope every sync file except the archive header is sealed in, and the optional end-to-end
 * encryption (docs/sync-format.md, "Envelope" and "Encryption").
 *
 *   offset  size  field
 *   0       4     magic "LSYN" (4c 53 59 4e)
 *   4       1     envelope version, 1
 *   5       1     flags: 0x01 the payload is gzip, 0x02 encrypted; other bits 0
 *   6       4     body length N, unsigned big-endian
 *   10      12    nonce (encrypted files only)
 *   10|22   N     body: encrypted, the AES-256-GCM ciphertext and its 16-byte tag; plain, the payload
 *   10+N    32    plain files only: SHA-256 of bytes 0–9, the UTF-8 file id, and the body
 *
 * The associated data of the encryption (and the input of the plain files' hash) is bytes 0–9 followed by
 * the file id, the file's path relative to the target's root (`devices/<id>/seg-000001`), so a file
 * copied under another name, into another device's folder, or with its flags or version changed, fails.
 *
 * The key comes from the passphrase through PBKDF2-SHA-512 (310,000 iterations, a 16-byte random salt)
 * and is non-extractable. A known text sealed under the id `key-check` travels in the archive header, so
 * a wrong passphrase is caught before anything is read.
 *
 * Pure WebCrypto (`crypto.subtle`) and fflate: runs in the renderer, a worker and Node alike.
 */
import { z } from 'zod';
import { gunzipBounded, gzip } from './boundedGzip';
import {
  cutShort,
  damaged,
  formatBytes,
  needsPassphrase,
  newerVersion,
  notEncrypted,
  notSyncFile,
  tampered,
  wrongPassphrase,
} from './syncFileErrors';
import { SyncTargetError } from './SyncTransport';

export const ENVELOPE_MAGIC = Uint8Array.of(0x4c, 0x53, 0x59, 0x4e); // "LSYN"
export const ENVELOPE_VERSION = 1;
export const FLAG_COMPRESSED = 0x01;
export const FLAG_ENCRYPTED = 0x02;
const HEADER_BYTES = 10;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const DIGEST_BYTES = 32;

/** The largest payload a sync file carries once unpacked (an attachment may be 50 MB). */
export const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;
/** The largest body an envelope may declare: the payload, plus what gzip adds to data it cannot shrink. */
export const MAX_BODY_BYTES = MAX_PAYLOAD_BYTES + 1024 * 1024;

export const PBKDF2_ITERATIONS = 310_000;
/** Fewer would make a stolen archive's passphrase cheap to guess (the issue asks for at least 220,000). */
export const MIN_PBKDF2_ITERATIONS = 220_000;
/** More would keep a laptop busy for minutes: a hostile header must not be able to hang the app. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
export const KEY_CHECK_ID = 'key-check';
const KEY_CHECK_TEXT = new TextEncoder().encode('Liaison sync key check');

const utf8 = new TextEncoder();

// ---------------------------------------------------------------------------------------------------------
// Base64 and SHA-256

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  return btoa(binary);
}

/** The bytes of canonical base64, or null for anything else. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!BASE64.test(text)) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return toBase64(bytes) === text ? bytes : null;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

// ---------------------------------------------------------------------------------------------------------
// Encryption parameters and the key

const Base64Text = z
  .string()
  .max(1024)
  .refine((text) => fromBase64(text) !== null, 'must be base64');

/** The parameters the archive header carries (null there when the archive is not encrypted). */
export const EncryptionParamsSchema = z.strictObject({
  cipher: z.literal('AES-256-GCM'),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-512'),
    iterations: z
      .number()
      .int()
      .min(
        MIN_PBKDF2_ITERATIONS,
        'fewer than 220,000 key-derivation iterations would make the passphrase easy to guess',
      )
      .max(
        MAX_PBKDF2_ITERATIONS,
        'more than 10,000,000 key-derivation iterations would take minutes to open',
      ),
    salt: Base64Text.refine((text) => fromBase64(text)?.length === SALT_BYTES, 'must be 16 bytes of base64'),
  }),
  keyCheck: Base64Text,
});
export type EncryptionParams = z.infer<typeof EncryptionParamsSchema>;

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  // The same passphrase typed on macOS and Windows can reach us in different Unicode normal forms.
  const secret = utf8.encode(passphrase.normalize('NFC'));
  const base = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-512', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** New encryption for an archive: the parameters for its header, and the key to seal its files with. */
export async function createEncryption(
  passphrase: string,
): Promise<{ params: EncryptionParams; key: CryptoKey }> {
  if (passphrase.trim() === '')
    throw new SyncTargetError('failed', 'Choose a passphrase to encrypt the archive with.');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
  const keyCheck = await seal(KEY_CHECK_TEXT, KEY_CHECK_ID, key, { compress: false });
  return {
    params: {
      cipher: 'AES-256-GCM',
      kdf: { name: 'PBKDF2', hash: 'SHA-512', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
      keyCheck: toBase64(keyCheck),
    },
    key,
  };
}

/**
 * The key of an encrypted archive, from its header's parameters and the passphrase a person typed. A
 * wrong passphrase is reported as such (`wrong-passphrase`); parameters that are malformed, or that ask
 * for too few or too many iterations, are refused before any key is derived.
 */
export async function unlockArchive(params: unknown, passphrase: string): Promise<CryptoKey> {
  const checked = checkEncryptionParams(params);
  // No passphrase can be all spaces (createEncryption refuses one), so do not spend a derivation on it.
  if (passphrase.trim() === '') throw needsPassphrase(KEY_CHECK_ID);
  const key = await deriveKey(passphrase, fromBase64(checked.kdf.salt)!, checked.kdf.iterations);
  await checkKey(checked, key);
  return key;
}

/** Throws `wrong-passphrase` unless `key` opens the archive these parameters belong to. */
export async function checkKey(params: EncryptionParams, key: CryptoKey): Promise<void> {
  let envelope: Envelope;
  try {
    envelope = readEnvelope(fromBase64(params.keyCheck)!, KEY_CHECK_ID);
  } catch {
    throw damaged(KEY_CHECK_ID, 'it is incomplete or malformed');
  }
  if (!envelope.encrypted || envelope.compressed) throw damaged(KEY_CHECK_ID, 'it is not a sealed key check');
  const plain = await decrypt(envelope, key);
  if (plain === null) throw wrongPassphrase();
  if (!sameBytes(plain, KEY_CHECK_TEXT)) throw damaged(KEY_CHECK_ID, 'it does not hold the expected text');
}

/** The parameters, checked; a SyncTargetError naming what is wrong otherwise. */
export function checkEncryptionParams(params: unknown): EncryptionParams {
  const kdf = (params as { kdf?: { name?: unknown } } | null)?.kdf?.name;
  if (typeof kdf === 'string' && kdf !== 'PBKDF2')
    throw new SyncTargetError(
      'failed',
      `The archive is encrypted with a key derivation this version of Liaison does not know (${printable(kdf)}). Update Liaison to open it; nothing was changed.`,
    );
  const result = EncryptionParamsSchema.safeParse(params);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? issue.path.join('.') : 'encryption';
  throw new SyncTargetError(
    'corrupt',
    `The archive's encryption settings are not valid (${where}: ${issue.message}), so Liaison will not use them; nothing was changed.`,
  );
}

/** A name from a header, safe to show: ASCII only (no direction overrides or control characters), short. */
function printable(name: string): string {
  return name.slice(0, 40).replace(/[^\x20-\x7e]/g, '?');
}

// ---------------------------------------------------------------------------------------------------------
// The envelope

export interface SealOptions {
  /** gzip the payload first (default). Off for data that is already compressed (JPEG, PDF, …). */
  compress?: boolean;
}

function associatedData(header: Uint8Array, fileId: string): Uint8Array<ArrayBuffer> {
  const id = utf8.encode(fileId);
  const out = new Uint8Array(header.length + id.length);
  out.set(header, 0);
  out.set(id, header.length);
  return out;
}

function envelopeHeader(flags: number, bodyLength: number): Uint8Array<ArrayBuffer> {
  const header = new Uint8Array(HEADER_BYTES);
  header.set(ENVELOPE_MAGIC, 0);
  header[4] = ENVELOPE_VERSION;
  header[5] = flags;
  new DataView(header.buffer).setUint32(6, bodyLength, false);
  return header;
}

/** Seals a payload for the file `fileId`: compressed unless told otherwise, encrypted when `key` is given. */
export async function seal(
  payload: Uint8Array,
  fileId: string,
  key: CryptoKey | null,
  options: SealOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  if (payload.length > MAX_PAYLOAD_BYTES)
    throw new SyncTargetError(
      'failed',
      `${fileId} would hold ${formatBytes(payload.length)}, more than the ${formatBytes(MAX_PAYLOAD_BYTES)} a sync file may; nothing was written.`,
    );
  const compress = options.compress ?? true;
  const plain = compress ? gzip(payload) : (payload as Uint8Array<ArrayBuffer>);
  const flags = (compress ? FLAG_COMPRESSED : 0) | (key ? FLAG_ENCRYPTED : 0);
  if (key) {
    const header = envelopeHeader(flags, plain.length + TAG_BYTES);
    const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
    const sealed = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: nonce, additionalData: associatedData(header, fileId), tagLength: 128 },
        key,
        plain,
      ),
    );
    return concatBytes([header, nonce, sealed]);
  }
  const header = envelopeHeader(flags, plain.length);
  const digest = await plainDigest(header, fileId, plain);
  return concatBytes([header, plain, digest]);
}

async function plainDigest(header: Uint8Array, fileId: string, body: Uint8Array): Promise<Uint8Array> {
  const input = concatBytes([associatedData(header, fileId), body]);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', input));
}

interface Envelope {
  fileId: string;
  header: Uint8Array;
  compressed: boolean;
  encrypted: boolean;
  nonce: Uint8Array;
  body: Uint8Array;
  /** Plain files only: the SHA-256 the writer stored. */
  digest: Uint8Array;
}

/** The parts of an envelope, checked for shape and length only (nothing is decrypted or verified yet). */
function readEnvelope(bytes: Uint8Array, fileId: string): Envelope {
  const prefix = bytes.subarray(0, 4);
  if (!sameBytes(prefix, ENVELOPE_MAGIC.subarray(0, prefix.length))) throw notSyncFile(fileId);
  if (bytes.length >= 5 && bytes[4] !== ENVELOPE_VERSION) {
    if (bytes[4]! > ENVELOPE_VERSION) throw newerVersion(fileId, bytes[4]!);
    throw notSyncFile(fileId);
  }
  if (bytes.length < HEADER_BYTES) throw cutShort(fileId);
  const flags = bytes[5]!;
  if (flags & ~(FLAG_COMPRESSED | FLAG_ENCRYPTED)) throw damaged(fileId, 'its envelope has unknown flags');
  const encrypted = (flags & FLAG_ENCRYPTED) !== 0;
  const length = new DataView(bytes.buffer, bytes.byteOffset + 6, 4).getUint32(0, false);
  if (length > MAX_BODY_BYTES)
    throw damaged(fileId, `it declares ${formatBytes(length)}, more than a sync file may hold`);
  if (encrypted && length < TAG_BYTES) throw damaged(fileId, 'its encrypted body is too short');
  const bodyStart = HEADER_BYTES + (encrypted ? NONCE_BYTES : 0);
  const total = bodyStart + length + (encrypted ? 0 : DIGEST_BYTES);
  if (bytes.length < total) throw cutShort(fileId);
  if (bytes.length > total) throw tampered(fileId, 'it has bytes after its end');
  return {
    fileId,
    header: bytes.subarray(0, HEADER_BYTES),
    compressed: (flags & FLAG_COMPRESSED) !== 0,
    encrypted,
    nonce: bytes.subarray(HEADER_BYTES, bodyStart),
    body: bytes.subarray(bodyStart, bodyStart + length),
    digest: bytes.subarray(bodyStart + length),
  };
}

/** The plaintext, or null when the key does not authenticate the file. */
async function decrypt(envelope: Envelope, key: CryptoKey): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: envelope.nonce as Uint8Array<ArrayBuffer>,
          additionalData: associatedData(envelope.header, envelope.fileId),
          tagLength: 128,
        },
        key,
        envelope.body as Uint8Array<ArrayBuffer>,
      ),
    );
  } catch {
    return null;
  }
}

export interface UnsealOptions {
  /** The most the payload may unpack to; MAX_PAYLOAD_BYTES unless smaller. */
  maxBytes?: number;
}

/**
 * The payload of a sealed file, after checking that it is whole, was written for `fileId`, and was not
 * changed since. With a key, the file must be encrypted with it: a plain file in an encrypted archive was
 * not written by one of its devices. Throws only SyncTargetError.
 */
export async function unseal(
  bytes: Uint8Array,
  fileId: string,
  key: CryptoKey | null,
  options: UnsealOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const envelope = readEnvelope(bytes, fileId);
  let plain: Uint8Array<ArrayBuffer>;
  if (envelope.encrypted) {
    if (!key) throw needsPassphrase(fileId);
    const opened = await decrypt(envelope, key);
    if (opened === null) throw tampered(fileId, 'it fails authentication with this archive\u2019s key');
    plain = opened;
  } else {
    if (key) throw notEncrypted(fileId);
    const digest = await plainDigest(envelope.header, fileId, envelope.body);
    if (!sameBytes(digest, envelope.digest)) throw tampered(fileId, 'its hash does not match its content');
    plain = envelope.body.slice();
  }
  const requested = options.maxBytes ?? MAX_PAYLOAD_BYTES;
  // A limit that is not a number would let anything through the comparisons below: use the default.
  const maxBytes = Number.isNaN(requested)
    ? MAX_PAYLOAD_BYTES
    : Math.min(Math.max(requested, 0), MAX_PAYLOAD_BYTES);
  if (!envelope.compressed) {
    if (plain.length > maxBytes)
      throw damaged(
        fileId,
        `it holds ${formatBytes(plain.length)}, more than the ${formatBytes(maxBytes)} allowed`,
      );
    return plain;
  }
  const inflated = gunzipBounded(plain, maxBytes);
  if (!inflated.ok) throw damaged(fileId, inflated.reason);
  return inflated.data;
}

// ---------------------------------------------------------------------------------------------------------

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
