// Where the engine's time goes: a CPU profile of warm `analyze` runs over a text of the given size, summarised by
// self time per function (mapped back to src/ through the bundle's source map) and per source file.
// usage: node bench/profile.mjs [MB=1]      (builds the engine bundle first)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CORE_BUNDLE, buildCoreBundle } from './lib/engines.mjs';
import { MB, root } from './lib/corpus.mjs';
import { loadSourceMap } from './lib/sourcemap.mjs';
import { shorten } from './report.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);

/** Profiles analyses of about `bytes` of text in a child process; returns the summary. */
export function profileOurs(bytes, { top = 15, timeoutMs = 15 * 60_000 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-profile-'));
  try {
    const child = spawnSync(
      process.execPath,
      ['--cpu-prof', `--cpu-prof-dir=${dir}`, path.join(here, 'profile-child.mjs'), String(bytes)],
      {
        encoding: 'utf8',
        timeout: timeoutMs,
      },
    );
    if (child.status !== 0) throw new Error(`profile run failed: ${child.stderr || child.error}`);
    const run = JSON.parse(child.stdout.trim().split('\n').pop());
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    return { ...run, ...summarise(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), top) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function summarise(profile, top) {
  const original = fs.existsSync(`${CORE_BUNDLE}.map`) ? loadSourceMap(`${CORE_BUNDLE}.map`) : () => null;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const keyOf = new Map();
  const describe = new Map();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    let where = f.url ? path.basename(f.url) : '';
    if (f.url && f.url.endsWith(path.basename(CORE_BUNDLE))) {
      const o = original(f.lineNumber, f.columnNumber);
      if (o) where = `${path.relative(root, o.file)}:${o.line}`;
    } else if (f.url) {
      where = `${where}:${f.lineNumber + 1}`;
    }
    const name = f.functionName || (f.url ? '(anonymous)' : f.functionName || '(program)');
    const key = `${name} ${where}`.trim();
    keyOf.set(n.id, key);
    describe.set(key, { function: name, where });
  }

  // The window of the measured analyses: from the first to the last sample under `measuredAnalyses`
  // (garbage collection inside it counts; loading and warm-up before it do not).
  const inWindow = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at))
      if (nodes.get(at).callFrame.functionName === 'measuredAnalyses') return true;
    return false;
  };
  let first = profile.samples.findIndex(inWindow);
  let last = profile.samples.findLastIndex(inWindow);
  if (first < 0) [first, last] = [0, profile.samples.length - 1];

  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  for (let i = first; i <= last; i++) {
    const us = profile.timeDeltas[i + 1] ?? 0; // time until the next sample belongs to this one
    total += us;
    const id = profile.samples[i];
    self.set(keyOf.get(id), (self.get(keyOf.get(id)) ?? 0) + us);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf.get(at);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  // Time under `analyze` by the first named function it calls (through its stage wrappers and the
  // analysis of each block): the pipeline's stages, and the join of a long text's blocks.
  const wrapper = (name) => name === 'stage' || name.startsWith('stage.') || name === 'analyzeBlock';
  const byStage = new Map();
  for (let i = first; i <= last; i++) {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const stack = [];
    for (let at = profile.samples[i]; at !== undefined; at = parent.get(at)) stack.push(nodes.get(at).callFrame.functionName);
    const top = stack.lastIndexOf('analyze');
    if (top < 0) continue;
    let name = 'analyze (itself)';
    for (let k = top - 1; k >= 0; k--) {
      if (stack[k] && !wrapper(stack[k])) {
        name = stack[k];
        break;
      }
    }
    byStage.set(name, (byStage.get(name) ?? 0) + us);
  }
  const byFile = new Map();
  for (const [key, us] of self) {
    const where = describe.get(key).where;
    const file = where.startsWith('src/') ? where.replace(/:\d+$/, '') : where ? '(other JavaScript)' : key;
    byFile.set(file, (byFile.get(file) ?? 0) + us);
  }
  const entry = ([key, us]) => ({
    ...describe.get(key),
    selfMs: us / 1000,
    selfShare: us / total,
    totalMs: (inclusive.get(key) ?? 0) / 1000,
  });
  return {
    profiledMs: total / 1000,
    hottest: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(entry),
    byStage: stagesWithOther(byStage, total),
    byFile: [...byFile]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([file, us]) => ({ file, selfMs: us / 1000, selfShare: us / total })),
  };
}

/** Stages in order of time; those under 0.5% (functions inlined into a stage) are summed as one line. */
function stagesWithOther(byStage, total) {
  const stages = [];
  let other = 0;
  for (const [stage, us] of [...byStage].sort((a, b) => b[1] - a[1])) {
    if (us / total < 0.005) other += us;
    else stages.push({ stage, ms: us / 1000, share: us / total });
  }
  if (other > 0) stages.push({ stage: '(other, under 0.5% each)', ms: other / 1000, share: other / total });
  return stages;
}

export function printProfile(p) {
  const lines = [];
  lines.push(
    `CPU profile of analyze() over ${(p.bytes / MB).toFixed(2)} MB: ${p.runs} run${p.runs === 1 ? '' : 's'}, median ${p.ms.toFixed(0)} ms; ${p.profiledMs.toFixed(0)} ms sampled`,
  );
  lines.push('  self ms   self %  total ms  function  (source)');
  for (const h of p.hottest) {
    lines.push(
      `${h.selfMs.toFixed(0).padStart(9)} ${(100 * h.selfShare).toFixed(1).padStart(7)}% ${h.totalMs.toFixed(0).padStart(9)}  ${shorten(h.function)}  ${h.where}`,
    );
  }
  lines.push('  by pipeline stage (time under analyze; garbage collection is counted apart):');
  for (const st of p.byStage ?? [])
    lines.push(`${st.ms.toFixed(0).padStart(9)} ${(100 * st.share).toFixed(1).padStart(7)}%  ${st.stage}`);
  lines.push('  by source file (self time):');
  for (const f of p.byFile)
    lines.push(`${f.selfMs.toFixed(0).padStart(9)} ${(100 * f.selfShare).toFixed(1).padStart(7)}%  ${shorten(f.file)}`);
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const mb = Number(process.argv[2] ?? 1);
  await buildCoreBundle();
  console.log(printProfile(profileOurs(Math.round(mb * MB))));
}
