// Numbers written in figures: "1,234.5", "12,34,567", ".08", "1e10", "3/4", "10k", "75ml", "21st".
// scanFigure finds how a figure is written, figureValue computes it, and readFigure adds what the
// tokens around it say: letters written onto it, codes and names that hold digits.
import { CURRENCY_CODES, CURRENCY_SIGNS, LOWERCASE_CURRENCY_CODES } from '../lexicon/currencies';
import { MEASURE_UNITS } from '../lexicon/measures';
import { CASED_SCALE_SUFFIXES, LETTER_SCALES, SCALE_SUFFIXES } from '../lexicon/quantities';
import { isLetterOrDigit, tokenEndingAt } from '../tokenize';
import type { NumberUnit } from '../types';
import { type Figure, type Reader, isHyphen } from './reader';

// "22,24,26,31", "192.168.1.2": three or more groups; "1,234,567" and "12,34,567" are one figure.
const FIGURE_LIST = /^\d+(?:,\d+){2,}$|^\d+(?:\.\d+){2,}$/;
const GROUPED_FIGURE = /^\d{1,3}(?:,\d{3})+$|^\d{1,2}(?:,\d{2})+,\d{3}$/;
const JOINED_BEFORE = /[\p{L}\p{N}\-./]/u;
const STARTS_WITH_LETTER = /^\p{L}/u;
const ENDS_WITH_LETTER_OR_DIGIT = /[\p{L}\p{N}]$/u;

