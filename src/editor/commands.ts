// The `newsLens.*` commands. None of them changes a document's text or language.
import * as vscode from 'vscode';
import type { Annotations, Span } from '../core/types';
import type { ActiveDocument } from './activeDocument';
import { REVEAL_CLAIM_COMMAND, type ClaimsTreeNode } from './claimsTree';
import { CATEGORIES, categoryLabel, isCategory, type Category, type Config } from './config';
import type { DocumentCache } from './documentCache';
import { REVEAL_MENTION_COMMAND } from './entitiesTree';
import { claimById, toRange } from './format';

export const ANNOTATE_COMMAND = 'newsLens.annotate';
export const TOGGLE_CATEGORY_COMMAND = 'newsLens.toggleCategory';
export const REFRESH_COMMAND = 'newsLens.refresh';

export function registerCommands(cache: DocumentCache, active: ActiveDocument, config: Config): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(ANNOTATE_COMMAND, () => annotateActiveEditor(cache)),
    vscode.commands.registerCommand(TOGGLE_CATEGORY_COMMAND, (category?: unknown) => toggleCategory(config, category)),
    vscode.commands.registerCommand(REVEAL_CLAIM_COMMAND, (claim?: unknown, uri?: unknown) =>
      revealClaim(cache, active, claim, uri),
    ),
    vscode.commands.registerCommand(REVEAL_MENTION_COMMAND, (uri?: unknown, start?: unknown, end?: unknown) =>
      typeof start === 'number' && typeof end === 'number'
        ? revealSpan(findDocument(uri) ?? active.document, { start, end })
        : undefined,
    ),
    vscode.commands.registerCommand(REFRESH_COMMAND, () => cache.refresh()),
  ];
}

/**
 * Annotates the active editor's document as it is (plain text keeps its language); resolves with
 * the annotations once the analysis is done.
 */
async function annotateActiveEditor(cache: DocumentCache): Promise<Annotations | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('News Lens: open a text document to annotate it.'));
    return undefined;
  }
  cache.annotate(editor.document);
  return cache.settled(editor.document);
}

async function toggleCategory(config: Config, category: unknown): Promise<void> {
  if (isCategory(category)) {
    await config.setCategoryVisible(category, !config.current.categories[category]);
    return;
  }
  const shown = config.current.categories;
  const picked = await vscode.window.showQuickPick(
    CATEGORIES.map((c) => ({ label: categoryLabel(c), category: c, picked: shown[c] })),
    {
      canPickMany: true,
      title: vscode.l10n.t('News Lens: categories to show'),
      placeHolder: vscode.l10n.t('Checked categories are marked in the editor'),
    },
  );
  if (!picked) return;
  const visible = new Set<Category>(picked.map((p) => p.category));
  for (const c of CATEGORIES) await config.setCategoryVisible(c, visible.has(c));
}

function findDocument(uri: unknown): vscode.TextDocument | undefined {
  const key = uri instanceof vscode.Uri ? uri.toString() : typeof uri === 'string' ? uri : undefined;
  return key === undefined ? undefined : vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/** Accepts a claim id or a node of the Claims view, and optionally the document's URI. */
async function revealClaim(
  cache: DocumentCache,
  active: ActiveDocument,
  claim: unknown,
  uri: unknown,
): Promise<vscode.Range | undefined> {
  const doc = findDocument(uri) ?? active.document;
  // Clicked while the analysis is under way: reveal once it is done.
  const a = doc && (await cache.settled(doc));
  if (!doc || !a) return undefined;
  const node = claim as ClaimsTreeNode | undefined;
  const id = typeof claim === 'number' ? claim : node?.kind === 'claim' ? node.claim.id : undefined;
  const found = id === undefined ? undefined : claimById(a, id);
  return found ? revealSpan(doc, found.span) : undefined;
}

/** Shows the document (in the editor already showing it, if any) with the span selected. */
async function revealSpan(doc: vscode.TextDocument | undefined, span: Span): Promise<vscode.Range | undefined> {
  if (!doc || doc.isClosed) return undefined;
  const range = toRange(doc, span);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const editor = await vscode.window.showTextDocument(doc, {
    viewColumn: shown?.viewColumn,
    selection: range,
    preserveFocus: false,
  });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return range;
}
