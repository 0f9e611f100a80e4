/**
 * vCard: people out as vCard 4.0 (RFC 6350), and contacts in from the 2.1, 3.0 and 4.0 files that phones,
 * Outlook, Google and Apple Contacts write: folded lines, quoted-printable text in any charset the
 * platform decodes (2.1/3.0), photos inline as base64 or a data: URI, several cards in one file.
 *
 * The native-script name travels as a second FN with the same ALTID (RFC 6350 §5.4: the same name in
 * another form); on import, a card's second FN becomes the native name.
 */
import { ULID_PATTERN } from '../domain/ulid';
import {
  escapeText,
  joinLines,
  param,
  parseContentLine,
  splitEscaped,
  unescapeText,
  unfoldLines,
  type ContentLine,
} from './contentLines';

export interface VCardPerson {
  /** The person's ULID; the card's UID is the same 128 bits as a urn:uuid. */
  id: string;
  name: string;
  nativeName: string;
  title: string;
  organization: string;
  email: string;
  phone: string;
  notes: string;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The 128 bits of a ULID written as a UUID, so contact apps that want a urn:uuid UID get one. */
export function ulidToUuid(id: string): string {
  let bits = 0n;
  for (const char of id) bits = (bits << 5n) | BigInt(CROCKFORD.indexOf(char));
  const hex = bits.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A ULID whose first character is 8 or more holds more than 128 bits (the schema accepts any 26
 * Crockford characters), so it cannot be a UUID: its card carries the ULID itself as UID.
 */
function cardUid(id: string): string {
  return /^[0-7]/.test(id) ? `urn:uuid:${ulidToUuid(id)}` : id;
}

function idOfUid(uid: string): string | null {
  if (/^urn:uuid:/i.test(uid)) return uuidToUlid(uid);
  return ULID_PATTERN.test(uid) ? uid : null;
}

export function uuidToUlid(uuid: string): string | null {
  const hex = uuid.replace(/^urn:uuid:/i, '').replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) return null;
  let bits = BigInt(`0x${hex}`);
  let out = '';
  for (let i = 0; i < 26; i++) {
    out = CROCKFORD[Number(bits & 31n)]! + out;
    bits >>= 5n;
  }
  return out;
}

export function writeVCards(people: readonly VCardPerson[], appVersion: string): string {
  const lines: string[] = [];
  for (const p of people) {
    const native = p.nativeName && p.nativeName !== p.name;
    lines.push(
      'BEGIN:VCARD',
      'VERSION:4.0',
      `PRODID:-//Liaison//Liaison ${appVersion}//EN`,
      `UID:${cardUid(p.id)}`,
      native ? `FN;ALTID=1;PREF=1:${escapeText(p.name)}` : `FN:${escapeText(p.name)}`,
      ...(native ? [`FN;ALTID=1:${escapeText(p.nativeName)}`] : []),
      // Family name only: Liaison keeps one name, and guessing where it splits is wrong for many scripts.
      `N:${escapeText(p.name)};;;;`,
      ...(p.title ? [`TITLE:${escapeText(p.title)}`] : []),
      ...(p.organization ? [`ORG:${escapeText(p.organization)}`] : []),
      ...(p.email ? [`EMAIL;TYPE=work:${escapeText(p.email)}`] : []),
      ...(p.phone ? [`TEL;VALUE=text;TYPE=work:${escapeText(p.phone)}`] : []),
      ...(p.notes ? [`NOTE:${escapeText(p.notes)}`] : []),
      'END:VCARD',
    );
  }
  return joinLines(lines);
}

export interface ParsedVCard {
  /** 0-based position in the file. */
  index: number;
  line: number;
  /** The person id when the card came from Liaison (its UID is a urn:uuid of one). */
  id: string | null;
  name: string;
  nativeName: string;
  title: string;
  organization: string;
  email: string;
  phone: string;
  notes: string;
  photo: { mimeType: string; bytes: Uint8Array } | null;
}

export type VCardProblemCode =
  | 'noName'
  | 'unsupportedVersion'
  | 'unsupportedCharset'
  | 'unsupportedEncoding'
  | 'photoTooLarge'
  | 'photoInvalid'
  | 'photoLink'
  | 'tooManyCards'
  | 'unclosed';

export interface VCardProblem {
  card: number;
  line: number;
  /** The card's name when known, else ''. */
  name: string;
  code: VCardProblemCode;
  /** True when the card is not imported; false when only a part of it (a photo) is dropped. */
  skipped: boolean;
  detail: string;
}

export const VCARD_LIMITS = { maxCards: 10_000, maxPhotoBytes: 2 * 1024 * 1024 };

class CardRejected extends Error {
  constructor(
    readonly code: VCardProblemCode,
    readonly detail: string,
  ) {
    super(code);
  }
}

/** Joins quoted-printable soft line breaks (`=` at the end of a line), which are not RFC folding. */
function unfoldVCard(text: string) {
  const lines = unfoldLines(text);
  const out: typeof lines = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (
      last &&
      /QUOTED-PRINTABLE/i.test(last.text.slice(0, last.text.indexOf(':'))) &&
      last.text.endsWith('=')
    )
      last.text = last.text.slice(0, -1) + line.text;
    else out.push({ ...line });
  }
  return out;
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const hex = value.slice(i + 1, i + 3);
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      for (const b of new TextEncoder().encode(c)) bytes.push(b);
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new CardRejected('unsupportedCharset', charset);
  }
  try {
    return decoder.decode(new Uint8Array(bytes));
  } catch {
    throw new CardRejected('unsupportedCharset', charset);
  }
}