/** Figures run together in one token are a list, not one number: "22,24,26,31", "192.168.1.2". */
export function listParts(r: Reader, i: number): { start: number; end: number; value: number }[] | null {
  const t = r.tokens[i];
  if (!t.isNumber || !FIGURE_LIST.test(t.text) || GROUPED_FIGURE.test(t.text)) return null;
  if (t.start > 0 && JOINED_BEFORE.test(r.text[t.start - 1])) return null;
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
const EUROPEAN_FIGURE = /(\d{1,3}(?:\.\d{3})+),(\d+)(?![\d]|[.,]\d)/y;
const SEPARATORS = /[,. \u00a0\u202f\u2009]/g;
const DECIMAL_PART = /\.(\d+)/y;
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

/** How a figure is written, before any arithmetic. */
export interface FigureParts {
  /** Where the figure ends in the text. */
  end: number;
  /** The digits before the decimal mark, separators left out ("" in ".75"). */
  whole: string;
  /** The digits after the decimal mark ("5" in "1,234.5" and in "1.234,5"). */
  decimals?: string;
  /** "3/4": what the whole part is divided by. */
  over?: number;
  /** "2 1/4": the fraction added to the whole part. */
  plus?: { numerator: number; denominator: number };
  /** "6.02e23", "2^10", "2.5x10^-3": the exponent and its base. */
  power?: { base: 'e' | '^' | 'x10'; exponent: number };
  /** An integer without separators, decimals or fraction. */
  plain: boolean;
}

/** Finds the figure written at `at` ("1,234.5", ".75", "3/4", "2 1/4", "1e10"); null when no digit is there. */
export function scanFigure(text: string, at: number): FigureParts | null {
  let m: RegExpExecArray | null;
  let parts: FigureParts;
  if (text[at] === '.') {
    if (!(m = exec(DECIMAL_PART, text, at))) return null;
    parts = { end: at + m[0].length, whole: '', decimals: m[1], plain: false };
  } else if ((m = exec(EUROPEAN_FIGURE, text, at))) {
    parts = { end: at + m[0].length, whole: m[1].replace(SEPARATORS, ''), decimals: m[2], plain: false };
  } else {
    if (!(m = exec(INTEGER_PART, text, at))) return null;
    const whole = m[0].replace(SEPARATORS, '');
    parts = scanAfterWhole(text, at + m[0].length, whole, whole.length !== m[0].length);
  }
  return scanPower(text, parts);
}

/** What follows the whole part: decimals, a decimal comma ("7,50"), a fraction ("3/4", "2 1/4"). */
function scanAfterWhole(text: string, at: number, whole: string, grouped: boolean): FigureParts {
  let d: RegExpExecArray | null;
  if ((d = exec(DECIMAL_PART, text, at))) return { end: at + d[0].length, whole, decimals: d[1], plain: false };
  if (grouped) return { end: at, whole, plain: false };
  if ((d = exec(DECIMAL_COMMA, text, at))) return { end: at + d[0].length, whole, decimals: d[1], plain: false };
  if ((d = exec(SLASH_FRACTION, text, at))) {
    // "5/3" is no fraction of a whole; the figure stops before the slash.
    const over = Number(d[1]);
    return over > 0 && Number(whole) < over
      ? { end: at + d[0].length, whole, over, plain: false }
      : { end: at, whole, plain: false };
  }
  if ((d = exec(MIXED_FRACTION, text, at))) {
    const numerator = Number(d[1]);
    const denominator = Number(d[2]);
    if (denominator > 0 && numerator < denominator)
      return { end: at + d[0].length, whole, plus: { numerator, denominator }, plain: false };
  }
  return { end: at, whole, plain: true };
}

/** An exponent after the figure: "e10", "^2", "x10^6". */
function scanPower(text: string, parts: FigureParts): FigureParts {
  let e: RegExpExecArray | null;
  if ((e = exec(EXPONENT, text, parts.end))) parts.power = { base: 'e', exponent: Number(e[1]) };
  else if ((e = exec(POWER, text, parts.end))) {
    // "2^-3", "2^+-3": an odd number of minus signs.
    let minuses = 0;
    for (const c of e[1]) if (c === '-') minuses++;
    const negative = minuses % 2 === 1;
    parts.power = { base: '^', exponent: negative ? -Number(e[2]) : Number(e[2]) };
  } else if ((e = exec(TIMES_TEN, text, parts.end))) parts.power = { base: 'x10', exponent: Number(e[1]) };
  else return parts;
  parts.end += e[0].length;
  parts.plain = false;
  return parts;
}

/** The value of a figure as scanned. */
export function figureValue(parts: FigureParts): number {
  let value = parts.decimals !== undefined ? Number(`${parts.whole || '0'}.${parts.decimals}`) : Number(parts.whole);
  if (parts.over !== undefined) value /= parts.over;
  else if (parts.plus) value += parts.plus.numerator / parts.plus.denominator;
  const power = parts.power;
  if (!power) return value;
  if (power.base === 'e') return Number(`${value}e${power.exponent}`);
  if (power.base === '^') return value ** power.exponent;
  return value * 10 ** power.exponent;
}

/** What letters written onto a figure make of it. */
interface Suffix {
  end: number;
  ordinal?: boolean;
  scale?: number;
  unit?: NumberUnit;
  unitName?: string;
}

/** Reads the figure at token `i`; null when it is part of a code, a time or a list ("F-16", "10:30", "1,2,3"). */
export function readFigure(r: Reader, i: number, start = r.tokens[i].start): Figure | null {
  if (start === r.tokens[i].start && start > 0 && insideCode(r, i, start)) return null;
  const parts = scanFigure(r.text, start);
  if (!parts) return null;
  const value = figureValue(parts);
  if (!Number.isFinite(value)) return null;
  const suffix = readSuffix(r, i, parts, value);
  if (!suffix) return null;
  const fig: Figure = { value, end: suffix.end, last: i, plain: parts.plain && suffix.end === parts.end };
  if (suffix.ordinal) fig.ordinal = true;
  if (suffix.scale) {
    fig.scale = suffix.scale;
    fig.value *= suffix.scale;
  }
  if (suffix.unit) fig.unit = suffix.unit;
  if (suffix.unitName) fig.unitName = suffix.unitName;
  // The figure must end where a token ends, unless it is followed by a separator and more digits (a list or a time).
  const k = tokenEndingAt(r.tokens, i, fig.end);
  if (k < 0) return null;
  for (let x = i + 1; x <= k; x++) if (r.blocked[x]) return null;
  fig.last = k;
  return fig;
}

/** Codes and names with digits: "F-16", "COVID-19", "A380", "192.168.1.2", "24/7". */
function insideCode(r: Reader, i: number, start: number): boolean {
  const { text, tokens } = r;
  if (isLetterOrDigit(text, start - 1)) return true;
  const p = tokens[i - 1];
  const pp = tokens[i - 2];
  if (!p || tokens[i].spaceBefore || !pp || p.spaceBefore) return false;
  if (isHyphen(p) && pp.isWord && STARTS_WITH_LETTER.test(pp.text)) return true;
  return (p.text === '.' || p.text === '/') && ENDS_WITH_LETTER_OR_DIGIT.test(pp.text);
}

/** Letters written onto the figure: "21st", "10k", "75ml", "115USD", "24703m2"; null for anything else, a code ("13F"). */
function readSuffix(r: Reader, i: number, parts: FigureParts, value: number): Suffix | null {
  const { text } = r;
  const at = parts.end;
  let e: RegExpExecArray | null;
  if ((e = exec(ORDINAL_SUFFIX, text, at))) return { end: at + e[0].length, ordinal: true };
  if (!(e = exec(ATTACHED_WORD, text, at))) return isLetterOrDigit(text, at) ? null : { end: at };
  const word = e[0];
  const end = at + word.length;
  const lower = word.toLowerCase();
  // "the 1990s".
  if (word === 's' && parts.plain) return { end };
  if (word.length === 1) {
    // Single letters: "10k", "$7B", "1.2b", "10M", "48m", "100t"; "Flight 7B" and "5G" are names.
    const money = r.tokens[i - 1]?.text in CURRENCY_SIGNS;
    if (lower === 'k') return { end, scale: 1e3 };
    if (word in LETTER_SCALES && (value >= 10 || !parts.plain || money)) return { end, scale: LETTER_SCALES[word] };
    if (word === lower && lower in MEASURE_UNITS) return { end, unit: 'measure', unitName: MEASURE_UNITS[lower] };
    return null;
  }
  if (word in CASED_SCALE_SUFFIXES) return { end, scale: CASED_SCALE_SUFFIXES[word] };
  if (lower in SCALE_SUFFIXES && lower !== 'mm') return { end, scale: SCALE_SUFFIXES[lower] };
  if (CURRENCY_CODES.has(word.toUpperCase()) && (word === word.toUpperCase() || LOWERCASE_CURRENCY_CODES.has(lower)))
    return { end, unit: 'currency', unitName: word.toUpperCase() };
  if (word in CURRENCY_SIGNS) return { end, unit: 'currency', unitName: CURRENCY_SIGNS[word] };
  if (lower in MEASURE_UNITS && lower !== 'degree' && lower !== 'degrees')
    return { end, unit: 'measure', unitName: MEASURE_UNITS[lower] };
  return null;
}
