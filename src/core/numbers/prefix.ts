// What is written before a number: currency signs and codes, "aged", and qualifiers.
import { CURRENCY_SIGNS, DOLLAR_PREFIXES, STRICT_DOLLAR_PREFIXES } from '../lexicon/currencies';
import { isLetterOrDigit } from '../tokenize';
import { AGE_PREFIXES } from '../lexicon/numberContext';
import type { Token } from '../tokenize';
import { currencyCode, millionsCode, readSubunit } from './currency';
import { withQualifier } from './qualifiers';
import { type Amount, type Reader, scaleBy } from './reader';

const SMALL_GAP = /^\s{1,2}$/;

/** Currency signs and codes, "aged", and qualifiers before the number. */
export function readPrefix(r: Reader, a: Amount): Amount {
  const { tokens, blocked } = r;
  const k = a.first - 1;
  const p = tokens[k];
  if (!p || blocked[k] || p.sentence !== tokens[a.first].sentence || a.unit === 'ordinal') return withQualifier(r, a);
  return withQualifier(r, signBefore(r, a, p) ?? codeBefore(r, a, p) ?? ageBefore(a, p) ?? a);
}

/** "$5", "$ 75 million", "€ 2 million", "US$ 150", "c $ 16.4 million", "u.s $ 100". */
function signBefore(r: Reader, a: Amount, p: Token): Amount | null {
  if (!(p.text in CURRENCY_SIGNS) || p.text === '¢') return null;
  const t = r.tokens[a.first];
  if (t.spaceBefore && !SMALL_GAP.test(r.text.slice(p.end, t.start))) return null;
  moveStart(a, p, a.first - 1);
  if (a.unit !== 'currency') {
    a.unit = 'currency';
    a.unitName = CURRENCY_SIGNS[p.text];
  }
  if (p.text === '$') dollarPrefix(r, a);
  a.qualifier = 'exact';
  return readSubunit(r, a);
}

/** "USD 200", "EUR 125", "rmb 10", "MAUD 60" (millions), "Rs 500". */
function codeBefore(r: Reader, a: Amount, p: Token): Amount | null {
  if (a.unit !== 'count') return null;
  const code = currencyCode(p) ?? (p.text === 'Rs' ? 'INR' : null);
  const millions = code ? null : millionsCode(p);
  if (!code && !millions) return null;
  moveStart(a, p, a.first - 1);
  a.unit = 'currency';
  if (millions) {
    scaleBy(a, 1e6);
    a.unitName = millions;
  } else a.unitName = code!;
  return readSubunit(r, a);
}

/** "aged 35", "age 87". */
function ageBefore(a: Amount, p: Token): Amount | null {
  if (!p.isWord || !AGE_PREFIXES.has(p.lower) || a.unit !== 'count' || a.value === null) return null;
  if (!Number.isInteger(a.value) || a.value >= 130 || a.value <= 0) return null;
  moveStart(a, p, a.first - 1);
  a.unit = 'age';
  a.unitName = 'years';
  return a;
}

function moveStart(a: Amount, t: Token, first: number): void {
  a.first = first;
  a.start = t.start;
}

/** Letters before a dollar sign: "US$", "HK$", "c $", "u.s $", "usd$", "Mex$". */
function dollarPrefix(r: Reader, a: Amount) {
  const { tokens, text } = r;
  const sign = tokens[a.first];
  const k = a.first - 1;
  const p = tokens[k];
  if (!p || r.blocked[k]) return;
  const gap = text.slice(p.end, sign.start);
  if (gap.length > 1 || (gap && gap !== ' ')) return;
  let word = p.lower;
  let first = k;
  // "u.s $": the tokenizer sees "u", ".", "s".
  if (
    word === 's' &&
    tokens[k - 1]?.text === '.' &&
    tokens[k - 2]?.lower === 'u' &&
    !tokens[k - 1].spaceBefore &&
    !p.spaceBefore
  ) {
    word = 'u.s';
    first = k - 2;
  }
  if (!p.isWord || !(word in DOLLAR_PREFIXES)) return;
  if (STRICT_DOLLAR_PREFIXES.has(word) && (gap || p.text !== p.text.toUpperCase())) return;
  if (first > 0 && isLetterOrDigit(text, tokens[first].start - 1)) return;
  a.first = first;
  a.start = tokens[first].start;
  a.unitName = DOLLAR_PREFIXES[word];
}
