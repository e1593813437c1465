// Numbers written in figures: "1,234.5", "12,34,567", ".08", "1e10", "3/4", "10k", "75ml", "21st".
import { CURRENCY_CODES, CURRENCY_SIGNS, LOWERCASE_CURRENCY_CODES } from '../lexicon/currencies';
import { MEASURE_UNITS } from '../lexicon/measures';
import { SCALE_SUFFIXES } from '../lexicon/quantities';
import { isLetterOrDigit, tokenEndingAt } from '../tokenize';
import { type Figure, type Reader, isHyphen } from './reader';

/** Figures run together in one token are a list, not one number: "22,24,26,31", "192.168.1.2". */
export function listParts(r: Reader, i: number): { start: number; end: number; value: number }[] | null {
  const t = r.tokens[i];
  if (
    !t.isNumber ||
    !/^\d+(?:,\d+){2,}$|^\d+(?:\.\d+){2,}$/.test(t.text) ||
    /^\d{1,3}(?:,\d{3})+$|^\d{1,2}(?:,\d{2})+,\d{3}$/.test(t.text)
  )
    return null;
  if (t.start > 0 && /[\p{L}\p{N}\-./]/u.test(r.text[t.start - 1])) return null;
  const parts: { start: number; end: number; value: number }[] = [];
  let at = t.start;
  for (const piece of t.text.split(/[.,]/)) {
    parts.push({ start: at, end: at + piece.length, value: Number(piece) });
    at += piece.length + 1;
  }
  return parts;
}

// Figures: "1,234.5", "12,34,567", "1 234 567", "5,00", "1.111,11", ".08", "1e10", "1.1^23", "1.3x10^6", "3/4", "2 1/4".
const INTEGER_PART =
  /\d{1,3}(?:,\d{3})+(?![\d])|\d{1,2}(?:,\d{2})+,\d{3}(?![\d])|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d]|[ \u00a0\u202f\u2009]\d)|\d+/y;
const EUROPEAN_FIGURE = /\d{1,3}(?:\.\d{3})+,\d+(?![\d]|[.,]\d)/y;
const SEPARATORS = /[, \u00a0\u202f\u2009]/g;
const DECIMAL_PART = /\.\d+/y;
const DECIMAL_COMMA = /,(\d{1,2})(?![\d]|,\d)/y;
const EXPONENT = /[eE]([+-]?\d+)(?![\p{L}\p{N}])/uy;
const POWER = /\^([+-]*)(\d+)/y;
const TIMES_TEN = / ?[x×*] ?10\^([+-]?\d+)/y;
const SLASH_FRACTION = /\/(\d+)(?![\d/])/y;
const MIXED_FRACTION = /[ \t]+(\d+)\/(\d+)(?![\d/])/y;
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}\p{N}])/uy;
const ATTACHED_WORD = /[\p{L}µμ]+[²³23]?(?![\p{L}\p{N}])/uy;

