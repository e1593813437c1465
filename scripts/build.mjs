// Bundles the extension, the CLI and the test suites with esbuild (type checking is `npm run typecheck`).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** All `*.ts` files under `dir` (relative to the project root) whose name matches `pattern`. */
function filesUnder(dir, pattern) {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true })
    .filter((f) => pattern.test(f))
    .map((f) => path.join(dir, f));
}

// NEWS_LENS_WEB picks the browser's code paths at build time, so that neither bundle carries the other's.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  define: { NEWS_LENS_WEB: 'false' },
};
// The entity model: Node bundles read models/entities.bin from disk (src/worker/modelFile.node.ts in place of
// src/core/entities/modelFile.ts); browser bundles carry it as base64.
const nodeModelFile = {
  name: 'node-model-file',
  setup(b) {
    b.onResolve({ filter: /^\.\/modelFile$/ }, (args) =>
      args.importer.endsWith(path.join('src', 'core', 'entities', 'modelSource.ts'))
        ? { path: path.join(root, 'src/worker/modelFile.node.ts') }
        : undefined,
    );
  },
};
common.plugins = [nodeModelFile];
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  define: { NEWS_LENS_WEB: 'true' },
  plugins: [],
  loader: { '.bin': 'base64' },
};

const jobs = [
  // The extension: vscode is provided by the host.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The engine in a worker thread; the extension loads it, and loads the same file on its own thread if no worker can run.
  { ...common, entryPoints: ['src/worker/node.ts'], outfile: 'dist/analysisWorker.js' },
  // The browser build (vscode.dev): the extension for the web extension host, and the engine in a classic Web Worker.
  { ...web, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  { ...web, entryPoints: ['src/worker/web.ts'], outfile: 'dist/web/analysisWorker.js', format: 'iife' },
  // The CLI carries its dependencies so that `dist/cli.js` runs on its own.
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // Tests: one bundle per file; packages from node_modules stay external.
  { ...common, entryPoints: filesUnder('test/core', /\.test\.ts$/), outdir: 'dist/test/core', packages: 'external' },
  { ...common, entryPoints: filesUnder('test/dist', /\.test\.ts$/), outdir: 'dist/test/dist', packages: 'external' },
  {
    ...common,
    entryPoints: [...filesUnder('test/editor', /\.ts$/)],
    outdir: 'dist/test/editor',
    external: ['vscode'],
    packages: 'external',
  },
  { ...common, entryPoints: filesUnder('test/e2e', /\.ts$/), outdir: 'dist/test/e2e', packages: 'external' },
].filter((j) => j.entryPoints.length > 0 && j.entryPoints.every((e) => fs.existsSync(path.join(root, e))));

await import('./gazetteer.mjs');
await Promise.all(jobs.map((j) => build(j)));
if (fs.existsSync(path.join(root, 'dist/cli.js'))) fs.chmodSync(path.join(root, 'dist/cli.js'), 0o755);
