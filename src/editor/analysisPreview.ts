// Marks for the visible part of a long document while the whole of it is analysed in the background:
// the last analysis, moved through the edits made since, with the visible window analysed afresh.
// Pure functions over Annotations values (no `vscode`).
import type {
  Annotations,
  Attribution,
  CanonicalEntity,
  Claim,
  EntityMention,
  NumberMention,
  Span,
  TextSpan,
} from '../core/types';

/** One replaced range, in the offsets of the text before the edit. */
export interface TextChange {
  start: number;
  removed: number;
  inserted: number;
}

/** The changes of one edit event, and the document version it produced. */
export interface EditRecord {
  version: number;
  /** Sorted by start, last first, so that each applies to offsets the earlier ones left alone. */
  changes: TextChange[];
}

export type SpanMap = (span: Span) => Span | undefined;

/**
 * Moves spans through the edits made after `sinceVersion`. A span that an edit touches, even at
 * its edge (a letter typed after a name changes the name), is dropped.
 */
export function throughEdits(edits: readonly EditRecord[], sinceVersion: number): SpanMap {
  const relevant = edits.filter((e) => e.version > sinceVersion);
  if (relevant.length === 0) return (span) => span;
  return (span) => {
    let { start, end } = span;
    for (const edit of relevant) {
      for (const c of edit.changes) {
        if (end < c.start) continue;
        if (start > c.start + c.removed) {
          const delta = c.inserted - c.removed;
          start += delta;
          end += delta;
        } else {
          return undefined;
        }
      }
    }
    return { start, end };
  };
}

export const shiftBy =
  (offset: number): SpanMap =>
  (s) => ({ start: s.start + offset, end: s.end + offset });

function overlapsAny(s: Span, windows: readonly Span[]): boolean {
  return windows.some((w) => s.start < w.end && s.end > w.start);
}

/** True when the windows together cover `span`. */
export function covered(span: Span, windows: readonly Span[]): boolean {
  let at = span.start;
  for (const w of [...windows].sort((x, y) => x.start - y.start)) {
    if (w.start > at) break;
    at = Math.max(at, w.end);
    if (at >= span.end) return true;
  }
  return at >= span.end;
}

const LISTS = new Set([
  'sentences',
  'tokens',
  'entities',
  'descriptions',
  'canonicalEntities',
  'numbers',
  'times',
  'attributions',
  'claims',
]);

/**
 * The fields of `a` other than its lists, copied as they are defined: a list that is built on
 * first read stays unread.
 */
function otherFields(a: Annotations): Annotations {
  const out = {} as Annotations;
  for (const key of Object.keys(a)) {
    if (!LISTS.has(key)) Object.defineProperty(out, key, Object.getOwnPropertyDescriptor(a, key)!);
  }
  return out;
}

function nextId(items: readonly { id: number }[]): number {
  let max = -1;
  for (const x of items) if (x.id > max) max = x.id;
  return max + 1;
}

/** The item at its mapped place; the same object when it does not move (values are never changed in place). */
function moved<T extends Span>(item: T, map: SpanMap): T | undefined {
  const s = map(item);
  if (!s) return undefined;
  return s.start === item.start && s.end === item.end ? item : { ...item, start: s.start, end: s.end };
}

function mappedList<T extends Span>(list: readonly T[], map: SpanMap): T[] {
  const out: T[] = [];
  for (const item of list) {
    const next = moved(item, map);
    if (next) out.push(next);
  }
  return out;
}

/**
 * The annotations with every span mapped; an item any of whose spans is dropped is dropped
 * (an attribution together with its claim). Ids stay as they were; token lists are left out
 * unless asked for, as no mark is drawn from them.
 */
export function mapAnnotations(a: Annotations, map: SpanMap, withTokens = false): Annotations {
  const entityIndex = new Map<number, number>();
  const entities: EntityMention[] = [];
  a.entities.forEach((m, i) => {
    const next = moved(m, map);
    if (!next) return;
    entityIndex.set(i, entities.length);
    entities.push(next);
  });
  const canonicalEntities: CanonicalEntity[] = a.canonicalEntities.map((e) => ({
    ...e,
    mentions: e.mentions.map((i) => entityIndex.get(i)).filter((i): i is number => i !== undefined),
  }));
  const numbers: NumberMention[] = [];
  for (const n of a.numbers) {
    const next = moved(n, map);
    if (!next) continue;
    if (!n.countsSpan) {
      numbers.push(next);
      continue;
    }
    const counts = map(n.countsSpan);
    if (counts && counts.start === n.countsSpan.start && counts.end === n.countsSpan.end && next === n) {
      numbers.push(n);
      continue;
    }
    const copy = { ...next };
    if (counts) copy.countsSpan = counts;
    else delete copy.countsSpan;
    numbers.push(copy);
  }
  const keptAttributions = new Map<number, Attribution>();
  for (const at of a.attributions) {
    const cue = moved(at.cue, map);
    const source = at.source && moved(at.source, map);
    const content = at.content.map((c) => moved(c, map));
    if (!cue || (at.source && !source) || content.some((c) => !c)) continue;
    const same = cue === at.cue && (source ?? null) === at.source && content.every((c, i) => c === at.content[i]);
    keptAttributions.set(at.id, same ? at : { ...at, cue, source: source ?? null, content: content as TextSpan[] });
  }
  const claims: Claim[] = [];
  for (const c of a.claims) {
    const span = moved(c.span, map);
    if (!span || (c.attributionId !== null && !keptAttributions.has(c.attributionId))) continue;
    claims.push(span === c.span ? c : { ...c, span });
  }
  const claimIds = new Set(claims.map((c) => c.id));
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c.contestedBy.every((id) => claimIds.has(id))) continue;
    claims[i] = { ...c, contestedBy: c.contestedBy.filter((id) => claimIds.has(id)) };
  }
  const attributions = [...keptAttributions.values()].filter((at) => claimIds.has(at.claimId));
  return {
    ...otherFields(a),
    sentences: mappedList(a.sentences, map),
    tokens: withTokens ? mappedList(a.tokens, map) : [],
    entities,
    descriptions: mappedList(a.descriptions ?? [], map),
    canonicalEntities,
    numbers,
    times: mappedList(a.times, map),
    attributions,
    claims,
  };
}

