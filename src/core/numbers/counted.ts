// What a number counts: "233 jihadists", "160,000 Palestinian refugees", "a three-member panel".
import { gazetteer } from '../lexicon/gazetteer';
import { COUNT_DETERMINERS, COUNT_STOPS } from '../lexicon/numberContext';
import { FUNCTION_WORDS, IRREGULAR_PLURALS } from '../lexicon/words';
import { ORDINAL_WORDS } from '../lexicon/quantities';
import type { Token } from '../tokenize';
import type { NumberUnit } from '../types';
import { hyphenWordAfter } from './idioms';
import { isWordNumber } from './reader';

/** The noun phrase a number counts: "233 jihadists", "160,000 Palestinian refugees", "tens of thousands of rebels and civilians". */
export function countedAfter(tokens: Token[], last: number, unit: NumberUnit): { start: number; end: number } | null {
  if (unit === 'ordinal' || unit === 'age' || unit === 'measure') return null;
  const gaz = gazetteer();
  // "a three-member panel", "a 10-point lead", "a two-week trip": the number counts the word joined to it.
  const joined = unit === 'count' ? hyphenWordAfter(tokens, last) : -1;
  if (joined >= 0 && isCountable(tokens[joined], gaz) && (!tokens[joined].capitalized || tokens[last].capitalized))
    return { start: tokens[joined].start, end: tokens[joined].end };
  let j = last + 1;
  if (tokens[j]?.lower === 'of' && tokens[j + 1] && !tokens[j + 1].isNumber) j++;
  if (tokens[j] && COUNT_DETERMINERS.has(tokens[j].lower)) j++;
  const sentence = tokens[last].sentence;
  let end = -1;
  for (let k = j; k < tokens.length && k < j + 5; k++) {
    const t = tokens[k];
    if (t.sentence !== sentence) break;
    if (t.text === '-' && !t.spaceBefore && tokens[k + 1] && !tokens[k + 1].spaceBefore) continue;
    if (!t.isWord || FUNCTION_WORDS.has(t.lower) || COUNT_STOPS.has(t.lower)) break;
    const tags = gaz.tagsOf(t.lower);
    if (tags !== undefined && onlyVerbTags(tags)) break;
    if (isPluralNoun(t, tags) || (tags && tags[0] === 'NN' && tokens[last].lower === 'one')) {
      end = k;
      // Coordinated plurals: "rebels and civilians".
      const n = tokens[k + 1];
      const after = tokens[k + 2];
      if (n?.lower === 'and' && after && isPluralNoun(after, gaz.tagsOf(after.lower)) && after.sentence === sentence) {
        end = k + 2;
        break;
      }
      if (!isModifierNoun(n, gaz)) break;
    } else if (end >= 0) break;
  }
  if (end < 0) return null;
  // "15-plus years", "four-year universities": the phrase starts at its first word.
  while (j < end && !tokens[j].isWord) j++;
  return { start: tokens[j].start, end: tokens[end].end };
}

/**
 * A noun that a number joined to it by a hyphen counts ("member", "year"), not an adjective or a
 * participle ("a 20-strong crowd", "a million-selling album").
 */
function isCountable(t: Token, gaz: ReturnType<typeof gazetteer>): boolean {
  if (t.lower.length < 2 || FUNCTION_WORDS.has(t.lower) || t.lower.endsWith('ing')) return false;
  if (isWordNumber(t) || t.lower in ORDINAL_WORDS) return false;
  const tags = gaz.tagsOf(t.lower);
  if (!tags) return true;
  for (const x of tags) if (x.startsWith('NN')) return true;
  return false;
}

/** A word the lexicon knows only as a noun ("people", "votes"), so a number before it counts it. */
export function isNoun(t: Token): boolean {
  const tags = gazetteer().tagsOf(t.lower);
  if (!tags) return t.lower.endsWith('s') || t.capitalized;
  return tags[0].startsWith('NN') || tags[0] === 'JJ';
}

/** A plural noun ("rebels", "people"), by its tags (`tags`) or, for a word the lexicon lacks, by its ending. */
function isPluralNoun(t: Token, tags: readonly string[] | undefined): boolean {
  if (!t.isWord) return false;
  if (IRREGULAR_PLURALS.has(t.lower)) return true;
  if (tags) return tags.includes('NNS') || tags.includes('NNPS');
  return t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss');
}

/** A plural followed by another plural noun continues the phrase ("arms dealers"). */
function isModifierNoun(t: Token | undefined, gaz: ReturnType<typeof gazetteer>): boolean {
  if (!t || !t.isWord || FUNCTION_WORDS.has(t.lower)) return false;
  const tags = gaz.tagsOf(t.lower);
  return isPluralNoun(t, tags) && !hasVerbTag(tags);
}

/** Tags of a word that is only a verb, adverb or preposition ("said", "after"): it cannot be counted. */
function onlyVerbTags(tags: readonly string[]): boolean {
  for (const x of tags) if (!(x.startsWith('VB') || x === 'RB' || x === 'IN')) return false;
  return true;
}

function hasVerbTag(tags: readonly string[] | undefined): boolean {
  if (tags) for (const x of tags) if (x.startsWith('VB')) return true;
  return false;
}
