// The Claims view: the active article's claims grouped by who makes them; follows the cursor.
import * as vscode from 'vscode';
import { claimAt, claimsBySource } from '../core/query';
import type { Annotations, Claim } from '../core/types';
import type { ActiveDocument } from './activeDocument';
import type { DocumentCache } from './documentCache';
import { createFollowingView } from './followCursor';
import { rangeItem, rangeNodes } from './treeRanges';
import {
  ARTICLE_SOURCE_KEY,
  claimById,
  describeClaimKind,
  entityById,
  entityTypeName,
  formatCount,
  escapeMarkdown as md,
  shorten,
  sourceLabel,
  stancePhrase,
  unquote,
} from './format';

export const CLAIMS_VIEW_ID = 'newsLens.claims';
export const REVEAL_CLAIM_COMMAND = 'newsLens.revealClaim';

export interface SourceNode {
  kind: 'source';
  sourceKey: string;
  label: string;
  sourceEntityId: number | null;
  claims: ClaimNode[];
  /** The claims in ranges, when there are too many to list at once. */
  ranges?: ClaimRangeNode[];
  /** The range of sources it is listed in, when there are too many sources to list at once. */
  parent?: SourceRangeNode;
}

export interface SourceRangeNode {
  kind: 'sourceRange';
  /** Index of the range's first source. */
  first: number;
  sources: SourceNode[];
}

export interface ClaimRangeNode {
  kind: 'range';
  source: SourceNode;
  /** Index of the range's first claim among the source's. */
  first: number;
  claims: ClaimNode[];
}

export interface ClaimNode {
  kind: 'claim';
  claim: Claim;
  source: SourceNode;
  parent: SourceNode | ClaimRangeNode;
}

export type ClaimsTreeNode = SourceRangeNode | SourceNode | ClaimRangeNode | ClaimNode;

interface ClaimsModel {
  /** The top level: the sources, or ranges of them. */
  roots: (SourceNode | SourceRangeNode)[];
  byClaimId: Map<number, ClaimNode>;
}

