// What is written before a number: currency signs and codes, "aged", and qualifiers.
import { CURRENCY_CODES, CURRENCY_SIGNS, DOLLAR_PREFIXES, STRICT_DOLLAR_PREFIXES } from '../lexicon/currencies';
import { isLetterOrDigit } from '../tokenize';
import { currencyCode, readSubunit } from './currency';
import { withQualifier } from './qualifiers';
import { type Amount, type Reader, scaleBy } from './reader';

// ── What comes before the number ─────────────────────────────────────────────────────────────

/** Currency signs and codes, "aged", and qualifiers before the number. */
export function readPrefix(r: Reader, a: Amount): Amount {
  const { tokens, blocked, text } = r;
  const p = tokens[a.first - 1];
  const usable = (k: number) => k >= 0 && !blocked[k] && tokens[k].sentence === tokens[a.first].sentence;
  if (p && usable(a.first - 1) && a.unit !== 'ordinal') {
    // "$5", "$ 75 million", "€ 2 million", "US$ 150", "c $ 16.4 million", "u.s $ 100".
    if (p.text in CURRENCY_SIGNS) {
      const adjacentToSign = !tokens[a.first].spaceBefore || /^\s{1,2}$/.test(text.slice(p.end, tokens[a.first].start));
      if (adjacentToSign && p.text !== '¢') {
        a.first--;
        a.start = p.start;
        if (a.unit !== 'currency') {
          a.unit = 'currency';
          a.unitName = CURRENCY_SIGNS[p.text];
        }
        if (p.text === '$') dollarPrefix(r, a);
        a.qualifier = 'exact';
        return withQualifier(r, readSubunit(r, a));
      }
    }
    // "USD 200", "EUR 125", "rmb 10", "MAUD 60", "Rs 500".
    const code =
      currencyCode(p) ??
      (/^M[A-Z]{3}$/.test(p.text) && CURRENCY_CODES.has(p.text.slice(1)) ? p.text : null) ??
      (p.text === 'Rs' ? 'INR' : null);
    if (code && a.unit === 'count') {
      a.first--;
      a.start = p.start;
      a.unit = 'currency';
      if (code.length === 4) {
        scaleBy(a, 1e6);
        a.unitName = code.slice(1);
      } else a.unitName = code;
      return withQualifier(r, readSubunit(r, a));
    }
    // "aged 35", "age 87".
    if (
      p.isWord &&
      (p.lower === 'aged' || p.lower === 'age' || p.lower === 'ages') &&
      a.unit === 'count' &&
      a.value !== null &&
      Number.isInteger(a.value) &&
      a.value < 130 &&
      a.value > 0
    ) {
      a.first--;
      a.start = p.start;
      a.unit = 'age';
      a.unitName = 'years';
      return withQualifier(r, a);
    }
  }
  return withQualifier(r, a);
}

/** Letters before a dollar sign: "US$", "HK$", "c $", "u.s $", "usd$", "Mex$". */
function dollarPrefix(r: Reader, a: Amount) {
  const { tokens, text } = r;
  const sign = tokens[a.first];
  const k = a.first - 1;
  const p = tokens[k];
  if (!p || r.blocked[k]) return;
  const gap = text.slice(p.end, sign.start);
  if (gap.length > 1 || (gap && !/^ $/.test(gap))) return;
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
