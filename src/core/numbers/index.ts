// Quantities in figures and words: their value, qualifier ("more than", "about"), range, unit
// (percent, currency, measure, temperature, age, ordinal) and what they count.
import type { Token } from '../tokenize';
import type { NumberMention } from '../types';
import { readNumber } from './cardinal';
import { countedAfter, isIdiom } from './counted';
import { listParts } from './figures';
import { readPrefix } from './prefix';
import { readOpenEnd } from './qualifiers';
import { readProportion, readRange } from './ranges';
import type { Amount, Reader } from './reader';
import { readUnitAfter } from './units';
import { readVague } from './vague';

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
