// Marks in the editor: one decoration type per category, on every visible editor, redrawn after edits.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotations } from '../../src/core/types';
import type { Category } from '../../src/editor/config';
import type { NewsLensApi } from '../../src/extension';
import { closeAllEditors, openSeed, openUntitled, revertAndClose, snapshot, textsOf, waitFor } from './helpers';

const CATEGORIES: Category[] = ['person', 'organization', 'place', 'number', 'time', 'cue', 'source', 'quote', 'reported'];

async function marked(api: NewsLensApi, editor: vscode.TextEditor, category: Category): Promise<string[]> {
  await waitFor(`${category} marks`, () => api.decorationRanges(editor, category).length > 0);
  return textsOf(editor.document, api.decorationRanges(editor, category));
}

suite('Decorations', () => {
  suiteTeardown(closeAllEditors);

  test('every category is marked on the seed', async () => {
    const { editor, api } = await openSeed();
    for (const c of CATEGORIES) await marked(api, editor, c);
  });

  test('marks cover the expected words', async () => {
    const { doc, editor, api } = await openSeed();
    const unchanged = snapshot(doc);
    const has = async (category: Category, ...expected: string[]) => {
      const texts = await marked(api, editor, category);
      // A mark may include a title before the name ("President Bashar al-Assad").
      for (const e of expected)
        assert.ok(
          texts.some((t) => t === e || t.endsWith(` ${e}`)),
          `${category} marks ${JSON.stringify(texts)} include "${e}"`,
        );
    };
    await has('person', 'Bashar al-Assad', 'Rami Abdel Rahman', 'Abdel Rahman', 'Assad');
    await has('organization', 'Syrian Observatory for Human Rights', 'AFP');
    await has('place', 'Damascus', 'Yarmuk', 'Tadamun', 'Beirut', 'Eastern Ghouta', 'Russia');
    await has('number', 'more than 250', '233', 'more than 60', '160,000');
    await has('time', 'May 20');
    await has('cue', 'said', 'told');
    const quotes = await marked(api, editor, 'quote');
    assert.ok(
      quotes.some((q) => q.includes('The six buses left at dawn')),
      `quoted content ${JSON.stringify(quotes)}`,
    );
    const reported = await marked(api, editor, 'reported');
    assert.ok(
      reported.some((q) => q.includes('a deal was reached')),
      `reported content ${JSON.stringify(reported)}`,
    );
    unchanged();
  });

  test('the marks are exactly the analysis spans', async () => {
    const { doc, editor, api } = await openSeed();
    const a = api.cache.get(doc)!;
    await marked(api, editor, 'person');
    for (const type of ['person', 'organization', 'place'] as const) {
      // Names and the descriptions that stand for them ("the monitor") share their entity's colour.
      const spans = [...a.entities, ...a.descriptions].filter((m) => m.type === type).sort((x, y) => x.start - y.start);
      assert.deepEqual(
        textsOf(doc, api.decorationRanges(editor, type)),
        spans.map((m) => m.text),
        type,
      );
    }
    assert.deepEqual(
      textsOf(doc, api.decorationRanges(editor, 'number')),
      a.numbers.map((n) => n.text),
    );
    assert.deepEqual(
      textsOf(doc, api.decorationRanges(editor, 'cue')),
      a.attributions.map((x) => x.cue.text),
    );
  });

  test('every visible editor of the document is marked', async () => {
    const { doc, editor, api } = await openSeed();
    await marked(api, editor, 'person');
    const second = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Two, preview: false });
    assert.notEqual(second, editor);
    for (const c of CATEGORIES) {
      await waitFor(`${c} marks in the second editor`, () => api.decorationRanges(second, c).length > 0);
      assert.deepEqual(api.decorationRanges(second, c), api.decorationRanges(editor, c));
    }
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('toggleCategory hides and shows one category and remembers it', async () => {
    const { doc, editor, api } = await openSeed();
    const unchanged = snapshot(doc);
    const before = (await marked(api, editor, 'place')).length;
    const others = api.decorationRanges(editor, 'person').length;
    await vscode.commands.executeCommand('newsLens.toggleCategory', 'place');
    try {
      assert.equal(api.decorationRanges(editor, 'place').length, 0, 'places hidden');
      assert.equal(api.decorationRanges(editor, 'person').length, others, 'people still shown');
      await waitFor(
        'the setting to remember it',
        () => vscode.workspace.getConfiguration('newsLens').get<Record<string, boolean>>('categories')?.place === false,
      );
    } finally {
      await vscode.commands.executeCommand('newsLens.toggleCategory', 'place');
    }
    assert.equal(api.decorationRanges(editor, 'place').length, before, 'places shown again');
    await vscode.workspace.getConfiguration('newsLens').update('categories', undefined, vscode.ConfigurationTarget.Global);
    unchanged();
  });

  test('a long document is marked where it is seen first, then whole, ending with exactly the analysis spans', async function () {
    this.timeout(60_000);
    const { doc: seedDoc, api } = await openSeed();
    const content = `${Array(40).fill(seedDoc.getText().trim()).join('\n\n')}\n`;
    const doc = await openUntitled(content, 'news');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const people = (a: Annotations) =>
      [...a.entities, ...a.descriptions].filter((m) => m.type === 'person').sort((x, y) => x.start - y.start);
    const whole = async () => {
      const a = await waitFor('the analysis', () => api.cache.get(doc), 30_000);
      const drawnWhole = () =>
        api.decorationRanges(editor, 'person').length === people(a).length &&
        api.decorationRanges(editor, 'number').length === a.numbers.length &&
        api.decorationRanges(editor, 'cue').length === a.attributions.length;
      await waitFor('people, numbers and cues drawn whole', drawnWhole, 10_000);
      assert.deepEqual(
        textsOf(doc, api.decorationRanges(editor, 'person')),
        people(a).map((m) => m.text),
      );
      assert.deepEqual(
        textsOf(doc, api.decorationRanges(editor, 'number')),
        a.numbers.map((n) => n.text),
      );
      assert.deepEqual(
        textsOf(doc, api.decorationRanges(editor, 'cue')),
        a.attributions.map((x) => x.cue.text),
      );
      return a;
    };
    const before = await whole();

    // The painter hears of the new analysis first: at that moment only the part on screen is drawn.
    let drawnAtAnalysis: number | undefined;
    const sub = api.cache.onDidChange((e) => {
      if (e.document === doc && e.annotations && !e.preview && e.version === doc.version && drawnAtAnalysis === undefined) {
        drawnAtAnalysis = api.decorationRanges(editor, 'person').length;
      }
    });
    try {
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Update: '));
      await waitFor('the analysis of the edited text', () => drawnAtAnalysis !== undefined, 30_000);
    } finally {
      sub.dispose();
    }
    assert.ok(
      drawnAtAnalysis! > 0 && drawnAtAnalysis! < people(before).length / 2,
      `${drawnAtAnalysis} of ${people(before).length} people drawn at first`,
    );
    const after = await whole();
    assert.equal(people(after)[0].start, people(before)[0].start + 'Update: '.length);
    await revertAndClose(doc);
  });

  test('a very long analysis is drawn around what is seen, and again where a scroll takes the view', async function () {
    this.timeout(120_000);
    const { doc: seedDoc, api } = await openSeed();
    // Some 300 articles: tens of thousands of marks, more than are handed to the editor at once.
    const content = `${Array(300).fill(seedDoc.getText().trim()).join('\n\n')}\n`;
    const doc = await openUntitled(content, 'news');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const a = await waitFor('the analysis', () => api.cache.get(doc), 60_000);
    const people = [...a.entities, ...a.descriptions].filter((m) => m.type === 'person');
    const drawn = () => api.decorationRanges(editor, 'person').map((r) => doc.offsetAt(r.start));
    const onScreen = () =>
      api.decorationRanges(editor, 'person').some((r) => editor.visibleRanges.some((v) => v.intersection(r)));

    // At the top: the screen and the stretch after it, not the whole article.
    await waitFor('the stretch after the screen drawn', () => onScreen() && Math.max(...drawn()) > 50_000, 30_000);
    assert.ok(Math.max(...drawn()) < 150_000, `drawn up to offset ${Math.max(...drawn())} of ${content.length}`);
    assert.ok(drawn().length < people.length / 3, `${drawn().length} of ${people.length} people drawn`);

    // Near the end: the marks move with the view.
    const end = doc.positionAt(content.length - 2_000);
    editor.revealRange(new vscode.Range(end, end), vscode.TextEditorRevealType.InCenter);
    await waitFor(
      'people drawn where the view went',
      () => onScreen() && Math.min(...drawn()) > content.length - 300_000,
      30_000,
    );
    assert.deepEqual(
      textsOf(doc, api.decorationRanges(editor, 'person')).filter((t) => !people.some((m) => m.text === t)),
      [],
      'every drawn range is a person mark',
    );
    await revertAndClose(doc);
  });

  test('edits are analysed after a pause, and old marks stay until the new ones are ready', async () => {
    // A pause longer than a busy machine takes between two edits, so that typing is one burst.
    const settings = vscode.workspace.getConfiguration('newsLens');
    await settings.update('debounceMs', 2000, vscode.ConfigurationTarget.Global);
    try {
      const { doc: seedDoc, api } = await openSeed();
      const seed = seedDoc.getText();
      const doc = await openUntitled(seed, 'news');
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      await marked(api, editor, 'person');
      const countBefore = api.cache.analysisCount;
      const personsBefore = api.decorationRanges(editor, 'person');
      const prefix = 'Update: ';
      // Typed one character at a time, as a person would.
      for (let i = 0; i < prefix.length; i++) await editor.edit((b) => b.insert(doc.positionAt(i), prefix[i]));
      assert.equal(doc.getText(), prefix + seed);
      assert.equal(api.cache.peek(doc), undefined, 'the edited version is not analysed yet');
      assert.equal(api.decorationRanges(editor, 'person'), personsBefore, 'the marks are kept while typing');
      await waitFor('marks of the edited text', () => api.decorationRanges(editor, 'person') !== personsBefore, 10_000);
      const a = api.cache.peek(doc);
      assert.ok(a, 'the current version is analysed');
      assert.ok(
        api.cache.analysisCount - countBefore < prefix.length,
        `not one analysis per keystroke (${api.cache.analysisCount - countBefore})`,
      );
      const persons = [...a.entities, ...a.descriptions].filter((m) => m.type === 'person').sort((x, y) => x.start - y.start);
      assert.deepEqual(
        textsOf(doc, api.decorationRanges(editor, 'person')),
        persons.map((m) => m.text),
      );
      const rami = api.decorationRanges(editor, 'person').find((r) => doc.getText(r) === 'Rami Abdel Rahman');
      assert.ok(rami, 'Rami Abdel Rahman is still marked');
      assert.equal(doc.offsetAt(rami.start), seed.indexOf('Rami Abdel Rahman') + prefix.length, 'the mark moved with the text');
    } finally {
      await settings.update('debounceMs', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