function exec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Reads the figure at token `i`; null when it is part of a code, a time or a list ("F-16", "10:30", "1,2,3"). */
export function readFigure(r: Reader, i: number, start = r.tokens[i].start): Figure | null {
  const { text, tokens } = r;
  // Codes and names with digits: "F-16", "COVID-19", "A380", "192.168.1.2", "24/7".
  if (start === tokens[i].start && start > 0) {
    if (isLetterOrDigit(text, start - 1)) return null;
    const p = tokens[i - 1];
    const pp = tokens[i - 2];
    if (p && !tokens[i].spaceBefore && pp && !p.spaceBefore) {
      if (isHyphen(p) && pp.isWord && /^\p{L}/u.test(pp.text)) return null;
      if ((p.text === '.' || p.text === '/') && /[\p{L}\p{N}]$/u.test(pp.text)) return null;
    }
  }
  let at = start;
  let value: number;
  let plain = false;
  let m: RegExpExecArray | null;
  if (text[at] === '.') {
    m = exec(DECIMAL_PART, text, at)!;
    value = Number('0' + m[0]);
    at += m[0].length;
  } else if ((m = exec(EUROPEAN_FIGURE, text, at))) {
    value = Number(m[0].replace(/\./g, '').replace(',', '.'));
    at += m[0].length;
  } else {
    m = exec(INTEGER_PART, text, at);
    if (!m) return null;
    const integer = m[0];
    const digits = integer.replace(SEPARATORS, '');
    value = Number(digits);
    at += integer.length;
    const grouped = integer.length !== digits.length;
    let d: RegExpExecArray | null;
    if ((d = exec(DECIMAL_PART, text, at))) {
      value = Number(digits + d[0]);
      at += d[0].length;
    } else if (!grouped && (d = exec(DECIMAL_COMMA, text, at))) {
      value = Number(`${integer}.${d[1]}`);
      at += d[0].length;
    } else if (!grouped && (d = exec(SLASH_FRACTION, text, at))) {
      const den = Number(d[1]);
      if (den > 0 && value < den) {
        value /= den;
        at += d[0].length;
      }
    } else if (!grouped && (d = exec(MIXED_FRACTION, text, at))) {
      const num = Number(d[1]);
      const den = Number(d[2]);
      if (den > 0 && num < den) {
        value += num / den;
        at += d[0].length;
      } else plain = true;
    } else plain = !grouped;
  }
  let e: RegExpExecArray | null;
  if ((e = exec(EXPONENT, text, at))) {
    value = Number(`${value}e${Number(e[1])}`);
    at += e[0].length;
    plain = false;
  } else if ((e = exec(POWER, text, at))) {
    const negative = (e[1].match(/-/g)?.length ?? 0) % 2 === 1;
    value = value ** (negative ? -Number(e[2]) : Number(e[2]));
    at += e[0].length;
    plain = false;
  } else if ((e = exec(TIMES_TEN, text, at))) {
    value *= 10 ** Number(e[1]);
    at += e[0].length;
    plain = false;
  }
  if (!Number.isFinite(value)) return null;
  const fig: Figure = { value, end: at, last: i, plain };
  // Letters written onto the figure: "21st", "10k", "75ml", "115USD", "24703m2"; anything else is a code ("13F").
  if ((e = exec(ORDINAL_SUFFIX, text, at))) {
    fig.ordinal = true;
    fig.end = at + e[0].length;
    fig.plain = false;
  } else if ((e = exec(ATTACHED_WORD, text, at))) {
    const word = e[0];
    const lower = word.toLowerCase();
    if (word === 's' && plain) fig.plain = false;
    else if (word.length === 1) {
      // Single letters: "10k", "$7B", "1.2b", "10M", "48m", "100t"; "Flight 7B" and "5G" are names.
      const money = tokens[i - 1]?.text in CURRENCY_SIGNS;
      if (lower === 'k') fig.scale = 1e3;
      else if (/^[MBGb]$/.test(word) && (value >= 10 || !plain || money)) fig.scale = word === 'M' ? 1e6 : 1e9;
      else if (word === lower && lower in MEASURE_UNITS) {
        fig.unit = 'measure';
        fig.unitName = MEASURE_UNITS[lower];
      } else return null;
    } else if (word === 'MM' || (lower in SCALE_SUFFIXES && lower !== 'mm'))
      fig.scale = word === 'MM' ? 1e6 : SCALE_SUFFIXES[lower];
    else if (CURRENCY_CODES.has(word.toUpperCase()) && (word === word.toUpperCase() || LOWERCASE_CURRENCY_CODES.has(lower))) {
      fig.unit = 'currency';
      fig.unitName = word.toUpperCase();
    } else if (word in CURRENCY_SIGNS) {
      fig.unit = 'currency';
      fig.unitName = CURRENCY_SIGNS[word];
    } else if (lower in MEASURE_UNITS && lower !== 'degree' && lower !== 'degrees') {
      fig.unit = 'measure';
      fig.unitName = MEASURE_UNITS[lower];
    } else return null;
    fig.end = at + word.length;
    fig.plain = false;
    if (fig.scale) fig.value *= fig.scale;
  } else if (isLetterOrDigit(text, at)) return null;
  // The figure must end where a token ends, unless it is followed by a separator and more digits (a list or a time).
  const k = tokenEndingAt(tokens, i, fig.end);
  if (k < 0) return null;
  for (let x = i + 1; x <= k; x++) if (r.blocked[x]) return null;
  fig.last = k;
  return fig;
}
