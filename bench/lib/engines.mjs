// The analysers compared, each reduced to one call over a text (`run`, returning its output) and a count
// of what it found (`found`, read so that no output can be skipped as unused).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { root } from './corpus.mjs';

const require = createRequire(import.meta.url);

/** The engine (src/core) bundled alone, as the extension and the CLI carry it. */
export const CORE_BUNDLE = path.join(root, 'dist/bench/core.cjs');

/** Builds the engine bundle; returns its largest inputs (bytes each contributes to the output). */
export async function buildCoreBundle() {
  const { build } = await import('esbuild');
  const { metafile } = await build({
    metafile: true,
    entryPoints: [path.join(root, 'src/core/index.ts')],
    outfile: CORE_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
  });
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
  return Object.entries(output.inputs)
    .map(([input, { bytesInOutput }]) => ({ input, bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
}

function packageVersion(name) {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** News Lens: the full `analyze` (entities, numbers, time, attributions, claims). */
export function ours() {
  if (!fs.existsSync(CORE_BUNDLE)) throw new Error(`missing ${CORE_BUNDLE}: build it first`);
  const { analyze } = require(CORE_BUNDLE);
  return {
    id: 'ours',
    label: 'News Lens analyze',
    version: JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version,
    run: (text) => analyze(text),
    found: (a) => a.entities.length + a.numbers.length + a.times.length + a.attributions.length + a.claims.length,
  };
}

/** wink-nlp with its English lite model, running only the stages read back: sentences, parts of speech, entities. */
export function wink() {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
  const its = nlp.its;
  return {
    id: 'wink',
    label: 'wink-nlp (sbd, pos, ner)',
    version: packageVersion('wink-nlp'),
    run: (text) => {
      const doc = nlp.readDoc(text);
      return { doc, entities: doc.entities().out(), sentences: doc.sentences().out(), pos: doc.tokens().out(its.pos) };
    },
    found: (r) => r.entities.length + r.sentences.length + r.pos.length,
  };
}

/** compromise: people, places, organizations, numbers and quotations. */
export async function compromise() {
  const nlp = (await import('compromise')).default;
  return {
    id: 'compromise',
    label: 'compromise',
    version: packageVersion('compromise'),
    run: (text) => {
      const doc = nlp(text);
      return {
        doc,
        people: doc.people().out('array'),
        places: doc.places().out('array'),
        organizations: doc.organizations().out('array'),
        numbers: doc.numbers().out('array'),
        quotations: doc.quotations().out('array'),
      };
    },
    found: (r) => r.people.length + r.places.length + r.organizations.length + r.numbers.length + r.quotations.length,
  };
}

export async function loadEngine(id) {
  if (id === 'ours') return ours();
  if (id === 'wink') return wink();
  if (id === 'compromise') return compromise();
  throw new Error(`unknown engine: ${id}`);
}
