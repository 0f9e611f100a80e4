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
