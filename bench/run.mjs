// `npm run bench`: the engine's speed, memory, bundle size and load time, side by side with wink-nlp and
// compromise on the same news text. Prints a table and writes bench/results/latest.{json,md}.
//
// usage: node bench/run.mjs [--quick] [--no-profile] [--max-run-s=120] [--out=DIR]
//   --quick       100 KB and 1 MB only, fewer runs; results go to the system's temporary folder unless --out
//   --no-profile  never profile, even when a target is missed
//   --max-run-s   a size whose single run is projected to take longer is not run (reported as projected)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { MB, articles, corpus, root, textOfSize, utf8Bytes } from './lib/corpus.mjs';
import { CORE_BUNDLE, buildCoreBundle, loadEngine } from './lib/engines.mjs';
import { cpuMs, median, nowMs, quantile, round } from './lib/stats.mjs';
import { printProfile, profileOurs } from './profile.mjs';
import { markdownReport, textReport } from './report.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : fallback;
};
const QUICK = args.includes('--quick');
const PROFILE = !args.includes('--no-profile');
const MAX_RUN_MS = Number(option('max-run-s', 120)) * 1000;
const OUT_DIR = path.resolve(option('out', QUICK ? path.join(os.tmpdir(), 'newslens-bench') : path.join(here, 'results')));

const SIZES = [
  { label: '100 KB', bytes: 100_000, maxRuns: QUICK ? 7 : 21 },
  { label: '1 MB', bytes: 1_000_000, maxRuns: QUICK ? 3 : 9 },
  ...(QUICK ? [] : [{ label: '10 MB', bytes: 10_000_000, maxRuns: 5 }]),
];
/** compromise is measured up to this size; beyond it its time per MB is carried over, labelled. */
const COMPROMISE_MAX_BYTES = 1_000_000;
/** Time spent on one engine at one size, once the minimum runs are done. */
const CELL_BUDGET_MS = QUICK ? 5_000 : 20_000;
/** A warm-up at the same size is skipped above this projected run time (smaller sizes warmed the code). */
const SAME_SIZE_WARMUP_MAX_MS = 10_000;
/** The largest single run worth a CPU profile (profiling slows it further). */
const MAX_PROFILED_RUN_MS = 90_000;
/** Same-size warm-up: at least three runs and this long, at most WARMUP_MAX_RUNS runs. */
const WARMUP_MIN_MS = QUICK ? 500 : 1_000;
const WARMUP_MAX_RUNS = 10;
/** Above this single-run time, one measured run is taken instead of three. */
const SINGLE_RUN_ABOVE_MS = 20_000;

const log = (...m) => console.error(...m);

function describeMachine() {
  let commit = null;
  let dirty = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    dirty =
      execFileSync('git', ['status', '--porcelain', '--', 'src', 'scripts'], { cwd: root, encoding: 'utf8' }).trim().length > 0;
  } catch {
    /* not a git checkout */
  }
  const cpus = os.cpus();
  return {
    generatedAt: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    // Other processes on the machine slow every engine alike; the ratios are steadier than the absolute figures.
    loadAverageAtStart: round(os.loadavg()[0], 2),
    commit,
    uncommittedSourceChanges: dirty,
  };
}

/**
 * Warm-up runs at the same size (at least three and a second, unless a run is long), then timed runs
 * until the minimum is met and the budget or the maximum count is reached. No collection is forced
 * between runs: a forced full collection shrinks the young generation and makes the next run slower
 * than in steady use, and more so for engines that allocate more.
 */
function measure(engine, text, { maxRuns, projectedMs }) {
  let warmUp = 'same size';
  let warmMs = null;
  if (projectedMs === null || projectedMs <= SAME_SIZE_WARMUP_MAX_MS) {
    const warmStart = nowMs();
    for (let n = 0; n < WARMUP_MAX_RUNS; n++) {
      const t = nowMs();
      engine.found(engine.run(text));
      warmMs = nowMs() - t;
      if (warmMs > SAME_SIZE_WARMUP_MAX_MS || (n >= 2 && nowMs() - warmStart > WARMUP_MIN_MS)) break;
    }
  } else {
    warmUp = 'smaller sizes only';
  }
  const expected = warmMs ?? projectedMs;
  const minRuns = expected > SINGLE_RUN_ABOVE_MS ? 1 : 3;
  const times = [];
  const cpuTimes = [];
  let found = 0;
  const started = nowMs();
  while (times.length < minRuns || (times.length < maxRuns && nowMs() - started < CELL_BUDGET_MS)) {
    const c = cpuMs();
    const t = nowMs();
    const result = engine.run(text);
    times.push(nowMs() - t);
    cpuTimes.push(cpuMs() - c);
    found = engine.found(result);
  }
  return { warmUp, times, cpuTimes, found };
}

