// Shared by the editor suites: the extension, the seed article, waiting for asynchronous features.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED_NAME, waitFor } from '../fixtures';
import type { NewsLensApi } from '../../src/extension';

export const EXTENSION_ID = 'newslens.news-lens';
export const SEED_PATH = ['seeds', SEED_NAME];

export function extension(): vscode.Extension<NewsLensApi> {
  const ext = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  return ext;
}

export function seedUri(): vscode.Uri {
  return vscode.Uri.joinPath(extension().extensionUri, ...SEED_PATH);
}

/** Opens the seed article in the first editor column and returns its editor once the extension is active and the article analysed. */
export async function openSeed(
  column = vscode.ViewColumn.One,
): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; api: NewsLensApi }> {
  const doc = await vscode.workspace.openTextDocument(seedUri());
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
  const api = await activeApi();
  await api.cache.settled(doc);
  return { doc, editor, api };
}

/** The extension's API once opening a news document has activated it. */
export async function activeApi(): Promise<NewsLensApi> {
  const ext = extension();
  await waitFor('the extension to activate', () => ext.isActive);
  return ext.exports;
}

export { sleep, waitFor } from '../fixtures';

/** The position of the `occurrence`-th (0-based) match of `text`, `into` characters into it. */
export function positionOf(doc: vscode.TextDocument, text: string, occurrence = 0, into = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = doc.getText().indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" occurs ${occurrence + 1} times in the document`);
  }
  return doc.positionAt(at + into);
}

export function rangeOf(doc: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
  const start = positionOf(doc, text, occurrence);
  return new vscode.Range(start, start.translate(0, text.length));
}

/** The plain text of the hovers at a position, one string per hover. */
export async function hoverTexts(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n'));
}

/** Markdown escapes removed, so that tests compare what a reader sees. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+!|<>~.-])/g, '$1');
}

/** Closes every editor without saving (untitled documents are reverted). */
export async function closeAllEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty || doc.isClosed) continue;
    try {
      await revertAndClose(doc);
    } catch {
      // The editor refuses when another opens meanwhile (the settings file the suites write to):
      // its tab, if it has one, is closed below.
    }
  }
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
  if (tabs.length) await vscode.window.tabGroups.close(tabs);
}

/**
 * Shows `doc`, reverts and closes its editor, and for an untitled document waits until the host has
 * let it go: VS Code reuses the names of closed untitled documents, and one opened before the host
 * hears of the close can come back as the old document, with the old text.
 */
export async function revertAndClose(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  if (doc.isUntitled) await waitFor(`${doc.uri.toString()} to be closed`, () => doc.isClosed);
}

/**
 * A new untitled document holding `content`. VS Code reuses the names of closed untitled documents,
 * and under load a new one has come back with the text of a closed namesake (restored from a backup
 * not yet discarded): such a document is closed and another opened.
 */
export async function openUntitled(content: string, language: string): Promise<vscode.TextDocument> {
  for (let attempt = 1; ; attempt++) {
    const doc = await vscode.workspace.openTextDocument({ content, language });
    if (doc.getText() === content || attempt === 3) return doc;
    await revertAndClose(doc);
  }
}

/** Sentences run together, a blank line after every `perParagraph` of them (and after the last). */
export function asParagraphs(sentences: readonly string[], perParagraph = 5): string {
  return sentences.map((s, i) => s + (i % perParagraph === perParagraph - 1 ? '\n\n' : ' ')).join('');
}

/** A tree item's label as text. */
export function treeLabel(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

/** `count` different people's names, a common first name and a made-up surname each ("Anna Kalokan"). */
export function distinctPeople(count: number): string[] {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'ze', 'po'];
  const firstNames = ['Anna', 'Peter', 'Laura', 'Maria', 'John'];
  const surname = (i: number) =>
    `${syllables[i % 10][0].toUpperCase()}${syllables[i % 10][1]}${syllables[Math.floor(i / 10) % 10]}${syllables[Math.floor(i / 100) % 10]}n`;
  return Array.from({ length: count }, (_, i) => `${firstNames[i % 5]} ${surname(i)}`);
}

/** Remembers a document's text and version so that a suite can check no feature changed it. */
export function snapshot(doc: vscode.TextDocument): () => void {
  const text = doc.getText();
  const version = doc.version;
  const languageId = doc.languageId;
  const dirty = doc.isDirty;
  return () => {
    assert.equal(doc.getText(), text, 'the document text is unchanged');
    assert.equal(doc.version, version, 'the document version is unchanged');
    assert.equal(doc.languageId, languageId, 'the document language is unchanged');
    assert.equal(doc.isDirty, dirty, 'the document is as saved (or unsaved) as before');
  };
}

/** Text of each range in a document. */
export function textsOf(doc: vscode.TextDocument, ranges: readonly vscode.Range[]): string[] {
  return ranges.map((r) => doc.getText(r));
}

/** Normalises a name for comparisons: lower case, no leading article. */
export function bareName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .trim();
}
