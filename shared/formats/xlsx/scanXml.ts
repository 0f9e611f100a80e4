/**
 * One linear pass over an XML part of a workbook before ExcelJS parses it. ExcelJS's parser keeps a
 * frame per open element, so depth is bounded here first; a DOCTYPE (which the Open Packaging
 * Conventions forbid, and which is how entity bombs are declared) is refused; each element is shown to
 * `visit` (the reader checks cell references with it); and the elements named in `strip` are cut out
 * whole, for parts of the workbook ExcelJS would otherwise expand cell by cell.
 *
 * It is not a validating parser: what it lets through, ExcelJS's parser still judges.
 */
import { formatCount } from '../archive/archiveIssue';
import { XlsxFileError } from './XlsxFileError';

export interface XmlElement {
  /** The qualified name as written (`c`, `x:c`). */
  name: string;
  /** The text of the start tag after its name, attributes unparsed. */
  attributes: string;
  /** 1 for the root element. */
  depth: number;
}

export interface XmlScanOptions {
  maxDepth: number;
  visit?: (element: XmlElement) => void;
  /** Names of elements to remove, content and all. */
  strip?: ReadonlySet<string>;
}

/** The part's text, with the elements in `strip` removed; throws an XlsxFileError for what it refuses. */
export function scanXml(text: string, entry: string, options: XmlScanOptions): string {
  const bad = (reason: string, at: number): never => {
    throw new XlsxFileError('badXml', `${entry}: ${reason} (at character ${formatCount(at)})`, {
      entry,
      reason,
    });
  };
  const skipPast = (end: string, from: number, what: string): number => {
    const at = text.indexOf(end, from);
    return at < 0 ? bad(`${what} is never closed`, from) : at + end.length;
  };

  const cuts: Array<[number, number]> = [];
  /** The depth at which a stripped element opened, and where, while inside it. */
  let stripping: { depth: number; start: number } | null = null;
  let depth = 0;
  let i = text.indexOf('<');
  while (i >= 0) {
    const next = text.charCodeAt(i + 1);
    if (text.startsWith('<!--', i)) i = skipPast('-->', i + 4, 'a comment');
    else if (text.startsWith('<![CDATA[', i)) i = skipPast(']]>', i + 9, 'a CDATA section');
    else if (next === 0x3f /* ? */) i = skipPast('?>', i + 2, 'a processing instruction');
    else if (next === 0x21 /* ! */) bad('a DOCTYPE or other declaration is not allowed in a workbook', i);
    else if (next === 0x2f /* / */) {
      const end = skipPast('>', i + 2, 'an end tag');
      if (depth === 0) bad('an end tag closes no element', i);
      if (stripping && stripping.depth === depth) {
        cuts.push([stripping.start, end]);
        stripping = null;
      }
      depth--;
      i = end;
    } else {
      const start = i;
      const end = endOfTag(text, i + 1);
      if (end < 0) bad('a tag is never closed', i);
      const selfClosing = text.charCodeAt(end - 1) === 0x2f;
      const inner = text.slice(i + 1, selfClosing ? end - 1 : end);
      const nameEnd = inner.search(/[\s/>]|$/);
      const element = { name: inner.slice(0, nameEnd), attributes: inner.slice(nameEnd), depth: depth + 1 };
      if (element.name === '') bad('a "<" starts no tag', i);
      if (element.depth > options.maxDepth)
        throw new XlsxFileError(
          'tooDeep',
          `${entry}: nested deeper than ${options.maxDepth} levels (at character ${formatCount(i)})`,
          { entry, limit: options.maxDepth },
        );
      options.visit?.(element);
      const strip = !stripping && options.strip?.has(element.name);
      if (selfClosing) {
        if (strip) cuts.push([start, end + 1]);
      } else {
        depth++;
        if (strip) stripping = { depth, start };
      }
      i = end + 1;
    }
    i = text.indexOf('<', i);
  }
  if (depth > 0) bad('the part ends before all its elements are closed', text.length);
  if (cuts.length === 0) return text;
  let out = '';
  let from = 0;
  for (const [start, end] of cuts) {
    out += text.slice(from, start);
    from = end;
  }
  return out + text.slice(from);
}

/** The index of the `>` that ends the tag whose name starts at `from`, or -1; quoted values may hold `>`. */
function endOfTag(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
    else if (c === 0x3c) return -1;
  }
  return -1;
}
