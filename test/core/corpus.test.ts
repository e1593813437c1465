// Across articles: entities joined by name and alias, sources with their claims in each article,
// stories of related articles, claims one article makes and another denies, and what a digest keeps.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { buildCorpus, compareArticles, corpusSteps, digestArticle, positionOf, type Corpus } from '../../src/core/corpus';
import { corpusJson } from '../../src/core/corpus/json';
import { FLOOD_ARTICLES, type FloodArticle } from '../corpusArticles';
import { strictAnalyze } from './strictAnalyze';

const digestOf = (path: string, text: string) => digestArticle(path, text, strictAnalyze(text));

function floodCorpus(names: FloodArticle[] = ['courier', 'wire', 'post', 'chess']): Corpus {
  return buildCorpus(names.map((name) => digestOf(`${name}.news`, FLOOD_ARTICLES[name])));
}

const pathsOf = (c: Corpus, docs: readonly number[]) => docs.map((d) => c.documents[d].path);

describe('cross-article entities and sources', () => {
  it('joins an entity across articles by its name, with the articles and their counts of mentions', () => {
    const c = floodCorpus();
    const vantorp = c.entities.find((e) => e.name === 'Ilse Vantorp');
    assert.ok(vantorp, 'the spokeswoman is one entity');
    assert.equal(vantorp.type, 'person');
    assert.deepEqual(
      vantorp.documents.map((d) => [c.documents[d.doc].path, d.mentions]),
      [
        ['courier.news', 2],
        ['wire.news', 1],
        ['post.news', 1],
      ],
    );
    assert.ok(vantorp.aliases.includes('Vantorp'), 'the surname the Courier uses is one of her names');
    const authority = c.entities.filter((e) => e.name === 'Keldan River Authority');
    assert.equal(authority.length, 1, 'one organization, not one per article');
    assert.equal(authority[0].documents.length, 3);
  });

  it('joins a surname alone in one article to the full name in another', () => {
    const a = 'Councillor Petra Lindqvist said the bridge would reopen in May.';
    const b = 'The bridge will stay shut until June, Councillor Lindqvist told reporters on Monday.';
    const c = buildCorpus([digestOf('a.news', a), digestOf('b.news', b)]);
    const people = c.entities.filter((e) => e.type === 'person');
    assert.deepEqual(
      people.map((e) => [e.name, e.documents.length]),
      [['Petra Lindqvist', 2]],
    );
    assert.deepEqual(
      c.sources.map((s) => [s.name, s.documents.length]),
      [['Petra Lindqvist', 2]],
    );
  });

  it('ties a source the article names by surname alone to the one person of that name', () => {
    const a = 'Councillor Petra Lindqvist said the bridge would reopen in May.';
    const b = 'The bridge will stay shut until June, Lindqvist told reporters on Monday.';
    const c = buildCorpus([digestOf('a.news', a), digestOf('b.news', b)]);
    assert.deepEqual(
      c.sources.map((s) => [s.name, s.entityId !== null, s.documents.length]),
      [['Petra Lindqvist', true, 2]],
    );
  });

  it('keeps apart entities of the same name and different types, and descriptions out of the names', () => {
    const a = 'Officials in Jordan said the border was open. The kingdom said trade had resumed.';
    const b = 'Michael Jordan said he would retire from the team on Friday.';
    const c = buildCorpus([digestOf('a.news', a), digestOf('b.news', b)]);
    const jordans = c.entities.filter((e) => e.name.endsWith('Jordan'));
    assert.equal(jordans.length, 2, 'the person and the country are two entities');
    assert.deepEqual(
      jordans.map((e) => e.documents.length),
      [1, 1],
    );
    for (const e of c.entities) for (const alias of e.aliases) assert.doesNotMatch(alias, /^the /, `${e.name}: ${alias}`);
  });

  it('lists each source with its claims in every article, the most widely quoted first', () => {
    const c = floodCorpus();
    const [first] = c.sources;
    assert.ok(['Ilse Vantorp', 'Keldan River Authority'].includes(first.name), first.name);
    const vantorp = c.sources.find((s) => s.name === 'Ilse Vantorp')!;
    assert.deepEqual(
      pathsOf(
        c,
        vantorp.documents.map((d) => d.doc),
      ),
      ['courier.news', 'wire.news', 'post.news'],
    );
    const courier = vantorp.documents.find((d) => c.documents[d.doc].path === 'courier.news')!;
    assert.deepEqual(
      courier.claims.map((k) => c.documents[courier.doc].claims[k].span.text),
      ['the water had reached the town square by midday', '"We moved everyone we could before dark,"'],
    );
  });

  it('contests a claim of one article that a source of a related article denies', () => {
    const c = floodCorpus();
    assert.equal(c.contested.length, 1, JSON.stringify(c.contested));
    const [{ claim, denial }] = c.contested;
    assert.equal(c.documents[claim.doc].path, 'courier.news');
    assert.equal(c.documents[claim.doc].claims[claim.item].sourceName, 'Tobias Ferrant');
    assert.equal(c.documents[denial.doc].path, 'wire.news');
    assert.equal(c.documents[denial.doc].claims[denial.item].stance, 'denies');
  });

  it('does not contest claims between unrelated articles', () => {
    const a = 'The minister said the harbour had reopened. Fishing boats left at dawn on Friday.';
    const b = 'The Osterlund Chess Club denied that the harbour had reopened.';
    const c = buildCorpus([digestOf('a.news', a), digestOf('b.news', b)]);
    assert.deepEqual(c.contested, []);
    assert.equal(c.related.size, 0);
  });
});

