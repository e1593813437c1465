// Bad input, limits and safety: the engine answers every text, and what it answers indexes that text.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { analyze, claimAt, marksAt, spanAt, type Annotations, type Span } from '../../src/core';
import { firstIndexWhere } from '../../src/core/query';
import { strictAnalyze } from './strictAnalyze';
import { MAX_SENTENCE_TOKENS, splitSentences, tokenize } from '../../src/core/tokenize';

// ── Invariants ──────────────────────────────────────────────────────────────────────────────────

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** An offset between the two halves of a surrogate pair. */
const splitsPair = (text: string, at: number) =>
  at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

/** Every span of an Annotations value, with where it was found. */
function allSpans(a: Annotations): { where: string; span: Span & { text?: string } }[] {
  const out: { where: string; span: Span & { text?: string } }[] = [];
  const add = (where: string, spans: readonly Span[]) => spans.forEach((span, i) => out.push({ where: `${where}[${i}]`, span }));
  add('sentences', a.sentences);
  add('tokens', a.tokens);
  add('entities', a.entities);
  add('descriptions', a.descriptions);
  add('numbers', a.numbers);
  a.numbers.forEach((n, i) => n.countsSpan && out.push({ where: `numbers[${i}].countsSpan`, span: n.countsSpan }));
  add('times', a.times);
  a.attributions.forEach((x, i) => {
    out.push({ where: `attributions[${i}].cue`, span: x.cue });
    if (x.source) out.push({ where: `attributions[${i}].source`, span: x.source });
    add(`attributions[${i}].content`, x.content);
  });
  a.claims.forEach((c, i) => out.push({ where: `claims[${i}].span`, span: c.span }));
  return out;
}

function assertSorted(where: string, spans: readonly Span[]): void {
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].start <= spans[i].start, `${where} not sorted at ${i}`);
}

function assertDisjoint(where: string, spans: readonly Span[]): void {
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start, `${where} ${i - 1} and ${i} overlap`);
}

const ENTITY_TYPES = new Set(['person', 'organization', 'place']);
const STANCES = new Set(['asserts', 'denies', 'uncertain']);
/** A word from one of the engine's closed lists: a string, never a value looked up by accident (a function from Object.prototype). */
const isLabel = (x: unknown) => typeof x === 'string' && /^[a-z][a-z ]*$/.test(x);

