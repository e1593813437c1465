// Opening the seed article activates News Lens in the news language mode.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, extension, openSeed, snapshot, waitFor } from './helpers';

suite('Activation and the news language', () => {
  suiteTeardown(closeAllEditors);

  test('opening the seed article gives the news language and activates the extension', async () => {
    const { doc, editor } = await openSeed();
    assert.equal(doc.languageId, 'news');
    assert.equal(editor.document, doc);
    assert.equal(extension().isActive, true);
  });

  test('activation is lazy: plain text only, the rest implied by the contributions, never *', () => {
    // Since VS Code 1.74 a contributed language, command or view activates the extension by itself;
    // plain text is listed so that files matched by newsLens.filePatterns become news when opened.
    const events: string[] = extension().packageJSON.activationEvents;
    assert.deepEqual(events, ['onLanguage:plaintext']);
    const engine = /(\d+)\.(\d+)/.exec(extension().packageJSON.engines.vscode)!;
    assert.ok(Number(engine[1]) > 1 || Number(engine[2]) >= 74, 'an engine that implies activation events');
  });

  test('news documents read as prose by default: wrapped, curly quotes not flagged, no word suggestions', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'news' });
    assert.equal(editor.get('wordWrap'), 'on');
    assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.deepEqual(editor.get('quickSuggestions'), { comments: 'off', strings: 'off', other: 'off' });
  });

  test('the status bar counts entities, numbers and claims of the active article', async () => {
    const { doc, api } = await openSeed();
    const a = api.cache.get(doc)!;
    assert.ok(a, 'the seed is analysed');
    const text = await waitFor('the status bar text', () => api.statusText().startsWith('News Lens') && api.statusText());
    assert.equal(
      text,
      `News Lens: ${a.canonicalEntities.length} entities · ${a.numbers.length} numbers · ${a.claims.length} claims`,
    );
    assert.ok(a.canonicalEntities.length >= 10, `${a.canonicalEntities.length} entities found in the seed`);
  });

  test('analysis runs once per document version', async () => {
    const { doc, api } = await openSeed();
    const unchanged = snapshot(doc);
    const first = api.cache.get(doc);
    const count = api.cache.analysisCount;
    assert.equal(api.cache.get(doc), first, 'the same annotations object for the same version');
    assert.equal(api.cache.analysisCount, count, 'no second analysis of the same version');
    unchanged();
  });
});
