/**
 * The search tokenizer, shared by indexing and querying so both sides always agree.
 *
 * - Text is folded (case, Latin accents, Arabic vowel marks).
 * - Scripts written with spaces (Latin, Cyrillic, Arabic, Hangul, …) are split into words at anything
 *   that is not a letter, mark or digit; a regex is several times faster than Intl.Segmenter here, and
 *   gives the same words.
 * - Runs of Thai, Lao, Khmer and Myanmar, which are written without spaces, are split into words with
 *   Intl.Segmenter (its dictionaries know where their words end).
 * - Every run of a script without spaces (those four, and Han and Kana) is also cut into overlapping
 *   pairs of grapheme clusters (bigrams) across the whole run, whatever the word breaks. A query that is
 *   only part of a word, or straddles two, still matches: "ປາກ" finds "ປາກປ່າສັກ". Single Han characters
 *   are tokens too, since one Chinese character is often a word.
 *
 * Queries: a word of a spaced script matches words starting with it; an unspaced run of two or more
 * grapheme clusters needs all its bigrams (in Thai, Lao, Khmer and Myanmar the last one as a prefix, as
 * its last cluster may be half typed); a single cluster matches bigrams (and words) starting with it.
 */
import { foldText } from './foldText';

const UNSPACED_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;
const SEGMENTED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/**
 * A grapheme cluster, close enough for matching: a base character with its marks, joined across the
 * Khmer coeng and Myanmar virama that stack consonants. Index and query cut the same way, so matching
 * is exact even where this differs from Unicode's full rules.
 */
const CLUSTER = /\P{M}\p{M}*(?:[\u17D2\u1039]\P{M}\p{M}*)*/gu;
const ARABIC_MARKS = /[\u064B-\u065F\u0670]/g;

/** Longest word kept whole; longer runs (pasted hashes, URLs) are cut so one token cannot bloat the index. */
const MAX_WORD = 40;

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** A query term: words (or grams) starting with `prefix`, or records holding every one of `grams`. */
export type QueryTerm = { kind: 'prefix'; prefix: string } | { kind: 'grams'; grams: string[]; text: string };

function fold(text: string): string {
  return foldText(text).replace(ARABIC_MARKS, '');
}

function clusters(run: string): string[] {
  return run.match(CLUSTER) ?? [];
}

function bigrams(parts: readonly string[]): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 1 < parts.length; i++) grams.push(parts[i]! + parts[i + 1]!);
  return grams;
}

function spacedWords(folded: string): string[] {
  return (folded.replace(UNSPACED_RUN, ' ').match(WORD) ?? []).map((w) => w.slice(0, MAX_WORD));
}

/** The distinct tokens under which a text is indexed. */
export function indexTokens(text: string): string[] {
  const folded = fold(text);
  const tokens = new Set<string>(spacedWords(folded));
  for (const run of folded.match(UNSPACED_RUN) ?? []) {
    if (SEGMENTED.test(run)) {
      for (const segment of wordSegmenter.segment(run)) {
        if (segment.isWordLike) tokens.add(segment.segment.slice(0, MAX_WORD));
      }
    }
    const parts = clusters(run);
    for (const part of parts) if (HAN.test(part)) tokens.add(part);
    for (const gram of bigrams(parts)) tokens.add(gram);
  }
  return [...tokens];
}

/** How a query is matched, term by term; a record matches when every term does. */
export function queryTerms(query: string): QueryTerm[] {
  const folded = fold(query);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (key: string, term: QueryTerm) => {
    if (seen.has(key)) return;
    seen.add(key);
    terms.push(term);
  };
  for (const run of folded.match(UNSPACED_RUN) ?? []) {
    const parts = clusters(run);
    const grams = [...new Set(bigrams(parts))];
    // The last cluster of a query typed in Thai, Lao, Khmer or Myanmar may be only half typed (a Khmer
    // consonant before its subscript, a Thai one before its vowel sign): its pair matches as a prefix.
    const typing = SEGMENTED.test(run) && grams.length > 0 ? grams.pop() : undefined;
    if (grams.length > 0) add(`g:${run}`, { kind: 'grams', grams, text: run });
    if (typing) add(`p:${typing}`, { kind: 'prefix', prefix: typing });
    else if (parts.length === 1) add(`p:${parts[0]}`, { kind: 'prefix', prefix: parts[0]! });
  }
  for (const word of spacedWords(folded)) add(`p:${word}`, { kind: 'prefix', prefix: word });
  return terms;
}

/**
 * Whether a text matches a query by the same rules, found the slow way: the truth the recall tests and
 * the benchmark compare every engine against.
 */
export function matchesByScan(text: string, terms: readonly QueryTerm[]): boolean {
  return matchesTokens(new Set(indexTokens(text)), terms);
}

/** The same test on tokens already computed, for scanning many queries over one corpus. */
export function matchesTokens(tokens: ReadonlySet<string>, terms: readonly QueryTerm[]): boolean {
  return terms.every((term) => {
    if (term.kind === 'grams') return term.grams.every((gram) => tokens.has(gram));
    for (const token of tokens) if (token.startsWith(term.prefix)) return true;
    return false;
  });
}
