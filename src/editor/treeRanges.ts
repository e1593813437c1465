// Long lists in the sidebar trees are shown in ranges, each fetched when it is opened, as VS Code's
// debugger shows long arrays: a source or an entity of a long document has thousands of items, and
// the editor would otherwise build and send them all at once (hundreds of milliseconds on 1 MB).
import * as vscode from 'vscode';
import { formatCount } from './format';

const RANGE_SIZE = 100;

/**
 * The range nodes over `children`, made by `make` from each range's first index and children, with
 * each child's `parent` set to its range; undefined when the list is short enough to show whole.
 */
export function rangeNodes<C extends { parent?: unknown }, R>(
  children: readonly C[],
  make: (first: number, items: C[]) => R,
): R[] | undefined {
  if (children.length <= RANGE_SIZE) return undefined;
  const ranges: R[] = [];
  for (let first = 0; first < children.length; first += RANGE_SIZE) {
    const items = children.slice(first, first + RANGE_SIZE);
    const range = make(first, items);
    for (const child of items) child.parent = range;
    ranges.push(range);
  }
  return ranges;
}

/**
 * The item of a range: "101–200" (counting from 1), with the lines from the first item's start to
 * the last item's when the document is given.
 */
export function rangeItem(
  id: string,
  first: number,
  count: number,
  options: { doc?: vscode.TextDocument; from?: number; to?: number; open?: boolean },
): vscode.TreeItem {
  const label =
    count === 1 ? formatCount(first + 1) : vscode.l10n.t('{0}–{1}', formatCount(first + 1), formatCount(first + count));
  const item = new vscode.TreeItem(
    label,
    options.open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
  );
  item.id = id;
  const { doc, from, to } = options;
  if (doc && from !== undefined && to !== undefined)
    item.description = vscode.l10n.t('lines {0}–{1}', doc.positionAt(from).line + 1, doc.positionAt(to).line + 1);
  item.iconPath = new vscode.ThemeIcon('list-flat');
  return item;
}
