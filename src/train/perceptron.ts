// An averaged structured perceptron (Collins 2002) over the tagger's features: decode each segment
// with the current weights, and where the best sequence differs from the gold one, move the weights
// of both. The average of the weights over all steps is what ships.
import { SLOTS } from '../core/entities/features';
import { LABELS, OUTSIDE, constrained, viterbi } from '../core/entities/labels';
import type { TrainingDocument } from './corpus';

export interface Weights {
  bits: number;
  weights: Float32Array;
  transitions: Float32Array;
}

/** The word's own spelling and lower-case form come first in a token's slots (forms.ts). */
const WORD_SLOTS = 2;

/** A small deterministic generator (mulberry32) for shuffling. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Segments as (document, first, last) triples. */
function segmentsOf(documents: readonly TrainingDocument[]): Int32Array {
  let n = 0;
  for (const d of documents) n += d.segments.length / 2;
  const out = new Int32Array(n * 3);
  let k = 0;
  documents.forEach((d, i) => {
    for (let s = 0; s < d.segments.length; s += 2) {
      out[k++] = i;
      out[k++] = d.segments[s];
      out[k++] = d.segments[s + 1];
    }
  });
  return out;
}

export class Perceptron {
  readonly mask: number;
  private readonly w: Float32Array;
  private readonly u: Float64Array;
  private readonly t = new Float32Array(LABELS * LABELS);
  private readonly tu = new Float64Array(LABELS * LABELS);
  private step = 1;
  private emissions = new Float32Array(256 * LABELS);
  private predicted = new Uint8Array(256);
  private back = new Uint8Array(256 * LABELS);
  private readonly delta = new Float32Array(LABELS);
  private readonly next = new Float32Array(LABELS);

  private dropped = new Uint8Array(256);

  /**
   * `dropout`: the share of tokens whose word and lower-case form features are hidden in a step, so that
   * the weights learn to read context and shape too, as they must for names they have never seen.
   */
  constructor(
    readonly bits: number,
    private readonly dropout = 0,
    private readonly rng: () => number = Math.random,
  ) {
    this.mask = (1 << bits) - 1;
    this.w = new Float32Array((1 << bits) * LABELS);
    this.u = new Float64Array((1 << bits) * LABELS);
  }

  /** One pass over the segments in an order drawn from `rng`; returns the share of segments decoded wrong. */
  epoch(documents: readonly TrainingDocument[], rng: () => number): number {
    const segments = segmentsOf(documents);
    const n = segments.length / 3;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const x = order[i];
      order[i] = order[j];
      order[j] = x;
    }
    let wrong = 0;
    for (const s of order) {
      const d = documents[segments[3 * s]];
      if (this.learn(d, segments[3 * s + 1], segments[3 * s + 2])) wrong++;
      this.step++;
    }
    return wrong / Math.max(1, n);
  }

  private learn(d: TrainingDocument, first: number, last: number): boolean {
    const length = last - first + 1;
    this.reserve(length);
    const e = this.emissions;
    e.fill(0, 0, length * LABELS);
    for (let p = first; p <= last; p++) this.dropped[p - first] = this.dropout > 0 && this.rng() < this.dropout ? WORD_SLOTS : 0;
    for (let p = first; p <= last; p++) {
      const out = (p - first) * LABELS;
      for (let k = p * SLOTS + this.dropped[p - first], end = p * SLOTS + SLOTS; k < end; k++) {
        const h = d.features[k];
        if (h === -1) break;
        const row = (h & this.mask) * LABELS;
        for (let y = 0; y < LABELS; y++) e[out + y] += this.w[row + y];
      }
    }
    viterbi(e, constrained(this.t), 0, length - 1, this.predicted, this.back, this.delta, this.next);
    let differs = false;
    for (let p = first; p <= last; p++) if (!d.masked[p] && d.gold[p] !== this.predicted[p - first]) differs = true;
    if (!differs) return false;
    const c = this.step;
    for (let p = first; p <= last; p++) {
      const g = d.gold[p];
      const y = this.predicted[p - first];
      if (g !== y && !d.masked[p])
        for (let k = p * SLOTS + this.dropped[p - first], end = p * SLOTS + SLOTS; k < end; k++) {
          const h = d.features[k];
          if (h === -1) break;
          const row = (h & this.mask) * LABELS;
          this.w[row + g] += 1;
          this.u[row + g] += c;
          this.w[row + y] -= 1;
          this.u[row + y] -= c;
        }
      const gPrevious = p === first ? OUTSIDE : d.gold[p - 1];
      const yPrevious = p === first ? OUTSIDE : this.predicted[p - first - 1];
      this.transition(gPrevious, g, yPrevious, y, c);
    }
    this.transition(d.gold[last], OUTSIDE, this.predicted[last - first], OUTSIDE, c);
    return true;
  }

  private transition(gFrom: number, gTo: number, yFrom: number, yTo: number, c: number): void {
    if (gFrom === yFrom && gTo === yTo) return;
    this.t[gFrom * LABELS + gTo] += 1;
    this.tu[gFrom * LABELS + gTo] += c;
    this.t[yFrom * LABELS + yTo] -= 1;
    this.tu[yFrom * LABELS + yTo] -= c;
  }

  private reserve(length: number): void {
    if (length <= this.predicted.length) return;
    const size = Math.max(length, this.predicted.length * 2);
    this.emissions = new Float32Array(size * LABELS);
    this.predicted = new Uint8Array(size);
    this.back = new Uint8Array(size * LABELS);
    this.dropped = new Uint8Array(size);
  }

  /** The averaged weights. */
  averaged(): Weights {
    const c = this.step;
    const weights = new Float32Array(this.w.length);
    for (let i = 0; i < weights.length; i++) weights[i] = this.w[i] - this.u[i] / c;
    const transitions = new Float32Array(this.t.length);
    for (let i = 0; i < transitions.length; i++) transitions[i] = this.t[i] - this.tu[i] / c;
    return { bits: this.bits, weights, transitions };
  }
}