describe('stories across articles', () => {
  it('groups the outlets of one story and leaves an unrelated article alone', () => {
    const c = floodCorpus();
    assert.equal(c.stories.length, 1);
    assert.deepEqual(pathsOf(c, c.stories[0].documents), ['courier.news', 'wire.news', 'post.news']);
    assert.equal(c.storyOf[3], -1, 'the chess club story is in no group');
    const shared = c.stories[0].entities.map((e) => c.entities[e].name);
    assert.ok(shared.includes('Keldan River Authority') && shared.includes('Ilse Vantorp'), shared.join(', '));
  });

  it('keeps apart articles that share only a place', () => {
    const a = 'Lorries queued in Tarvik on Monday. The Tarvik Port Company said the cranes had failed.';
    const b = 'A choir from Tarvik won the regional contest, the Festival Board said on Friday.';
    const c = buildCorpus([digestOf('a.news', a), digestOf('b.news', b)]);
    assert.equal(c.stories.length, 0);
  });

  it('keeps apart articles that name the same people in different years', () => {
    const a = 'In 2019, Councillor Petra Lindqvist and the Tarvik Port Company signed a lease, Lindqvist said.';
    const b = 'In 2023, Councillor Petra Lindqvist and the Tarvik Port Company ended the lease, the company said.';
    const c = buildCorpus([digestOf('a.news', a), digestOf('b.news', b)]);
    assert.equal(c.related.size, 0);
    const d = buildCorpus([digestOf('a.news', a), digestOf('b.news', b.replace('2023', '2019'))]);
    assert.equal(d.related.size, 1, 'the same year lets them be one story');
  });
});

describe('digests and the corpus as JSON', () => {
  it('keeps positions for lines after \\n, \\r\\n and a lone \\r, and no token of the text', () => {
    const text = 'Line one said nothing.\r\nLine two, Ilse Vantorp said.\rLine three\nLine four';
    const d = digestOf('x.news', text);
    assert.deepEqual([...d.lineStarts], [0, 24, 53, 64]);
    assert.deepEqual(positionOf(d, text.indexOf('Vantorp')), { line: 1, character: 15 });
    assert.deepEqual(positionOf(d, text.length), { line: 3, character: 9 });
    assert.equal('tokens' in d, false);
  });

  it('leaves out the reporter’s own sentences and cuts long claims', () => {
    // Long words: the engine cuts sentences of more than 200 tokens.
    const long = `The mayor said ${'the incomprehensibly overwhelming floodwaters '.repeat(45)}receded.`;
    const d = digestOf('x.news', `The river rose by two metres overnight in the valley. ${long}`);
    assert.equal(d.claims.length, 1);
    assert.equal(d.claims[0].sourceName, 'mayor');
    assert.ok(d.claims[0].span.text.length <= 2000);
    assert.ok(d.claims[0].span.end - d.claims[0].span.start > 2000, 'the span keeps the claim’s extent');
  });

  it('gives every offset of the JSON view as a slice of the article', () => {
    const names: FloodArticle[] = ['courier', 'wire', 'post', 'chess'];
    const view = corpusJson(floodCorpus(names));
    const textOf = (path: string) => FLOOD_ARTICLES[path.replace('.news', '') as FloodArticle];
    for (const c of view.conflicts)
      for (const side of [c.a, c.b]) assert.equal(textOf(side.path).slice(side.start, side.end), side.text);
    for (const e of view.entities)
      for (const d of e.documents) assert.ok(e.aliases.includes(textOf(d.path).slice(d.start, d.end)) || d.end > d.start);
    for (const s of view.sources)
      for (const d of s.documents)
        for (const claim of d.claims) assert.ok(textOf(d.path).slice(claim.start, claim.end).startsWith(claim.text.slice(0, 40)));
    assert.deepEqual(
      view.documents.map((d) => [d.path, d.story]),
      [
        ['courier.news', 0],
        ['wire.news', 0],
        ['post.news', 0],
        ['chess.news', null],
      ],
    );
  });

  it('builds the same corpus in steps as at once, and copes with no article and empty ones', () => {
    const digests = (['courier', 'wire', 'post'] as const).map((n) => digestOf(`${n}.news`, FLOOD_ARTICLES[n]));
    const steps = corpusSteps(digests);
    let count = 0;
    let next = steps.next();
    while (!next.done) {
      count++;
      next = steps.next();
    }
    assert.ok(count > 3, `${count} steps`);
    assert.deepEqual(corpusJson(next.value), corpusJson(buildCorpus(digests)));
    const empty = buildCorpus([]);
    assert.deepEqual([empty.entities, empty.stories, empty.conflicts], [[], [], []]);
    const blanks = buildCorpus(['', '   \n\n', '\u{1F600}"'].map((t, k) => digestOf(`${k}.news`, t)));
    assert.equal(blanks.documents.length, 3);
  });
});

