// The Entities view: people, organizations and places with their aliases and mentions.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EntityGroupNode, EntityNode, MentionNode } from '../../src/editor/entitiesTree';
import type { NewsLensApi } from '../../src/extension';
import {
  asParagraphs,
  bareName,
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

suite('Entities view', () => {
  let doc: vscode.TextDocument;
  let api: NewsLensApi;
  let unchanged: () => void;
  const groups = () => api.entities.getChildren() as EntityGroupNode[];
  const group = (name: string) => {
    const g = groups().find((x) => label(api.entities.getTreeItem(x)) === name);
    assert.ok(g, `a group "${name}"`);
    return g;
  };
  const entity = (groupName: string, name: string): EntityNode => {
    const list = api.entities.getChildren(group(groupName)) as EntityNode[];
    const e = list.find((x) => x.entity.name === name);
    assert.ok(e, `"${name}" among ${groupName}: ${JSON.stringify(list.map((x) => x.entity.name))}`);
    return e;
  };
  const hasAlias = (e: EntityNode, alias: string) =>
    assert.ok(
      e.entity.aliases.some((a) => bareName(a) === bareName(alias)),
      `"${e.entity.name}" has alias "${alias}" in ${JSON.stringify(e.entity.aliases)}`,
    );

  suiteSetup(async () => {
    ({ doc, api } = await openSeed());
    unchanged = snapshot(doc);
    await waitFor('entities in the view', () => groups().length > 0);
  });
  suiteTeardown(async () => {
    unchanged();
    await closeAllEditors();
  });

  test('grouped into People, Organizations and Places', () => {
    assert.deepEqual(
      groups().map((g) => label(api.entities.getTreeItem(g))),
      ['People', 'Organizations', 'Places'],
    );
  });

  test('people with their aliases', () => {
    hasAlias(entity('People', 'Bashar al-Assad'), 'Assad');
    hasAlias(entity('People', 'Rami Abdel Rahman'), 'Abdel Rahman');
  });

  test('organizations with their aliases', () => {
    hasAlias(entity('Organizations', 'Islamic State group'), 'IS');
    const observatory = entity('Organizations', 'Syrian Observatory for Human Rights');
    hasAlias(observatory, 'Observatory');
    hasAlias(observatory, 'the monitor');
    entity('Organizations', 'AFP');
  });

  test('places', () => {
    for (const p of ['Damascus', 'Syria', 'Yarmuk', 'Tadamun', 'Beirut', 'Russia', 'Britain', 'Eastern Ghouta'])
      entity('Places', p);
  });

  test('each entity shows its mention count and lists its mentions', () => {
    const e = entity('Places', 'Yarmuk');
    const item = api.entities.getTreeItem(e);
    const mentions = api.entities.getChildren(e) as MentionNode[];
    assert.equal(item.description, `${mentions.length} mentions`);
    assert.equal(mentions.length, e.entity.mentions.length);
    assert.ok(mentions.length >= 5, `Yarmuk is mentioned ${mentions.length} times`);
    // Cards are made when the pointer rests on an item: the entity's names, the mention's line.
    const card = api.entities.resolveTreeItem(api.entities.getTreeItem(e), e).tooltip;
    assert.ok(card instanceof vscode.MarkdownString && card.value.startsWith('**Yarmuk** · place'), String(card));
    for (const m of mentions) {
      const mentionItem = api.entities.getTreeItem(m);
      assert.equal(mentionItem.tooltip, undefined, 'no card made before it is asked for');
      const line = doc.lineAt(doc.positionAt(m.mention.start).line).text.trim();
      assert.equal(api.entities.resolveTreeItem(mentionItem, m).tooltip, line.slice(0, 300));
      assert.equal(label(api.entities.getTreeItem(m)), 'Yarmuk');
      assert.equal(api.entities.getParent(m), e);
      assert.equal(api.entities.getParent(e), group('Places'));
    }
  });

  test('descriptions that stand for an entity are among its mentions', () => {
    const a = api.cache.get(doc)!;
    const observatory = entity('Organizations', 'Syrian Observatory for Human Rights');
    const texts = (api.entities.getChildren(observatory) as MentionNode[]).map((m) => m.mention.text);
    for (const d of a.descriptions.filter((x) => x.entityId === observatory.entity.id))
      assert.ok(texts.includes(d.text), `"${d.text}" in ${JSON.stringify(texts)}`);
    assert.equal(
      texts.length,
      observatory.entity.mentions.length + a.descriptions.filter((x) => x.entityId === observatory.entity.id).length,
    );
  });

  test('clicking a mention selects it in the editor', async () => {
    const e = entity('People', 'Rami Abdel Rahman');
    const mention = (api.entities.getChildren(e) as MentionNode[]).find((m) => m.mention.text === 'Abdel Rahman');
    assert.ok(mention, 'the mention "Abdel Rahman"');
    const command = api.entities.getTreeItem(mention).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document, doc);
    assert.equal(doc.getText(editor.selection), 'Abdel Rahman');
    assert.equal(doc.offsetAt(editor.selection.start), mention.mention.start);
  });

  test('an entity of hundreds of mentions lists them in ranges of 100, and the cursor is followed into a range', async () => {
    await vscode.commands.executeCommand('newsLens.entities.focus');
    await waitFor('the Entities view to be visible', () => api.entitiesView.visible);
    const long = await openUntitled(
      asParagraphs(Array.from({ length: 230 }, (_, i) => `Flights to Lyon ran late on day ${i + 1}.`)),
      'news',
    );
    const editor = await vscode.window.showTextDocument(long, { preview: false });
    await api.cache.settled(long);
    const lyon = await waitFor('Lyon among the places', () =>
      (api.entities.getChildren(groups().find((g) => g.type === 'place')) as EntityNode[] | undefined)?.find(
        (e) => e.entity.name === 'Lyon',
      ),
    );
    assert.equal(lyon.mentions.length, 230);
    assert.equal(api.entities.getTreeItem(lyon).description, '230 mentions');
    const ranges = api.entities.getChildren(lyon);
    assert.deepEqual(
      ranges.map((r) => label(api.entities.getTreeItem(r))),
      ['1–100', '101–200', '201–230'],
    );
    assert.match(String(api.entities.getTreeItem(ranges[0]).description), /^lines 1–\d+$/);
    for (const r of ranges) assert.equal(api.entities.getParent(r), lyon);
    const at = positionOf(long, 'Lyon', 210, 1);
    editor.selection = new vscode.Selection(at, at);
    await waitFor('the mention under the cursor selected inside its range', () => {
      const selected = api.entitiesView.selection[0];
      return selected?.kind === 'mention' && selected.mention.start === long.offsetAt(at) - 1 && selected.parent === ranges[2];
    });
    await revertAndClose(long);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
  });

  test('a group of hundreds of entities lists them in ranges of 100, the first open', async () => {
    await vscode.commands.executeCommand('newsLens.entities.focus');
    await waitFor('the Entities view to be visible', () => api.entitiesView.visible);
    const people = distinctPeople(150);
    const long = await openUntitled(asParagraphs(people.map((p) => `${p} said the road was closed.`)), 'news');
    const editor = await vscode.window.showTextDocument(long, { preview: false });
    await api.cache.settled(long);
    const group = await waitFor('the People group of the new document', () =>
      groups().find((g) => g.type === 'person' && g.entities.length >= 150),
    );
    const ranges = api.entities.getChildren(group);
    assert.deepEqual(
      ranges.map((r) => label(api.entities.getTreeItem(r))),
      ['1–100', '101–150'],
    );
    assert.deepEqual(
      ranges.map((r) => api.entities.getTreeItem(r).collapsibleState),
      [vscode.TreeItemCollapsibleState.Expanded, vscode.TreeItemCollapsibleState.Collapsed],
    );
    for (const r of ranges) {
      assert.equal(api.entities.getParent(r), group);
      for (const e of api.entities.getChildren(r) as EntityNode[]) assert.equal(api.entities.getParent(e), r);
    }
    // The cursor on a person of the second range: the view opens it and selects the mention.
    const last = people[140];
    const at = positionOf(long, last, 0, 2);
    editor.selection = new vscode.Selection(at, at);
    await waitFor(`"${last}" selected inside the second range`, () => {
      const selected = api.entitiesView.selection[0];
      return selected?.kind === 'mention' && selected.mention.text === last && selected.owner.parent === ranges[1];
    });
    await revertAndClose(long);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
  });

  test('the view follows the cursor onto a mention', async () => {
    await vscode.commands.executeCommand('newsLens.entities.focus');
    await waitFor('the Entities view to be visible', () => api.entitiesView.visible);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    const at = positionOf(doc, 'Eastern Ghouta', 0, 3);
    editor.selection = new vscode.Selection(at, at);
    await waitFor('the mention under the cursor to be selected', () => {
      const selected = api.entitiesView.selection[0];
      return selected?.kind === 'mention' && selected.mention.text === 'Eastern Ghouta';
    });
  });
});
