// The benchmark's results as an aligned text report (terminal) and as markdown (bench/results/latest.md).

const ENGINE_IDS = ['ours', 'wink', 'compromise'];

function fmt(value, digits = 2) {
  if (value === null || value === undefined) return '–';
  return Number(value).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Long names (a regular expression's source) cut to fit a table. */
export function shorten(name, max = 70) {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

function throughputCell(cell) {
  if (!cell) return '–';
  if (cell.status === 'measured')
    return `${fmt(cell.mbPerS, 3)} MB/s (${fmt(cell.msPerMB, 0)} ms/MB, ${cell.runs} run${cell.runs === 1 ? '' : 's'})`;
  if (cell.status === 'extrapolated') return `${fmt(cell.mbPerS, 3)} MB/s (${fmt(cell.msPerMB, 0)} ms/MB)*`;
  if (cell.status === 'skipped' && cell.projectedMs) return `not run (projected ${fmt(cell.projectedMs / 1000, 0)} s)`;
  return `${cell.status}${cell.note ? `: ${cell.note}` : ''}`;
}

function ratioCell(value) {
  return value === null || value === undefined ? '–' : `${fmt(value, value >= 10 ? 0 : 2)}x`;
}

/** The sections of the report, each a title, a table (header + rows) and notes. */
function sections(r) {
  const label = (id) => r.engines[id].label;
  const out = [];

  const seed = r.seedArticle;
  out.push({
    title: `Seed article (${seed.name}, ${fmt(seed.bytes, 0)} bytes), warm`,
    header: ['engine', 'median', 'p10', 'p90', 'CPU median', 'runs'],
    rows: ENGINE_IDS.filter((id) => seed.engines[id]).map((id) => {
      const s = seed.engines[id];
      return [
        label(id),
        `${fmt(s.medianMs, 3)} ms`,
        `${fmt(s.p10Ms, 3)} ms`,
        `${fmt(s.p90Ms, 3)} ms`,
        `${fmt(s.cpuMedianMs, 3)} ms`,
        String(s.runs),
      ];
    }),
    notes: ['After 100 warm-up runs; median of the timed runs.'],
  });

  out.push({
    title: 'Throughput (median of runs after a warm-up; higher MB/s is better)',
    header: ['size', ...ENGINE_IDS.map(label), 'ours/wink', 'ours/compromise'],
    rows: r.throughput.map((row) => [
      `${row.label} (${fmt(row.bytes / 1e6, 2)} MB)`,
      ...ENGINE_IDS.map((id) => throughputCell(row.engines[id])),
      ratioCell(row.ratios.oursOverWink),
      ratioCell(row.ratios.oursOverCompromise),
    ]),
    notes: [
      'Ratios are speed ratios (ours / theirs): above 1 means News Lens is faster.',
      ...r.throughput.flatMap((row) =>
        ENGINE_IDS.filter((id) => row.engines[id]?.status === 'extrapolated').map(
          (id) => `* ${label(id)} at ${row.label}: extrapolated, ${row.engines[id].note}.`,
        ),
      ),
      ...r.throughput.flatMap((row) =>
        ENGINE_IDS.filter((id) => row.engines[id]?.status === 'skipped').map(
          (id) => `${label(id)} at ${row.label}: ${row.engines[id].note}.`,
        ),
      ),
      ...r.throughput.flatMap((row) =>
        ENGINE_IDS.filter((id) => row.engines[id]?.warmUp === 'smaller sizes only').map(
          (id) => `${label(id)} at ${row.label}: no same-size warm-up (a run is long); the smaller sizes warmed the code.`,
        ),
      ),
    ],
  });

  out.push({
    title: 'Throughput by process CPU time (user + system, all threads; less disturbed by other load on the machine)',
    header: ['size', ...ENGINE_IDS.map(label), 'ours/wink', 'ours/compromise'],
    rows: r.throughput.map((row) => [
      row.label,
      ...ENGINE_IDS.map((id) => {
        const cell = row.engines[id];
        if (!cell?.cpuMsPerMB) return cell?.status === 'skipped' ? 'not run' : '–';
        return `${fmt(1000 / cell.cpuMsPerMB, 3)} MB/s (${fmt(cell.cpuMsPerMB, 0)} ms/MB)${cell.status === 'extrapolated' ? '*' : ''}`;
      }),
      ratioCell(row.cpuRatios?.oursOverWink),
      ratioCell(row.cpuRatios?.oursOverCompromise),
    ]),
    notes: [],
  });

  out.push({
    title: 'Scaling (ms per MB at each size; flatness = largest measured / 100 KB, 1.00 is flat; growth exponent 1.00 is linear)',
    header: ['engine', ...r.throughput.map((row) => row.label), 'flatness', 'CPU-time flatness', 'growth exponent'],
    rows: ENGINE_IDS.map((id) => {
      const s = r.scaling[id];
      return [
        label(id),
        ...r.throughput.map((row) => {
          const cell = row.engines[id];
          if (!cell) return '–';
          if (cell.status === 'measured') return fmt(cell.msPerMB, 0);
          if (cell.status === 'extrapolated') return `${fmt(cell.msPerMB, 0)}*`;
          if (cell.projectedMsPerMB) return `~${fmt(cell.projectedMsPerMB, 0)} (projected)`;
          return cell.status;
        }),
        s.flatness === null ? '–' : `${fmt(s.flatness, 2)}x${s.allSizesMeasured ? '' : ` (to ${s.largestMeasured})`}`,
        s.cpuFlatness === null || s.cpuFlatness === undefined ? '–' : `${fmt(s.cpuFlatness, 2)}x`,
        s.growth.map((g) => `${g.from}→${g.to}: ${fmt(g.exponent, 2)}`).join(', ') || '–',
      ];
    }),
    notes: [],
  });

  out.push({
    title: 'Memory (one fresh Node process per engine and size)',
    header: ['engine', 'size', 'peak RSS growth', 'per MB of text', 'retained heap per MB (result kept)'],
    rows: r.memory.map((m) =>
      m.status === 'measured'
        ? [
            label(m.engine),
            m.size,
            `${fmt(m.peakRssGrowthMB, 1)} MB${m.peakFromRun ? '' : ' (at most)'}`,
            `${fmt(m.peakRssGrowthPerMBText, 1)} MB`,
            `${fmt(m.retainedHeapPerMBText, 1)} MB`,
          ]
        : [label(m.engine), m.size, m.status, m.note ?? '', ''],
    ),
    notes: [
      'Peak RSS growth: high-water mark of the resident set over what was resident just before the run. "(at most)": the mark was set before the run, so the run peaked lower.',
      'Below 1 MB the fixed cost of a run (young generation, caches) dominates the figure per MB.',
    ],
  });

  out.push({
    title: 'Bundle size and load time',
    header: ['what', 'value'],
    rows: [
      ...Object.entries(r.bundle).map(([file, b]) => [file, b ? `${fmt(b.kB, 1)} KB (gzip ${fmt(b.gzipKB, 1)} KB)` : 'missing']),
      [
        r.load.extensionModuleLoad.label ?? 'extension module load',
        r.load.extensionModuleLoad.status === 'measured'
          ? `${fmt(r.load.extensionModuleLoad.medianMs, 1)} ms (median of ${r.load.extensionModuleLoad.runs} fresh processes)`
          : `${r.load.extensionModuleLoad.status}: ${r.load.extensionModuleLoad.note ?? ''}`,
      ],
      [
        'engine bundle load (fresh Node process)',
        r.load.engine.status === 'measured'
          ? `${fmt(r.load.engine.medianMs, 1)} ms`
          : `${r.load.engine.status}: ${r.load.engine.note ?? ''}`,
      ],
      [
        'first analysis of the seed article (fresh Node process)',
        r.load.engine.status === 'measured' ? `${fmt(r.load.engine.firstAnalysisMedianMs, 1)} ms` : '–',
      ],
    ],
    notes: [
      "The editor's own activation is measured by the editor tests; this is only the cost of loading the bundle in Node.",
      ...(r.engineBundleInputs?.length
        ? [
            `Largest parts of the engine bundle: ${r.engineBundleInputs
              .slice(0, 5)
              .map((i) => `${i.input} ${fmt(i.kB, 0)} KB`)
              .join(', ')}.`,
          ]
        : []),
    ],
  });

  out.push({
    title: 'Targets (reported, not enforced)',
    header: ['target', 'measured', 'status'],
    rows: r.targets.map((t) => [t.target, t.value ?? '–', t.status]),
    notes: r.targets.length ? [`Status judged on ${r.targets[0].basis}.`] : [],
  });
  return out;
}

function preamble(r) {
  const m = r.machine;
  return [
    `Node ${m.node}, ${m.platform}, ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB; load average ${m.loadAverageAtStart} at start, ${m.loadAverageAtEnd} at end); commit ${m.commit ?? 'unknown'}${m.uncommittedSourceChanges ? ' with uncommitted changes in src/' : ''}; ${m.generatedAt}`,
    `Text: ${r.text.source} (${r.text.articles.map((a) => `${a.name}, ${fmt(a.bytes, 0)} bytes`).join('; ')}); ${r.text.mb}.`,
    `Engines: ${Object.values(r.engines)
      .map((e) => `${e.label} ${e.version}`)
      .join(', ')}.`,
  ];
}

export function textReport(r) {
  const lines = ['News Lens benchmark', ...preamble(r)];
  for (const s of sections(r)) {
    lines.push('', s.title);
    const widths = s.header.map((h, i) => Math.max(h.length, ...s.rows.map((row) => String(row[i]).length)));
    const line = (cells) => `  ${cells.map((c, i) => String(c).padEnd(widths[i])).join('  ')}`.trimEnd();
    lines.push(line(s.header), `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`, ...s.rows.map(line));
    for (const n of s.notes) lines.push(`  ${n}`);
  }
  return lines.join('\n');
}

export function markdownReport(r) {
  const escape = (c) => String(c).replaceAll('|', '\\|');
  const lines = [
    '# News Lens benchmark',
    '',
    'Written by `npm run bench` (bench/run.mjs); the same figures are in latest.json.',
    '',
    ...preamble(r).map((p) => `- ${p}`),
  ];
  for (const s of sections(r)) {
    lines.push(
      '',
      `## ${s.title}`,
      '',
      `| ${s.header.map(escape).join(' | ')} |`,
      `| ${s.header.map(() => '---').join(' | ')} |`,
    );
    for (const row of s.rows) lines.push(`| ${row.map(escape).join(' | ')} |`);
    if (s.notes.length) lines.push('', ...s.notes.map((n) => `- ${n}`));
  }
  for (const p of r.profiles ?? []) {
    if (!p.hottest) continue;
    lines.push('', `## Where the time goes: CPU profile at ${fmt(p.bytes / 1e6, 2)} MB (${p.reason})`, '');
    lines.push(
      `${p.runs} warm run${p.runs === 1 ? '' : 's'} of analyze, median ${fmt(p.ms, 0)} ms; ${fmt(p.profiledMs, 0)} ms sampled. Self time by function, time by pipeline stage, then self time by source file.`,
      '',
    );
    lines.push('| self ms | self % | total ms | function | source |', '| ---: | ---: | ---: | --- | --- |');
    for (const h of p.hottest)
      lines.push(
        `| ${fmt(h.selfMs, 0)} | ${fmt(100 * h.selfShare, 1)}% | ${fmt(h.totalMs, 0)} | ${escape(shorten(h.function))} | ${escape(h.where)} |`,
      );
    lines.push('', '| ms | share | stage (time under analyze, garbage collection apart) |', '| ---: | ---: | --- |');
    for (const st of p.byStage ?? []) lines.push(`| ${fmt(st.ms, 0)} | ${fmt(100 * st.share, 1)}% | ${escape(st.stage)} |`);
    lines.push('', '| self ms | self % | source file |', '| ---: | ---: | --- |');
    for (const f of p.byFile) lines.push(`| ${fmt(f.selfMs, 0)} | ${fmt(100 * f.selfShare, 1)}% | ${escape(shorten(f.file))} |`);
  }
  return `${lines.join('\n')}\n`;
}
