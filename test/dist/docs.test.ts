// The README is what the Marketplace shows: short enough to read, its links and pictures present,
// and the colour ids it names (and the docs name) defined by the manifest.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectRoot } from '../fixtures';

const ROOT = projectRoot();
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const docs = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).map((f) => `docs/${f}`)].filter((f) => f.endsWith('.md'));

describe('README and docs', () => {
  it('keeps the README for users: about a thousand words', () => {
    const words = read('README.md').split(/\s+/).filter(Boolean).length;
    assert.ok(words <= 1300, `README.md has ${words} words`);
  });

  it('links only to files that exist', () => {
    for (const file of docs) {
      for (const m of read(file).matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1].split('#')[0];
        if (!target || /^[a-z]+:/.test(target)) continue;
        assert.ok(fs.existsSync(path.join(ROOT, path.dirname(file), target)), `${file} links to ${m[1]}`);
      }
    }
  });

  it('names only ids the manifest defines (colours, settings, commands, views), and the README names every colour', () => {
    const contributes = JSON.parse(read('package.json')).contributes;
    const colours = new Set<string>(contributes.colors.map((c: { id: string }) => c.id));
    const known = new Set<string>([
      ...colours,
      ...Object.keys(contributes.configuration.properties),
      ...contributes.commands.map((c: { command: string }) => c.command),
      ...Object.values(contributes.views as Record<string, { id: string }[]>).flatMap((vs) => vs.map((v) => v.id)),
    ]);
    for (const file of docs) {
      for (const m of read(file).matchAll(/`(newsLens\.[A-Za-z.]+)`/g))
        assert.ok(known.has(m[1]), `${file} names ${m[1]}, which package.json does not define`);
    }
    for (const id of colours) assert.ok(read('README.md').includes(`\`${id}\``), `README.md names ${id}`);
  });

});
