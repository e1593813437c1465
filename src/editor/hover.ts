// Hover cards: what a mark is, found by binary search over the sorted spans at the hovered offset.
import * as vscode from 'vscode';
import { marksAt, spanAt, type Annotations, type Attribution, type EntityMention, type NumberMention, type Span, type TimeMention } from '../core';
import type { DocumentCache } from './documentCache';
import {
  attributionById,
  claimById,
  describeValue,
  entityById,
  escapeMarkdown as md,
  mentionsOf,
  unquote,
  STANCE_VERBS,
  stancePhrase,
  sourceLabel,
  shorten,
  toRange,
} from './format';

const RULE = '\n\n---\n\n';

/** Contains the hovered character (unlike the cursor lookups, a mark ends before its end offset). */
function covers(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

export function entityCard(a: Annotations, m: EntityMention): string {
  const entity = entityById(a, m.entityId);
  const lines = [`**${md(entity?.name ?? m.entity)}** · ${m.type}${m.descriptive ? ` · described here as “${md(m.text)}”` : ''}`];
  if (entity) {
    const others = entity.aliases.filter((x) => x !== entity.name);
    if (others.length) lines.push(`Also called: ${others.map(md).join(', ')}`);
    const count = mentionsOf(a, entity).length;
    lines.push(`Mentioned ${count} ${count === 1 ? 'time' : 'times'}`);
    const claims = a.claims.filter((c) => c.sourceEntityId === entity.id);
    if (claims.length) {
      lines.push(`Claims (${claims.length}):`);
      for (const c of claims.slice(0, 5)) lines.push(`- ${c.stance === 'asserts' ? '' : `${stancePhrase(c.stance)}: `}“${md(shorten(unquote(c.span.text), 70))}”`);
      if (claims.length > 5) lines.push(`- and ${claims.length - 5} more`);
    }
  }
  return lines.join('  \n').replace(/  \n- /g, '\n- ');
}

export function numberCard(n: NumberMention): string {
  const lines = [`**${md(n.text)}** · number`, `Value: ${md(describeValue(n))} · qualifier: ${n.qualifier}`];
  lines.push(n.counts ? `Counts: ${md(n.counts)}` : 'Counts: not stated');
  return lines.join('  \n');
}

export function timeCard(t: TimeMention): string {
  return `**${md(t.text)}** · time expression`;
}

export function attributionCard(a: Annotations, at: Attribution): string {
  const entity = entityById(a, at.sourceEntityId);
  const sourceText = at.source?.text;
  let source: string;
  if (!sourceText) source = entity ? md(entity.name) : 'unnamed';
  else if (entity && entity.name !== sourceText) source = `${md(sourceText)} → ${md(entity.name)}`;
  else source = md(sourceText);
  const lines = [
    `**Attribution** · cue “${md(at.cue.text)}” · ${stancePhrase(at.stance)} · ${at.direct ? 'direct quote' : 'reported speech'}`,
    `Source: ${source}`,
    `${STANCE_VERBS[at.stance] ?? 'Says'}: “${md(shorten(at.content.map((c) => unquote(c.text)).join(' … '), 160))}”`,
  ];
  const claim = claimById(a, at.claimId);
  if (claim && claim.contestedBy.length) {
    lines.push(claim.stance === 'denies' ? 'Contests:' : 'Contested:');
    for (const id of claim.contestedBy.slice(0, 4)) {
      const other = claimById(a, id);
      if (other) lines.push(`- ${md(sourceLabel(other.sourceKey, other.sourceName))} ${stancePhrase(other.stance)}: “${md(shorten(unquote(other.span.text), 90))}”`);
    }
  }
  return lines.join('  \n').replace(/  \n- /g, '\n- ');
}

export class NewsHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: DocumentCache) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const a = this.cache.get(doc);
    if (!a) return undefined;
    const offset = doc.offsetAt(position);
    if (offset >= a.length) return undefined;
    const marks = marksAt(a, offset);
    const cards: string[] = [];
    const spans: Span[] = [];
    // A name, else a description that stands for an entity ("the monitor").
    const entity = [marks.entity, spanAt(a.descriptions ?? [], offset)].find((m) => m !== undefined && covers(m, offset));
    if (entity) {
      cards.push(entityCard(a, entity));
      spans.push(entity);
    }
    if (marks.number && covers(marks.number, offset)) {
      cards.push(numberCard(marks.number));
      spans.push(marks.number);
    }
    if (marks.time && covers(marks.time, offset)) {
      cards.push(timeCard(marks.time));
      spans.push(marks.time);
    }
    // The innermost attribution only: nested quotes would otherwise stack several cards.
    const at = marks.attributions.find((x) => [x.cue, ...(x.source ? [x.source] : []), ...x.content].some((s) => covers(s, offset)));
    if (at) {
      cards.push(attributionCard(a, attributionById(a, at.id) ?? at));
      const part = [at.cue, ...(at.source ? [at.source] : []), ...at.content].find((s) => covers(s, offset));
      if (part) spans.push(part);
    }
    if (!cards.length) return undefined;
    const smallest = spans.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
    const content = new vscode.MarkdownString(cards.join(RULE));
    content.supportHtml = false;
    content.isTrusted = false;
    return new vscode.Hover(content, toRange(doc, smallest));
  }
}
