// Finds numbers written in words, or a figure followed by words: "two hundred and fifty",
// "3.5 million", "a dozen", "twenty-first", "two thirds". It decides where the number ends and what
// its pieces are; wordValue.ts computes the value.
import {
  DENOMINATORS,
  DOZEN_WORDS,
  LARGE_SCALES,
  ORDINAL_WORDS,
  PLURAL_DENOMINATORS,
  TEN_WORDS,
  UNIT_WORDS,
} from '../lexicon/quantities';
import { type Token, isLetterOrDigit } from '../tokenize';
import {
  fractionContextOk,
  fractionScaleAfter,
  isQualifierEnd,
  ordinalStartsNumber,
  readAndFraction,
  readDenominator,
} from './fractions';
import { ordinalBeginsName } from './idioms';
import { type Figure, type Reader, afterScaleWord, isHyphen, isWordNumber, skipHyphen } from './reader';
import type { Piece, WordNumber } from './wordValue';
import { readDecimalWords, spacedScale } from './wordParts';

const SMALL_FIGURE = /^\d{1,3}$/;
const DIGITS = /^\d+$/;

/** Finds the number in words starting at token `i`, or continuing the figure `fig` there. */
export function findNumberWords(r: Reader, i: number, fig: Figure | null): WordNumber | null {
  const { tokens, blocked } = r;
  if (!fig) {
    const t = tokens[i];
    const w = t.lower;
    if (w === 'a' || w === 'an') return findAfterArticle(r, i);
    if (w === 'half' || w === 'quarter') return findPart(r, i);
    if (w in ORDINAL_WORDS)
      return ordinalStartsNumber(r, i) && !ordinalBeginsName(tokens, i)
        ? { first: i, last: i, pieces: [{ kind: 'ordinal', value: ORDINAL_WORDS[w] }] }
        : null;
    if (!isWordNumber(t)) return null;
    return new Finder(r, i, null).read(i);
  }
  const finder = new Finder(r, i, fig);
  const j = fig.last + 1;
  if (!fig.plain && !fig.scale && !Number.isInteger(fig.value)) {
    // Decimals take a scale ("3.5 million") but nothing else.
    const s = tokens[j];
    if (!s || blocked[j] || !(s.lower in LARGE_SCALES || s.lower === 'hundred' || spacedScale(r, j) > 0)) return finder.found();
  }
  return finder.read(j);
}

/** "a hundred", "a million", "a dozen"; "a fifth", "a twenty-fifth", "a quarter million". */
function findAfterArticle(r: Reader, i: number): WordNumber | null {
  const { tokens, blocked } = r;
  const n = tokens[i + 1];
  if (!n || blocked[i + 1]) return null;
  if (n.lower === 'hundred' || n.lower in LARGE_SCALES || n.lower === 'dozen') {
    const finder = new Finder(r, i, null);
    finder.startWithArticle();
    return finder.read(i + 1);
  }
  if (!(n.lower in DENOMINATORS || (n.lower in TEN_WORDS && isHyphen(tokens[i + 2]) && tokens[i + 3]?.lower in ORDINAL_WORDS)))
    return null;
  const f = readDenominator(r, i + 1, true);
  if (!f || !fractionContextOk(tokens, f.last)) return null;
  return fraction(r, i, f.last, [{ kind: 'add', value: 1 }], f.den);
}

/** "half a dozen", "half a million", "half million", "quarter million", and "half" after "more than". */
function findPart(r: Reader, i: number): WordNumber | null {
  const { tokens, blocked } = r;
  const part: Piece = { kind: 'add', value: tokens[i].lower === 'half' ? 0.5 : 0.25 };
  const n = tokens[i + 1];
  const s = tokens[i + 2];
  if (n?.lower === 'a' && s && (s.lower === 'dozen' || s.lower in LARGE_SCALES) && !blocked[i + 2])
    return {
      first: i,
      last: i + 2,
      pieces: [part, s.lower === 'dozen' ? { kind: 'dozen' } : { kind: 'scale', value: LARGE_SCALES[s.lower] }],
    };
  if (n && n.lower in LARGE_SCALES && !blocked[i + 1])
    return { first: i, last: i + 1, pieces: [part, { kind: 'scale', value: LARGE_SCALES[n.lower] }] };
  if (part.value === 0.5 && isQualifierEnd(tokens, i)) return { first: i, last: i, pieces: [part] };
  return null;
}

