// Export commands in the real host: each writes a new file (the target given, in place of the save
// dialog), which reads back onto the document's text; the article itself is never written.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Annotations, Span } from '../../src/core';
import { readBrat, readJson, readWebAnnotation } from '../../src/core/export';
import { activeApi, closeAllEditors, openSeed, snapshot } from './helpers';

type Written = vscode.Uri[] | undefined;

/** The document's text at a span, through the editor's own offset mapping. */
function textAt(doc: vscode.TextDocument, span: Span): string {
  return doc.getText(new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)));
}

suite('Export', () => {
  let dir: string;
  const file = (...parts: string[]) => vscode.Uri.file(path.join(dir, ...parts));
  const read = (uri: vscode.Uri) => fs.readFileSync(uri.fsPath, 'utf8');

  /** A copy of the seed article outside the workspace, opened and annotated as plain text. */
  async function openCopy(folder: string, name: string): Promise<{ doc: vscode.TextDocument; a: Annotations }> {
    const seed = (await openSeed()).doc.getText();
    fs.mkdirSync(path.join(dir, folder), { recursive: true });
    fs.writeFileSync(path.join(dir, folder, name), seed);
    const doc = await vscode.workspace.openTextDocument(file(folder, name));
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('newsLens.annotate');
    const a = await (await activeApi()).cache.settled(doc);
    assert.ok(a && a.entities.length > 0, 'the copy is analysed');
    return { doc, a };
  }

  suiteSetup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-export-'));
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('JSON: the annotations of the document', async () => {
    const { doc, api } = await openSeed();
    const unchanged = snapshot(doc);
    const a = await api.cache.settled(doc);
    assert.ok(a);
    const target = file('seed.newslens.json');
    const written = await vscode.commands.executeCommand<Written>('newsLens.exportJson', target);
    assert.deepEqual(written?.map(String), [target.toString()]);
    const back = readJson(read(target));
    assert.deepEqual(back, a);
    for (const m of [
      ...back.entities,
      ...back.numbers,
      ...back.times,
      ...back.attributions.flatMap((x) => [x.cue, ...x.content]),
    ]) {
      assert.equal(textAt(doc, m), m.text);
    }
    unchanged();
  });

  test('brat: the .ann, with a copy of the text for brat to read', async () => {
    const { doc, api } = await openSeed();
    const unchanged = snapshot(doc);
    const a = (await api.cache.settled(doc))!;
    const target = file('brat', 'article.ann');
    fs.mkdirSync(path.join(dir, 'brat'));
    const written = await vscode.commands.executeCommand<Written>('newsLens.exportBrat', target);
    assert.deepEqual(written?.map(String), [
      target.toString(),
      file('brat', 'article.txt').toString(),
      file('brat', 'annotation.conf').toString(),
    ]);
    const text = read(file('brat', 'article.txt'));
    assert.equal(text, doc.getText(), 'the copy holds the text exactly');
    const ann = readBrat(text, read(target));
    assert.ok(ann.textBounds.length > 0);
    // brat's annotation.conf declares every type and attribute the .ann uses.
    const declared = new Set(
      read(file('brat', 'annotation.conf'))
        .split('\n')
        .map((line) => line.split(/\s/)[0]),
    );
    const used = [...ann.textBounds, ...ann.events, ...ann.relations]
      .map((x) => x.type)
      .concat(ann.attributes.map((x) => x.name));
    assert.deepEqual(
      used.filter((type) => !declared.has(type)),
      [],
      'types the .ann uses that annotation.conf leaves out',
    );
    for (const t of ann.textBounds) assert.equal(t.fragments.map((f) => textAt(doc, f)).join(' '), t.text, t.id);
    assert.equal(ann.events.length, a.attributions.length);
    const people = ann.textBounds.filter((t) => t.type === 'Person').map((t) => t.text);
    assert.deepEqual(
      people,
      [...a.entities, ...a.descriptions]
        .filter((m) => m.type === 'person')
        .sort((x, y) => x.start - y.start)
        .map((m) => m.text),
    );
    unchanged();
  });

  test('brat beside the article writes no copy, and never touches the article', async () => {
    const { doc } = await openCopy('beside', 'story.txt');
    const unchanged = snapshot(doc);
    const before = fs.readFileSync(doc.uri.fsPath);
    const target = file('beside', 'story.ann');
    const written = await vscode.commands.executeCommand<Written>('newsLens.exportBrat', target);
    assert.deepEqual(
      written?.map(String),
      [target.toString(), file('beside', 'annotation.conf').toString()],
      'the article is the .txt brat reads',
    );
    assert.deepEqual(fs.readdirSync(path.join(dir, 'beside')).sort(), ['annotation.conf', 'story.ann', 'story.txt']);
    assert.deepEqual(fs.readFileSync(doc.uri.fsPath), before);
    const ann = readBrat(doc.getText(), read(target));
    for (const t of ann.textBounds) assert.equal(t.fragments.map((f) => textAt(doc, f)).join(' '), t.text, t.id);
    unchanged();
  });

  test("brat leaves a collection's own annotation.conf alone, in the folder or above it", async () => {
    const { doc } = await openSeed();
    const unchanged = snapshot(doc);
    fs.mkdirSync(path.join(dir, 'collection', 'batch'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'collection', 'annotation.conf'), '[entities]\nPerson\n');
    const target = file('collection', 'batch', 'seed.ann');
    const written = await vscode.commands.executeCommand<Written>('newsLens.exportBrat', target);
    assert.deepEqual(written?.map(String), [target.toString(), file('collection', 'batch', 'seed.txt').toString()]);
    assert.equal(read(file('collection', 'annotation.conf')), '[entities]\nPerson\n');
    assert.deepEqual(fs.readdirSync(path.join(dir, 'collection', 'batch')).sort(), ['seed.ann', 'seed.txt']);
    unchanged();
  });

  test('brat refuses to pair the .ann with an article whose file differs from the editor (a byte order mark)', async () => {
    fs.mkdirSync(path.join(dir, 'bom'));
    const bytes = Buffer.from('\ufeffThe mayor said the road will reopen on Monday.\n', 'utf8');
    fs.writeFileSync(path.join(dir, 'bom', 'note.txt'), bytes);
    const doc = await vscode.workspace.openTextDocument(file('bom', 'note.txt'));
    await vscode.window.showTextDocument(doc, { preview: false });
    assert.ok(!doc.getText().startsWith('\ufeff'), 'the editor hides the mark');
    await vscode.commands.executeCommand('newsLens.annotate');
    const unchanged = snapshot(doc);
    assert.equal(await vscode.commands.executeCommand<Written>('newsLens.exportBrat', file('bom', 'note.ann')), undefined);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'bom')), ['note.txt']);
    assert.deepEqual(fs.readFileSync(doc.uri.fsPath), bytes);
    unchanged();
  });

  test('W3C Web Annotation: quote and position select each mark in the document', async () => {
    const { doc, api } = await openSeed();
    const unchanged = snapshot(doc);
    const a = (await api.cache.settled(doc))!;
    const target = file('seed.jsonld');
    const written = await vscode.commands.executeCommand<Written>('newsLens.exportWebAnnotation', target);
    assert.deepEqual(written?.map(String), [target.toString()]);
    const { collection, marks } = readWebAnnotation(doc.getText(), read(target));
    assert.equal(collection.id, target.toString());
    const count =
      a.entities.length +
      a.descriptions.length +
      a.numbers.length +
      a.times.length +
      a.attributions.reduce((n, x) => n + 1 + (x.source ? 1 : 0) + x.content.length, 0);
    assert.equal(marks.length, count);
    for (const m of marks) {
      assert.equal(m.source, doc.uri.toString());
      assert.ok(m.id.startsWith(`${target.toString()}#`), m.id);
      assert.ok(m.position && m.quote);
      assert.equal(textAt(doc, m.position), m.quote.exact, m.id);
    }
    unchanged();
  });

  test('refuses to write over the article', async () => {
    const { doc } = await openCopy('over', 'piece.txt');
    const unchanged = snapshot(doc);
    const before = fs.readFileSync(doc.uri.fsPath);
    for (const command of ['newsLens.exportJson', 'newsLens.exportWebAnnotation']) {
      assert.equal(await vscode.commands.executeCommand<Written>(command, doc.uri), undefined, command);
    }
    assert.equal(
      await vscode.commands.executeCommand<Written>('newsLens.exportBrat', file('over', 'piece.txt')),
      undefined,
      'not a .ann name',
    );
    assert.deepEqual(fs.readFileSync(doc.uri.fsPath), before);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'over')), ['piece.txt']);
    unchanged();
  });

  test('brat refuses a name whose .txt holds another text', async () => {
    const { doc } = await openSeed();
    const unchanged = snapshot(doc);
    fs.mkdirSync(path.join(dir, 'clash'));
    fs.writeFileSync(path.join(dir, 'clash', 'notes.txt'), 'Something else entirely.');
    const written = await vscode.commands.executeCommand<Written>('newsLens.exportBrat', file('clash', 'notes.ann'));
    assert.equal(written, undefined);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'clash')), ['notes.txt']);
    assert.equal(read(file('clash', 'notes.txt')), 'Something else entirely.');
    unchanged();
  });

  test('without a target the save dialog asks, and closing it writes nothing', async () => {
    const { doc } = await openSeed();
    const unchanged = snapshot(doc);
    const pending = vscode.commands.executeCommand<Written>('newsLens.exportJson');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await pending, undefined);
    assert.ok(!fs.existsSync(doc.uri.fsPath.replace(/\.txt$/, '.newslens.json')), 'nothing beside the article');
    unchanged();
  });
});
