// `npm run eval`: scores the CLI against every gold file in ../shared/eval (when that folder is present)
// with its own scorer, and prints one table. `--examples N` also shows misses and false hits.
//
//   npm run eval                      all gold files
//   npm run eval -- --examples 20     with up to 20 examples of each kind of error per file
//   npm run eval -- --json            the scorer's JSON, for tools
//   npm run eval -- --markdown        one summary table, as in the README
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
const gold = fs
  .readdirSync(evalDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .map((f) => path.join(evalDir, f));
const cli = path.join(root, 'dist/cli.js');
const markdown = process.argv.includes('--markdown');
const passThrough = process.argv.slice(2).filter((a) => a !== '--markdown');
const args = [
  scorer,
  '--cmd',
  `node ${JSON.stringify(cli)} annotate --format jsonl`,
  ...gold,
  ...passThrough,
  ...(markdown ? ['--json'] : []),
];
const run = spawnSync(process.execPath, args, {
  stdio: markdown ? ['ignore', 'pipe', 'inherit'] : 'inherit',
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
if (markdown && run.status === 0) console.log(toMarkdown(JSON.parse(run.stdout)));
process.exit(run.status ?? 1);

function toMarkdown(report) {
  const prf = (x) => `${x.P}/${x.R}/${x.F1}`;
  const rows = [];
  for (const f of report) {
    if (f.ner) rows.push([f.file, 'entities', `exact P/R/F1 ${prf(f.ner.ALL.exact)} · overlap P/R/F1 ${prf(f.ner.ALL.overlap)}`]);
    if (f.numbers) {
      const n = f.numbers;
      rows.push([
        f.file,
        'numbers',
        `recall overlap ${n.recall_overlap} · recall exact ${n.recall_exact} · value accuracy ${n.value_accuracy}${f.file === 'seed.jsonl' ? ` · precision ${n.precision_overlap}` : ''}`,
      ]);
    }
    if (f.attribution) {
      const a = f.attribution;
      rows.push([
        f.file,
        'attributions',
        `detect P/R/F1 ${prf(a.detect)} · strict P/R/F1 ${prf(a.strict)} · source accuracy ${a.source_accuracy}`,
      ]);
    }
  }
  return ['| gold file | marks | score |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