describe('articles side by side', () => {
  it('puts figures, sources, contested claims and entities of the articles in rows, one column each', () => {
    const names: FloodArticle[] = ['courier', 'wire', 'post', 'chess'];
    const c = floodCorpus(names);
    const cmp = compareArticles(c, [0, 1, 2]);
    const homes = cmp.figures.find((r) => r.counts === 'homes');
    assert.ok(homes, 'a row for the homes flooded');
    assert.deepEqual(
      homes.cells.map((items) => items.length),
      [1, 1, 0],
    );
    assert.equal(homes.disagreements.length, 1);
    const residents = cmp.figures.find((r) => r.counts === 'residents' && r.cells.every((items) => items.length > 0));
    assert.ok(residents, 'a row for the residents evacuated, in all three');
    assert.equal(residents.disagreements.length, 1, 'the Wire and the Post only');
    const vantorp = cmp.sources.find((s) => s.name === 'Ilse Vantorp')!;
    const [courierClaims, wireClaims] = vantorp.cells;
    assert.deepEqual(courierClaims[0].carriedBy, [1], 'the Wire carries what the Courier quotes her saying first');
    assert.deepEqual(courierClaims[1].carriedBy, [], 'only the Courier has her direct quote');
    assert.deepEqual(wireClaims[0].carriedBy, [0]);
    const mayor = cmp.sources.find((s) => s.name === 'Tobias Ferrant')!;
    assert.deepEqual(mayor.cells[0][0].carriedBy, [], 'a denial in the Wire does not carry what the mayor says in the Courier');
    assert.deepEqual(mayor.cells[1][0].carriedBy, [], '"90 homes were flooded" is not the claim of "About 40 homes"');
    assert.deepEqual(mayor.cells[1][0].otherFiguresIn, [0], 'the Courier tells it with another figure');
    const authority = cmp.sources.find((s) => s.name === 'Keldan River Authority')!;
    assert.deepEqual(
      authority.cells.map((claims) => [claims[0].carriedBy, claims[0].otherFiguresIn]),
      [
        [[], [1, 2]],
        [[], [0, 2]],
        [[], [0, 1]],
      ],
      'the residents evacuated, told with other figures by each',
    );
    assert.equal(cmp.contested.length, 1);
    assert.ok(
      cmp.entities[0].cells.every((n) => n > 0),
      'the entities all three name come first',
    );
  });

  it('compares articles that are not one story when a person picks them', () => {
    const a = 'Heavy rain flooded 40 homes in the valley, officials in Brannock said on Friday.';
    const b = 'The Osterlund Chess Club said 90 homes in the valley were flooded by heavy rain.';
    const c = buildCorpus([digestOf('a.news', a), digestOf('b.news', b)]);
    assert.equal(c.conflicts.length, 0, 'not related: not compared in the corpus');
    const cmp = compareArticles(c, [0, 1]);
    assert.equal(cmp.figures[0].disagreements.length, 1);
  });
});

describe('digests of any text', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      'Ilse Vantorp said ',
      'the Keldan River Authority denied that ',
      'more than 250 residents were evacuated ',
      'about 40 homes were flooded on Saturday. ',
      '“We left,” she said. ',
      '"unbalanced ',
      '\r\n',
      '\r',
      '\n\n',
      '😀 ',
      '\u0000\u0001',
      'In 2019, 12 people died in Marrowvale. ',
    ),
    fc.string({ maxLength: 8 }),
  );
  const article = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

  it('never throws, and every span it keeps is a slice of the text', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), (texts) => {
        const digests = texts.map((t, k) => digestOf(`${k}.news`, t));
        digests.forEach((d, k) => {
          const text = texts[k];
          for (const f of d.figures) assert.equal(text.slice(f.start, f.end), f.text);
          for (const c of d.claims) assert.ok(text.slice(c.span.start, c.span.end).startsWith(c.span.text));
          for (let i = 1; i < d.lineStarts.length; i++) assert.ok(d.lineStarts[i] > d.lineStarts[i - 1]);
        });
        const json = corpusJson(buildCorpus(digests));
        assert.equal(json.documents.length, texts.length);
      }),
      { numRuns: 60 },
    );
  });
});
