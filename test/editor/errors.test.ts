// An engine stage that fails in the editor is never silent: the News Lens output channel logs it
// with the document and the stack, and the status bar says the analysis is incomplete.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, closeAllEditors, openSeed, openUntitled, waitFor } from './helpers';

suite('Engine errors', () => {
  suiteTeardown(closeAllEditors);

  test('a failed stage is logged with the document and its stack, and the status bar says incomplete', async () => {
    await openSeed();
    const api = await activeApi();
    api.cache.failStages = ['numbers'];
    try {
      const doc = await openUntitled('Mayor Ines Varga said on Friday that 300 families had been moved to Lakeport.', 'news');
      await vscode.window.showTextDocument(doc, { preview: false });
      const line = await waitFor('the failure in the output channel', () =>
        api.logLines().find((l) => l.includes('the numbers stage failed on') && l.includes(doc.uri.toString(true))),
      );
      assert.match(line, /asked to fail/, 'the error message');
      assert.match(line, /\n\s+at /, 'the stack');
      await waitFor('the status bar to say the analysis is incomplete', () => api.statusText().includes('incomplete'));
      const a = api.cache.peek(doc);
      assert.ok(a, 'the document still has an analysis');
      assert.deepEqual(a.numbers, [], 'without the failed stage');
      assert.ok(a.entities.length > 0, 'with the stages that ran');
    } finally {
      api.cache.failStages = [];
    }
  });
});
