// The statistical tagger: label scores from hashed features, then the best BILOU sequence of each
// candidate segment. No objects per token: scores, labels and scratch are typed arrays reused.
import type { Token } from '../tokenize';
import { BIAS, FeatureExtractor, OWN_SLOTS, SLOTS } from './features';
import { FormTable, type FormInfo } from './forms';
import { LABELS, LAST, OUTSIDE, TYPES, UNIT, constrained, labelOf, partOf, typeOf, viterbi } from './labels';
import type { EntityModel } from './model';

/** A name the tagger found: tokens first..last, its type (index into TYPES) and how sure it is. */
export interface TaggedName {
  first: number;
  last: number;
  type: number;
  /** How far the chosen type's scores stand above the next type's, at the span's least sure token. */
  margin: number;
}

export class Tagger {
  readonly extractor: FeatureExtractor;
  private readonly transitions: Float32Array;
  private readonly mask: number;
  private emissions = new Float32Array(1024 * LABELS);
  private labels = new Uint8Array(1024);
  private back = new Uint8Array(1024 * LABELS);
  private readonly delta = new Float32Array(LABELS);
  private readonly next = new Float32Array(LABELS);

  constructor(private readonly model: EntityModel) {
    this.extractor = new FeatureExtractor(new FormTable(model.clusters), false);
    this.transitions = constrained(model.transitions);
    this.mask = (1 << model.header.bits) - 1;
  }

  tag(text: string, tokens: readonly Token[], excluded: Uint8Array): TaggedName[] {
    const f = this.extractor.extract(text, tokens, excluded);
    if (f.count > this.labels.length) {
      const size = Math.max(f.count, this.labels.length * 2);
      this.emissions = new Float32Array(size * LABELS);
      this.labels = new Uint8Array(size);
      this.back = new Uint8Array(size * LABELS);
    }
    this.score(f.features, f.count, f.tokenAt);
    const names: TaggedName[] = [];
    for (let s = 0; s < f.segmentCount; s++) {
      const first = f.segments[2 * s];
      const last = f.segments[2 * s + 1];
      viterbi(this.emissions, this.transitions, first, last, this.labels, this.back, this.delta, this.next);
      this.collect(first, last, f.tokenAt, names);
    }
    return names;
  }

  /** Emissions: the form's own scores (computed once per form) plus the context features'. */
  private score(features: Int32Array, count: number, tokenAt: Int32Array): void {
    const { rowOf, scales, weights } = this.model;
    const e = this.emissions;
    const infos = this.extractor.infos;
    for (let p = 0; p < count; p++) {
      const out = p * LABELS;
      const own = infos[tokenAt[p]].scores ?? this.ownScores(infos[tokenAt[p]]);
      for (let y = 0; y < LABELS; y++) e[out + y] = own[y];
      for (let k = p * SLOTS, end = k + SLOTS; k < end; k++) {
        const h = features[k];
        if (h === -1) break;
        const r = rowOf[h & this.mask];
        if (r < 0) continue;
        const scale = scales[r];
        const w = r * LABELS;
        for (let y = 0; y < LABELS; y++) e[out + y] += scale * weights[w + y];
      }
    }
  }

  private ownScores(info: FormInfo): Float32Array {
    const { rowOf, scales, weights } = this.model;
    const scores = new Float32Array(LABELS);
    for (let k = 0; k <= info.own.length && k <= OWN_SLOTS; k++) {
      const r = rowOf[(k < info.own.length && k < OWN_SLOTS ? info.own[k] : BIAS) & this.mask];
      if (r < 0) continue;
      for (let y = 0; y < LABELS; y++) scores[y] += scales[r] * weights[r * LABELS + y];
    }
    info.scores = scores;
    return scores;
  }

  private collect(first: number, last: number, tokenAt: Int32Array, names: TaggedName[]): void {
    let start = -1;
    let margin = Infinity;
    for (let p = first; p <= last; p++) {
      const label = this.labels[p];
      if (label === OUTSIDE) {
        start = -1;
        continue;
      }
      if (start < 0) {
        start = p;
        margin = Infinity;
      }
      margin = Math.min(margin, this.marginAt(p, label));
      const part = partOf(label);
      if (part === LAST || part === UNIT) {
        names.push({ first: tokenAt[start], last: tokenAt[p], type: typeOf(label), margin });
        start = -1;
      }
    }
  }

  /** How far the chosen label's score stands above the same part (B, I, L, U) of the other types. */
  private marginAt(p: number, label: number): number {
    const e = this.emissions;
    const part = partOf(label);
    let other = -Infinity;
    for (let t = 0; t < TYPES.length; t++) {
      const y = labelOf(t, part);
      if (y !== label && e[p * LABELS + y] > other) other = e[p * LABELS + y];
    }
    return e[p * LABELS + label] - other;
  }
}