/** Seconds for one run at `bytes`, from the engine's earlier sizes (never less than linear growth). */
function project(history, bytes) {
  if (history.length === 0) return null;
  const last = history[history.length - 1];
  let exponent = 1;
  if (history.length >= 2) {
    const prev = history[history.length - 2];
    exponent = Math.max(1, Math.log(last.medianMs / prev.medianMs) / Math.log(last.bytes / prev.bytes));
  }
  return last.medianMs * (bytes / last.bytes) ** exponent;
}

function seedTimes(engines, seed) {
  const out = {};
  for (const engine of engines) {
    log(`  seed article: ${engine.label}`);
    for (let i = 0; i < 100; i++) engine.found(engine.run(seed.text));
    const times = [];
    const cpuTimes = [];
    const started = nowMs();
    while (times.length < 50 || (times.length < 1000 && nowMs() - started < 3_000)) {
      const c = cpuMs();
      const t = nowMs();
      const r = engine.run(seed.text);
      times.push(nowMs() - t);
      cpuTimes.push(cpuMs() - c);
      engine.found(r);
    }
    out[engine.id] = {
      runs: times.length,
      medianMs: round(median(times), 3),
      p10Ms: round(quantile(times, 0.1), 3),
      p90Ms: round(quantile(times, 0.9), 3),
      cpuMedianMs: round(median(cpuTimes), 3),
    };
  }
  return out;
}

function throughput(engines) {
  const history = Object.fromEntries(engines.map((e) => [e.id, []]));
  const rows = [];
  for (const size of SIZES) {
    const { text, bytes, copies } = textOfSize(size.bytes);
    const row = { label: size.label, targetBytes: size.bytes, bytes, copies, engines: {} };
    for (const engine of engines) {
      const mb = bytes / MB;
      if (engine.id === 'compromise' && size.bytes > COMPROMISE_MAX_BYTES) {
        const base = history.compromise.findLast((h) => h.bytes <= COMPROMISE_MAX_BYTES * 1.1);
        row.engines[engine.id] = base
          ? {
              status: 'extrapolated',
              from: base.label,
              msPerMB: round(base.msPerMB, 1),
              mbPerS: round(1000 / base.msPerMB, 3),
              medianMs: round(base.msPerMB * mb, 0),
              cpuMsPerMB: round(base.cpuMsPerMB, 1),
              note: `time per MB of the ${base.label} run, carried over`,
            }
          : { status: 'skipped', note: 'no smaller size measured' };
        continue;
      }
      const projectedMs = project(history[engine.id], bytes);
      if (projectedMs !== null && projectedMs > MAX_RUN_MS) {
        row.engines[engine.id] = {
          status: 'skipped',
          projectedMs: round(projectedMs, 0),
          projectedMsPerMB: round(projectedMs / mb, 1),
          note: `not run: one run projected at ${(projectedMs / 1000).toFixed(0)} s from the smaller sizes' growth`,
        };
        log(`  ${size.label}: ${engine.label} skipped (projected ${(projectedMs / 1000).toFixed(0)} s)`);
        continue;
      }
      log(`  ${size.label}: ${engine.label}${projectedMs ? ` (projected ${(projectedMs / 1000).toFixed(1)} s a run)` : ''}`);
      try {
        const m = measure(engine, text, { maxRuns: size.maxRuns, projectedMs });
        const medianMs = median(m.times);
        const cpuMedianMs = median(m.cpuTimes);
        history[engine.id].push({ label: size.label, bytes, medianMs, msPerMB: medianMs / mb, cpuMsPerMB: cpuMedianMs / mb });
        row.engines[engine.id] = {
          status: 'measured',
          runs: m.times.length,
          warmUp: m.warmUp,
          found: m.found,
          medianMs: round(medianMs, 1),
          minMs: round(Math.min(...m.times), 1),
          maxMs: round(Math.max(...m.times), 1),
          msPerMB: round(medianMs / mb, 1),
          mbPerS: round(mb / (medianMs / 1000), 3),
          cpuMedianMs: round(cpuMedianMs, 1),
          cpuMsPerMB: round(cpuMedianMs / mb, 1),
        };
      } catch (error) {
        row.engines[engine.id] = { status: 'failed', note: String(error?.message ?? error).slice(0, 200) };
        log(`  ${size.label}: ${engine.label} failed: ${error?.message ?? error}`);
      }
    }
    const ratio = (id, field) => {
      const o = row.engines.ours;
      const t = row.engines[id];
      return o?.status === 'measured' && o[field] && t?.[field] ? round(t[field] / o[field], 2) : null;
    };
    row.ratios = { oursOverWink: ratio('wink', 'msPerMB'), oursOverCompromise: ratio('compromise', 'msPerMB') };
    // The same ratios by process CPU time, which other load on the machine disturbs less.
    row.cpuRatios = { oursOverWink: ratio('wink', 'cpuMsPerMB'), oursOverCompromise: ratio('compromise', 'cpuMsPerMB') };
    rows.push(row);
  }
  return rows;
}

