// Figures that disagree: two numbers that count the same thing (the same counted noun or a synonym,
// the same thing happening to it, the same rate) in the same window of time, whose values cannot both
// hold once their qualifiers are read as ranges: "more than 250" and "about 240" can both hold,
// "250" and "300" cannot.
import type { NumberMention, Span } from '../types';
import {
  CHANGE_WORDS,
  CLAIM_STOPWORDS,
  GENERIC_EVENT_WORDS,
  MAX_DISAGREEMENT_RATIO,
  NOT_COMPARED,
  OUTCOMES,
  PART_AFTER,
  PART_BEFORE,
  RATE_MARKERS,
  RATE_PERIODS,
  RATE_WORDS,
} from '../lexicon/counted';
import { FUNCTION_WORDS } from '../lexicon/words';
import type { DigestFigure } from './types';
import { countedNoun, detached, lemma, wordsOf } from './lemma';
import { sameWindow } from './windows';

/** How far "about", "some" or "nearly" may stray from the figure they give, as a share of it. */
export const APPROXIMATION = 0.1;

/** Words read on each side of a figure for what happened to what it counts. */
const CONTEXT_WORDS = 4;
/** Characters read on each side of a figure, enough for CONTEXT_WORDS words. */
const CONTEXT_CHARS = 60;

/** Words of a figure's sentence kept to tell whether two sentences of one article speak of one event. */
const CONTEXT_LIMIT = 40;

/** Modifiers that make a figure an addition to another ("30 other people", "20 more"). */
const ADDING_MODIFIERS = new Set(['other', 'more', 'additional', 'extra', 'further']);

/** The sentence of a figure, as a digest reads it. */
export interface FigureSentence extends Span {
  index: number;
  /** Times and places the sentence names. */
  window: string[];
  /** The words of each sentence read so far that can tie it to an event, by sentence index. */
  eventWords: Map<number, string[]>;
}

/**
 * The figure a number gives, or null when it cannot be compared: it counts nothing named, counts
 * something that is not a thing ("three times", "five others"), or is part of or an addition to
 * another figure ("including 12 children", "50 of the fighters", "another 30").
 */
export function figureOf(text: string, n: NumberMention, sentence: FigureSentence): DigestFigure | null {
  if (!n.counts || n.unit === 'ordinal' || n.unit === 'age') return null;
  if (n.value === null && n.low === undefined && n.high === undefined) return null;
  const noun = countedNoun(n.counts);
  if (!noun || NOT_COMPARED.has(noun.head) || /^\d/.test(noun.head) || noun.modifiers.some((m) => ADDING_MODIFIERS.has(m)))
    return null;
  const countsEnd = n.countsSpan?.end ?? n.end;
  const between = wordsOf(text.slice(n.end, n.countsSpan?.start ?? n.end));
  const before = clauseBefore(text, Math.max(sentence.start, n.start - CONTEXT_CHARS), n.start);
  const clause = clauseAfter(text, countsEnd, Math.min(sentence.end, countsEnd + CONTEXT_CHARS));
  const after = clause.slice(0, CONTEXT_WORDS);
  if (PART_BEFORE.has(before[before.length - 1] ?? '') || between.some((w) => PART_AFTER.has(w))) return null;
  const outcome = outcomeOf(before, after, noun.head);
  const rate = rateOf(clause);
  const counted = new Set([noun.head, ...noun.modifiers, ...wordsOf(n.counts).map(lemma)]);
  let words = sentence.eventWords.get(sentence.index);
  if (!words) sentence.eventWords.set(sentence.index, (words = eventWords(text.slice(sentence.start, sentence.end))));
  const figure: DigestFigure = {
    start: n.start,
    end: n.end,
    text: detached(n.text),
    value: n.value,
    qualifier: n.qualifier,
    unit: n.unit,
    counts: detached(n.counts),
    key: [n.unit, n.unitName ?? '', noun.head, outcome, rate].join('|'),
    modifiers: noun.modifiers,
    window: sentence.window,
    sentence: sentence.index,
    context: words.filter((w) => !counted.has(w)),
    change: before.some((w) => CHANGE_WORDS.has(w)) || after.some((w) => CHANGE_WORDS.has(w)),
  };
  if (n.low !== undefined) figure.low = n.low;
  if (n.high !== undefined) figure.high = n.high;
  if (n.unitName !== undefined) figure.unitName = n.unitName;
  return figure;
}

