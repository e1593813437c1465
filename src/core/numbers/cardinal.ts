// Numbers in words or figures with scale words: "two hundred and fifty", "3.5 million", "minus five".
import { CURRENCY_CODES, LOWERCASE_CURRENCY_CODES } from '../lexicon/currencies';
import {
  DENOMINATORS,
  DOZEN_WORDS,
  FRACTION_CHARACTERS,
  LARGE_SCALES,
  NEGATIVE_WORDS,
  ORDINAL_WORDS,
  PLURAL_DENOMINATORS,
  SCALE_SUFFIXES,
  SPACED_SCALE_SUFFIXES,
  TEN_WORDS,
  UNIT_WORDS,
} from '../lexicon/quantities';
import { type Token, isLetterOrDigit } from '../tokenize';
import { readFigure } from './figures';
import {
  fractionContextOk,
  isQualifierEnd,
  readAndFraction,
  readDenominator,
  readOrdinalWords,
  withFractionScale,
} from './fractions';
import {
  type Amount,
  type Figure,
  type Reader,
  afterScaleWord,
  amount,
  isHyphen,
  isMinus,
  isWordNumber,
  skipHyphen,
  startsFigure,
} from './reader';

/** A number, signed or not, in figures, words or both ("-4.5", "minus five", "4 thousand 3 hundred and 21"). */
export function readNumber(r: Reader, i: number): Amount | null {
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