/** Everything the engine promises about its answer for `text`. */
function checkInvariants(text: string, a: Annotations): void {
  assert.equal(a.length, text.length);
  assert.equal(a.truncated, false);
  for (const { where, span } of allSpans(a)) {
    const { start, end } = span;
    assert.ok(Number.isInteger(start) && Number.isInteger(end), `${where}: offsets are not integers`);
    assert.ok(0 <= start && start <= end && end <= text.length, `${where}: ${start}..${end} outside 0..${text.length}`);
    assert.ok(!splitsPair(text, start) && !splitsPair(text, end), `${where}: ${start}..${end} splits a surrogate pair`);
    if (span.text !== undefined) assert.equal(span.text, text.slice(start, end), `${where}: text differs from the slice`);
  }
  for (const [where, spans] of [
    ['sentences', a.sentences],
    ['tokens', a.tokens],
    ['numbers', a.numbers],
    ['times', a.times],
  ] as const) {
    assertSorted(where, spans);
    assertDisjoint(where, spans);
  }
  for (const t of a.tokens)
    assert.ok(t.end > t.start && /\S/u.test(text.slice(t.start, t.end)), `empty or blank token at ${t.start}`);
  assertSorted('entities', a.entities);
  assertSorted('descriptions', a.descriptions);
  assertSorted(
    'claims',
    a.claims.map((c) => c.span),
  );
  // Mentions of one kind may nest ("Bank of France" holds "France" only as another kind) but never cross or repeat.
  for (const type of ['person', 'organization', 'place'] as const)
    assertDisjoint(
      `${type} mentions`,
      a.entities.filter((e) => e.type === type),
    );
  // A number is never also a time.
  const marked = [...a.numbers, ...a.times].sort((x, y) => x.start - y.start);
  assertDisjoint('numbers and times', marked);
  for (const e of [...a.entities, ...a.descriptions])
    assert.ok(ENTITY_TYPES.has(e.type) && typeof e.entity === 'string', `mention ${e.start}: ${e.type}`);
  for (const n of a.numbers) {
    assert.ok(n.value === null || Number.isFinite(n.value), `number ${n.text}: value ${n.value}`);
    assert.ok(
      isLabel(n.qualifier) && isLabel(n.unit) && (n.unitName === undefined || typeof n.unitName === 'string'),
      `number ${n.text}: ${String(n.qualifier)} ${String(n.unit)}`,
    );
    assert.ok(n.counts === null || typeof n.counts === 'string', `number ${n.text}: counts ${String(n.counts)}`);
  }
  for (const x of a.attributions)
    assert.ok(STANCES.has(x.stance) && typeof x.direct === 'boolean' && typeof x.sourceName === 'string', `attribution ${x.id}`);
  a.canonicalEntities.forEach((e, id) => {
    assert.equal(e.id, id);
    for (const m of e.mentions) assert.equal(a.entities[m]?.entityId, id, `entity ${id} lists mention ${m} of another entity`);
    for (let i = 1; i < e.mentions.length; i++)
      assert.ok(e.mentions[i - 1] < e.mentions[i], `entity ${id}: mentions out of text order`);
  });
  a.entities.forEach((m, i) => {
    assert.ok(a.canonicalEntities[m.entityId]?.mentions.includes(i), `mention ${i} missing from its entity`);
    assert.equal(m.entity, a.canonicalEntities[m.entityId].name);
  });
  a.attributions.forEach((x, i) => {
    assert.equal(x.id, i);
    assert.ok(x.content.length > 0, `attribution ${i} has no content`);
    assert.ok(
      x.sourceEntityId === null || a.canonicalEntities[x.sourceEntityId] !== undefined,
      `attribution ${i}: unknown source entity`,
    );
    assert.equal(a.claims[x.claimId]?.attributionId, i, `attribution ${i}: its claim does not point back`);
  });
  a.claims.forEach((c, i) => {
    assert.equal(c.id, i);
    if (c.sourceEntityId !== null) assert.equal(c.sourceKey, `entity:${c.sourceEntityId}`, `claim ${i}: source key`);
    for (const d of c.contestedBy)
      assert.notEqual(a.claims[d]?.sourceKey, c.sourceKey, `claim ${i}: contested by its own source`);
    assert.ok(
      c.attributionId === null || a.attributions[c.attributionId]?.claimId === i,
      `claim ${i}: its attribution does not point back`,
    );
    for (const d of c.contestedBy) assert.ok(a.claims[d] && d !== i, `claim ${i}: contested by unknown claim ${d}`);
  });
}

/** The analysis of `withCrlf` moved onto the same text with every \r\n made \n. */
function withoutCrlf(withCrlf: string, a: Annotations): unknown {
  const pairs: number[] = [];
  for (let k = withCrlf.indexOf('\r\n'); k >= 0; k = withCrlf.indexOf('\r\n', k + 2)) pairs.push(k);
  const shift = (offset: number) => offset - firstIndexWhere(pairs.length, (i) => pairs[i] >= offset);
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return value.replace(/\r\n/g, '\n');
    if (typeof value === 'number' && (key === 'start' || key === 'end' || key === 'length')) return shift(value);
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(a);
}

// ── Random news-like documents ────────────────────────────────────────────────────────────────────

