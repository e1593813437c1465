// Short human-readable descriptions of annotations, shared by hovers, trees, symbols and the status bar.
import * as vscode from 'vscode';
import type {
  Annotations,
  Attribution,
  CanonicalEntity,
  Claim,
  EntityMention,
  EntityType,
  NumberMention,
  Qualifier,
  Span,
  Stance,
} from '../core/types';

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
export function stanceVerb(stance: Stance): string {
  switch (stance) {
    case 'denies':
      return vscode.l10n.t('Denies');
    case 'uncertain':
      return vscode.l10n.t('Cannot say');
    default:
      return vscode.l10n.t('Says');
  }
}

/** The stance inside a sentence: "asserts", "denies", "cannot say". */
export function stancePhrase(stance: Stance): string {
  switch (stance) {
    case 'denies':
      return vscode.l10n.t('denies');
    case 'uncertain':
      return vscode.l10n.t('cannot say');
    default:
      return vscode.l10n.t('asserts');
  }
}

/** "person", "organization", "place": what an entity is, inside a sentence. */
export function entityTypeName(type: EntityType): string {
  switch (type) {
    case 'person':
      return vscode.l10n.t('person');
    case 'organization':
      return vscode.l10n.t('organization');
    default:
      return vscode.l10n.t('place');
  }
}

/** "People", "Organizations", "Places": the heading of a group of entities. */
export function entityGroupLabel(type: EntityType): string {
  switch (type) {
    case 'person':
      return vscode.l10n.t('People');
    case 'organization':
      return vscode.l10n.t('Organizations');
    default:
      return vscode.l10n.t('Places');
  }
}

export const ENTITY_TYPE_ICONS: Record<EntityType, string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
};

/** How a number's qualifier reads ("more than", "about"); "exact" for none. */
export function qualifierName(q: Qualifier): string {
  switch (q) {
    case 'exact':
      return vscode.l10n.t('exact');
    case 'more than':
      return vscode.l10n.t('more than');
    case 'at least':
      return vscode.l10n.t('at least');
    case 'less than':
      return vscode.l10n.t('less than');
    case 'at most':
      return vscode.l10n.t('at most');
    case 'up to':
      return vscode.l10n.t('up to');
    case 'about':
      return vscode.l10n.t('about');
    case 'nearly':
      return vscode.l10n.t('nearly');
    case 'approximate':
      return vscode.l10n.t('approximate');
    default:
      return q;
  }
}

export const ARTICLE_SOURCE_KEY = 'article';

export function sourceLabel(sourceKey: string, sourceName: string): string {
  return sourceKey === ARTICLE_SOURCE_KEY ? vscode.l10n.t('The article (reporter)') : sourceName;
}

/** A count in the reader's language ("1,234"). */
export function formatCount(n: number): string {
  return n.toLocaleString(vscode.env.language);
}

/** "250", "more than 250", "24 (more than)", "between 200 and 900", "12%", "USD 4.5". */
export function describeValue(n: NumberMention): string {
  let value: string;
  if (n.value !== null) value = formatNumber(n.value);
  else if (n.low !== undefined && n.high !== undefined)
    value = vscode.l10n.t('between {0} and {1}', formatNumber(n.low), formatNumber(n.high));
  else if (n.low !== undefined) value = vscode.l10n.t('at least {0}', formatNumber(n.low));
  else if (n.high !== undefined) value = vscode.l10n.t('at most {0}', formatNumber(n.high));
  else value = vscode.l10n.t('not given exactly');
  if (n.value !== null) {
    if (n.unit === 'percent') value += '%';
    else if (n.unit === 'currency') value = `${n.unitName ?? ''} ${value}`.trim();
    else if (n.unit === 'measure' && n.unitName) value += ` ${n.unitName}`;
    else if (n.unit === 'ordinal') value = vscode.l10n.t('{0} (ordinal)', value);
    else if (n.unit === 'age') value = describeAge(value, n.value === 1, n.unitName);
  }
  return value;
}

/** "3 years old", "18 months old", "1 week old", "6 days old": ages in the unit the article gives. */
function describeAge(value: string, one: boolean, unitName: string | undefined): string {
  switch (unitName) {
    case 'months':
      return one ? vscode.l10n.t('{0} month old', value) : vscode.l10n.t('{0} months old', value);
    case 'weeks':
      return one ? vscode.l10n.t('{0} week old', value) : vscode.l10n.t('{0} weeks old', value);
    case 'days':
      return one ? vscode.l10n.t('{0} day old', value) : vscode.l10n.t('{0} days old', value);
    default:
      return one ? vscode.l10n.t('{0} year old', value) : vscode.l10n.t('{0} years old', value);
  }
}

function formatNumber(x: number): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** "asserts" / "denies" with the way the claim is reported. */
export function describeClaimKind(c: Claim, a: Annotations): string {
  const at = attributionById(a, c.attributionId);
  const how = at
    ? at.direct
      ? vscode.l10n.t('direct quote')
      : vscode.l10n.t('reported')
    : vscode.l10n.t("reporter's statement");
  return `${stancePhrase(c.stance)} · ${how}`;
}

export function toRange(doc: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}
