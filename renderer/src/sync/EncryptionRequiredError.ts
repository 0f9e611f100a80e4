/**
 * Refuses to carry the archive off this laptop unencrypted while encryption at rest is on: what the
 * laptop keeps sealed on its own disk must not sit in clear on a USB stick, a share or a server. Thrown
 * by the sync engine and the bundle export before they write anything; `reason` lets the UI say, in the
 * user's language, what to do (docs/encryption-at-rest.md, "Sync targets and bundles").
 */
export type EncryptionRequiredReason =
  /** A bundle export without a passphrase. */
  | 'bundle'
  /** A target that holds no archive yet, to be set up without a sync passphrase. */
  | 'new-target'
  /** A target whose archive was set up unencrypted (its header says so, and never changes). */
  | 'plain-target';

const MESSAGES: Record<EncryptionRequiredReason, string> = {
  bundle:
    'This archive is encrypted at rest, so its bundles must be encrypted too. Enter a passphrase to encrypt the bundle with; nothing was exported.',
  'new-target':
    'This archive is encrypted at rest, so a sync target must be encrypted too. Set a sync passphrase and sync again; nothing was written.',
  'plain-target':
    'This archive is encrypted at rest, but this sync target is not encrypted, so Liaison does not sync with it. Set a sync passphrase on a new, empty folder or server and sync there; nothing was written.',
};

export class EncryptionRequiredError extends Error {
  constructor(readonly reason: EncryptionRequiredReason) {
    super(MESSAGES[reason]);
    this.name = 'EncryptionRequiredError';
  }
}
