// Numbers in words or figures with scale words: "two hundred and fifty", "3.5 million", "minus five".
import { CURRENCY_CODES, LOWERCASE_CURRENCY_CODES } from '../lexicon/currencies';
import {
  FRACTION_CHARACTERS,
  LARGE_SCALES,
  NEGATIVE_WORDS,
  NUMBER_START_WORDS,
  ORDINAL_WORDS,
  TEN_WORDS,
  UNIT_WORDS,
} from '../lexicon/quantities';
import { type Token, isLetterOrDigit } from '../tokenize';
import { readFigure } from './figures';
import { findNumberWords } from './numberWords';
import { wordNumberValue } from './wordValue';
import { type Amount, type Figure, type Reader, amount, endsWithDigit, isMinus, isWordNumber, startsFigure } from './reader';

const CODE_ON_FIGURE = /^([A-Za-z]{3})\d/;

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
      !(prev && (prev.isNumber || isWordNumber(prev) || (prev.isWord && startsFigure(prev))));
    const afterNumber = !!prev && !t.spaceBefore && (prev.isNumber || endsWithDigit(prev.text));
    if (
      next &&
      (startsFigure(next) || next.text === '.') &&
      (attached
        ? (i === 0 || t.spaceBefore || !isLetterOrDigit(r.text, t.start - 1)) &&
          !afterNumber &&
          !(prev && endsWithDigit(prev.text) && t.spaceBefore)
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
  if (!NUMBER_STARTS.has(t.lower) && !(c3 >= 48 && c3 <= 57 && CODE_ON_FIGURE.test(t.text))) return null;
  // A code written onto the figure: "USD115", "EUR20".
  const code = c3 >= 48 && c3 <= 57 ? CODE_ON_FIGURE.exec(t.text) : null;
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
  let near = 0;
  for (const t of [tokens[i - 1], tokens[i + 1]]) {
    if (!t || !t.isWord || t.sentence !== tokens[i].sentence || t.text.length <= 1) continue;
    if (!t.allCaps) return false;
    near++;
  }
  return near > 0;
}

/** Words that can begin a number. */
export const NUMBER_STARTS = new Set([
  ...NUMBER_START_WORDS,
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TEN_WORDS),
  ...Object.keys(LARGE_SCALES),
  ...Object.keys(ORDINAL_WORDS),
]);

/** Numbers in words, or a figure followed by scale words: "two hundred and fifty", "3.5 million", "a dozen". */
function readCardinal(r: Reader, i: number, fig: Figure | null): Amount | null {
  if (fig?.ordinal) return amount(r, i, fig.last, fig.value, 'ordinal');
  if (fig?.unit) return { ...amount(r, i, fig.last, fig.value, fig.unit), ...(fig.unitName ? { unitName: fig.unitName } : {}) };
  const found = findNumberWords(r, i, fig);
  if (!found) return null;
  const { value, ordinal, scale } = wordNumberValue(found);
  const a = amount(r, found.first, found.last, value, ordinal ? 'ordinal' : 'count');
  if (scale) a.scale = scale;
  return a;
}
