// `npm run train`: bundles the trainer (src/train, which reuses the engine's feature code) and runs it.
// Arguments pass through: --epochs N, --bits N, --seed N, --out FILE, --train DIR.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
await import('./gazetteer.mjs');
const outfile = path.join(root, 'out/train.js');
await build({
  entryPoints: [path.join(root, 'src/train/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
});
const run = spawnSync(
  process.execPath,
  ['--enable-source-maps', '--max-old-space-size=8192', outfile, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
