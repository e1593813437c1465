// What the cross-article views ask of the workspace index's corpus: an article's name and place, the
// other articles naming an entity, the figures that disagree with one, and a command that opens an
// article at a span. Lookups are built once per corpus.
import * as vscode from 'vscode';
import { positionOf, type Corpus, type DigestFigure, type ItemRef } from '../core/corpus';
import type { EntityType, Span } from '../core/types';
import type { WorkspaceIndex } from './workspaceIndex';

export const OPEN_ARTICLE_COMMAND = 'newsLens.openArticle';

export interface ArticleMention {
  doc: number;
  mentions: number;
  first: Span;
}

export interface FigureElsewhere {
  ref: ItemRef;
  figure: DigestFigure;
  sameArticle: boolean;
}

interface Lookups {
  docOf: Map<string, number>;
  entityByName: Map<string, number>;
  conflictsOf: Map<string, ItemRef[]>;
}

const nameKey = (type: string, name: string) => `${type}\u0000${name}`;

export class CorpusLookup {
  private readonly built = new WeakMap<Corpus, Lookups>();

  constructor(private readonly index: WorkspaceIndex) {}

  get corpus(): Corpus | undefined {
    return this.index.corpus?.corpus;
  }

  private lookups(): Lookups | undefined {
    const current = this.index.corpus;
    if (!current) return undefined;
    let l = this.built.get(current.corpus);
    if (!l) {
      const { corpus, keys } = current;
      const entityByName = new Map<string, number>();
      for (const e of corpus.entities)
        for (const alias of e.aliases)
          if (!entityByName.has(nameKey(e.type, alias))) entityByName.set(nameKey(e.type, alias), e.id);
      for (const e of corpus.entities) entityByName.set(nameKey(e.type, e.name), e.id);
      const conflictsOf = new Map<string, ItemRef[]>();
      const add = (x: ItemRef, y: ItemRef) =>
        (conflictsOf.get(`${x.doc}:${x.item}`) ?? conflictsOf.set(`${x.doc}:${x.item}`, []).get(`${x.doc}:${x.item}`)!).push(y);
      for (const c of corpus.conflicts) {
        add(c.a, c.b);
        add(c.b, c.a);
      }
      l = { docOf: new Map(keys.map((k, i) => [k, i])), entityByName, conflictsOf };
      this.built.set(corpus, l);
    }
    return l;
  }

  /** The corpus's index of the article at `uri`. */
  docOf(uri: vscode.Uri): number | undefined {
    return this.lookups()?.docOf.get(uri.toString());
  }

  uriOf(doc: number): vscode.Uri {
    return vscode.Uri.parse(this.index.corpus!.keys[doc]);
  }

  /** How an article is named to people: its path in the workspace, or its own for other files. */
  label(doc: number): string {
    const uri = this.uriOf(doc);
    return uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri);
  }

  /** The line (from 1) of an offset of an article, as its digest knows it. */
  line(doc: number, offset: number): number {
    return positionOf(this.corpus!.documents[doc], offset).line + 1;
  }

  /** The range of a span of an article, from its digest's line starts. */
  range(doc: number, span: Span): vscode.Range {
    const d = this.corpus!.documents[doc];
    const start = positionOf(d, span.start);
    const end = positionOf(d, span.end);
    return new vscode.Range(start.line, start.character, end.line, end.character);
  }

  /** The corpus entity an article's entity belongs to: by the article's own entity, else by name. */
  entityId(uri: vscode.Uri, type: EntityType, name: string): number | undefined {
    const corpus = this.corpus;
    const l = this.lookups();
    if (!corpus || !l) return undefined;
    const doc = l.docOf.get(uri.toString());
    const local = doc === undefined ? undefined : corpus.documents[doc].entities.find((e) => e.type === type && e.name === name);
    const id = local && doc !== undefined ? corpus.entityOf[doc][local.id] : undefined;
    return id !== undefined && id >= 0 ? id : l.entityByName.get(nameKey(type, name));
  }

  /** The other articles that name an entity, with their counts of mentions and first mention. */
  entityElsewhere(uri: vscode.Uri, type: EntityType, name: string): ArticleMention[] {
    const id = this.entityId(uri, type, name);
    const corpus = this.corpus;
    if (id === undefined || !corpus) return [];
    const here = this.docOf(uri);
    return corpus.entities[id].documents
      .filter((d) => d.doc !== here)
      .map((d) => ({
        doc: d.doc,
        mentions: d.mentions,
        first: corpus.documents[d.doc].entities[d.entity]?.first ?? { start: 0, end: 0 },
      }));
  }

  /** The figures that disagree with the figure at `span` of the article at `uri`. */
  figureConflicts(uri: vscode.Uri, span: Span & { text: string }): FigureElsewhere[] {
    const corpus = this.corpus;
    const doc = this.docOf(uri);
    if (!corpus || doc === undefined) return [];
    const item = corpus.documents[doc].figures.findIndex(
      (f) => f.start === span.start && f.end === span.end && f.text === span.text,
    );
    if (item < 0) return [];
    return (this.lookups()!.conflictsOf.get(`${doc}:${item}`) ?? []).map((ref) => ({
      ref,
      figure: corpus.documents[ref.doc].figures[ref.item],
      sameArticle: ref.doc === doc,
    }));
  }
}

/** A Markdown link that opens an article at a span. */
export function openArticleLink(label: string, uri: vscode.Uri, span: Span): string {
  const args = encodeURIComponent(JSON.stringify([uri.toString(), span.start, span.end]));
  return `[${label}](command:${OPEN_ARTICLE_COMMAND}?${args})`;
}

/** The command of a tree item that opens an article at a span. */
export function openArticleCommand(uri: vscode.Uri, span: Span): vscode.Command {
  return {
    command: OPEN_ARTICLE_COMMAND,
    title: vscode.l10n.t('Open Article'),
    arguments: [uri.toString(), span.start, span.end],
  };
}

/** Opens the article at `uri` (a URI string) with the span selected; beside the active editor when asked. */
export async function openArticle(
  uri: unknown,
  start: unknown,
  end: unknown,
  beside = false,
): Promise<vscode.TextEditor | undefined> {
  if (typeof uri !== 'string') return undefined;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const from = typeof start === 'number' && start >= 0 ? start : 0;
  const to = typeof end === 'number' && end >= from ? end : from;
  const range = new vscode.Range(doc.positionAt(from), doc.positionAt(to));
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const editor = await vscode.window.showTextDocument(doc, {
    viewColumn: shown?.viewColumn ?? (beside ? vscode.ViewColumn.Beside : undefined),
    selection: range,
    preview: false,
  });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
