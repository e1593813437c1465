// The .vsix that `npm run package` makes from the current build: it carries every file the
// manifest points at, the bundles and nothing of the sources, tests, scripts or node_modules,
// loads no package it does not carry, and stays small.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const ROOT = path.resolve(__dirname, '../../..');
const MAX_BYTES = 10 * 1024 * 1024;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The entries of a zip file, read from its central directory. */
function zipEntries(zip: Buffer): ZipEntry[] {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  assert.ok(end >= 0, 'the package is a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function zipRead(zip: Buffer, entry: ZipEntry): Buffer {
  const start = entry.localOffset + 30 + zip.readUInt16LE(entry.localOffset + 26) + zip.readUInt16LE(entry.localOffset + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return entry.method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data);
}

/** Every file the manifest names that must then be in the package, relative to the extension root. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest is free-form JSON.
function filesNamedByManifest(pkg: any): string[] {
  const files = new Set<string>();
  const add = (p: unknown) => {
    if (typeof p === 'string' && !p.startsWith('$(') && !/^[a-z]+:/.test(p)) files.add(path.posix.normalize(p));
  };
  add(pkg.main);
  add(pkg.browser);
  add(pkg.icon);
  const c = pkg.contributes ?? {};
  for (const l of c.languages ?? []) add(l.configuration);
  for (const g of c.grammars ?? []) add(g.path);
  for (const j of c.jsonValidation ?? []) add(j.url);
  for (const v of c.viewsContainers?.activitybar ?? []) add(v.icon);
  for (const w of c.walkthroughs ?? []) {
    for (const s of w.steps ?? []) {
      add(s.media?.image);
      add(s.media?.markdown);
      add(s.media?.svg);
    }
  }
  return [...files].map((f) => f.replace(/^\.\//, ''));
}

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

describe('the packaged extension (.vsix)', function () {
  this.timeout(120_000);
  let dir: string;
  let vsix: string;
  let zip: Buffer;
  let names: string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest is free-form JSON.
  let manifest: any;

  before(function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-vsix-'));
    vsix = path.join(dir, 'news-lens.vsix');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/package.mjs'), '--no-build', '--out', vsix], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, `scripts/package.mjs failed:\n${r.stdout}${r.stderr}`);
    zip = fs.readFileSync(vsix);
    names = zipEntries(zip).map((e) => e.name);
    const entry = zipEntries(zip).find((e) => e.name === 'extension/package.json');
    assert.ok(entry, 'the package has extension/package.json');
    manifest = JSON.parse(zipRead(zip, entry).toString('utf8'));
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is under 10 MB', () => {
    const size = fs.statSync(vsix).size;
    assert.ok(size > 100 * 1024 && size < MAX_BYTES, `${size} bytes`);
  });

  it('carries the manifest as written, the bundles, the licence and every file the manifest names', () => {
    const own = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.name, own.name);
    assert.equal(manifest.version, own.version);
    assert.deepEqual(manifest.contributes, own.contributes);
    const needed = [
      'dist/extension.js',
      'dist/cli.js',
      'LICENSE.txt',
      'language-configuration.json',
      'syntaxes/news.tmLanguage.json',
      'media/icon.png',
      'media/newslens.schema.json',
      'seeds/000_6639dc39eba25950.txt',
      ...filesNamedByManifest(own),
    ];
    // vsce stores the README under a lower-case name.
    if (fs.existsSync(path.join(ROOT, 'README.md'))) needed.push('readme.md');
    for (const f of fs.readdirSync(ROOT)) if (/^package\.nls.*\.json$/.test(f)) needed.push(f);
    // Every bundle the build made (extension, CLI, browser or worker builds), but not the test builds.
    for (const f of fs.readdirSync(path.join(ROOT, 'dist'), { recursive: true }) as string[]) {
      const rel = f.split(path.sep).join('/');
      if (rel.endsWith('.js') && !/^(test|bench)\//.test(rel)) needed.push(`dist/${rel}`);
    }
    const missing = needed.filter((f) => !names.includes(`extension/${f}`));
    assert.deepEqual(missing, [], `missing from the package: ${missing.join(', ')}\nit has: ${names.join(', ')}`);
  });

  it('leaves out sources, tests, scripts, benchmarks, node_modules, source maps and other seeds', () => {
    const unwanted = names.filter(
      (n) =>
        /^extension\/(src|test|scripts|bench|node_modules|dist\/test|dist\/bench|\.ci|\.test-state)\//.test(n) ||
        /\.(map|ts|tsbuildinfo|vsix)$/.test(n) ||
        (n.startsWith('extension/seeds/') && n !== 'extension/seeds/000_6639dc39eba25950.txt') ||
        /^extension\/(tsconfig\.json|package-lock\.json|\.gitignore|\.vscodeignore)$/.test(n),
    );
    assert.deepEqual(unwanted, []);
  });

  it('has bundles that load nothing but vscode and Node built-ins', () => {
    const bundles = names.filter((n) => /^extension\/dist\/.*\.js$/.test(n));
    assert.ok(bundles.includes('extension/dist/extension.js'));
    for (const name of bundles) {
      const code = zipRead(
        zip,
        zipEntries(zip).find((e) => e.name === name)!,
      ).toString('utf8');
      const loaded = [...code.matchAll(/\b(?:require|import)\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
      const foreign = [...new Set(loaded)].filter(
        (id) => id !== 'vscode' && !builtins.has(id) && !builtins.has(id.split('/')[0]) && !id.startsWith('.'),
      );
      assert.deepEqual(foreign, [], `${name} loads packages the .vsix does not carry`);
    }
    const ext = zipRead(
      zip,
      zipEntries(zip).find((e) => e.name === 'extension/dist/extension.js')!,
    ).toString('utf8');
    assert.match(ext, /require\("vscode"\)/, 'the extension bundle takes vscode from the host');
  });
});
