import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldedWords, nameKeys } from '../../../shared/search/foldText';
import { createPrng } from '../../../shared/synthetic/prng';
import { personName, type Script } from '../../../shared/synthetic/scripts';

/** What the type-ahead finds: a name is found by a typed prefix when any of its keys starts with it. */
const found = (keys: readonly string[], typed: string) => keys.some((key) => key.startsWith(foldText(typed)));

/** Every key the name could be found by before the redundant ones were left out. */
function everyKey(...names: string[]): string[] {
  return names.flatMap((name) => [foldText(name.trim()), ...foldedWords(name)]).filter(Boolean);
}

const SCRIPTS: Script[] = ['latin', 'chinese', 'khmer', 'lao', 'thai', 'arabic'];

describe('name keys for type-ahead', () => {
  it('find a name by the start of any of its words or of the whole name, in any script', () => {
    const keys = nameKeys('Prek Leap National Institute', 'វិទ្យាស្ថានជាតិកសិកម្មព្រែកលៀប');
    for (const typed of ['prek', 'Prek Le', 'leap', 'nat', 'institute', 'វិទ្យា', 'ព្រែក']) {
      expect(found(keys, typed), typed).toBe(true);
    }
    expect(found(keys, 'leap prek')).toBe(false);
  });

  it('leave out a key that only starts another one, since it finds nothing more', () => {
    expect(nameKeys('Prek Leap')).toEqual(['leap', 'prek leap']);
    expect(nameKeys('Anna', 'Anna')).toEqual(['anna']);
  });

  it('find a generated name of every script by every prefix that the full set of keys finds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom(...SCRIPTS), (seed, script) => {
        const { native, romanized } = personName(createPrng(seed), script);
        const keys = nameKeys(romanized, native);
        for (const key of everyKey(romanized, native)) {
          for (let end = 1; end <= key.length; end++) {
            expect(found(keys, key.slice(0, end)), key.slice(0, end)).toBe(true);
          }
        }
        expect(keys.every((key) => everyKey(romanized, native).includes(key))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
