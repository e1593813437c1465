// Hover cards explain each mark: entities, numbers, time expressions and attributions.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  hoverTexts,
  openSeed,
  openUntitled,
  positionOf,
  rangeOf,
  revertAndClose,
  snapshot,
  unescapeMarkdown,
} from './helpers';

async function hoverAt(doc: vscode.TextDocument, text: string, occurrence = 0, into = 1): Promise<string> {
  const texts = await hoverTexts(doc.uri, positionOf(doc, text, occurrence, into));
  return unescapeMarkdown(texts.join('\n---\n'));
}

suite('Hover cards', () => {
  let doc: vscode.TextDocument;
  let unchanged: () => void;

  suiteSetup(async () => {
    ({ doc } = await openSeed());
    unchanged = snapshot(doc);
  });
  suiteTeardown(async () => {
    unchanged();
    await closeAllEditors();
  });

  test('a person: type, canonical name, aliases, mentions and claims', async () => {
    const card = await hoverAt(doc, 'Rami Abdel Rahman', 0, 2);
    assert.match(card, /person/);
    assert.match(card, /Rami Abdel Rahman/);
    assert.match(card, /Also called: .*Abdel Rahman/, card);
    assert.match(card, /Mentioned \d+ times/);
    assert.match(card, /The six buses left at dawn/, 'lists the claims the person makes');
    assert.doesNotMatch(card, /““|””/, 'quotations are not quoted twice');
  });

  test('an alias shows the canonical name', async () => {
    const card = await hoverAt(doc, 'Assad has already');
    assert.match(card, /Bashar al-Assad/);
    assert.match(card, /person/);
  });

  test('an organization with its aliases', async () => {
    const card = await hoverAt(doc, 'Syrian Observatory for Human Rights', 0, 3);
    assert.match(card, /organization/);
    assert.match(card, /Also called: .*Observatory/, card);
  });

  test('a description stands for its entity', async () => {
    const card = await hoverAt(doc, 'the monitor, which', 0, 6);
    assert.match(card, /Syrian Observatory for Human Rights\*\* · organization · described here as “the monitor”/, card);
  });

  test('a number: value, qualifier and what it counts', async () => {
    const card = await hoverAt(doc, 'more than 250', 0, 10);
    assert.match(card, /more than 250/);
    assert.match(card, /Value: 250\b/, card);
    assert.match(card, /qualifier: more than/);
    assert.match(card, /Counts: .*forces/, card);
  });

  test('a vague number spelled in words', async () => {
    const card = await hoverAt(doc, 'More than two dozen', 0, 12);
    assert.match(card, /Value: 24\b/, card);
    assert.match(card, /qualifier: more than/);
    assert.match(card, /Counts: .*buses/, card);
  });

  test('a time expression', async () => {
    const card = await hoverAt(doc, 'May 20');
    assert.match(card, /time expression/);
  });

  test('a "said" cue: source, stance and kind of speech', async () => {
    const card = await hoverAt(doc, 'a monitor said', 0, 'a monitor '.length + 1);
    assert.match(card, /Attribution/);
    assert.match(card, /cue “said”/);
    assert.match(card, /asserts/);
    assert.match(card, /Source: .*monitor/, card);
    assert.match(card, /reported speech/);
  });

  test('a direct quote resolves "he" to the person', async () => {
    const card = await hoverAt(doc, 'he told AFP', 0, 4);
    assert.match(card, /cue “told”/);
    assert.match(card, /direct quote/);
    assert.match(card, /Source: he → Rami Abdel Rahman/, card);
    assert.match(card, /The six buses left at dawn/);
  });

  test('a denial names what it contests', async () => {
    const card = await hoverAt(doc, 'have denied', 0, 'have '.length + 1);
    assert.match(card, /denies/);
    assert.match(card, /Source: .*Syrian state media/, card);
    assert.match(card, /Contests:[\s\S]*Syrian Observatory for Human Rights asserts/, card);
  });

  test('the contested claim names who denies it', async () => {
    const card = await hoverAt(doc, 'an apparent deal was reached', 0, 5);
    assert.match(card, /Contested:[\s\S]*denies/, card);
  });

  test('the hover range is the mark', async () => {
    const [hover] =
      (await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        doc.uri,
        positionOf(doc, 'Damascus', 0, 2),
      )) ?? [];
    assert.ok(hover?.range, 'a hover with a range');
    const expected = rangeOf(doc, 'Damascus');
    assert.ok(
      hover.range.isEqual(expected),
      `hover range ${JSON.stringify(hover.range)} is the mark ${JSON.stringify(expected)}`,
    );
  });

  test('a hover right after an edit waits for the analysis and shows the card', async () => {
    const { api } = await openSeed();
    const copy = await openUntitled(doc.getText(), 'news');
    const editor = await vscode.window.showTextDocument(copy, { preview: false });
    await api.cache.settled(copy);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Update: '));
    assert.equal(api.cache.peek(copy), undefined, 'the edited version is not analysed yet');
    const card = unescapeMarkdown((await hoverTexts(copy.uri, positionOf(copy, 'Rami Abdel Rahman', 0, 2))).join('\n'));
    assert.match(card, /Rami Abdel Rahman\*\* · person/, card);
    assert.ok(api.cache.peek(copy), 'the card comes from the analysis of the edited version');
    await revertAndClose(copy);
  });

  test('ages read in the unit the article gives', async () => {
    const { api } = await openSeed();
    const text =
      'The boy, 18 months old, and a 3-week-old girl were found with a 40-year-old man, a 1-year-old and a 6-day-old calf.';
    const ages = await openUntitled(text, 'news');
    await vscode.window.showTextDocument(ages, { preview: false });
    await api.cache.settled(ages);
    const value = async (at: string) => {
      const card = unescapeMarkdown((await hoverTexts(ages.uri, positionOf(ages, at, 0, 1))).join('\n'));
      return /Value: ([^·]+) ·/.exec(card)?.[1].trim();
    };
    assert.equal(await value('18 months'), '18 months old');
    assert.equal(await value('3-week-old'), '3 weeks old');
    assert.equal(await value('40-year-old'), '40 years old');
    assert.equal(await value('1-year-old'), '1 year old');
    assert.equal(await value('6-day-old'), '6 days old');
    await revertAndClose(ages);
  });

  test('no card where nothing is marked', async () => {
    const texts = await hoverTexts(doc.uri, positionOf(doc, 'combination', 0, 3));
    assert.deepEqual(texts, []);
  });
});
