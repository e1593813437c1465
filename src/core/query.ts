// Lookups over an Annotations value that the editor features share (hover, tree, cursor following).
import type { Annotations, Attribution, Claim, EntityMention, NumberMention, Span, TimeMention } from './types';

/** Index of the last span in `spans` (sorted by start) that starts at or before `offset`, or -1. */
export function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The span of a non-overlapping sorted list that contains `offset` (end inclusive, so a cursor after a word counts). */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const i = lastStartingAtOrBefore(spans, offset);
  if (i >= 0 && offset <= spans[i].end) return spans[i];
  return undefined;
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
    if (c.span.start <= offset && offset <= c.span.end && (!best || c.span.end - c.span.start < best.span.end - best.span.start)) best = c;
  }
  return best;
}

/** Claims grouped by source, in order of each source's first claim; the article's own claims last. */
export function claimsBySource(a: Annotations): { sourceKey: string; sourceName: string; sourceEntityId: number | null; claims: Claim[] }[] {
  const groups = new Map<string, { sourceKey: string; sourceName: string; sourceEntityId: number | null; claims: Claim[] }>();
  for (const c of a.claims) {
    let g = groups.get(c.sourceKey);
    if (!g) groups.set(c.sourceKey, (g = { sourceKey: c.sourceKey, sourceName: c.sourceName, sourceEntityId: c.sourceEntityId, claims: [] }));
    g.claims.push(c);
  }
  const list = [...groups.values()];
  return [...list.filter((g) => g.sourceKey !== 'article'), ...list.filter((g) => g.sourceKey === 'article')];
}