const words = (s: string) => s.split('|');
const FIRST_NAMES = words('Anna|Peter|Maria|James|Li|Fatima|Carlos|Olga|Samuel|Noor|Elena|David');
const SURNAMES = words('Berg|Okafor|Novak|Haddad|Silva|Kowalski|Tanaka|Moreau|Jensen|Abara|de la Cruz|al-Rashid');
const TITLES = words(
  'President|Prime Minister|Minister|Dr.|Mr.|Mrs.|Ms.|Gen.|Senator|spokeswoman|spokesman|Chief Executive|Judge|Mayor',
);
const ORGANIZATIONS = words(
  'the Ministry of Health|United Nations|the Red Cross|Harbor Bank|the Water Board|NATO|U.N.|the World Bank|Acme Corp.|the army|police|the University of Lagos|the Central Bank',
);
const PLACES = words(
  'Paris|Kenya|Brazil|the United States|U.S.|New York|Northern Province|Cairo|Germany|Lake Victoria|southern Chile|Tokyo',
);
const CUES = words(
  'said|says|told reporters|told|according to|denied|claimed|added|announced|warned|insisted|declined to say|could not confirm|said in a statement|wrote|argued|stated|reported',
);
const TIMES = words(
  'on Monday|last week|May 3|in 2019|yesterday|at 5 p.m.|on Tuesday night|earlier this month|in March 2021|the next day|since 1990|two years ago',
);
const NUMBER_WORDS = words(
  'more than|about|nearly|at least|up to|less than|some|a few|hundreds of|two dozen|three|one|ten|a million|half|first|second|the 1990s',
);
const UNITS = words('million|billion|percent|%|people|buses|dollars|km|years old|votes|homes|tonnes');
const FUNCTION_WORDS = words(
  'the|a|an|that|and|or|of|in|on|to|he|she|they|it|was|were|is|not|people|officials|the plan|killed|injured|the report|residents|a source|the group|his|her|who|which|would|will|have',
);
const QUOTES = words('"|“|”|‘|’|\'|«|»|„|‹|›|「|」');
const PUNCTUATION = words('.|,|;|:|!|?|—|–|-|(|)|...|…|/|&|[|]|*|#|@');
const HOSTILE = [
  '\0',
  '\r',
  '\n',
  '\r\n',
  '\n\n',
  '\r\n\r\n',
  '\r\r',
  '\n\r',
  '\t',
  '\v',
  '\f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u00a0',
  '\u3000',
  '\ud800',
  '\udfff',
  '\udbff',
  '\udc00x',
  'a\ud83d',
  '\ude00b',
  '👩‍👩‍👧',
  '👍🏽',
  '👩🏿‍⚕️',
  '🇫🇷',
  '😀',
  '❤️',
  '1️⃣',
  '🏳️‍🌈',
  'مرحبا',
  'قال',
  'שלום',
  'אמר',
  '\u202e',
  '\u202d',
  '\u200e',
  '\u200f',
  '\u2066',
  '\u2069',
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u00ad',
  'e\u0301',
  '\u0301',
  'İ',
  'ß',
  'ﬁ',
  'ǅ',
  'Σ',
  '\x7f',
  '\x1b[31m',
  '\x07',
  '\ufffd',
  '\uffff',
  '\ufffe',
  '99999999999999999999999',
  '1e308',
  '-0',
  '0.000',
  '1,2,3,4',
  '1.2.3.4',
  '12:30:45',
  '½',
  '²',
  '٣',
  '१२',
  'NaN',
  'Infinity',
  'undefined',
  'null',
  '<script>',
  '${x}',
  '%s',
  '\\',
  '`',
];
/** Words that are also names of Object.prototype's members: word lists kept in plain objects answer `in` for them. */
const PROPERTY_NAMES = words(
  'constructor|__proto__|toString|hasOwnProperty|valueOf|isPrototypeOf|Constructor|The constructor|the toString|ToString',
);

const pick = (list: string[]) => fc.constantFrom(...list);
const number = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 0, max: 100_000 }).map(String),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => x.toFixed(2)),
  fc.tuple(fc.integer({ min: 1, max: 999 }), pick(UNITS)).map(([n, u]) => `${n} ${u}`),
  fc.integer({ min: 1, max: 99 }).map((n) => `$${n}.5 million`),
  fc.integer({ min: 1, max: 100 }).map((n) => `${n}%`),
  fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 51, max: 99 })).map(([a, b]) => `${a}-${b}`),
);
const piece = (withPropertyNames: boolean): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: pick(FUNCTION_WORDS) },
    { weight: 3, arbitrary: fc.tuple(pick(FIRST_NAMES), pick(SURNAMES)).map(([f, s]) => `${f} ${s}`) },
    { weight: 1, arbitrary: pick(SURNAMES) },
    { weight: 2, arbitrary: pick(TITLES) },
    { weight: 2, arbitrary: pick(ORGANIZATIONS) },
    { weight: 2, arbitrary: pick(PLACES) },
    { weight: 4, arbitrary: pick(CUES) },
    { weight: 2, arbitrary: pick(TIMES) },
    { weight: 2, arbitrary: pick(NUMBER_WORDS) },
    { weight: 3, arbitrary: number },
    { weight: 4, arbitrary: pick(QUOTES) },
    { weight: 4, arbitrary: pick(PUNCTUATION) },
    { weight: 3, arbitrary: pick(HOSTILE) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 4 }),
    },
    { weight: withPropertyNames ? 2 : 0, arbitrary: pick(PROPERTY_NAMES) },
  );
