// Quantities in digits and words, their qualifier ("more than", "about"), unit, and what they count.
import type { NumberMention, NumberUnit, Qualifier } from './types';
import type { Token } from './tokenize';
import { gazetteer } from './lexicon/gazetteer';
import {
  CURRENCY_SYMBOLS, CURRENCY_WORDS, FUNCTION_WORDS, IRREGULAR_PLURALS, NUMBER_QUALIFIERS, ORDINALS, SCALES,
  SCALE_ABBREVIATIONS, TENS, UNITS, VAGUE_QUANTITIES,
} from './lexicon/words';

interface Parsed {
  /** Last token of the number proper. */
  last: number;
  value: number | null;
  low?: number;
  high?: number;
  unit: NumberUnit;
  unitName?: string;
  vague: boolean;
  /** First token when the number begins before where it was found ("a few hundred"). */
  first?: number;
}

const MEASURES: Record<string, string> = {
  km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', miles: 'mi', mile: 'mi', metres: 'm', meters: 'm',
  metre: 'm', meter: 'm', m: 'm', cm: 'cm', mm: 'mm', feet: 'ft', foot: 'ft', ft: 'ft', inches: 'in', inch: 'in', kg: 'kg',
  kilograms: 'kg', kilogram: 'kg', tonnes: 't', tons: 't', tonne: 't', ton: 't', pounds: 'lb', lbs: 'lb', lb: 'lb', grams: 'g',
  g: 'g', litres: 'l', liters: 'l', gallons: 'gal', barrels: 'bbl', acres: 'acre', hectares: 'ha', mph: 'mph', kph: 'km/h',
  degrees: '°', mw: 'MW', gw: 'GW', kwh: 'kWh', sq: 'sq',
};

const isWordNumber = (t: Token | undefined) => !!t && t.isWord && (t.lower in UNITS || t.lower in TENS || t.lower in SCALES || t.lower === 'dozen');

/** Returns the number mentions, skipping tokens already `blocked` (time expressions). */
export function findNumbers(text: string, tokens: Token[], blocked: Uint8Array): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i]) continue;
    const parsed = parseAt(tokens, i, blocked);
    if (!parsed) continue;
    if (isIdiom(tokens, i, parsed)) { i = parsed.last; continue; }
    let first = parsed.first ?? i;
    let qualifier: Qualifier = parsed.vague ? 'approximate' : 'exact';
    const q = qualifierBefore(tokens, first);
    if (q) { first = q.first; qualifier = q.qualifier; }
    // Currency symbol before the number: "$5 million".
    if (tokens[first - 1] && CURRENCY_SYMBOLS[tokens[first - 1].text] && !tokens[first].spaceBefore) {
      first--;
      parsed.unit = 'currency';
      parsed.unitName = CURRENCY_SYMBOLS[tokens[first].text];
    }
    const last = parsed.last;
    const counts = countedAfter(text, tokens, last, parsed.unit);
    const start = tokens[first].start;
    const end = tokens[last].end;
    out.push({
      start, end, text: text.slice(start, end), value: parsed.value,
      ...(parsed.low !== undefined ? { low: parsed.low } : {}), ...(parsed.high !== undefined ? { high: parsed.high } : {}),
      qualifier, unit: parsed.unit, ...(parsed.unitName ? { unitName: parsed.unitName } : {}),
      counts: counts ? text.slice(counts.start, counts.end) : null, ...(counts ? { countsSpan: counts } : {}),
    });
    for (let k = first; k <= last; k++) blocked[k] = 1;
    i = last;
  }
  return out;
}

