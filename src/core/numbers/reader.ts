// What the number readers share: the text being read, a quantity being read, and token tests.
import { HYPHENS, LARGE_SCALES, MINUS_SIGNS, TEN_WORDS, UNIT_WORDS } from '../lexicon/quantities';
import type { Token } from '../tokenize';
import type { NumberUnit, Qualifier } from '../types';

/** A quantity being read: token range, character range and what is known so far. */
export interface Amount {
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
export interface Figure {
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
export interface Reader {
  text: string;
  tokens: Token[];
  blocked: Uint8Array;
}

/** A number word that can start or continue a cardinal: "five", "twenty", "hundred", "million", "dozen". */
export const isWordNumber = (t: Token | undefined) =>
  !!t &&
  t.isWord &&
  (t.lower in UNIT_WORDS || t.lower in TEN_WORDS || t.lower === 'hundred' || t.lower in LARGE_SCALES || t.lower === 'dozen');
export const startsFigure = (t: Token | undefined) => !!t && t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57;
export const endsWithDigit = (text: string) => {
  const c = text.charCodeAt(text.length - 1);
  return c >= 48 && c <= 57;
};
export const isHyphen = (t: Token | undefined) => !!t && HYPHENS.has(t.text);
export const isMinus = (t: Token | undefined) => !!t && MINUS_SIGNS.has(t.text);

export function amount(r: Reader, first: number, last: number, value: number | null, unit: NumberUnit = 'count'): Amount {
  return { first, last, start: r.tokens[first].start, end: r.tokens[last].end, value, unit, qualifier: 'exact' };
}

export const afterScaleWord = (t: Token | undefined) => !!t && (t.lower === 'hundred' || t.lower in LARGE_SCALES);
export const skipHyphen = (tokens: Token[], j: number) => (isHyphen(tokens[j]) ? j + 1 : j);

export function scaleBy(a: Amount, scale: number) {
  if (a.value !== null) a.value *= scale;
  a.scale = scale;
}
