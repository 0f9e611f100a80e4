/**
 * The final backup on quit. When the window is about to close, main asks the renderer (which owns the
 * database) to write a last backup if anything changed since the previous one, and holds the close
 * until the renderer answers or a bounded wait runs out: a renderer that hangs must not keep the app
 * from quitting. Each window closes after at most one such wait.
 */
export interface QuitFlushOptions {
  /** Sends the `backup:flush` request to the renderer; false when there is no renderer to ask. */
  request(): boolean;
  /** How long to wait for the answer. */
  timeoutMs: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export type QuitFlushOutcome = 'flushed' | 'timed-out' | 'no-renderer';

export class QuitFlush {
  private pending: ((outcome: QuitFlushOutcome) => void) | null = null;
  private running: Promise<QuitFlushOutcome> | null = null;

  constructor(private readonly options: QuitFlushOptions) {}

  /** Asks for the final backup once; later calls share the same wait. */
  flush(): Promise<QuitFlushOutcome> {
    this.running ??= new Promise<QuitFlushOutcome>((resolve) => {
      const setTimer = this.options.setTimer ?? ((cb, ms) => setTimeout(cb, ms));
      const clearTimer = this.options.clearTimer ?? ((t) => clearTimeout(t as NodeJS.Timeout));
      const timer = setTimer(() => this.settle('timed-out'), this.options.timeoutMs);
      this.pending = (outcome) => {
        clearTimer(timer);
        resolve(outcome);
      };
      if (!this.options.request()) this.settle('no-renderer');
    });
    return this.running;
  }

  /** The renderer answered `backup:flush-done`. */
  done(): void {
    this.settle('flushed');
  }

  private settle(outcome: QuitFlushOutcome): void {
    const pending = this.pending;
    this.pending = null;
    pending?.(outcome);
  }
}