/** Time per MB across sizes: flat means the largest size costs no more per MB than the smallest. */
function scaling(rows, engineIds) {
  const out = {};
  for (const id of engineIds) {
    const measured = rows.filter((r) => r.engines[id]?.status === 'measured');
    const msPerMB = Object.fromEntries(
      rows.map((r) => [r.label, r.engines[id]?.msPerMB ?? r.engines[id]?.projectedMsPerMB ?? null]),
    );
    const growth = [];
    for (let i = 1; i < measured.length; i++) {
      const a = measured[i - 1];
      const b = measured[i];
      growth.push({
        from: a.label,
        to: b.label,
        exponent: round(Math.log(b.engines[id].medianMs / a.engines[id].medianMs) / Math.log(b.bytes / a.bytes), 2),
      });
    }
    const first = measured[0];
    const last = measured[measured.length - 1];
    out[id] = {
      msPerMB,
      largestMeasured: last?.label ?? null,
      // ms per MB at the largest measured size over that at the smallest: 1.0 is perfectly flat.
      flatness: first && last && first !== last ? round(last.engines[id].msPerMB / first.engines[id].msPerMB, 2) : null,
      cpuFlatness: first && last && first !== last ? round(last.engines[id].cpuMsPerMB / first.engines[id].cpuMsPerMB, 2) : null,
      // time ~ size^exponent between consecutive sizes: 1.0 is linear.
      growth,
      allSizesMeasured: measured.length === rows.length,
    };
  }
  return out;
}

function memory(rows) {
  const jobs = [];
  for (const r of rows) {
    if (r.engines.ours?.status === 'measured') jobs.push(['ours', r]);
  }
  const peerRow = rows.find((r) => r.targetBytes === 1_000_000) ?? rows[rows.length - 1];
  for (const id of ['wink', 'compromise']) if (peerRow.engines[id]?.status === 'measured') jobs.push([id, peerRow]);
  const out = [];
  for (const [id, r] of jobs) {
    log(`  memory: ${id} at ${r.label}`);
    const timeout = Math.round(Math.max(60_000, 5 * (r.engines[id].medianMs ?? 0) + 30_000));
    const child = spawnSync(process.execPath, ['--expose-gc', path.join(here, 'memory-child.mjs'), id, String(r.targetBytes)], {
      encoding: 'utf8',
      timeout,
    });
    if (child.status !== 0) {
      out.push({
        engine: id,
        size: r.label,
        status: 'failed',
        note: (child.stderr || String(child.error)).trim().split('\n').pop()?.slice(0, 200),
      });
      continue;
    }
    const m = JSON.parse(child.stdout.trim().split('\n').pop());
    const mb = m.bytes / MB;
    out.push({
      engine: id,
      size: r.label,
      bytes: m.bytes,
      status: 'measured',
      peakRssGrowthMB: round(m.peakGrowth / MB, 1),
      peakRssGrowthPerMBText: round(m.peakGrowth / MB / mb, 1),
      peakFromRun: m.peakFromRun,
      retainedHeapPerMBText: round((m.heapUsedAfter - m.heapUsedBefore) / MB / mb, 1),
    });
  }
  return out;
}

