// `npm run eval`: scores the CLI against every gold file in ../shared/eval (when that folder is present)
// with its own scorer, and prints one table. `--examples N` also shows misses and false hits.
//
//   npm run eval                      all gold files
//   npm run eval -- --examples 20     with up to 20 examples of each kind of error per file
//   npm run eval -- --json            the scorer's JSON, for tools
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const evalDir = process.env.NEWS_LENS_EVAL ?? path.resolve(root, '../shared/eval');
const scorer = path.join(evalDir, 'score.mjs');
if (!fs.existsSync(scorer)) {
  console.log(`No evaluation data at ${evalDir} (set NEWS_LENS_EVAL to its folder); nothing to score.`);
  process.exit(0);
}
const gold = fs.readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(evalDir, f));
const cli = path.join(root, 'dist/cli.js');
const args = [scorer, '--cmd', `node ${JSON.stringify(cli)} annotate --format jsonl`, ...gold, ...process.argv.slice(2)];
const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(run.status ?? 1);
