// Hover cards: what a mark is, found by binary search over the sorted spans at the hovered offset.
import * as vscode from 'vscode';
import { marksAt, spanAt } from '../core/query';
import type { Annotations, Attribution, CanonicalEntity, EntityMention, NumberMention, Span, TimeMention } from '../core/types';
import type { DocumentCache } from './documentCache';
import { OPEN_ARTICLE_COMMAND, openArticleLink, type CorpusLookup } from './corpusLookup';
import {
  attributionById,
  claimById,
  describeValue,
  entityById,
  escapeMarkdown as md,
  mentionsOf,
  entityTypeName,
  formatCount,
  qualifierName,
  shorten,
  sourceLabel,
  stancePhrase,
  stanceVerb,
  toRange,
  unquote,
} from './format';

const RULE = '\n\n---\n\n';

/** A card's lines joined as Markdown: a list stays a list. */
const asCard = (lines: string[]) => lines.join('  \n').replace(/ {2}\n- /g, '\n- ');

/** Contains the hovered character (unlike the cursor lookups, a mark ends before its end offset). */
function covers(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

export function entityCard(a: Annotations, m: EntityMention): string {
  const entity = entityById(a, m.entityId);
  const lines = [
    `**${md(entity?.name ?? m.entity)}** · ${entityTypeName(m.type)}${m.descriptive ? ` · ${vscode.l10n.t('described here as “{0}”', md(m.text))}` : ''}`,
  ];
  if (entity) {
    const others = entity.aliases.filter((x) => x !== entity.name);
    if (others.length) lines.push(vscode.l10n.t('Also called: {0}', others.map(md).join(', ')));
    const count = mentionsOf(a, entity).length;
    lines.push(count === 1 ? vscode.l10n.t('Mentioned once') : vscode.l10n.t('Mentioned {0} times', formatCount(count)));
    const claims = a.claims.filter((c) => c.sourceEntityId === entity.id);
    if (claims.length) {
      lines.push(vscode.l10n.t('Claims ({0}):', formatCount(claims.length)));
      for (const c of claims.slice(0, 5))
        lines.push(`- ${c.stance === 'asserts' ? '' : `${stancePhrase(c.stance)}: `}“${md(shorten(unquote(c.span.text), 70))}”`);
      if (claims.length > 5) lines.push(`- ${vscode.l10n.t('and {0} more', formatCount(claims.length - 5))}`);
    }
  }
  return asCard(lines);
}

export function numberCard(n: NumberMention): string {
  const lines = [
    `**${md(n.text)}** · ${vscode.l10n.t('number')}`,
    vscode.l10n.t('Value: {0} · qualifier: {1}', md(describeValue(n)), qualifierName(n.qualifier)),
  ];
  lines.push(n.counts ? vscode.l10n.t('Counts: {0}', md(n.counts)) : vscode.l10n.t('Counts: not stated'));
  return lines.join('  \n');
}

export function timeCard(t: TimeMention): string {
  return `**${md(t.text)}** · ${vscode.l10n.t('time expression')}`;
}

export function attributionCard(a: Annotations, at: Attribution): string {
  const entity = entityById(a, at.sourceEntityId);
  const sourceText = at.source?.text;
  let source: string;
  if (!sourceText) source = entity ? md(entity.name) : vscode.l10n.t('unnamed');
  else if (entity && entity.name !== sourceText) source = `${md(sourceText)} → ${md(entity.name)}`;
  else source = md(sourceText);
  const lines = [
    `**${vscode.l10n.t('Attribution')}** · ${vscode.l10n.t('cue “{0}”', md(at.cue.text))} · ${stancePhrase(at.stance)} · ${at.direct ? vscode.l10n.t('direct quote') : vscode.l10n.t('reported speech')}`,
    vscode.l10n.t('Source: {0}', source),
    `${stanceVerb(at.stance)}: “${md(shorten(at.content.map((c) => unquote(c.text)).join(' … '), 160))}”`,
  ];
  const claim = claimById(a, at.claimId);
  if (claim && claim.contestedBy.length) {
    lines.push(claim.stance === 'denies' ? vscode.l10n.t('Contests:') : vscode.l10n.t('Contested:'));
    for (const id of claim.contestedBy.slice(0, 4)) {
      const other = claimById(a, id);
      if (other)
        lines.push(
          `- ${md(sourceLabel(other.sourceKey, other.sourceName))} ${stancePhrase(other.stance)}: “${md(shorten(unquote(other.span.text), 90))}”`,
        );
    }
  }
  return asCard(lines);
}

/** Most other articles listed in a card. */
const ELSEWHERE_LISTED = 5;

/** "- and 3 more" when a list was cut at ELSEWHERE_LISTED. */
const more = (count: number) =>
  count > ELSEWHERE_LISTED ? [`- ${vscode.l10n.t('and {0} more', formatCount(count - ELSEWHERE_LISTED))}`] : [];

/** "Also in 2 other articles": the other articles that name the entity, each a link to its first mention. */
export function elsewhereLines(
  lookup: CorpusLookup,
  uri: vscode.Uri,
  m: EntityMention,
  entity: CanonicalEntity | undefined,
): string[] {
  const others = lookup.entityElsewhere(uri, m.type, entity?.name ?? m.entity);
  if (!others.length) return [];
  others.sort((x, y) => y.mentions - x.mentions || x.doc - y.doc);
  const lines = [
    others.length === 1
      ? vscode.l10n.t('Also in 1 other article:')
      : vscode.l10n.t('Also in {0} other articles:', formatCount(others.length)),
  ];
  for (const o of others.slice(0, ELSEWHERE_LISTED)) {
    const count = o.mentions === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', formatCount(o.mentions));
    lines.push(`- ${openArticleLink(md(lookup.label(o.doc)), lookup.uriOf(o.doc), o.first)} · ${count}`);
  }
  return [...lines, ...more(others.length)];
}

/** "Disagrees with": the figures that count the same thing and cannot hold with this one, each a link. */
export function disagreementLines(lookup: CorpusLookup, uri: vscode.Uri, n: NumberMention): string[] {
  const others = lookup.figureConflicts(uri, n);
  if (!others.length) return [];
  const lines = [vscode.l10n.t('Disagrees with:')];
  for (const o of others.slice(0, ELSEWHERE_LISTED)) {
    const figure = `“${md(`${o.figure.text} ${o.figure.counts}`)}”`;
    const line = lookup.line(o.ref.doc, o.figure.start);
    const link = openArticleLink(
      o.sameArticle
        ? vscode.l10n.t('line {0} of this article', line)
        : vscode.l10n.t('{0}, line {1}', md(lookup.label(o.ref.doc)), line),
      lookup.uriOf(o.ref.doc),
      o.figure,
    );
    lines.push(`- ${figure} · ${link}`);
  }
  return [...lines, ...more(others.length)];
}

export class NewsHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly cache: DocumentCache,
    /** What the workspace's other articles say, when they are indexed. */
    private readonly crossArticle?: CorpusLookup,
  ) {}

  // A hover during typing or during the analysis waits for it, and then shows the card.
  async provideHover(
    doc: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    const a = await this.cache.settled(doc, token);
    if (!a || token.isCancellationRequested) return undefined;
    const offset = doc.offsetAt(position);
    if (offset >= a.length) return undefined;
    const marks = marksAt(a, offset);
    const cards: string[] = [];
    const spans: Span[] = [];
    // A name, else a description that stands for an entity ("the monitor").
    const entity = [marks.entity, spanAt(a.descriptions ?? [], offset)].find((m) => m !== undefined && covers(m, offset));
    let links = false;
    if (entity) {
      const elsewhere = this.crossArticle
        ? elsewhereLines(this.crossArticle, doc.uri, entity, entityById(a, entity.entityId))
        : [];
      links ||= elsewhere.length > 0;
      cards.push(elsewhere.length ? `${entityCard(a, entity)}\n\n${asCard(elsewhere)}` : entityCard(a, entity));
      spans.push(entity);
    }
    if (marks.number && covers(marks.number, offset)) {
      const disagreements = this.crossArticle ? disagreementLines(this.crossArticle, doc.uri, marks.number) : [];
      links ||= disagreements.length > 0;
      cards.push(disagreements.length ? `${numberCard(marks.number)}\n\n${asCard(disagreements)}` : numberCard(marks.number));
      spans.push(marks.number);
    }
    if (marks.time && covers(marks.time, offset)) {
      cards.push(timeCard(marks.time));
      spans.push(marks.time);
    }
    // The innermost attribution only: nested quotes would otherwise stack several cards.
    const at = marks.attributions.find((x) =>
      [x.cue, ...(x.source ? [x.source] : []), ...x.content].some((s) => covers(s, offset)),
    );
    if (at) {
      cards.push(attributionCard(a, attributionById(a, at.id) ?? at));
      const part = [at.cue, ...(at.source ? [at.source] : []), ...at.content].find((s) => covers(s, offset));
      if (part) spans.push(part);
    }
    if (!cards.length) return undefined;
    const smallest = spans.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
    const content = new vscode.MarkdownString(cards.join(RULE));
    content.supportHtml = false;
    // Links to other articles run one command, and nothing else.
    content.isTrusted = links ? { enabledCommands: [OPEN_ARTICLE_COMMAND] } : false;
    return new vscode.Hover(content, toRange(doc, smallest));
  }
}
