// The Across Articles view: what the workspace's articles share and where they part: figures that
// disagree, claims one article denies of another, stories told by several articles, and the sources
// and entities found in more than one. Every leaf opens its article at the place.
import * as vscode from 'vscode';
import type { ContestedClaims, Corpus, CorpusEntity, CorpusSource, FigureConflict, ItemRef, Story } from '../core/corpus';
import type { Span } from '../core/types';
import { openArticleCommand, type CorpusLookup } from './corpusLookup';
import { ENTITY_TYPE_ICONS, entityTypeName, formatCount, shorten, stancePhrase, unquote } from './format';
import { CORPUS_VIEW_ID, indexStoppedReason } from './indexStatus';
import { rangeItem, rangeNodes } from './treeRanges';
import type { WorkspaceIndex } from './workspaceIndex';

export const COMPARE_COMMAND = 'newsLens.compareArticles';

type Section = 'figures' | 'contested' | 'stories' | 'sources' | 'entities';

/** The nodes a section lists, in ranges of 100 when there are more. */
type ListedNode =
  | { kind: 'conflict'; conflict: FigureConflict; parent?: CorpusNode }
  | { kind: 'contest'; contest: ContestedClaims; parent?: CorpusNode }
  | { kind: 'story'; story: Story; parent?: CorpusNode }
  | { kind: 'source'; source: CorpusSource; parent?: CorpusNode }
  | { kind: 'entity'; entity: CorpusEntity; parent?: CorpusNode };

export type CorpusNode =
  | ListedNode
  | { kind: 'section'; section: Section; items: ListedNode[]; ranges?: CorpusNode[] }
  | { kind: 'range'; section: Section; first: number; items: ListedNode[]; parent?: CorpusNode }
  | { kind: 'figure'; ref: ItemRef; parent: CorpusNode }
  | { kind: 'claim'; ref: ItemRef; parent: CorpusNode }
  | { kind: 'article'; doc: number; span: Span; detail: string; children?: CorpusNode[]; parent: CorpusNode };

const SECTION_ICONS: Record<Section, string> = {
  figures: 'warning',
  contested: 'comment-discussion',
  stories: 'files',
  sources: 'quote',
  entities: 'symbol-class',
};

