import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger, formatLogLine } from '../../../electron/main/logging/Logger';
import { RotatingLog } from '../../../electron/main/logging/RotatingLog';

async function logDir() {
  return join(await mkdtemp(join(tmpdir(), 'liaison-log-')), 'logs');
}

describe('the rotating log', () => {
  it('writes userData/logs/liaison.log, creating the folder', async () => {
    const dir = await logDir();
    const log = new RotatingLog({ dir });
    log.write('first');
    log.write('second');
    expect(log.path).toBe(join(dir, 'liaison.log'));
    expect(await readFile(log.path, 'utf8')).toBe('first\nsecond\n');
  });

  it('defaults to files of 1 MiB, five kept', async () => {
    const dir = await logDir();
    const log = new RotatingLog({ dir });
    const line = 'x'.repeat(1023); // 1 KiB with its newline
    for (let i = 0; i < 1024 * 5 + 10; i++) log.write(line);
    const files = (await readdir(dir)).sort();
    expect(files).toEqual([
      'liaison.log',
      'liaison.log.1',
      'liaison.log.2',
      'liaison.log.3',
      'liaison.log.4',
    ]);
    for (const file of files) expect((await stat(join(dir, file))).size).toBeLessThanOrEqual(1024 * 1024);
    expect((await stat(join(dir, 'liaison.log.1'))).size).toBe(1024 * 1024);
  });

  it('moves each file up one number when the current one is full and drops the oldest', async () => {
    const dir = await logDir();
    const log = new RotatingLog({ dir, maxBytes: 20, maxFiles: 3 });
    for (const line of [
      'aaaaaaaaa',
      'bbbbbbbbb',
      'ccccccccc',
      'ddddddddd',
      'eeeeeeeee',
      'fffffffff',
      'ggg',
    ]) {
      log.write(line);
    }
    expect((await readdir(dir)).sort()).toEqual(['liaison.log', 'liaison.log.1', 'liaison.log.2']);
    expect(await readFile(join(dir, 'liaison.log'), 'utf8')).toBe('ggg\n');
    expect(await readFile(join(dir, 'liaison.log.1'), 'utf8')).toBe('eeeeeeeee\nfffffffff\n');
    expect(await readFile(join(dir, 'liaison.log.2'), 'utf8')).toBe('ccccccccc\nddddddddd\n');
  });

  it('counts what an earlier run left in the file', async () => {
    const dir = await logDir();
    new RotatingLog({ dir }).write('x'.repeat(15));
    const again = new RotatingLog({ dir, maxBytes: 20, maxFiles: 2 });
    again.write('yyyy');
    expect(await readFile(join(dir, 'liaison.log.1'), 'utf8')).toBe(`${'x'.repeat(15)}\n`);
    expect(await readFile(join(dir, 'liaison.log'), 'utf8')).toBe('yyyy\n');
  });

  it('keeps one event on one line and cuts a line longer than a whole file', async () => {
    const dir = await logDir();
    const log = new RotatingLog({ dir, maxBytes: 16, maxFiles: 2 });
    log.write('one\ntwo');
    log.write('z'.repeat(100));
    expect(await readFile(join(dir, 'liaison.log.1'), 'utf8')).toBe('one two\n');
    expect(await readFile(join(dir, 'liaison.log'), 'utf8')).toBe(`${'z'.repeat(15)}\n`);
  });
});

describe('the logger', () => {
  it('writes time, level, event and details as JSON on one line', () => {
    const line = formatLogLine('warn', 'ipc.bad-request', { channel: 'app:info' }, new Date(0));
    expect(line).toBe('1970-01-01T00:00:00.000Z WARN ipc.bad-request {"channel":"app:info"}');
  });

  it('never throws, even when the disk refuses the write', async () => {
    const dir = await logDir();
    await writeFile(dir, 'a file where the logs folder should be');
    const log = createLogger(new RotatingLog({ dir }));
    expect(() => log.error('app.start-failed', { code: 'x' })).not.toThrow();
  });
});
