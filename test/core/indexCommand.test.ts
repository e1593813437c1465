// `newslens index DIR...`, called as a function: the cross-article view of a folder as JSON or text,
// its limits, and the files it cannot read.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runIndexCommand } from '../../src/cli/indexCommand';
import type { CorpusJson } from '../../src/core/corpus/json';
import { FLOOD_ARTICLES } from '../corpusArticles';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runIndexCommand(['index', ...argv], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('newslens index', () => {
  let dir: string;
  const file = (...parts: string[]) => path.join(dir, ...parts);

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-index-'));
    fs.mkdirSync(file('outlets', 'wire'), { recursive: true });
    fs.mkdirSync(file('.hidden'));
    fs.writeFileSync(file('outlets', 'courier.news'), FLOOD_ARTICLES.courier);
    // A byte order mark and CRLF line ends: offsets count neither the mark nor anything else.
    fs.writeFileSync(file('outlets', 'wire', 'wire.txt'), `\ufeff${FLOOD_ARTICLES.wire.replace(/\n/g, '\r\n')}`);
    fs.writeFileSync(file('outlets', 'post.news'), FLOOD_ARTICLES.post);
    fs.writeFileSync(file('chess.txt'), FLOOD_ARTICLES.chess);
    fs.writeFileSync(file('notes.md'), 'Not an article.');
    fs.writeFileSync(file('.hidden', 'draft.news'), FLOOD_ARTICLES.post);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints documents, entities, sources, conflicts and stories as JSON, offsets into each text', async () => {
    const { code, out, err } = await run(dir, '--format', 'json');
    assert.equal(code, 0, err);
    const view: CorpusJson = JSON.parse(out);
    const rel = (p: string) => path.relative(dir, p).split(path.sep).join('/');
    assert.deepEqual(view.documents.map((d) => rel(d.path)).sort(), [
      'chess.txt',
      'outlets/courier.news',
      'outlets/post.news',
      'outlets/wire/wire.txt',
    ]);
    const vantorp = view.entities.find((e) => e.name === 'Ilse Vantorp');
    assert.equal(vantorp?.type, 'person');
    assert.equal(vantorp?.documents.length, 3);
    const source = view.sources.find((s) => s.name === 'Ilse Vantorp');
    assert.equal(source?.documents.length, 3);
    const numbers = view.conflicts.filter((c) => c.kind === 'number');
    assert.equal(numbers.length, 2);
    for (const c of view.conflicts) {
      for (const side of [c.a, c.b]) {
        const text = fs.readFileSync(side.path, 'utf8').replace(/^\ufeff/, '');
        assert.equal(text.slice(side.start, side.end), side.text, `${side.path} ${side.start}`);
        assert.equal(text.slice(0, side.start).split(/\r\n|\r|\n/).length, side.line, 'lines count from 1');
      }
    }
    const claims = view.conflicts.filter((c) => c.kind === 'claim');
    assert.equal(claims.length, 1);
    assert.equal(view.stories.length, 1);
    assert.equal(view.stories[0].documents.length, 3);
  });

  it('prints a readable summary with --format text', async () => {
    const { code, out } = await run(file('outlets'), '--format', 'text');
    assert.equal(code, 0);
    assert.match(out, /^3 articles, 1 stories/);
    assert.match(out, /figures differ: "About 40 homes"/);
    assert.match(out, /contested: Tobias Ferrant/);
    assert.match(out, /person Ilse Vantorp: /);
  });

  it('stops at --max-files and --max-size and says so', async () => {
    const byCount = await run(dir, '--max-files', '2');
    assert.equal(byCount.code, 0);
    assert.equal((JSON.parse(byCount.out) as CorpusJson).documents.length, 2);
    assert.match(byCount.err, /stopped at 2 files \(--max-files\); 2 more not read/);
    const bySize = await run(dir, '--max-size', '0.0001');
    assert.equal((JSON.parse(bySize.out) as CorpusJson).documents.length, 0);
    assert.match(bySize.err, /stopped at 0.0001 MB \(--max-size\)/);
  });

  it('names a missing path and a file that is not UTF-8 text, and indexes the rest', async () => {
    fs.writeFileSync(file('latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
    fs.writeFileSync(file('binary.news'), Buffer.from([0x00, 0x01, 0x02, 0x50]));
    try {
      const { code, out, err } = await run(dir, file('nowhere'));
      assert.equal(code, 1);
      assert.match(err, /nowhere: no such file or folder/);
      assert.match(err, /latin1\.txt: not valid UTF-8 text/);
      assert.match(err, /binary\.news: not a text file/);
      assert.equal((JSON.parse(out) as CorpusJson).documents.length, 4);
    } finally {
      fs.rmSync(file('latin1.txt'));
      fs.rmSync(file('binary.news'));
    }
  });

  it('prints its usage when given no path, and refuses unknown options', async () => {
    const usage = await run();
    assert.equal(usage.code, 0);
    assert.match(usage.err, /^usage: newslens index/);
    const bad = await run(dir, '--format', 'xml');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown format: xml/);
  });
});