const separator = fc.oneof(
  { weight: 12, arbitrary: fc.constant(' ') },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\n\n', '\r', '  ', '\t') },
);
const casing = fc.oneof(
  { weight: 8, arbitrary: fc.constant((s: string) => s) },
  { weight: 1, arbitrary: fc.constant((s: string) => s.toUpperCase()) },
  { weight: 1, arbitrary: fc.constant((s: string) => s.toLowerCase()) },
);

/** A document: a few dozen pieces, mostly news-like, some hostile, joined by spaces, nothing or line breaks. */
const documentsOf = (withPropertyNames: boolean) =>
  fc
    .tuple(fc.array(fc.tuple(piece(withPropertyNames), separator), { maxLength: 60 }), casing)
    .map(([parts, recase]) => recase(parts.map(([p, s]) => p + s).join('')));
const documents = documentsOf(false);

/** Article-shaped documents: paragraphs of attributed sentences, quotes split by "said", denials. */
const sentenceStart = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const speaker = fc.oneof(
  fc.tuple(pick(FIRST_NAMES), pick(SURNAMES)).map(([f, l]) => `${f} ${l}`),
  fc.tuple(pick(TITLES), pick(FIRST_NAMES), pick(SURNAMES)).map(([t, f, l]) => `${t} ${f} ${l}`),
  pick(ORGANIZATIONS).map(sentenceStart),
  pick(words('He|She|They|It|A spokesman|The ministry|Officials')),
);
const clause = fc
  .tuple(
    pick(words('the plan|the bridge|the talks|prices|the vote|the army|the deal')),
    pick(words('failed|would resume|was safe|rose|had been delayed|will end')),
    fc.option(
      fc.tuple(pick(NUMBER_WORDS), number, pick(UNITS)).map((x) => x.join(' ')),
      { nil: '' },
    ),
    fc.option(pick(TIMES), { nil: '' }),
  )
  .map((x) => x.filter(Boolean).join(' '));
