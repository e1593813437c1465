// User knowledge: a `.newslens.json` file in the workspace folder and the setting newsLens.knowledge,
// read in the real host, validated entry by entry, the file winning, and re-read without a reload.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { KNOWLEDGE_FILE, UserKnowledge, parseKnowledge } from '../../src/editor/knowledge';
import { waitFor } from './helpers';

const settings = () => vscode.workspace.getConfiguration('newsLens');

function fileUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with a workspace folder open');
  return vscode.Uri.joinPath(folder.uri, KNOWLEDGE_FILE);
}

async function writeFile(value: unknown): Promise<void> {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  await vscode.workspace.fs.writeFile(fileUri(), new TextEncoder().encode(text));
}

async function removeFile(): Promise<void> {
  try {
    await vscode.workspace.fs.delete(fileUri());
  } catch {
    // Not there.
  }
}

const typeOf = (k: UserKnowledge, name: string) => k.current().entities.find((e) => e.name === name)?.type;

suite('User knowledge', () => {
  let knowledge: UserKnowledge;

  suiteSetup(async () => {
    await removeFile();
    await settings().update('knowledge', undefined, vscode.ConfigurationTarget.Global);
    knowledge = new UserKnowledge();
    await knowledge.ready;
  });

  suiteTeardown(async () => {
    knowledge?.dispose();
    await removeFile();
    await settings().update('knowledge', undefined, vscode.ConfigurationTarget.Global);
  });

  test('starts empty without a file or a setting', () => {
    assert.deepEqual(knowledge.current(), { entities: [], reportingVerbs: [] });
    assert.deepEqual(knowledge.problems(), []);
  });

  test('bad entries of the workspace file are skipped with messages naming the file, the entry and the fault', async () => {
    await writeFile({
      entities: [
        { name: 'Ada Quill', type: 'person', aliases: ['Quill', 'Quill'] },
        { name: 'Corvo Mills', type: 'company' },
        { type: 'place' },
        'Harbin Vale',
        { name: 'Lune Gazette', type: 'Organization', alias: ['the Gazette'] },
      ],
      reportingVerbs: ['opine', 42, 'Quipped', 'said so!'],
      colour: 'blue',
    });
    await waitFor('the file to be read', () => typeOf(knowledge, 'Ada Quill'));
    assert.deepEqual(knowledge.current(), {
      entities: [
        { name: 'Ada Quill', type: 'person', aliases: ['Quill'] },
        { name: 'Lune Gazette', type: 'organization' },
      ],
      reportingVerbs: ['opine', 'quipped'],
    });
    const problems = knowledge.problems();
    const path = fileUri().fsPath;
    assert.ok(
      problems.every((p) => p.startsWith(`${path}: `)),
      `every message names the file: ${problems.join('\n')}`,
    );
    const expected = [
      'unknown field "colour" ignored',
      'entities[1] ("Corvo Mills") skipped: "type" must be "person", "organization" or "place", got "company"',
      'entities[2] skipped: "name" must be a non-empty string and is missing',
      'entities[3] skipped: must be an object',
      'entities[4] ("Lune Gazette"): unknown field "alias" ignored',
      'reportingVerbs[1] skipped: must be a word',
      'reportingVerbs[3] skipped: must be a word',
    ];
    for (const e of expected)
      assert.ok(
        problems.some((p) => p.includes(e)),
        `a message with ${JSON.stringify(e)} in:\n${problems.join('\n')}`,
      );
    assert.equal(problems.length, expected.length, problems.join('\n'));
  });

  test('the file wins over the setting for an entity of the same name; the rest of both apply', async () => {
    await writeFile({ entities: [{ name: 'Ada Quill', type: 'person', aliases: ['Quill'] }], reportingVerbs: ['opine'] });
    await waitFor('the corrected file to be read', () => knowledge.problems().length === 0);
    await settings().update(
      'knowledge',
      {
        entities: [
          { name: 'ada quill', type: 'organization' },
          { name: 'Bram Ostrow', type: 'person', aliases: ['Ostrow'] },
          { name: 'Tessary', type: 'nation' },
        ],
        reportingVerbs: ['quip', 'opine'],
      },
      vscode.ConfigurationTarget.Global,
    );
    await waitFor('the setting to be read', () => typeOf(knowledge, 'Bram Ostrow'));
    assert.deepEqual(knowledge.current(), {
      entities: [
        { name: 'Ada Quill', type: 'person', aliases: ['Quill'] },
        { name: 'Bram Ostrow', type: 'person', aliases: ['Ostrow'] },
      ],
      reportingVerbs: ['quip', 'opine'],
    });
    assert.deepEqual(knowledge.problems(), [
      'Setting newsLens.knowledge: entities[2] ("Tessary") skipped: "type" must be "person", "organization" or "place", got "nation"',
    ]);
  });

  test('edits to the file and the setting apply without a reload', async () => {
    const seen: string[] = [];
    const listener = knowledge.onDidChange((k) => seen.push(k.entities.map((e) => `${e.name}:${e.type}`).join(',')));
    try {
      await writeFile({ entities: [{ name: 'Ada Quill', type: 'place' }] });
      await waitFor('the edited file to be read', () => typeOf(knowledge, 'Ada Quill') === 'place');
      assert.deepEqual(knowledge.current().reportingVerbs, ['quip', 'opine'], "the setting's verbs stay");

      await removeFile();
      await waitFor("the setting's entry once the file is gone", () => typeOf(knowledge, 'ada quill') === 'organization');
      assert.equal(typeOf(knowledge, 'Ada Quill'), undefined);

      await settings().update('knowledge', undefined, vscode.ConfigurationTarget.Global);
      await waitFor('nothing once the setting is cleared', () => knowledge.current().entities.length === 0);
      assert.deepEqual(knowledge.current(), { entities: [], reportingVerbs: [] });
      assert.deepEqual(knowledge.problems(), []);
      // Each step was announced, in order (a save seen half-written may add a step between).
      const steps = ['Ada Quill:place,Bram Ostrow:person', 'ada quill:organization,Bram Ostrow:person', ''];
      let at = 0;
      for (const s of seen) if (s === steps[at]) at++;
      assert.equal(at, steps.length, `changes announced: ${JSON.stringify(seen)}`);
      assert.equal(seen[seen.length - 1], '');
    } finally {
      listener.dispose();
    }
  });

  test('a file that is not JSON is reported and adds nothing', async () => {
    await settings().update(
      'knowledge',
      { entities: [{ name: 'Bram Ostrow', type: 'person' }] },
      vscode.ConfigurationTarget.Global,
    );
    await waitFor('the setting to be read', () => typeOf(knowledge, 'Bram Ostrow'));
    await writeFile('{ "entities": [ { "name": "Ada Quill", ');
    const problem = await waitFor('a message about the file', () => knowledge.problems().find((p) => p.includes(KNOWLEDGE_FILE)));
    assert.match(problem, /: not valid JSON \(.+\); nothing was read$/);
    assert.deepEqual(knowledge.current().entities, [{ name: 'Bram Ostrow', type: 'person' }], 'the setting still applies');
    await removeFile();
    await waitFor('the message to go with the file', () => knowledge.problems().length === 0);
  });

  test('the editor checks .newslens.json against the contributed schema', async function () {
    this.timeout(60_000);
    await writeFile({ entities: [{ name: 'Ada Quill', type: 'company' }] });
    const doc = await vscode.workspace.openTextDocument(fileUri());
    await vscode.window.showTextDocument(doc, { preview: false });
    try {
      assert.equal(doc.languageId, 'json');
      const problem = await waitFor(
        'a schema diagnostic on "type"',
        () => vscode.languages.getDiagnostics(doc.uri).find((d) => doc.getText(d.range).includes('company')),
        45_000,
      );
      assert.match(problem.message, /person.*organization.*place/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await removeFile();
    }
  });

  test('parseKnowledge rejects a value that is not an object and lists that are not lists', () => {
    assert.deepEqual(parseKnowledge(['Ada Quill']).problems, [
      'expected an object with "entities" and "reportingVerbs", got ["Ada Quill"]; nothing was read',
    ]);
    const r = parseKnowledge({ entities: { name: 'Ada Quill' }, reportingVerbs: 'opine' });
    assert.deepEqual(r.knowledge, { entities: [], reportingVerbs: [] });
    assert.equal(r.problems.length, 2);
    assert.match(r.problems[0], /^"entities" must be a list/);
    assert.match(r.problems[1], /^"reportingVerbs" must be a list of words/);
    assert.match(
      parseKnowledge({ entities: [{ name: 'Ada Quill', type: 'person', aliases: 'Quill' }] }).problems[0],
      /^entities\[0\] \("Ada Quill"\) skipped: "aliases" must be a list of names/,
    );
  });
});
