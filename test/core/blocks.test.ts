// Long texts are analysed in blocks and joined: where the cuts fall, and that the join reads as one analysis.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { Annotations } from '../../src/core';
import { BLOCK_SIZE, blockRanges } from '../../src/core/blocks';
import { strictAnalyze } from './strictAnalyze';
import { seedPath } from '../fixtures';

const SEED = seedPath();

/** The text of each cut: the characters either side of it. */
const cutsOf = (text: string, ranges: [number, number][]) =>
  ranges.slice(1).map(([from]) => JSON.stringify(text.slice(from - 3, from + 3)));

describe('blocks: where a long text is cut', () => {
  it('leaves a text of up to a block and a half whole', () => {
    assert.deepEqual(blockRanges('', 100), [[0, 0]]);
    const text = 'word '.repeat(30);
    assert.deepEqual(blockRanges(text, 100), [[0, 150]]);
    assert.equal(blockRanges('x'.repeat(BLOCK_SIZE * 1.5)).length, 1);
  });

  it('covers the text end to end, each block starting where the last ended', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} has some words in it.`).join('\n\n');
    const ranges = blockRanges(text, 100);
    assert.ok(ranges.length > 5);
    assert.equal(ranges[0][0], 0);
    assert.equal(ranges[ranges.length - 1][1], text.length);
    for (let i = 1; i < ranges.length; i++) assert.equal(ranges[i][0], ranges[i - 1][1]);
  });

  it('cuts before a blank line, any kind of line break, so that the next block starts with its paragraph', () => {
    for (const between of ['\n\n', '\r\n\r\n', '\n \t\n', '\r\r', '\u2029']) {
      const text = Array.from({ length: 20 }, (_, i) => `Sentence ${i} ends here.\nIt goes on.`).join(between);
      const ranges = blockRanges(text, 60);
      for (const [from] of ranges.slice(1)) {
        assert.ok(
          text.startsWith(between, from),
          `${JSON.stringify(between)}: cut at ${cutsOf(text, [
            [0, 0],
            [from, 0],
          ])}`,
        );
        assert.match(text[from - 1], /\S/);
      }
    }
  });

  it('prefers the first break of two or more blank lines, where a file of articles puts its breaks', () => {
    const article = (i: number) =>
      Array.from({ length: 4 }, (_, p) => `Article ${i}, paragraph ${p}, has a few words.`).join('\n\n');
    const text = Array.from({ length: 12 }, (_, i) => article(i)).join('\n\n\n\n');
    const ranges = blockRanges(text, article(0).length);
    assert.ok(ranges.length > 4);
    for (const [from] of ranges.slice(1))
      assert.ok(
        text.startsWith('\n\n\n\nArticle', from),
        `cut at ${cutsOf(text, [
          [0, 0],
          [from, 0],
        ])}`,
      );
  });

  it('cuts before a paragraph that starts afresh rather than one whose pronoun or quotation leans on the one before', () => {
    const paragraphs = [
      'Anna Berg met reporters in the town hall on Monday.',
      'He said the bridge would reopen.',
      '“It is safe,” she added.',
      'Their plan was approved.',
      'Residents returned home.',
    ];
    const text = Array.from({ length: 8 }, () => paragraphs.join('\n\n')).join('\n\n');
    const ranges = blockRanges(text, 120);
    assert.ok(ranges.length > 3);
    for (const [from] of ranges.slice(1))
      assert.match(
        text.slice(from + 2),
        /^(Anna|Residents)/,
        `cut at ${cutsOf(text, [
          [0, 0],
          [from, 0],
        ])}`,
      );
  });

  it('prefers, among single line breaks, one after a sentence and before a line that starts afresh', () => {
    const lines = [
      'Anna Berg met reporters in the town hall on Monday',
      'and spoke of the flood.',
      'He said the bridge would reopen.',
      'Residents returned home.',
    ];
    const text = Array.from({ length: 8 }, () => lines.join('\n')).join('\n');
    const ranges = blockRanges(text, 100);
    assert.ok(ranges.length > 3);
    for (const [from] of ranges.slice(1))
      assert.match(
        text.slice(from + 1),
        /^(Anna|Residents)/,
        `cut at ${cutsOf(text, [
          [0, 0],
          [from, 0],
        ])}`,
      );
  });

  it('cuts a text without line breaks after a sentence, not inside a figure such as "12 345"', () => {
    const text = 'The count reached 12 345 people and 2 1/2 tonnes of aid. '.repeat(20);
    const ranges = blockRanges(text, 100);
    assert.ok(ranges.length > 3);
    for (const [from] of ranges.slice(1))
      assert.ok(
        text.startsWith(' The count', from),
        `cut at ${cutsOf(text, [
          [0, 0],
          [from, 0],
        ])}`,
      );
  });

  it('never leaves a last block shorter than half a block, and takes any block size without looping', () => {
    assert.deepEqual(blockRanges(`${'a'.repeat(149_990)}\n\nTail text.`), [[0, 150_002]]);
    for (const size of [0, -5, 0.5, 1, NaN]) {
      const ranges = blockRanges('😀 word '.repeat(100), size);
      assert.ok(ranges.length > 1 && ranges.length < 100, `size ${size}: ${ranges.length} blocks`);
    }
    assert.equal(blockRanges('word '.repeat(1000), Infinity).length, 1);
  });

  it('cuts before a line when no blank line is near, then at a space, then anywhere but inside a surrogate pair', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Line ${i} of a list`).join('\n');
    for (const [from] of blockRanges(lines, 50).slice(1)) assert.equal(lines[from], '\n');
    const spaced = 'word '.repeat(100);
    for (const [from] of blockRanges(spaced, 50).slice(1)) assert.equal(spaced[from], ' ');
    const emoji = '😀'.repeat(200);
    const ranges = blockRanges(emoji, 51);
    assert.ok(ranges.length > 2);
    for (const [from] of ranges.slice(1)) assert.equal(from % 2, 0, `cut at ${from} splits a pair`);
  });
});

