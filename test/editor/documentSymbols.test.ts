// Outline, breadcrumbs and Go to Symbol list the claims grouped by source.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { asParagraphs, closeAllEditors, openSeed, openUntitled, revertAndClose, snapshot } from './helpers';

/** Symbol names are shortened claim texts: compare their beginnings. */
function shortened(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 40);
}

suite('Document symbols', () => {
  suiteTeardown(closeAllEditors);

  test('claims grouped by source, with the claim ranges', async () => {
    const { doc, api } = await openSeed();
    const unchanged = snapshot(doc);
    const a = api.cache.get(doc)!;
    const symbols =
      (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
    assert.ok(symbols.length > 0, 'symbols for the seed');
    const children = symbols.flatMap((s) => s.children);
    assert.equal(children.length, a.claims.length, 'one symbol per claim');
    const rami = symbols.find((s) => s.name === 'Rami Abdel Rahman');
    assert.ok(rami, `a group for Rami Abdel Rahman among ${JSON.stringify(symbols.map((s) => s.name))}`);
    const quote = rami.children.find((c) => c.name.includes('The six buses left at dawn'));
    assert.ok(quote, 'his direct quote is a symbol');
    const claim = a.claims.find((c) => c.span.text.includes('The six buses left at dawn'))!;
    assert.ok(quote.range.isEqual(new vscode.Range(doc.positionAt(claim.span.start), doc.positionAt(claim.span.end))));
    for (const s of symbols) {
      for (const c of s.children) assert.ok(s.range.contains(c.range), `${s.name} contains its claim ${c.name}`);
      assert.ok(s.range.contains(s.selectionRange));
    }
    const observatory = symbols.find((s) => s.name === 'Syrian Observatory for Human Rights');
    assert.ok(
      observatory?.children.some((c) => c.detail.startsWith('contested')),
      'the contested claim says so',
    );
    unchanged();
  });

  test('asked during typing, symbols wait for the pause and describe the new text', async () => {
    const { doc: seedDoc, api } = await openSeed();
    const doc = await openUntitled(seedDoc.getText(), 'news');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    api.cache.get(doc);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Update: '));
    const count = api.cache.analysisCount;
    const symbols =
      (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
    assert.ok(api.cache.analysisCount - count <= 1, 'the edited version is analysed once');
    const a = api.cache.peek(doc);
    assert.ok(a, 'the symbols come from an analysis of the current version');
    const claims = symbols.flatMap((s) => s.children);
    assert.equal(claims.length, a.claims.length);
    for (const c of claims) assert.equal(shortened(doc.getText(c.range)), shortened(c.name), 'each claim symbol covers its text');
  });

  test('a document of thousands of claims lists the first claims of each source and how many more', async () => {
    const { api } = await openSeed();
    const names = ['Anna Novak', 'Peter Hansen', 'Laura Conti'];
    const doc = await openUntitled(
      asParagraphs(
        Array.from({ length: 2_400 }, (_, i) => `${names[i % 3]} said the bridge would open in week ${i + 1}.`),
        6,
      ),
      'news',
    );
    await vscode.window.showTextDocument(doc, { preview: false });
    const a = await api.cache.settled(doc);
    assert.equal(a?.claims.length, 2_400);
    const symbols =
      (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
    assert.deepEqual(
      symbols.map((s) => s.name),
      names,
      'every source keeps its group',
    );
    for (const group of symbols) {
      assert.equal(group.detail, '800 claims');
      // 500 claims shared by three sources: 166 each, then one symbol for the rest.
      assert.equal(group.children.length, 167, group.name);
      const more = group.children[166];
      assert.equal(more.name, '… 634 more');
      assert.equal(more.detail, '634 claims not listed');
      assert.ok(group.range.contains(more.range));
      for (const c of group.children.slice(0, 166))
        assert.ok(doc.getText(c.range).startsWith('the bridge would open'), doc.getText(c.range));
      const lastListed = group.children[165];
      assert.ok(more.range.start.isAfterOrEqual(lastListed.range.end), 'the rest follows the last listed claim');
    }
    await revertAndClose(doc);
  });

  test('documents that are not annotated get no symbols from News Lens', async () => {
    const doc = await openUntitled('Beirut, May 20: nothing to see, a monitor said.', 'plaintext');
    const symbols =
      (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
    assert.equal(symbols.length, 0);
  });
});
