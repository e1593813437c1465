// The CLI as a user runs it: `node dist/cli.js` on real temporary files and on JSONL piped to stdin.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readBrat } from '../../src/core/export';

const cli = path.resolve(__dirname, '../../cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [cli, ...args], {
    input: input ?? '',
    timeout: 60_000,
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const stderrLines = (r: Run) => r.stderr.split('\n').filter((l) => l.trim());
const stdoutLines = (r: Run) =>
  r.stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** The scorer's contract: every span is inside the text, and the text it carries is the slice. */
function assertAnswers(text: string, answer: Record<string, unknown>): void {
  for (const key of ['entities', 'numbers', 'times', 'attributions', 'claims'])
    assert.ok(Array.isArray(answer[key]), `no ${key} list`);
  const spans: { start: number; end: number; text?: string }[] = [...(answer.entities as []), ...(answer.numbers as [])];
  for (const a of answer.attributions as { cue: never; source: never; content: never[] }[])
    spans.push(a.cue, ...(a.source ? [a.source] : []), ...a.content);
  for (const s of spans) {
    assert.ok(
      Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length,
      JSON.stringify(s),
    );
    if (s.text !== undefined) assert.equal(s.text, text.slice(s.start, s.end));
  }
}

describe('CLI', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    assert.ok(fs.existsSync(cli), `${cli} is missing: build first (node scripts/build.mjs)`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };

  describe('JSONL on stdin', () => {
    it('answers every good line in order, one output line per input line, and names each bad line on stderr', () => {
      const good = 'Police said 12 people were hurt in Paris on Monday.';
      const input = Buffer.concat([
        Buffer.from(`${JSON.stringify({ id: 'first', text: good })}\n`),
        Buffer.from('\n'),
        Buffer.from('{"id": "broken", "text": \n'),
        Buffer.from('[1, 2, 3]\n'),
        Buffer.from('{"id": "number", "text": 42}\n'),
        Buffer.from('{"id": "latin1", "text": "caf'),
        Buffer.from([0xe9]),
        Buffer.from('"}\n'),
        Buffer.from(`${JSON.stringify({ id: 'last', text: 'Anna Berg said the bridge was safe.' })}\r\n`),
      ]);
      const r = run(['annotate', '--format', 'jsonl'], input);
      assert.equal(r.status, 1);
      const out = stdoutLines(r);
      assert.deepEqual(
        out.map((o) => o.id),
        ['first', null, null, 'number', null, 'last'],
      );
      assertAnswers(good, out[0]);
      assert.deepEqual(
        (out[0].numbers as { text: string }[]).map((n) => n.text),
        ['12'],
      );
      assert.deepEqual(
        out.slice(1, 5).map((o) => typeof o.error),
        ['string', 'string', 'string', 'string'],
      );
      assert.deepEqual(
        (out[5].attributions as { cue: { text: string } }[]).map((a) => a.cue.text),
        ['said'],
      );
      const errors = stderrLines(r);
      assert.equal(errors.length, 4, r.stderr);
      assert.match(errors[0], /^newslens: stdin line 3: not valid JSON/);
      assert.match(errors[1], /^newslens: stdin line 4: expected an object with a string "text"$/);
      assert.match(errors[2], /^newslens: stdin line 5: expected an object with a string "text"$/);
      assert.equal(errors[3], 'newslens: stdin line 6: not valid UTF-8 text (byte 0xe9 at offset 29)');
    });

    it('exits 0 with nothing on stderr when every line is good, whatever the texts hold', () => {
      const texts = [
        '',
        '   \r\n\t',
        '\0\0\0',
        '\ud800 lone \udc00 halves said',
        '👩🏽‍⚕️ Dr. Anna Berg 🇰🇪 said “yes',
        'قال الوزير',
        `${'“'.repeat(500)}deep${'”'.repeat(10)}`,
        'SAID '.repeat(2_000),
      ];
      const input = texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n');
      const r = run(['annotate', '--format', 'jsonl'], `\ufeff${input}`);
      assert.equal(r.stderr, '');
      assert.equal(r.status, 0);
      const out = stdoutLines(r);
      assert.deepEqual(
        out.map((o) => o.id),
        texts.map((_, i) => i),
      );
      out.forEach((o, i) => assertAnswers(texts[i], o));
    });

    it('answers a line of several megabytes', () => {
      const text = 'The minister said on Monday that 250 people were hurt, police said. '.repeat(40_000);
      const started = Date.now();
      const r = run(['annotate', '--format', 'jsonl'], JSON.stringify({ id: 'big', text }) + '\n');
      assert.equal(r.status, 0, r.stderr);
      const [out] = stdoutLines(r);
      assert.equal(out.id, 'big');
      assert.equal(out.length, text.length);
      assertAnswers(text, out);
      assert.ok(Date.now() - started < 60_000);
    });

    it('stops quietly when the reader goes away', async () => {
      const input =
        Array.from({ length: 3_000 }, (_, i) =>
          JSON.stringify({ id: i, text: 'Officials said 40 homes were lost on Tuesday.' }),
        ).join('\n') + '\n';
      const child = spawn(process.execPath, [cli, 'annotate', '--format', 'jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdin.on('error', () => {});
      child.stdin.end(input);
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.stdout.destroy();
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      assert.equal(stderr, '');
      assert.equal(code, 0);
    });
  });

  describe('files', () => {
    it('says in one line why a missing path, a directory or a non-UTF-8 file cannot be read, and answers the rest', () => {
      const good = file('good.txt', '\ufeffThe mayor said 3 bridges were closed.\r\n');
      const latin1 = file('latin1.txt', Buffer.from('Caf\xe9 owners said prices rose.', 'latin1'));
      const cut = file('cut.txt', Buffer.from([0x4f, 0x6b, 0xe2, 0x82]));
      const missing = path.join(dir, 'missing.txt');
      const underFile = path.join(good, 'child.txt');
      const r = run(['annotate', missing, dir, latin1, good, cut, underFile]);
      assert.equal(r.status, 1);
      assert.deepEqual(stderrLines(r), [
        `newslens: ${missing}: no such file`,
        `newslens: ${dir}: is a directory, not a file`,
        `newslens: ${latin1}: not valid UTF-8 text (byte 0xe9 at offset 3)`,
        `newslens: ${cut}: not valid UTF-8 text (ends inside a character)`,
        `newslens: ${underFile}: not a file (a part of the path is not a directory)`,
      ]);
      const out = JSON.parse(r.stdout) as { file: string; annotations: Record<string, unknown> }[];
      assert.deepEqual(
        out.map((o) => o.file),
        [good],
      );
      // The byte order mark is not part of the text.
      assertAnswers('The mayor said 3 bridges were closed.\r\n', out[0].annotations);
      assert.deepEqual(
        (out[0].annotations.numbers as { start: number; text: string }[]).map((n) => [n.start, n.text]),
        [[15, '3']],
      );
    });

    it('gives brat offsets into the file as brat reads it, a byte order mark counted as a character', () => {
      // Characters outside the BMP before the marks: brat counts code points, not UTF-16 units.
      const article = file(
        'bom.txt',
        '\ufeff😀 The mayor of Paris said 3 bridges were closed.\r\n𝔄nna Berg said on Monday that "the river\nwill rise," police said.\n',
      );
      const r = run(['annotate', article, '--format', 'brat']);
      assert.equal(r.status, 0, r.stderr);
      // Python's 'utf-8' codec (brat's reader) keeps the mark as U+FEFF.
      const points = Array.from(new TextDecoder('utf-8', { ignoreBOM: true }).decode(fs.readFileSync(article)));
      assert.equal(points[0], '\ufeff');
      const textBounds = r.stdout.split('\n').filter((l) => l.startsWith('T'));
      assert.ok(textBounds.length >= 8, r.stdout);
      for (const line of textBounds) {
        const [, data, text] = line.split('\t');
        const fragments = data
          .split(' ')
          .slice(1)
          .join(' ')
          .split(';')
          .map((f) => f.split(' ').map(Number));
        assert.equal(fragments.map(([start, end]) => points.slice(start, end).join('')).join(' '), text, line);
      }
    });

    it("prints brat's annotation.conf, which declares every type, relation, event and attribute of the brat export", () => {
      const conf = run(['brat-conf']);
      assert.equal(conf.status, 0, conf.stderr);
      const declared = new Set(conf.stdout.split('\n').map((line) => line.split(/\s/)[0]));
      const article = file(
        'conf.txt',
        'The mayor of Paris said 3 bridges were closed. "The river will rise," Anna Berg told AFP, but the city denied it.\n',
      );
      const ann = run(['annotate', article, '--format', 'brat']).stdout;
      const b = readBrat(fs.readFileSync(article, 'utf8'), ann);
      const used = [...b.textBounds, ...b.events, ...b.relations].map((x) => x.type).concat(b.attributes.map((x) => x.name));
      assert.ok(used.includes('Attribution') && used.includes('Counts') && used.includes('Stance'), ann);
      assert.deepEqual(
        used.filter((type) => !declared.has(type)),
        [],
      );
    });

    it('says so when a file cannot be opened for reading', function () {
      if (process.getuid?.() === 0) this.skip(); // root reads everything
      const locked = file('locked.txt', 'secret');
      fs.chmodSync(locked, 0o000);
      const r = run(['annotate', locked]);
      assert.equal(r.status, 1);
      assert.deepEqual(stderrLines(r), [`newslens: ${locked}: permission denied`]);
    });

    it('answers an empty file and a file of binary bytes decoded as UTF-8', () => {
      const empty = file('empty.txt', '');
      const r = run(['annotate', '--format', 'text', empty]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /: 0 entity mentions of 0 entities, 0 numbers/);
      const binary = file(
        'binary.txt',
        Buffer.from(Array.from({ length: 2_000 }, (_, i) => ((i * 37) % 96) + 32).concat([0, 1, 2, 27, 127])),
      );
      const b = run(['annotate', binary]);
      assert.equal(b.status, 0, b.stderr);
      assertAnswers(fs.readFileSync(binary, 'utf8'), JSON.parse(b.stdout));
    });

    it('rejects a bad command line with a usage message and status 2', () => {
      const r = run(['annotate', '--format', 'xml', 'a.txt']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^unknown format: xml/);
      assert.equal(run(['annotate', '--format', 'jsonl', 'a.txt']).status, 2);
    });
  });
});
