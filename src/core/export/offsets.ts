// Offsets in Unicode code points, which brat and the W3C selectors count, from and to the UTF-16
// offsets of `Annotations`. Only surrogate pairs make the two differ, so a text without any (most
// articles) maps to itself without a table.
import { firstIndexWhere } from '../query';

export class CodePoints {
  /** UTF-16 index of the high half of each surrogate pair, ascending. */
  private readonly pairs: number[] = [];
  /** Code point index of each of those pairs' characters, ascending. */
  private readonly pairCodePoints: number[] = [];
  /** The text's length in code points. */
  readonly length: number;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.pairCodePoints.push(i - this.pairs.length);
          this.pairs.push(i);
          i++;
        }
      }
    }
    this.length = text.length - this.pairs.length;
  }

  /** The code point offset of a UTF-16 offset (one between the halves of a pair counts as after it). */
  fromUtf16(offset: number): number {
    return offset - countBelow(this.pairs, offset - 1);
  }

  /** The UTF-16 offset of a code point offset. */
  toUtf16(offset: number): number {
    return offset + countBelow(this.pairCodePoints, offset);
  }

  /** The text between two code point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

/** How many values of an ascending list are below `limit`. */
function countBelow(sorted: readonly number[], limit: number): number {
  return firstIndexWhere(sorted.length, (i) => sorted[i] >= limit);
}