const byStart = (x: Span, y: Span) => x.start - y.start;
const attributionStart = (at: Attribution) =>
  Math.min(at.cue.start, ...(at.source ? [at.source.start] : []), ...at.content.map((c) => c.start));

/**
 * `base`, moved by `moveBase`, with `window` laid over it: everything of `base` that overlaps the
 * windows `window` covers is replaced. `window` must already be in the document's offsets. Ids of
 * `window`'s entities, attributions and claims are renumbered after those of `base`. Tokens are
 * those of `window` only.
 */
export function overlay(
  base: Annotations,
  window: Annotations,
  windowSpans: readonly Span[],
  moveBase: SpanMap = (s) => s,
): Annotations {
  const kept = mapAnnotations(
    base,
    (s) => {
      const m = moveBase(s);
      return m && !overlapsAny(m, windowSpans) ? m : undefined;
    },
    false,
  );
  const entityOffset = kept.canonicalEntities.length;
  const attributionOffset = nextId(kept.attributions);
  const claimOffset = nextId(kept.claims);
  const entityId = (id: number | null) => (id === null ? null : id + entityOffset);

  // Mentions of both, in text order; canonical entities then point at their new positions.
  const tagged = [
    ...kept.entities.map((m, i) => ({ m, from: 0, i })),
    ...window.entities.map((m, i) => ({ m: { ...m, entityId: m.entityId + entityOffset }, from: 1, i })),
  ].sort((x, y) => x.m.start - y.m.start);
  const position = [new Map<number, number>(), new Map<number, number>()];
  tagged.forEach((t, at) => position[t.from].set(t.i, at));
  const canonicalEntities = [
    ...kept.canonicalEntities.map((e) => ({ ...e, mentions: e.mentions.map((i) => position[0].get(i)!) })),
    ...window.canonicalEntities.map((e) => ({
      ...e,
      id: e.id + entityOffset,
      mentions: e.mentions.map((i) => position[1].get(i)!),
    })),
  ];
  const attributions = [
    ...kept.attributions,
    ...window.attributions.map((at) => ({
      ...at,
      id: at.id + attributionOffset,
      claimId: at.claimId + claimOffset,
      sourceEntityId: entityId(at.sourceEntityId),
    })),
  ]
    .map((at) => ({ at, start: attributionStart(at) }))
    .sort((x, y) => x.start - y.start)
    .map((x) => x.at);
  const claims = [
    ...kept.claims,
    ...window.claims.map((c) => ({
      ...c,
      id: c.id + claimOffset,
      sourceKey: c.sourceEntityId !== null ? `entity:${c.sourceEntityId + entityOffset}` : c.sourceKey,
      sourceEntityId: entityId(c.sourceEntityId),
      attributionId: c.attributionId === null ? null : c.attributionId + attributionOffset,
      contestedBy: c.contestedBy.map((id) => id + claimOffset),
    })),
  ].sort((x, y) => x.span.start - y.span.start);
  return {
    ...otherFields(base),
    sentences: [...kept.sentences, ...window.sentences].sort(byStart),
    tokens: [...kept.tokens, ...window.tokens].sort(byStart),
    entities: tagged.map((t) => t.m),
    descriptions: [
      ...kept.descriptions,
      ...(window.descriptions ?? []).map((d) => ({ ...d, entityId: d.entityId + entityOffset })),
    ].sort(byStart),
    canonicalEntities,
    numbers: [...kept.numbers, ...window.numbers].sort(byStart),
    times: [...kept.times, ...window.times].sort(byStart),
    attributions,
    claims,
  };
}

/** An analysis with nothing found, to lay the first window over. */
export function emptyAnnotations(length: number, truncated: boolean): Annotations {
  return {
    length,
    truncated,
    sentences: [],
    tokens: [],
    entities: [],
    descriptions: [],
    canonicalEntities: [],
    numbers: [],
    times: [],
    attributions: [],
    claims: [],
  };
}
