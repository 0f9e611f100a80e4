/**
 * A size-capped log file with numbered backups: `liaison.log`, then `liaison.log.1` (the newest full
 * file) up to `liaison.log.<maxFiles - 1>`. When a line would push the current file past `maxBytes`,
 * every file moves up one number and the oldest is dropped, so the folder never holds more than
 * `maxFiles` files of at most `maxBytes` each.
 *
 * Writes are synchronous on purpose: main logs a few lines an hour, and a synchronous append keeps lines
 * in order and on disk even when the process is killed right after (the lines we most want to keep).
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface RotatingLogOptions {
  dir: string;
  fileName?: string;
  /** Largest size of one file; 1 MiB by default. */
  maxBytes?: number;
  /** Files kept, the current one included; 5 by default. */
  maxFiles?: number;
}

export const DEFAULT_LOG_FILE = 'liaison.log';
export const DEFAULT_LOG_MAX_BYTES = 1024 * 1024;
export const DEFAULT_LOG_MAX_FILES = 5;

export class RotatingLog {
  readonly path: string;
  private readonly maxBytes: number;
  private readonly maxFiles: number;
  private size: number | undefined;

  constructor(private readonly options: RotatingLogOptions) {
    this.path = join(options.dir, options.fileName ?? DEFAULT_LOG_FILE);
    this.maxBytes = options.maxBytes ?? DEFAULT_LOG_MAX_BYTES;
    this.maxFiles = Math.max(1, options.maxFiles ?? DEFAULT_LOG_MAX_FILES);
  }

  /** Appends one line (a newline is added). A line longer than a whole file is cut to fit. */
  write(line: string): void {
    let bytes = Buffer.from(`${line.replace(/[\r\n]+/g, ' ')}\n`, 'utf8');
    if (bytes.length > this.maxBytes) {
      bytes = Buffer.concat([bytes.subarray(0, this.maxBytes - 1), Buffer.from('\n')]);
    }
    const size = this.currentSize();
    if (size > 0 && size + bytes.length > this.maxBytes) this.rotate();
    appendFileSync(this.path, bytes, { mode: 0o600 });
    this.size = (this.size ?? 0) + bytes.length;
  }

  /** The numbered name of a backup: 0 is the current file. */
  fileAt(index: number): string {
    return index === 0 ? this.path : `${this.path}.${index}`;
  }

  private currentSize(): number {
    if (this.size === undefined) {
      mkdirSync(this.options.dir, { recursive: true, mode: 0o700 });
      try {
        this.size = statSync(this.path).size;
      } catch {
        this.size = 0;
      }
    }
    return this.size;
  }

  private rotate(): void {
    rmSync(this.fileAt(this.maxFiles - 1), { force: true });
    for (let index = this.maxFiles - 2; index >= 0; index--) {
      try {
        renameSync(this.fileAt(index), this.fileAt(index + 1));
      } catch {
        // A missing backup (a gap, or none yet) is fine.
      }
    }
    this.size = 0;
  }
}
