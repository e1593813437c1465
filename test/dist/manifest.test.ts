// Localization of what the extension shows: the manifest's contribution strings are %key% references
// into package.nls.json, and every string the editor code shows goes through vscode.l10n.t with a
// literal message that the English bundle (l10n/bundle.l10n.json) lists.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const NLS_REFERENCE = /^%([\w.-]+)%$/;

/** Every string of the manifest with its place ("contributes.commands[0].title"). */
function strings(value: unknown, at: string, out: { at: string; text: string }[] = []): { at: string; text: string }[] {
  if (typeof value === 'string') out.push({ at, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${at}.${k}`, out);
  return out;
}

/** The places in `contributes` whose text people read, as patterns over the paths `strings` gives. */
const SHOWN = [
  /^contributes\.configuration\.title$/,
  /^contributes\.configuration\.properties\..*\.(markdownDescription|description)$/,
  /^contributes\.colors\[\d+\]\.description$/,
  /^contributes\.commands\[\d+\]\.(title|category)$/,
  /^contributes\.viewsContainers\.\w+\[\d+\]\.title$/,
  /^contributes\.views\.\w+\[\d+\]\.(name|contextualTitle)$/,
  /^contributes\.viewsWelcome\[\d+\]\.contents$/,
  /^contributes\.walkthroughs\[\d+\]\.(title|description)$/,
  /^contributes\.walkthroughs\[\d+\]\.steps\[\d+\]\.(title|description|media\.altText)$/,
];

/** The editor's source files: the extension's entry point and src/editor/. */
function editorSources(): string[] {
  const dir = path.join(ROOT, 'src/editor');
  return [
    'src/extension.ts',
    ...fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `src/editor/${f}`),
  ];
}

interface Call {
  file: string;
  line: number;
  /** The first argument's text when it is a literal, else undefined. */
  message: string | undefined;
  callee: string;
}

/** Calls to `vscode.l10n.t` and to the message functions of `vscode.window` in a source file. */
function calls(file: string): Call[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: Call[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      if (/(^|\.)l10n\.t$|^vscode\.window\.show(Information|Warning|Error)Message$/.test(callee)) {
        const first = node.arguments[0];
        const message =
          first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : undefined;
        found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, message, callee });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('localization', () => {
  const pkg = read('package.json');
  const nls: Record<string, string> = read('package.nls.json');

  it('the manifest shows no raw text where a %key% belongs', () => {
    const shown = strings(pkg.contributes, 'contributes').filter((s) => SHOWN.some((p) => p.test(s.at)));
    assert.ok(shown.length > 50, `found the shown strings (${shown.length})`);
    const raw = shown.filter((s) => !NLS_REFERENCE.test(s.text));
    assert.deepEqual(raw, [], 'every shown string is a %key% reference');
  });

  it('every %key% of the manifest is in package.nls.json, and every key there is used', () => {
    const used = new Set<string>();
    for (const s of strings(pkg, '')) {
      const key = NLS_REFERENCE.exec(s.text)?.[1];
      if (key) used.add(key);
    }
    for (const key of used) assert.ok(typeof nls[key] === 'string' && nls[key].trim() !== '', `package.nls.json has "${key}"`);
    for (const key of Object.keys(nls)) assert.ok(used.has(key), `"${key}" of package.nls.json is used in package.json`);
    assert.equal(nls['command.annotate.title'], 'Annotate This Document');
    assert.equal(
      pkg.contributes.commands.find((c: { command: string }) => c.command === 'newsLens.annotate').title,
      '%command.annotate.title%',
    );
  });

  it('the package keeps the translations', () => {
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!package.nls*.json'));
    if (pkg.l10n) {
      assert.equal(pkg.l10n, './l10n');
      assert.ok(ignore.includes('!l10n/**'));
      assert.ok(fs.existsSync(path.join(ROOT, 'l10n/bundle.l10n.json')), 'the English bundle is there');
    }
  });

  it('every message the editor shows goes through vscode.l10n.t with a literal text', () => {
    const all = editorSources().flatMap(calls);
    const translated = all.filter((c) => c.callee.endsWith('l10n.t'));
    assert.ok(translated.length > 100, `found the translated strings (${translated.length})`);
    // The exporter of the bundle reads only literal messages.
    assert.deepEqual(
      translated.filter((c) => c.message === undefined).map((c) => `${c.file}:${c.line}`),
      [],
      'vscode.l10n.t is given a literal',
    );
    // A message box is given translated text, never a literal.
    assert.deepEqual(
      all.filter((c) => !c.callee.endsWith('l10n.t') && c.message !== undefined).map((c) => `${c.file}:${c.line}`),
      [],
      'no raw message',
    );
  });

  it('the English bundle lists exactly the messages of the code', function () {
    if (!pkg.l10n) this.skip();
    const bundle: Record<string, string> = read('l10n/bundle.l10n.json');
    const messages = new Set(
      editorSources()
        .flatMap(calls)
        .flatMap((c) => (c.callee.endsWith('l10n.t') && c.message !== undefined ? [c.message] : [])),
    );
    const regenerate = 'regenerate it: npx @vscode/l10n-dev export --outDir ./l10n ./src';
    for (const m of messages) assert.equal(bundle[m], m, `the bundle lists ${JSON.stringify(m)} (${regenerate})`);
    for (const key of Object.keys(bundle))
      assert.ok(messages.has(key), `${JSON.stringify(key)} of the bundle is still used (${regenerate})`);
  });
});
