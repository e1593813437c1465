// W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): a JSON-LD AnnotationCollection
// with one Annotation per mark. Each target names the article and selects the mark twice, as
// alternatives: a TextQuoteSelector (exact text with up to 32 characters either side) that survives
// edits elsewhere, and a TextPositionSelector. Positions count Unicode code points, as the model
// asks, over the text exactly as given (no whitespace normalisation: the article is plain text).
//
// Each Annotation has two bodies: a tagging TextualBody with the mark's category (what generic
// annotation tools show), and a body of the News Lens vocabulary (terms under `urn:newslens:`) with
// what the engine found:
//   nl:EntityMention   category (person, organization, place), entity, entityId, descriptive
//   nl:NumberMention   quantity (null when vague), low, high, qualifier, unit, unitName, counts,
//                      countsStart/countsEnd (code points)
//   nl:TimeMention
//   nl:AttributionPart category (cue, source, quote, reported), role (cue, source, content),
//                      attribution (its id), sourceName, sourceEntityId, stance, direct, claim
import type { Annotations, Attribution, EntityMention, NumberMention, Span } from '../types';
import { CodePoints } from './offsets';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const NEWS_LENS_VOCABULARY = 'urn:newslens:';
/** Characters of context kept on each side of a quote. */
export const QUOTE_CONTEXT = 32;

const TERMS = [
  'category',
  'entity',
  'entityId',
  'descriptive',
  'quantity',
  'low',
  'high',
  'qualifier',
  'unit',
  'unitName',
  'counts',
  'countsStart',
  'countsEnd',
  'attribution',
  'role',
  'sourceName',
  'sourceEntityId',
  'stance',
  'direct',
  'claim',
  'analysedLength',
  'truncated',
] as const;

const CONTEXT = [ANNOTATION_CONTEXT, Object.fromEntries([['nl', NEWS_LENS_VOCABULARY], ...TERMS.map((t) => [t, `nl:${t}`])])];

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'classifying';
  body: [{ type: 'TextualBody'; purpose: 'tagging'; value: string }, MarkBody];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

/** What the engine found about a mark (the second body). */
export type MarkBody = { type: string; category: string } & Record<string, unknown>;

