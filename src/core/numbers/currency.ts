// Currencies: names, codes and signs around an amount, and the cents after it.
import {
  AMBIGUOUS_CURRENCY_NAMES,
  CURRENCY_CODES,
  CURRENCY_NAMES,
  CURRENCY_PLACE_WORDS,
  CURRENCY_SIGNS,
  LEADING_SIGNS,
  LOCAL_DOLLARS,
  LOWERCASE_CURRENCY_CODES,
  POUND_NAMES,
  SUBUNIT_NAMES,
} from '../lexicon/currencies';
import { gazetteer } from '../lexicon/gazetteer';
import { LARGE_SCALES } from '../lexicon/quantities';
import type { Token } from '../tokenize';
import { isNoun } from './counted';
import { readSmallWords } from './fractions';
import { type Amount, type Reader, scaleBy, startsFigure } from './reader';

const TWO_DIGITS = /^\d{1,2}$/;

/** A currency name or code after the amount, with a nationality before it ("australian dollars"). */
export function currencyAfter(r: Reader, a: Amount, j: number): { last: number; code: string } | null {
  const { tokens, blocked } = r;
  const t = tokens[j];
  if (!t || blocked[j]) return null;
  if (t.text in CURRENCY_SIGNS && t.text !== '¢')
    return startsFigure(tokens[j + 1]) && !tokens[j + 1].spaceBefore ? null : { last: j, code: CURRENCY_SIGNS[t.text] };
  if (t.text === '¢') return { last: j, code: 'cent' };
  if (!t.isWord) return null;
  const code = currencyCode(t);
  if (code) return { last: j, code };
  // "M" before a code means millions: "30 MUSD", "120 MEUR".
  const millions = millionsCode(t);
  if (millions) {
    scaleBy(a, 1e6);
    return { last: j, code: millions };
  }
  const direct = currencyName(r, j);
  if (direct) return { last: j, code: direct };
  if (t.lower in AMBIGUOUS_CURRENCY_NAMES && a.scale) return { last: j, code: AMBIGUOUS_CURRENCY_NAMES[t.lower] };
  // One or two words naming whose currency: "finnish markka", "swiss francs", "hong kong dollars", "u.s. dollars".
  const demonyms = lowerDemonyms();
  if (!demonyms.has(t.lower) && !CURRENCY_PLACE_WORDS.has(t.lower)) return null;
  let k = j + 1;
  if (tokens[k] && CURRENCY_PLACE_WORDS.has(tokens[k].lower) && !currencyName(r, k)) k++;
  const after =
    currencyName(r, k) ??
    (tokens[k] && POUND_NAMES.has(tokens[k].lower) ? 'GBP' : null) ??
    (tokens[k] && tokens[k].lower in AMBIGUOUS_CURRENCY_NAMES ? AMBIGUOUS_CURRENCY_NAMES[tokens[k].lower] : null);
  if (!after || k > j + 2) return null;
  return { last: k, code: localCurrency(tokens[j].lower, after) };
}

/** The currency token `k` names by itself ("dollars", "yen"); "pounds" alone may be a weight. */
function currencyName(r: Reader, k: number): string | null {
  const w = r.tokens[k];
  if (!w || r.blocked[k] || !w.isWord || !(w.lower in CURRENCY_NAMES) || POUND_NAMES.has(w.lower)) return null;
  return CURRENCY_NAMES[w.lower];
}

/** "M" before a code means millions: "30 MUSD", "120 MEUR"; the code, or null. */
export function millionsCode(t: Token): string | null {
  const code = t.text.length === 4 && t.text[0] === 'M' ? t.text.slice(1) : '';
  return code && CURRENCY_CODES.has(code) ? code : null;
}

/** "australian dollars" -> AUD; otherwise the name's own code. */
function localCurrency(adjective: string, code: string): string {
  if (code !== 'USD') return code;
  return LOCAL_DOLLARS[adjective] ?? code;
}

let demonymCache: Set<string> | undefined;
function lowerDemonyms(): Set<string> {
  if (!demonymCache) demonymCache = new Set([...gazetteer().demonyms].map((d) => d.toLowerCase()));
  return demonymCache;
}

export function currencyCode(t: Token): string | null {
  if (!t.isWord) return null;
  if (CURRENCY_CODES.has(t.text)) return t.text;
  if (LOWERCASE_CURRENCY_CODES.has(t.text)) return t.text.toUpperCase();
  return null;
}

/** A scale after a currency code: "75 USD million". */
export function readScaleAfterCode(r: Reader, a: Amount): Amount {
  const s = r.tokens[a.last + 1];
  if (s && !r.blocked[a.last + 1] && s.lower in LARGE_SCALES && a.value !== null && !a.scale && currencyCode(r.tokens[a.last])) {
    scaleBy(a, LARGE_SCALES[s.lower]);
    a.last++;
    a.end = s.end;
  }
  return a;
}

/** Hundredths after a currency amount: "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50". */
export function readSubunit(r: Reader, a: Amount): Amount {
  const { tokens, blocked } = r;
  if (a.value === null || a.scale || !Number.isInteger(a.value) || a.unitName === 'cent' || a.unitName === 'penny') return a;
  let j = a.last + 1;
  if (tokens[j]?.lower === 'and') j++;
  const t = tokens[j];
  if (!t || blocked[j] || tokens[j].sentence !== tokens[a.last].sentence) return a;
  const n = t.isNumber && TWO_DIGITS.test(t.text) ? { value: Number(t.text), last: j } : readSmallWords(r, j);
  if (!n || n.value >= 100) return a;
  let last = n.last;
  const after = tokens[last + 1];
  if (after && after.isWord && SUBUNIT_NAMES.has(after.lower) && !blocked[last + 1]) last++;
  else if (
    after &&
    after.isWord &&
    after.sentence === t.sentence &&
    (isNoun(after) || currencyCode(after) || after.lower in CURRENCY_NAMES)
  )
    return a;
  else if (after && LEADING_SIGNS.has(after.text)) return a;
  a.value += n.value / 100;
  a.last = last;
  a.end = tokens[last].end;
  return a;
}
