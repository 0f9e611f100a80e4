import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  saveWindowState,
} from '../../../electron/main/window/windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const projector = { x: 1440, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  it('round-trips size, position and maximized state through its file', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'liaison-ws-')), 'window-state.json');
    await saveWindowState(file, { x: 40, y: 30, width: 1000, height: 700, maximized: true });
    expect(await loadWindowState(file)).toEqual({ x: 40, y: 30, width: 1000, height: 700, maximized: true });
  });

  it('falls back to the default for a missing or corrupt file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-ws-'));
    expect(await loadWindowState(join(dir, 'none.json'))).toEqual(DEFAULT_WINDOW_STATE);
    await writeFile(join(dir, 'bad.json'), '{"width": "huge"');
    expect(await loadWindowState(join(dir, 'bad.json'))).toEqual(DEFAULT_WINDOW_STATE);
    await writeFile(join(dir, 'tiny.json'), '{"width": 5, "height": 5, "maximized": false}');
    expect(await loadWindowState(join(dir, 'tiny.json'))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a position that is still on a connected display', () => {
    const onProjector = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(onProjector, [laptop, projector])).toEqual(onProjector);
  });

  it('drops a position left on a display that is gone, so the window opens centred', () => {
    const onProjector = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(onProjector, [laptop])).toEqual({ width: 1200, height: 800, maximized: false });
  });
});
