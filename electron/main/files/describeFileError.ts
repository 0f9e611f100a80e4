/**
 * Turns the error codes of a failed file write into sentences a user can act on.
 */
import { dirname } from 'node:path';

export function describeFileError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `There is not enough free space to save ${path}. Free some space or choose another drive.`;
    case 'EACCES':
    case 'EPERM':
      return `Liaison has no permission to write in ${dirname(path)}. Choose another folder.`;
    case 'EROFS':
      return `${dirname(path)} is read-only. Choose another folder.`;
    case 'ENOENT':
      return `The folder ${dirname(path)} no longer exists. Choose another folder.`;
    case 'EISDIR':
      return `${path} is a folder, not a file.`;
    default:
      return `Could not save ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
