import { describe, expect, it } from 'vitest';
import { QuitFlush } from '../../../electron/main/backup/QuitFlush';

function manualTimers() {
  const timers = new Map<number, () => void>();
  let next = 0;
  return {
    setTimer: (callback: () => void) => {
      timers.set(++next, callback);
      return next;
    },
    clearTimer: (id: unknown) => void timers.delete(id as number),
    fire: () => [...timers.values()].forEach((callback) => callback()),
    pending: () => timers.size,
  };
}

describe('QuitFlush', () => {
  it('asks the renderer once and resolves when it answers', async () => {
    const timers = manualTimers();
    let asked = 0;
    const flush = new QuitFlush({ timeoutMs: 1000, request: () => (asked++, true), ...timers });
    const first = flush.flush();
    const second = flush.flush();
    flush.done();
    expect(await first).toBe('flushed');
    expect(await second).toBe('flushed');
    expect(asked).toBe(1);
    expect(timers.pending()).toBe(0);
  });

  it('gives up after the bounded wait when the renderer never answers', async () => {
    const timers = manualTimers();
    const flush = new QuitFlush({ timeoutMs: 1000, request: () => true, ...timers });
    const outcome = flush.flush();
    timers.fire();
    expect(await outcome).toBe('timed-out');
  });

  it('does not wait when there is no renderer to ask', async () => {
    const timers = manualTimers();
    const flush = new QuitFlush({ timeoutMs: 1000, request: () => false, ...timers });
    expect(await flush.flush()).toBe('no-renderer');
    expect(timers.pending()).toBe(0);
  });
});
