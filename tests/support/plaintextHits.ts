/**
 * Searches files byte by byte for secrets, the way someone holding a stolen disk would: every file under
 * the given folders (and the given files), for each secret as UTF-8, UTF-16LE (Chromium's V8 serializer
 * writes strings with characters past Latin-1 that way) and Latin-1 (how it writes the others, which
 * differs from UTF-8 for é and the like). Used by the encryption-at-rest canary.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PlaintextHit {
  file: string;
  secret: string;
  encoding: 'utf8' | 'utf16le' | 'latin1';
  offset: number;
}

/** Every regular file under `path` (or `path` itself), skipping symlinks and sockets. */
async function filesUnder(path: string): Promise<string[]> {
  const info = await lstat(path);
  if (info.isFile()) return [path];
  if (!info.isDirectory()) return [];
  const found: string[] = [];
  for (const entry of await readdir(path)) found.push(...(await filesUnder(join(path, entry))));
  return found;
}

function encodings(secret: string): Array<[PlaintextHit['encoding'], Buffer]> {
  const forms: Array<[PlaintextHit['encoding'], Buffer]> = [
    ['utf8', Buffer.from(secret, 'utf8')],
    ['utf16le', Buffer.from(secret, 'utf16le')],
  ];
  // Latin-1 only says something new for a secret all in Latin-1 that UTF-8 writes differently.
  const codes = [...secret].map((char) => char.codePointAt(0)!);
  if (codes.every((code) => code < 0x100) && codes.some((code) => code >= 0x80))
    forms.push(['latin1', Buffer.from(secret, 'latin1')]);
  return forms;
}

/**
 * The places where any secret appears; also tells how many files and bytes were searched, and in which
 * encodings (for the reliability report, which states what was searched rather than what was meant to be).
 */
export async function plaintextHits(
  paths: readonly string[],
  secrets: readonly string[],
): Promise<{ hits: PlaintextHit[]; files: number; bytes: number; encodings: PlaintextHit['encoding'][] }> {
  const hits: PlaintextHit[] = [];
  let files = 0;
  let bytes = 0;
  const needles = secrets.flatMap((secret) =>
    encodings(secret).map(([encoding, needle]) => ({ secret, encoding, needle })),
  );
  const searchedIn = [...new Set(needles.map((n) => n.encoding))];
  for (const root of paths) {
    for (const file of await filesUnder(root)) {
      // A file Chromium removed between the listing and the read has nothing left to leak.
      const content = await readFile(file).catch(() => null);
      if (!content) continue;
      files++;
      bytes += content.length;
      for (const { secret, encoding, needle } of needles) {
        const offset = content.indexOf(needle);
        if (offset >= 0) hits.push({ file, secret, encoding, offset });
      }
    }
  }
  return { hits, files, bytes, encodings: searchedIn };
}