/** The words of the clause that ends at `end`, read back no further than `from`, nearest last. */
function clauseBefore(text: string, from: number, end: number): string[] {
  const parts = text.slice(from, end).split(/[,;:()"“”]|\band\b|\bbut\b/);
  return wordsOf(parts[parts.length - 1]).slice(-CONTEXT_WORDS);
}

/** The words of the clause that starts at `start`, read no further than `to`, nearest first. */
function clauseAfter(text: string, start: number, to: number): string[] {
  return wordsOf(text.slice(start, Math.max(start, to)).split(/[,;:()"“”]|\band\b|\bbut\b/)[0]);
}

/** The words of a sentence that can tie it to an event ("crash", "robbery", "Mashhad"), as sorted lemmas. */
function eventWords(sentence: string): string[] {
  const out = new Set<string>();
  for (const w of wordsOf(sentence)) {
    if (
      w.length < 3 ||
      /\d/.test(w) ||
      FUNCTION_WORDS.has(w) ||
      CLAIM_STOPWORDS.has(w) ||
      GENERIC_EVENT_WORDS.has(w) ||
      OUTCOMES[w]
    )
      continue;
    out.add(lemma(w));
    if (out.size >= CONTEXT_LIMIT) break;
  }
  return [...out].sort();
}

/** What happened to what is counted: "were killed" after it, else "killed" before it, else the counted noun itself. */
function outcomeOf(before: readonly string[], after: readonly string[], head: string): string {
  for (const w of after) if (OUTCOMES[w]) return OUTCOMES[w];
  for (let k = before.length - 1; k >= 0; k--) if (OUTCOMES[before[k]]) return OUTCOMES[before[k]];
  return OUTCOMES[head] ?? '';
}

/** The period of a rate given in the clause after what is counted ("a day", "per week", "annually"). */
function rateOf(clause: readonly string[]): string {
  for (let k = 0; k < clause.length; k++) {
    const rate = RATE_WORDS.get(clause[k]);
    if (rate) return rate;
    const period = lemma(clause[k + 1] ?? '');
    if (RATE_MARKERS.has(clause[k]) && RATE_PERIODS.has(period)) return period;
  }
  return '';
}

/** The values a figure allows, as an interval with open or closed ends. */
export interface Bounds {
  low: number;
  lowOpen: boolean;
  high: number;
  highOpen: boolean;
}

const closed = (low: number, high: number): Bounds => ({ low, lowOpen: false, high, highOpen: false });

export function boundsOf(f: Pick<DigestFigure, 'value' | 'low' | 'high' | 'qualifier'>): Bounds | null {
  const v = f.value;
  if (v === null || (f.qualifier === 'approximate' && (f.low !== undefined || f.high !== undefined))) {
    if (f.low === undefined && f.high === undefined) return null;
    return closed(f.low ?? 0, f.high ?? Infinity);
  }
  const slack = Math.abs(v) * APPROXIMATION;
  switch (f.qualifier) {
    case 'more than':
      return { low: v, lowOpen: true, high: Infinity, highOpen: false };
    case 'at least':
      return closed(v, Infinity);
    case 'less than':
      return { low: 0, lowOpen: false, high: v, highOpen: true };
    case 'at most':
    case 'up to':
      return closed(0, v);
    case 'about':
    case 'approximate':
      return closed(v - slack, v + slack);
    case 'nearly':
      return closed(v - slack, v);
    default:
      return closed(v, v);
  }
}

/** True when no value lies in both intervals. */
export function disjoint(a: Bounds, b: Bounds): boolean {
  const below = (x: Bounds, y: Bounds) => x.high < y.low || (x.high === y.low && (x.highOpen || y.lowOpen));
  return below(a, b) || below(b, a);
}

/** The two figures count the same thing in the same window of time. */
export function countSameThing(a: DigestFigure, b: DigestFigure): boolean {
  return a.key === b.key && sameWords(a.modifiers, b.modifiers) && sameWindow(a.window, b.window);
}

/**
 * The two figures count the same thing, their sentences share a word that ties them to one event
 * ("crash", "Mashhad"), they are within MAX_DISAGREEMENT_RATIO of each other, and they cannot both hold.
 */
export function figuresDisagree(a: DigestFigure, b: DigestFigure): boolean {
  if (!countSameThing(a, b) || !sharesWord(a.context, b.context)) return false;
  const x = boundsOf(a);
  const y = boundsOf(b);
  return x !== null && y !== null && disjoint(x, y) && !farApart(x, y);
}

/**
 * Inside one article, besides: different sentences (one sentence giving two is a change, "from 40 to
 * 55"), and neither figure updates an earlier one ("the toll rose to 55").
 */
export function figuresOfOneArticleDisagree(a: DigestFigure, b: DigestFigure): boolean {
  return a.sentence !== b.sentence && !a.change && !b.change && figuresDisagree(a, b);
}

/** The smaller interval's top is more than MAX_DISAGREEMENT_RATIO times below the larger's bottom. */
function farApart(x: Bounds, y: Bounds): boolean {
  const [lower, upper] = x.high <= y.low ? [x, y] : [y, x];
  return lower.high > 0 && upper.low / lower.high > MAX_DISAGREEMENT_RATIO;
}

/** The two sorted lists have a word in common. */
function sharesWord(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) return true;
    if (a[i] < b[j]) i++;
    else j++;
  }
  return false;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, k) => w === b[k]);
}
