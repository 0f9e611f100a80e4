/**
 * Finding people and organizations by name (NameFinder): by the start of the name through the database
 * at once, and by any word, a native-script name or a part of a Thai, Khmer or Lao word through the
 * search index once it is ready.
 */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../shared/search/foldText';
import { createPrng } from '../../../shared/synthetic/prng';
import { personName, type Script } from '../../../shared/synthetic/scripts';
import { inProcessChannel } from '../../../renderer/src/search/inProcessChannel';
import { NameFinder } from '../../../renderer/src/search/NameFinder';
import { SearchClient } from '../../../renderer/src/search/SearchClient';
import { createTestArchive } from '../../support/testArchive';

async function archive() {
  const test = await createTestArchive();
  const search = new SearchClient(inProcessChannel(test.db));
  test.capture.onCommitted(() => search.changed());
  const names = new NameFinder(test.repos, search);
  const org = (name: string, nativeName = '') =>
    test.repos.organizations.create({ name, nativeName, country: 'LA', kind: 'college', website: '' });
  const person = (name: string, nativeName = '', title = '') =>
    test.repos.people.create({
      name,
      nativeName,
      title,
      organizationId: null,
      email: '',
      phone: '',
      isDelegate: false,
      notes: '',
    });
  /** Starts the search index and waits until it is ready. */
  const indexed = async () => {
    search.start();
    expect(await search.settled()).toBe(true);
  };
  return { ...test, search, names, org, person, indexed };
}

const namesOf = (records: ReadonlyArray<{ name: string }>) => records.map((r) => r.name);

describe('finding people and organizations by name', () => {
  it('finds a name by its start before the search index is ready, a record created a moment ago included', async () => {
    const { names, person } = await archive();
    await person('Somchai Wongsa', 'สมชาย วงศ์สา');
    await person('Sok Dara');
    expect(namesOf(await names.find('people', 'SOM', 10))).toEqual(['Somchai Wongsa']);
    expect(namesOf(await names.find('people', 'wongsa', 10))).toEqual([]);
  });

  it('finds any word of a name, or of its native-script name, once the index is ready', async () => {
    const { names, org, indexed } = await archive();
    const prekLeap = await org('Prek Leap National Institute', 'វិទ្យាស្ថានជាតិកសិកម្មព្រែកលៀប');
    await org('Mahasarakham University', 'มหาวิทยาลัยมหาสารคาม');
    await indexed();
    for (const typed of ['prek', 'LEAP', 'institute', 'Prek Le', 'វិទ្យា', 'កសិកម្ម']) {
      expect(
        (await names.find('organizations', typed, 10)).map((o) => o.id),
        typed,
      ).toEqual([prekLeap.id]);
    }
    // A part of a Thai word, as typed in the middle of the name.
    expect(namesOf(await names.find('organizations', 'สารคาม', 10))).toEqual(['Mahasarakham University']);
    expect(await names.find('organizations', 'prek university', 10)).toEqual([]);
  });

  it('lists names starting with the text first, in name order, then the others, each once', async () => {
    const { names, person, indexed } = await archive();
    await person('Dara Som');
    await person('Somsak Phan');
    await person('Som Som');
    await person('Somchai Wongsa');
    await indexed();
    const found = await names.matches('people', 'som');
    expect(found.capped).toBe(false);
    expect(namesOf(await names.find('people', 'som', 10))).toEqual([
      'Som Som',
      'Somchai Wongsa',
      'Somsak Phan',
      'Dara Som',
    ]);
    expect(found.ids).toHaveLength(4);
  });

  it('matches names only, not a person’s title', async () => {
    const { names, person, indexed } = await archive();
    await person('Keo Manivong', 'ແກ້ວ ມະນີວົງ', 'Director of Planning');
    await indexed();
    expect(await names.find('people', 'planning', 10)).toEqual([]);
    expect(namesOf(await names.find('people', 'ມະນີ', 10))).toEqual(['Keo Manivong']);
  });

  it('stops at the cap and says so', async () => {
    const { names, org, indexed } = await archive();
    for (let i = 0; i < 5; i++) await org(`Vientiane College ${i}`);
    await org('College of Vientiane');
    await indexed();
    expect(await names.matches('organizations', 'vien', 10)).toMatchObject({ capped: false });
    expect((await names.matches('organizations', 'vien', 10)).ids).toHaveLength(6);
    const capped = await names.matches('organizations', 'vien', 4);
    expect(capped).toMatchObject({ capped: true });
    expect(capped.ids).toHaveLength(4);
    expect(await names.matches('organizations', 'zzz')).toEqual({ ids: [], capped: false });
  });

  it('finds a record renamed after the index was built by its new words, and no longer by its old ones', async () => {
    const { names, repos, person, indexed } = await archive();
    const keo = await person('Keo Manivong');
    await indexed();
    await repos.people.update(keo.id, { name: 'Keo Sisavath' });
    await expect
      .poll(async () => namesOf(await names.find('people', 'sisavath', 10)))
      .toEqual(['Keo Sisavath']);
    expect(await names.find('people', 'manivong', 10)).toEqual([]);
  });

  it('shows the first names in name order when nothing is typed', async () => {
    const { names, person } = await archive();
    await person('Vilay Phommachanh');
    await person('Anousone Keola');
    expect(namesOf(await names.find('people', '  ', 10))).toEqual(['Anousone Keola', 'Vilay Phommachanh']);
  });
});

const SCRIPTS: Script[] = ['latin', 'chinese', 'khmer', 'lao', 'thai', 'arabic'];
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
const wordsOf = (text: string) =>
  [...segmenter.segment(foldText(text))].filter((s) => s.isWordLike).map((s) => s.segment);

describe('type-ahead over generated names of every script', () => {
  it('finds each name by every prefix of each of its words, in the romanized and the native name', async () => {
    const { names, person, indexed } = await archive();
    const prng = createPrng(20261208);
    const people = [];
    for (let i = 0; i < 60; i++) {
      const { native, romanized } = personName(prng, SCRIPTS[i % SCRIPTS.length]!);
      people.push({ native, romanized, id: (await person(romanized, native)).id });
    }
    await indexed();
    for (const { native, romanized, id } of people) {
      for (const word of [...wordsOf(romanized), ...wordsOf(native)]) {
        for (let end = 1; end <= word.length; end++) {
          const typed = word.slice(0, end);
          expect((await names.matches('people', typed)).ids, `${typed} in ${romanized} ${native}`).toContain(
            id,
          );
        }
      }
    }
  });
});
