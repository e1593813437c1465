// The sidebar trees: a view whose selection stays on the node under the cursor of the active article.
import * as vscode from 'vscode';
import type { Annotations } from '../core/types';
import type { DocumentCache } from './documentCache';

/** What a followed tree offers: the document it shows, and an event when its nodes change. */
export interface FollowedTree<T> extends vscode.TreeDataProvider<T> {
  shownDocument(): vscode.TextDocument | undefined;
  readonly onDidChangeTreeData: vscode.Event<T | T[] | undefined | null | void>;
}

/** Reveals of the node under the cursor that may come back without selecting it, and the wait before each check. */
const REVEAL_RETRIES = 3;
const REVEAL_CHECK_MS = 150;

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
  nodeAt: (a: Annotations, offset: number) => T | undefined,
): { view: vscode.TreeView<T>; disposables: vscode.Disposable[] } {
  const view = vscode.window.createTreeView(id, { treeDataProvider: tree, showCollapseAll: true });
  // The node the cursor is on, and how many reveals of it have come back without selecting it.
  let wanted: T | undefined;
  let misses = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let deferred: ReturnType<typeof setTimeout> | undefined;
  const reveal = (node: T): void => {
    clearTimeout(retry);
    // `reveal` resolves without selecting anything when the workbench fetches the same children
    // at the same moment (it logs "Cannot resolve tree item"): check, and try again a few times.
    const check = (): void => {
      if (wanted !== node || view.selection.includes(node)) return;
      retry = setTimeout(
        () => {
          if (wanted !== node || !view.visible || view.selection.includes(node) || ++misses > REVEAL_RETRIES) return;
          reveal(node);
        },
        REVEAL_CHECK_MS * (misses + 1),
      );
    };
    view.reveal(node, { select: true, focus: false, expand: true }).then(check, check);
  };
  const sync = (): void => {
    const editor = vscode.window.activeTextEditor;
    if (!view.visible || !editor) return;
    const doc = editor.document;
    // While typing the analysis lags behind the text: follow only a current analysis.
    const a = cache.peek(doc);
    if (!a || doc !== tree.shownDocument()) return;
    const node = nodeAt(a, doc.offsetAt(editor.selection.active));
    if (node !== wanted) misses = 0;
    wanted = node;
    if (node !== undefined && !view.selection.includes(node)) reveal(node);
  };
  const disposables = [
    view,
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) sync();
    }),
    view.onDidChangeVisibility(sync),
    // New nodes arrive with a new analysis, among the other listeners of its event: the model of
    // a long analysis is built in a task of its own.
    tree.onDidChangeTreeData(() => {
      clearTimeout(deferred);
      deferred = setTimeout(sync, 0);
    }),
    { dispose: () => (clearTimeout(retry), clearTimeout(deferred)) },
  ];
  return { view, disposables };
}