/** A fraction ending at `last`, with the scale it may be taken of ("two thirds of a million"). */
function fraction(r: Reader, first: number, last: number, pieces: Piece[], denominator: number): WordNumber {
  const scale = fractionScaleAfter(r, last);
  if (!scale) return { first, last, pieces, denominator };
  return { first, last: scale.last, pieces, denominator, fractionScale: scale.scale };
}

/**
 * Reads number words one token at a time. What it keeps of the words read so far is what decides
 * whether the next word can continue them: the last two digits of the open group ("twenty" leaves
 * room for "five", "two hundred" for "fifty", "twenty-five" for neither), whether that group has
 * hundreds, whether a scale word has closed a group, and the largest scale so far.
 */
class Finder {
  readonly pieces: Piece[] = [];
  last = -1;
  /** The open group's value modulo a hundred: its tens and units, and any fraction. */
  tail = 0;
  /** The open group is a hundred or more. */
  hundreds = false;
  /** The open group is zero. */
  empty = true;
  /** A scale word has closed a group that is not zero. */
  closed = false;
  maxScale = 0;
  /** Only "one" or "a" so far: a singular denominator may follow ("one eighth"). */
  onlyOne = false;
  /** Just after "and": the next word must complete the number ("three hundred and twenty"). */
  afterAnd = false;
  /** Where the number stood before the last "and", to go back to when what follows does not fit. */
  saved: { pieces: number; last: number } | null = null;
  restore = false;
  /** The number as it ends, when an ordinal word makes it a fraction ("one fifth"). */
  ending: WordNumber | null = null;

  constructor(
    readonly r: Reader,
    readonly first: number,
    readonly fig: Figure | null,
  ) {
    if (fig) this.startWithFigure(fig);
  }

  /** "a hundred", "a million": the article is one. */
  startWithArticle(): void {
    this.pieces.push({ kind: 'add', value: 1 });
    this.add(1);
    this.onlyOne = true;
    this.last = this.first;
  }

  private startWithFigure(fig: Figure): void {
    this.pieces.push(fig.scale ? { kind: 'figure', value: fig.value, scale: fig.scale } : { kind: 'figure', value: fig.value });
    this.last = fig.last;
    if (fig.scale) {
      this.closed = fig.value > 0;
      this.maxScale = fig.scale;
    } else this.add(fig.value);
  }

  /** The number as read up to `last`, or null when no word was taken. */
  found(): WordNumber | null {
    if (this.last < this.first || this.pieces.length === 0) return null;
    return { first: this.first, last: this.last, pieces: this.pieces };
  }

  /** Takes the words from `j` on, then what may end the number: a denominator ("two thirds"). */
  read(j: number): WordNumber | null {
    const { tokens, blocked } = this.r;
    for (; j < tokens.length && !blocked[j]; j++) {
      const next = this.step(tokens[j], j);
      if (next === STOP) break;
      if (next === DONE) return this.ending ?? this.found();
      j = next;
    }
    // A group after "and" must be smaller than what it joins: "3 hundred and 2 hundred" is two numbers.
    if ((this.afterAnd || this.restore) && this.saved) {
      this.pieces.length = this.saved.pieces;
      this.last = this.saved.last;
    }
    const found = this.found();
    if (!found) return null;
    // Plural denominators: "two thirds", "three quarters", "twenty-three fifths"; "one eighth", "one - fourth".
    const den = readDenominator(this.r, skipHyphen(tokens, this.last + 1), this.onlyOne);
    if (den && (den.plural || (this.onlyOne && fractionContextOk(tokens, den.last))))
      return fraction(this.r, this.first, den.last, this.pieces, den.den);
    return found;
  }

