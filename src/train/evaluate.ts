// Scores of weights on held-out training documents: exact names (same tokens, same type), per type.
import { SLOTS } from '../core/entities/features';
import { LABELS, LAST, OUTSIDE, TYPES, UNIT, constrained, partOf, typeOf, viterbi } from '../core/entities/labels';
import type { TrainingDocument } from './corpus';
import type { Weights } from './perceptron';

export interface Scores {
  /** Per type and "all": precision, recall, F1 in percent. */
  [type: string]: { P: number; R: number; F1: number; gold: number; predicted: number };
}

export function evaluate(documents: readonly TrainingDocument[], w: Weights): Scores {
  const mask = (1 << w.bits) - 1;
  const transitions = constrained(w.transitions);
  const counts = [...TYPES, 'all'].map(() => ({ gold: 0, predicted: 0, correct: 0 }));
  let emissions = new Float32Array(0);
  let labels = new Uint8Array(0);
  let back = new Uint8Array(0);
  const delta = new Float32Array(LABELS);
  const next = new Float32Array(LABELS);
  for (const d of documents) {
    const n = d.gold.length;
    if (labels.length < n) {
      emissions = new Float32Array(n * LABELS);
      labels = new Uint8Array(n);
      back = new Uint8Array(n * LABELS);
    }
    emissions.fill(0);
    for (let p = 0; p < n; p++)
      for (let k = p * SLOTS, end = k + SLOTS; k < end; k++) {
        const h = d.features[k];
        if (h === -1) break;
        const row = (h & mask) * LABELS;
        for (let y = 0; y < LABELS; y++) emissions[p * LABELS + y] += w.weights[row + y];
      }
    for (let s = 0; s < d.segments.length; s += 2)
      viterbi(emissions, transitions, d.segments[s], d.segments[s + 1], labels, back, delta, next);
    const gold = spans(d.gold, n);
    const predicted = spans(labels, n);
    const goldKeys = new Set(gold.map((x) => x.join(':')));
    for (const [, , type] of gold) {
      counts[type].gold++;
      counts[3].gold++;
    }
    for (const x of predicted) {
      counts[x[2]].predicted++;
      counts[3].predicted++;
      if (!goldKeys.has(x.join(':'))) continue;
      counts[x[2]].correct++;
      counts[3].correct++;
    }
  }
  const out: Scores = {};
  [...TYPES, 'all'].forEach((type, i) => {
    const c = counts[i];
    const P = c.predicted ? (100 * c.correct) / c.predicted : 0;
    const R = c.gold ? (100 * c.correct) / c.gold : 0;
    out[type] = { P: round(P), R: round(R), F1: round(P + R ? (2 * P * R) / (P + R) : 0), gold: c.gold, predicted: c.predicted };
  });
  return out;
}

/** [first, last, type] of each name in a label sequence. */
function spans(labels: Uint8Array, n: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  let start = -1;
  for (let p = 0; p < n; p++) {
    const l = labels[p];
    if (l === OUTSIDE) {
      start = -1;
      continue;
    }
    if (start < 0) start = p;
    const part = partOf(l);
    if (part === LAST || part === UNIT) {
      out.push([start, p, typeOf(l)]);
      start = -1;
    }
  }
  return out;
}

const round = (x: number) => Math.round(x * 10) / 10;