export interface WebAnnotationCollection {
  '@context': unknown;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  generator: { type: 'Software'; name: string };
  analysedLength: number;
  truncated: boolean;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export interface WebAnnotationOptions {
  /** The collection's IRI (the file it is written to); annotation ids are fragments of it. Relative ids without it. */
  id?: string;
  /** A name for the collection. */
  label?: string;
}

/** The collection for `a`, the annotations of `text`, whose IRI is `sourceUri`. */
export function toWebAnnotation(
  text: string,
  a: Annotations,
  sourceUri: string,
  options: WebAnnotationOptions = {},
): WebAnnotationCollection {
  const points = new CodePoints(text);
  const base = options.id ?? '';
  const items: WebAnnotation[] = [];
  const add = (name: string, span: Span, motivation: WebAnnotation['motivation'], data: MarkBody) => {
    items.push({
      id: `${base}#${name}`,
      type: 'Annotation',
      motivation,
      body: [{ type: 'TextualBody', purpose: 'tagging', value: data.category }, data],
      target: { source: sourceUri, selector: selectors(points, span) },
    });
  };

  const mention = (kind: string) => (m: EntityMention, i: number) =>
    add(`${kind}-${i}`, m, 'identifying', {
      type: 'nl:EntityMention',
      category: m.type,
      entity: m.entity,
      entityId: m.entityId,
      descriptive: m.descriptive === true,
    });
  a.entities.forEach(mention('entity'));
  (a.descriptions ?? []).forEach(mention('description'));
  a.numbers.forEach((n, i) => add(`number-${i}`, n, 'classifying', numberBody(points, n)));
  a.times.forEach((t, i) => add(`time-${i}`, t, 'classifying', { type: 'nl:TimeMention', category: 'time' }));
  for (const x of a.attributions) {
    const part = (category: string, role: string): MarkBody => ({
      type: 'nl:AttributionPart',
      category,
      role,
      ...attributionFields(x),
    });
    add(`attribution-${x.id}-cue`, x.cue, 'classifying', part('cue', 'cue'));
    if (x.source) add(`attribution-${x.id}-source`, x.source, 'classifying', part('source', 'source'));
    x.content.forEach((c, k) =>
      add(`attribution-${x.id}-content-${k}`, c, 'classifying', part(x.direct ? 'quote' : 'reported', 'content')),
    );
  }

  return {
    '@context': CONTEXT,
    id: base || '#annotations',
    type: 'AnnotationCollection',
    label: options.label ?? `News Lens annotations of ${sourceUri}`,
    generator: { type: 'Software', name: 'News Lens' },
    analysedLength: points.fromUtf16(a.length),
    truncated: a.truncated,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

function numberBody(points: CodePoints, n: NumberMention): MarkBody {
  const body: MarkBody = {
    type: 'nl:NumberMention',
    category: 'number',
    quantity: n.value,
    qualifier: n.qualifier,
    unit: n.unit,
  };
  if (n.low !== undefined) body.low = n.low;
  if (n.high !== undefined) body.high = n.high;
  if (n.unitName) body.unitName = n.unitName;
  body.counts = n.counts;
  if (n.countsSpan) {
    body.countsStart = points.fromUtf16(n.countsSpan.start);
    body.countsEnd = points.fromUtf16(n.countsSpan.end);
  }
  return body;
}

function attributionFields(x: Attribution): Record<string, unknown> {
  return {
    attribution: x.id,
    sourceName: x.sourceName,
    sourceEntityId: x.sourceEntityId,
    stance: x.stance,
    direct: x.direct,
    claim: x.claimId,
  };
}

function selectors(points: CodePoints, span: Span): [TextQuoteSelector, TextPositionSelector] {
  const start = points.fromUtf16(span.start);
  const end = points.fromUtf16(span.end);
  return [
    {
      type: 'TextQuoteSelector',
      exact: points.slice(start, end),
      prefix: points.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: points.slice(end, Math.min(points.length, end + QUOTE_CONTEXT)),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

// ── Reading a collection back ─────────────────────────────────────────────────────────────────

export interface WebAnnotationMark {
  id: string;
  source: string;
  tags: string[];
  /** The News Lens body, if any. */
  data: MarkBody | undefined;
  /** From the TextPositionSelector, as UTF-16 offsets into the text; undefined without one. */
  position: Span | undefined;
  quote: TextQuoteSelector | undefined;
}

/** Parses an exported collection against the text it annotates. Throws when it is not one. */
export function readWebAnnotation(
  text: string,
  content: string,
): { collection: WebAnnotationCollection; marks: WebAnnotationMark[] } {
  const points = new CodePoints(text);
  const collection = JSON.parse(content) as WebAnnotationCollection;
  if (collection?.type !== 'AnnotationCollection' || !Array.isArray(collection.first?.items))
    throw new Error('not an AnnotationCollection with its first page');
  const marks = collection.first.items.map((item): WebAnnotationMark => {
    if (item?.type !== 'Annotation') throw new Error(`${String(item?.id)}: not an Annotation`);
    const bodies: unknown[] = Array.isArray(item.body) ? item.body : [item.body];
    const tags = bodies.filter(isTag).map((b) => b.value);
    const data = bodies.find(
      (b): b is MarkBody => typeof b === 'object' && b !== null && String((b as MarkBody).type).startsWith('nl:'),
    );
    const list = (Array.isArray(item.target.selector) ? item.target.selector : [item.target.selector]) as { type?: string }[];
    const at = list.find((s): s is TextPositionSelector => s?.type === 'TextPositionSelector');
    if (
      at &&
      !(Number.isInteger(at.start) && Number.isInteger(at.end) && 0 <= at.start && at.start <= at.end && at.end <= points.length)
    ) {
      throw new Error(`${item.id}: positions outside the text`);
    }
    return {
      id: item.id,
      source: item.target.source,
      tags,
      data,
      position: at && { start: points.toUtf16(at.start), end: points.toUtf16(at.end) },
      quote: list.find((s): s is TextQuoteSelector => s?.type === 'TextQuoteSelector'),
    };
  });
  return { collection, marks };
}

function isTag(b: unknown): b is { value: string } {
  const body = b as { type?: unknown; purpose?: unknown; value?: unknown } | null;
  return body?.type === 'TextualBody' && body.purpose === 'tagging' && typeof body.value === 'string';
}

/**
 * Finds a quote in the text the way an annotation client re-anchors it: the occurrence of `exact`
 * with its prefix before and its suffix after. UTF-16 offsets; undefined when none fits.
 */
export function anchorQuote(text: string, quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): Span | undefined {
  if (!quote.exact) return undefined;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const end = at + quote.exact.length;
    const prefix = quote.prefix ?? '';
    if (at >= prefix.length && text.startsWith(prefix, at - prefix.length) && text.startsWith(quote.suffix ?? '', end))
      return { start: at, end };
  }
  return undefined;
}
