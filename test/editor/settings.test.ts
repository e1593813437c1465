// Settings: the size limit (partial analysis said aloud) and extra file patterns for the news language.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { activeApi, closeAllEditors, openSeed, openUntitled, snapshot, waitFor } from './helpers';

const settings = () => vscode.workspace.getConfiguration('newsLens');

suite('Settings', () => {
  suiteTeardown(async () => {
    await settings().update('maxDocumentLength', undefined, vscode.ConfigurationTarget.Global);
    await settings().update('filePatterns', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  test('maxDocumentLength bounds the analysis and the status bar says it is partial', async () => {
    const seed = (await openSeed()).doc.getText();
    const api = await activeApi();
    const doc = await openUntitled(seed, 'news');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const unchanged = snapshot(doc);
    await settings().update('maxDocumentLength', 500, vscode.ConfigurationTarget.Global);
    const a = await waitFor('a partial analysis', () => api.cache.get(doc)?.truncated && api.cache.get(doc));
    assert.ok(a.length <= 500, `analysed ${a.length} characters`);
    for (const c of ['person', 'place', 'organization', 'number', 'cue'] as const) {
      for (const r of api.decorationRanges(editor, c))
        assert.ok(doc.offsetAt(r.end) <= 500, `${c} mark inside the analysed part`);
    }
    await waitFor('the status bar to say partial', () => api.statusText().endsWith('· partial'));
    await settings().update('maxDocumentLength', undefined, vscode.ConfigurationTarget.Global);
    await waitFor('a full analysis again', () => api.cache.get(doc)?.truncated === false);
    await waitFor('the status bar to drop partial', () => !api.statusText().includes('partial'));
    unchanged();
  });

  test('filePatterns opens matching files in the news language without changing them', async () => {
    const seed = (await openSeed()).doc.getText();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-'));
    const file = path.join(dir, 'story.article.txt');
    fs.writeFileSync(file, seed);
    await settings().update('filePatterns', ['**/*.article.txt'], vscode.ConfigurationTarget.Global);
    const uri = vscode.Uri.file(file);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const doc = await waitFor('the file in the news language', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'news' && !d.isClosed),
    );
    assert.equal(doc.getText(), seed);
    assert.equal(doc.isDirty, false);
    assert.equal(fs.readFileSync(file, 'utf8'), seed, 'the file on disk is unchanged');
    const api = await activeApi();
    assert.ok((await api.cache.settled(doc))?.entities.length, 'it is analysed');
  });
});
