// Quantities in figures and words: their value, qualifier ("more than", "about"), range, unit
// (percent, currency, measure, temperature, age, ordinal) and what they count.
//
// A number is found first, then its value computed: figures.ts (scanFigure, figureValue) for figures,
// numberWords.ts (the pieces of a number in words) and wordValue.ts (their value) for words. Around the
// number: units.ts and currency.ts after it, prefix.ts and qualifiers.ts before it, ranges.ts for two
// numbers read as one, vague.ts for "dozens" and "a few hundred", idioms.ts for words that are no
// number ("no one", "one-stop", "Second Avenue"), counted.ts for what it counts. Word lists are in
// lexicon/ (quantities, currencies, measures, qualifiers, numberContext).
import type { Token } from '../tokenize';
import type { NumberMention } from '../types';
import { FRACTION_CHARACTERS, MINUS_SIGNS, NEGATIVE_WORDS } from '../lexicon/quantities';
import { NUMBER_STARTS, readNumber } from './cardinal';
import { countedAfter } from './counted';
import { isIdiom } from './idioms';
import { listParts } from './figures';
import { readPrefix } from './prefix';
import { readOpenEnd } from './qualifiers';
import { readProportion, readRange } from './ranges';
import { type Amount, type Reader, startsFigure } from './reader';
import { readUnitAfter } from './units';
import { VAGUE_STARTS, readVague } from './vague';

/** Returns the number mentions, skipping tokens already `blocked` (time expressions), and blocks their tokens. */
export function findNumbers(text: string, tokens: Token[], blocked: Uint8Array): NumberMention[] {
  const r: Reader = { text, tokens, blocked };
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i] || !mayStart(tokens, i)) continue;
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

/** Words a number or a vague amount can be found at; any other word is passed over at the cost of one lookup. */
const START_WORDS = new Set([...NUMBER_STARTS, ...VAGUE_STARTS, ...NEGATIVE_WORDS, ...Object.keys(FRACTION_CHARACTERS)]);
/** Signs a number can start with before a figure: "-5", "+3", ".75", "- .5". */
const START_SIGNS = new Set([...MINUS_SIGNS, '+', '.']);

/** A number can start at token `i`: a figure, a number word, a code written onto a figure ("USD115"), a sign before a figure. */
function mayStart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (t.isWord) {
    const c3 = t.text.charCodeAt(3);
    return START_WORDS.has(t.lower) || (c3 >= 48 && c3 <= 57);
  }
  if (t.text in FRACTION_CHARACTERS) return true;
  const n = tokens[i + 1];
  return START_SIGNS.has(t.text) && !!n && (startsFigure(n) || n.text === '.');
}

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
