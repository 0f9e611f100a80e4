/**
 * Messages between the app and the sync worker. A sync job runs in the worker; the worker reaches a
 * folder or WebDAV target through the app (only the window has the bridge to main), by `transport`
 * requests the app answers. Errors cross as plain data and are rebuilt on the app's side.
 */
import type { SyncTargetErrorCode } from '../../../shared/sync/SyncTransport';
import type { EncryptionRequiredReason } from './EncryptionRequiredError';
import type { BundleImportReport } from './SyncBundles';
import type { SyncProgress, SyncReport } from './SyncEngine';
import type { SyncQuestionDetails, SyncQuestionKind } from './SyncQuestion';

export type SyncJobRequest =
  | {
      type: 'sync';
      key: string;
      /** Which target the app should serve the transport calls of. */
      targetId: string;
      passphrase?: string;
      encryptNew?: boolean;
      confirmed: SyncQuestionKind[];
    }
  | { type: 'export-bundle'; everything: boolean; passphrase?: string }
  | { type: 'import-bundle'; bytes: Uint8Array; passphrase?: string; confirmed: SyncQuestionKind[] }
  | { type: 'status'; keys: string[] };

export interface SyncStatus {
  /**
   * Per target key: when it last synced, how many records wait to go out there, and whether its archive
   * is end-to-end encrypted (null until a sync has read its header).
   */
  targets: Record<string, { lastSync: string | null; pending: number; encrypted: boolean | null }>;
  /** Records the next "changes since the last bundle" would carry, and when a bundle was last saved. */
  bundle: { lastSync: string | null; pending: number };
}

export type SyncJobResult =
  | { type: 'sync'; report: SyncReport }
  | { type: 'export-bundle'; bytes: Uint8Array; fileName: string; records: number }
  | { type: 'import-bundle'; report: BundleImportReport }
  | { type: 'status'; status: SyncStatus };

export type SyncJobError =
  | {
      kind: 'question';
      question: SyncQuestionKind;
      details: SyncQuestionDetails[SyncQuestionKind];
      message: string;
    }
  | { kind: 'target'; code: SyncTargetErrorCode; message: string }
  | { kind: 'encryption-required'; reason: EncryptionRequiredReason; message: string }
  | { kind: 'aborted' }
  | { kind: 'other'; message: string };

export type TransportOp =
  | { op: 'read'; path: string }
  | { op: 'write'; path: string; data: Uint8Array }
  | { op: 'list'; folder: string };

export type ToSyncWorker =
  | { type: 'start'; id: number; job: SyncJobRequest }
  | { type: 'cancel'; id: number }
  /** Encryption at rest: the data key after an unlock, or null on lock. Handled by the worker itself. */
  | { type: 'encryption-key'; key: Uint8Array | null }
  /** The last exported bundle was saved: the next one starts after it. */
  | { type: 'bundle-saved'; id: number }
  | { type: 'transport-result'; callId: number; ok: true; value: Uint8Array | string[] | null }
  | { type: 'transport-result'; callId: number; ok: false; code: SyncTargetErrorCode; message: string };

export type FromSyncWorker =
  | { type: 'progress'; id: number; progress: SyncProgress }
  | { type: 'done'; id: number; result: SyncJobResult }
  | { type: 'failed'; id: number; error: SyncJobError }
  | { type: 'transport'; callId: number; targetId: string; call: TransportOp };
