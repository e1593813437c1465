// Long lists in the sidebar trees are shown in ranges, each fetched when it is opened, as VS Code's
// debugger shows long arrays: a source or an entity of a long document has thousands of items, and
// the editor would otherwise build and send them all at once (hundreds of milliseconds on 1 MB).
import * as vscode from 'vscode';
import { formatCount } from './format';

export const RANGE_SIZE = 100;

/** `items` cut into ranges of RANGE_SIZE, or undefined when the list is short enough to show whole. */
export function rangesOf<T>(items: readonly T[]): { first: number; items: T[] }[] | undefined {
  if (items.length <= RANGE_SIZE) return undefined;
  const ranges: { first: number; items: T[] }[] = [];
  for (let first = 0; first < items.length; first += RANGE_SIZE) ranges.push({ first, items: items.slice(first, first + RANGE_SIZE) });
  return ranges;
}

/**
 * The item of a range: "101–200" (counting from 1), with the lines from the first item's start to
 * the last item's when the document is given.
 */
export function rangeItem(id: string, first: number, count: number, options: { doc?: vscode.TextDocument; from?: number; to?: number; open?: boolean }): vscode.TreeItem {
  const label = count === 1 ? formatCount(first + 1) : vscode.l10n.t('{0}–{1}', formatCount(first + 1), formatCount(first + count));
  const item = new vscode.TreeItem(label, options.open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = id;
  const { doc, from, to } = options;
  if (doc && from !== undefined && to !== undefined) item.description = vscode.l10n.t('lines {0}–{1}', doc.positionAt(from).line + 1, doc.positionAt(to).line + 1);
  item.iconPath = new vscode.ThemeIcon('list-flat');
  return item;
}
