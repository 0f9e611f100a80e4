/**
 * What one database connection knows about encryption at rest, synchronously, because the field
 * encryption middleware must decide inside a transaction: whether the archive is encrypted at all
 * (`configured`, read from `meta` when the connection opens) and, once unlocked, the data key.
 * Locking zeroes the key bytes so they do not linger in memory.
 */
import { LATEST_SCHEMA_VERSION } from './schemaVersions';
import { FieldCipher } from './FieldCipher';

export type EncryptionMode = 'off' | 'locked' | 'unlocked';

/** Thrown instead of returning ciphertext, or writing clear text, while the archive is locked. */
export class LockedError extends Error {
  constructor() {
    super('The archive is locked. Unlock it with its passphrase to read or change its contents.');
    this.name = 'LockedError';
  }
}

export class EncryptionState {
  private key: Uint8Array | null = null;
  private fieldCipher: FieldCipher | null = null;
  private readonly listeners = new Set<(mode: EncryptionMode) => void>();
  /** Whether this archive is encrypted (its `meta` holds a wrapped key). */
  private configuredFlag = false;

  constructor(private readonly schemaVersion = LATEST_SCHEMA_VERSION) {}

  get configured(): boolean {
    return this.configuredFlag;
  }

  get mode(): EncryptionMode {
    if (this.key) return 'unlocked';
    return this.configuredFlag ? 'locked' : 'off';
  }

  /** Set from `meta` when the connection opens, and by the key store when encryption is turned on. */
  setConfigured(configured: boolean): void {
    if (configured === this.configuredFlag) return;
    this.configuredFlag = configured;
    if (!configured) this.dropKey();
    this.emit();
  }

  /** Holds a copy of the data key; the caller may zero its own. */
  unlock(key: Uint8Array): void {
    this.dropKey();
    this.key = new Uint8Array(key);
    this.fieldCipher = new FieldCipher(this.key, this.schemaVersion);
    this.configuredFlag = true;
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

  onChange(listener: (mode: EncryptionMode) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private dropKey(): void {
    this.key?.fill(0);
    this.key = null;
    this.fieldCipher = null;
  }

  private emit(): void {
    const mode = this.mode;
    this.listeners.forEach((listener) => listener(mode));
  }
}
