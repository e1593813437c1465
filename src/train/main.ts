// `npm run train`: trains the entity tagger on ../shared/train/ner and writes models/entities.bin.
// Reproducible: a fixed seed orders the data; prints corpus sizes, epochs, time, held-out scores
// (a tenth of the training documents, never ../shared/eval) and the model's size.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FeatureExtractor } from '../core/entities/features';
import { FormTable } from '../core/entities/forms';
import { writeModel } from '../core/entities/model';
import { prepare, type RawDocument, type TrainingDocument } from './corpus';
import { evaluate } from './evaluate';
import { Perceptron, random } from './perceptron';
import { SOURCES, type Source } from './sources';
import { readClusters } from './clusters';
import { upperCaseLines } from './augment';

interface Options {
  trainDir: string;
  out: string;
  clusters: string;
  bits: number;
  epochs: number;
  seed: number;
  minimum: number;
  dropout: number;
  /** Source weights in place of SOURCES' ("gum.jsonl=4,btc.jsonl=0.5"), for experiments. */
  weights: Map<string, number>;
}

function parseArgs(root: string): Options {
  const args = process.argv.slice(2);
  const value = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
  };
  return {
    trainDir: value('train', process.env.NEWS_LENS_TRAIN ?? path.resolve(root, '../shared/train/ner')),
    out: value('out', path.join(root, 'models/entities.bin')),
    clusters: value('clusters', path.join(root, 'models/word-clusters.txt')),
    bits: Number(value('bits', '20')),
    epochs: Number(value('epochs', '12')),
    seed: Number(value('seed', '7')),
    minimum: Number(value('minimum', '2')),
    dropout: Number(value('dropout', '0')),
    weights: new Map(
      value('weights', '')
        .split(',')
        .filter(Boolean)
        .map((pair) => [pair.split('=')[0], Number(pair.split('=')[1])] as [string, number]),
    ),
  };
}

/** A tenth of each source's documents, chosen by a hash of the id, is held out. */
function heldOut(id: string): boolean {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % 10 === 0;
}

function readSource(dir: string, source: Source): RawDocument[] {
  const file = path.join(dir, source.file);
  if (!fs.existsSync(file)) throw new Error(`Missing training file ${file}`);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const r = JSON.parse(line) as RawDocument;
      return { id: r.id, source: source.file, text: r.text, spans: r.spans };
    });
}

function main(): void {
  // The bundle runs from out/.
  const root = path.resolve(__dirname, '..');
  const o = parseArgs(root);
  const started = Date.now();
  const clusters = readClusters(o.clusters);
  const extractor = new FeatureExtractor(new FormTable(clusters, Infinity));
  const rng = random(o.seed);
  const train: TrainingDocument[] = [];
  const held: TrainingDocument[] = [];
  const heldBySource = new Map<string, TrainingDocument[]>();
  console.log(`Training data: ${o.trainDir}; word clusters: ${clusters.size} words`);
  const sources = SOURCES.map((s) => ({ ...s, weight: o.weights.get(s.file) ?? s.weight }));
  for (const source of sources) {
    if (source.weight <= 0) continue;
    const raw = readSource(o.trainDir, source);
    let tokens = 0;
    let names = 0;
    let lost = 0;
    for (const doc of raw) {
      const options = { stripTitles: source.titlesInside, maskWords: source.maskWords };
      const prepared = prepare(doc, extractor, options);
      tokens += prepared.gold.length;
      names += prepared.names;
      lost += prepared.lost;
      if (heldOut(doc.id)) {
        held.push(prepared);
        heldBySource.set(source.file, [...(heldBySource.get(source.file) ?? []), prepared]);
        continue;
      }
      for (let copy = 0; copy < Math.floor(source.weight) + (rng() < source.weight % 1 ? 1 : 0); copy++) train.push(prepared);
      if (rng() < source.capitals) {
        const upper = upperCaseLines(doc, rng);
        if (upper) train.push(prepare(upper, extractor, options));
      }
    }
    console.log(
      `  ${source.file}: ${raw.length} documents, ${tokens} candidate tokens, ${names} names (${lost} not expressible), weight ${source.weight}`,
    );
  }
  console.log(`${train.length} training documents, ${held.length} held out; features read in ${seconds(started)} s`);
  const perceptron = new Perceptron(o.bits, o.dropout, random(o.seed + 1));
  for (let e = 1; e <= o.epochs; e++) {
    const t = Date.now();
    const wrong = perceptron.epoch(train, rng);
    const scores = evaluate(held, perceptron.averaged()).all;
    console.log(`epoch ${e}: ${(100 * wrong).toFixed(1)}% segments wrong, held-out F1 ${scores.F1} (${seconds(t)} s)`);
  }
  const weights = perceptron.averaged();
  const final = evaluate(held, weights);
  console.log('Held-out scores (exact names, P/R/F1):');
  for (const [type, s] of Object.entries(final))
    console.log(`  ${type}: ${s.P}/${s.R}/${s.F1} (gold ${s.gold}, predicted ${s.predicted})`);
  const bySource: Record<string, number> = {};
  for (const [file, docs] of heldBySource) {
    bySource[file] = evaluate(docs, weights).all.F1;
    console.log(`  ${file}: F1 ${bySource[file]}`);
  }
  const bytes = writeModel({
    bits: o.bits,
    weights: weights.weights,
    transitions: weights.transitions,
    clusters,
    minimum: o.minimum,
    info: {
      sources: sources.filter((s) => s.weight > 0).map((s) => ({ file: s.file, weight: s.weight })),
      epochs: o.epochs,
      dropout: o.dropout,
      seed: o.seed,
      heldOut: { all: final.all, bySource },
    },
  });
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, bytes);
  console.log(
    `Wrote ${path.relative(process.cwd(), o.out)}: ${(bytes.length / 1024 / 1024).toFixed(2)} MB; total ${seconds(started)} s`,
  );
}

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

main();