  /** Reads token `j`: the index to go on after, STOP when the number ends before it, DONE when it ends with it. */
  private step(t: Token, j: number): number {
    const w = t.lower;
    if (t.isWord && w in UNIT_WORDS) return this.unitWord(UNIT_WORDS[w], w, j);
    if (t.isWord && w in TEN_WORDS) {
      if (this.pieces.length > 0 && this.tail !== 0) return STOP;
      return this.take({ kind: 'add', value: TEN_WORDS[w] }, j);
    }
    if (w === 'hundred') return this.hundred(j);
    if (t.isWord && w in LARGE_SCALES) return this.scaleWord(LARGE_SCALES[w], j);
    const spaced = spacedScale(this.r, j);
    if (spaced > 0) return this.scaleWord(spaced, j);
    if (DOZEN_WORDS.has(w) && this.pieces.length > 0) {
      this.take({ kind: 'dozen' }, j);
      return STOP;
    }
    if (isHyphen(t) && this.pieces.length > 0 && this.hyphenJoins(t, j)) return j;
    if (t.isWord && w === 'and' && this.pieces.length > 0 && !this.afterAnd) return this.and(j);
    if (t.isNumber && SMALL_FIGURE.test(t.text) && this.pieces.length > 0 && this.figureFits(t)) {
      // Figures inside a number in words: "4 thousand 3 hundred and 21".
      return this.take({ kind: 'add', value: Number(t.text) }, j);
    }
    if (t.isWord && w === 'point' && this.pieces.length > 0 && !this.closed && Number.isInteger(this.tail)) return this.point(j);
    if (t.isWord && w in ORDINAL_WORDS) return this.ordinal(ORDINAL_WORDS[w], w, j);
    return STOP;
  }

  /** Takes a piece ending at token `j`. */
  private take(piece: Piece, j: number): number {
    this.pieces.push(piece);
    if (piece.kind === 'add') this.add(piece.value);
    else if (piece.kind === 'hundred') {
      // Below a hundred the open group is its tail: "3/4 hundred" is 75, still room for another "hundred".
      const times = (this.empty ? 1 : this.tail) * 100;
      this.hundreds ||= times >= 100;
      this.tail = times % 100;
      this.empty = false;
    } else if (piece.kind === 'scale') {
      this.tail = 0;
      this.hundreds = false;
      this.empty = true;
      this.closed = true;
      this.maxScale = Math.max(this.maxScale, piece.value);
    }
    this.onlyOne = false;
    this.last = j;
    this.afterAnd = false;
    return j;
  }

  private add(value: number): void {
    this.hundreds ||= this.tail + value >= 100;
    this.tail = (this.tail + value) % 100;
    this.empty &&= value === 0;
  }

  /** "five", "twenty-five", "two hundred five", "thousand twelve"; "twenty twelve" and "five six" are two numbers. */
  private unitWord(u: number, w: string, j: number): number {
    const tail = this.tail;
    const any = this.pieces.length > 0;
    const fits = !any || (tail === 0 && u > 0) || (tail >= 20 && tail % 10 === 0 && u >= 1 && u <= 9);
    if (!fits || (this.afterAnd && u === 0)) return STOP;
    this.take({ kind: 'add', value: u }, j);
    this.onlyOne = !any && w === 'one';
    return j;
  }

  private hundred(j: number): number {
    if (this.hundreds && !(this.fig && j === this.fig.last + 1)) {
      this.restore = this.saved !== null;
      return STOP;
    }
    return this.take({ kind: 'hundred' }, j);
  }

  private scaleWord(scale: number, j: number): number {
    if (this.maxScale && scale === this.maxScale && this.empty) return STOP;
    // "zero thousand" is no number.
    if (this.pieces.length > 0 && this.empty && !this.closed) return STOP;
    return this.take({ kind: 'scale', value: scale }, j);
  }

