import { describe, expect, it } from 'vitest';
import {
  parseVCards,
  ulidToUuid,
  uuidToUlid,
  VCARD_LIMITS,
  writeVCards,
  type VCardPerson,
} from '../../../shared/formats/vcard';

const sokDara: VCardPerson = {
  id: '01JD3XK8Q0000000000000000A',
  name: 'Sok Dara',
  nativeName: 'សុខ ដារ៉ា',
  title: 'Director of Academic Affairs',
  organization: 'Prek Leap National Institute of Agriculture; Faculty, Agronomy',
  email: 'sok.dara@example.org',
  phone: '+855 12 345 678',
  notes: 'Met in Tianjin.\nPrefers email, not calls.',
};

describe('vCard', () => {
  it('writes 4.0 cards that it reads back, native name and UID included', () => {
    const text = writeVCards(
      [
        sokDara,
        { ...sokDara, id: '01JD3XK8Q0000000000000000B', name: 'Li Wei', nativeName: '李伟', email: '' },
      ],
      '0.1.0',
    );
    expect(text).toContain('VERSION:4.0');
    expect(text).toContain('FN;ALTID=1;PREF=1:Sok Dara');
    expect(text).toContain(`UID:urn:uuid:${ulidToUuid(sokDara.id)}`);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const { cards, problems } = parseVCards(text);
    expect(problems).toEqual([]);
    expect(cards).toHaveLength(2);
    expect(cards[0]).toMatchObject({ ...sokDara, id: sokDara.id, photo: null });
    expect(cards[1]).toMatchObject({ name: 'Li Wei', nativeName: '李伟', email: '' });
  });

  it('maps ULIDs to UUIDs and back', () => {
    expect(uuidToUlid(`urn:uuid:${ulidToUuid(sokDara.id)}`)).toBe(sokDara.id);
  });

  it('reads a 3.0 card with folded lines, quoted-printable UTF-8 with soft breaks, and a base64 photo', () => {
    const photo = btoa(String.fromCharCode(0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4));
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E0=B8=A7=E0=B8=87=E0=B8=A8=E0=B9=8C=E0=B8=AA=E0=B8=B2;=E0=B8=AA=E0=B8=A1=',
      '=E0=B8=8A=E0=B8=B2=E0=B8=A2;;;',
      'FN:Somchai',
      '  Wongsa',
      'ORG:Mahasarakham University;Faculty of Engineering',
      'TITLE;ENCODING=QUOTED-PRINTABLE:Dean=2C Faculty of Engineering',
      'TEL;TYPE=WORK,VOICE:+66 43 754 321',
      'EMAIL;TYPE=INTERNET:somchai@example.org',
      `PHOTO;ENCODING=b;TYPE=JPEG:${photo.slice(0, 6)}`,
      ` ${photo.slice(6)}`,
      'END:VCARD',
    ].join('\r\n');
    const { cards, problems } = parseVCards(text);
    expect(problems).toEqual([]);
    expect(cards[0]).toMatchObject({
      name: 'Somchai Wongsa',
      nativeName: '',
      title: 'Dean, Faculty of Engineering',
      organization: 'Mahasarakham University',
      phone: '+66 43 754 321',
      email: 'somchai@example.org',
    });
    expect(cards[0]!.photo?.mimeType).toBe('image/jpeg');
    expect([...cards[0]!.photo!.bytes]).toEqual([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
  });

  it('reads a 2.1 card with bare parameters and a name only in N', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;QUOTED-PRINTABLE:=E6=9D=8E;=E4=BC=9F;;;',
      'TEL;WORK;VOICE:+86 22 1234 5678',
      'PHOTO;VALUE=URL:http://example.org/li.jpg',
      'END:VCARD',
    ].join('\r\n');
    const { cards, problems } = parseVCards(text);
    expect(cards[0]).toMatchObject({ name: '伟 李', phone: '+86 22 1234 5678', photo: null });
    expect(problems).toEqual([expect.objectContaining({ code: 'photoLink', skipped: false, name: '伟 李' })]);
  });

  it('takes a data: URI photo and refuses one over the size limit with a reason, keeping the card', () => {
    const small = `data:image/png;base64,${btoa('\x89PNG tiny')}`;
    const big = `data:image/jpeg;base64,${'A'.repeat(Math.ceil((VCARD_LIMITS.maxPhotoBytes * 4) / 3) + 8)}`;
    const card = (name: string, photo: string) =>
      ['BEGIN:VCARD', 'VERSION:4.0', `FN:${name}`, `PHOTO:${photo}`, 'END:VCARD'].join('\r\n');
    const { cards, problems } = parseVCards(`${card('Small', small)}\r\n${card('Big', big)}`);
    expect(cards.map((c) => [c.name, c.photo?.mimeType ?? null])).toEqual([
      ['Small', 'image/png'],
      ['Big', null],
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ card: 1, name: 'Big', code: 'photoTooLarge', skipped: false }),
    ]);
  });

  it('rejects cards it cannot read, each with its reason, and reads the rest', () => {
    const text = [
      'BEGIN:VCARD\r\nVERSION:5.0\r\nFN:Future\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@example.org\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN;ENCODING=QUOTED-PRINTABLE;CHARSET=X-KLINGON:=41\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fine\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut off',
    ].join('\r\n');
    const { cards, problems } = parseVCards(text);
    expect(cards.map((c) => c.name)).toEqual(['Fine']);
    expect(problems.map((p) => [p.card, p.code, p.skipped])).toEqual([
      [0, 'unsupportedVersion', true],
      [1, 'noName', true],
      [2, 'unsupportedCharset', true],
      [4, 'unclosed', true],
    ]);
  });
});
