// Commands: every declared command has a handler and every registered one is declared.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, extension, openSeed, snapshot, waitFor } from './helpers';

suite('Commands', () => {
  suiteTeardown(closeAllEditors);

  test('declared and registered commands match', async () => {
    await openSeed();
    const pkg = extension().packageJSON;
    const declared: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);
    const viewIds: string[] = Object.values<{ id: string }[]>(pkg.contributes.views)
      .flat()
      .map((v) => v.id);
    const registered = (await vscode.commands.getCommands(true)).filter(
      // The workbench adds commands for each view (focus, reset location, ...).
      (c) => c.startsWith('newsLens.') && !viewIds.some((v) => c.startsWith(`${v}.`)),
    );
    for (const c of declared) assert.ok(registered.includes(c), `${c} has a handler`);
    for (const c of registered) assert.ok(declared.includes(c), `${c} is declared in package.json`);
    for (const c of ['newsLens.annotate', 'newsLens.toggleCategory', 'newsLens.revealClaim', 'newsLens.refresh'])
      assert.ok(declared.includes(c));
  });

  test('no command is listed as an activation event: contributions imply them since VS Code 1.74', () => {
    const pkg = extension().packageJSON;
    for (const c of pkg.contributes.commands) assert.ok(!pkg.activationEvents.includes(`onCommand:${c.command}`), c.command);
  });

  test('refresh analyses again without touching the document', async () => {
    const { doc, editor, api } = await openSeed();
    const unchanged = snapshot(doc);
    const before = api.cache.get(doc)!;
    const count = api.cache.analysisCount;
    await vscode.commands.executeCommand('newsLens.refresh');
    const after = (await api.cache.settled(doc))!;
    assert.notEqual(after, before, 'a new analysis');
    assert.ok(api.cache.analysisCount > count);
    assert.deepEqual(after, before, 'with the same result');
    await waitFor(
      'marks redrawn',
      () => api.decorationRanges(editor, 'person').length === before.entities.filter((e) => e.type === 'person').length,
    );
    unchanged();
  });

  test('toggleCategory with no argument asks with a quick pick', async () => {
    await openSeed();
    const pending = vscode.commands.executeCommand('newsLens.toggleCategory');
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Closing the quick pick leaves every category as it was.
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await pending;
    const shown = vscode.workspace.getConfiguration('newsLens').get<Record<string, boolean>>('categories') ?? {};
    assert.ok(
      Object.values(shown).every((v) => v !== false),
      JSON.stringify(shown),
    );
  });
});
