// newsLens.annotate on a plain-text document: annotations appear, language and text stay.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotations } from '../../src/core/types';
import {
  activeApi,
  closeAllEditors,
  hoverTexts,
  openSeed,
  openUntitled,
  positionOf,
  snapshot,
  textsOf,
  unescapeMarkdown,
  waitFor,
} from './helpers';

suite('Annotate a plain-text document', () => {
  suiteTeardown(closeAllEditors);

  test('annotations without changing the language or the text', async () => {
    const seed = (await openSeed()).doc.getText();
    const api = await activeApi();
    const doc = await openUntitled(seed, 'plaintext');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const unchanged = snapshot(doc);
    assert.equal(api.cache.get(doc), undefined, 'plain text is not annotated by itself');
    assert.deepEqual(await hoverTexts(doc.uri, positionOf(doc, 'Rami Abdel Rahman', 0, 2)), []);

    // The command resolves with the annotations once the analysis is done.
    const a = await vscode.commands.executeCommand<Annotations | undefined>('newsLens.annotate');
    assert.equal(doc.languageId, 'plaintext');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'plaintext');
    assert.ok(a && a.entities.length > 0, 'the document is analysed');
    assert.equal(a, api.cache.peek(doc), 'the annotations of the current version');

    await waitFor('people marked', () => api.decorationRanges(editor, 'person').length > 0);
    assert.ok(textsOf(doc, api.decorationRanges(editor, 'person')).includes('Rami Abdel Rahman'));
    const card = unescapeMarkdown((await hoverTexts(doc.uri, positionOf(doc, 'Rami Abdel Rahman', 0, 2))).join('\n'));
    assert.match(card, /person/);
    assert.match(card, /Abdel Rahman/);
    const symbols =
      (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
    assert.ok(symbols.length > 0, 'claims in the outline');
    await waitFor('the status bar', () => api.statusText().startsWith('News Lens: '));
    assert.ok(api.claims.getChildren().length > 0, 'claims in the view');
    unchanged();
  });
});
