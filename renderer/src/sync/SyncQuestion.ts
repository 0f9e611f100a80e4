/**
 * A sync that stopped before changing anything, to ask the user first (the fail-safes of
 * docs/sync-format.md). Syncing again with the kind in `confirmed` goes ahead.
 */
export type SyncQuestionKind = 'other-archive' | 'empty-target' | 'mass-delete';

export interface SyncQuestionDetails {
  'other-archive': { theirs: string; ours: string; createdAt: string };
  'empty-target': { lastSync?: string | undefined };
  'mass-delete': { deletes: number; live: number };
}

export class SyncQuestion<K extends SyncQuestionKind = SyncQuestionKind> extends Error {
  constructor(
    readonly kind: K,
    readonly details: SyncQuestionDetails[K],
  ) {
    super(describe(kind, details));
    this.name = 'SyncQuestion';
  }
}

function describe<K extends SyncQuestionKind>(kind: K, details: SyncQuestionDetails[K]): string {
  switch (kind) {
    case 'other-archive':
      return 'The target belongs to another archive. Nothing was changed.';
    case 'empty-target':
      return 'The target is empty although this laptop synced there before. Nothing was changed.';
    default: {
      const { deletes, live } = details as SyncQuestionDetails['mass-delete'];
      return `This sync would delete ${deletes} of ${live} records. Nothing was changed.`;
    }
  }
}
