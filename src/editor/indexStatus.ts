// The status bar item of the workspace index: its progress while it reads, how many articles it
// holds, and that it stopped at a limit when it did.
import * as vscode from 'vscode';
import { formatCount } from './format';
import type { IndexProgress, WorkspaceIndex } from './workspaceIndex';

export const CORPUS_VIEW_ID = 'newsLens.corpus';

/** The item's text for a state of the index; empty when there is nothing to say. */
export function indexStatusText(p: IndexProgress): string {
  if (p.phase === 'off') return '';
  if (p.phase === 'finding') return `$(sync~spin) ${vscode.l10n.t('News Lens: finding articles')}`;
  if (p.phase === 'reading')
    return `$(sync~spin) ${vscode.l10n.t('News Lens: indexing {0} of {1}', formatCount(p.done), formatCount(p.files))}`;
  if (p.articles === 0) return '';
  const articles = p.articles === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', formatCount(p.articles));
  return p.stopped ? `$(warning) ${vscode.l10n.t('News Lens: {0}, index stopped', articles)}` : `$(library) ${articles}`;
}

/** Why the index stopped, for the item's tooltip and the view's message. */
export function indexStoppedReason(p: IndexProgress): string | undefined {
  switch (p.stopped) {
    case 'files':
      return vscode.l10n.t('The index stopped at {0} files (setting {1}).', formatCount(p.files), '`newsLens.index.maxFiles`');
    case 'size':
      return vscode.l10n.t('The index stopped at its size limit (setting {0}).', '`newsLens.index.maxSizeMB`');
    case 'stopped':
      return vscode.l10n.t('Indexing was stopped; run News Lens: Index the Workspace Again to go on.');
    default:
      return undefined;
  }
}

export class IndexStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsLens.index', vscode.StatusBarAlignment.Right, 99);
  private readonly subscription: vscode.Disposable;

  constructor(index: WorkspaceIndex) {
    this.item.name = vscode.l10n.t('News Lens workspace index');
    this.item.command = `${CORPUS_VIEW_ID}.focus`;
    this.subscription = index.onDidChangeProgress((p) => this.update(p));
    this.update(index.progress);
  }

  private shown = false;

  /** The item's text, empty while it is hidden. */
  get text(): string {
    return this.shown ? this.item.text : '';
  }

  private update(p: IndexProgress): void {
    const text = indexStatusText(p);
    this.shown = text !== '';
    if (!text) {
      this.item.hide();
      return;
    }
    this.item.text = text;
    const tip = new vscode.MarkdownString(
      vscode.l10n.t(
        '{0} articles in the index: {1} of {2} workspace files read.',
        formatCount(p.articles),
        formatCount(p.done),
        formatCount(p.files),
      ),
    );
    if (p.skipped) tip.appendMarkdown(`  \n${vscode.l10n.t('{0} files could not be read as text.', formatCount(p.skipped))}`);
    const reason = indexStoppedReason(p);
    if (reason) tip.appendMarkdown(`\n\n${reason}`);
    tip.appendMarkdown(`\n\n${vscode.l10n.t('Click to show what the articles share.')}`);
    this.item.tooltip = tip;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
