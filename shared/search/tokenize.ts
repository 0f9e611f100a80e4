/**
 * The search tokenizer, shared by indexing and querying so both sides always agree.
 *
 * - Text is folded (case, Latin-like accents) and split into words with Intl.Segmenter, which knows word
 *   breaks in Thai, Lao, Khmer and Myanmar too. Every word is a token, matched by prefix at query time.
 * - Runs of scripts written without spaces (Han, Kana, Hangul, Thai, Lao, Khmer, Myanmar) are also cut
 *   into overlapping pairs of grapheme clusters (bigrams) across the whole run, whatever the segmenter
 *   thinks the words are. A query that is only part of a word, or straddles two, then still matches:
 *   "ປາກ" finds "ປາກປ່າສັກ". Single Han characters are tokens too, so a one-character Chinese query works.
 */
import { foldText } from './foldText';

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

const UNSPACED_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u200b-\u200d]+/gu;
const HAN = /\p{Script=Han}/u;

/** Longest word kept whole; longer runs (pasted hashes, URLs) are cut so one token cannot bloat the index. */
const MAX_WORD = 40;

/** A query term: match words starting with `prefix`, or records holding every one of `grams`. */
export type QueryTerm = { kind: 'prefix'; prefix: string } | { kind: 'grams'; grams: string[]; text: string };

function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment).filter(
    (g) => !/^[\u200b-\u200d]+$/.test(g),
  );
}

function words(folded: string): string[] {
  const out: string[] = [];
  for (const segment of wordSegmenter.segment(folded)) {
    if (segment.isWordLike) out.push(segment.segment.slice(0, MAX_WORD));
  }
  return out;
}

function bigrams(parts: readonly string[]): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 1 < parts.length; i++) grams.push(parts[i]! + parts[i + 1]!);
  return grams;
}

/** The distinct tokens under which a text is indexed. */
export function indexTokens(text: string): string[] {
  const folded = foldText(text);
  const tokens = new Set<string>(words(folded));
  for (const run of folded.match(UNSPACED_RUN) ?? []) {
    const parts = graphemes(run);
    for (const part of parts) if (HAN.test(part)) tokens.add(part);
    for (const gram of bigrams(parts)) tokens.add(gram);
  }
  return [...tokens];
}

/**
 * How a query is matched, term by term (all terms must match). An unspaced run of two or more graphemes
 * needs all its bigrams; a single grapheme, and any other word, matches by prefix.
 */
export function queryTerms(query: string): QueryTerm[] {
  const folded = foldText(query);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (key: string, term: QueryTerm) => {
    if (seen.has(key)) return;
    seen.add(key);
    terms.push(term);
  };
  for (const run of folded.match(UNSPACED_RUN) ?? []) {
    const parts = graphemes(run);
    if (parts.length >= 2) add(`g:${run}`, { kind: 'grams', grams: [...new Set(bigrams(parts))], text: run });
    else if (parts.length === 1) add(`p:${parts[0]}`, { kind: 'prefix', prefix: parts[0]! });
  }
  for (const word of words(folded.replace(UNSPACED_RUN, ' ')))
    add(`p:${word}`, { kind: 'prefix', prefix: word });
  return terms;
}
