// The worker protocol gives back exactly the analysis it was handed: the items' texts sliced from
// the analysed text or sent once in the string table, lists split over pieces, odd values intact.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { type Annotations } from '../../src/core';
import { strictAnalyze } from './strictAnalyze';
import { seedPath } from '../fixtures';
import { packedSpans } from '../../src/core/packedSpans';
import { tokenize } from '../../src/core/tokenize';
import { PieceAssembler, toPieces, transferables } from '../../src/worker/protocol';

const SEED = seedPath();

/** Packs and unpacks through structured cloning, as a worker message would travel. */
function roundTrip(a: Annotations, source: string | undefined, itemsPerPiece?: number): Annotations {
  const assembler = new PieceAssembler(source);
  for (const piece of toPieces(a, source, itemsPerPiece)) {
    assert.ok(transferables(piece).every((b) => b instanceof ArrayBuffer));
    assembler.add(structuredClone(piece));
  }
  return assembler.result();
}

describe('worker protocol', () => {
  const seed = fs.readFileSync(SEED, 'utf8');
  const hostile = [
    'Ünïcödé “quotes” said Zoë — 😀 emoji 😀 and \u0000 nul, \uD800 lone surrogate.',
    'Dr. O\'Neil said on 3/4/2020 that 1e308 and -0 and 2.5 million people, about 40%, "would go."',
    'He said: "".',
    '',
    'x'.repeat(50) + ' said Anna Berg. '.repeat(40),
  ].join('\n\n');

  for (const [name, text] of [
    ['the seed', seed],
    ['hostile text', hostile],
    ['the seed with hostile text', `${hostile}\n\n${seed}\n\n${hostile}`],
  ] as const) {
    it(`gives back the analysis of ${name}, texts sliced or sent`, () => {
      const a = strictAnalyze(text);
      assert.ok(a.entities.length + a.times.length > 0 || name === 'hostile text');
      for (const source of [text, undefined]) {
        for (const size of [undefined, 7, 1]) assert.deepEqual(roundTrip(a, source, size), a);
      }
    });
  }

  it('sends the tokens as the engine packed them, without building a token object', () => {
    const a = strictAnalyze(seed);
    const pairs = packedSpans(a, 'tokens');
    assert.ok(pairs && pairs.length > 0, 'the engine keeps its tokens packed');
    assert.equal(toPieces(a, seed)[0].spans?.tokens, pairs);
    assert.equal(packedSpans(a, 'tokens'), pairs, 'the tokens are still unread');
    // Read, they are the tokenizer's spans, and the JSON export has them.
    assert.deepEqual(
      a.tokens,
      tokenize(seed).map(({ start, end }) => ({ start, end })),
    );
    assert.equal(packedSpans(a, 'tokens'), undefined);
    assert.equal((JSON.parse(JSON.stringify(strictAnalyze(seed))) as Annotations).tokens.length, a.tokens.length);
  });

  it('keeps the key order of every item, for the JSON export', () => {
    const a = strictAnalyze(seed);
    assert.equal(JSON.stringify(roundTrip(a, seed, 5)), JSON.stringify(a));
  });

  it('sends each distinct string once and leaves texts out when the editor can slice them', () => {
    const text = `${seed}\n\n${seed}`;
    const a = strictAnalyze(text);
    const pieces = toPieces(a, text);
    const strings = pieces.flatMap((p) => p.packed?.strings ?? []);
    assert.equal(new Set(strings).size, strings.length);
    const texts = new Set([...a.entities, ...a.times, ...a.claims.map((c) => c.span)].map((m) => m.text));
    assert.ok(
      [...texts]
        .filter((t) => t.length > 0)
        .every(
          (t) =>
            !strings.includes(t) ||
            a.canonicalEntities.some((e) => e.name === t || e.aliases.includes(t)) ||
            a.claims.some((c) => c.sourceName === t || c.sourceKey === t),
        ),
    );
    assert.ok(
      pieces.every((p) => Object.values(p.items ?? {}).every((l) => l.length === 0)),
      'every list packed',
    );
  });

  it('keeps odd values exactly: undefined, -0, NaN, big and fractional numbers, texts that differ from the span', () => {
    const a = {
      ...strictAnalyze('Anna Berg said 40 people came.'),
      extra: [
        {
          start: 0,
          end: 4,
          text: 'not the text',
          value: -0,
          other: undefined,
          big: 2 ** 40,
          frac: 0.1,
          nan: NaN,
          nested: [[1, null, true, false]],
        },
      ],
    } as unknown as Annotations;
    const back = roundTrip(a, 'Anna Berg said 40 people came.') as unknown as { extra: Record<string, unknown>[] };
    assert.deepEqual(back, a);
    assert.ok(Object.is(back.extra[0].value, -0));
    assert.ok('other' in back.extra[0]);
  });

  it('sends as they are lists it cannot pack (class instances, sparse arrays)', () => {
    class Odd {
      start = 1;
    }
    const a = {
      ...strictAnalyze('Anna Berg said so.'),
      odd: [new Odd()],
      // eslint-disable-next-line no-sparse-arrays -- a hole is the case under test.
      sparse: [[1, , 3]],
    } as unknown as Annotations;
    const pieces = toPieces(a, undefined);
    assert.ok(pieces[0].items!.odd);
    const back = new PieceAssembler();
    for (const p of pieces) back.add(p);
    assert.deepEqual(back.result(), a);
  });
});