const sentence = fc.oneof(
  fc.tuple(speaker, pick(CUES), clause).map(([who, cue, c]) => `${who} ${cue} that ${c}.`),
  fc
    .tuple(clause, speaker, pick(words('said|added|warned|told reporters')))
    .map(([c, who, cue]) => `“${sentenceStart(c)},” ${who} ${cue}.`),
  fc.tuple(clause, speaker).map(([c, who]) => `"${sentenceStart(c)}," said ${who}, "and ${c}.`),
  fc.tuple(clause, speaker).map(([c, who]) => `According to ${who}, ${c}.`),
  fc.tuple(speaker, clause).map(([who, c]) => `${who} denied that ${c}.`),
  clause.map((c) => `“${sentenceStart(c)}.`),
  clause.map((c) => `${sentenceStart(c)}.`),
  pick(HOSTILE),
);
const articles = fc
  .tuple(
    fc.array(fc.array(sentence, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
    fc.constantFrom('\n\n', '\n', '\n \n', '\n\n\n'),
    casing,
  )
  .map(([paragraphs, between, recase]) => recase(paragraphs.map((p) => p.join(' ')).join(between)));

// ── Tests ─────────────────────────────────────────────────────────────────────────────────────────

describe('robustness: random documents', function () {
  this.timeout(120_000);

  it('answers 10,000 news-like documents with hostile characters, every offset inside the text and consistent', () => {
    fc.assert(
      fc.property(documents, (text) => {
        checkInvariants(text, strictAnalyze(text));
      }),
      { numRuns: 10_000, seed: 20_240_601 },
    );
  });

  it('reads \\r\\n exactly as \\n: the same analysis, shifted by the line-ending difference', () => {
    const lfDocuments = documents.map((text) => text.replace(/\r/g, ''));
    fc.assert(
      fc.property(lfDocuments, (lf) => {
        const crlf = lf.replace(/\n/g, '\r\n');
        assert.deepStrictEqual(withoutCrlf(crlf, strictAnalyze(crlf)), strictAnalyze(lf));
      }),
      { numRuns: 3_000, seed: 20_240_602 },
    );
  });

  it('answers 1,000 article-shaped documents, and reads them alike with \\r\\n line ends', () => {
    fc.assert(
      fc.property(articles, (text) => {
        const lf = text.replace(/\r/g, '');
        const a = strictAnalyze(lf);
        checkInvariants(lf, a);
        const crlf = lf.replace(/\n/g, '\r\n');
        assert.deepStrictEqual(withoutCrlf(crlf, strictAnalyze(crlf)), a);
      }),
      { numRuns: 1_000, seed: 20_240_606 },
    );
  });

  it('reads 1,000 random documents cut into small blocks as one analysis: consistent, and the same tokens as whole', () => {
    const longer = fc.array(fc.oneof(documents, articles), { minLength: 2, maxLength: 6 }).map((parts) => parts.join('\n\n'));
    fc.assert(
      fc.property(longer, fc.integer({ min: 40, max: 400 }), (text, blockSize) => {
        const inBlocks = strictAnalyze(text, undefined, blockSize);
        checkInvariants(text, inBlocks);
        assert.deepStrictEqual(inBlocks.tokens, strictAnalyze(text, undefined, Infinity).tokens);
      }),
      { numRuns: 1_000, seed: 20_261_124 },
    );
  });

  it('answers the same random documents when cut short, and the cut never splits a surrogate pair', () => {
    fc.assert(
      fc.property(documents, fc.nat({ max: 400 }), (text, maxLength) => {
        const a = strictAnalyze(text, { maxLength });
        assert.ok(a.length <= Math.min(maxLength, text.length));
        assert.equal(a.truncated, a.length < text.length);
        checkInvariants(text.slice(0, a.length), { ...a, truncated: false });
      }),
      { numRuns: 1_000, seed: 20_240_603 },
    );
  });

  it('answers documents whose words name members of Object.prototype, losing at most a stage', () => {
    fc.assert(
      fc.property(documentsOf(true), (text) => {
        checkInvariants(text, strictAnalyze(text));
      }),
      { numRuns: 2_000, seed: 20_240_604 },
    );
  });
});

describe('robustness: hostile documents', function () {
  this.timeout(60_000);

  const cases: [string, string][] = [
    ['empty', ''],
    ['whitespace only', ' \t\n\r\n \u00a0\u2028\u3000 '],
    ['NUL characters', '\0\0 The minister\0 said\0 "no".\0'],
    [
      'binary bytes read as Latin-1',
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)).toString('latin1'),
    ],
    ['binary bytes read as UTF-8', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 104_729 + 7) % 256)).toString('utf8')],
    ['lone carriage returns', 'Police said 12 people were hurt.\rThe mayor said "it is over".\r\rResidents left on Monday.'],
    [
      'CRLF paragraphs',
      'Flood hits town\r\n\r\nMore than 300 homes were flooded, officials said on Monday.\r\n"We lost everything," said Anna Berg.\r\n',
    ],
    ['lone surrogates', '\ud800The \udc00minister said\ud83d 40 people\ude00 died.\udbff'],
    ['emoji with joiners and skin tones', 'Dr. Anna Berg 👩🏽‍⚕️ said 👍🏿 that 3 👨‍👩‍👧‍👦 families 🇰🇪 were safe.'],
    ['right-to-left text', 'قال الوزير إن 25 شخصا قتلوا. אמר השר כי 12 נפצעו. Officials said \u202eeht\u202c plan failed.'],
    ['zero-width characters', 'The\u200b minister\u200d said\u200c that\ufeff 40\u200b000 people\u2060 left Paris\u200e.'],
    ['unbalanced quotation marks', '"He said “no. ” She said ‘yes”. "They said \'maybe.'],
    ['deeply nested quotation marks', `${'“‘"«'.repeat(2_000)}The minister said it${'»"’”'.repeat(2_000)}`],
    ['only closing quotation marks', '” said the minister ” said police ” ’ » "'],
    [
      'all capitals',
      'THE PRIME MINISTER SAID ON MONDAY THAT MORE THAN 250 PEOPLE WERE HURT IN NAIROBI, POLICE SAID. "WE WILL REBUILD," HE ADDED.',
    ],
    ['a run-on sentence of names', `${'Anna Berg '.repeat(3_000)}said it was over.`],
  ];
  for (const [name, text] of cases) {
    it(`answers ${name}`, () => checkInvariants(text, strictAnalyze(text)));
  }

  it('gives numbers beyond the range of a double no value rather than Infinity', () => {
    for (const text of ['1e400 stars', `${'9'.repeat(400)} grains`, `${'1'.repeat(320)} billion dollars`]) {
      const a = strictAnalyze(text);
      checkInvariants(text, a);
      for (const n of a.numbers) assert.ok(n.value === null || Number.isFinite(n.value), `${n.text}: ${n.value}`);
    }
  });

  it('keeps the findings of the other stages when one stage fails, and names the stage', () => {
    const text = 'Anna Berg said on Monday that 40 homes were lost.';
    const brokenKnowledge = {
      get entities(): never {
        throw new Error('unreadable knowledge');
      },
    };
    const failed: string[] = [];
    const a = analyze(text, { knowledge: brokenKnowledge }, (stage, error) =>
      failed.push(`${stage}: ${(error as Error).message}`),
    );
    assert.deepEqual(failed, ['entities: unreadable knowledge']);
    checkInvariants(text, a);
    assert.deepEqual(a.entities, []);
    assert.deepEqual(
      a.times.map((t) => t.text),
      ['Monday'],
    );
    assert.deepEqual(
      a.numbers.map((n) => [n.text, n.counts]),
      [['40', 'homes']],
    );
    assert.deepEqual(
      a.attributions.map((x) => [x.cue.text, x.source?.text, x.sourceEntityId]),
      [['said', 'Anna Berg', null]],
    );
    assert.throws(() => strictAnalyze(text, { knowledge: brokenKnowledge }), /entities stage failed/);
    assert.deepEqual(
      a.failures?.map((f) => f.stage),
      ['entities'],
    );
    assert.match(a.failures![0].message, /unreadable knowledge/);
  });

  it('says which stages failed in the analysis itself, once each, and nothing when all ran', () => {
    const text = 'Anna Berg said on Monday that 40 homes were lost.\n\n'.repeat(50);
    const a = analyze(text, { failStages: ['numbers', 'claims'] }, () => {}, 600);
    assert.deepEqual(
      a.failures?.map((f) => f.stage),
      ['numbers', 'claims'],
    );
    assert.match(a.failures![0].message, /numbers stage was asked to fail/);
    assert.deepEqual(a.numbers, []);
    assert.ok(a.entities.length > 0 && a.times.length > 0);
    assert.equal(strictAnalyze(text).failures, undefined);
  });

  // Processor time rather than wall time, so that a busy machine does not fail the test.
  const timed = (name: string, make: () => string, seconds: number) =>
    it(`answers ${name} in under ${seconds} s of processor time`, () => {
      const text = make();
      const started = process.cpuUsage();
      const a = strictAnalyze(text);
      const used = process.cpuUsage(started);
      const elapsed = (used.user + used.system) / 1e6;
      checkInvariants(text, a);
      assert.ok(elapsed < seconds, `${name}: ${elapsed.toFixed(1)} s`);
    });
  timed('a 1 MB word', () => 'x'.repeat(1 << 20), 10);
  timed(
    'a 5 MB line of news sentences',
    () => 'The minister said on Monday that 250 people were hurt in Paris, police said. '.repeat(65_000),
    30,
  );
  timed('100,000 repeated "said"', () => 'said '.repeat(100_000), 15);
  timed('100,000 sentences "He said."', () => 'He said. '.repeat(100_000), 15);
  timed('100,000 repeated capitalised names', () => 'Anna Berg '.repeat(100_000), 15);
});

