// The value of a number written in words, from the pieces numberWords.ts found: English number
// grammar read left to right, groups closed by scale words ("two hundred five thousand ten").

/** One piece of a number in words, as written. */
export type Piece =
  /** The figure the number starts with, its written scale applied ("3.5", "10k"). */
  | { kind: 'figure'; value: number; scale?: number }
  /** A number to add: "five", "twenty", the "21" of "3 hundred and 21", "a" for one, "half" for 0.5. */
  | { kind: 'add'; value: number }
  | { kind: 'hundred' }
  /** "thousand", "million", "10 bln". */
  | { kind: 'scale'; value: number }
  /** "five dozen": the last number added, times twelve. */
  | { kind: 'dozen' }
  /** "and a half", "and three quarters"; before a scale word it joins the open group ("five and a half million"). */
  | { kind: 'fraction'; numerator: number; denominator: number; beforeScale: boolean }
  /** "point two five". */
  | { kind: 'decimals'; digits: string }
  /** The ordinal word that ends an ordinal ("twenty-first", "two hundredth"). */
  | { kind: 'ordinal'; value: number };

/** A number in words (or a figure with words) as found: its token range and pieces. */
export interface WordNumber {
  first: number;
  last: number;
  pieces: Piece[];
  /** "two thirds", "a fifth", "one eighth": what the number is divided by. */
  denominator?: number;
  /** "two thirds of a billion", "a quarter million": the scale the fraction is taken of. */
  fractionScale?: number;
}

/** A number's value, whether it is an ordinal, and the largest scale written in it (a thousand or more). */
export interface WordValue {
  value: number;
  ordinal: boolean;
  scale?: number;
}

/** Computes the value of a number found by `findNumberWords`. */
export function wordNumberValue(found: WordNumber): WordValue {
  if (found.denominator !== undefined) {
    const numerator = sumPieces(found.pieces).value;
    const fraction = numerator / found.denominator;
    if (found.fractionScale === undefined) return { value: fraction, ordinal: false };
    return { value: fraction * found.fractionScale, ordinal: false, scale: found.fractionScale };
  }
  const end = found.pieces[found.pieces.length - 1];
  if (end.kind === 'ordinal') return { value: ordinalValue(found.pieces), ordinal: true };
  const sum = sumPieces(found.pieces);
  return sum.scale >= 1000 ? { value: sum.value, ordinal: false, scale: sum.scale } : { value: sum.value, ordinal: false };
}

/** "twenty-first" 21, "one hundred fifth" 105, "twenty hundredth" 2000, "two thousandth" 2000. */
function ordinalValue(pieces: Piece[]): number {
  const end = pieces[pieces.length - 1] as { kind: 'ordinal'; value: number };
  if (pieces.length === 1) return end.value;
  const { total, current } = readGroups(pieces, pieces.length - 1);
  const before = total + current;
  if (end.value === 100) return before - current + current * 100;
  if (end.value >= 1000) return before * end.value;
  return before + end.value;
}

function sumPieces(pieces: Piece[]): { value: number; scale: number } {
  const { total, current, scale } = readGroups(pieces, pieces.length);
  return { value: total + current, scale };
}

/**
 * The first `count` pieces read as closed groups (`total`) and the open group (`current`), with the
 * largest scale written. One pass over the pieces, like reading the words aloud.
 */
function readGroups(pieces: Piece[], count: number): { total: number; current: number; scale: number } {
  let total = 0;
  let current = 0;
  let lastAdd = 0;
  let maxScale = 0;
  let written = 0;
  for (let k = 0; k < count; k++) {
    const p = pieces[k];
    switch (p.kind) {
      case 'figure':
        current = p.value;
        lastAdd = p.value;
        if (p.scale) {
          total = p.value;
          current = 0;
          maxScale = p.scale;
          written = p.scale;
        }
        break;
      case 'add':
        current += p.value;
        lastAdd = p.value;
        break;
      case 'hundred':
        current = (current || 1) * 100;
        lastAdd = 0;
        written = Math.max(written, 100);
        break;
      case 'scale': {
        // "thousand" alone is one thousand; "two million thousand" multiplies what is closed.
        const group = current || (k > 0 ? 0 : 1);
        if (p.value > maxScale && (total > 0 || maxScale)) total = (total + group) * p.value;
        else total += group * p.value;
        current = 0;
        lastAdd = 0;
        maxScale = Math.max(maxScale, p.value);
        written = Math.max(written, p.value);
        break;
      }
      case 'dozen':
        current = current - lastAdd + (lastAdd || 1) * 12;
        break;
      case 'fraction': {
        const value = p.numerator / p.denominator;
        // "a million and a half" is of the million; "five and a half million" joins the five.
        if (current === 0 && maxScale && !p.beforeScale) total += value * maxScale;
        else current += value;
        break;
      }
      case 'decimals':
        current = Number(`${current}.${p.digits}`);
        break;
      case 'ordinal':
        break;
    }
  }
  return { total, current, scale: written };
}
