/**
 * What the Security section says when encryption at rest cannot be turned on or off because a sync job
 * runs or waits on its question (sync/syncJobs.ts, `withoutSync`, says why).
 */
import type { MigrationDirection } from '../db/migrationMarker';

export function syncBlockedMessage(
  sync: 'running' | 'question',
  direction: MigrationDirection,
):
  | 'security.syncRunningOn'
  | 'security.syncRunningOff'
  | 'security.syncQuestionOn'
  | 'security.syncQuestionOff' {
  if (sync === 'running')
    return direction === 'encrypt' ? 'security.syncRunningOn' : 'security.syncRunningOff';
  return direction === 'encrypt' ? 'security.syncQuestionOn' : 'security.syncQuestionOff';
}