function parseAt(tokens: Token[], i: number, blocked: Uint8Array): Parsed | null {
  const t = tokens[i];
  if (t.isNumber) return parseDigits(tokens, i, blocked);
  if (!t.isWord) return null;
  // Vague amounts: "a few hundred", "several thousand", "tens of thousands", "hundreds", "dozens".
  if ((t.lower === 'few' && tokens[i - 1]?.lower === 'a') || t.lower === 'several' || t.lower === 'many') {
    const s = tokens[i + 1];
    if (s && s.lower in SCALES && !blocked[i + 1]) {
      const scale = SCALES[s.lower];
      const first = t.lower === 'few' ? i - 1 : i;
      return { first, last: i + 1, value: null, low: 2 * scale, high: 9 * scale, unit: 'count', vague: true };
    }
    return null;
  }
  if (t.lower in VAGUE_QUANTITIES) {
    let { low, high } = VAGUE_QUANTITIES[t.lower];
    let last = i;
    // "tens of thousands", "hundreds of thousands", "tens of millions".
    if (tokens[i + 1]?.lower === 'of' && tokens[i + 2] && tokens[i + 2].lower in VAGUE_QUANTITIES && tokens[i + 2].lower !== 'tens') {
      const inner = VAGUE_QUANTITIES[tokens[i + 2].lower];
      const unit = inner.low / 2;
      const outer = t.lower === 'tens' ? 10 : t.lower === 'hundreds' ? 100 : t.lower === 'dozens' ? 12 : low;
      low = outer * 2 * unit;
      high = outer * 9.99 * unit * (t.lower === 'tens' ? 1 : 1);
      last = i + 2;
    } else if (t.lower === 'tens') {
      return null;
    }
    return { last, value: null, low, high, unit: 'count', vague: true };
  }
  if (t.lower in ORDINALS && !(t.lower === 'second' && /^(hand|half)$/.test(tokens[i + 1]?.lower ?? ''))) {
    return { last: i, value: ORDINALS[t.lower], unit: 'ordinal', vague: false };
  }
  if (t.lower === 'half' && tokens[i - 1]?.lower !== 'a' && tokens[i + 1]?.lower === 'a') return null;
  if (!isWordNumber(t) && !(t.lower === 'a' && isScaleStart(tokens[i + 1]))) return null;
  return parseWords(tokens, i, blocked);
}

const isScaleStart = (t: Token | undefined) => !!t && (t.lower === 'dozen' || t.lower === 'hundred' || t.lower === 'thousand' || t.lower === 'million' || t.lower === 'billion');

/** "two dozen", "a hundred", "two hundred and fifty", "twenty-five thousand". */
function parseWords(tokens: Token[], i: number, blocked: Uint8Array): Parsed | null {
  let total = 0;
  let current = 0;
  let last = -1;
  let sawNumber = false;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j];
    if (blocked[j]) break;
    const w = t.lower;
    if (j === i && w === 'a') { current = 1; continue; }
    if (w in UNITS) { if (sawNumber && current % 10 !== 0) break; current += UNITS[w]; }
    else if (w in TENS) { if (sawNumber && current % 100 !== 0) break; current += TENS[w]; }
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w in SCALES) { total += (current || 1) * SCALES[w]; current = 0; }
    else if ((w === '-' || w === '‐') && !t.spaceBefore && isWordNumber(tokens[j + 1])) continue;
    else if (w === 'and' && sawNumber && isWordNumber(tokens[j + 1]) && !(tokens[j + 1].lower in SCALES)) continue;
    else break;
    sawNumber = true;
    last = j;
  }
  if (last < 0 || !sawNumber) return null;
  return { last, value: total + current, unit: 'count', vague: false };
}

function parseDigits(tokens: Token[], i: number, blocked: Uint8Array): Parsed | null {
  const t = tokens[i];
  const m = /^(\d+(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)(st|nd|rd|th|s)?$/.exec(t.text);
  if (!m) return null;
  // Times of day and scores ("10:30", "3:1") are not quantities here.
  let value = Number(m[1].replace(/,/g, ''));
  let last = i;
  let unit: NumberUnit = 'count';
  let unitName: string | undefined;
  if (m[2] && m[2] !== 's') unit = 'ordinal';
  // Decimal fractions written with a leading point or negative sign.
  const prev = tokens[i - 1];
  if (prev?.text === '-' && !t.spaceBefore && (prev.spaceBefore || i === 1)) value = -value;
  const next = tokens[i + 1];
  if (next && !blocked[i + 1]) {
    if (next.isWord && next.lower in SCALES && next.lower !== 'hundred' || next?.lower === 'hundred') { value *= SCALES[next.lower]; last++; }
    else if (next.isWord && !next.spaceBefore && next.lower in SCALE_ABBREVIATIONS) { value *= SCALE_ABBREVIATIONS[next.lower]; last++; }
  }
  const after = tokens[last + 1];
  if (after && !blocked[last + 1]) {
    if (after.text === '%' ) { unit = 'percent'; last++; }
    else if (after.isWord && (after.lower === 'percent' || after.lower === 'pct')) { unit = 'percent'; last++; }
    else if (after.lower === 'per' && tokens[last + 2]?.lower === 'cent') { unit = 'percent'; last += 2; }
    else if (after.isWord && after.lower in CURRENCY_WORDS && after.lower !== 'won' && after.lower !== 'real') { unit = 'currency'; unitName = CURRENCY_WORDS[after.lower]; last++; }
    else if (after.isWord && after.lower in MEASURES) { unit = 'measure'; unitName = MEASURES[after.lower]; last++; }
    else if (after.isWord && /^(years?|months?)$/.test(after.lower) && tokens[last + 2]?.lower === 'old') { unit = 'age'; last += 2; }
  }
  return { last, value, unit, ...(unitName ? { unitName } : {}), vague: false };
}

/** "one" as a pronoun or in fixed phrases is not a quantity: "no one", "one another", "on one side". */
function isIdiom(tokens: Token[], i: number, parsed: Parsed): boolean {
  const t = tokens[i];
  if (parsed.last !== i || !t.isWord) return false;
  const prev = tokens[i - 1]?.lower;
  const next = tokens[i + 1]?.lower;
  if (parsed.unit === 'ordinal') return t.lower === 'second' && next === 'to' || prev === 'at' && t.lower === 'first';
  if (t.lower !== 'one') return false;
  return prev === 'no' || prev === 'any' || prev === 'every' || prev === 'some' || prev === 'each' || prev === 'the' || prev === 'this' || prev === 'that'
    || next === 'another' || next === 'side' || next === 'day' || next === 'way' || next === 'thing' || next === 'time' || next === 'hand'
    || next === 'of' || next === "'s" || next === '’s' || next === 'who' || next === 'which' || next === 'that' || next === 'point';
}

function qualifierBefore(tokens: Token[], i: number): { first: number; qualifier: Qualifier } | null {
  for (const [phrase, qualifier] of NUMBER_QUALIFIERS) {
    const words = phrase.split(' ');
    const first = i - words.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) if (tokens[first + k].lower !== words[k] || tokens[first + k].sentence !== tokens[i].sentence) { ok = false; break; }
    if (ok) return { first, qualifier };
  }
  return null;
}

