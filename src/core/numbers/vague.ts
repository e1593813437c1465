// Vague amounts: "a few hundred", "several thousand", "tens of thousands", "dozens", "a couple of".
import { LARGE_SCALES, VAGUE_AMOUNTS, VAGUE_START_WORDS } from '../lexicon/quantities';
import { withQualifier } from './qualifiers';
import { type Amount, type Reader, isWordNumber } from './reader';

/** Words a vague amount can be found at. */
export const VAGUE_STARTS = new Set([...VAGUE_START_WORDS, ...Object.keys(VAGUE_AMOUNTS)]);

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
export function readVague(r: Reader, i: number): Amount | null {
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
