// The statistical tagger's parts, on data written here: BILOU decoding, features, the model file,
// and training that is deterministic and learns.
import * as assert from 'node:assert/strict';
import { tokenize, splitSentences } from '../../src/core/tokenize';
import { FeatureExtractor, SLOTS } from '../../src/core/entities/features';
import { FormTable, shapeOf } from '../../src/core/entities/forms';
import { LABELS, OUTSIDE, allowed, constrained, labelOf, viterbi, BEGIN, LAST, UNIT } from '../../src/core/entities/labels';
import { MODEL_FORMAT, readModel, writeModel } from '../../src/core/entities/model';
import { Tagger } from '../../src/core/entities/tagger';
import { prepare, type RawDocument } from '../../src/train/corpus';
import { Perceptron, random } from '../../src/train/perceptron';

const extractorFor = () => new FeatureExtractor(new FormTable(new Map()));

function features(text: string) {
  const tokens = tokenize(text);
  splitSentences(tokens);
  const f = extractorFor().extract(text, tokens, new Uint8Array(tokens.length));
  const segments: string[][] = [];
  for (let s = 0; s < f.segmentCount; s++) {
    const words: string[] = [];
    for (let p = f.segments[2 * s]; p <= f.segments[2 * s + 1]; p++) words.push(tokens[f.tokenAt[p]].text);
    segments.push(words);
  }
  return { tokens, f, segments };
}

/** The form's own feature hashes of the candidate at token `i`. */
function ownFeatures(f: ReturnType<typeof features>['f'], tokenIndex: number, count: number): number[] {
  for (let p = 0; p < f.count; p++)
    if (f.tokenAt[p] === tokenIndex) return Array.from(f.features.subarray(p * SLOTS, p * SLOTS + count));
  throw new Error(`token ${tokenIndex} is no candidate`);
}

describe('BILOU decoding', () => {
  it('allows only well-formed label sequences', () => {
    const per = (part: number) => labelOf(0, part);
    assert.ok(allowed(OUTSIDE, per(BEGIN)));
    assert.ok(allowed(per(BEGIN), per(LAST)));
    assert.ok(!allowed(per(BEGIN), OUTSIDE));
    assert.ok(!allowed(OUTSIDE, per(LAST)));
    assert.ok(!allowed(per(BEGIN), labelOf(1, LAST)));
  });

  it('finds the best sequence under the constraints, not the best label of each position', () => {
    // Position 0 prefers B-PER, position 1 prefers O: B followed by O is forbidden, so the best legal
    // path is U-PER then O (or O, O when U scores too low).
    const emissions = new Float32Array(2 * LABELS);
    emissions[labelOf(0, BEGIN)] = 5;
    emissions[labelOf(0, UNIT)] = 4;
    emissions[LABELS + OUTSIDE] = 3;
    const labels = new Uint8Array(2);
    const scratch = () => new Float32Array(LABELS);
    viterbi(
      emissions,
      constrained(new Float32Array(LABELS * LABELS)),
      0,
      1,
      labels,
      new Uint8Array(2 * LABELS),
      scratch(),
      scratch(),
    );
    assert.deepEqual([...labels], [labelOf(0, UNIT), OUTSIDE]);
  });
});

describe('tagger features', () => {
  it('makes candidates of capitalised runs with their joiners, within a sentence', () => {
    const { segments } = features('the mayor of Port Ellery met Ana de la Cruz and Hallam Lodge. then nothing happened');
    assert.deepEqual(segments, [
      ['Port', 'Ellery'],
      ['Ana', 'de', 'la', 'Cruz', 'and', 'Hallam', 'Lodge'],
    ]);
  });

  it('fills every slot, unused ones with -1, and gives the same word the same features in the same context', () => {
    const { f } = features('Tarvik Olm spoke. Tarvik Olm spoke.');
    assert.equal(f.features.length >= f.count * SLOTS, true);
    const first = Array.from(f.features.subarray(0, SLOTS));
    const again = Array.from(f.features.subarray(2 * SLOTS, 3 * SLOTS));
    assert.ok(first.includes(-1));
    assert.equal(first.filter((h) => h !== -1).length > 20, true);
    // The second sentence's first word has a different left context (a full stop, not the start).
    assert.notDeepEqual(first, again);
    assert.deepEqual(first.slice(0, 5), again.slice(0, 5));
  });

  it('reads a word of an ALL-CAPS line as its title-case form', () => {
    const caps = features('FLOODS REACH VELMORA\nOfficials in Velmora said so.');
    const plain = caps.tokens.findIndex((t, i) => i > 2 && t.text === 'Velmora');
    assert.deepEqual(ownFeatures(caps.f, 2, 5), ownFeatures(caps.f, plain, 5));
  });

  it('writes word shapes with one mark per run of a kind of character', () => {
    assert.deepEqual(['Velmora', 'NATO', 'U.S.', 'F-16', "O'Neill"].map(shapeOf), ['Xx', 'X', 'X.X.', 'X-d', "X'Xx"]);
  });
});