describe('blocks: the joined analysis', () => {
  const seed = fs.readFileSync(SEED, 'utf8');

  it('reads the seed four times over, cut between the copies, exactly as the whole text', () => {
    const text = [seed, seed, seed, seed].join('\n\n\n');
    const blockSize = Math.floor(seed.length * 0.7);
    const ranges = blockRanges(text, blockSize);
    assert.ok(ranges.length >= 3);
    for (const [from] of ranges.slice(1))
      assert.ok(
        text.startsWith(`\n\n\n${seed}`, from),
        `cut at ${cutsOf(text, [
          [0, 0],
          [from, 0],
        ])}`,
      );
    const whole = strictAnalyze(text, {}, Infinity);
    assert.ok(
      whole.claims.some((c) => c.contestedBy.length > 0),
      'the seed has a denial that contests a claim',
    );
    assert.deepStrictEqual(JSON.parse(JSON.stringify(strictAnalyze(text, {}, blockSize))), JSON.parse(JSON.stringify(whole)));
  });

  /** Paragraphs without names, so that the blocks around them hold nothing but what a test puts there. */
  const filler = (n: number) =>
    Array.from({ length: n }, () => 'The water rose again overnight and the roads stayed closed.').join('\n\n');

  const entityNamed = (a: Annotations, name: string) => {
    const e = a.canonicalEntities.find((x) => x.name === name);
    assert.ok(e, `no entity ${name}; have ${a.canonicalEntities.map((x) => x.name).join(', ')}`);
    return e;
  };

  it('links a surname in a later block to the full name in an earlier one, and its claims to one source', () => {
    const text = `Finance Minister Maria Okafor said on Monday that the budget would pass.\n\n${filler(8)}\n\nMrs. Okafor said the vote would be held in May.`;
    const a = strictAnalyze(text, {}, 200);
    assert.ok(blockRanges(text, 200).length >= 3);
    const okafor = entityNamed(a, 'Maria Okafor');
    assert.deepEqual(
      okafor.mentions.map((m) => a.entities[m].text),
      ['Finance Minister Maria Okafor', 'Mrs. Okafor'],
    );
    assert.deepEqual(
      a.attributions.map((x) => [x.source?.text, x.sourceName, x.sourceEntityId]),
      [
        ['Finance Minister Maria Okafor', 'Maria Okafor', okafor.id],
        ['Mrs. Okafor', 'Maria Okafor', okafor.id],
      ],
    );
    assert.deepEqual(
      new Set(a.claims.filter((c) => c.attributionId !== null).map((c) => c.sourceKey)),
      new Set([`entity:${okafor.id}`]),
    );
  });

  it('gives an entity first named by a short form the fuller name a later block gives it, everywhere', () => {
    const text = `Mrs. Okafor said on Monday that the budget would pass.\n\n${filler(8)}\n\nFinance Minister Maria Okafor said the vote would be held in May.`;
    const a = strictAnalyze(text, {}, 200);
    const okafor = entityNamed(a, 'Maria Okafor');
    assert.equal(okafor.aliases[0], 'Maria Okafor');
    assert.deepEqual(
      okafor.mentions.map((m) => [a.entities[m].text, a.entities[m].entity]),
      [
        ['Mrs. Okafor', 'Maria Okafor'],
        ['Finance Minister Maria Okafor', 'Maria Okafor'],
      ],
    );
    assert.deepEqual(
      a.attributions.map((x) => x.sourceName),
      ['Maria Okafor', 'Maria Okafor'],
    );
    assert.deepEqual(
      a.claims.filter((c) => c.attributionId !== null).map((c) => c.sourceName),
      ['Maria Okafor', 'Maria Okafor'],
    );
  });

  it('keeps apart two people who share only a surname', () => {
    const text = `Maria Okafor said on Monday that the budget would pass.\n\n${filler(8)}\n\nSamuel Okafor said the vote would be held in May.\n\n${filler(8)}\n\nMrs. Okafor said it would not.`;
    const a = strictAnalyze(text, {}, 200);
    assert.ok(entityNamed(a, 'Maria Okafor').id !== entityNamed(a, 'Samuel Okafor').id);
  });

  it('does not join a second fuller name to an entity through the short name it used to have', () => {
    const text = `Mr. Okafor said on Monday that the budget would pass.\n\n${filler(8)}\n\nSamuel Okafor said the vote would be held in May.\n\n${filler(8)}\n\nAnna Maria Okafor said it would not.`;
    const a = strictAnalyze(text, {}, 200);
    const samuel = entityNamed(a, 'Samuel Okafor');
    assert.ok(samuel.id !== entityNamed(a, 'Anna Maria Okafor').id);
    assert.deepEqual(
      samuel.mentions.map((m) => a.entities[m].text),
      ['Mr. Okafor', 'Samuel Okafor'],
    );
  });

  it('links a denial to the claim it contests across a cut, by the sources the whole text tells apart', () => {
    const claim = 'Anna Berg said the bridge over the river was closed.';
    const denial = 'Peter Novak denied that the bridge over the river was closed.';
    for (const text of [
      `${claim}\n\n${filler(4)}\n\n${denial}`,
      `Peter Novak visited.\n\n${claim}\n\n${filler(4)}\n\n${denial}`,
      `${claim}\n\n${filler(4)}\n\nAnna Berg denied that the bridge over the river was closed.`,
    ]) {
      const whole = strictAnalyze(text, {}, Infinity);
      const inBlocks = strictAnalyze(text, {}, 150);
      assert.ok(blockRanges(text, 150).length >= 2);
      const links = (a: Annotations) => a.claims.map((c) => [c.sourceName, c.contestedBy.map((i) => a.claims[i].sourceName)]);
      assert.deepEqual(links(inBlocks), links(whole));
    }
    const contested = strictAnalyze(`${claim}\n\n${filler(4)}\n\n${denial}`, {}, 150).claims.filter((c) => c.contestedBy.length);
    assert.equal(contested.length, 2, 'the claim and its denial contest each other');
  });

  it('numbers entities in order of first mention and keeps every cross-reference valid', () => {
    const people = ['Anna Berg', 'Peter Novak', 'Li Tanaka', 'Noor Haddad'];
    const text = people.map((p, i) => `${p} said on Monday that ${i + 2} bridges were closed.\n\n${filler(3)}`).join('\n\n');
    const a = strictAnalyze(text, {}, 150);
    assert.deepEqual(
      a.canonicalEntities.filter((e) => e.type === 'person').map((e) => e.name),
      people,
    );
    a.canonicalEntities.forEach((e, id) => {
      assert.equal(e.id, id);
      for (const m of e.mentions) assert.equal(a.entities[m].entityId, id);
    });
    a.attributions.forEach((x, i) => {
      assert.equal(x.id, i);
      assert.equal(a.claims[x.claimId].attributionId, i);
      assert.equal(x.sourceName, people[i]);
    });
    a.claims.forEach((c, i) => assert.equal(c.id, i));
  });
});
