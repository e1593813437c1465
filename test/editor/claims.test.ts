// The Claims view: claims grouped by source, contested claims marked, click reveals, follows the cursor.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimNode, ClaimsTreeNode, SourceNode } from '../../src/editor/claimsTree';
import type { NewsLensApi } from '../../src/extension';
import {
  asParagraphs,
  closeAllEditors,
  distinctPeople,
  openSeed,
  openUntitled,
  positionOf,
  revertAndClose,
  snapshot,
  treeLabel as label,
  waitFor,
} from './helpers';

function sources(api: NewsLensApi): SourceNode[] {
  return api.claims.getChildren() as SourceNode[];
}

function claimNodes(api: NewsLensApi): ClaimNode[] {
  return sources(api).flatMap((s) => api.claims.getChildren(s) as ClaimNode[]);
}

function findClaim(api: NewsLensApi, text: string): ClaimNode {
  const node = claimNodes(api).find((n) => n.claim.span.text.includes(text));
  assert.ok(node, `a claim containing "${text}" in ${JSON.stringify(claimNodes(api).map((n) => n.claim.span.text))}`);
  return node;
}

suite('Claims view', () => {
  let doc: vscode.TextDocument;
  let api: NewsLensApi;
  let unchanged: () => void;

  suiteSetup(async () => {
    ({ doc, api } = await openSeed());
    unchanged = snapshot(doc);
    await waitFor('claims in the view', () => sources(api).length > 0);
  });
  suiteTeardown(async () => {
    unchanged();
    await closeAllEditors();
  });

  test('claims are grouped by source, every claim once', () => {
    const a = api.cache.get(doc)!;
    const nodes = claimNodes(api);
    assert.equal(nodes.length, a.claims.length);
    assert.deepEqual(new Set(nodes.map((n) => n.claim.id)).size, a.claims.length);
    for (const s of sources(api)) for (const n of s.claims) assert.equal(n.claim.sourceKey, s.sourceKey);
    assert.ok(a.attributions.length >= 9, `${a.attributions.length} attributions found (9 by hand)`);
  });

  test("the article's own claims come last under the reporter", () => {
    const groups = sources(api);
    const article = groups.filter((g) => g.sourceKey === 'article');
    assert.ok(article.length <= 1);
    if (article.length) {
      assert.equal(groups[groups.length - 1], article[0]);
      assert.equal(label(api.claims.getTreeItem(article[0])), 'The article (reporter)');
    }
  });

  test('a direct quote sits under the person who said it', () => {
    const node = findClaim(api, 'The six buses left at dawn, heading east for the Syrian desert');
    assert.equal(label(api.claims.getTreeItem(node.parent)), 'Rami Abdel Rahman');
    const item = api.claims.getTreeItem(node);
    assert.match(String(item.description), /direct quote/);
    // The card is made when the pointer rests on the item, as VS Code asks for it then.
    assert.equal(item.tooltip, undefined, 'no card made before it is asked for');
    const card = api.claims.resolveTreeItem(item, node).tooltip;
    assert.ok(
      card instanceof vscode.MarkdownString && card.value.includes('The six buses left at dawn'),
      'tooltip with the full claim',
    );
  });

  test('a contested claim is marked and names the other side', () => {
    const asserted = findClaim(api, 'an apparent deal was reached');
    assert.equal(label(api.claims.getTreeItem(asserted.parent)), 'Syrian Observatory for Human Rights');
    const item = api.claims.getTreeItem(asserted);
    assert.match(String(item.description), /^contested/);
    assert.ok(item.iconPath instanceof vscode.ThemeIcon && item.iconPath.id === 'warning');
    const denial = claimNodes(api).find((n) => n.claim.stance === 'denies' && n.claim.span.text.includes('a deal was reached'));
    assert.ok(denial, 'the denial is a claim');
    assert.ok(asserted.claim.contestedBy.includes(denial.claim.id), 'the asserted claim is contested by the denial');
    assert.ok(denial.claim.contestedBy.includes(asserted.claim.id), 'the denial contests the asserted claim');
    assert.match(label(api.claims.getTreeItem(denial.parent)), /Syrian state media/);
    assert.match((api.claims.resolveTreeItem(item, asserted).tooltip as vscode.MarkdownString).value, /Contested by/);
  });

  test('getParent leads from every claim to its source', () => {
    for (const s of sources(api)) {
      assert.equal(api.claims.getParent(s), undefined);
      for (const c of api.claims.getChildren(s)) assert.equal(api.claims.getParent(c as ClaimsTreeNode), s);
    }
  });

  test('clicking a claim selects its text in the editor', async () => {
    const node = findClaim(api, 'a majority were relatives of jihadists');
    const item = api.claims.getTreeItem(node);
    assert.equal(item.command?.command, 'newsLens.revealClaim');
    // Another editor is active first, so the command has to bring the article back.
    const other = await openUntitled('unrelated', 'plaintext');
    await vscode.window.showTextDocument(other, { viewColumn: vscode.ViewColumn.Two });
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document, doc);
    const expected = new vscode.Range(doc.positionAt(node.claim.span.start), doc.positionAt(node.claim.span.end));
    assert.ok(
      editor!.selection.isEqual(expected),
      `selection ${JSON.stringify(editor!.selection)} is the claim ${JSON.stringify(expected)}`,
    );
    assert.equal(doc.getText(editor!.selection), node.claim.span.text);
  });

  test('revealClaim takes a claim id alone for the active article', async () => {
    const node = findClaim(api, 'More than two dozen buses remained');
    await vscode.commands.executeCommand('newsLens.revealClaim', node.claim.id);
    assert.equal(
      vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection),
      node.claim.span.text,
    );
  });

  test('revealClaim asked while the article is being analysed waits for the analysis', async () => {
    const copy = await openUntitled(doc.getText(), 'news');
    const editor = await vscode.window.showTextDocument(copy, { preview: false });
    await api.cache.settled(copy);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Update: '));
    assert.equal(api.cache.peek(copy), undefined, 'the edited version is not analysed yet');
    const node = findClaim(api, 'More than two dozen buses remained');
    const range = await vscode.commands.executeCommand<vscode.Range | undefined>(
      'newsLens.revealClaim',
      node.claim.id,
      copy.uri.toString(),
    );
    assert.ok(range, 'the claim is revealed once analysed');
    assert.equal(copy.getText(range), node.claim.span.text);
    assert.equal(copy.offsetAt(range.start), node.claim.span.start + 'Update: '.length, 'at its place in the edited text');
    await revertAndClose(copy);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
  });

  test('the view follows the cursor into a claim', async () => {
    await vscode.commands.executeCommand('newsLens.claims.focus');
    await waitFor('the Claims view to be visible', () => api.claimsView.visible);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    const node = findClaim(api, 'a majority were relatives of jihadists');
    const at = positionOf(doc, 'relatives of jihadists', 0, 3);
    editor.selection = new vscode.Selection(at, at);
    await waitFor('the claim under the cursor to be selected in the view', () => api.claimsView.selection[0] === node);
  });

  test('a source of hundreds of claims lists them in ranges of 100, and the cursor is followed into a range', async () => {
    await vscode.commands.executeCommand('newsLens.claims.focus');
    await waitFor('the Claims view to be visible', () => api.claimsView.visible);
    const long = await openUntitled(
      asParagraphs(Array.from({ length: 250 }, (_, i) => `Anna Novak said the bridge would open in week ${i + 1}.`)),
      'news',
    );
    const editor = await vscode.window.showTextDocument(long, { preview: false });
    await api.cache.settled(long);
    const source = await waitFor('the source in the view', () =>
      sources(api).find((s) => label(api.claims.getTreeItem(s)) === 'Anna Novak'),
    );
    assert.equal(source.claims.length, 250);
    const ranges = api.claims.getChildren(source) as ClaimsTreeNode[];
    assert.deepEqual(
      ranges.map((r) => label(api.claims.getTreeItem(r))),
      ['1–100', '101–200', '201–250'],
    );
    assert.deepEqual(
      ranges.map((r) => (api.claims.getChildren(r) as ClaimNode[]).length),
      [100, 100, 50],
    );
    const last = ranges[2];
    assert.equal(api.claims.getTreeItem(last).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    for (const c of api.claims.getChildren(last) as ClaimNode[]) {
      assert.equal(api.claims.getParent(c), last);
      assert.equal(c.source, source);
    }
    assert.equal(api.claims.getParent(last), source);
    // The cursor on the 230th claim: the view opens the third range and selects it.
    const at = positionOf(long, 'week 230', 0, 2);
    editor.selection = new vscode.Selection(at, at);
    await waitFor('the claim under the cursor selected inside its range', () => {
      const selected = api.claimsView.selection[0];
      return selected?.kind === 'claim' && selected.claim.span.text.includes('week 230') && selected.parent === last;
    });
    await revertAndClose(long);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
  });

  test('hundreds of sources are listed in ranges of 100, the first open, and the cursor is followed into a range', async () => {
    await vscode.commands.executeCommand('newsLens.claims.focus');
    await waitFor('the Claims view to be visible', () => api.claimsView.visible);
    const people = distinctPeople(150);
    const long = await openUntitled(asParagraphs(people.map((p) => `${p} said the road was closed.`)), 'news');
    const editor = await vscode.window.showTextDocument(long, { preview: false });
    await api.cache.settled(long);
    const ranges = await waitFor('ranges of sources', () => {
      const roots = api.claims.getChildren();
      return roots.length > 0 && roots.every((r) => r.kind === 'sourceRange') ? roots : undefined;
    });
    assert.deepEqual(
      ranges.map((r) => label(api.claims.getTreeItem(r))),
      ['1–100', '101–150'],
    );
    assert.deepEqual(
      ranges.map((r) => api.claims.getTreeItem(r).collapsibleState),
      [vscode.TreeItemCollapsibleState.Expanded, vscode.TreeItemCollapsibleState.Collapsed],
    );
    for (const r of ranges) {
      assert.equal(api.claims.getParent(r), undefined);
      for (const s of api.claims.getChildren(r)) assert.equal(api.claims.getParent(s), r);
    }
    const at = positionOf(long, `${people[140]} said the road`, 0, people[140].length + 12);
    editor.selection = new vscode.Selection(at, at);
    await waitFor(`the claim of ${people[140]} selected inside the second range`, () => {
      const selected = api.claimsView.selection[0];
      return selected?.kind === 'claim' && selected.claim.sourceName === people[140] && selected.source.parent === ranges[1];
    });
    await revertAndClose(long);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
  });

  test('a cursor placed before the analysis arrives is followed once it does', async () => {
    await vscode.commands.executeCommand('newsLens.claims.focus');
    await waitFor('the Claims view to be visible', () => api.claimsView.visible);
    const copy = await openUntitled(doc.getText(), 'news');
    const editor = await vscode.window.showTextDocument(copy, { preview: false });
    await api.cache.settled(copy);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Update: '));
    assert.equal(api.cache.peek(copy), undefined, 'the edited version is not analysed yet');
    // A claim the earlier tests have not selected, so that no selection is left over from them.
    const at = positionOf(copy, 'burned their headquarters', 0, 3);
    editor.selection = new vscode.Selection(at, at);
    await waitFor('the claim under the cursor to be selected once analysed', () => {
      const selected = api.claimsView.selection[0];
      return (
        selected?.kind === 'claim' &&
        selected.claim.span.text.includes('burned their headquarters') &&
        api.cache.peek(copy) !== undefined
      );
    });
    await revertAndClose(copy);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
  });
});