describe('robustness: tokens and sentences', () => {
  it('treats \\r\\n, \\n and a lone \\r alike', () => {
    const lf = 'Storm hits coast\n\nPolice said 3 died.\nOfficials agreed';
    for (const text of [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')]) {
      const sentences = splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));
      assert.deepEqual(sentences, ['Storm hits coast', 'Police said 3 died.', 'Officials agreed'], JSON.stringify(text));
    }
  });

  it('ends a paragraph at two line breaks of any kind, but not at one \\r\\n', () => {
    const sentencesOf = (text: string) => splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(sentencesOf('rain fell\r\n\r\nand fell'), ['rain fell', 'and fell']);
    assert.deepEqual(sentencesOf('rain fell\n\rand fell'), ['rain fell', 'and fell']);
    assert.deepEqual(sentencesOf('rain fell\u2029and fell'), ['rain fell', 'and fell']);
    assert.deepEqual(sentencesOf('rain fell\r\nand fell'), ['rain fell\r\nand fell']);
  });

  it('cuts a run of text without sentence ends into bounded pieces, at clause punctuation when it can', () => {
    const text = `${'word '.repeat(150)}, ${'word '.repeat(300)}`;
    const tokens = tokenize(text);
    const sentences = splitSentences(tokens);
    assert.ok(sentences.length >= 3);
    for (const s of sentences)
      assert.ok(tokens.filter((t) => t.start >= s.start && t.end <= s.end).length <= MAX_SENTENCE_TOKENS);
    assert.equal(text.slice(sentences[0].start, sentences[0].end).endsWith(','), true);
  });

  it('keeps surrogate pairs whole and lone surrogates as tokens of their own', () => {
    const text = 'a😀b \ud800 c\udc00';
    assert.deepEqual(
      tokenize(text).map((t) => t.text),
      ['a', '😀', 'b', '\ud800', 'c', '\udc00'],
    );
  });
});

