// The Entities view: people, organizations and places of the active article, each with its mentions.
import * as vscode from 'vscode';
import { spanAt } from '../core/query';
import type { Annotations, CanonicalEntity, EntityMention, EntityType } from '../core/types';
import type { ActiveDocument } from './activeDocument';
import type { DocumentCache } from './documentCache';
import { createFollowingView } from './followCursor';
import { rangeItem, rangeNodes } from './treeRanges';
import { ENTITY_TYPE_ICONS, entityGroupLabel, entityTypeName, formatCount, escapeMarkdown as md, mentionsOf } from './format';

export const ENTITIES_VIEW_ID = 'newsLens.entities';
export const REVEAL_MENTION_COMMAND = 'newsLens.revealMention';

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'place'];

export interface EntityGroupNode {
  kind: 'group';
  type: EntityType;
  entities: EntityNode[];
  /** The entities in ranges, when there are too many to list at once. */
  ranges?: EntityRangeNode[];
}

export interface EntityRangeNode {
  kind: 'entityRange';
  group: EntityGroupNode;
  /** Index of the range's first entity among the group's. */
  first: number;
  entities: EntityNode[];
}

export interface EntityNode {
  kind: 'entity';
  entity: CanonicalEntity;
  parent: EntityGroupNode | EntityRangeNode;
  mentions: MentionNode[];
  /** The mentions in ranges, when there are too many to list at once. */
  ranges?: MentionRangeNode[];
}

export interface MentionRangeNode {
  kind: 'range';
  owner: EntityNode;
  /** Index of the range's first mention among the entity's. */
  first: number;
  mentions: MentionNode[];
}

export interface MentionNode {
  kind: 'mention';
  mention: EntityMention;
  owner: EntityNode;
  parent: EntityNode | MentionRangeNode;
}

export type EntitiesTreeNode = EntityGroupNode | EntityRangeNode | EntityNode | MentionRangeNode | MentionNode;

interface EntitiesModel {
  groups: EntityGroupNode[];
  /** Mention nodes by the mention object they show (names and descriptions alike). */
  byMention: Map<EntityMention, MentionNode>;
}

function buildModel(a: Annotations): EntitiesModel {
  const byMention = new Map<EntityMention, MentionNode>();
  const groups: EntityGroupNode[] = [];
  for (const type of TYPE_ORDER) {
    const group: EntityGroupNode = { kind: 'group', type, entities: [] };
    for (const entity of a.canonicalEntities.filter((e) => e.type === type)) {
      const node: EntityNode = { kind: 'entity', entity, parent: group, mentions: [] };
      for (const mention of mentionsOf(a, entity)) {
        const child: MentionNode = { kind: 'mention', mention, owner: node, parent: node };
        node.mentions.push(child);
        byMention.set(mention, child);
      }
      node.ranges = rangeNodes(node.mentions, (first, mentions): MentionRangeNode => ({
        kind: 'range',
        owner: node,
        first,
        mentions,
      }));
      group.entities.push(node);
    }
    // Most mentioned first: the article's main actors lead.
    group.entities.sort((x, y) => y.mentions.length - x.mentions.length || x.entity.id - y.entity.id);
    group.ranges = rangeNodes(group.entities, (first, entities): EntityRangeNode => ({
      kind: 'entityRange',
      group,
      first,
      entities,
    }));
    if (group.entities.length) groups.push(group);
  }
  return { groups, byMention };
}

