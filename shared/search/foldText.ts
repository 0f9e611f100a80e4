/**
 * Case and accent folding shared by name look-ups and search: "Mahāsārakhām" and "mahasarakham" fold
 * to the same key, and full-width Latin letters typed with a Chinese input method fold to plain ones.
 *
 * Only canonical decomposition (NFD) is used. Compatibility decomposition would split the Lao and Thai
 * vowel AM into two marks, which moves grapheme boundaries and breaks matching of substrings; the vowel
 * signs of Thai, Lao and Khmer are part of the word and are kept.
 */
const LATIN_LIKE_ACCENTS = /[\u0300-\u036f]/g;
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

export function foldText(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .normalize('NFD')
    .replace(LATIN_LIKE_ACCENTS, '')
    .toLocaleLowerCase('und')
    .normalize('NFC');
}

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
const UNSPACED =
  /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The words of a text, folded. Intl.Segmenter finds word breaks in Thai, Lao, Khmer and Chinese; text in
 * scripts written with spaces is split with a regex, which gives the same words several times faster
 * (this runs for every person and organization of a bulk import).
 */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  if (!UNSPACED.test(folded)) return folded.match(WORD) ?? [];
  const words: string[] = [];
  for (const segment of segmenter.segment(folded)) {
    if (segment.isWordLike) words.push(segment.segment);
  }
  return words;
}

/**
 * Index keys for type-ahead on names: every folded word plus the whole folded name, so that "prek",
 * "leap" and the start of "ព្រែកលៀប" all find Prek Leap.
 *
 * Names are only ever looked up by prefix, so a key that is the start of another key of the same name
 * finds nothing the longer one does not ("prek" is the start of "prek leap") and is left out: every
 * index entry is written by each bulk import, and this drops about two of a person's five.
 */
export function nameKeys(...names: string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const folded = foldText(name.trim());
    if (folded) keys.add(folded);
    for (const word of foldedWords(name)) keys.add(word);
  }
  // In code-unit order a key that starts another key is directly followed by one it starts.
  const sorted = [...keys].sort();
  return sorted.filter((key, i) => !sorted[i + 1]?.startsWith(key));
}