/** The bundles the build writes: the extension and the CLI, then any other top-level bundle (workers, web). */
function bundleSizes() {
  const listed = ['dist/extension.js', 'dist/cli.js'];
  for (const dir of ['dist', 'dist/web']) {
    const abs = path.join(root, dir);
    if (!fs.existsSync(abs)) continue;
    for (const f of fs.readdirSync(abs).sort()) {
      const rel = `${dir}/${f}`;
      if (f.endsWith('.js') && !listed.includes(rel)) listed.push(rel);
    }
  }
  const out = {};
  for (const f of listed) {
    const file = path.join(root, f);
    if (!fs.existsSync(file)) {
      out[f] = null;
      continue;
    }
    const data = fs.readFileSync(file);
    out[f] = { kB: round(data.length / 1024, 1), gzipKB: round(zlib.gzipSync(data, { level: 9 }).length / 1024, 1) };
  }
  return out;
}

function loadTimes(seed, runs) {
  const fresh = (mode, file) => {
    const times = [];
    const extra = [];
    for (let i = 0; i < runs; i++) {
      const child = spawnSync(process.execPath, [path.join(here, 'load-child.cjs'), mode, file, seed.file], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      if (child.status !== 0)
        return {
          status: 'failed',
          note: (child.stderr || String(child.error)).trim().split('\n').slice(0, 3).join(' ').slice(0, 300),
        };
      const r = JSON.parse(child.stdout.trim().split('\n').pop());
      times.push(r.loadMs);
      if (r.firstAnalysisMs !== undefined) extra.push(r.firstAnalysisMs);
    }
    return {
      status: 'measured',
      runs,
      medianMs: round(median(times), 1),
      ...(extra.length ? { firstAnalysisMedianMs: round(median(extra), 1) } : {}),
    };
  };
  log('  load times (fresh processes)');
  const extensionFile = path.join(root, 'dist/extension.js');
  return {
    extensionModuleLoad: fs.existsSync(extensionFile)
      ? { label: 'module load time (Node, vscode stubbed)', ...fresh('extension', extensionFile) }
      : { status: 'skipped', note: 'dist/extension.js missing: run the build' },
    engine: {
      label: 'engine bundle load, then first analysis of the seed article (fresh Node process)',
      ...fresh('core', CORE_BUNDLE),
    },
  };
}

/**
 * The targets, judged on the clock, or on process CPU time when the machine was busier than its cores
 * (other processes then stretch every engine's wall-clock time unevenly). Both figures are shown.
 */
function targets(machine, seedArticle, rows, scale) {
  const onCpu = Math.max(machine.loadAverageAtStart, machine.loadAverageAtEnd ?? 0) > machine.cores;
  const basis = onCpu ? 'process CPU time (machine busier than its cores)' : 'wall-clock time';
  const verdict = (ok) => (ok === null ? 'not measured' : ok ? 'met' : 'missed');
  const worst = (key, field) => {
    const values = rows.map((r) => r[field][key]).filter((x) => x !== null && x !== undefined);
    return values.length ? Math.min(...values) : null;
  };
  const ratioTarget = (target, key, threshold) => {
    const wall = worst(key, 'ratios');
    const cpu = worst(key, 'cpuRatios');
    const judged = onCpu ? cpu : wall;
    return {
      target,
      basis,
      value: wall === null ? null : `worst size: ${wall}x wall-clock, ${cpu}x CPU time`,
      status: verdict(judged === null ? null : judged >= threshold),
    };
  };
  const seed = seedArticle.engines.ours;
  const seedMs = seed ? (onCpu ? seed.cpuMedianMs : seed.medianMs) : null;
  const flat = scale.ours;
  const flatness = onCpu ? flat.cpuFlatness : flat.flatness;
  const flatOk = flat.allSizesMeasured ? (flatness === null ? null : flatness <= 1.25) : false;
  return [
    ratioTarget('full analysis at least as fast as wink-nlp (every size)', 'oursOverWink', 1),
    ratioTarget('at least 30x compromise (every size)', 'oursOverCompromise', 30),
    {
      target: 'seed article under 2 ms warm',
      basis,
      value: seed ? `${seed.medianMs} ms wall-clock, ${seed.cpuMedianMs} ms CPU time` : null,
      status: verdict(seedMs === null ? null : seedMs < 2),
    },
    {
      target: 'time per MB flat (largest size within 1.25x of 100 KB)',
      basis,
      value: flat.allSizesMeasured
        ? `${flat.flatness}x wall-clock, ${flat.cpuFlatness}x CPU time`
        : `largest size not run (${rows[rows.length - 1].engines.ours?.note ?? 'not measured'})`,
      status: verdict(flatOk),
    },
  ];
}

async function main() {
  const machine = describeMachine();
  log('building the engine bundle');
  const engineInputs = await buildCoreBundle();
  const shipped = articles();
  const seedFile = path.join(root, 'seeds', shipped[0].name);
  const engines = [await loadEngine('ours'), await loadEngine('wink'), await loadEngine('compromise')];
  const versions = Object.fromEntries(engines.map((e) => [e.id, { label: e.label, version: e.version }]));

  log('seed article, warm');
  const seedArticle = {
    name: shipped[0].name,
    bytes: utf8Bytes(shipped[0].text),
    engines: seedTimes(engines, { text: shipped[0].text }),
  };
  log('throughput');
  const rows = throughput(engines);
  const scale = scaling(
    rows,
    engines.map((e) => e.id),
  );
  log('memory (one fresh process per engine and size)');
  const mem = memory(rows);
  const load = loadTimes({ file: seedFile }, QUICK ? 3 : 9);
  const result = {
    machine,
    text: {
      source: 'seeds/*.txt repeated whole to each size',
      articles: shipped.map((a) => ({ name: a.name, bytes: utf8Bytes(a.text) })),
      unitBytes: utf8Bytes(corpus()),
      mb: '1 MB = 1,000,000 bytes of UTF-8 text',
    },
    engines: versions,
    seedArticle,
    throughput: rows,
    scaling: scale,
    memory: mem,
    bundle: bundleSizes(),
    engineBundleInputs: engineInputs.slice(0, 8).map((i) => ({ input: i.input, kB: round(i.bytes / 1024, 1) })),
    load,
    targets: null,
    profiles: [],
  };
  machine.loadAverageAtEnd = round(os.loadavg()[0], 2);
  result.targets = targets(machine, seedArticle, rows, scale);

  // A missed target gets a CPU profile: at 1 MB for the growth with size, at 100 KB for the per-token cost.
  const slowerThanWink = result.targets[0].status === 'missed';
  const notFlat = result.targets[3].status !== 'met';
  // The growth shows best at the largest size measured, if one run there is not too long to profile.
  const growthSize = rows
    .filter((r) => r.engines.ours?.status === 'measured' && r.engines.ours.medianMs <= MAX_PROFILED_RUN_MS)
    .pop();
  const wanted = [
    notFlat && { bytes: growthSize?.targetBytes ?? 1_000_000, reason: 'time per MB not flat' },
    slowerThanWink && { bytes: 100_000, reason: 'slower than wink-nlp' },
  ].filter(Boolean);
  result.profiles = [];
  for (const w of PROFILE ? wanted : []) {
    log(`profiling analyze at ${(w.bytes / MB).toFixed(1)} MB (${w.reason})`);
    try {
      result.profiles.push({ reason: w.reason, ...profileOurs(w.bytes) });
    } catch (error) {
      result.profiles.push({ reason: w.reason, failed: String(error?.message ?? error).slice(0, 300) });
    }
  }

  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(path.join(OUT_DIR, 'latest.md'), markdownReport(result));
  console.log(textReport(result));
  for (const p of result.profiles)
    console.log(p.hottest ? `\n${printProfile(p)}` : `\nprofile (${p.reason}) failed: ${p.failed}`);
  console.log(
    `\nwritten: ${path.relative(process.cwd(), path.join(OUT_DIR, 'latest.json'))}, ${path.relative(process.cwd(), path.join(OUT_DIR, 'latest.md'))}`,
  );
}

await main();
