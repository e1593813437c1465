// Bundles the extension, the CLI and the test suites with esbuild (type checking is `npm run typecheck`).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** All `*.ts` files under `dir` (relative to the project root) whose name matches `pattern`. */
function filesUnder(dir, pattern) {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { recursive: true })
    .filter((f) => pattern.test(f))
    .map((f) => path.join(dir, f));
}

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', absWorkingDir: root };

const jobs = [
  // The extension: vscode is provided by the host.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The CLI carries its dependencies so that `dist/cli.js` runs on its own.
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // Tests: one bundle per file; packages from node_modules stay external.
  { ...common, entryPoints: filesUnder('test/core', /\.test\.ts$/), outdir: 'dist/test/core', packages: 'external' },
  { ...common, entryPoints: [...filesUnder('test/editor', /\.ts$/)], outdir: 'dist/test/editor', external: ['vscode'], packages: 'external' },
  { ...common, entryPoints: filesUnder('test/e2e', /\.ts$/), outdir: 'dist/test/e2e', packages: 'external' },
].filter((j) => j.entryPoints.length > 0 && j.entryPoints.every((e) => fs.existsSync(path.join(root, e))));

await import("./gazetteer.mjs");
await Promise.all(jobs.map((j) => build(j)));
if (fs.existsSync(path.join(root, 'dist/cli.js'))) fs.chmodSync(path.join(root, 'dist/cli.js'), 0o755);
