import { describe, expect, it } from 'vitest';
import { BackupScheduler, type LastBackup } from '../../../renderer/src/backup/BackupScheduler';

const MINUTE = 60_000;

function setUp(last?: LastBackup, interval = 15) {
  const state = {
    time: 0,
    position: last?.position ?? 0,
    interval,
    fail: null as Error | null,
    ready: true,
    backups: [] as number[],
  };
  let release: (() => void) | null = null;
  const holds = { next: false };
  const scheduler = new BackupScheduler(
    {
      now: () => state.time,
      position: () => Promise.resolve(state.position),
      intervalMinutes: () => state.interval,
      backup: async (position) => {
        if (holds.next) {
          holds.next = false;
          await new Promise<void>((resolve) => (release = resolve));
        }
        if (state.fail) throw state.fail;
        state.backups.push(position);
      },
      ready: () => state.ready,
    },
    last,
  );
  return { scheduler, state, holds, release: () => release?.() };
}

describe('BackupScheduler', () => {
  it('backs up once the interval has passed and the outbox moved, not before', async () => {
    const { scheduler, state } = setUp({ position: 3, at: 0 });
    state.position = 4;
    state.time = 14 * MINUTE;
    expect(await scheduler.tick()).toBe(false);
    state.time = 15 * MINUTE;
    expect(await scheduler.tick()).toBe(true);
    expect(state.backups).toEqual([4]);
  });

  it('does not back up an archive that has not changed since the last backup', async () => {
    const { scheduler, state } = setUp({ position: 3, at: 0 });
    state.time = 60 * MINUTE;
    expect(await scheduler.tick()).toBe(false);
    state.position = 5;
    expect(await scheduler.tick()).toBe(true);
    state.time = 120 * MINUTE;
    expect(await scheduler.tick()).toBe(false);
    expect(state.backups).toEqual([5]);
  });

  it('starts the interval again from each backup', async () => {
    const { scheduler, state } = setUp({ position: 0, at: 0 });
    state.position = 1;
    state.time = 20 * MINUTE;
    await scheduler.tick();
    state.position = 2;
    state.time = 34 * MINUTE;
    expect(await scheduler.tick()).toBe(false);
    state.time = 35 * MINUTE;
    expect(await scheduler.tick()).toBe(true);
    expect(state.backups).toEqual([1, 2]);
  });

  it('follows a changed interval setting at once', async () => {
    const { scheduler, state } = setUp({ position: 0, at: 0 });
    state.position = 1;
    state.time = 5 * MINUTE;
    expect(await scheduler.tick()).toBe(false);
    state.interval = 5;
    expect(await scheduler.tick()).toBe(true);
  });

  it('backs up at the first look when no backup exists yet', async () => {
    const { scheduler, state } = setUp();
    state.time = 1;
    expect(await scheduler.tick()).toBe(true);
    expect(state.backups).toEqual([0]);
  });

  it('on quit backs up whatever changed, whatever the interval, and nothing when nothing did', async () => {
    const { scheduler, state } = setUp({ position: 2, at: 0 });
    state.time = MINUTE;
    expect(await scheduler.flush()).toBe(false);
    state.position = 3;
    expect(await scheduler.flush()).toBe(true);
    expect(state.backups).toEqual([3]);
  });

  it('on quit waits for a running backup and then backs up a change made during it', async () => {
    const { scheduler, state, holds, release } = setUp({ position: 0, at: 0 });
    state.position = 1;
    state.time = 15 * MINUTE;
    holds.next = true;
    const ticking = scheduler.tick();
    await Promise.resolve();
    state.position = 2;
    const flushing = scheduler.flush();
    expect(await scheduler.tick()).toBe(false);
    await Promise.resolve();
    release();
    expect(await ticking).toBe(true);
    expect(await flushing).toBe(true);
    expect(state.backups).toEqual([1, 2]);
  });

  it('reports a failed backup and retries after the next interval, not at once', async () => {
    const { scheduler, state } = setUp({ position: 0, at: 0 });
    const seen: string[] = [];
    scheduler.subscribe((status) => seen.push(status.state));
    state.position = 1;
    state.time = 15 * MINUTE;
    state.fail = new Error('disk full');
    await expect(scheduler.tick()).rejects.toThrow('disk full');
    expect(scheduler.current).toEqual({ state: 'failed', lastAt: 0, message: 'disk full' });
    state.fail = null;
    state.time = 16 * MINUTE;
    expect(await scheduler.tick()).toBe(false);
    state.time = 30 * MINUTE;
    expect(await scheduler.tick()).toBe(true);
    expect(seen).toEqual(['running', 'failed', 'running', 'idle']);
    expect(scheduler.current).toEqual({ state: 'idle', lastAt: 30 * MINUTE });
  });

  it('waits while the archive is locked, without failing, and backs up at the first tick after unlock', async () => {
    const { scheduler, state } = setUp({ position: 3, at: 0 });
    state.position = 4;
    state.time = 20 * MINUTE;
    state.ready = false;
    expect(await scheduler.tick()).toBe(false);
    expect(scheduler.current.state).toBe('idle');
    state.ready = true;
    expect(await scheduler.tick()).toBe(true);
    expect(state.backups).toEqual([4]);
  });

  it('backs up an unchanged archive when forced (how backups are sealed changed)', async () => {
    const { scheduler, state } = setUp({ position: 3, at: 0 });
    expect(await scheduler.flush()).toBe(false);
    expect(await scheduler.flush(true)).toBe(true);
    expect(state.backups).toEqual([3]);
  });
});
