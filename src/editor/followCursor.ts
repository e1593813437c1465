// Keeps a sidebar tree's selection on the node under the cursor of the active article.
import * as vscode from 'vscode';
import type { Annotations } from '../core/types';
import type { DocumentCache } from './documentCache';

/** What a followed tree offers: the document it shows, and an event when its nodes change. */
export interface FollowedTree<T> extends vscode.TreeDataProvider<T> {
  shownDocument(): vscode.TextDocument | undefined;
  readonly onDidChangeTreeData: vscode.Event<T | T[] | undefined | null | void>;
}

const RETRY_MS = 150;

/**
 * Selects the node under the cursor while the view is visible. The cursor may move before the
 * analysis of the current version arrives, or while the view is hidden, so the selection is also
 * brought up to date when the tree's nodes change and when the view is shown.
 */
export function followCursor<T>(
  view: vscode.TreeView<T>,
  tree: FollowedTree<T>,
  cache: DocumentCache,
  nodeAt: (a: Annotations, offset: number) => T | undefined,
): vscode.Disposable {
  let retry: ReturnType<typeof setTimeout> | undefined;
  const sync = (retriesLeft: number): void => {
    const editor = vscode.window.activeTextEditor;
    if (!view.visible || !editor) return;
    const doc = editor.document;
    // While typing the analysis lags behind the text: follow only a current analysis.
    const a = cache.peek(doc);
    if (!a || doc !== tree.shownDocument()) return;
    const node = nodeAt(a, doc.offsetAt(editor.selection.active));
    if (node === undefined || view.selection.includes(node)) return;
    view.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => {
      // A view that has just been shown or refreshed may not hold the node yet.
      if (retriesLeft > 0) retry = setTimeout(() => sync(retriesLeft - 1), RETRY_MS);
    });
  };
  const later = (): void => {
    clearTimeout(retry);
    retry = setTimeout(() => sync(2), 0);
  };
  const subscriptions = [
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) sync(2);
    }),
    view.onDidChangeVisibility(later),
    tree.onDidChangeTreeData(later),
  ];
  return {
    dispose: () => {
      clearTimeout(retry);
      for (const s of subscriptions) s.dispose();
    },
  };
}
