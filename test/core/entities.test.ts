// The rules that stay beside the tagger, each on names handed to it as the tagger would, so that a
// test fails only when the rule does; and wire copy read end to end.
import * as assert from 'node:assert/strict';
import { tokenize, splitSentences, type Token } from '../../src/core/tokenize';
import { applyNameRules } from '../../src/core/entities/rules';
import { CONTEXT, type Chunk } from '../../src/core/entities/chunk';
import type { EntityType } from '../../src/core/types';
import { LINE, lineKinds } from '../../src/core/entities/lines';
import { strictAnalyze } from './strictAnalyze';

/** The rules applied to `names` (each a phrase of the text and its type), as [text, type] pairs in text order. */
function withRules(text: string, names: [string, EntityType][]): [string, EntityType | null][] {
  const tokens = tokenize(text);
  splitSentences(tokens);
  const chunks = names.map(([phrase, type]) => chunkOf(text, tokens, phrase, type));
  const out = applyNameRules(text, tokens, new Uint8Array(tokens.length), chunks);
  out.sort((a, b) => a.first - b.first || b.last - a.last);
  return out.map((c) => [text.slice(tokens[c.first].start, tokens[c.last].end), c.type]);
}

function chunkOf(text: string, tokens: Token[], phrase: string, type: EntityType): Chunk {
  const start = text.indexOf(phrase);
  const first = tokens.findIndex((t) => t.start === start);
  const last = tokens.findIndex((t) => t.end === start + phrase.length);
  assert.ok(first >= 0 && last >= first, `no tokens for ${phrase}`);
  return { first, last, nameFirst: first, type, strength: CONTEXT };
}

describe('entity rules beside the tagger', () => {
  it('takes capitalised titles into a person mention, but not a nationality before them', () => {
    assert.deepEqual(
      withRules('Yesterday Prime Minister Ana Volk met Kenyan President Tom Walsh.', [
        ['Ana Volk', 'person'],
        ['Tom Walsh', 'person'],
      ]),
      [
        ['Prime Minister Ana Volk', 'person'],
        ['President Tom Walsh', 'person'],
      ],
    );
    assert.deepEqual(
      withRules('Then Mr. Okafor and Former Senator Ida Lund spoke.', [
        ['Okafor', 'person'],
        ['Ida Lund', 'person'],
      ]),
      [
        ['Mr. Okafor', 'person'],
        ['Former Senator Ida Lund', 'person'],
      ],
    );
  });

  it('takes a title of a department into the mention, and reads an office standing for its holder as a person', () => {
    assert.deepEqual(withRules('Minister of Culture Ada Obi left.', [['Ada Obi', 'person']]), [
      ['Minister of Culture Ada Obi', 'person'],
    ]);
    assert.deepEqual(withRules('The Secretary of State flew to Lima.', [['Lima', 'place']]), [
      ['Secretary of State', 'person'],
      ['Lima', 'place'],
    ]);
    assert.deepEqual(withRules('He met the Prime Minister, not the Deputy.', []), [['Prime Minister', 'person']]);
  });

  it('makes one organization of a name and a lower-case "group" after it', () => {
    assert.deepEqual(withRules('Fighters of the Crimson Dawn group left.', [['Crimson Dawn', 'place']]), [
      ['Crimson Dawn group', 'organization'],
    ]);
  });

  it('finds acronyms, head nouns and surnames of names the article gives in full', () => {
    assert.deepEqual(
      withRules('The Velmora Harbour Authority (VHA) met Ines Varga. The Authority and the VHA thanked Varga.', [
        ['Velmora Harbour Authority', 'organization'],
        ['Ines Varga', 'person'],
      ]),
      [
        ['Velmora Harbour Authority', 'organization'],
        ['VHA', 'organization'],
        ['Ines Varga', 'person'],
        ['Authority', 'organization'],
        ['VHA', 'organization'],
        ['Varga', 'person'],
      ],
    );
  });

  it('reads plural nationalities as groups of people and "the Syrian desert" as a place', () => {
    assert.deepEqual(withRules('Germans crossed the Syrian desert.', []), [
      ['Germans', 'person'],
      ['Syrian desert', 'place'],
    ]);
  });

  it('drops names inside adjectives such as "pro-Moscow"', () => {
    assert.deepEqual(
      withRules('The pro-Moscow camp met in Riga.', [
        ['Moscow', 'place'],
        ['Riga', 'place'],
      ]),
      [['Riga', 'place']],
    );
  });

  it('reads the capitals opening a wire story as the place it was filed from', () => {
    assert.deepEqual(withRules('KESTRIN (Wire Agency) - Talks ended.', [['Wire Agency', 'organization']]), [
      ['KESTRIN', 'place'],
      ['Wire Agency', 'organization'],
    ]);
    assert.deepEqual(withRules('NAIROBI 2020-05-01\nTalks ended.', []), [['NAIROBI', 'place']]);
  });
});

describe('wire layout', () => {
  it('marks ALL-CAPS lines, datelines, table rows and cells', () => {
    const text = 'FLOODS HIT TOWNS\nOSLO (Agency) - Rain fell.\nNorway\t3\t1\t2\nA plain line follows here.';
    const tokens = tokenize(text);
    splitSentences(tokens);
    const kinds = lineKinds(text, tokens);
    const at = (word: string) => kinds[tokens.findIndex((t) => t.text === word)];
    assert.ok(at('FLOODS') & LINE.capitals && at('FLOODS') & LINE.start);
    assert.ok(at('OSLO') & LINE.dateline);
    assert.ok(!(at('Rain') & LINE.dateline));
    assert.ok(at('Norway') & LINE.table);
    assert.ok(at('3') & LINE.cellStart);
    assert.ok(!(at('plain') & (LINE.capitals | LINE.table)));
  });
});

describe('the tagger in the engine', () => {
  const entities = (text: string, knowledge?: Parameters<typeof strictAnalyze>[1]) =>
    strictAnalyze(text, knowledge).entities.map((e) => [e.text, e.type]);

  it('tags people, organizations and places in ordinary news sentences', () => {
    assert.deepEqual(entities('Maria Lopez, a lawyer, flew from Nairobi to Paris on Monday for talks at the World Bank.'), [
      ['Maria Lopez', 'person'],
      ['Nairobi', 'place'],
      ['Paris', 'place'],
      ['World Bank', 'organization'],
    ]);
  });

  it("lets the reader's own names win over the tagger", () => {
    assert.deepEqual(
      entities('Paris Velde wrote to Nairobi.', { knowledge: { entities: [{ name: 'Paris Velde', type: 'organization' }] } }),
      [
        ['Paris Velde', 'organization'],
        ['Nairobi', 'place'],
      ],
    );
  });

  it('keeps one type for a name throughout the article', () => {
    const a = strictAnalyze('Fighting reached the town of Zabrovka. Zabrovka is quiet now, and Zabrovka will rebuild.');
    const types = new Set(a.entities.filter((e) => e.text === 'Zabrovka').map((e) => e.type));
    assert.equal(types.size, 1);
  });

  it('reads a headline in capitals with the names in it', () => {
    const names = entities('MARIA LOPEZ WINS VOTE IN NAIROBI\n\nMaria Lopez won the vote in Nairobi on Sunday.');
    assert.ok(
      names.some(([text, type]) => text === 'NAIROBI' && type === 'place'),
      JSON.stringify(names),
    );
  });
});
