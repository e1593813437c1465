// Parts of a number in words read on their own: scale abbreviations standing apart ("10 bln") and
// the digits after "point" ("six point two five").
import { SCALE_SUFFIXES, SPACED_LETTER_SCALES, SPACED_SCALE_SUFFIXES, TEN_WORDS, UNIT_WORDS } from '../lexicon/quantities';
import { type Reader, endsWithDigit, isHyphen } from './reader';

/** Abbreviated scales standing apart: "10 bln", "2.33 k", "1,674.5 G", "1,674,200.5 M"; 0 when there is none. */
export function spacedScale(r: Reader, j: number): number {
  const t = r.tokens[j];
  if (!t || !t.isWord || r.blocked[j]) return 0;
  const prev = r.tokens[j - 1];
  if (!prev || !endsWithDigit(prev.text)) return 0;
  if (SPACED_SCALE_SUFFIXES.has(t.lower)) return SCALE_SUFFIXES[t.lower];
  // Single letters only at the end of a phrase, so "5 K Street" or "Plan 10 M" stay apart.
  const next = r.tokens[j + 1];
  const ends = !next || !next.isWord || next.sentence !== t.sentence;
  return ends ? (SPACED_LETTER_SCALES[t.text] ?? 0) : 0;
}

/** Digits after "point": "zero three" -> "03", "seventy-one" -> "71", "eleven" -> "11". */
export function readDecimalWords(r: Reader, j: number): { digits: string; last: number } {
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
      const hyphened = isHyphen(tokens[k + 1]) ? tokens[k + 2] : undefined;
      const next = tokens[k + 1];
      if (hyphened && hyphened.lower in UNIT_WORDS && UNIT_WORDS[hyphened.lower] < 10) {
        digits += String(UNIT_WORDS[hyphened.lower]);
        k += 2;
      } else if (next && next.lower in UNIT_WORDS && UNIT_WORDS[next.lower] > 0 && UNIT_WORDS[next.lower] < 10) {
        digits += String(UNIT_WORDS[next.lower]);
        k += 1;
      } else digits += '0';
    } else break;
    last = k;
  }
  return { digits: digits || '0', last };
}
