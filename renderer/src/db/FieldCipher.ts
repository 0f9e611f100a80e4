/**
 * Sealing one stored value with AES-256-GCM, synchronously. It has to be synchronous: the field
 * encryption middleware runs inside IndexedDB transactions, and awaiting WebCrypto there lets the
 * transaction auto-commit (TransactionInactiveError). `@noble/ciphers` is an audited pure-JS AES-GCM.
 *
 * Every sealed value carries its own fresh 12-byte nonce and the schema version it was written under.
 * The associated data binds the table, the record's key, the field and that schema version, so a
 * ciphertext copied onto another record or field fails authentication instead of being read as its text.
 */
import { gcm } from '@noble/ciphers/aes.js';

/** Format of the sealed value itself; a new format gets a new number and keeps reading this one. */
export const SEALED_FORMAT = 1;

/** What a sealed field looks like in IndexedDB. `$sealed` marks it; nothing else stored uses that key. */
export interface SealedValue {
  $sealed: typeof SEALED_FORMAT;
  /** The schema version the value was sealed under (part of the associated data). */
  s: number;
  /** 'text' for strings, 'bytes' for attachment contents. */
  k: 'text' | 'bytes';
  /** The MIME type of attachment contents, so the Blob comes back as it went in. */
  t?: string;
  n: Uint8Array;
  c: Uint8Array;
}

/** Where a value lives: bound into the associated data. */
export interface FieldAddress {
  table: string;
  key: string;
  field: string;
}

/** A sealed value failed authentication: it was altered, or belongs to another record or field. */
export class TamperedValueError extends Error {
  constructor(readonly address: FieldAddress) {
    super(
      `The encrypted ${address.field} of ${address.table} ${address.key} failed its integrity check: ` +
        'it was altered or belongs to another record. It was not read.',
    );
    this.name = 'TamperedValueError';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** A Uint8Array from any realm (a worker, or jsdom over Node in tests, hands back another realm's). */
export function isBytes(value: unknown): value is Uint8Array {
  return (
    value instanceof Uint8Array || (ArrayBuffer.isView(value) && value.constructor.name === 'Uint8Array')
  );
}

export function isSealed(value: unknown): value is SealedValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { $sealed?: unknown }).$sealed === SEALED_FORMAT &&
    isBytes((value as { n?: unknown }).n) &&
    isBytes((value as { c?: unknown }).c)
  );
}

function associatedData(address: FieldAddress, schemaVersion: number, kind: string): Uint8Array {
  // JSON keeps the parts unambiguous whatever characters a key holds.
  return encoder.encode(
    JSON.stringify([
      'liaison-field',
      SEALED_FORMAT,
      schemaVersion,
      kind,
      address.table,
      address.key,
      address.field,
    ]),
  );
}

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

export class FieldCipher {
  constructor(
    private readonly key: Uint8Array,
    private readonly schemaVersion: number,
  ) {
    if (key.length !== 32) throw new Error('The data key must be 256 bits');
  }

  sealText(text: string, address: FieldAddress): SealedValue {
    return this.seal(encoder.encode(text), address, 'text');
  }

  sealBytes(bytes: Uint8Array, type: string, address: FieldAddress): SealedValue {
    return { ...this.seal(bytes, address, 'bytes'), t: type };
  }

  openText(sealed: SealedValue, address: FieldAddress): string {
    if (sealed.k !== 'text') throw new TamperedValueError(address);
    return decoder.decode(this.open(sealed, address));
  }

  openBytes(sealed: SealedValue, address: FieldAddress): Uint8Array {
    if (sealed.k !== 'bytes') throw new TamperedValueError(address);
    return this.open(sealed, address);
  }

  private seal(plain: Uint8Array, address: FieldAddress, kind: SealedValue['k']): SealedValue {
    const nonce = randomBytes(12);
    const aad = associatedData(address, this.schemaVersion, kind);
    const c = gcm(this.key, nonce, aad).encrypt(plain);
    return { $sealed: SEALED_FORMAT, s: this.schemaVersion, k: kind, n: nonce, c };
  }

  private open(sealed: SealedValue, address: FieldAddress): Uint8Array {
    try {
      return gcm(this.key, sealed.n, associatedData(address, sealed.s, sealed.k)).decrypt(sealed.c);
    } catch (error) {
      throw Object.assign(new TamperedValueError(address), { cause: error });
    }
  }
}
