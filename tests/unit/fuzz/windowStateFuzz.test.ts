/**
 * Fuzzing the window-state reader (electron/main/window/windowState.ts), the first file main reads at
 * start: saved states read back exactly; any bytes in the file give a valid state (the saved one as
 * JSON.parse would read it, or the default), never an exception that would stop main from opening its
 * window, never a polluted prototype, and the file is left as it was.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  saveWindowState,
  WindowStateSchema,
  type WindowState,
} from '../../../electron/main/window/windowState';
import { edits, mutateText } from './mutations';
import { fuzzTimeout, reliabilityLog } from './reliabilityLog';
import { leniently, prototypeUntouched, userDataDir, withPrototypeKey } from './userDataFiles';

const { fuzz } = reliabilityLog(import.meta.url, 'Hostile input', 'Window state file (userData)');
const file = join(userDataDir('window'), 'window-state.json');

const position = fc.option(fc.integer({ min: -100_000, max: 100_000 }), { nil: undefined });
const state: fc.Arbitrary<WindowState> = fc
  .record({
    x: position,
    y: position,
    width: fc.integer({ min: 480, max: 20_000 }),
    height: fc.integer({ min: 360, max: 20_000 }),
    maximized: fc.boolean(),
  })
  .map(({ x, y, ...rest }) => ({
    ...(x === undefined ? {} : { x }),
    ...(y === undefined ? {} : { y }),
    ...rest,
  }));

/** Damaged text, random bytes, or a state with a prototype key somewhere. */
const hostile = fc.oneof(
  fc.tuple(state, edits).map(([s, damage]) => mutateText(JSON.stringify(s), damage)),
  fc.uint8Array({ maxLength: 200 }),
  state.chain((s) => withPrototypeKey(s)).map((text) => new TextEncoder().encode(text)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => new TextEncoder().encode(JSON.stringify(v))),
);

describe('the window-state file under fuzzing', { timeout: fuzzTimeout(5) }, () => {
  fuzz('window states saved are read back exactly', () =>
    fc.asyncProperty(state, async (saved) => {
      await saveWindowState(file, saved);
      expect(await loadWindowState(file)).toEqual(saved);
    }),
  );

  fuzz('any bytes give the state JSON.parse would read or the default, and the file is left as it is', () =>
    fc.asyncProperty(hostile, async (bytes) => {
      await writeFile(file, bytes);
      const loaded = await loadWindowState(file);
      expect(WindowStateSchema.safeParse(loaded).success).toBe(true);
      const text = new TextDecoder().decode(bytes);
      if (JSON.stringify(loaded) !== JSON.stringify(DEFAULT_WINDOW_STATE))
        expect(loaded).toEqual(leniently(text, WindowStateSchema));
      expect(Object.getPrototypeOf(loaded)).toBe(Object.prototype);
      expect(prototypeUntouched()).toBe(true);
      expect(Buffer.from(await readFile(file)).equals(Buffer.from(bytes))).toBe(true);
    }),
  );
});
