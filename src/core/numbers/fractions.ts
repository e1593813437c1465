// Fractions and ordinals in words: "two thirds", "a fifth", "and a half", "twenty-first".
import { DENOMINATORS, LARGE_SCALES, ORDINAL_WORDS, PLURAL_DENOMINATORS, TEN_WORDS, UNIT_WORDS } from '../lexicon/quantities';
import type { Token } from '../tokenize';
import { type Amount, type Reader, amount, isHyphen, skipHyphen } from './reader';

/** Ordinals in words, alone or compound: "third", "twenty-first", "one hundred twenty fifth", "two hundredth". */
export function readOrdinalWords(
  r: Reader,
  i: number,
  before: number,
  j: number,
  fractional: boolean,
  tail = 0,
  current = 0,
): Amount | null {
  const { tokens } = r;
  const w = tokens[j].lower;
  const o = ORDINAL_WORDS[w];
  if (j === i) {
    if (w === 'second' && /^(hand|half)$/.test(tokens[j + 1]?.lower ?? '')) return null;
    // "wait a second", "a second later": the unit of time.
    const next = tokens[j + 1];
    if (
      w === 'second' &&
      /^(a|one|per|every|split)$/.test(tokens[j - 1]?.lower ?? '') &&
      (!next || !next.isWord || /^(ago|later|earlier|or|and)$/.test(next.lower))
    )
      return null;
    return amount(r, i, j, o, 'ordinal');
  }
  // "a fifth", "one eighth", "a hundredth": fractions, not ordinals.
  if (fractional && o >= 3 && fractionContextOk(tokens, j)) return withFractionScale(r, amount(r, i, j, 1 / o));
  if (fractional && w !== 'second' && w !== 'first') return null;
  if (o < 10 && tail >= 20 && tail % 10 === 0) return amount(r, i, j, before + o, 'ordinal');
  if (o < 100 && tail === 0 && (o < 20 || o % 10 === 0) && before > 0) return amount(r, i, j, before + o, 'ordinal');
  if (o === 100 && current > 0 && current < 100) return amount(r, i, j, before - current + current * 100, 'ordinal');
  if (o >= 1000 && before > 0) return amount(r, i, j, before * o, 'ordinal');
  return null;
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
export function readAndFraction(r: Reader, j: number): { value: number; last: number } | null {
  const { tokens } = r;
  const t = tokens[j];
  if (!t?.isWord) return null;
  if (t.lower === 'a' || t.lower === 'an' || t.lower === 'one') {
    const d = readDenominator(r, skipHyphen(tokens, j + 1), true);
    if (d && !d.plural) return { value: 1 / d.den, last: d.last };
    return null;
  }
  const n = readSmallWords(r, j);
  if (n) {
    const d = readDenominator(r, skipHyphen(tokens, n.last + 1), false);
    if (d && d.plural && n.value < d.den) return { value: n.value / d.den, last: d.last };
  }
  return null;
}

/** A fraction followed by a scale: "two thirds of a million", "three quarters billion". */
export function withFractionScale(r: Reader, a: Amount): Amount {
  const { tokens, blocked } = r;
  let j = a.last + 1;
  if (tokens[j]?.lower === 'of' && (tokens[j + 1]?.lower === 'a' || tokens[j + 1]?.lower === 'an')) j += 2;
  const s = tokens[j];
  if (s && !blocked[j] && s.lower in LARGE_SCALES && a.value !== null) {
    a.value *= LARGE_SCALES[s.lower];
    a.scale = LARGE_SCALES[s.lower];
    a.last = j;
    a.end = s.end;
  }
  return a;
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
  return /^(of|and|or|to|than|more|less|is|was|are|were|million|billion|trillion|thousand)$/.test(n.lower);
}

/** "half" after "more than", "less than", "about"... counts as a number. */
export function isQualifierEnd(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1]?.lower;
  return p === 'than' || p === 'about' || p === 'nearly' || p === 'almost' || p === 'over' || p === 'under';
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