  /** "twenty-five", "forty-second", "two-thirds", "one-hundred": a hyphen inside a number. */
  private hyphenJoins(t: Token, j: number): boolean {
    const n = this.r.tokens[j + 1];
    if (!n || !n.isWord || this.r.blocked[j + 1] || t.spaceBefore !== n.spaceBefore) return false;
    const w = n.lower;
    const tail = this.tail;
    return (
      (w in UNIT_WORDS && tail >= 20 && tail % 10 === 0) ||
      (w in ORDINAL_WORDS && tail >= 20) ||
      w in PLURAL_DENOMINATORS ||
      w in DENOMINATORS ||
      (w in TEN_WORDS && tail === 0 && !this.empty) ||
      w === 'hundred' ||
      DOZEN_WORDS.has(w)
    );
  }

  /** "and" inside a number: "one and a half", "three hundred and twenty", "3 hundred and 21". */
  private and(j: number): number {
    const { tokens, blocked } = this.r;
    const n = tokens[j + 1];
    if (!n || blocked[j + 1]) return STOP;
    const f = readAndFraction(this.r, j + 1);
    if (f) {
      // "one and a half", "3 million and a half", "five and a half million".
      const s = tokens[f.last + 1];
      const beforeScale = !!s && s.lower in LARGE_SCALES;
      this.pieces.push({ kind: 'fraction', numerator: f.numerator, denominator: f.denominator, beforeScale });
      const value = f.numerator / f.denominator;
      if (this.empty && this.maxScale && !beforeScale) this.closed = true;
      else this.add(value);
      this.last = f.last;
      return f.last;
    }
    if (!(this.tail === 0 && (!this.empty || this.closed)) || !afterScaleWord(tokens[j - 1])) return STOP;
    // Figures after "and" only complete a hundred: "3 hundred and 21", not "$2.5 million and 40 euros".
    if (
      !(n.isWord && (n.lower in UNIT_WORDS || n.lower in TEN_WORDS)) &&
      !(n.isNumber && DIGITS.test(n.text) && tokens[j - 1].lower === 'hundred')
    )
      return STOP;
    this.saved = { pieces: this.pieces.length, last: this.last };
    this.afterAnd = true;
    return j;
  }

  /** A small figure fits after a scale word ("4 thousand 3") or completes a hundred ("3 hundred and 21"). */
  private figureFits(t: Token): boolean {
    const n = Number(t.text);
    return (
      ((this.empty && this.closed) || (this.afterAnd && n < 100 && n > 0 && this.tail === 0)) &&
      !isLetterOrDigit(this.r.text, t.start - 1)
    );
  }

  /** "six point two five": digits after "point". */
  private point(j: number): number {
    const n = this.r.tokens[j + 1];
    if (!n || !n.isWord || !(n.lower in UNIT_WORDS || n.lower in TEN_WORDS)) return STOP;
    const d = readDecimalWords(this.r, j + 1);
    this.pieces.push({ kind: 'decimals', digits: d.digits });
    this.last = d.last;
    return STOP;
  }

  /** An ordinal ends the number: "twenty-first", "one hundred fifth", "two hundredth"; "one fifth" is a fraction. */
  private ordinal(o: number, w: string, j: number): number {
    if (this.fig) return STOP;
    const { tail } = this;
    const before = this.closed || !this.empty;
    // "a fifth", "one eighth", "a hundredth": fractions, not ordinals.
    if (this.onlyOne && o >= 3 && fractionContextOk(this.r.tokens, j)) {
      this.ending = fraction(this.r, this.first, j, this.pieces, o);
      return DONE;
    }
    if (this.onlyOne && w !== 'second' && w !== 'first') return STOP;
    const fits =
      (o < 10 && tail >= 20 && tail % 10 === 0) ||
      (o < 100 && tail === 0 && (o < 20 || o % 10 === 0) && before) ||
      (o === 100 && !this.empty && !this.hundreds) ||
      (o >= 1000 && before);
    if (!fits) return STOP;
    this.pieces.push({ kind: 'ordinal', value: o });
    this.last = j;
    return DONE;
  }
}

/** Step results besides the index of the next token: the number ends before this token, or with it. */
const STOP = -1;
const DONE = -2;
