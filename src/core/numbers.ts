// Quantities in figures and words: their value, qualifier ("more than", "about"), range, unit
// (percent, currency, measure, temperature, age, ordinal) and what they count.
import type { NumberMention, NumberUnit, Qualifier } from './types';
import { isLetterOrDigit, tokenEndingAt, type Token } from './tokenize';
import { gazetteer } from './lexicon/gazetteer';
import { FUNCTION_WORDS, IRREGULAR_PLURALS, TEAM_VERBS, TIME_UNITS } from './lexicon/words';
import {
  AGE_ABBREVIATIONS,
  AGE_UNITS,
  AMBIGUOUS_CURRENCY_NAMES,
  CHANGE_VERBS,
  COMPARISON_SIGNS,
  CURRENCY_CODES,
  CURRENCY_NAMES,
  CURRENCY_PLACE_WORDS,
  CURRENCY_SIGNS,
  DEGREE_WORDS,
  DENOMINATORS,
  DIMENSION_ADJECTIVES,
  DOLLAR_PREFIXES,
  DOZEN_WORDS,
  FRACTION_CHARACTERS,
  LARGE_SCALES,
  LOWERCASE_CURRENCY_CODES,
  MEASURE_UNITS,
  ATTACHED_ONLY_UNITS,
  NEGATIVE_WORDS,
  OPEN_END_WORDS,
  ORDINAL_WORDS,
  PERCENT_WORDS,
  PLURAL_DENOMINATORS,
  QUALIFIER_PHRASES,
  RATE_DENOMINATORS,
  SCALE_SUFFIXES,
  SINGLE_LETTER_SCALES,
  SPACED_SCALE_SUFFIXES,
  STRICT_DOLLAR_PREFIXES,
  SUBUNIT_NAMES,
  TEMPERATURE_SCALES,
  TEN_WORDS,
  TWO_WORD_UNITS,
  UNIT_FIRST_WORDS,
  UNIT_WORDS,
  VAGUE_AMOUNTS,
  LOCAL_DOLLARS,
} from './lexicon/quantities';

/** A quantity being read: token range, character range and what is known so far. */
interface Amount {
  first: number;
  last: number;
  start: number;
  end: number;
  value: number | null;
  low?: number;
  high?: number;
  unit: NumberUnit;
  unitName?: string;
  qualifier: Qualifier;
  /** The scale written with it ("million"), so a bare number before it in a range can share it. */
  scale?: number;
}

/** The figure part of a number written in digits. */
interface Figure {
  value: number;
  end: number;
  last: number;
  /** A plain integer without separators, decimals or suffix. */
  plain: boolean;
  ordinal?: boolean;
  scale?: number;
  unit?: NumberUnit;
  unitName?: string;
}

/** Everything the readers share for one text. */
interface Reader {
  text: string;
  tokens: Token[];
  blocked: Uint8Array;
}

/** Returns the number mentions, skipping tokens already `blocked` (time expressions), and blocks their tokens. */
export function findNumbers(text: string, tokens: Token[], blocked: Uint8Array): NumberMention[] {
  const r: Reader = { text, tokens, blocked };
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i]) continue;
    const parts = listParts(r, i);
    if (parts) {
      for (const p of parts)
        out.push({
          start: p.start,
          end: p.end,
          text: text.slice(p.start, p.end),
          value: p.value,
          qualifier: 'exact',
          unit: 'count',
          counts: null,
        });
      blocked[i] = 1;
      continue;
    }
    const found = readVague(r, i) ?? readQuantity(r, i);
    if (!found) continue;
    if (found === 'idiom') continue;
    const counts = countedAfter(tokens, found.last, found.unit);
    out.push({
      start: found.start,
      end: found.end,
      text: text.slice(found.start, found.end),
      value: found.value,
      ...(found.low !== undefined ? { low: found.low } : {}),
      ...(found.high !== undefined ? { high: found.high } : {}),
      qualifier: found.qualifier,
      unit: found.unit,
      ...(found.unitName ? { unitName: found.unitName } : {}),
      counts: counts ? text.slice(counts.start, counts.end) : null,
      ...(counts ? { countsSpan: counts } : {}),
    });
    for (let k = found.first; k <= found.last; k++) blocked[k] = 1;
    i = found.last;
  }
  return out;
}