describe('the model file', () => {
  const parts = () => {
    const weights = new Float32Array((1 << 4) * LABELS);
    weights[3 * LABELS + 2] = 1.5;
    weights[3 * LABELS + 5] = -0.75;
    weights[9 * LABELS] = 0.01;
    const transitions = new Float32Array(LABELS * LABELS).map((_, i) => i / 100);
    return { bits: 4, weights, transitions, clusters: new Map([['harbour', 12345]]), info: { note: 'test' }, minimum: 0.05 };
  };

  it('reads back what it wrote, leaving out rows of negligible weights', () => {
    const model = readModel(writeModel(parts()));
    assert.equal(model.header.rows, 1);
    assert.equal(model.header.note, 'test');
    const row = model.rowOf[3];
    assert.ok(Math.abs(model.scales[row] * model.weights[row * LABELS + 2] - 1.5) < 0.02);
    assert.ok(Math.abs(model.scales[row] * model.weights[row * LABELS + 5] + 0.75) < 0.02);
    assert.equal(model.rowOf[9], -1);
    assert.equal(model.clusters.get('harbour'), 12345);
    assert.ok(Math.abs(model.transitions[7] - 0.07) < 1e-6);
  });

  it('refuses a model of another format with a message that says what to do', () => {
    const bytes = writeModel(parts());
    new DataView(bytes.buffer).setUint32(6, MODEL_FORMAT + 1, true);
    assert.throws(() => readModel(bytes), new RegExp(`format ${MODEL_FORMAT + 1}.*reads format ${MODEL_FORMAT}.*npm run train`));
    assert.throws(() => readModel(new Uint8Array(64)), /Not a News Lens entity model/);
  });
});

describe('training', function () {
  // Training runs a few epochs; a loaded machine needs more than the default two seconds.
  this.timeout(30_000);
  // A tiny corpus: invented people and places in a few patterns.
  const people = ['Tarvik Olm', 'Mira Sendal', 'Joss Haverin', 'Pell Auster', 'Rina Voskel', 'Dario Quint'];
  const places = ['Velmora', 'Kestrin', 'Ostavel', 'Brunholt', 'Lirrak', 'Sarneth'];
  const corpus: RawDocument[] = people.map((person, i) => {
    const place = places[i];
    const text = `${person} arrived in ${place} on a train. Crowds in ${place} greeted ${person} warmly.`;
    const spans = [
      { start: 0, end: person.length, label: 'PER' as const },
      { start: text.indexOf(place), end: text.indexOf(place) + place.length, label: 'LOC' as const },
      { start: text.lastIndexOf(place), end: text.lastIndexOf(place) + place.length, label: 'LOC' as const },
      { start: text.lastIndexOf(person), end: text.lastIndexOf(person) + person.length, label: 'PER' as const },
    ];
    return { id: `doc${i}`, source: 'test', text, spans };
  });

  const train = () => {
    const extractor = extractorFor();
    const documents = corpus.map((d) => prepare(d, extractor, { stripTitles: false }));
    const perceptron = new Perceptron(16);
    const rng = random(3);
    for (let e = 0; e < 5; e++) perceptron.epoch(documents, rng);
    return perceptron.averaged();
  };

  it('gives the same weights from the same data and seed', () => {
    const a = train();
    const b = train();
    assert.deepEqual(a.transitions, b.transitions);
    assert.ok(a.weights.every((w, i) => w === b.weights[i]));
  });

  it('learns to tag names it never saw in the patterns it saw', () => {
    const w = train();
    const model = readModel(writeModel({ ...w, clusters: new Map(), info: {}, minimum: 0 }));
    const text = 'Corin Walde arrived in Tessaly on a train.';
    const tokens = tokenize(text);
    splitSentences(tokens);
    const names = new Tagger(model).tag(text, tokens, new Uint8Array(tokens.length));
    assert.deepEqual(
      names.map((n) => [text.slice(tokens[n.first].start, tokens[n.last].end), n.type]),
      [
        ['Corin Walde', 0],
        ['Tessaly', 2],
      ],
    );
  });
});
