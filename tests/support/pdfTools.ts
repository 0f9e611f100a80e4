/** Runs poppler's command-line tools on a PDF: its text, its fonts, and a picture of a page. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
  return lines
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type [type…] encoding emb sub uni object ID: "emb" is the fifth column from the end.
      return { name: columns[0]!, embedded: columns[columns.length - 5] === 'yes' };
    });
}

/** Page `page` of the PDF as a PNG at `dpi`. */
export function pdfPagePng(file: string, dir: string, page = 1, dpi = 40): Buffer {
  const prefix = join(dir, `page-${page}`);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    prefix,
  ]);
  return readFileSync(`${prefix}.png`);
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}
