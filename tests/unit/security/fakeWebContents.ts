/**
 * A stand-in for Electron's WebContents, enough for the hardening and the policy check: events, the
 * window-open handler, (undocumented) getLastWebPreferences, and close/stop that record what happened.
 */
import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';

let nextId = 1;

export interface FakeContentsOptions {
  /** What getLastWebPreferences answers; null until the renderer would have started. */
  lastPreferences?: Record<string, unknown> | null;
  type?: string;
}

export function fakeWebContents(options: FakeContentsOptions = {}) {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const state = { closed: false, stopped: 0, lastPreferences: options.lastPreferences ?? null };
  const contents = Object.assign(emitter, {
    id: nextId++,
    getType: () => options.type ?? 'window',
    getLastWebPreferences: () => state.lastPreferences,
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
    isDestroyed: () => state.closed,
    stop: () => {
      state.stopped++;
    },
    close: () => {
      state.closed = true;
    },
  });
  return {
    contents: contents as unknown as WebContents,
    emitter,
    state,
    open: (url: string) => openHandler?.({ url }),
    hasOpenHandler: () => openHandler !== undefined,
    /** Emits a cancelable event and tells whether a listener cancelled it. */
    emitCancelable(event: string, ...args: unknown[]): boolean {
      let prevented = false;
      emitter.emit(event, { preventDefault: () => (prevented = true) }, ...args);
      return prevented;
    },
  };
}

/** Lets the `setImmediate` in which a refused webContents is closed run. */
export const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));
