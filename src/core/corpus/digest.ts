// What the cross-article view keeps of one article's analysis: its entities with their names and
// counts, its attributed claims, the figures that can be compared and the dates it gives. No tokens,
// no sentences, no reporter's statements: a digest is a small part of the analysis, so that an index
// of thousands of articles stays small.
import type { Annotations, Span } from '../types';
import { firstIndexWhere, lastStartingAtOrBefore } from '../query';
import type { ArticleDigest, DigestClaim, DigestEntity, DigestFigure } from './types';
import { figureOf } from './figures';
import { runSteps } from './steps';
import { detached } from './lemma';
import { isDateAnchor, timeAnchors } from './windows';

/** The other names of an entity that has none, shared by all. */
const NO_NAMES: readonly string[] = Object.freeze([]);

/** Characters of a claim's text kept: enough to read it and to find what denies it. */
export const CLAIM_TEXT_LIMIT = 2000;

/** Numbers read before the digest hands back control. */
const NUMBERS_PER_STEP = 200;

/** The digest of `a`, the analysis of `text`, under the name `path`. */
export function digestArticle(path: string, text: string, a: Annotations): ArticleDigest {
  return runSteps(digestSteps(path, text, a));
}

/** The digest of `a`, yielding now and then so that a caller can spread the work of a long text. */
export function* digestSteps(path: string, text: string, a: Annotations): Generator<void, ArticleDigest> {
  const anchors = timesBySentence(a);
  const places = placesBySentence(a);
  yield;
  const figures: DigestFigure[] = [];
  const eventWords = new Map<number, string[]>();
  for (let k = 0; k < a.numbers.length; k++) {
    const n = a.numbers[k];
    const s = lastStartingAtOrBefore(a.sentences, n.start);
    const { start, end } = a.sentences[s] ?? { start: 0, end: a.length };
    const window = [...(anchors.get(s) ?? []), ...(places.get(s) ?? [])];
    const figure = figureOf(text, n, { start, end, index: s, window, eventWords });
    if (figure) figures.push(figure);
    if (k % NUMBERS_PER_STEP === NUMBERS_PER_STEP - 1) yield;
  }
  const dates = new Set<string>();
  for (const list of anchors.values()) for (const anchor of list) if (isDateAnchor(anchor)) dates.add(anchor);
  const entities = entitiesOf(a);
  yield;
  const claims = claimsOf(a);
  yield;
  return {
    path,
    length: a.length,
    truncated: a.truncated,
    lineStarts: lineStarts(text, a.length),
    entities,
    claims,
    figures,
    dates: [...dates].sort(),
  };
}

function entitiesOf(a: Annotations): DigestEntity[] {
  const described = new Map<number, { count: number; first: Span }>();
  // The engine lists a description among the entity's names as "the …" ("a monitor" → "the monitor").
  const descriptions = new Set((a.descriptions ?? []).map((d) => d.text.replace(/^(a|an)\s+/i, 'the ')));
  for (const d of a.descriptions ?? []) {
    const seen = described.get(d.entityId);
    if (seen) seen.count++;
    else described.set(d.entityId, { count: 1, first: { start: d.start, end: d.end } });
  }
  return a.canonicalEntities.map((e) => {
    const named = a.entities[e.mentions[0]];
    const description = described.get(e.id);
    const first = named && (!description || named.start <= description.first.start) ? named : description?.first;
    // Descriptions ("the monitor", "the group") would tie unrelated entities of other articles.
    const others = e.aliases.filter((x) => x !== e.name && !descriptions.has(x));
    return {
      id: e.id,
      type: e.type,
      name: detached(e.name),
      aliases: others.length ? others.map(detached) : NO_NAMES,
      mentions: e.mentions.length + (description?.count ?? 0),
      first: first ? { start: first.start, end: first.end } : { start: 0, end: 0 },
    };
  });
}

function claimsOf(a: Annotations): DigestClaim[] {
  const out: DigestClaim[] = [];
  // One copy of each source's name and each cue for the article.
  const strings = new Map<string, string>();
  const own = (s: string) => strings.get(s) ?? strings.set(s, detached(s)).get(s)!;
  for (const c of a.claims) {
    if (c.attributionId === null) continue;
    const at = a.attributions[c.attributionId]?.id === c.attributionId ? a.attributions[c.attributionId] : undefined;
    const text = detached(c.span.text.length > CLAIM_TEXT_LIMIT ? c.span.text.slice(0, CLAIM_TEXT_LIMIT) : c.span.text);
    out.push({
      id: c.id,
      unnamed: c.sourceKey === 'unnamed',
      sourceName: own(c.sourceName),
      sourceEntityId: c.sourceEntityId,
      span: { start: c.span.start, end: c.span.end, text },
      stance: c.stance,
      direct: at?.direct ?? false,
      cue: own(at?.cue.text ?? ''),
    });
  }
  return out;
}

/** The anchors of the time expressions of each sentence, by sentence index. */
function timesBySentence(a: Annotations): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const t of a.times) {
    const anchors = timeAnchors(t.text);
    if (!anchors.length) continue;
    const s = lastStartingAtOrBefore(a.sentences, t.start);
    const list = out.get(s) ?? [];
    for (const x of anchors) if (!list.includes(x)) list.push(x);
    out.set(s, list);
  }
  return out;
}

/** The places each sentence names, as `place:<name>` anchors of the window of its figures. */
function placesBySentence(a: Annotations): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const m of a.entities) {
    if (m.type !== 'place') continue;
    const s = lastStartingAtOrBefore(a.sentences, m.start);
    const anchor = `place:${(a.canonicalEntities[m.entityId]?.name ?? m.text).toLowerCase()}`;
    const list = out.get(s) ?? out.set(s, []).get(s)!;
    if (!list.includes(anchor)) list.push(anchor);
  }
  return out;
}

/** Offsets at which lines start in text[0, length): after \n, after \r\n, after a lone \r (as editors count them). */
export function lineStarts(text: string, length = text.length): Int32Array {
  const starts: number[] = [0];
  let newline = text.indexOf('\n');
  let carriageReturn = text.indexOf('\r');
  for (;;) {
    const at = newline < 0 ? carriageReturn : carriageReturn < 0 ? newline : Math.min(newline, carriageReturn);
    if (at < 0 || at >= length) break;
    // \r\n is one break, counted at its \n.
    if (at === carriageReturn && text.charCodeAt(at + 1) !== 10) starts.push(at + 1);
    if (at === newline) starts.push(at + 1);
    if (at === newline) newline = text.indexOf('\n', at + 1);
    else carriageReturn = text.indexOf('\r', at + 1);
  }
  return Int32Array.from(starts);
}

/** The zero-based line and column of an offset, from a digest's line starts. */
export function positionOf(digest: Pick<ArticleDigest, 'lineStarts'>, offset: number): { line: number; character: number } {
  const starts = digest.lineStarts;
  const line = Math.max(0, firstIndexWhere(starts.length, (i) => starts[i] > offset) - 1);
  return { line, character: offset - starts[line] };
}
