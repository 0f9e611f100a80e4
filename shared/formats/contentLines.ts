/**
 * The line syntax iCalendar (RFC 5545) and vCard (RFC 6350) share: `NAME;PARAM=value:value` lines,
 * folded at 75 octets with CRLF and a leading space, and text values escaped with backslashes.
 */

const encoder = new TextEncoder();

/** Folds one logical line at 75 octets, never inside a UTF-8 sequence or a surrogate pair. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      // Continuation lines start with a space, which counts towards their 75 octets.
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Lines joined with CRLF, each folded, with the final CRLF the standards require. */
export function joinLines(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits on unescaped commas (multi-valued text such as CATEGORIES). */
export function splitEscaped(value: string, separator: ',' | ';'): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) {
      current += c + value[i + 1]!;
      i++;
    } else if (c === separator) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

export interface UnfoldedLine {
  text: string;
  /** 1-based line number in the file where this logical line starts. */
  line: number;
}

/** Undoes folding: a line starting with a space or tab continues the previous one. */
export function unfoldLines(text: string): UnfoldedLine[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const out: UnfoldedLine[] = [];
  physical.forEach((line, index) => {
    const last = out[out.length - 1];
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) last.text += line.slice(1);
    else if (line !== '') out.push({ text: line, line: index + 1 });
  });
  return out;
}

export interface ContentLine {
  /** Upper case, without a group prefix (`item1.EMAIL` → `EMAIL`). */
  name: string;
  /** Parameter names upper case; vCard 2.1's bare `TEL;WORK;VOICE` become TYPE values. */
  params: Map<string, string[]>;
  value: string;
  line: number;
}

/** Parses `NAME;PARAM=a,b;P2="x:y":value`; null for a line without a colon. */
export function parseContentLine({ text, line }: UnfoldedLine): ContentLine | null {
  let i = 0;
  let inQuotes = false;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ':' && !inQuotes) break;
  }
  if (i >= text.length) return null;
  const head = text.slice(0, i);
  const value = text.slice(i + 1);
  const segments = splitOutsideQuotes(head, ';');
  const rawName = segments.shift() ?? '';
  const name = rawName.slice(rawName.lastIndexOf('.') + 1).toUpperCase();
  const params = new Map<string, string[]>();
  for (const segment of segments) {
    const eq = segment.indexOf('=');
    const key = (eq < 0 ? 'TYPE' : segment.slice(0, eq)).toUpperCase();
    const raw = eq < 0 ? segment : segment.slice(eq + 1);
    const values = splitOutsideQuotes(raw, ',').map((v) => v.replace(/^"(.*)"$/, '$1'));
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return { name, params, value, line };
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const out: string[] = [];
  let current = '';
  let inQuotes = false;
  for (const c of text) {
    if (c === '"') inQuotes = !inQuotes;
    if (c === separator && !inQuotes) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

export function param(line: ContentLine, name: string): string | undefined {
  return line.params.get(name)?.[0];
}
