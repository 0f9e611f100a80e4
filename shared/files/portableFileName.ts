/**
 * File names every desktop system accepts and a person can still read. Exports name files after meeting
 * titles typed in any script, and the folder they land in may be on Windows (NTFS, or FAT on a USB stick),
 * macOS or Linux: Windows refuses ":" or "?", opens a device for "CON" or "NUL.pdf", and silently drops a
 * trailing dot or space (so two different names would land on one file); ext4 and APFS stop at 255 bytes,
 * which a Thai or Khmer title reaches in about 85 characters. Letters of every script are kept; only what
 * some system refuses, or what could make a name display as something else, is replaced.
 */

/**
 * The most UTF-8 bytes of a whole name (extension included) made here. The rest of the 255 bytes is room
 * for the " (2)" that keeps names unique (twice: within a batch, then in the folder) and for the temp
 * name the atomic write uses beside it (".<name>.<12 hex digits>.tmp").
 */
export const MAX_FILE_NAME_BYTES = 200;

/** What a name may grow by after it is made: two " (9999)" suffixes. */
const NUMBERING_ROOM = 16;

// Characters Windows refuses, both path separators, and control characters (C0, DEL and C1).
// eslint-disable-next-line no-control-regex
const REFUSED = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
// Direction overrides and marks can make "minutes‮fdp.exe" display as "minutesexe.pdf". Zero-width
// (non-)joiners are kept: Arabic, Persian and the Indic scripts need them to spell words.
const MISLEADING = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// Windows opens a device for these, whatever the extension ("nul.pdf" too).
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Cuts between whole characters as the reader sees them, so no Thai vowel sign or Khmer subscript is orphaned. */
function truncateToBytes(text: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(text)) {
    bytes += utf8Length(segment);
    if (bytes > max) break;
    out += segment;
  }
  return out;
}

/** Leading dots hide a file on macOS and Linux; trailing dots and spaces vanish on Windows. */
function trimEnds(text: string): string {
  return text.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');
}

function isWindowsDevice(stem: string): boolean {
  return WINDOWS_DEVICE.test(stem.split('.')[0]!.trimEnd());
}

/**
 * A portable file name from a title and an extension ("pdf"): refused and invisible characters become
 * spaces or go, runs of spaces become one, a Windows device name gets a "_", and the name is cut to
 * MAX_FILE_NAME_BYTES. `fallback` is used when nothing of the title is left.
 */
export function portableFileName(title: string, extension: string, fallback = 'document'): string {
  const ext = extension.replace(/^\.+/, '');
  const clean = (text: string) =>
    trimEnds(text.normalize('NFC').replace(MISLEADING, '').replace(REFUSED, ' ').replace(/\s+/gu, ' '));
  let stem = clean(title) || clean(fallback) || 'document';
  if (isWindowsDevice(stem)) stem = stem.replace(/^[^.]*/, (first) => `${first.trimEnd()}_`);
  stem = trimEnds(truncateToBytes(stem, MAX_FILE_NAME_BYTES - utf8Length(`.${ext}`))) || 'document';
  return ext ? `${stem}.${ext}` : stem;
}

/** "Minutes.pdf" → "Minutes (2).pdf": the numbering goes before the extension, as file managers do. */
export function numberedFileName(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}

/**
 * Why a name that crosses a boundary (IPC) is not a plain portable file name, or null if it is: main
 * takes nothing from the renderer that could reach outside the chosen folder or fail on some system.
 */
export function fileNameProblem(name: string): string | null {
  if (name.length === 0) return 'The file name is empty';
  if (utf8Length(name) > MAX_FILE_NAME_BYTES + NUMBERING_ROOM) return 'The file name is too long';
  if (name !== name.normalize('NFC')) return 'The file name is not in Unicode NFC form';
  // search() ignores the global flag's lastIndex, so the shared expressions are safe to reuse here.
  if (name.search(REFUSED) !== -1 || name.search(MISLEADING) !== -1)
    return 'The file name has a character some systems refuse';
  if (trimEnds(name) !== name) return 'The file name starts or ends with a dot or a space';
  if (isWindowsDevice(name)) return 'The file name is reserved for a device on Windows';
  return null;
}

/** The key under which two names are the same file on Windows and macOS, whose disks ignore case. */
function sameFileKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * The names made unique within one batch: a repeated name (ignoring case) becomes "name (2).pdf", then
 * "(3)"…, skipping any number another name of the batch already has, so every file keeps its own.
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const wanted = new Set(names.map(sameFileKey));
  const used = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; used.has(sameFileKey(candidate)); n++) {
      const numbered = numberedFileName(name, n);
      if (!wanted.has(sameFileKey(numbered))) candidate = numbered;
    }
    used.add(sameFileKey(candidate));
    return candidate;
  });
}
