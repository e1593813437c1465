// The sidebar trees: a view whose selection stays on the node under the cursor of the active article.
import * as vscode from 'vscode';
import type { Annotations } from '../core/types';
import type { DocumentCache } from './documentCache';

/** What a followed tree offers: the document it shows, and an event when its nodes change. */
export interface FollowedTree<T> extends vscode.TreeDataProvider<T> {
  shownDocument(): vscode.TextDocument | undefined;
  readonly onDidChangeTreeData: vscode.Event<T | T[] | undefined | null | void>;
}

/**
 * Creates the view `id` and selects the node under the cursor while it is visible. The cursor may
 * move before the analysis of the current version arrives, or while the view is hidden, so the
 * selection is also brought up to date when the tree's nodes change and when the view is shown.
 * (`reveal` waits for a refresh the tree has begun.)
 */
export function createFollowingView<T>(
  id: string,
  tree: FollowedTree<T>,
  cache: DocumentCache,
  nodeAt: (doc: vscode.TextDocument, a: Annotations, offset: number) => T | undefined,
): { view: vscode.TreeView<T>; disposables: vscode.Disposable[] } {
  const view = vscode.window.createTreeView(id, { treeDataProvider: tree, showCollapseAll: true });
  const sync = (): void => {
    const editor = vscode.window.activeTextEditor;
    if (!view.visible || !editor) return;
    const doc = editor.document;
    // While typing the analysis lags behind the text: follow only a current analysis.
    const a = cache.peek(doc);
    if (!a || doc !== tree.shownDocument()) return;
    const node = nodeAt(doc, a, doc.offsetAt(editor.selection.active));
    if (node !== undefined && !view.selection.includes(node)) view.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
  };
  const disposables = [
    view,
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) sync();
    }),
    view.onDidChangeVisibility(sync),
    tree.onDidChangeTreeData(sync),
  ];
  return { view, disposables };
}
