// Figures that disagree: the same thing counted in the same window whose values cannot both hold,
// inside one article and across the articles of one story.
import * as assert from 'node:assert/strict';
import { boundsOf, buildCorpus, digestArticle, disjoint, type Corpus, type DigestFigure } from '../../src/core/corpus';
import { FLOOD_ARTICLES, type FloodArticle } from '../corpusArticles';
import { strictAnalyze } from './strictAnalyze';

const digestOf = (path: string, text: string) => digestArticle(path, text, strictAnalyze(text));

/** The conflicts of a corpus as "text counts" pairs. */
function conflictTexts(c: Corpus): string[][] {
  const show = (doc: number, item: number) => {
    const f = c.documents[doc].figures[item];
    return `${c.documents[doc].path}: ${f.text} ${f.counts}`;
  };
  return c.conflicts.map(({ a, b }) => [show(a.doc, a.item), show(b.doc, b.item)]);
}

/** The conflicts found inside one article. */
const within = (text: string) => conflictTexts(buildCorpus([digestOf('x.news', text)]));

/** The only figure of a sentence. */
function figureOf(sentence: string): DigestFigure {
  const figures = digestOf('x.news', sentence).figures;
  assert.equal(figures.length, 1, `one figure in ${JSON.stringify(sentence)}: ${JSON.stringify(figures)}`);
  return figures[0];
}

describe('figures that disagree', () => {
  it('across the outlets of one story: the Wire and the Post on residents, the Courier and the Wire on homes', () => {
    const names: FloodArticle[] = ['courier', 'wire', 'post', 'chess'];
    const c = buildCorpus(names.map((n) => digestOf(`${n}.news`, FLOOD_ARTICLES[n])));
    assert.deepEqual(conflictTexts(c).sort(), [
      ['courier.news: About 40 homes', 'wire.news: 90 homes'],
      ['wire.news: About 240 residents', 'post.news: Some 300 residents'],
    ]);
  });

  it('reads qualifiers as ranges: "more than 250" and "about 240" can both hold, "250" and "300" cannot', () => {
    const range = (s: string) => boundsOf(figureOf(s))!;
    const moreThan250 = range('More than 250 residents were evacuated.');
    assert.equal(disjoint(moreThan250, range('About 240 residents were evacuated.')), false);
    assert.equal(disjoint(moreThan250, range('Some 300 residents were evacuated.')), false);
    assert.equal(disjoint(moreThan250, range('250 residents were evacuated.')), true, '"more than 250" excludes 250');
    assert.equal(disjoint(range('250 residents were evacuated.'), range('300 residents were evacuated.')), true);
    assert.equal(disjoint(range('At least 250 residents were evacuated.'), range('250 residents were evacuated.')), false);
    assert.equal(disjoint(range('Up to 250 residents were evacuated.'), range('300 residents were evacuated.')), true);
    assert.equal(disjoint(range('Nearly 300 residents were evacuated.'), range('300 residents were evacuated.')), false);
    assert.equal(disjoint(range('Nearly 300 residents were evacuated.'), range('310 residents were evacuated.')), true);
  });

  it('inside one article, in sentences about one event', () => {
    assert.deepEqual(
      within(
        'Officials said 40 residents of Brannock were evacuated after the flood. Later the council said 55 residents were evacuated after the flood.',
      ),
      [['x.news: 40 residents', 'x.news: 55 residents']],
    );
  });

  it('not for different things counted: residents and volunteers, people killed and people wounded', () => {
    assert.deepEqual(within('About 250 residents left the flooded town. Some 120 volunteers stayed in the flooded town.'), []);
    assert.deepEqual(within('The blast in Tarvik killed 12 people. The blast in Tarvik wounded 30 people.'), []);
    assert.deepEqual(within('40 Syrian refugees crossed the border at Kesh. 60 Iraqi refugees crossed the border at Kesh.'), []);
  });

  it('not for different windows of time or different places', () => {
    assert.deepEqual(
      within(
        'On Saturday 250 residents were evacuated from the flooded town. On Sunday 300 residents were evacuated from the flooded town.',
      ),
      [],
    );
    assert.deepEqual(within('In 2019, 40 homes were flooded by the river. In 2020, 90 homes were flooded by the river.'), []);
    assert.deepEqual(
      within(
        'Some 250 residents fled the village of Oskby after the storm. Some 400 residents fled the town of Marrowvale after the storm.',
      ),
      [],
    );
  });

  it('not for a change, a part, an addition or a rate', () => {
    assert.deepEqual(within('The storm killed 40 people in Tarvik. By Monday the toll in Tarvik had risen to 55 people.'), []);
    assert.deepEqual(
      within('The storm killed 40 people in Tarvik, including 12 children. Rescuers in Tarvik found 30 children.'),
      [],
    );
    assert.deepEqual(within('The flood forced 250 residents out of Kesh. Another 80 residents left Kesh after the flood.'), []);
    assert.deepEqual(
      within('About 300 refugees reach the camp at Kesh a day. Some 2,000 refugees live in the camp at Kesh.'),
      [],
    );
  });

  it('not for one sentence giving two figures, nor for figures far apart or unrelated', () => {
    assert.deepEqual(within('The toll rose from 40 people killed in Tarvik to 55 people killed in Tarvik.'), []);
    assert.deepEqual(within('The war in Kesh killed more than a million people. A bomb in Kesh killed six people.'), []);
    assert.deepEqual(within('A bus crash killed 12 people near Kesh. A fire at a market killed 30 people.'), []);
  });

  it('not between articles of different stories', () => {
    const a = 'Heavy rain flooded 40 homes in the valley, officials in Brannock said on Friday.';
    const b = 'The Osterlund Chess Club said 90 homes in the valley were flooded by the rain.';
    assert.deepEqual(conflictTexts(buildCorpus([digestOf('a.news', a), digestOf('b.news', b)])), []);
  });

  it('joins synonyms and plural forms of what is counted', () => {
    const soldiers = figureOf('Some 200 soldiers were killed in the fighting.');
    const troops = figureOf('About 500 troops were killed in the fighting.');
    assert.equal(soldiers.key, troops.key);
    assert.equal(figureOf('Twelve people died in the crash.').key, figureOf('20 persons died in the crash.').key);
    assert.notEqual(figureOf('Twelve people died in the crash.').key, figureOf('20 people were hurt in the crash.').key);
  });
});
