// Fractions in words ("two thirds", "a fifth", "and a half") and where an ordinal word starts a number.
import { DENOMINATORS, LARGE_SCALES, ORDINAL_WORDS, PLURAL_DENOMINATORS, TEN_WORDS, UNIT_WORDS } from '../lexicon/quantities';
import {
  FRACTION_FOLLOWERS,
  HALF_QUALIFIERS,
  SECOND_COMPOUNDS,
  SECOND_OF_TIME_AFTER,
  SECOND_OF_TIME_BEFORE,
} from '../lexicon/numberContext';
import type { Token } from '../tokenize';
import { type Reader, isHyphen, skipHyphen } from './reader';

/** An ordinal word that starts a number is one ("third", "the fifth"), unless "second" is a unit of time. */
export function ordinalStartsNumber(r: Reader, i: number): boolean {
  const { tokens } = r;
  if (tokens[i].lower !== 'second') return true;
  const next = tokens[i + 1];
  // "second hand", "second half".
  if (next && SECOND_COMPOUNDS.has(next.lower)) return false;
  // "wait a second", "a second later".
  const prev = tokens[i - 1];
  return !(prev && SECOND_OF_TIME_BEFORE.has(prev.lower) && (!next || !next.isWord || SECOND_OF_TIME_AFTER.has(next.lower)));
}

/** A denominator at `j`: "thirds", "quarters", "twenty-firsts"; singular ones ("fifth") only when `singular`. */
export function readDenominator(r: Reader, j: number, singular: boolean): { den: number; last: number; plural: boolean } | null {
  const { tokens, blocked } = r;
  const t = tokens[j];
  if (!t || blocked[j] || !t.isWord) return null;
  if (t.lower in PLURAL_DENOMINATORS) return { den: PLURAL_DENOMINATORS[t.lower], last: j, plural: true };
  if (singular && t.lower in DENOMINATORS) return { den: DENOMINATORS[t.lower], last: j, plural: false };
  // Compound denominators: "twenty-firsts", "twenty fifths".
  if (t.lower in TEN_WORDS) {
    let k = j + 1;
    if (isHyphen(tokens[k])) k++;
    const u = tokens[k];
    if (!u || blocked[k] || !u.isWord) return null;
    const base = TEN_WORDS[t.lower];
    const plural = u.lower.endsWith('s') ? u.lower.slice(0, -1) : '';
    if (plural && plural in ORDINAL_WORDS && ORDINAL_WORDS[plural] < 10)
      return { den: base + ORDINAL_WORDS[plural], last: k, plural: true };
    if (singular && u.lower in ORDINAL_WORDS && ORDINAL_WORDS[u.lower] < 10)
      return { den: base + ORDINAL_WORDS[u.lower], last: k, plural: false };
  }
  return null;
}

/** "and a half", "and three quarters", "and one fourth", "and a thirtieth". */
export function readAndFraction(r: Reader, j: number): { numerator: number; denominator: number; last: number } | null {
  const { tokens } = r;
  const t = tokens[j];
  if (!t?.isWord) return null;
  if (t.lower === 'a' || t.lower === 'an' || t.lower === 'one') {
    const d = readDenominator(r, skipHyphen(tokens, j + 1), true);
    if (d && !d.plural) return { numerator: 1, denominator: d.den, last: d.last };
    return null;
  }
  const n = readSmallWords(r, j);
  if (n) {
    const d = readDenominator(r, skipHyphen(tokens, n.last + 1), false);
    if (d && d.plural && n.value < d.den) return { numerator: n.value, denominator: d.den, last: d.last };
  }
  return null;
}

/** The scale a fraction ending at `last` is taken of: "two thirds of a million", "three quarters billion". */
export function fractionScaleAfter(r: Reader, last: number): { scale: number; last: number } | null {
  const { tokens, blocked } = r;
  let j = last + 1;
  if (tokens[j]?.lower === 'of' && (tokens[j + 1]?.lower === 'a' || tokens[j + 1]?.lower === 'an')) j += 2;
  const s = tokens[j];
  return s && !blocked[j] && s.lower in LARGE_SCALES ? { scale: LARGE_SCALES[s.lower], last: j } : null;
}

/** A singular fraction word ends a phrase ("a third of", "a fifth."), unlike an ordinal ("a third term"). */
export function fractionContextOk(tokens: Token[], last: number): boolean {
  const n = tokens[last + 1];
  // "a sixth-grader", "a third-party candidate": an ordinal inside a compound word.
  if (n && isHyphen(n) && !n.spaceBefore && tokens[last + 2]?.isWord && !tokens[last + 2].spaceBefore) return false;
  // "one-fifth": joined to its numerator.
  const p = tokens[last - 1];
  if (p && isHyphen(p) && !p.spaceBefore && !tokens[last].spaceBefore) return true;
  if (!n || !n.isWord) return true;
  return FRACTION_FOLLOWERS.has(n.lower);
}

/** "half" after "more than", "less than", "about"... counts as a number. */
export function isQualifierEnd(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  return !!p && HALF_QUALIFIERS.has(p.lower);
}

/** A number in words below a hundred: "forty-five", "fifty", "forty five". */
export function readSmallWords(r: Reader, j: number): { value: number; last: number } | null {
  const { tokens } = r;
  const t = tokens[j];
  if (!t?.isWord) return null;
  if (t.lower in UNIT_WORDS && UNIT_WORDS[t.lower] > 0) return { value: UNIT_WORDS[t.lower], last: j };
  if (!(t.lower in TEN_WORDS)) return null;
  let k = j + 1;
  if (isHyphen(tokens[k])) k++;
  const u = tokens[k];
  if (u?.isWord && u.lower in UNIT_WORDS && UNIT_WORDS[u.lower] > 0 && UNIT_WORDS[u.lower] < 10)
    return { value: TEN_WORDS[t.lower] + UNIT_WORDS[u.lower], last: k };
  return { value: TEN_WORDS[t.lower], last: j };
}
