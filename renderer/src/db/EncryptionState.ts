/**
 * What one database connection knows about encryption at rest, synchronously, because the field
 * encryption middleware must decide inside a transaction: whether the archive is encrypted at all
 * (`configured`, read from `meta` when the connection opens and again in every read-write transaction
 * over a sensitive table, since another tab may have changed it), whether encryption is being turned off
 * (`turningOff`: writes stay clear while the key still opens what is not rewritten yet) and, once
 * unlocked, the data key. Locking zeroes the key bytes so they do not linger in memory.
 */
import { LATEST_SCHEMA_VERSION } from './schemaVersions';
import { FieldCipher } from './FieldCipher';
import { isDataKeyOf, type KeyRecord } from './keyRecord';

export type EncryptionMode = 'off' | 'locked' | 'unlocked';

/** Thrown instead of returning ciphertext, or writing clear text, while the archive is locked. */
export class LockedError extends Error {
  constructor() {
    super('The archive is locked. Unlock it with its passphrase to read or change its contents.');
    this.name = 'LockedError';
  }
}

/**
 * What a worker's connection follows: the key the window shared (null while it is locked or off) and,
 * read from `meta`, whether the archive is encrypted and whether encryption is being turned off.
 */
export interface EncryptionShare {
  key: Uint8Array | null;
  configured: boolean;
  turningOff: boolean;
}

export class EncryptionState {
  private key: Uint8Array | null = null;
  private fieldCipher: FieldCipher | null = null;
  private readonly listeners = new Set<(mode: EncryptionMode) => void>();
  /** Whether this archive is encrypted (its `meta` holds a wrapped key). */
  private configuredFlag = false;
  private turningOffFlag = false;
  /** The key check of the last key row the held key was proven against (`reconcile`). */
  private provenCheck: { n: Uint8Array; c: Uint8Array } | null = null;
  private lockedByChangeFlag = false;

  constructor(private readonly schemaVersion = LATEST_SCHEMA_VERSION) {}

  get configured(): boolean {
    return this.configuredFlag;
  }

  get mode(): EncryptionMode {
    if (this.key) return 'unlocked';
    return this.configuredFlag ? 'locked' : 'off';
  }

  /**
   * True from the moment turning encryption off starts until its last chunk is rewritten: the
   * middleware then writes every value in clear (so nothing sealed is left behind once the key row is
   * gone), while the key, if held, still opens the values not rewritten yet.
   */
  get turningOff(): boolean {
    return this.turningOffFlag;
  }

  /**
   * True while locked because `reconcile` found the archive encrypted under a key this connection does
   * not hold: another tab turned encryption on (or off and on again). The lock screen says so.
   */
  get lockedByChange(): boolean {
    return this.lockedByChangeFlag && this.mode === 'locked';
  }

  /**
   * Set from `meta` when the connection opens, and by the key store when encryption is turned on or
   * off. Turning it off for good (`configured` false) drops the key.
   */
  setConfigured(configured: boolean, turningOff = false): void {
    const off = configured && turningOff;
    if (configured === this.configuredFlag && off === this.turningOffFlag) return;
    this.configuredFlag = configured;
    this.turningOffFlag = off;
    if (!configured) {
      this.dropKey();
      this.lockedByChangeFlag = false;
    }
    this.emit();
  }

  /** Holds a copy of the data key; the caller may zero its own. */
  unlock(key: Uint8Array): void {
    this.dropKey();
    this.key = new Uint8Array(key);
    this.fieldCipher = new FieldCipher(this.key, this.schemaVersion);
    this.configuredFlag = true;
    this.lockedByChangeFlag = false;
    this.emit();
  }

  /**
   * Brings this connection in line with the key row and the migration marker as stored: read inside the
   * write transaction about to seal or not (fieldEncryption.ts), or after another tab announced a change
   * (encryptionChanges.ts). Another tab may have turned encryption on or off since this one last looked.
   * - No key row: encryption is off; the key is dropped and writes are clear.
   * - Being turned off: writes are clear; a key the row wraps still opens what is not rewritten yet.
   * - Otherwise the archive is encrypted, and only the key its row wraps may seal: any other key (one
   *   from before encryption was turned off and on again) is dropped, and a connection without the
   *   row's key is locked, so it refuses to write a sensitive field rather than write it in clear.
   * A changed passphrase wraps the same data key, so it changes nothing here.
   */
  reconcile(record: KeyRecord | null, turningOff: boolean): void {
    if (!record) return this.setConfigured(false);
    const before = this.mode;
    const wasTurningOff = this.turningOffFlag;
    if (this.key && !this.holdsKeyOf(record)) this.dropKey();
    this.configuredFlag = true;
    this.turningOffFlag = turningOff;
    if (this.mode === before && turningOff === wasTurningOff) return;
    if (this.mode === 'locked' && before !== 'locked') this.lockedByChangeFlag = true;
    this.emit();
  }

  lock(): void {
    if (!this.key) return;
    this.dropKey();
    this.emit();
  }

  /** The cipher while unlocked; null while off or locked. */
  cipher(): FieldCipher | null {
    return this.fieldCipher;
  }

  /** A copy of the data key, for handing to a worker; null unless unlocked. */
  exportKey(): Uint8Array | null {
    return this.key ? new Uint8Array(this.key) : null;
  }

  /**
   * Makes this connection (a worker's) follow the window's key and the archive's `meta` (followWindowKey.ts).
   * A key with no key row behind it writes in clear: the row is gone when turning off has just finished
   * and the window's "no key" message has not arrived yet, and a value sealed then could never be opened
   * again. (The other way to get there, a read of `meta` begun just before turning on wrote the row,
   * writes no record: no sync job runs while encryption is turned on, sync/syncJobs.ts.) The connection
   * still counts as encrypted, so the search index stays off the disk, until the window's next message
   * brings the two into line.
   */
  follow(share: EncryptionShare): void {
    this.dropKey();
    if (share.key) {
      this.key = new Uint8Array(share.key);
      this.fieldCipher = new FieldCipher(this.key, this.schemaVersion);
    }
    this.configuredFlag = share.configured || share.key !== null;
    this.turningOffFlag = this.configuredFlag && (share.turningOff || !share.configured);
    this.emit();
  }

  onChange(listener: (mode: EncryptionMode) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether the held key is the one `record` wraps; proven once per key row (its check is random). */
  private holdsKeyOf(record: KeyRecord): boolean {
    const proven = this.provenCheck;
    if (proven && sameBytes(proven.n, record.check.n) && sameBytes(proven.c, record.check.c)) return true;
    if (!this.key || !isDataKeyOf(record, this.key)) return false;
    this.provenCheck = { n: new Uint8Array(record.check.n), c: new Uint8Array(record.check.c) };
    return true;
  }

  private dropKey(): void {
    this.key?.fill(0);
    this.key = null;
    this.fieldCipher = null;
    this.provenCheck = null;
  }

  private emit(): void {
    const mode = this.mode;
    this.listeners.forEach((listener) => listener(mode));
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
