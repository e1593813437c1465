// One rule at a time, on sentences written for the rule.
import * as assert from 'node:assert/strict';
import { strictAnalyze } from './strictAnalyze';
import { splitSentences, tokenize } from '../../src/core/tokenize';

const numbers = (text: string) => strictAnalyze(text).numbers.map((n) => [n.text, n.value, n.qualifier, n.counts]);
const times = (text: string) => strictAnalyze(text).times.map((t) => t.text);
const attributions = (text: string) =>
  strictAnalyze(text).attributions.map((a) => ({
    cue: a.cue.text,
    source: a.source?.text ?? null,
    who: a.sourceName,
    content: a.content.map((c) => c.text),
    stance: a.stance,
    direct: a.direct,
  }));

describe('tokens and sentences', () => {
  it('splits possessives, keeps hyphenated names and initialisms, and counts UTF-16 units', () => {
    const text = 'Syria’s al-Assad met U.S. envoys 😀 in 2018.';
    const tokens = tokenize(text);
    assert.deepEqual(
      tokens.map((t) => t.text),
      ['Syria', '’s', 'al', '-', 'Assad', 'met', 'U.S.', 'envoys', '😀', 'in', '2018', '.'],
    );
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it('does not end a sentence at a title abbreviation or an initial', () => {
    const text = 'Dr. Jane B. Smith arrived. She spoke to Mr. Jones on Tuesday! Then she left?';
    const tokens = tokenize(text);
    const sentences = splitSentences(tokens).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(sentences, ['Dr. Jane B. Smith arrived.', 'She spoke to Mr. Jones on Tuesday!', 'Then she left?']);
  });

  it('keeps a closing quote with its sentence and treats headline lines as sentences', () => {
    const text = 'Crane falls in city\n\n“It was terrible.” The mayor spoke.';
    const sentences = splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(sentences, ['Crane falls in city', '“It was terrible.”', 'The mayor spoke.']);
  });
});

describe('numbers', () => {
  it('reads digits, separators, decimals and scales', () => {
    assert.deepEqual(numbers('Officials counted 1,250 ballots and 3.5 million votes.'), [
      ['1,250', 1250, 'exact', 'ballots'],
      ['3.5 million', 3500000, 'exact', 'votes'],
    ]);
  });

  it('reads number words, dozens and compound words', () => {
    assert.deepEqual(numbers('Twenty-five soldiers and two hundred and fifty sailors joined a dozen pilots.'), [
      ['Twenty-five', 25, 'exact', 'soldiers'],
      ['two hundred and fifty', 250, 'exact', 'sailors'],
      ['a dozen', 12, 'exact', 'pilots'],
    ]);
  });

  it('includes qualifiers in the span', () => {
    assert.deepEqual(
      numbers('At least 12 people died, nearly 40 were hurt and about 300 homes burned.').map((n) => [n[0], n[2]]),
      [
        ['At least 12', 'at least'],
        ['nearly 40', 'nearly'],
        ['about 300', 'about'],
      ],
    );
  });

  it('keeps vague amounts without a value but with bounds', () => {
    const a = strictAnalyze('Hundreds of families fled and several thousand troops moved in.');
    assert.deepEqual(
      a.numbers.map((n) => [n.text, n.value, n.qualifier, n.low, n.high]),
      [
        ['Hundreds', null, 'approximate', 200, 999],
        ['several thousand', null, 'approximate', 2000, 9000],
      ],
    );
  });

  it('knows percentages and money', () => {
    const a = strictAnalyze('Turnout rose 12 percent to 64% as donors gave $2.5 million and 40 euros.');
    assert.deepEqual(
      a.numbers.map((n) => [n.text, n.value, n.unit, n.unitName ?? null]),
      [
        ['12 percent', 12, 'percent', null],
        ['64%', 64, 'percent', null],
        ['$2.5 million', 2500000, 'currency', 'USD'],
        ['40 euros', 40, 'currency', 'EUR'],
      ],
    );
  });

  it('does not count "one" used as a pronoun or in fixed phrases', () => {
    assert.deepEqual(numbers('No one knew; one of them left and one another greeted; one soldier stayed.'), [
      ['one', 1, 'exact', 'soldier'],
    ]);
  });
});

describe('time expressions', () => {
  it('finds dates, weekdays, relative periods and deictic days', () => {
    assert.deepEqual(times('On March 3, 2019 and Friday morning, then last week, earlier this year, since 1999 and yesterday.'), [
      'March 3, 2019',
      'Friday morning',
      'last week',
      'earlier this year',
      'since 1999',
      'yesterday',
    ]);
  });

  it('does not count years as numbers', () => {
    assert.deepEqual(numbers('In 2016, 40 villages voted.'), [['40', 40, 'exact', 'villages']]);
  });
});

// Entities: test/core/entities.test.ts (rules and the engine) and test/core/tagger.test.ts (the tagger).

describe('attributions', () => {
  it('reads "X said that C"', () => {
    assert.deepEqual(attributions('Police chief Maria Lopez said that the road would reopen.'), [
      {
        cue: 'said',
        source: 'Police chief Maria Lopez',
        who: 'Maria Lopez',
        content: ['the road would reopen'],
        stance: 'asserts',
        direct: false,
      },
    ]);
  });

  it('reads "C, X said" and "C, said X"', () => {
    assert.deepEqual(
      attributions('The dam held overnight, officials said. Water levels are falling, said Tom Walsh, a local engineer.').map(
        (a) => [a.cue, a.source, a.content[0]],
      ),
      [
        ['said', 'officials', 'The dam held overnight'],
        ['said', 'Tom Walsh', 'Water levels are falling'],
      ],
    );
  });

  it('reads "according to X" before and after the content', () => {
    assert.deepEqual(
      attributions('According to the Red Cross, 40 people were rescued. The storm weakened, according to forecasters.').map(
        (a) => [a.source, a.content[0]],
      ),
      [
        ['the Red Cross', '40 people were rescued'],
        ['forecasters', 'The storm weakened'],
      ],
    );
  });

  it('reads direct quotes, split quotes and resolves pronouns to the last person', () => {
    const got = attributions('Maria Lopez arrived late. “We are ready,” she told reporters, “and we will stay.”');
    assert.deepEqual(got, [
      {
        cue: 'told',
        source: 'she',
        who: 'Maria Lopez',
        content: ['“We are ready,”', '“and we will stay.”'],
        stance: 'asserts',
        direct: true,
      },
    ]);
  });

  it('marks denials and the claims they contest', () => {
    const a = strictAnalyze('The ministry said a ceasefire was agreed on Monday. Rebel leaders denied a ceasefire was agreed.');
    assert.deepEqual(
      a.attributions.map((x) => x.stance),
      ['asserts', 'denies'],
    );
    const [claim, denial] = a.attributions.map((x) => a.claims[x.claimId]);
    assert.deepEqual(claim.contestedBy, [denial.id]);
    assert.deepEqual(denial.contestedBy, [claim.id]);
  });

  it('gives an elided subject the previous source: "X could not say ..., but said C"', () => {
    assert.deepEqual(
      attributions('Tom Walsh could not confirm the toll, but said rescuers were searching.').map((a) => [
        a.cue,
        a.source,
        a.stance,
        a.content[0],
      ]),
      [
        ['could not confirm', 'Tom Walsh', 'uncertain', 'the toll'],
        ['said', 'Tom Walsh', 'asserts', 'rescuers were searching'],
      ],
    );
  });

  it('does not take nouns that look like verbs for cues', () => {
    assert.deepEqual(attributions('The claims were false and the report was late.'), []);
  });
});

describe('analysis limits', () => {
  it('analyses only up to maxLength and says so', () => {
    const a = strictAnalyze('Maria Lopez spoke. Tom Walsh replied.', { maxLength: 18 });
    assert.equal(a.truncated, true);
    assert.equal(a.length, 18);
    assert.deepEqual(
      a.entities.map((e) => e.text),
      ['Maria Lopez'],
    );
  });
});

describe('user knowledge', () => {
  const knowledge = {
    entities: [
      { name: 'Jane Okafor-Smith', type: 'person' as const, aliases: ['JOS'] },
      { name: 'Daily Ledger', type: 'organization' as const, aliases: ['the Ledger'] },
    ],
  };

  it("marks the user's entities and aliases with the user's names and types", () => {
    const a = strictAnalyze('JOS wrote in the Ledger that Jane Okafor-Smith would run. Okafor-Smith agreed.', { knowledge });
    assert.deepEqual(
      a.entities.map((e) => [e.text, e.type, e.entity]),
      [
        ['JOS', 'person', 'Jane Okafor-Smith'],
        ['the Ledger', 'organization', 'Daily Ledger'],
        ['Jane Okafor-Smith', 'person', 'Jane Okafor-Smith'],
        ['Okafor-Smith', 'person', 'Jane Okafor-Smith'],
      ],
    );
  });

  it('changes nothing without knowledge', () => {
    const a = strictAnalyze('JOS wrote in the Ledger that Jane Okafor-Smith would run.');
    assert.ok(a.entities.every((e) => e.text !== 'the Ledger' && e.entity !== 'Daily Ledger'));
  });
});

describe('user reporting verbs', () => {
  it("reads the user's verbs and their inflections as cues", () => {
    const text = 'The mayor opined that the bridge was safe.';
    assert.deepEqual(strictAnalyze(text).attributions.length, 0);
    const a = strictAnalyze(text, { knowledge: { reportingVerbs: ['opine'] } });
    assert.deepEqual(
      a.attributions.map((x) => [x.cue.text, x.source?.text, x.content.map((c) => c.text)]),
      [['opined', 'The mayor', ['the bridge was safe']]],
    );
  });
});
