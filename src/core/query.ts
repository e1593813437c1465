// Lookups over an Annotations value that the editor features share (hover, tree, cursor following).
import type { Annotations, Attribution, Claim, EntityMention, NumberMention, Span, TimeMention } from './types';

/**
 * The first index in [0, count) at which `holds` is true, or `count`: a binary search, so `holds`
 * must be false up to some index and true from there on.
 */
export function firstIndexWhere(count: number, holds: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last span in `spans` (sorted by start) that starts at or before `offset`, or -1. */
export function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  return firstIndexWhere(spans.length, (i) => spans[i].start > offset) - 1;
}

/**
 * The innermost span of a sorted list that contains `offset` (end inclusive, so a cursor after a word
 * counts). Spans may nest: past the end of "Paris", "University of Paris Medical School" still holds it.
 */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const i = lastStartingAtOrBefore(spans, offset);
  if (i < 0) return undefined;
  if (offset <= spans[i].end) return spans[i];
  // Only spans that start within the longest span's length before the offset can reach it.
  const reach = longestLength(spans);
  for (let j = i - 1; j >= 0 && offset - spans[j].start <= reach; j--) if (offset <= spans[j].end) return spans[j];
  return undefined;
}

const longestLengths = new WeakMap<readonly Span[], number>();

/** The spans of a list sorted by start that overlap [start, end). */
export function spansOverlapping<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  // Only spans that start within the longest span's length before `start` can reach it.
  const reach = longestLength(spans);
  const from = firstIndexWhere(spans.length, (i) => spans[i].start >= start - reach);
  const out: T[] = [];
  for (let i = from; i < spans.length && spans[i].start < end; i++) if (spans[i].end > start) out.push(spans[i]);
  return out;
}

/** The length of the longest span in an (immutable) list, computed once per list. */
function longestLength(spans: readonly Span[]): number {
  let longest = longestLengths.get(spans);
  if (longest === undefined) {
    longest = 0;
    for (const s of spans) longest = Math.max(longest, s.end - s.start);
    longestLengths.set(spans, longest);
  }
  return longest;
}

export interface MarksAt {
  entity?: EntityMention;
  number?: NumberMention;
  time?: TimeMention;
  /** Attributions whose cue, source or content contains the offset (innermost first). */
  attributions: Attribution[];
}

/** Everything marked at `offset`. */
export function marksAt(a: Annotations, offset: number): MarksAt {
  const attributions = a.attributions
    .filter((x) => [x.cue, ...(x.source ? [x.source] : []), ...x.content].some((s) => s.start <= offset && offset <= s.end))
    .sort((x, y) => spanLength(x) - spanLength(y));
  return {
    entity: spanAt(a.entities, offset),
    number: spanAt(a.numbers, offset),
    time: spanAt(a.times, offset),
    attributions,
  };
}

function spanLength(x: Attribution): number {
  return x.content.reduce((n, s) => n + s.end - s.start, 0);
}

/** The claim whose span contains `offset`, preferring the shortest. */
export function claimAt(a: Annotations, offset: number): Claim | undefined {
  let best: Claim | undefined;
  for (const c of a.claims) {
    if (c.span.start <= offset && offset <= c.span.end && (!best || c.span.end - c.span.start < best.span.end - best.span.start))
      best = c;
  }
  return best;
}

/** Claims grouped by source, in order of each source's first claim; the article's own claims last. */
export function claimsBySource(
  a: Annotations,
): { sourceKey: string; sourceName: string; sourceEntityId: number | null; claims: Claim[] }[] {
  const groups = new Map<string, { sourceKey: string; sourceName: string; sourceEntityId: number | null; claims: Claim[] }>();
  for (const c of a.claims) {
    let g = groups.get(c.sourceKey);
    if (!g)
      groups.set(
        c.sourceKey,
        (g = { sourceKey: c.sourceKey, sourceName: c.sourceName, sourceEntityId: c.sourceEntityId, claims: [] }),
      );
    g.claims.push(c);
  }
  const list = [...groups.values()];
  return [...list.filter((g) => g.sourceKey !== 'article'), ...list.filter((g) => g.sourceKey === 'article')];
}
