// Span lists held as start/end pairs in one typed array and turned into span objects on first read:
// a long document has millions of tokens, which few readers want, and the worker sends the pairs as
// they are.
import type { Span } from './types';

const pairsOf = new WeakMap<object, Map<string, Int32Array>>();

/** Defines `target[key]` as the spans of `pairs` (start, end, start, end, ...), built when first read. */
export function definePackedSpans(target: object, key: string, pairs: Int32Array): void {
  let lists = pairsOf.get(target);
  if (!lists) pairsOf.set(target, (lists = new Map()));
  lists.set(key, pairs);
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const list = unpack(pairs);
      lists.delete(key);
      Object.defineProperty(target, key, { value: list, enumerable: true, configurable: true, writable: true });
      return list;
    },
  });
}

/** The pairs behind `target[key]` while its spans have not been built, else undefined. */
export function packedSpans(target: object, key: string): Int32Array | undefined {
  return pairsOf.get(target)?.get(key);
}

export function packSpans(spans: readonly Span[]): Int32Array {
  const out = new Int32Array(spans.length * 2);
  for (let i = 0; i < spans.length; i++) {
    out[2 * i] = spans[i].start;
    out[2 * i + 1] = spans[i].end;
  }
  return out;
}

function unpack(pairs: Int32Array): Span[] {
  const list: Span[] = new Array(pairs.length / 2);
  for (let i = 0; i < list.length; i++) list[i] = { start: pairs[2 * i], end: pairs[2 * i + 1] };
  return list;
}
