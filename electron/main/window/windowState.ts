/**
 * Remembers the main window's size, position and maximized state between runs. The saved position is
 * only reused when it still lands on a connected display; a laptop unplugged from its projector opens
 * the window centred instead of off-screen.
 */
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { parseJsonSafely } from '../../../shared/formats/archive/parseJsonSafely';
import { writeFileAtomic } from '../files/writeFileAtomic';

export const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(480).max(20000),
  height: z.number().int().min(360).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

/** How much of the title bar must be visible on some display for the position to be reused. */
const MIN_VISIBLE = 64;

export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = workAreas.some(
    (area) =>
      x + MIN_VISIBLE <= area.x + area.width &&
      x + state.width - MIN_VISIBLE >= area.x &&
      y >= area.y &&
      y + MIN_VISIBLE <= area.y + area.height,
  );
  if (visible) return state;
  const { x: _x, y: _y, ...rest } = state;
  return rest;
}

/** The file holds a few numbers; one far larger is not one Liaison wrote, and is not read. */
const MAX_FILE_BYTES = 4096;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The saved state, or the default for a missing, damaged or hostile file (which is left as it is). */
export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    if ((await stat(file)).size > MAX_FILE_BYTES) return DEFAULT_WINDOW_STATE;
    const text = utf8.decode(await readFile(file));
    const value = parseJsonSafely(text, file, { maxDepth: 2, maxStringLength: 64 });
    const parsed = WindowStateSchema.safeParse(value);
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(state));
}