const STOP_BEFORE_NOUN = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'were', 'was', 'are', 'is', 'had', 'have', 'has', 'will', 'would']);

/** The noun phrase a number counts: "233 jihadists", "160,000 Palestinian refugees", "tens of thousands of rebels and civilians". */
function countedAfter(text: string, tokens: Token[], last: number, unit: NumberUnit): { start: number; end: number } | null {
  if (unit === 'ordinal' || unit === 'age') return null;
  const gaz = gazetteer();
  let j = last + 1;
  if (tokens[j]?.lower === 'of' && tokens[j + 1] && !tokens[j + 1].isNumber) j++;
  if (tokens[j]?.lower === 'the' || tokens[j]?.lower === 'his' || tokens[j]?.lower === 'their') j++;
  const sentence = tokens[last].sentence;
  let end = -1;
  let firstNoun = -1;
  for (let k = j; k < tokens.length && k < j + 5; k++) {
    const t = tokens[k];
    if (t.sentence !== sentence) break;
    if (t.text === '-' && !t.spaceBefore && tokens[k + 1] && !tokens[k + 1].spaceBefore) continue;
    if (!t.isWord || FUNCTION_WORDS.has(t.lower) || STOP_BEFORE_NOUN.has(t.lower)) break;
    const tags = gaz.tagsOf(t.lower);
    const verbOnly = tags !== undefined && tags.every((x) => x.startsWith('VB') || x === 'RB' || x === 'IN');
    if (verbOnly) break;
    if (firstNoun < 0) firstNoun = k;
    if (isPluralNoun(t, gaz) || (tags && tags[0] === 'NN' && tokens[last].lower === 'one')) {
      end = k;
      // Coordinated plurals: "rebels and civilians".
      const n = tokens[k + 1];
      if (n?.lower === 'and' && isPluralNoun(tokens[k + 2], gaz) && tokens[k + 2].sentence === sentence) { end = k + 2; break; }
      if (!isModifierNoun(n, gaz)) break;
    }
    else if (end >= 0) break;
  }
  if (end < 0) return null;
  return { start: tokens[j].start, end: tokens[end].end };
}

function isPluralNoun(t: Token | undefined, gaz: ReturnType<typeof gazetteer>): boolean {
  if (!t || !t.isWord) return false;
  if (IRREGULAR_PLURALS.has(t.lower)) return true;
  const tags = gaz.tagsOf(t.lower);
  if (tags) return tags.includes('NNS') || tags.includes('NNPS');
  return t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss');
}

/** A plural followed by another plural noun continues the phrase ("arms dealers"). */
function isModifierNoun(t: Token | undefined, gaz: ReturnType<typeof gazetteer>): boolean {
  return !!t && t.isWord && isPluralNoun(t, gaz) && !FUNCTION_WORDS.has(t.lower) && !(gaz.tagsOf(t.lower) ?? []).some((x) => x.startsWith('VB'));
}
