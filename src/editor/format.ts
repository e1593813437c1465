// Short human-readable descriptions of annotations, shared by hovers, trees, symbols and the status bar.
import * as vscode from 'vscode';
import type { Annotations, Attribution, CanonicalEntity, Claim, EntityMention, EntityType, NumberMention, Span, Stance } from '../core';

// Ids are list indices by contract; the fallback search keeps a wrong index from showing the wrong item.
export function claimById(a: Annotations, id: number): Claim | undefined {
  return a.claims[id]?.id === id ? a.claims[id] : a.claims.find((c) => c.id === id);
}

export function attributionById(a: Annotations, id: number | null): Attribution | undefined {
  if (id === null) return undefined;
  return a.attributions[id]?.id === id ? a.attributions[id] : a.attributions.find((x) => x.id === id);
}

export function entityById(a: Annotations, id: number | null): CanonicalEntity | undefined {
  if (id === null) return undefined;
  return a.canonicalEntities[id]?.id === id ? a.canonicalEntities[id] : a.canonicalEntities.find((e) => e.id === id);
}

/** Escapes text for Markdown so that names and quotes never turn into links, emphasis or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+!|<>~]/g, '\\$&');
}

/** The words of a quotation without its own quotation marks, for showing it inside new ones. */
export function unquote(text: string): string {
  const t = text.trim();
  // A closing ’ or ' may be a possessive ("the jihadists’"): drop it only after an opening one.
  const closing = /^[‘']/.test(t) ? /[,;:]?\s*[’']$/ : /^[“"]/.test(t) || /[”"]$/.test(t) ? /[,;:]?\s*[”"]$/ : undefined;
  const opened = t.replace(/^[“"‘']/, '');
  return (closing ? opened.replace(closing, '') : opened).trim();
}

/** One line of at most `max` characters, cut at a word boundary with an ellipsis. */
export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Every mention of an entity, its names and the descriptions that stand for it ("the monitor"), in text order. */
export function mentionsOf(a: Annotations, entity: CanonicalEntity): EntityMention[] {
  const named = entity.mentions.map((i) => a.entities[i]).filter((m): m is EntityMention => m !== undefined);
  const described = (a.descriptions ?? []).filter((d) => d.entityId === entity.id);
  return [...named, ...described].sort((x, y) => x.start - y.start);
}

/** How a claim's content is introduced in a card: "Says", "Denies", "Cannot say". */
export const STANCE_VERBS: Record<Stance, string> = { asserts: 'Says', denies: 'Denies', uncertain: 'Cannot say' };

/** The stance inside a sentence: "asserts", "denies", "cannot say". */
export function stancePhrase(stance: Stance): string {
  return stance === 'uncertain' ? 'cannot say' : stance;
}

export const ENTITY_TYPE_LABELS: Record<EntityType, { one: string; group: string; icon: string }> = {
  person: { one: 'person', group: 'People', icon: 'person' },
  organization: { one: 'organization', group: 'Organizations', icon: 'organization' },
  place: { one: 'place', group: 'Places', icon: 'location' },
};

export const ARTICLE_SOURCE_KEY = 'article';
export const ARTICLE_SOURCE_LABEL = 'The article (reporter)';

export function sourceLabel(sourceKey: string, sourceName: string): string {
  return sourceKey === ARTICLE_SOURCE_KEY ? ARTICLE_SOURCE_LABEL : sourceName;
}

/** "250", "more than 250", "24 (more than)", "between 200 and 900", "12%", "USD 4.5". */
export function describeValue(n: NumberMention): string {
  let value: string;
  if (n.value !== null) value = formatNumber(n.value);
  else if (n.low !== undefined && n.high !== undefined) value = `between ${formatNumber(n.low)} and ${formatNumber(n.high)}`;
  else if (n.low !== undefined) value = `at least ${formatNumber(n.low)}`;
  else if (n.high !== undefined) value = `at most ${formatNumber(n.high)}`;
  else value = 'not given exactly';
  if (n.value !== null) {
    if (n.unit === 'percent') value += '%';
    else if (n.unit === 'currency') value = `${n.unitName ?? ''} ${value}`.trim();
    else if (n.unit === 'measure' && n.unitName) value += ` ${n.unitName}`;
    else if (n.unit === 'ordinal') value = `${value} (ordinal)`;
    else if (n.unit === 'age') value = `${value} years old`;
  }
  return value;
}

function formatNumber(x: number): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** "asserts" / "denies" with the way the claim is reported. */
export function describeClaimKind(c: Claim, a: Annotations): string {
  const at = attributionById(a, c.attributionId);
  const how = at ? (at.direct ? 'direct quote' : 'reported') : "reporter's statement";
  return `${stancePhrase(c.stance)} · ${how}`;
}

export function toRange(doc: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}
