/**
 * Turns the error codes of the file system into SyncTargetErrors whose messages say what happened to the
 * sync folder and what to do about it.
 */
import { SyncTargetError } from '../../../shared/sync/SyncTransport';

export type FolderOperation = 'read' | 'write' | 'list';

export interface FolderErrorContext {
  operation: FolderOperation;
  root: string;
  /** The path inside the target ('' for the folder itself). */
  path: string;
  /** The root could not be found any more when the error was looked at. */
  rootGone: boolean;
}

export function folderMissing(root: string): SyncTargetError {
  return new SyncTargetError(
    'missing',
    `The sync folder ${root} is not there. Plug in the drive or choose the folder again.`,
  );
}

export function describeFolderError(error: unknown, context: FolderErrorContext): SyncTargetError {
  const { operation, root, path, rootGone } = context;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const what = path === '' ? root : `${path} in the sync folder ${root}`;
  if (rootGone) return folderMissing(root);
  switch (code) {
    case 'EROFS':
      return new SyncTargetError(
        'read-only',
        `The sync folder ${root} is on a read-only drive. Unlock the drive or choose another folder.`,
        { cause: error },
      );
    case 'EACCES':
    case 'EPERM':
      if (operation !== 'write') {
        return new SyncTargetError(
          'failed',
          `Liaison has no permission to read ${what}. Check the folder's permissions.`,
          {
            cause: error,
          },
        );
      }
      return new SyncTargetError(
        'read-only',
        `Liaison may not write in the sync folder ${root}: it is read-only for you. Make it writable or choose another folder.`,
        { cause: error },
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new SyncTargetError(
        'full',
        `The drive of the sync folder ${root} is full (or your quota is used up). Free some space or choose another folder.`,
        { cause: error },
      );
    case 'ENOTDIR':
    case 'EISDIR':
      return new SyncTargetError(
        'corrupt',
        `The sync folder ${root} holds a file where Liaison expects a folder (or the other way round) on the way to ${path}. Check the folder or choose another one.`,
        { cause: error },
      );
    case 'EIO':
      return new SyncTargetError(
        'failed',
        `The drive of the sync folder ${root} reported an input/output error. Check that it is plugged in properly and try again.`,
        { cause: error },
      );
    default:
      return new SyncTargetError(
        'failed',
        `Could not ${operation} ${what}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
  }
}
