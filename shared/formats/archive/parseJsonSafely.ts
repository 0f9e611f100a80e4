/**
 * A JSON parser for files from outside that enforces limits while it reads, and says where a problem is
 * as a path (`[12].minutes`) rather than a character offset. JSON.parse cannot: it builds the whole value
 * first (a 100 MB string, a million levels of nesting), accepts duplicate keys, and hands `__proto__`
 * keys to whatever later spreads or merges the object.
 *
 * Nesting is bounded by `maxDepth`, so the recursion is too.
 */
import { fail, formatCount, formatPath } from './archiveIssue';
import { FORBIDDEN_KEYS } from './archiveLimits';

export interface JsonLimits {
  maxDepth: number;
  maxStringLength: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseJsonSafely(text: string, file: string, limits: JsonLimits): unknown {
  let i = 0;
  const path: Array<string | number> = [];
  const where = () => formatPath(path);

  const syntax = (expected: string): never => {
    const before = text.slice(0, i);
    const line = before.split('\n').length;
    const column = i - before.lastIndexOf('\n');
    const found = i < text.length ? JSON.stringify(text[i]) : 'the end of the file';
    return fail(
      file,
      where(),
      'invalidJson',
      `not valid JSON: expected ${expected} at line ${line}, column ${column}, found ${found}`,
      { line, column },
    );
  };

  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };

  const tooLong = (): never =>
    fail(file, where(), 'stringTooLong', `longer than ${formatCount(limits.maxStringLength)} characters`, {
      limit: limits.maxStringLength,
    });

  const parseString = (): string => {
    const start = ++i;
    let escaped = false;
    for (;;) {
      if (i >= text.length) syntax('a closing quote');
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c === 0x5c) {
        escaped = true;
        i += 2;
        continue;
      }
      if (c < 0x20) syntax('no control character in a string');
      i++;
      // Stop reading a huge string early: without escapes its raw length is its length, and an escape
      // (at most 6 characters, `\uXXXX`) decodes to at least one character.
      if (i - start > limits.maxStringLength * (escaped ? 6 : 1)) tooLong();
    }
    const raw = text.slice(start, i);
    i++;
    let value: string;
    if (escaped) {
      try {
        value = JSON.parse(`"${raw}"`) as string;
      } catch {
        i = start;
        return syntax('a valid escape sequence');
      }
    } else value = raw;
    if (value.length > limits.maxStringLength) tooLong();
    return value;
  };

  const parseValue = (depth: number): Json => {
    skipSpace();
    const c = text[i];
    if (c === '{' || c === '[') {
      if (depth >= limits.maxDepth)
        fail(file, where(), 'tooDeep', `nested deeper than ${limits.maxDepth} levels`, {
          limit: limits.maxDepth,
        });
      return c === '{' ? parseObject(depth + 1) : parseArray(depth + 1);
    }
    if (c === '"') return parseString();
    if (text.startsWith('true', i)) return ((i += 4), true);
    if (text.startsWith('false', i)) return ((i += 5), false);
    if (text.startsWith('null', i)) return ((i += 4), null);
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) return syntax('a value');
    i += match[0].length;
    return Number(match[0]);
  };

  const parseArray = (depth: number): Json[] => {
    i++;
    const out: Json[] = [];
    skipSpace();
    if (text[i] === ']') return (i++, out);
    for (;;) {
      path.push(out.length);
      out.push(parseValue(depth));
      path.pop();
      skipSpace();
      if (text[i] === ',') i++;
      else if (text[i] === ']') return (i++, out);
      else return syntax('"," or "]"');
    }
  };

  const parseObject = (depth: number): { [key: string]: Json } => {
    i++;
    const out: { [key: string]: Json } = {};
    skipSpace();
    if (text[i] === '}') return (i++, out);
    for (;;) {
      skipSpace();
      if (text[i] !== '"') syntax('a property name in double quotes');
      const key = parseString();
      path.push(key);
      if (FORBIDDEN_KEYS.has(key))
        fail(file, where(), 'forbiddenKey', `the key "${key}" is not allowed`, { key });
      if (Object.hasOwn(out, key))
        fail(file, where(), 'duplicateKey', 'appears twice in its object', { key });
      skipSpace();
      if (text[i] !== ':') syntax('":"');
      i++;
      out[key] = parseValue(depth);
      path.pop();
      skipSpace();
      if (text[i] === ',') i++;
      else if (text[i] === '}') return (i++, out);
      else return syntax('"," or "}"');
    }
  };

  const value = parseValue(0);
  skipSpace();
  if (i < text.length) syntax('the end of the file');
  return value;
}
