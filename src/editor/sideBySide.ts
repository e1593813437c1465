// The same story in several outlets, side by side: a person picks two or more indexed articles (the
// articles of the active one's story are picked for them), or a story of the Across Articles view,
// and a webview shows them in columns. It follows the index as articles change, and a click opens
// the article at the place.
import * as vscode from 'vscode';
import { compareArticles } from '../core/corpus';
import { openArticle, type CorpusLookup } from './corpusLookup';
import { COMPARE_COMMAND, type CorpusNode } from './corpusTree';
import { sideBySidePage } from './sideBySideHtml';
import type { WorkspaceIndex } from './workspaceIndex';

export const SIDE_BY_SIDE_VIEW_TYPE = 'newsLens.sideBySide';

export class SideBySide implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The articles shown, by URI. */
  private keys: string[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The page last shown, for the tests. */
  html = '';

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly lookup: CorpusLookup,
  ) {
    this.subscriptions.push(
      vscode.commands.registerCommand(COMPARE_COMMAND, (what?: unknown) => this.compare(what)),
      index.onDidChange(() => this.render()),
    );
  }

  /** The articles shown side by side, as URIs. */
  get shown(): readonly string[] {
    return this.panel ? this.keys : [];
  }

  /** Shows the articles given (URIs, or a story of the tree), or those a person picks; resolves with the URIs shown. */
  async compare(what?: unknown): Promise<readonly string[]> {
    const corpus = this.index.corpus;
    if (!corpus || corpus.keys.length < 2) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('News Lens: the workspace index holds fewer than two articles to compare.'),
      );
      return [];
    }
    let keys: string[] | undefined;
    const node = what as CorpusNode | undefined;
    if (Array.isArray(what)) keys = what.map(String).filter((k) => corpus.keys.includes(k));
    else if (node?.kind === 'story') keys = node.story.documents.map((d) => corpus.keys[d]);
    else keys = await this.pick();
    if (!keys) return [];
    if (keys.length < 2) {
      void vscode.window.showInformationMessage(vscode.l10n.t('News Lens: pick two or more articles to see them side by side.'));
      return [];
    }
    this.keys = keys;
    this.show();
    return this.keys;
  }

  /** A person's pick of indexed articles, those of the active article's story picked at first. */
  private async pick(): Promise<string[] | undefined> {
    const { corpus, keys } = this.index.corpus!;
    const active = vscode.window.activeTextEditor?.document.uri;
    const here = active ? this.lookup.docOf(active) : undefined;
    const story =
      here !== undefined && corpus.storyOf[here] >= 0
        ? corpus.stories[corpus.storyOf[here]].documents
        : here !== undefined
          ? [here]
          : [];
    const items = keys.map((key, doc) => {
      const label = this.lookup.label(doc);
      const slash = label.lastIndexOf('/');
      const storyOf = corpus.storyOf[doc];
      return {
        label: slash >= 0 ? label.slice(slash + 1) : label,
        description: slash >= 0 ? label.slice(0, slash) : '',
        detail:
          storyOf >= 0
            ? vscode.l10n.t(
                'Story: {0}',
                corpus.stories[storyOf].entities
                  .slice(0, 3)
                  .map((e) => corpus.entities[e].name)
                  .join(' · '),
              )
            : undefined,
        picked: story.includes(doc),
        key,
      };
    });
    const picked = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      title: vscode.l10n.t('News Lens: articles to see side by side'),
      placeHolder: vscode.l10n.t('Pick two or more articles (those of the active article’s story are picked)'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    return picked?.map((p) => p.key);
  }

  private show(): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        SIDE_BY_SIDE_VIEW_TYPE,
        vscode.l10n.t('Side by Side'),
        { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
        { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
      );
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: unknown) => this.received(m));
    } else this.panel.reveal();
    this.render();
  }

  /** Draws the page again for the newest corpus; articles no longer indexed drop out. */
  private render(): void {
    const panel = this.panel;
    const current = this.index.corpus;
    if (!panel || !current) return;
    const documents = this.keys.map((k) => current.keys.indexOf(k)).filter((d) => d >= 0);
    const comparison = compareArticles(current.corpus, documents);
    panel.title = vscode.l10n.t('Side by Side: {0}', documents.map((d) => this.lookup.label(d).split('/').pop()).join(' · '));
    this.html = sideBySidePage({
      corpus: current.corpus,
      lookup: this.lookup,
      comparison,
      nonce: nonce(),
      cspSource: panel.webview.cspSource,
    });
    panel.webview.html = this.html;
  }

  /** A click in the page: the column's article opened beside the view, at the place. */
  private received(m: unknown): void {
    const message = m as { type?: unknown; column?: unknown; start?: unknown; end?: unknown };
    const current = this.index.corpus;
    if (message?.type !== 'open' || !current || typeof message.column !== 'number') return;
    const documents = this.keys.map((k) => current.keys.indexOf(k)).filter((d) => d >= 0);
    const doc = documents[message.column];
    if (doc === undefined || !Number.isInteger(message.start) || !Number.isInteger(message.end)) return;
    void openArticle(current.keys[doc], message.start, message.end, true);
  }

  dispose(): void {
    this.panel?.dispose();
    this.subscriptions.forEach((d) => d.dispose());
  }
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