function hasType(line: ContentLine, value: string): boolean {
  return (line.params.get('TYPE') ?? []).some((t) => t.toUpperCase() === value);
}

function encodingOf(line: ContentLine): string {
  if (hasType(line, 'QUOTED-PRINTABLE')) return 'QUOTED-PRINTABLE';
  if (hasType(line, 'BASE64')) return 'BASE64';
  return (param(line, 'ENCODING') ?? '').toUpperCase();
}

/** A text value, decoded and unescaped. */
function textOf(line: ContentLine): string {
  const encoding = encodingOf(line);
  if (encoding === 'QUOTED-PRINTABLE')
    return decodeQuotedPrintable(line.value, param(line, 'CHARSET') ?? 'utf-8');
  if (encoding && encoding !== '8BIT' && encoding !== '7BIT')
    throw new CardRejected('unsupportedEncoding', encoding);
  return unescapeText(line.value);
}

function decodeBase64(value: string): Uint8Array | null {
  const clean = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  try {
    const binary = atob(clean);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

const IMAGE_TYPES: Record<string, string> = {
  JPEG: 'image/jpeg',
  JPG: 'image/jpeg',
  PNG: 'image/png',
  GIF: 'image/gif',
  WEBP: 'image/webp',
};

function readPhoto(
  line: ContentLine,
  problem: (code: VCardProblemCode, detail: string) => void,
): ParsedVCard['photo'] {
  let mimeType: string;
  let payload: string;
  const dataUri = /^data:([\w/+.-]+)?(;[^,]*)?,(.*)$/s.exec(line.value.trim());
  if (dataUri) {
    if (!/;base64/i.test(dataUri[2] ?? '')) return (problem('photoInvalid', 'not base64'), null);
    mimeType = (dataUri[1] ?? 'image/jpeg').toLowerCase();
    payload = dataUri[3] ?? '';
  } else if (['B', 'BASE64'].includes(encodingOf(line))) {
    const type = (line.params.get('TYPE') ?? [])
      .map((t) => t.toUpperCase())
      .find((t) => IMAGE_TYPES[t] || t.startsWith('IMAGE/'));
    mimeType = type ? (IMAGE_TYPES[type] ?? type.toLowerCase()) : 'image/jpeg';
    payload = line.value;
  } else {
    return (problem('photoLink', line.value.slice(0, 100)), null);
  }
  if (!mimeType.startsWith('image/')) return (problem('photoInvalid', mimeType), null);
  // Checked on the encoded length, before decoding: 4 characters carry 3 bytes.
  const estimated = Math.floor((payload.replace(/\s+/g, '').length * 3) / 4);
  if (estimated > VCARD_LIMITS.maxPhotoBytes) return (problem('photoTooLarge', String(estimated)), null);
  const bytes = decodeBase64(payload);
  if (!bytes || bytes.length === 0) return (problem('photoInvalid', 'not base64'), null);
  return { mimeType, bytes };
}

export function parseVCards(text: string): { cards: ParsedVCard[]; problems: VCardProblem[] } {
  const cards: ParsedVCard[] = [];
  const problems: VCardProblem[] = [];
  let current: ContentLine[] | null = null;
  let start = 0;
  let index = 0;
  for (const raw of unfoldVCard(text)) {
    const line = parseContentLine(raw);
    if (!line) continue;
    const value = line.value.trim().toUpperCase();
    if (line.name === 'BEGIN' && value === 'VCARD') {
      current = [];
      start = line.line;
    } else if (line.name === 'END' && value === 'VCARD' && current) {
      if (index >= VCARD_LIMITS.maxCards) {
        problems.push({
          card: index,
          line: start,
          name: '',
          code: 'tooManyCards',
          skipped: true,
          detail: String(VCARD_LIMITS.maxCards),
        });
        break;
      }
      readCard(current, index, start, cards, problems);
      index++;
      current = null;
    } else if (current) current.push(line);
  }
  if (current)
    problems.push({ card: index, line: start, name: '', code: 'unclosed', skipped: true, detail: '' });
  return { cards, problems };
}

function readCard(
  lines: ContentLine[],
  index: number,
  line: number,
  cards: ParsedVCard[],
  problems: VCardProblem[],
): void {
  let name = '';
  const report = (code: VCardProblemCode, detail: string, skipped: boolean) =>
    problems.push({ card: index, line, name, code, skipped, detail });
  try {
    const version = lines.find((l) => l.name === 'VERSION')?.value.trim() ?? '3.0';
    if (!['2.1', '3.0', '4.0'].includes(version)) throw new CardRejected('unsupportedVersion', version);
    const all = (prop: string) => lines.filter((l) => l.name === prop);
    const first = (prop: string) => {
      const list = all(prop);
      return list.find((l) => param(l, 'PREF') === '1' || hasType(l, 'PREF')) ?? list[0];
    };
    const fns = all('FN');
    const preferred = first('FN');
    name = preferred ? textOf(preferred).trim() : '';
    const other = fns.find((l) => l !== preferred);
    let nativeName = other ? textOf(other).trim() : '';
    if (!name) {
      const n = first('N');
      if (n) {
        const [family = '', given = '', middle = ''] = splitEscaped(textOf(n), ';').map((part) =>
          unescapeText(part).trim(),
        );
        name = [given, middle, family].filter(Boolean).join(' ');
      }
    }
    if (!name) throw new CardRejected('noName', '');
    if (nativeName === name) nativeName = '';
    const org = first('ORG');
    const tel = first('TEL');
    const photoLine = first('PHOTO');
    const uid = first('UID')?.value.trim() ?? '';
    const card: ParsedVCard = {
      index,
      line,
      id: idOfUid(uid),
      name,
      nativeName,
      title: first('TITLE') ? textOf(first('TITLE')!).trim() : '',
      organization: org
        ? unescapeText(
            splitEscaped(org.value && encodingOf(org) ? textOf(org) : org.value, ';')[0] ?? '',
          ).trim()
        : '',
      email: first('EMAIL') ? textOf(first('EMAIL')!).trim() : '',
      // A tel: URI loses its scheme; a text value (as the writer marks it) is kept as typed.
      phone: tel
        ? (param(tel, 'VALUE')?.toLowerCase() === 'text'
            ? textOf(tel)
            : textOf(tel).replace(/^tel:/i, '')
          ).trim()
        : '',
      notes: all('NOTE').map(textOf).join('\n\n'),
      photo: photoLine ? readPhoto(photoLine, (code, detail) => report(code, detail, false)) : null,
    };
    cards.push(card);
  } catch (error) {
    if (!(error instanceof CardRejected)) throw error;
    report(error.code, error.detail, true);
  }
}
