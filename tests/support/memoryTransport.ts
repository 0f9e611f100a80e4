/**
 * A sync target in memory for engine tests, with the faults a real one has: a write that fails after a
 * number of writes (a dropped connection), and files a test can cut short or alter as a person or a
 * half-finished copy would. The real folder and WebDAV targets have their own tests.
 */
import { SyncTargetError, type SyncTransport } from '../../shared/sync/SyncTransport';

export class MemoryTransport implements SyncTransport {
  readonly files = new Map<string, Uint8Array>();
  /** Writes left before every further write fails (undefined: never fails). */
  writesLeft: number | undefined;
  /** Reads left before every further read fails. */
  readsLeft: number | undefined;
  writes = 0;

  async read(path: string): Promise<Uint8Array | null> {
    if (this.readsLeft !== undefined && this.readsLeft-- <= 0)
      throw new SyncTargetError('unreachable', 'The connection dropped.');
    const bytes = this.files.get(path);
    return bytes ? bytes.slice() : null;
  }

  async write(path: string, data: Uint8Array): Promise<void> {
    if (this.writesLeft !== undefined && this.writesLeft-- <= 0)
      throw new SyncTargetError('server', 'The server failed (503).');
    this.writes++;
    this.files.set(path, data.slice());
  }

  async list(folder: string): Promise<string[]> {
    const prefix = `${folder}/`;
    const names = new Set<string>();
    for (const path of this.files.keys())
      if (path.startsWith(prefix)) names.add(path.slice(prefix.length).split('/')[0]!);
    return [...names].sort();
  }

  /** The paths of files under a folder. */
  paths(prefix: string): string[] {
    return [...this.files.keys()].filter((path) => path.startsWith(prefix)).sort();
  }

  heal(): void {
    this.writesLeft = undefined;
    this.readsLeft = undefined;
  }
}
