/**
 * Small random damage to a file: bytes flipped, set, removed, inserted, or the file cut short, at
 * positions given as fractions so the same arbitrary fits files of any length.
 */
import fc from 'fast-check';

type Edit =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'truncate'; at: number };

const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at, value: fc.constantFrom(0, 0x22, 0x5c, 0x7b, 0xff) }),
  fc.record({ kind: fc.constant('delete' as const), at, count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at,
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at }),
);

export const edits = fc.array(edit, { minLength: 1, maxLength: 4 });
export type Edits = Edit[];

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function mutateBytes(input: Uint8Array, list: Edits): Uint8Array {
  let bytes: Uint8Array = input.slice();
  for (const e of list) {
    const i = Math.floor(e.at * bytes.length);
    if (e.kind === 'flip' && bytes.length > 0) bytes[i] = bytes[i]! ^ (1 << e.bit);
    else if (e.kind === 'set' && bytes.length > 0) bytes[i] = e.value;
    else if (e.kind === 'delete') bytes = concat(bytes.subarray(0, i), bytes.subarray(i + e.count));
    else if (e.kind === 'insert') bytes = concat(bytes.subarray(0, i), e.bytes, bytes.subarray(i));
    else if (e.kind === 'truncate') bytes = bytes.slice(0, i);
  }
  return bytes;
}

/** The same edits on text, as UTF-8 bytes (so they can also break the encoding). */
export function mutateText(text: string, list: Edits): Uint8Array {
  return mutateBytes(new TextEncoder().encode(text), list);
}
