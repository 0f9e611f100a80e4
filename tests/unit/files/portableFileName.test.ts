import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_NAME_BYTES,
  fileNameProblem,
  numberedFileName,
  portableFileName,
  uniqueFileNames,
} from '../../../shared/files/portableFileName';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const graphemes = (text: string) =>
  [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

describe('portable file names', () => {
  it('replace what Windows refuses and collapse the spaces left behind', () => {
    expect(portableFileName('Minutes - Meeting: A/B? "x" <y> | z*\\w', 'pdf')).toBe(
      'Minutes - Meeting A B x y z w.pdf',
    );
    expect(portableFileName('Line one\nline two\ttab\u0000', 'pdf')).toBe('Line one line two tab.pdf');
  });

  it('drop the direction overrides that can make a name display as another', () => {
    expect(portableFileName('invoice\u202Efdp.exe', 'pdf')).toBe('invoicefdp.exe.pdf');
    expect(portableFileName('\u2067report\u2069\u200F', 'pdf')).toBe('report.pdf');
  });

  it('drop leading dots and trailing dots and spaces, which hide or vanish', () => {
    expect(portableFileName('Report. . ', 'pdf')).toBe('Report.pdf');
    expect(portableFileName('..hidden', 'pdf')).toBe('hidden.pdf');
  });

  it('keep Windows device names from opening a device', () => {
    expect(portableFileName('CON', 'pdf')).toBe('CON_.pdf');
    expect(portableFileName('nul.txt', 'pdf')).toBe('nul_.txt.pdf');
    expect(portableFileName('com1 ', 'pdf')).toBe('com1_.pdf');
    expect(portableFileName('LPT¹', 'pdf')).toBe('LPT¹_.pdf');
    expect(portableFileName('Console', 'pdf')).toBe('Console.pdf');
  });

  it('keep every script readable, zero-width non-joiners included', () => {
    const title = '会谈纪要 - ວິທະຍາໄລ - ព្រែកលៀប - จามจุรี - جامعة - می\u200Cخواهم';
    expect(portableFileName(title, 'pdf')).toBe(`${title}.pdf`);
  });

  it('compose decomposed letters, as macOS may hand them over', () => {
    expect(portableFileName('Ce\u0301line', 'pdf')).toBe('C\u00e9line.pdf');
  });

  it('cut a long title between whole characters, within the byte limit', () => {
    for (const title of [
      'ประชุมวิทยาลัย'.repeat(40),
      'ព្រែកលៀប'.repeat(40),
      'a'.repeat(400),
      '会谈'.repeat(200),
    ]) {
      const name = portableFileName(title, 'pdf');
      expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(bytes(name)).toBeGreaterThan(MAX_FILE_NAME_BYTES - 20);
      const stem = name.slice(0, -'.pdf'.length);
      expect(graphemes(title).slice(0, graphemes(stem).length).join('')).toBe(stem);
    }
  });

  it('fall back when nothing of the title is left', () => {
    expect(portableFileName(' ?? ', 'pdf', 'Minutes')).toBe('Minutes.pdf');
    expect(portableFileName('', 'pdf')).toBe('document.pdf');
  });
});

describe('a file name that crosses into main', () => {
  it('passes when it is one that portableFileName made, numbered or not', () => {
    for (const title of ['Minutes - 2024-11-21 - Prek Leap', 'CON', 'ประชุม'.repeat(60), ' x. '])
      for (const name of [
        portableFileName(title, 'pdf'),
        numberedFileName(portableFileName(title, 'pdf'), 12),
      ])
        expect(fileNameProblem(name), name).toBeNull();
  });

  it('is refused when it could leave the folder or fail on some system', () => {
    for (const name of [
      '',
      '../m.pdf',
      'sub/m.pdf',
      'sub\\m.pdf',
      '.bashrc',
      'm.pdf.',
      'm.pdf ',
      'CON.pdf',
      'a:b.pdf',
      'x'.repeat(250),
      'Ce\u0301line.pdf',
      'a\u202Efdp.exe',
    ])
      expect(fileNameProblem(name), JSON.stringify(name)).not.toBeNull();
  });
});

describe('numbered and unique file names', () => {
  it('number before the extension', () => {
    expect(numberedFileName('Minutes.pdf', 2)).toBe('Minutes (2).pdf');
    expect(numberedFileName('a.b.pdf', 3)).toBe('a.b (3).pdf');
    expect(numberedFileName('README', 2)).toBe('README (2)');
  });

  it('give each repeated name (ignoring case) a number no other name of the batch has', () => {
    expect(uniqueFileNames(['A.pdf', 'a.pdf', 'A (2).pdf', 'B.pdf', 'A.pdf'])).toEqual([
      'A.pdf',
      'a (3).pdf',
      'A (2).pdf',
      'B.pdf',
      'A (4).pdf',
    ]);
  });

  it('leave a batch without repeats as it is', () => {
    expect(uniqueFileNames(['x.pdf', 'y.pdf'])).toEqual(['x.pdf', 'y.pdf']);
  });
});
