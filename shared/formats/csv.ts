/**
 * CSV in the dialect Excel reads without asking: UTF-8 with a byte-order mark (without it Excel decodes
 * as the local ANSI code page and Khmer, Thai or Chinese names turn to mojibake), comma-separated, CRLF,
 * fields quoted when they need it (RFC 4180).
 *
 * Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a CR) get a
 * leading apostrophe, as OWASP advises against CSV injection: a name such as `=HYPERLINK(...)` typed by
 * someone else must stay text on a colleague's laptop.
 */

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

/**
 * The cell as a spreadsheet must show it: text, never a formula. A cell that already looks escaped (an
 * apostrophe before a formula character) gets one more, so unescapeFormula gives it back as it was.
 */
export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) || ESCAPED_FORMULA.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  // Semicolons and tabs are quoted too: a reader that guesses the delimiter must not take them for one.
  return /[",;\t\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export type CsvCell = string | number | boolean | null;

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return escapeFormula(cell);
  // Numbers are written as numbers: a negative one is a value, not a formula.
  return String(cell);
}

/** A whole CSV file, BOM first, one CRLF-terminated line per row. */
export function writeCsv(rows: ReadonlyArray<readonly CsvCell[]>): string {
  return BOM + rows.map((row) => row.map((cell) => quote(cellText(cell))).join(',')).join('\r\n') + '\r\n';
}

export interface CsvParseResult {
  rows: string[][];
  /**
   * For each of `rows`, the 1-based line of the file it starts on, as a text editor numbers lines. Empty
   * lines are not in `rows` but are counted here, so a message about a row can name the line the user
   * finds it on.
   */
  lines: number[];
  delimiter: string;
}

export class CsvParseError extends Error {
  constructor(
    readonly code: 'unterminatedQuote' | 'tooManyRows' | 'tooManyColumns',
    readonly line: number,
  ) {
    super(`line ${line}: ${code}`);
    this.name = 'CsvParseError';
  }
}

export interface CsvLimits {
  maxRows: number;
  maxColumns: number;
}

const DEFAULT_LIMITS: CsvLimits = { maxRows: 100_000, maxColumns: 200 };

/**
 * The delimiter of a file from elsewhere: Excel in many European locales writes semicolons, and some
 * tools write tabs. The one that occurs most in the first record (outside quotes) wins.
 */
function detectDelimiter(text: string): string {
  // The first record, not the first line: a quoted cell may hold line breaks (and tabs or semicolons).
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [candidate, count] of counts) if (count > bestCount) [best, bestCount] = [candidate, count];
  return best;
}

/**
 * Parses CSV text (RFC 4180 quoting, CRLF, LF or CR, a leading BOM ignored). Empty lines are dropped but
 * counted, so each row keeps the number of its line. An unterminated quote is an error rather than a
 * silently swallowed rest of the file.
 *
 * A record whose quoted cell holds line breaks spans several lines; it is numbered by its first line,
 * where the record and its first cells are, and so are errors about it. The lines after it are numbered
 * as the editor shows them, line breaks inside quotes included.
 */
export function parseCsv(input: string, limits: CsvLimits = DEFAULT_LIMITS): CsvParseResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  let inQuotes = false;
  const endRow = () => {
    row.push(cell);
    cell = '';
    if (row.length > limits.maxColumns) throw new CsvParseError('tooManyColumns', rowLine);
    if (row.some((c) => c !== '')) {
      if (rows.length >= limits.maxRows) throw new CsvParseError('tooManyRows', rowLine);
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        // CRLF counts once, at its LF; a lone CR is a line break too, as it is outside quotes.
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') {
      inQuotes = true;
      quoteLine = line;
    } else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += c;
    }
  }
  if (inQuotes) throw new CsvParseError('unterminatedQuote', quoteLine);
  if (cell !== '' || row.length > 0) endRow();
  return { rows, lines, delimiter };
}

/** Undoes `escapeFormula` on a cell read back from one of our own files. */
export function unescapeFormula(cell: string): string {
  const rest = cell.slice(1);
  return cell.startsWith("'") && (FORMULA_START.test(rest) || ESCAPED_FORMULA.test(rest)) ? rest : cell;
}