export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntitiesTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntitiesTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly models = new WeakMap<Annotations, EntitiesModel>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly active: ActiveDocument) {
    this.subscriptions.push(active.onDidChange(() => this.changed.fire(undefined)));
  }

  shownDocument(): vscode.TextDocument | undefined {
    return this.active.document;
  }

  modelFor(a: Annotations): EntitiesModel {
    let m = this.models.get(a);
    if (!m) this.models.set(a, (m = buildModel(a)));
    return m;
  }

  getChildren(node?: EntitiesTreeNode): EntitiesTreeNode[] {
    if (!node) {
      const a = this.active.annotations();
      return a ? this.modelFor(a).groups : [];
    }
    if (node.kind === 'group') return node.ranges ?? node.entities;
    if (node.kind === 'entityRange') return node.entities;
    if (node.kind === 'entity') return node.ranges ?? node.mentions;
    return node.kind === 'range' ? node.mentions : [];
  }

  getParent(node: EntitiesTreeNode): EntitiesTreeNode | undefined {
    if (node.kind === 'group') return undefined;
    if (node.kind === 'entityRange') return node.group;
    return node.kind === 'range' ? node.owner : node.parent;
  }

  getTreeItem(node: EntitiesTreeNode): vscode.TreeItem {
    const doc = this.active.document;
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(entityGroupLabel(node.type), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.type}`;
      item.description = formatCount(node.entities.length);
      item.iconPath = new vscode.ThemeIcon(ENTITY_TYPE_ICONS[node.type]);
      return item;
    }
    // The most mentioned come first: their range is open.
    if (node.kind === 'entityRange')
      return rangeItem(`entityRange:${node.group.type}:${node.first}`, node.first, node.entities.length, {
        open: node.first === 0,
      });
    if (node.kind === 'entity') {
      const e = node.entity;
      const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `entity:${e.id}`;
      const n = node.mentions.length;
      item.description = n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', formatCount(n));
      item.contextValue = 'newsLens.entity';
      const first = node.mentions[0];
      if (first && doc) item.command = revealMentionCommand(doc, first.mention);
      return item;
    }
    if (node.kind === 'range') {
      const [first, last] = [node.mentions[0], node.mentions[node.mentions.length - 1]];
      return rangeItem(`range:${node.owner.entity.id}:${node.first}`, node.first, node.mentions.length, {
        doc,
        from: first.mention.start,
        to: last.mention.start,
      });
    }
    const m = node.mention;
    const item = new vscode.TreeItem(m.text, vscode.TreeItemCollapsibleState.None);
    item.id = `mention:${node.owner.entity.id}:${m.start}`;
    if (doc) {
      const line = doc.positionAt(m.start).line;
      const where = vscode.l10n.t('line {0}', line + 1);
      item.description = m.descriptive ? `${where} · ${vscode.l10n.t('described')}` : where;
      item.command = revealMentionCommand(doc, m);
    }
    item.iconPath = new vscode.ThemeIcon('symbol-text');
    return item;
  }

  /**
   * Cards made when the pointer rests on an item: an entity of a long document has thousands of
   * mentions, and the editor would otherwise build and send a card for each at once.
   */
  resolveTreeItem(item: vscode.TreeItem, node: EntitiesTreeNode): vscode.TreeItem {
    if (node.kind === 'entity') {
      const e = node.entity;
      const others = e.aliases.filter((x) => x !== e.name);
      const tip = new vscode.MarkdownString(`**${md(e.name)}** · ${entityTypeName(e.type)}`);
      if (others.length) tip.appendMarkdown(`  \n${vscode.l10n.t('Also called: {0}', others.map(md).join(', '))}`);
      item.tooltip = tip;
    } else if (node.kind === 'mention') {
      const doc = this.active.document;
      // The line the mention is on, as context.
      if (doc) item.tooltip = doc.lineAt(doc.positionAt(node.mention.start).line).text.trim().slice(0, 300);
    }
    return item;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.changed.dispose();
  }
}

function revealMentionCommand(doc: vscode.TextDocument, m: EntityMention): vscode.Command {
  return {
    command: REVEAL_MENTION_COMMAND,
    title: vscode.l10n.t('Reveal Mention'),
    arguments: [doc.uri.toString(), m.start, m.end],
  };
}

/** Creates the view and keeps its selection on the mention under the cursor while it is visible. */
export function createEntitiesView(
  provider: EntitiesTreeProvider,
  cache: DocumentCache,
): { view: vscode.TreeView<EntitiesTreeNode>; disposables: vscode.Disposable[] } {
  return createFollowingView<EntitiesTreeNode>(ENTITIES_VIEW_ID, provider, cache, (a, offset) => {
    const mention = [spanAt(a.entities, offset), spanAt(a.descriptions ?? [], offset)].find(
      (m) => m !== undefined && m.start <= offset && offset <= m.end,
    );
    return mention && provider.modelFor(a).byMention.get(mention);
  });
}