describe('robustness: lookups at an offset', () => {
  it('finds the innermost span holding an offset in a list of nested spans, past the end of an inner one', () => {
    // "University of Paris Medical School" with "Paris" inside it, then "Lyon".
    const spans = [
      { start: 17, end: 51 },
      { start: 31, end: 36 },
      { start: 60, end: 64 },
    ];
    assert.deepEqual(
      [10, 17, 20, 31, 36, 38, 51, 52, 60, 64, 65].map((at) => spanAt(spans, at)),
      [undefined, spans[0], spans[0], spans[1], spans[1], spans[0], spans[0], undefined, spans[2], spans[2], undefined],
    );
  });

  it('agrees with a plain scan on random sorted lists of nested and separate spans', () => {
    const sortedSpans = fc
      .array(fc.tuple(fc.nat({ max: 200 }), fc.nat({ max: 40 })), { maxLength: 30 })
      .map((pairs) =>
        pairs.map(([start, length]) => ({ start, end: start + length })).sort((a, b) => a.start - b.start || b.end - a.end),
      );
    fc.assert(
      fc.property(sortedSpans, fc.integer({ min: -5, max: 250 }), (spans, at) => {
        const holding = spans.filter((s) => s.start <= at && at <= s.end);
        const found = spanAt(spans, at);
        if (!holding.length) assert.equal(found, undefined);
        else assert.equal(found?.start, Math.max(...holding.map((s) => s.start)));
        if (found) assert.ok(found.start <= at && at <= found.end);
      }),
      { numRuns: 2_000, seed: 20_240_605 },
    );
  });

  it('answers any offset, inside the text or not, on any analysis', () => {
    const text = 'Police said 12 people were hurt on Monday. "It is over," the mayor said.';
    const a = strictAnalyze(text);
    for (const at of [-1, 0, 5, text.length, text.length + 10, Number.NaN, 1.5]) {
      const marks = marksAt(a, at);
      for (const x of marks.attributions)
        assert.ok([x.cue, ...(x.source ? [x.source] : []), ...x.content].some((s) => s.start <= at && at <= s.end));
      const claim = claimAt(a, at);
      if (claim) assert.ok(claim.span.start <= at && at <= claim.span.end);
    }
    assert.equal(marksAt(a, -1).entity, undefined);
    assert.equal(claimAt(a, text.length + 10), undefined);
  });
});
