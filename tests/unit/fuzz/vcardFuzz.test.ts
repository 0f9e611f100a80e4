/**
 * Fuzzing the vCard reader (shared/formats/vcard.ts): people written by the app's vCard writer are read
 * back exactly; any text, however broken, gives cards and problems (never an exception), every card has a
 * name, and no photo passes its size limit.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { parseVCards, VCARD_LIMITS, writeVCards, type VCardPerson } from '../../../shared/formats/vcard';
import { line, requiredName, text, ulid } from './entityArbitraries';
import { edits, mutateText } from './mutations';
import { fuzzTimeout, reliabilityLog } from './reliabilityLog';

const { fuzz } = reliabilityLog(import.meta.url, 'Hostile input', 'vCard import');

/** Text the writer keeps as it is: it writes line breaks as \n, so a CR does not survive. */
const noCr = (s: string) => s.replace(/\r/g, '');
const person: fc.Arbitrary<VCardPerson> = fc.record({
  id: ulid,
  name: requiredName.map(noCr).filter((s) => s.trim() === s && s.length > 0),
  nativeName: line().map(noCr),
  title: line().map(noCr),
  organization: line().map(noCr),
  email: fc.constantFrom('', 'dara@example.org'),
  phone: fc.oneof(
    fc.constantFrom('', 'tel:+855 23 880 123', 'TEL: 021'),
    line(40).map(noCr),
    fc.stringMatching(/^\+?[0-9 ()-]{3,20}$/).map((s) => s.trim()),
  ),
  notes: text(200).map(noCr),
});

const vcardish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'BEGIN:VCARD',
        'END:VCARD',
        'VERSION:2.1',
        'VERSION:4.0',
        'VERSION:9.9',
        'FN:Sok Dara',
        'N:Keo;Sophea;;;',
        'FN;CHARSET=x-unknown;ENCODING=QUOTED-PRINTABLE:=E1=9E=80=',
        'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:=E0=B8=81=FF',
        'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ',
        'PHOTO:data:image/png;base64,iVBORw0KGgo=',
        'PHOTO:data:text/html;base64,PHNjcmlwdD4=',
        'PHOTO;VALUE=uri:https://tracker.example/p.png',
        'UID:urn:uuid:00000000-0000-0000-0000-000000000000',
        'ORG:Ministry\\;Labour;Dept',
        ' continued',
        '__proto__:x',
        'constructor;TYPE=__proto__:y',
      ),
      text(40),
    ),
    { maxLength: 20 },
  )
  .map((lines) => lines.join('\r\n'));

describe('vCard import under fuzzing', { timeout: fuzzTimeout(10) }, () => {
  fuzz('people written as vCards are read back exactly, ids included', () =>
    fc.property(fc.array(person, { maxLength: 3 }), (people) => {
      const { cards, problems } = parseVCards(writeVCards(people, '0.1.0'));
      expect(problems).toEqual([]);
      expect(cards.map(({ index: _i, line: _l, photo: _p, ...card }) => card)).toEqual(
        people.map((p) => ({ ...p, nativeName: p.nativeName === p.name ? '' : p.nativeName })),
      );
    }),
  );

  fuzz('any vCard-like text gives named cards and problems, never an exception', () =>
    fc.property(vcardish, (input) => {
      const { cards, problems } = parseVCards(input);
      for (const card of cards) {
        expect(card.name.trim().length).toBeGreaterThan(0);
        if (card.photo) expect(card.photo.bytes.length).toBeLessThanOrEqual(VCARD_LIMITS.maxPhotoBytes);
        expect(Object.getPrototypeOf(card)).toBe(Object.prototype);
      }
      for (const problem of problems) expect(problem.line).toBeGreaterThan(0);
      expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    }),
  );

  fuzz('damaged vCard files give cards and problems, never an exception', () =>
    fc.property(fc.array(person, { minLength: 1, maxLength: 3 }), edits, (people, damage) => {
      const bytes = mutateText(writeVCards(people, '0.1.0'), damage);
      const { cards } = parseVCards(new TextDecoder().decode(bytes));
      expect(cards.length).toBeLessThanOrEqual(people.length + 1);
      for (const card of cards) expect(card.name.length).toBeGreaterThan(0);
    }),
  );
});
