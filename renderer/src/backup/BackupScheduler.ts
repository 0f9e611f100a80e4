/**
 * When automatic backups run: once the interval has passed since the last one, but only if the archive
 * changed since (its outbox position moved), and once more when the window closes. A backup of an
 * unchanged archive would only push an older, different one out of the kept set. One backup runs at a
 * time. Time and storage are injected, so the rules are tested without timers or a database.
 */
export interface BackupSchedulerDeps {
  now(): number;
  /** Where the outbox is now: it moves with every change, local or merged. */
  position(): Promise<number>;
  /** Minutes between backups (the setting, read each time so a change applies at once). */
  intervalMinutes(): number;
  /** Produces and stores a backup of the archive as it is at `position`. */
  backup(position: number): Promise<void>;
  /**
   * False while a backup cannot be made (the archive is locked: its key is needed to read it and to seal
   * the backup). A due backup then waits for the first tick after unlock instead of failing.
   */
  ready?(): boolean;
}

export type BackupStatus =
  | { state: 'idle'; lastAt: number | null }
  | { state: 'running'; lastAt: number | null }
  | { state: 'failed'; lastAt: number | null; message: string };

export interface LastBackup {
  /** The outbox position the last backup included, or null when there is none. */
  position: number | null;
  /** When it was written. */
  at: number | null;
}

export class BackupScheduler {
  private last: LastBackup;
  private running: Promise<boolean> | null = null;
  private status: BackupStatus;
  private readonly listeners = new Set<(status: BackupStatus) => void>();

  constructor(
    private readonly deps: BackupSchedulerDeps,
    last: LastBackup = { position: null, at: null },
  ) {
    this.last = last;
    this.status = { state: 'idle', lastAt: last.at };
  }

  get current(): BackupStatus {
    return this.status;
  }

  subscribe(listener: (status: BackupStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called by a timer: backs up if the interval has passed and something changed. */
  async tick(): Promise<boolean> {
    if (this.running || this.deps.ready?.() === false) return false;
    const due =
      this.last.at === null || this.deps.now() - this.last.at >= this.deps.intervalMinutes() * 60_000;
    return due ? this.runIfChanged() : false;
  }

  /**
   * On quit or on demand: backs up now if anything changed since the last backup. `force` backs up even
   * if nothing did: how backups are sealed changed (encryption was turned on, or its passphrase changed),
   * and the newest backup should be sealed the new way.
   */
  async flush(force = false): Promise<boolean> {
    // A backup already running may have started before the latest change: wait, then look again.
    if (this.running) await this.running.catch(() => false);
    return this.runIfChanged(force);
  }

  private runIfChanged(force = false): Promise<boolean> {
    this.running ??= this.runOnce(force).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runOnce(force: boolean): Promise<boolean> {
    const position = await this.deps.position();
    if (!force && position === this.last.position) return false;
    this.set({ state: 'running', lastAt: this.last.at });
    try {
      await this.deps.backup(position);
    } catch (error) {
      // The interval starts again, so a failing backup is retried at the next one, not in a tight loop.
      this.last = { ...this.last, at: this.deps.now() };
      this.set({ state: 'failed', lastAt: this.status.lastAt, message: messageOf(error) });
      throw error;
    }
    this.last = { position, at: this.deps.now() };
    this.set({ state: 'idle', lastAt: this.last.at });
    return true;
  }

  private set(status: BackupStatus): void {
    this.status = status;
    this.listeners.forEach((listener) => listener(status));
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
