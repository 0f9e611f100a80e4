/**
 * Helpers for fuzzing the main process's readers of files in userData: a temp folder per test file,
 * JSON with prototype keys where JSON.parse makes them (as own keys), and what JSON.parse and a schema
 * make of a file, the most a careful reader may accept.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll } from 'vitest';
import type { z } from 'zod';

const made: string[] = [];
// Memory is not a place to leave folders behind: each test file removes its own when it ends.
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A folder of its own, in memory where the system has one: a thousand runs of fsync on a disk take long. */
export function userDataDir(name: string): string {
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const dir = mkdtempSync(join(base, `liaison-fuzz-${name}-`));
  made.push(dir);
  return dir;
}

/**
 * `value` as JSON text with a `__proto__`, `constructor` or `prototype` key added to one of its objects
 * (the root, when it has no other), at any place among that object's keys.
 */
export const withPrototypeKey = (value: unknown) =>
  fc
    .tuple(
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
      fc.nat(),
      fc.nat(),
      fc.jsonValue({ maxDepth: 1 }),
    )
    .map(([key, pick, place, inner]) => {
      let objects = 0;
      const count = (v: unknown): void => {
        if (v && typeof v === 'object') {
          if (!Array.isArray(v)) objects++;
          Object.values(v).forEach(count);
        }
      };
      count(value);
      const chosen = pick % Math.max(1, objects);
      let seen = 0;
      const write = (v: unknown): string => {
        if (Array.isArray(v)) return `[${v.map(write).join(',')}]`;
        if (!v || typeof v !== 'object') return JSON.stringify(v);
        const index = seen++;
        const parts = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${write(x)}`);
        if (index === chosen)
          parts.splice(place % (parts.length + 1), 0, `${JSON.stringify(key)}:${JSON.stringify(inner)}`);
        return `{${parts.join(',')}}`;
      };
      return write(value);
    });

/** What JSON.parse and `schema` make of the text, or null when either refuses it. */
export function leniently<T>(text: string, schema: z.ZodType<T>): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Nothing any test wrote has reached Object.prototype. */
export function prototypeUntouched(): boolean {
  const probe = {} as Record<string, unknown>;
  return ['polluted', 'x', 'width', 'targets', 'passwords', 'storage', 'secret'].every((k) => !(k in probe));
}