/** Builds the nodes once per Annotations value, so that `reveal` finds the very objects the view holds. */
function buildModel(a: Annotations): ClaimsModel {
  const byClaimId = new Map<number, ClaimNode>();
  const sources = claimsBySource(a).map((g) => {
    const node: SourceNode = {
      kind: 'source',
      sourceKey: g.sourceKey,
      label: sourceLabel(g.sourceKey, g.sourceName),
      sourceEntityId: g.sourceEntityId,
      claims: [],
    };
    for (const claim of g.claims) {
      const child: ClaimNode = { kind: 'claim', claim, source: node, parent: node };
      node.claims.push(child);
      byClaimId.set(claim.id, child);
    }
    node.ranges = rangeNodes(node.claims, (first, claims): ClaimRangeNode => ({ kind: 'range', source: node, first, claims }));
    return node;
  });
  const ranges = rangeNodes(sources, (first, items): SourceRangeNode => ({ kind: 'sourceRange', first, sources: items }));
  return { roots: ranges ?? sources, byClaimId };
}

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ClaimsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly models = new WeakMap<Annotations, ClaimsModel>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly active: ActiveDocument) {
    this.subscriptions.push(active.onDidChange(() => this.changed.fire(undefined)));
  }

  /** The tree of the active document, or undefined when no annotated document is active. */
  model(): ClaimsModel | undefined {
    const a = this.active.annotations();
    return a ? this.modelFor(a) : undefined;
  }

  modelFor(a: Annotations): ClaimsModel {
    let m = this.models.get(a);
    if (!m) this.models.set(a, (m = buildModel(a)));
    return m;
  }

  shownDocument(): vscode.TextDocument | undefined {
    return this.active.document;
  }

  getChildren(node?: ClaimsTreeNode): ClaimsTreeNode[] {
    if (!node) return this.model()?.roots ?? [];
    if (node.kind === 'sourceRange') return node.sources;
    if (node.kind === 'source') return node.ranges ?? node.claims;
    return node.kind === 'range' ? node.claims : [];
  }

  getParent(node: ClaimsTreeNode): ClaimsTreeNode | undefined {
    if (node.kind === 'sourceRange') return undefined;
    return node.kind === 'range' ? node.source : node.parent;
  }

  getTreeItem(node: ClaimsTreeNode): vscode.TreeItem {
    const a = this.active.annotations();
    if (node.kind === 'range') return this.rangeItem(node);
    // Sources come in the order the article first quotes them: the first range is open.
    if (node.kind === 'sourceRange')
      return rangeItem(`sourceRange:${node.first}`, node.first, node.sources.length, { open: node.first === 0 });
    return node.kind === 'source' ? this.sourceItem(node, a) : this.claimItem(node, a);
  }

  private rangeItem(node: ClaimRangeNode): vscode.TreeItem {
    const [first, last] = [node.claims[0], node.claims[node.claims.length - 1]];
    return rangeItem(`range:${node.source.sourceKey}:${node.first}`, node.first, node.claims.length, {
      doc: this.active.document,
      from: first.claim.span.start,
      to: last.claim.span.start,
    });
  }

  private sourceItem(node: SourceNode, a: Annotations | undefined): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `source:${node.sourceKey}`;
    const contested = node.claims.filter((c) => c.claim.contestedBy.length > 0).length;
    const n = node.claims.length;
    const count = n === 1 ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', formatCount(n));
    item.description = contested ? `${count} · ${vscode.l10n.t('{0} contested', formatCount(contested))}` : count;
    const entity = a ? entityById(a, node.sourceEntityId) : undefined;
    item.iconPath = new vscode.ThemeIcon(
      node.sourceKey === ARTICLE_SOURCE_KEY
        ? 'book'
        : entity?.type === 'person'
          ? 'person'
          : entity?.type === 'organization'
            ? 'organization'
            : 'comment',
    );
    item.tooltip = entity ? `${entity.name} (${entityTypeName(entity.type)})` : node.label;
    item.contextValue = 'newsLens.source';
    return item;
  }

  private claimItem(node: ClaimNode, a: Annotations | undefined): vscode.TreeItem {
    const c = node.claim;
    const item = new vscode.TreeItem(shorten(c.span.text, 70), vscode.TreeItemCollapsibleState.None);
    item.id = `claim:${c.id}`;
    const contested = c.contestedBy.length > 0;
    const kind = a ? describeClaimKind(c, a) : stancePhrase(c.stance);
    item.description = contested ? vscode.l10n.t('contested · {0}', kind) : kind;
    item.iconPath = new vscode.ThemeIcon(
      contested
        ? 'warning'
        : c.stance === 'denies'
          ? 'circle-slash'
          : c.stance === 'uncertain'
            ? 'question'
            : c.attributionId === null
              ? 'note'
              : 'quote',
      contested ? new vscode.ThemeColor('list.warningForeground') : undefined,
    );
    item.contextValue = contested ? 'newsLens.claim.contested' : 'newsLens.claim';
    const uri = this.active.document?.uri;
    item.command = { command: REVEAL_CLAIM_COMMAND, title: vscode.l10n.t('Reveal Claim'), arguments: [c.id, uri?.toString()] };
    return item;
  }

  /**
   * The claim's card, made when the pointer rests on it: a source of a long document has thousands
   * of claims, and the editor would otherwise parse and send a Markdown card for each at once.
   */
  resolveTreeItem(item: vscode.TreeItem, node: ClaimsTreeNode): vscode.TreeItem {
    if (node.kind !== 'claim') return item;
    const c = node.claim;
    const a = this.active.annotations();
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown(
      `**${md(sourceLabel(c.sourceKey, c.sourceName))}** ${stancePhrase(c.stance)}:\n\n“${md(unquote(c.span.text))}”`,
    );
    if (a && c.contestedBy.length > 0) {
      tip.appendMarkdown(`\n\n${c.stance === 'denies' ? vscode.l10n.t('Contests:') : vscode.l10n.t('Contested by:')}`);
      for (const id of c.contestedBy) {
        const other = claimById(a, id);
        if (other)
          tip.appendMarkdown(
            `\n- ${md(sourceLabel(other.sourceKey, other.sourceName))} ${stancePhrase(other.stance)}: “${md(shorten(unquote(other.span.text), 100))}”`,
          );
      }
    }
    item.tooltip = tip;
    return item;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.changed.dispose();
  }
}

/** Creates the view and keeps its selection on the claim under the cursor while it is visible. */
export function createClaimsView(
  provider: ClaimsTreeProvider,
  cache: DocumentCache,
): { view: vscode.TreeView<ClaimsTreeNode>; disposables: vscode.Disposable[] } {
  return createFollowingView<ClaimsTreeNode>(CLAIMS_VIEW_ID, provider, cache, (a, offset) => {
    const claim = claimAt(a, offset);
    return claim && provider.modelFor(a).byClaimId.get(claim.id);
  });
}
