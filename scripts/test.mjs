// `npm test`: build, type check, engine tests, editor tests in a real extension host, browser
// checks. Prints one closing line "N passed, N failed" summed over all of them and exits non-zero
// on any failure. A suite that does not exist yet (no test files, no extension entry) is reported
// as not run rather than failed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const mocha = path.join(root, 'node_modules/mocha/bin/mocha.js');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const eslint = path.join(root, 'node_modules/eslint/bin/eslint.js');
const prettier = path.join(root, 'node_modules/prettier/bin/prettier.cjs');

function filesUnder(dir, suffix) {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { recursive: true }).filter((f) => f.endsWith(suffix));
}

/** Runs a command, echoing its output, and returns its exit code and everything it printed. */
function run(args) {
  return new Promise((resolve) => {
    const child = spawn(node, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('error', (e) => resolve({ code: 1, out: `${out}\n${e.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), out }));
  });
}

/** mocha's closing counts ("12 passing", "1 failing", "2 pending"), the last of each in the output. */
function mochaCounts(out) {
  // eslint-disable-next-line no-control-regex
  const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
  const last = (word) => {
    const all = [...plain.matchAll(new RegExp(`(\\d+) ${word}\\b`, 'g'))];
    return all.length ? Number(all[all.length - 1][1]) : null;
  };
  return { passed: last('passing'), failed: last('failing'), skipped: last('pending') };
}

const steps = [
  { name: 'build', kind: 'check', args: ['scripts/build.mjs'] },
  { name: 'typecheck', kind: 'check', args: [tsc, '--noEmit', '-p', '.'] },
  { name: 'lint', kind: 'check', args: [eslint, '.'] },
  { name: 'format', kind: 'check', args: [prettier, '--check', '.'] },
  {
    name: 'engine tests',
    kind: 'mocha',
    needsBuild: true,
    args: [mocha, '--reporter', 'spec', 'dist/test/core/**/*.test.js'],
    missing: () => (filesUnder('dist/test/core', '.test.js').length ? null : 'no test/core/*.test.ts yet'),
  },
  // Debian packages the next suites use (chromium, GNU parallel): installed when root, else a
  // message with the apt-get line to run.
  { name: 'Debian packages', kind: 'check', args: ['scripts/tools.mjs', '--system'] },
  {
    name: 'built-package tests',
    kind: 'mocha',
    needsBuild: true,
    args: [mocha, '--reporter', 'spec', 'dist/test/dist/**/*.test.js'],
    missing: () => (filesUnder('dist/test/dist', '.test.js').length ? null : 'no test/dist/*.test.ts yet'),
  },
  {
    name: 'editor tests',
    kind: 'mocha',
    needsBuild: true,
    args: ['scripts/test-editor.mjs'],
    missing: () => (fs.existsSync(path.join(root, 'dist/test/editor/index.js')) ? null : 'no test/editor/index.ts yet'),
  },
  {
    name: 'browser checks',
    kind: 'mocha',
    needsBuild: true,
    args: ['scripts/test-e2e.mjs', '--reporter', 'spec'],
    missing: () => {
      if (!fs.existsSync(path.join(root, 'dist/extension.js'))) return 'no src/extension.ts yet';
      return filesUnder('dist/test/e2e', '.test.js').length ? null : 'no test/e2e/*.test.ts';
    },
  },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const report = [];
let buildFailed = false;
const t0 = Date.now();

for (const step of steps) {
  const started = Date.now();
  const note = step.needsBuild && buildFailed ? 'the build failed' : step.missing?.();
  if (note) {
    console.log(`\n=== ${step.name}: not run (${note})`);
    report.push(`${step.name}: not run (${note})`);
    if (step.needsBuild && buildFailed) totals.failed += 1;
    continue;
  }
  console.log(`\n=== ${step.name}: node ${step.args.map((a) => path.relative(root, a) || a).join(' ')}`);
  const { code, out } = await run(step.args);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (step.kind === 'mocha') {
    const c = mochaCounts(out);
    passed = c.passed ?? 0;
    failed = c.failed ?? 0;
    skipped = c.skipped ?? 0;
    // A crash before mocha reported, or a non-zero exit that its counts do not explain.
    if (code !== 0 && failed === 0) failed = 1;
    if (code === 0 && c.passed === null && c.failed === null) passed = 1;
  } else if (code === 0) {
    passed = 1;
  } else {
    failed = 1;
  }
  if (step.name === 'build' && code !== 0) buildFailed = true;
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  report.push(
    `${step.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`}, ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} in ${secs} s`,
  );
}

console.log(`\n=== summary (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
for (const line of report) console.log(`  ${line}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
