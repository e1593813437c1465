// What a number counts ("233 jihadists"), and "one" that is no number ("no one", "one another").
import { gazetteer } from '../lexicon/gazetteer';
import { MEASURE_UNITS } from '../lexicon/measures';
import { FUNCTION_WORDS, IRREGULAR_PLURALS } from '../lexicon/words';
import type { Token } from '../tokenize';
import type { NumberUnit } from '../types';
import type { Amount } from './reader';

// ── Idioms and what a number counts ──────────────────────────────────────────────────────────

/** "one" as a pronoun or in fixed phrases is not a quantity: "no one", "one another", "on one side". */
export function isIdiom(tokens: Token[], a: Amount): boolean {
  const i = a.first;
  const t = tokens[i];
  if (a.last !== i || !t.isWord) return false;
  const prev = tokens[i - 1]?.lower;
  const next = tokens[i + 1]?.lower;
  if (a.unit === 'ordinal') return (t.lower === 'second' && next === 'to') || (prev === 'at' && t.lower === 'first');
  if (t.lower !== 'one') return false;
  if (next && next in MEASURE_UNITS) return false;
  return (
    prev === 'no' ||
    prev === 'any' ||
    prev === 'which' ||
    prev === 'every' ||
    prev === 'some' ||
    prev === 'each' ||
    prev === 'the' ||
    prev === 'this' ||
    prev === 'that' ||
    next === 'another' ||
    next === 'side' ||
    next === 'day' ||
    next === 'way' ||
    next === 'thing' ||
    next === 'time' ||
    next === 'hand' ||
    next === 'of' ||
    next === "'s" ||
    next === '’s' ||
    next === 'who' ||
    next === 'which' ||
    next === 'that' ||
    next === 'point' ||
    next === 'you' ||
    next === 'do' ||
    next === 'is'
  );
}

const STOP_BEFORE_NOUN = new Set([
  'and',
  'or',
  'but',
  'who',
  'which',
  'that',
  'were',
  'was',
  'are',
  'is',
  'had',
  'have',
  'has',
  'will',
  'would',
]);

/** The noun phrase a number counts: "233 jihadists", "160,000 Palestinian refugees", "tens of thousands of rebels and civilians". */
export function countedAfter(tokens: Token[], last: number, unit: NumberUnit): { start: number; end: number } | null {
  if (unit === 'ordinal' || unit === 'age' || unit === 'measure') return null;
  const gaz = gazetteer();
  let j = last + 1;
  if (tokens[j]?.lower === 'of' && tokens[j + 1] && !tokens[j + 1].isNumber) j++;
  if (tokens[j]?.lower === 'the' || tokens[j]?.lower === 'his' || tokens[j]?.lower === 'their') j++;
  const sentence = tokens[last].sentence;
  let end = -1;
  for (let k = j; k < tokens.length && k < j + 5; k++) {
    const t = tokens[k];
    if (t.sentence !== sentence) break;
    if (t.text === '-' && !t.spaceBefore && tokens[k + 1] && !tokens[k + 1].spaceBefore) continue;
    if (!t.isWord || FUNCTION_WORDS.has(t.lower) || STOP_BEFORE_NOUN.has(t.lower)) break;
    const tags = gaz.tagsOf(t.lower);
    const verbOnly = tags !== undefined && tags.every((x) => x.startsWith('VB') || x === 'RB' || x === 'IN');
    if (verbOnly) break;
    if (isPluralNoun(t, gaz) || (tags && tags[0] === 'NN' && tokens[last].lower === 'one')) {
      end = k;
      // Coordinated plurals: "rebels and civilians".
      const n = tokens[k + 1];
      if (n?.lower === 'and' && isPluralNoun(tokens[k + 2], gaz) && tokens[k + 2].sentence === sentence) {
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

/** A word the lexicon knows only as a noun ("people", "votes"), so a number before it counts it. */
export function isNoun(t: Token): boolean {
  const tags = gazetteer().tagsOf(t.lower);
  if (!tags) return /s$/.test(t.lower) || t.capitalized;
  return tags[0].startsWith('NN') || tags[0] === 'JJ';
}

function isPluralNoun(t: Token | undefined, gaz: ReturnType<typeof gazetteer>): boolean {
  if (!t || !t.isWord) return false;
  if (IRREGULAR_PLURALS.has(t.lower)) return true;
  const tags = gaz.tagsOf(t.lower);
  if (tags) return tags.includes('NNS') || tags.includes('NNPS');
  return t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss');
}

/** A plural followed by another plural noun continues the phrase ("arms dealers"). */
function isModifierNoun(t: Token | undefined, gaz: ReturnType<typeof gazetteer>): boolean {
  return (
    !!t &&
    t.isWord &&
    isPluralNoun(t, gaz) &&
    !FUNCTION_WORDS.has(t.lower) &&
    !(gaz.tagsOf(t.lower) ?? []).some((x) => x.startsWith('VB'))
  );
}
