// One engine over one text in a fresh process: how much memory the analysis takes beyond what was
// in use before it (peak resident set growth), and how much its result keeps alive afterwards.
// usage: node --expose-gc bench/memory-child.mjs ENGINE BYTES   (prints one JSON line)
import { loadEngine } from './lib/engines.mjs';
import { articles, textOfSize } from './lib/corpus.mjs';

const [engineId, bytesArg] = process.argv.slice(2);
if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');

const engine = await loadEngine(engineId);
engine.run(articles()[0].text); // compile the engine's code paths before measuring
const { text, bytes } = textOfSize(Number(bytesArg));
globalThis.gc();
globalThis.gc();
const before = process.memoryUsage();
const maxRssBefore = process.resourceUsage().maxRSS * 1024;
const start = performance.now();
const kept = engine.run(text);
const ms = performance.now() - start;
const maxRssAfter = process.resourceUsage().maxRSS * 1024;
globalThis.gc();
const after = process.memoryUsage();
console.log(
  JSON.stringify({
    engine: engineId,
    bytes,
    ms,
    found: engine.found(kept),
    // The high-water mark was set by the analysis itself (not by loading), so peakGrowth is its peak.
    peakFromRun: maxRssAfter > maxRssBefore,
    rssBefore: before.rss,
    maxRssBefore,
    maxRssAfter,
    // Growth of the resident set's high-water mark over what was resident just before the run.
    peakGrowth: Math.max(0, maxRssAfter - Math.max(before.rss, 0)),
    heapUsedBefore: before.heapUsed,
    heapUsedAfter: after.heapUsed,
  }),
);