/** Figures run together in one token are a list, not one number: "22,24,26,31", "192.168.1.2". */
function listParts(r: Reader, i: number): { start: number; end: number; value: number }[] | null {
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

// ── Whole quantities: prefix, number, unit, range ────────────────────────────────────────────

/** A full quantity starting at token `i`: the number with its unit, then what is written before it, then a range. */
function readQuantity(r: Reader, i: number): Amount | 'idiom' | null {
  const core = readNumber(r, i);
  if (!core) return null;
  if (isIdiom(r.tokens, core)) return 'idiom';
  let a = readUnitAfter(r, core);
  a = readPrefix(r, a);
  a = readProportion(r, a) ?? a;
  a = readRange(r, a) ?? a;
  a = readOpenEnd(r, a);
  return a;
}

const VAGUE_STARTS = new Set(['few', 'several', 'many', 'couple', ...Object.keys(VAGUE_AMOUNTS)]);

/** An approximate count read from `first` to `last` ("a few hundred", "dozens"). */
function vagueAmount(
  r: Reader,
  first: number,
  last: number,
  low: number | null,
  high: number | null,
  value: number | null = null,
): Amount {
  const a: Amount = {
    first,
    last,
    start: r.tokens[first].start,
    end: r.tokens[last].end,
    value,
    unit: 'count',
    qualifier: 'approximate',
  };
  if (low !== null) a.low = low;
  if (high !== null) a.high = high;
  return withQualifier(r, a);
}

/** Vague amounts: "a few hundred", "several thousand", "tens of thousands", "dozens", "a couple of". */
function readVague(r: Reader, i: number): Amount | null {
  const { tokens, blocked } = r;
  const t = tokens[i];
  if (!t.isWord || !VAGUE_STARTS.has(t.lower)) return null;
  if ((t.lower === 'few' && tokens[i - 1]?.lower === 'a') || t.lower === 'several' || t.lower === 'many') {
    const s = tokens[i + 1];
    if (s && !blocked[i + 1] && (s.lower === 'hundred' || s.lower in LARGE_SCALES)) {
      const scale = s.lower === 'hundred' ? 100 : LARGE_SCALES[s.lower];
      return vagueAmount(r, t.lower === 'few' ? i - 1 : i, i + 1, 2 * scale, 9 * scale);
    }
    return null;
  }
  // "a couple of dozen", "a couple of hundred", "a couple of weeks".
  if (
    t.lower === 'couple' &&
    tokens[i - 1]?.lower === 'a' &&
    tokens[i + 1]?.lower === 'of' &&
    tokens[i + 2]?.isWord &&
    !blocked[i + 2]
  ) {
    const s = tokens[i + 2].lower;
    if (s === 'hundred' || s in LARGE_SCALES || s === 'dozen') {
      const scale = s === 'hundred' ? 100 : s === 'dozen' ? 12 : LARGE_SCALES[s];
      return vagueAmount(r, i - 1, i + 2, null, null, 2 * scale);
    }
    return vagueAmount(r, i - 1, i, null, null, 2);
  }
  // "scores of people"; "scores" alone is a noun.
  if (t.lower in VAGUE_AMOUNTS && !(t.lower === 'scores' && tokens[i + 1]?.lower !== 'of')) {
    let { low, high } = VAGUE_AMOUNTS[t.lower];
    let last = i;
    // "tens of thousands", "hundreds of thousands", "tens of millions".
    if (
      tokens[i + 1]?.lower === 'of' &&
      tokens[i + 2] &&
      tokens[i + 2].lower in VAGUE_AMOUNTS &&
      tokens[i + 2].lower !== 'tens'
    ) {
      const inner = VAGUE_AMOUNTS[tokens[i + 2].lower];
      const unit = inner.low / 2;
      const outer = t.lower === 'tens' ? 10 : t.lower === 'hundreds' ? 100 : t.lower === 'dozens' ? 12 : low;
      low = outer * 2 * unit;
      high = outer * 9.99 * unit;
      last = i + 2;
    } else if (t.lower === 'tens') {
      return null;
    }
    // "three dozens" is exact; "dozens" alone is vague.
    if (t.lower === 'dozens' && (isWordNumber(tokens[i - 1]) || tokens[i - 1]?.isNumber)) return null;
    return vagueAmount(r, i, last, low, high);
  }
  return null;
}

// ── Numbers: figures and words ───────────────────────────────────────────────────────────────

const isWordNumber = (t: Token | undefined) =>
  !!t &&
  t.isWord &&
  (t.lower in UNIT_WORDS || t.lower in TEN_WORDS || t.lower === 'hundred' || t.lower in LARGE_SCALES || t.lower === 'dozen');
const startsFigure = (t: Token | undefined) => !!t && t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57;
const isHyphen = (t: Token | undefined) => !!t && (t.text === '-' || t.text === '‐' || t.text === '‑');
const isMinus = (t: Token | undefined) => !!t && (t.text === '-' || t.text === '−' || t.text === '‑');

/** A number, signed or not, in figures, words or both ("-4.5", "minus five", "4 thousand 3 hundred and 21"). */
function readNumber(r: Reader, i: number): Amount | null {
  const { tokens } = r;
  const t = tokens[i];
  // Signs: "-5", "- 1 4/5", "minus five", "negative one".
  if ((isMinus(t) || t.text === '+') && !r.blocked[i + 1]) {
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const attached = next && !next.spaceBefore;
    const freeStanding =
      next &&
      (i === 0 || t.spaceBefore) &&
      !(prev && (prev.isNumber || isWordNumber(prev) || (prev.isWord && /^\d/.test(prev.text))));
    const afterNumber = !!prev && !t.spaceBefore && (prev.isNumber || /\d/.test(prev.text.slice(-1)));
    if (
      next &&
      (startsFigure(next) || next.text === '.') &&
      (attached
        ? (i === 0 || t.spaceBefore || !isLetterOrDigit(r.text, t.start - 1)) &&
          !afterNumber &&
          !(prev && /\d$/.test(prev.text) && t.spaceBefore)
        : freeStanding)
    ) {
      const n = readUnsigned(r, i + 1);
      if (n && n.value !== null) {
        n.first = i;
        n.start = t.start;
        if (isMinus(t)) n.value = -n.value;
        return n;
      }
    }
    return null;
  }
  // "plus or minus 4 points" is a margin, not a negative number.
  if (
    t.isWord &&
    NEGATIVE_WORDS.has(t.lower) &&
    !r.blocked[i + 1] &&
    !(tokens[i - 1]?.lower === 'or' && tokens[i - 2]?.lower === 'plus')
  ) {
    const n = readUnsigned(r, i + 1);
    if (n && n.value !== null && n.unit !== 'ordinal') {
      n.first = i;
      n.start = t.start;
      n.value = -n.value;
      return n;
    }
    return null;
  }
  return readUnsigned(r, i);
}

function readUnsigned(r: Reader, i: number): Amount | null {
  const t = r.tokens[i];
  if (!t) return null;
  if (t.text.length === 1 && t.text in FRACTION_CHARACTERS) {
    const a = amount(r, i, i, FRACTION_CHARACTERS[t.text]);
    return t.start > 0 && isLetterOrDigit(r.text, t.start - 1) ? null : a;
  }
  if (
    startsFigure(t) ||
    (t.text === '.' && startsFigure(r.tokens[i + 1]) && !r.tokens[i + 1].spaceBefore && (i === 0 || t.spaceBefore))
  ) {
    const fig = readFigure(r, i);
    if (!fig) return null;
    return readCardinal(r, i, fig);
  }
  if (!t.isWord) return null;
  // "Ground Zero", "Round Two", "Formula One": a number word inside a name.
  const p = r.tokens[i - 1];
  if (
    t.capitalized &&
    p &&
    p.isWord &&
    p.capitalized &&
    p.sentence === t.sentence &&
    r.tokens[i - 2]?.sentence === t.sentence &&
    t.lower in UNIT_WORDS &&
    !(r.tokens[i + 1]?.isWord && r.tokens[i + 1].capitalized)
  )
    return null;
  const c3 = t.text.charCodeAt(3);
  if (!NUMBER_STARTS.has(t.lower) && !(c3 >= 48 && c3 <= 57 && /^[A-Za-z]{3}\d/.test(t.text))) return null;
  // A code written onto the figure: "USD115", "EUR20".
  const code = /^([A-Za-z]{3})\d/.exec(t.text);
  if (
    code &&
    CURRENCY_CODES.has(code[1].toUpperCase()) &&
    (code[1] === code[1].toUpperCase() || LOWERCASE_CURRENCY_CODES.has(code[1]))
  ) {
    const fig = readFigure(r, i, t.start + 3);
    if (!fig || fig.unit || fig.ordinal || fig.scale) return null;
    return { ...amount(r, i, fig.last, fig.value, 'currency'), unitName: code[1].toUpperCase() };
  }
  if (t.allCaps && !shouting(r.tokens, i)) return null;
  return readCardinal(r, i, null);
}

function amount(r: Reader, first: number, last: number, value: number | null, unit: NumberUnit = 'count'): Amount {
  return { first, last, start: r.tokens[first].start, end: r.tokens[last].end, value, unit, qualifier: 'exact' };
}

/** An all-caps word among words that are not: part of a name ("FIRST Global"), unless the line is in capitals. */
function shouting(tokens: Token[], i: number): boolean {
  const near = [tokens[i - 1], tokens[i + 1]].filter(
    (t) => t && t.isWord && t.sentence === tokens[i].sentence && t.text.length > 1,
  );
  return near.length > 0 && near.every((t) => t!.allCaps);
}

/** Words other than number words and ordinals that can begin a number. */
const NUMBER_STARTS = new Set([
  'a',
  'an',
  'half',
  'quarter',
  'hundred',
  'dozen',
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TEN_WORDS),
  ...Object.keys(LARGE_SCALES),
  ...Object.keys(ORDINAL_WORDS),
]);

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
function readFigure(r: Reader, i: number, start = r.tokens[i].start): Figure | null {
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

/** Numbers in words, or a figure followed by scale words: "two hundred and fifty", "3.5 million", "a dozen". */
function readCardinal(r: Reader, i: number, fig: Figure | null): Amount | null {
  const { tokens, blocked } = r;
  let total = 0;
  let current = 0;
  let lastAdd = 0;
  let maxScale = 0;
  let any = false;
  let last = -1;
  let onlyOne = false;
  let sawScale: number | undefined;
  let afterAnd = false;
  let saved: { total: number; current: number; last: number; maxScale: number } | null = null;
  let restore = false;
  let j = i;
  if (fig) {
    if (fig.ordinal) return { ...amount(r, i, fig.last, fig.value, 'ordinal') };
    if (fig.unit) return { ...amount(r, i, fig.last, fig.value, fig.unit), ...(fig.unitName ? { unitName: fig.unitName } : {}) };
    current = fig.value;
    lastAdd = fig.value;
    if (fig.scale) {
      total = fig.value;
      current = 0;
      maxScale = fig.scale;
      sawScale = fig.scale;
    }
    any = true;
    last = fig.last;
    j = fig.last + 1;
    if (!fig.plain && !fig.scale && !Number.isInteger(fig.value)) {
      // Decimals take a scale ("3.5 million") but nothing else.
      const s = tokens[j];
      if (!s || blocked[j] || !(s.lower in LARGE_SCALES || s.lower === 'hundred' || isSpacedScale(r, j))) return finish();
    }
  } else {
    const t = tokens[i];
    const w = t.lower;
    if (w === 'a' || w === 'an') {
      const n = tokens[i + 1];
      if (!n || blocked[i + 1]) return null;
      if (n.lower === 'hundred' || n.lower in LARGE_SCALES || n.lower === 'dozen') {
        current = 1;
        lastAdd = 1;
        onlyOne = true;
        any = true;
        last = i;
        j = i + 1;
      } else if (
        n.lower in DENOMINATORS ||
        (n.lower in TEN_WORDS && isHyphen(tokens[i + 2]) && tokens[i + 3]?.lower in ORDINAL_WORDS)
      ) {
        const f = readDenominator(r, i + 1, true);
        if (!f || !fractionContextOk(tokens, f.last)) return null;
        return withFractionScale(r, amount(r, i, f.last, 1 / f.den));
      } else return null;
    } else if (w === 'half' || w === 'quarter') {
      // "half a dozen", "half a million", "half million", "quarter million".
      const part = w === 'half' ? 0.5 : 0.25;
      const n = tokens[i + 1];
      if (n?.lower === 'a' && (tokens[i + 2]?.lower === 'dozen' || tokens[i + 2]?.lower in LARGE_SCALES) && !blocked[i + 2]) {
        const s = tokens[i + 2].lower;
        return amount(r, i, i + 2, part * (s === 'dozen' ? 12 : LARGE_SCALES[s]));
      }
      if (n && n.lower in LARGE_SCALES && !blocked[i + 1]) return amount(r, i, i + 1, part * LARGE_SCALES[n.lower]);
      if (w === 'half' && isQualifierEnd(tokens, i)) return amount(r, i, i, 0.5);
      return null;
    } else if (w in ORDINAL_WORDS) {
      return readOrdinalWords(r, i, 0, i, false);
    } else if (!isWordNumber(t)) {
      return null;
    }
  }

  for (; j < tokens.length; j++) {
    if (blocked[j]) break;
    const t = tokens[j];
    const w = t.lower;
    const tail = current % 100;
    if (t.isWord && w in UNIT_WORDS) {
      const u = UNIT_WORDS[w];
      const fits = !any || (tail === 0 && current % 1 === 0 && u > 0) || (tail >= 20 && tail % 10 === 0 && u >= 1 && u <= 9);
      if (!fits || (afterAnd && u === 0)) break;
      if (!any && w === 'one') onlyOne = true;
      else onlyOne = false;
      current += u;
      lastAdd = u;
    } else if (t.isWord && w in TEN_WORDS) {
      if (any && tail !== 0) break;
      current += TEN_WORDS[w];
      lastAdd = TEN_WORDS[w];
      onlyOne = false;
    } else if (w === 'hundred') {
      if (current >= 100 && !(fig && j === fig.last + 1)) {
        restore = saved !== null;
        break;
      }
      current = (current || 1) * 100;
      lastAdd = 0;
      onlyOne = false;
      if (!sawScale) sawScale = 100;
    } else if ((t.isWord && w in LARGE_SCALES) || isSpacedScale(r, j)) {
      const scale = w in LARGE_SCALES ? LARGE_SCALES[w] : spacedScale(r, j);
      if (maxScale && scale === maxScale && current === 0) break;
      const group = current || (any ? 0 : 1);
      if (group === 0 && total === 0) break;
      if (total > 0 && scale > maxScale) total = (total + group) * scale;
      else if (maxScale && scale > maxScale) total = (total + group) * scale;
      else total += group * scale;
      current = 0;
      lastAdd = 0;
      maxScale = Math.max(maxScale, scale);
      sawScale = Math.max(sawScale ?? 0, scale);
      onlyOne = false;
    } else if (DOZEN_WORDS.has(w) && any) {
      current = current - lastAdd + (lastAdd || 1) * 12;
      onlyOne = false;
      last = j;
      break;
    } else if (
      isHyphen(t) &&
      any &&
      continuesNumber(tokens[j + 1], current) &&
      !blocked[j + 1] &&
      t.spaceBefore === tokens[j + 1].spaceBefore
    ) {
      continue;
    } else if (t.isWord && w === 'and' && any && !afterAnd) {
      const n = tokens[j + 1];
      if (!n || blocked[j + 1]) break;
      const fraction = readAndFraction(r, j + 1);
      if (fraction) {
        // "one and a half", "3 million and a half", "five and a half million".
        const s = tokens[fraction.last + 1];
        if (current === 0 && maxScale && !(s && s.lower in LARGE_SCALES)) total += fraction.value * maxScale;
        else current += fraction.value;
        last = fraction.last;
        j = fraction.last;
        any = true;
        continue;
      }
      if (!(tail === 0 && (current > 0 || total > 0)) || !afterScaleWord(tokens[j - 1])) break;
      // Figures after "and" only complete a hundred: "3 hundred and 21", not "$2.5 million and 40 euros".
      if (
        !(n.isWord && (n.lower in UNIT_WORDS || n.lower in TEN_WORDS)) &&
        !(n.isNumber && /^\d+$/.test(n.text) && tokens[j - 1].lower === 'hundred')
      )
        break;
      saved = { total, current, last, maxScale };
      afterAnd = true;
      continue;
    } else if (
      t.isNumber &&
      /^\d{1,3}$/.test(t.text) &&
      any &&
      ((current === 0 && total > 0) || (afterAnd && Number(t.text) < 100 && Number(t.text) > 0 && tail === 0)) &&
      !isLetterOrDigit(r.text, t.start - 1)
    ) {
      // Figures inside a number in words: "4 thousand 3 hundred and 21".
      current += Number(t.text);
      lastAdd = Number(t.text);
    } else if (t.isWord && w === 'point' && any && total === 0 && Number.isInteger(current) && isDigitWord(tokens[j + 1])) {
      const d = readDecimalWords(r, j + 1);
      current = Number(`${current}.${d.digits}`);
      last = d.last;
      break;
    } else if (t.isWord && w in ORDINAL_WORDS) {
      const o = fig ? null : readOrdinalWords(r, i, total + current, j, onlyOne, tail, current);
      if (o) return o;
      break;
    } else break;
    any = true;
    last = j;
    if (afterAnd && w !== 'and') afterAnd = false;
  }
  // A group after "and" must be smaller than what it joins: "3 hundred and 2 hundred" is two numbers.
  if ((afterAnd || restore) && saved) ({ total, current, last } = saved);
  if (last < i || !any) return null;
  // Plural denominators: "two thirds", "three quarters", "twenty-three fifths"; "one eighth", "one - fourth".
  const numerator = total + current;
  const den = readDenominator(r, skipHyphen(tokens, last + 1), onlyOne);
  if (den && (den.plural || (onlyOne && fractionContextOk(tokens, den.last)))) {
    const a = amount(r, i, den.last, numerator / den.den);
    return withFractionScale(r, a);
  }
  return finish();

  function finish(): Amount {
    const a = amount(r, i, last, total + current);
    if (sawScale && sawScale >= 1000) a.scale = sawScale;
    return a;
  }
}

/** Ordinals in words, alone or compound: "third", "twenty-first", "one hundred twenty fifth", "two hundredth". */
function readOrdinalWords(
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
function readDenominator(r: Reader, j: number, singular: boolean): { den: number; last: number; plural: boolean } | null {
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
function readAndFraction(r: Reader, j: number): { value: number; last: number } | null {
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

const afterScaleWord = (t: Token | undefined) => !!t && (t.lower === 'hundred' || t.lower in LARGE_SCALES);
const skipHyphen = (tokens: Token[], j: number) => (isHyphen(tokens[j]) ? j + 1 : j);

/** A fraction followed by a scale: "two thirds of a million", "three quarters billion". */
function withFractionScale(r: Reader, a: Amount): Amount {
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
function fractionContextOk(tokens: Token[], last: number): boolean {
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
function isQualifierEnd(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1]?.lower;
  return p === 'than' || p === 'about' || p === 'nearly' || p === 'almost' || p === 'over' || p === 'under';
}

const continuesNumber = (t: Token | undefined, current: number) =>
  !!t &&
  t.isWord &&
  ((t.lower in UNIT_WORDS && current % 100 >= 20 && current % 10 === 0) ||
    (t.lower in ORDINAL_WORDS && current % 100 >= 20) ||
    t.lower in PLURAL_DENOMINATORS ||
    t.lower in DENOMINATORS ||
    (t.lower in TEN_WORDS && current % 100 === 0 && current > 0) ||
    t.lower === 'hundred');

const isDigitWord = (t: Token | undefined) => !!t && t.isWord && (t.lower in UNIT_WORDS || t.lower in TEN_WORDS);

/** Digits after "point": "zero three" -> "03", "seventy-one" -> "71", "eleven" -> "11". */
function readDecimalWords(r: Reader, j: number): { digits: string; last: number } {
  const { tokens } = r;
  let digits = '';
  let last = j;
  for (let k = j; k < tokens.length; k++) {
    const t = tokens[k];
    if (r.blocked[k]) break;
    if (t.isWord && t.lower in UNIT_WORDS) {
      digits += String(UNIT_WORDS[t.lower]);
    } else if (t.isWord && t.lower in TEN_WORDS) {
      digits += String(TEN_WORDS[t.lower] / 10);
      if (isHyphen(tokens[k + 1]) && tokens[k + 2]?.lower in UNIT_WORDS && UNIT_WORDS[tokens[k + 2].lower] < 10) {
        digits += String(UNIT_WORDS[tokens[k + 2].lower]);
        k += 2;
      } else if (
        tokens[k + 1]?.lower in UNIT_WORDS &&
        UNIT_WORDS[tokens[k + 1].lower] > 0 &&
        UNIT_WORDS[tokens[k + 1].lower] < 10
      ) {
        digits += String(UNIT_WORDS[tokens[k + 1].lower]);
        k += 1;
      } else digits += '0';
    } else break;
    last = k;
  }
  return { digits: digits || '0', last };
}

const isSpacedScale = (r: Reader, j: number) => spacedScale(r, j) > 0;

/** Abbreviated scales standing apart: "10 bln", "2.33 k", "1,674.5 G", "1,674,200.5 M". */
function spacedScale(r: Reader, j: number): number {
  const t = r.tokens[j];
  if (!t || !t.isWord || r.blocked[j]) return 0;
  const prev = r.tokens[j - 1];
  if (!prev || !/\d$/.test(prev.text)) return 0;
  if (SPACED_SCALE_SUFFIXES.has(t.lower)) return SCALE_SUFFIXES[t.lower];
  // Single letters only at the end of a phrase, so "5 K Street" or "Plan 10 M" stay apart.
  const next = r.tokens[j + 1];
  const ends = !next || !next.isWord || next.sentence !== t.sentence;
  if (!ends) return 0;
  if (t.text === 'k' || t.text === 'K') return 1e3;
  if (t.text === 'M') return 1e6;
  if (t.text === 'G') return 1e9;
  return 0;
}

// ── Units after the number ───────────────────────────────────────────────────────────────────

/** Percent, currency, measure, temperature and age written after the number. */
function readUnitAfter(r: Reader, a: Amount): Amount {
  const { tokens, blocked } = r;
  if (a.unit === 'ordinal') return a;
  const free = (k: number) => k < tokens.length && !blocked[k] && tokens[k].sentence === tokens[a.last].sentence;
  const take = (last: number, unit: NumberUnit, unitName?: string) => {
    a.last = last;
    a.end = tokens[last].end;
    a.unit = unit;
    if (unitName) a.unitName = unitName;
    else delete a.unitName;
    return a;
  };
  const j = a.last + 1;
  if (a.unit === 'measure') return readRate(r, a);
  if (a.unit === 'currency') return readSubunit(r, readScaleAfterCode(r, a));
  if (!free(j)) return a;
  const t = tokens[j];
  const w = t.lower;
  // Hyphenated adjectives: "a 3-inch screen", "a six-mile trip", "a 12-cent dividend", "a 35-year-old man".
  // "15-plus years", "100+ people".
  if (
    (t.text === '+' && !t.spaceBefore) ||
    (isHyphen(t) && !t.spaceBefore && tokens[j + 1]?.lower === 'plus' && free(j + 1) && !tokens[j + 1].spaceBefore)
  ) {
    a.qualifier = 'at least';
    return take(t.text === '+' ? j : j + 1, a.unit, a.unitName);
  }
  if (isHyphen(t) && !t.spaceBefore && free(j + 1) && !tokens[j + 1].spaceBefore && tokens[j + 1].isWord) {
    const u = tokens[j + 1].lower;
    if (u in AGE_UNITS && isHyphen(tokens[j + 2]) && tokens[j + 3]?.lower === 'old' && !tokens[j + 3].spaceBefore)
      return take(j + 3, 'age', ageUnitName(u));
    if (u in MEASURE_UNITS && u !== 'degree') return take(j + 1, 'measure', MEASURE_UNITS[u]);
    if (u in CURRENCY_NAMES) return take(j + 1, 'currency', CURRENCY_NAMES[u]);
    if (PERCENT_WORDS.has(u)) return take(j + 1, 'percent');
    return a;
  }
  // Spelled-out hyphens in lower-cased text: "28 - year - old".
  if (
    isHyphen(t) &&
    t.spaceBefore &&
    tokens[j + 1]?.lower in AGE_UNITS &&
    isHyphen(tokens[j + 2]) &&
    tokens[j + 3]?.lower === 'old' &&
    free(j + 3)
  )
    return take(j + 3, 'age', ageUnitName(tokens[j + 1].lower));
  if (t.text === '%' || t.text === '٪') return take(j, 'percent');
  if (w === 'per' && tokens[j + 1]?.lower === 'cent' && free(j + 1)) return take(j + 1, 'percent');
  // Two-word units: "percentage points", "square meters", "metric tons", "cubic feet".
  if (t.isWord && w in UNIT_FIRST_WORDS && free(j + 1)) {
    // "light years", "light-years".
    const k = isHyphen(tokens[j + 1]) && !tokens[j + 1].spaceBefore && free(j + 2) ? j + 2 : j + 1;
    const u = tokens[k].lower;
    const two = `${w} ${u}`;
    if (two in TWO_WORD_UNITS) return readRate(r, take(k, 'measure', TWO_WORD_UNITS[two]));
    if ((UNIT_FIRST_WORDS[w] === 'sq' || UNIT_FIRST_WORDS[w] === 'cu') && u in MEASURE_UNITS) {
      return readRate(r, take(k, 'measure', `${UNIT_FIRST_WORDS[w]} ${MEASURE_UNITS[u]}`));
    }
  }
  if (t.isWord && PERCENT_WORDS.has(w)) return take(j, 'percent');
  // Ages: "five years old", "ninety five years of age", "87 yo", "90 day old".
  if (t.isWord && w in AGE_UNITS && free(j + 1)) {
    if (tokens[j + 1].lower === 'old') return take(j + 1, 'age', ageUnitName(w));
    if (tokens[j + 1].lower === 'of' && tokens[j + 2]?.lower === 'age' && free(j + 2)) return take(j + 2, 'age', ageUnitName(w));
  }
  if (t.isWord && AGE_ABBREVIATIONS.has(w) && a.value !== null && a.value < 130) return take(j, 'age', 'years');
  // Temperatures: "40 deg celsius", "98.6 degrees f", "85°", "10.5 celcius".
  if (DEGREE_WORDS.has(w)) {
    let k = j;
    if (tokens[k + 1]?.text === '.' && w === 'deg' && !tokens[k + 1].spaceBefore) k++;
    const s = tokens[k + 1];
    if (s && free(k + 1) && s.isWord && s.lower in TEMPERATURE_SCALES) return take(k + 1, 'measure', TEMPERATURE_SCALES[s.lower]);
    return take(k, 'measure', '°');
  }
  if (t.isWord && w in TEMPERATURE_SCALES && !SINGLE_LETTER_SCALES.has(w)) return take(j, 'measure', TEMPERATURE_SCALES[w]);
  // Currencies after the number: "5 dollars", "420 million finnish markka", "10 us dollar", "20 usd", "10 €".
  const before = tokens[a.first - 1];
  const signBefore =
    before && !blocked[a.first - 1] && (before.text in CURRENCY_SIGNS || currencyCode(before))
      ? (CURRENCY_SIGNS[before.text] ?? currencyCode(before))
      : null;
  const money = signBefore
    ? t.isWord && CURRENCY_NAMES[w] === signBefore
      ? { last: j, code: signBefore }
      : null
    : currencyAfter(r, a, j);
  if (money) return readSubunit(r, readScaleAfterCode(r, take(money.last, 'currency', money.code)));
  // Measures: "ten miles", "2.4 billion gallons", "188 miles an hour", "50 km/ms", "20 (kg)".
  if (t.text === 'm' && before && before.text in CURRENCY_SIGNS) {
    scaleBy(a, 1e6);
    a.last = j;
    a.end = t.end;
    return a;
  }
  if (t.isWord && w in MEASURE_UNITS && !ATTACHED_ONLY_UNITS.has(w)) {
    if (w === 'pound' || w === 'pounds') return take(j, a.scale ? 'currency' : 'measure', a.scale ? 'GBP' : 'lb');
    if (w === 'second') return a;
    return readFeetAndInches(r, readRate(r, take(j, 'measure', MEASURE_UNITS[w])));
  }
  if (/^[([{<]$/.test(t.text)) {
    const u = tokens[j + 1];
    const c = tokens[j + 2];
    if (
      u &&
      c &&
      free(j + 2) &&
      u.isWord &&
      u.lower in MEASURE_UNITS &&
      /^[)\]}>]$/.test(c.text) &&
      !u.spaceBefore &&
      !c.spaceBefore
    )
      return take(j + 2, 'measure', MEASURE_UNITS[u.lower]);
  }
  // An inch mark before a dimension word: '10 " long'.
  if ((t.text === '"' || t.text === '″') && tokens[j + 1]?.isWord && DIMENSION_ADJECTIVES.has(tokens[j + 1].lower))
    return take(j, 'measure', 'in');
  return a;
}

const ageUnitName = (w: string) => AGE_UNITS[w];

/** A currency name or code after the amount, with a nationality before it ("australian dollars"). */
function currencyAfter(r: Reader, a: Amount, j: number): { last: number; code: string } | null {
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
  if (/^M[A-Z]{3}$/.test(t.text) && CURRENCY_CODES.has(t.text.slice(1))) {
    scaleBy(a, 1e6);
    return { last: j, code: t.text.slice(1) };
  }
  const name = (k: number) => {
    const w = tokens[k];
    if (!w || blocked[k] || !w.isWord) return null;
    if (w.lower in CURRENCY_NAMES && !(w.lower === 'pound' || w.lower === 'pounds')) return CURRENCY_NAMES[w.lower];
    return null;
  };
  const direct = name(j);
  if (direct) return { last: j, code: direct };
  if (t.lower in AMBIGUOUS_CURRENCY_NAMES && a.scale) return { last: j, code: AMBIGUOUS_CURRENCY_NAMES[t.lower] };
  // One or two words naming whose currency: "finnish markka", "swiss francs", "hong kong dollars", "u.s. dollars".
  const demonyms = lowerDemonyms();
  if (!demonyms.has(t.lower) && !CURRENCY_PLACE_WORDS.has(t.lower)) return null;
  let k = j + 1;
  if (tokens[k] && CURRENCY_PLACE_WORDS.has(tokens[k].lower) && !name(k)) k++;
  const after =
    name(k) ??
    (tokens[k] && (tokens[k].lower === 'pounds' || tokens[k].lower === 'pound') ? 'GBP' : null) ??
    (tokens[k] && tokens[k].lower in AMBIGUOUS_CURRENCY_NAMES ? AMBIGUOUS_CURRENCY_NAMES[tokens[k].lower] : null);
  if (!after || k > j + 2) return null;
  return { last: k, code: localCurrency(tokens[j].lower, after) };
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

function currencyCode(t: Token): string | null {
  if (!t.isWord) return null;
  if (CURRENCY_CODES.has(t.text)) return t.text;
  if (LOWERCASE_CURRENCY_CODES.has(t.text)) return t.text.toUpperCase();
  return null;
}

function scaleBy(a: Amount, scale: number) {
  if (a.value !== null) a.value *= scale;
  a.scale = scale;
}

/** A scale after a currency code: "75 USD million". */
function readScaleAfterCode(r: Reader, a: Amount): Amount {
  const s = r.tokens[a.last + 1];
  if (s && !r.blocked[a.last + 1] && s.lower in LARGE_SCALES && a.value !== null && !a.scale && currencyCode(r.tokens[a.last])) {
    scaleBy(a, LARGE_SCALES[s.lower]);
    a.last++;
    a.end = s.end;
  }
  return a;
}

/** Hundredths after a currency amount: "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50". */
function readSubunit(r: Reader, a: Amount): Amount {
  const { tokens, blocked } = r;
  if (a.value === null || a.scale || !Number.isInteger(a.value) || a.unitName === 'cent' || a.unitName === 'penny') return a;
  let j = a.last + 1;
  if (tokens[j]?.lower === 'and') j++;
  const t = tokens[j];
  if (!t || blocked[j] || tokens[j].sentence !== tokens[a.last].sentence) return a;
  const n = t.isNumber && /^\d{1,2}$/.test(t.text) ? { value: Number(t.text), last: j } : readSmallWords(r, j);
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
  else if (after && /^[$€£¥]$/.test(after.text)) return a;
  a.value += n.value / 100;
  a.last = last;
  a.end = tokens[last].end;
  return a;
}

/** A number in words below a hundred: "forty-five", "fifty", "forty five". */
function readSmallWords(r: Reader, j: number): { value: number; last: number } | null {
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

/** Rates after a unit: "miles an hour", "meters per millisecond", "km/hr", "centimeters/millisecond". */
function readRate(r: Reader, a: Amount): Amount {
  const { tokens, blocked } = r;
  const j = a.last + 1;
  const t = tokens[j];
  const u = tokens[j + 1];
  if (!t || !u || blocked[j] || blocked[j + 1] || !u.isWord || !(u.lower in RATE_DENOMINATORS)) return a;
  const slash = t.text === '/' && !t.spaceBefore && !u.spaceBefore;
  const per = t.lower === 'per' || ((t.lower === 'an' || t.lower === 'a') && /^(hour|hr)$/.test(u.lower));
  if (!slash && !per) return a;
  a.last = j + 1;
  a.end = u.end;
  a.unitName = `${a.unitName ?? ''}/${RATE_DENOMINATORS[u.lower]}`;
  return a;
}

/** "5 feet 2 inches", "12 ft 2 in", "5 feet and 2 inches": one length in feet. */
function readFeetAndInches(r: Reader, a: Amount): Amount {
  const { tokens, blocked } = r;
  if (a.unitName !== 'ft' || a.value === null) return a;
  let j = a.last + 1;
  if (tokens[j]?.lower === 'and') j++;
  const n = tokens[j];
  const u = tokens[j + 1];
  if (!n || !u || blocked[j] || blocked[j + 1] || !n.isNumber || !/^\d{1,2}$/.test(n.text)) return a;
  if (!/^(in|inch|inches|")$/.test(u.lower)) return a;
  a.value += Number(n.text) / 12;
  a.last = j + 1;
  a.end = u.end;
  return a;
}

// ── What comes before the number ─────────────────────────────────────────────────────────────

/** Currency signs and codes, "aged", and qualifiers before the number. */
function readPrefix(r: Reader, a: Amount): Amount {
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

/** Qualifiers before the number: "more than", "about", "at least", ">=", "no less than". */
function withQualifier(r: Reader, a: Amount): Amount {
  // "higher than the tenth".
  const skipThe = a.unit === 'ordinal' && r.tokens[a.first - 1]?.lower === 'the' ? 1 : 0;
  const q = qualifierBefore(r, a.first - skipThe);
  // "over three years" is mostly "during", not "more than".
  if (q && r.tokens[q.first].lower === 'over' && q.first === a.first - 1 && TIME_UNITS.has(r.tokens[a.last + 1]?.lower ?? ''))
    return a;
  if (q) {
    a.first = q.first;
    a.start = r.tokens[q.first].start;
    a.qualifier = q.qualifier;
  }
  return a;
}

/** Qualifier phrases as word lists, longest first, indexed by their last and by their first word. */
const PHRASES_BY_LAST_WORD = new Map<string, [string[], Qualifier][]>();
const PHRASES_BY_FIRST_WORD = new Map<string, [string[], Qualifier][]>();
for (const [phrase, qualifier] of QUALIFIER_PHRASES) {
  const words = phrase.split(' ');
  for (const [map, key] of [
    [PHRASES_BY_LAST_WORD, words[words.length - 1]],
    [PHRASES_BY_FIRST_WORD, words[0]],
  ] as const) {
    const list = map.get(key) ?? [];
    list.push([words, qualifier]);
    map.set(key, list);
  }
}

function qualifierBefore(r: Reader, i: number): { first: number; qualifier: Qualifier } | null {
  const { tokens, blocked } = r;
  const sentence = tokens[i]?.sentence;
  // Signs: ">10", ">= 30", "< = 100", "<=  -30".
  const s1 = tokens[i - 1];
  if (s1 && !blocked[i - 1]) {
    const s2 = tokens[i - 2];
    if (s1.text === '=' && s2 && (s2.text === '<' || s2.text === '>') && !blocked[i - 2])
      return { first: i - 2, qualifier: COMPARISON_SIGNS[s2.text + '='] };
    if (s1.text in COMPARISON_SIGNS && s1.text !== '=') return { first: i - 1, qualifier: COMPARISON_SIGNS[s1.text] };
  }
  const previous = tokens[i - 1];
  for (const [words, qualifier] of (previous && PHRASES_BY_LAST_WORD.get(previous.lower)) || []) {
    const first = i - words.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const t = tokens[first + k];
      if (t.lower !== words[k] || t.sentence !== sentence || blocked[first + k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { first, qualifier };
  }
  return null;
}

/** A qualifier phrase starting at token `j` (for the second half of "more than 10 and less than 20"). */
function qualifierAt(r: Reader, j: number): { last: number; qualifier: Qualifier } | null {
  const { tokens } = r;
  for (const [words, qualifier] of (tokens[j] && PHRASES_BY_FIRST_WORD.get(tokens[j].lower)) || []) {
    let ok = true;
    for (let k = 0; k < words.length; k++)
      if (tokens[j + k]?.lower !== words[k] || r.blocked[j + k]) {
        ok = false;
        break;
      }
    if (ok) return { last: j + words.length - 1, qualifier };
  }
  return null;
}

// ── Proportions and ranges ───────────────────────────────────────────────────────────────────

/** "one in five", "two out of three", "1 over 3": one proportion. */
function readProportion(r: Reader, a: Amount): Amount | null {
  const { tokens } = r;
  if (a.unit !== 'count' || a.value === null || a.value === 0) return null;
  let j = a.last + 1;
  const w = tokens[j]?.lower;
  if (a.value < 0 && w !== 'over') return null;
  if (w === 'out' && tokens[j + 1]?.lower === 'of') j += 2;
  else if (w === 'in' || w === 'over') j += 1;
  else return null;
  if (!tokens[j] || r.blocked[j] || tokens[j].sentence !== tokens[a.last].sentence) return null;
  const b = readNumber(r, j);
  if (!b || b.unit !== 'count' || b.value === null || b.value <= 0) return null;
  if (w === 'in' && !(a.value < b.value && a.value <= 10 && Number.isInteger(b.value))) return null;
  if (w === 'out' && a.value > b.value) return null;
  if (w === 'over') {
    const n = tokens[b.last + 1];
    if (n && n.isWord && n.sentence === tokens[b.last].sentence) return null;
  }
  // A time after the second number ("1 in 5 years") keeps them apart.
  const n = tokens[b.last + 1];
  if (n && n.isWord && /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?)$/.test(n.lower)) return null;
  return { ...a, last: b.last, end: b.end, value: a.value / b.value };
}

/** "between 20 and 30", "from 200 to 300", "20 to 30", "1000-5000", "5k-20k", "20~100", "more than 10 and less than 20". */
function readRange(r: Reader, a: Amount): Amount | null {
  const { tokens, blocked } = r;
  if (a.value === null || (a.unit === 'age' && tokens[a.last].lower === 'old')) return null;
  const o = a.unit === 'ordinal' && tokens[a.first - 1]?.lower === 'the' ? a.first - 2 : a.first - 1;
  const before = tokens[o];
  const opener = before && !blocked[o] && before.sentence === tokens[a.first].sentence ? before.lower : '';
  let j = a.last + 1;
  const c = tokens[j];
  if (!c || blocked[j] || c.sentence !== tokens[a.last].sentence) return null;
  let connector = '';
  if (opener === 'between' && c.lower === 'and') connector = 'and';
  else if (c.lower === 'to' || c.lower === 'through' || c.lower === 'thru') connector = 'to';
  else if (c.text === '~' || c.text === '–' || c.text === '—') connector = 'dash';
  else if (isHyphen(c) && c.spaceBefore === (tokens[j + 1]?.spaceBefore ?? false)) connector = 'dash';
  else if ((c.lower === 'and' || c.lower === 'but' || c.text === ',') && a.qualifier !== 'exact' && a.qualifier !== 'approximate')
    return readTwoSided(r, a, j + 1);
  if (!connector) return null;
  j++;
  if (!tokens[j] || blocked[j]) return null;
  // "between the tenth and the fifteenth".
  if (tokens[j].lower === 'the' && a.unit === 'ordinal') j++;
  // "$5 million to $10 million": the second amount has its own sign.
  const sign = tokens[j].text in CURRENCY_SIGNS && a.unit === 'currency' ? tokens[j] : null;
  if (sign) j++;
  let b = readNumber(r, j);
  if (!b || b.value === null) return null;
  if (b.unit !== 'ordinal') b = readUnitAfter(r, b);
  if (sign) {
    b.unit = 'currency';
    b.unitName = CURRENCY_SIGNS[sign.text];
  }
  if (b.value === null) return null;
  // Phone numbers and dates: "1-222-2222", "2015-03-01".
  if (connector === 'dash') {
    const n = tokens[b.last + 1];
    if (n && (isHyphen(n) || n.text === '/') && !n.spaceBefore && startsFigure(tokens[b.last + 2])) return null;
    const p = tokens[a.first - 1];
    if (p && (isHyphen(p) || p.text === '+' || p.text === '/') && !tokens[a.first].spaceBefore) return null;
    if (isScore(tokens, a, b)) return null;
  }
  if (a.unit !== 'count' && b.unit !== 'count' && a.unit !== b.unit) return null;
  if ((a.unit === 'ordinal') !== (b.unit === 'ordinal')) return null;
  if (a.unit !== 'count' && b.unit === 'count' && a.unit !== 'currency' && a.unit !== 'age') return null;
  // "aged 8-10 years".
  if (a.unit === 'age' && b.unit === 'count' && tokens[b.last + 1]?.lower in AGE_UNITS && !blocked[b.last + 1]) {
    b.last++;
    b.end = tokens[b.last].end;
  }
  let low = a.value;
  const high = b.value;
  // "5 to 10 million": the first number shares the second's scale.
  if (!a.scale && b.scale && low * b.scale <= high) low *= b.scale;
  // "rose from 5 to 7 percent", "rose 12 percent to 64%": a change from one figure to another, not a range.
  const changes =
    opener === 'from'
      ? CHANGE_VERBS.has(tokens[o - 1]?.lower ?? '')
      : connector === 'to' && (CHANGE_VERBS.has(opener) || opener === 'by');
  if (changes) return null;
  if (opener !== 'between' && opener !== 'from' && !(low < high)) return null;
  const range: Amount = {
    first: opener === 'between' || opener === 'from' ? o : a.first,
    last: b.last,
    start: 0,
    end: b.end,
    value: null,
    low: Math.min(low, high),
    high: Math.max(low, high),
    unit: b.unit === 'count' ? a.unit : b.unit,
    qualifier: 'approximate',
  };
  range.start = tokens[range.first].start;
  const unitName = b.unitName ?? a.unitName;
  if (unitName) range.unitName = unitName;
  if (opener !== 'between' && opener !== 'from' && a.qualifier !== 'exact') {
    range.start = a.start;
    range.first = a.first;
  }
  return range;
}

/** "Tunisia 1 – 2 England", "lost 1-2 to": a score, not a range. */
function isScore(tokens: Token[], a: Amount, b: Amount): boolean {
  if (
    a.unit !== 'count' ||
    b.unit !== 'count' ||
    !Number.isInteger(a.value) ||
    !Number.isInteger(b.value) ||
    (b.value ?? 0) >= 100
  )
    return false;
  const p = tokens[a.first - 1];
  const n = tokens[b.last + 1];
  if (
    p &&
    p.isWord &&
    (TEAM_VERBS.has(p.lower) ||
      (p.capitalized && p.sentence === tokens[a.first].sentence && tokens[a.first - 2]?.sentence === p.sentence))
  )
    return true;
  return !n || !n.isWord || n.capitalized || FUNCTION_WORDS.has(n.lower);
}

/** "more than 10 and less than 20", "at most 100 and at least 20": two bounds of one range. */
function readTwoSided(r: Reader, a: Amount, j: number): Amount | null {
  const q = qualifierAt(r, j);
  if (!q || a.value === null) return null;
  const b = readNumber(r, q.last + (r.tokens[q.last + 1]?.lower === 'the' ? 2 : 1));
  if (!b || b.value === null) return null;
  const lower = (x: Qualifier) => x === 'more than' || x === 'at least';
  const upper = (x: Qualifier) => x === 'less than' || x === 'at most' || x === 'up to';
  let low: number;
  let high: number;
  if (lower(a.qualifier) && upper(q.qualifier)) {
    low = a.value;
    high = b.value;
  } else if (upper(a.qualifier) && lower(q.qualifier)) {
    low = b.value;
    high = a.value;
  } else return null;
  if (!(low < high)) return null;
  const unit = readUnitAfter(r, b);
  return {
    first: a.first,
    last: unit.last,
    start: a.start,
    end: unit.end,
    value: null,
    low,
    high,
    unit: a.unit === 'count' ? unit.unit : a.unit,
    qualifier: 'approximate',
    ...((unit.unitName ?? a.unitName) ? { unitName: unit.unitName ?? a.unitName } : {}),
  };
}

/** "200 or more", "five hundred and more", "5000 or less", "less than 5000 or equal", "equal to 5000 or less". */
function readOpenEnd(r: Reader, a: Amount): Amount {
  const { tokens, blocked } = r;
  if (a.value === null) return a;
  const j = a.last + 1;
  const c = tokens[j];
  const w = tokens[j + 1];
  if (!c || !w || blocked[j] || blocked[j + 1] || !(c.lower === 'or' || c.lower === 'and')) return a;
  let last = j + 1;
  let qualifier: Qualifier | undefined = OPEN_END_WORDS[w.lower];
  if (qualifier) {
    if (c.lower === 'and' && qualifier !== 'at least') return a;
    // "200 or greater than" with nothing after: the dangling "than" belongs to it.
    const than = tokens[last + 1];
    if (than?.lower === 'than') {
      const n = tokens[last + 2];
      if ((n && n.isWord) || startsFigure(n)) return a;
      last++;
    }
  } else if (w.lower === 'equal' && c.lower === 'or') {
    if (a.qualifier === 'more than') qualifier = 'at least';
    else if (a.qualifier === 'less than') qualifier = 'at most';
    else return a;
    if (tokens[last + 1]?.lower === 'to') {
      const n = tokens[last + 2];
      if (n && (startsFigure(n) || isWordNumber(n))) return a;
      last++;
    }
  } else return a;
  // "equal to 5000 or less": the open end decides.
  a.qualifier = qualifier;
  a.last = last;
  a.end = tokens[last].end;
  return a;
}

// ── Idioms and what a number counts ──────────────────────────────────────────────────────────

/** "one" as a pronoun or in fixed phrases is not a quantity: "no one", "one another", "on one side". */
function isIdiom(tokens: Token[], a: Amount): boolean {
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
function countedAfter(tokens: Token[], last: number, unit: NumberUnit): { start: number; end: number } | null {
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
function isNoun(t: Token): boolean {
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
