// BILOU labels over three entity types, and the best label sequence of a segment (Viterbi).
import type { EntityType } from '../types';

export const TYPES: readonly EntityType[] = ['person', 'organization', 'place'];
/** O, then Begin/Inside/Last/Unit for each type. */
export const LABELS = 1 + 4 * TYPES.length;
export const OUTSIDE = 0;
export const BEGIN = 0;
export const INSIDE = 1;
export const LAST = 2;
export const UNIT = 3;

export const labelOf = (type: number, part: number) => 1 + 4 * type + part;
export const typeOf = (label: number) => (label - 1) >> 2;
export const partOf = (label: number) => (label - 1) & 3;

/** A label that a name may not follow with `next`: B and I need I or L of their type next; nothing else may. */
export function allowed(previous: number, next: number): boolean {
  const open = previous !== OUTSIDE && (partOf(previous) === BEGIN || partOf(previous) === INSIDE);
  if (open) return next !== OUTSIDE && typeOf(next) === typeOf(previous) && (partOf(next) === INSIDE || partOf(next) === LAST);
  return next === OUTSIDE || partOf(next) === BEGIN || partOf(next) === UNIT;
}

const FORBIDDEN = -1e30;

/** Transition scores with the forbidden moves at minus infinity; row = previous label, O before and after a segment. */
export function constrained(transitions: Float32Array): Float32Array {
  const out = new Float32Array(LABELS * LABELS);
  for (let p = 0; p < LABELS; p++)
    for (let n = 0; n < LABELS; n++) out[p * LABELS + n] = allowed(p, n) ? transitions[p * LABELS + n] : FORBIDDEN;
  return out;
}

/**
 * The best labels for positions first..last of `emissions` (LABELS scores each) under `transitions`
 * (from constrained), written to `labels`; `back` is scratch of at least (last - first + 1) * LABELS.
 */
export function viterbi(
  emissions: Float32Array,
  transitions: Float32Array,
  first: number,
  last: number,
  labels: Uint8Array,
  back: Uint8Array,
  delta: Float32Array,
  next: Float32Array,
): void {
  for (let y = 0; y < LABELS; y++) delta[y] = transitions[OUTSIDE * LABELS + y] + emissions[first * LABELS + y];
  for (let p = first + 1; p <= last; p++) {
    const row = (p - first) * LABELS;
    for (let y = 0; y < LABELS; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let x = 0; x < LABELS; x++) {
        const s = delta[x] + transitions[x * LABELS + y];
        if (s > best) {
          best = s;
          arg = x;
        }
      }
      next[y] = best + emissions[p * LABELS + y];
      back[row + y] = arg;
    }
    delta.set(next.subarray(0, LABELS));
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < LABELS; y++) {
    const s = delta[y] + transitions[y * LABELS + OUTSIDE];
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  for (let p = last; p >= first; p--) {
    labels[p] = arg;
    arg = back[(p - first) * LABELS + arg];
  }
}
