/**
 * The renderer may only write files the user picked in a native dialog. A compromised renderer asking to
 * write `~/.bashrc` is refused, because that path was never granted.
 */
import { resolve, sep } from 'node:path';

export class FileGrants {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  grantFile(path: string): void {
    this.files.add(resolve(path));
  }

  grantFolder(path: string): void {
    this.folders.add(resolve(path));
  }

  /** A granted file, or a direct child of a granted folder (no sub-folders, no `..`). */
  isWritable(path: string): boolean {
    const full = resolve(path);
    if (this.files.has(full)) return true;
    const cut = full.lastIndexOf(sep);
    return cut > 0 && this.folders.has(full.slice(0, cut));
  }
}
