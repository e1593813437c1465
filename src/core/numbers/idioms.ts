// Number words that state no quantity: "one" as a pronoun ("no one", "one another"), fixed
// compounds ("one-stop shop", "two-way street", "first-hand account") and ordinals that begin a
// name ("Second Avenue", "the Fifth Fleet", "42nd Street").
import { MEASURE_UNITS } from '../lexicon/measures';
import { FIXED_COMPOUNDS, NUMBER_PAIR_LINKS, ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE } from '../lexicon/numberContext';
import type { Token } from '../tokenize';
import { type Amount, isHyphen } from './reader';

/** A number word that is no quantity: "no one", "one another", "on one side", "one-stop", "second to none", "at first". */
export function isIdiom(tokens: Token[], a: Amount): boolean {
  const i = a.first;
  const t = tokens[i];
  if (a.last !== i || !t.isWord) return false;
  // "one-on-one", "two-by-two": the end of a compound word; "a six-to-three vote" is two numbers.
  const h = tokens[i - 1];
  const link = tokens[i - 2];
  if (h && isHyphen(h) && !h.spaceBefore && !t.spaceBefore && link && NUMBER_PAIR_LINKS.has(link.lower))
    if (tokens[i - 4]?.lower === t.lower) return true;
  // "one-stop shop", "first-hand": a fixed compound; "a one-year-old", "a three-member panel" count.
  const joined = hyphenWordAfter(tokens, i);
  if (joined >= 0) return FIXED_COMPOUNDS.has(`${t.lower}-${tokens[joined].lower}`);
  const prev = tokens[i - 1]?.lower;
  const next = tokens[i + 1]?.lower;
  if (a.unit === 'ordinal') return (t.lower === 'second' && next === 'to') || (prev === 'at' && t.lower === 'first');
  if (t.lower !== 'one') return false;
  if (next && next in MEASURE_UNITS) return false;
  return (prev !== undefined && ONE_PRONOUN_AFTER.has(prev)) || (next !== undefined && ONE_PRONOUN_BEFORE.has(next));
}

/** The word joined to token `k` by a hyphen without spaces ("three-member", "first-hand"), or -1. */
export function hyphenWordAfter(tokens: Token[], k: number): number {
  const h = tokens[k + 1];
  const w = tokens[k + 2];
  return h && isHyphen(h) && !h.spaceBefore && w && w.isWord && !w.spaceBefore ? k + 2 : -1;
}

/**
 * A capitalised ordinal word inside a sentence that begins a name: "on Second Avenue", "the Fifth
 * Fleet", "the First National Bank". In a line of capitalised words (a headline) it is a number
 * ("Police Find Second Body"); so is a figure ("the 25th Olympic Games", "the 20th EU state to
 * ratify"), which mostly counts.
 */
export function ordinalBeginsName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  if (!t.isWord || !t.capitalized || !n || !n.isWord || !n.capitalized || !n.spaceBefore || n.sentence !== t.sentence)
    return false;
  // At the start of a sentence the capital says nothing.
  const p = tokens[i - 1];
  if (!p || p.sentence !== t.sentence) return false;
  const headline = p.isWord && p.capitalized && p.lower !== 'the' && tokens[i - 2]?.sentence === t.sentence;
  return !headline;
}