export class CorpusTreeProvider implements vscode.TreeDataProvider<CorpusNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CorpusNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly models = new WeakMap<Corpus, CorpusNode[]>();
  private readonly subscription: vscode.Disposable;

  constructor(
    index: WorkspaceIndex,
    private readonly lookup: CorpusLookup,
  ) {
    this.subscription = index.onDidChange(() => this.changed.fire(undefined));
  }

  /** The sections of the newest corpus, empty ones left out. */
  roots(): CorpusNode[] {
    const corpus = this.lookup.corpus;
    if (!corpus) return [];
    let roots = this.models.get(corpus);
    if (!roots) this.models.set(corpus, (roots = buildSections(corpus)));
    return roots;
  }

  getChildren(node?: CorpusNode): CorpusNode[] {
    if (!node) return this.roots();
    const corpus = this.lookup.corpus!;
    switch (node.kind) {
      case 'section':
        return node.ranges ?? node.items;
      case 'range':
        return node.items;
      case 'conflict':
        return [node.conflict.a, node.conflict.b].map((ref): CorpusNode => ({ kind: 'figure', ref, parent: node }));
      case 'contest':
        return [node.contest.claim, node.contest.denial].map((ref): CorpusNode => ({ kind: 'claim', ref, parent: node }));
      case 'story':
        return node.story.documents.map((doc): CorpusNode => ({
          kind: 'article',
          doc,
          span: { start: 0, end: 0 },
          detail: '',
          parent: node,
        }));
      case 'source':
        return node.source.documents.map((d) => {
          const article: CorpusNode = {
            kind: 'article',
            doc: d.doc,
            span: corpus.documents[d.doc].claims[d.claims[0]].span,
            detail: claimsCount(d.claims.length),
            parent: node,
          };
          article.children = d.claims.map((item): CorpusNode => ({ kind: 'claim', ref: { doc: d.doc, item }, parent: article }));
          return article;
        });
      case 'entity':
        return node.entity.documents.map((d): CorpusNode => ({
          kind: 'article',
          doc: d.doc,
          span: corpus.documents[d.doc].entities[d.entity].first,
          detail: mentionsCount(d.mentions),
          parent: node,
        }));
      case 'article':
        return node.children ?? [];
      default:
        return [];
    }
  }

  getParent(node: CorpusNode): CorpusNode | undefined {
    return node.kind === 'section' ? undefined : node.parent;
  }

  // One item per kind of node: a switch over the node kinds.
  getTreeItem(node: CorpusNode): vscode.TreeItem {
    const corpus = this.lookup.corpus!;
    const l = this.lookup;
    const None = vscode.TreeItemCollapsibleState.None;
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'section': {
        const item = new vscode.TreeItem(sectionLabel(node.section), vscode.TreeItemCollapsibleState.Expanded);
        item.id = `section:${node.section}`;
        item.description = formatCount(node.items.length);
        item.iconPath = new vscode.ThemeIcon(SECTION_ICONS[node.section]);
        return item;
      }
      case 'range':
        return rangeItem(`range:${node.section}:${node.first}`, node.first, node.items.length, { open: node.first === 0 });
      case 'conflict': {
        const [a, b] = [node.conflict.a, node.conflict.b].map((r) => corpus.documents[r.doc].figures[r.item]);
        const item = new vscode.TreeItem(`${a.text} ${a.counts} ≠ ${b.text} ${b.counts}`, Collapsed);
        item.description =
          node.conflict.a.doc === node.conflict.b.doc
            ? vscode.l10n.t('{0}, inside the article', l.label(node.conflict.a.doc))
            : `${l.label(node.conflict.a.doc)} · ${l.label(node.conflict.b.doc)}`;
        item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
      case 'contest': {
        const claim = corpus.documents[node.contest.claim.doc].claims[node.contest.claim.item];
        const item = new vscode.TreeItem(`“${shorten(unquote(claim.span.text), 70)}”`, Collapsed);
        item.description = `${l.label(node.contest.claim.doc)} · ${l.label(node.contest.denial.doc)}`;
        item.iconPath = new vscode.ThemeIcon('comment-discussion');
        return item;
      }
      case 'story': {
        const names = node.story.entities.slice(0, 3).map((e) => corpus.entities[e].name);
        const item = new vscode.TreeItem(names.join(' · ') || vscode.l10n.t('Story'), Collapsed);
        item.description = articlesCount(node.story.documents.length);
        item.contextValue = 'newsLens.story';
        item.iconPath = new vscode.ThemeIcon('files');
        return item;
      }
      case 'source': {
        const item = new vscode.TreeItem(node.source.name, Collapsed);
        const claims = node.source.documents.reduce((n, d) => n + d.claims.length, 0);
        item.description = `${articlesCount(node.source.documents.length)} · ${claimsCount(claims)}`;
        item.iconPath = new vscode.ThemeIcon('quote');
        return item;
      }
      case 'entity': {
        const item = new vscode.TreeItem(node.entity.name, Collapsed);
        item.description = `${entityTypeName(node.entity.type)} · ${articlesCount(node.entity.documents.length)}`;
        item.iconPath = new vscode.ThemeIcon(ENTITY_TYPE_ICONS[node.entity.type]);
        return item;
      }
      case 'figure': {
        const f = corpus.documents[node.ref.doc].figures[node.ref.item];
        const item = new vscode.TreeItem(`${f.text} ${f.counts}`, None);
        item.description = vscode.l10n.t('{0}, line {1}', l.label(node.ref.doc), l.line(node.ref.doc, f.start));
        item.command = openArticleCommand(l.uriOf(node.ref.doc), f);
        item.iconPath = new vscode.ThemeIcon('symbol-number');
        return item;
      }
      case 'claim': {
        const c = corpus.documents[node.ref.doc].claims[node.ref.item];
        const item = new vscode.TreeItem(`“${shorten(unquote(c.span.text), 80)}”`, None);
        const where = vscode.l10n.t('{0}, line {1}', l.label(node.ref.doc), l.line(node.ref.doc, c.span.start));
        item.description = `${c.sourceName} ${stancePhrase(c.stance)} · ${where}`;
        item.command = openArticleCommand(l.uriOf(node.ref.doc), c.span);
        item.iconPath = new vscode.ThemeIcon(c.stance === 'denies' ? 'close' : 'comment');
        return item;
      }
      case 'article': {
        const item = new vscode.TreeItem(l.label(node.doc), node.children?.length ? Collapsed : None);
        item.description = node.detail;
        item.resourceUri = l.uriOf(node.doc);
        item.command = openArticleCommand(l.uriOf(node.doc), node.span);
        return item;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function sectionLabel(section: Section): string {
  switch (section) {
    case 'figures':
      return vscode.l10n.t('Figures that disagree');
    case 'contested':
      return vscode.l10n.t('Claims contested across articles');
    case 'stories':
      return vscode.l10n.t('Stories in several articles');
    case 'sources':
      return vscode.l10n.t('Sources quoted in several articles');
    default:
      return vscode.l10n.t('Named in several articles');
  }
}

const articlesCount = (n: number) => (n === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', formatCount(n)));
const claimsCount = (n: number) => (n === 1 ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', formatCount(n)));
const mentionsCount = (n: number) => (n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', formatCount(n)));

/** The view's sections for a corpus: only what spans two articles or more (figures inside one article included). */
function buildSections(corpus: Corpus): CorpusNode[] {
  const sections: [Section, ListedNode[]][] = [
    ['figures', corpus.conflicts.map((conflict): ListedNode => ({ kind: 'conflict', conflict }))],
    ['contested', corpus.contested.map((contest): ListedNode => ({ kind: 'contest', contest }))],
    ['stories', corpus.stories.map((story): ListedNode => ({ kind: 'story', story }))],
    ['sources', corpus.sources.filter((s) => s.documents.length > 1).map((source): ListedNode => ({ kind: 'source', source }))],
    [
      'entities',
      corpus.entities
        .filter((e) => e.documents.length > 1)
        .sort((a, b) => b.documents.length - a.documents.length || a.name.localeCompare(b.name))
        .map((entity): ListedNode => ({ kind: 'entity', entity })),
    ],
  ];
  return sections
    .filter(([, items]) => items.length > 0)
    .map(([section, items]) => {
      const node: CorpusNode = { kind: 'section', section, items };
      for (const item of items) item.parent = node;
      node.ranges = rangeNodes(items, (first, ranged): CorpusNode => ({
        kind: 'range',
        section,
        first,
        items: ranged,
        parent: node,
      }));
      return node;
    });
}

/** Creates the view, with a message while the index reads files or when it stopped short. */
export function createCorpusView(provider: CorpusTreeProvider, index: WorkspaceIndex): vscode.TreeView<CorpusNode> {
  const view = vscode.window.createTreeView(CORPUS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const update = () => {
    const p = index.progress;
    if (p.phase === 'reading')
      view.message = vscode.l10n.t('Reading {0} of {1} files…', formatCount(p.done), formatCount(p.files));
    else if (p.phase === 'finding') view.message = vscode.l10n.t('Finding the workspace’s articles…');
    else view.message = indexStoppedReason(p)?.replace(/`/g, '');
  };
  update();
  const subscription = index.onDidChangeProgress(update);
  return Object.assign(view, {
    dispose: () => {
      subscription.dispose();
      view.dispose();
    },
  });
}
