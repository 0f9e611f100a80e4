/**
 * The keys of encrypted archives unlocked this session, by archive and salt. Deriving one takes PBKDF2's
 * 310,000 rounds (about a second on a venue laptop), so the passphrase is asked once per session; the
 * keys live only in memory and are never stored.
 */
import { unlockArchive, type EncryptionParams } from '../../../shared/sync/syncCrypto';

export class KeyRing {
  private readonly keys = new Map<string, CryptoKey>();

  remember(archiveId: string, params: EncryptionParams, key: CryptoKey): void {
    this.keys.set(name(archiveId, params), key);
  }

  /** The key for these parameters: from `passphrase` when given, else one unlocked before. */
  async unlock(archiveId: string, params: EncryptionParams, passphrase?: string): Promise<CryptoKey> {
    const cached = this.keys.get(name(archiveId, params));
    if (cached && !passphrase) return cached;
    const key = await unlockArchive(params, passphrase ?? '');
    this.remember(archiveId, params, key);
    return key;
  }

  forget(): void {
    this.keys.clear();
  }
}

function name(archiveId: string, params: EncryptionParams): string {
  return `${archiveId}:${params.kdf.salt}`;
}
