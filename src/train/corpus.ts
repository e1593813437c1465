// Training documents: the gold spans of ../shared/train/ner read through the engine's own pipeline
// (tokens, sentences, times and numbers claimed first), so that the tagger learns on exactly what it
// will see. Gold names become BILOU labels of the candidate tokens.
import { isHardWrapped, splitSentences, tokenize, type Token } from '../core/tokenize';
import { findTimes } from '../core/times';
import { findNumbers } from '../core/numbers';
import { FeatureExtractor, SLOTS } from '../core/entities/features';
import { BEGIN, INSIDE, LAST, OUTSIDE, UNIT, labelOf } from '../core/entities/labels';
import { PERSON_TITLES } from '../core/lexicon/words';

export interface GoldSpan {
  start: number;
  end: number;
  label: 'PER' | 'ORG' | 'LOC';
}

export interface RawDocument {
  id: string;
  source: string;
  text: string;
  spans: GoldSpan[];
}

/** One document ready for training: features of its candidates, their gold labels and its segments. */
export interface TrainingDocument {
  id: string;
  source: string;
  features: Int32Array;
  gold: Uint8Array;
  /** Candidates whose gold label is unknown (masked out of the loss). */
  masked: Uint8Array;
  segments: Int32Array;
  /** Gold names that no candidate sequence can express (a lower-case word inside), for the record. */
  lost: number;
  names: number;
}

const TYPE_INDEX = { PER: 0, ORG: 1, LOC: 2 } as const;

export interface ReadOptions {
  /** Titles ("President") dropped from the front of person names, as CoNLL-style sources have them. */
  stripTitles: boolean;
  /** Words whose gold label is unreliable in this source (SEC's defined parties): masked, not taught. */
  maskWords?: ReadonlySet<string>;
}

export function prepare(raw: RawDocument, extractor: FeatureExtractor, options: ReadOptions): TrainingDocument {
  const { text } = raw;
  const tokens = tokenize(text);
  splitSentences(tokens, isHardWrapped(tokens));
  const blocked = new Uint8Array(tokens.length);
  findTimes(text, tokens, blocked);
  findNumbers(text, tokens, blocked);
  const nameOf = new Int32Array(tokens.length).fill(-1);
  const typeOfName: number[] = [];
  for (const span of raw.spans) {
    const [first, last] = tokenRange(tokens, span, options.stripTitles && span.label === 'PER');
    if (first > last) continue;
    for (let k = first; k <= last; k++) nameOf[k] = typeOfName.length;
    typeOfName.push(TYPE_INDEX[span.label]);
  }
  const f = extractor.extract(text, tokens, blocked);
  const gold = new Uint8Array(f.count);
  const masked = new Uint8Array(f.count);
  const expressed = new Set<number>();
  for (let s = 0; s < f.segmentCount; s++) {
    const first = f.segments[2 * s];
    const last = f.segments[2 * s + 1];
    for (let p = first; p <= last; p++) {
      const t = f.tokenAt[p];
      if (options.maskWords?.has(tokens[t].lower)) masked[p] = 1;
      const name = nameOf[t];
      if (name < 0) {
        gold[p] = OUTSIDE;
        continue;
      }
      expressed.add(name);
      const continues = p > first && nameOf[f.tokenAt[p - 1]] === name && f.tokenAt[p - 1] === t - 1;
      const goesOn = p < last && nameOf[f.tokenAt[p + 1]] === name && f.tokenAt[p + 1] === t + 1;
      const part = continues ? (goesOn ? INSIDE : LAST) : goesOn ? BEGIN : UNIT;
      gold[p] = labelOf(typeOfName[name], part);
    }
  }
  return {
    id: raw.id,
    source: raw.source,
    features: f.features.slice(0, f.count * SLOTS),
    gold,
    masked,
    segments: f.segments.slice(0, 2 * f.segmentCount),
    lost: typeOfName.length - expressed.size,
    names: typeOfName.length,
  };
}

/** The tokens a gold span covers (a token counts when the span covers most of it). */
function tokenRange(tokens: readonly Token[], span: GoldSpan, stripTitles: boolean): [number, number] {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let first = lo;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < span.end) last++;
  if (
    tokens[first] &&
    tokens[first].start < span.start &&
    (tokens[first].end - span.start) * 2 < tokens[first].end - tokens[first].start
  )
    first++;
  if (!tokens[last] || tokens[last].start >= span.end) return [1, 0];
  while (stripTitles && first < last && (PERSON_TITLES.has(tokens[first].text) || tokens[first].text === '.')) first++;
  return [first, last];
}
