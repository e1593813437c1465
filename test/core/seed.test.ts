// The seed article, checked mark by mark against what a careful reader finds in it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { type Annotations } from '../../src/core';
import { strictAnalyze } from './strictAnalyze';
import { seedPath } from '../fixtures';

const SEED = seedPath();

describe('the seed article', () => {
  let text: string;
  let a: Annotations;
  before(() => {
    text = fs.readFileSync(SEED, 'utf8');
    a = strictAnalyze(text);
  });

  const entityOf = (name: string) => {
    const e = a.canonicalEntities.find((x) => x.name === name);
    assert.ok(e, `no entity named ${name}; have ${a.canonicalEntities.map((x) => x.name).join(', ')}`);
    return e;
  };
  const mentionTexts = (name: string) => entityOf(name).mentions.map((m) => a.entities[m].text);

  it('finds every person, organization and place with its type', () => {
    const expected: [string, string][] = [
      ['Beirut', 'place'],
      ['Islamic State group', 'organization'],
      ['Damascus', 'place'],
      ['Syria', 'place'],
      ['Bashar al-Assad', 'person'],
      ['Yarmuk', 'place'],
      ['Tadamun', 'place'],
      ['Syrian Observatory for Human Rights', 'organization'],
      ['Rami Abdel Rahman', 'person'],
      ['Syrian desert', 'place'],
      ['AFP', 'organization'],
      ['Hajar al-Aswad', 'place'],
      ['Qadam', 'place'],
      ['Syrians', 'person'],
      ['Eastern Ghouta', 'place'],
      ['Britain', 'place'],
      ['Russia', 'place'],
    ];
    assert.deepEqual(
      a.canonicalEntities.map((e) => [e.name, e.type]),
      expected,
    );
  });

  it('groups aliases with their entity', () => {
    assert.deepEqual(mentionTexts('Islamic State group'), ['Islamic State group', 'IS', 'IS', 'IS', 'IS', 'IS', 'IS']);
    assert.deepEqual(mentionTexts('Syrian Observatory for Human Rights'), [
      'Syrian Observatory for Human Rights',
      'Observatory',
      'Observatory',
    ]);
    assert.deepEqual(mentionTexts('Rami Abdel Rahman'), ['Rami Abdel Rahman', 'Abdel Rahman']);
    assert.deepEqual(mentionTexts('Bashar al-Assad'), ['President Bashar al-Assad', 'Assad']);
    assert.deepEqual(mentionTexts('Yarmuk').length, 6);
    assert.deepEqual(mentionTexts('Damascus').length, 5);
    assert.deepEqual(entityOf('Syrian Observatory for Human Rights').aliases, [
      'Syrian Observatory for Human Rights',
      'Observatory',
      'the monitor',
    ]);
    assert.deepEqual(entityOf('Bashar al-Assad').aliases, ['Bashar al-Assad', 'Assad']);
  });

  it('ties "a monitor" and "the monitor" to the Observatory', () => {
    assert.deepEqual(
      a.descriptions.map((d) => [d.text, d.entity]),
      [
        ['a monitor', 'Syrian Observatory for Human Rights'],
        ['the monitor', 'Syrian Observatory for Human Rights'],
      ],
    );
  });

  it('gives every number its value, qualifier and what it counts', () => {
    assert.deepEqual(
      a.numbers.map((n) => [n.text, n.value, n.qualifier, n.counts]),
      [
        ['six', 6, 'exact', 'buses'],
        ['More than two dozen', 24, 'more than', 'buses'],
        ['160,000', 160000, 'exact', 'Palestinian refugees'],
        ['a few hundred', null, 'approximate', null],
        ['tens of thousands', null, 'approximate', 'rebels and civilians'],
        ['more than 250', 250, 'more than', 'pro-regime forces'],
        ['233', 233, 'exact', 'jihadists'],
        ['more than 60', 60, 'more than', 'civilians'],
      ],
    );
  });

  it('marks time expressions apart from numbers', () => {
    assert.deepEqual(
      a.times.map((t) => t.text),
      [
        'May 20',
        'today',
        'recent months',
        'Last month',
        'After weeks',
        'at dawn',
        'since 2015',
        'recent years',
        'since 2012',
        'years',
        'this year',
        'earlier this month',
        'midday Saturday',
      ],
    );
    for (const t of a.times) assert.ok(!a.numbers.some((n) => n.start < t.end && t.start < n.end), `${t.text} is also a number`);
  });

  it('finds every attribution with cue, source, resolved entity, content, stance and directness', () => {
    const rows = a.attributions.map((x) => [
      x.cue.text,
      x.source?.text,
      x.sourceName,
      x.content.map((c) => c.text).join(' … '),
      x.stance,
      x.direct,
    ]);
    assert.deepEqual(rows, [
      [
        'said',
        'a monitor',
        'Syrian Observatory for Human Rights',
        'Islamic State group fighters began evacuating their final stronghold in southern Damascus today',
        'asserts',
        false,
      ],
      [
        'according to',
        'the Syrian Observatory for Human Rights',
        'Syrian Observatory for Human Rights',
        'After weeks of combat and heavy casualties, an apparent deal was reached for remaining IS fighters to leave Yarmuk and the adjacent district of Tadamun',
        'asserts',
        false,
      ],
      [
        'said',
        'Observatory head Rami Abdel Rahman',
        'Rami Abdel Rahman',
        'IS jihadists burned their headquarters in Yarmuk before boarding buses with their relatives to leave the area',
        'asserts',
        false,
      ],
      ['told', 'he', 'Rami Abdel Rahman', '“The six buses left at dawn, heading east for the Syrian desert,”', 'asserts', true],
      ['could not specify', 'Abdel Rahman', 'Rami Abdel Rahman', 'how many had left', 'uncertain', false],
      ['said', 'Abdel Rahman', 'Rami Abdel Rahman', 'a majority were relatives of jihadists and not armed', 'asserts', false],
      [
        'said',
        'he',
        'Rami Abdel Rahman',
        'More than two dozen buses remained in Yarmuk for additional evacuations',
        'asserts',
        false,
      ],
      [
        'have denied',
        'Syrian state media and a Palestinian official',
        'Syrian state media and a Palestinian official',
        'a deal was reached or that evacuations were taking place',
        'denies',
        false,
      ],
      [
        'according to',
        'the Britain-based Observatory',
        'Syrian Observatory for Human Rights',
        'The assault against the jihadist force has left more than 250 pro-regime forces, 233 jihadists and more than 60 civilians dead',
        'asserts',
        false,
      ],
      [
        'said',
        'the monitor',
        'Syrian Observatory for Human Rights',
        'But the offensive died down around midday Saturday after a truce between IS on one side and pro-government Palestinian militias and regime ally Russia on the other',
        'asserts',
        false,
      ],
    ]);
  });

  it('marks the denied deal as contested, with both sides linked', () => {
    const denial = a.claims.find((c) => c.stance === 'denies');
    assert.ok(denial);
    assert.equal(denial.contestedBy.length, 1);
    const contested = a.claims[denial.contestedBy[0]];
    assert.match(contested.span.text, /^After weeks of combat/);
    assert.equal(contested.sourceName, 'Syrian Observatory for Human Rights');
    assert.deepEqual(contested.contestedBy, [denial.id]);
  });

  it("keeps the reporter's own statements as claims of the article", () => {
    const own = a.claims.filter((c) => c.sourceKey === 'article').map((c) => c.span.text.slice(0, 40));
    assert.deepEqual(own, [
      'Syrian President Bashar al-Assad has use',
      'Last month, troops and allied Palestinia',
      'IS has had a presence in southern Damasc',
      'Yarmuk in particular has been devastated',
      'It was once home to 160,000 Palestinian ',
      'Assad has already ousted tens of thousan',
      'The regime used similar tactics to clear',
    ]);
  });

  it('returns offsets that index the text exactly', () => {
    for (const m of [...a.entities, ...a.descriptions, ...a.numbers, ...a.times])
      assert.equal(text.slice(m.start, m.end), m.text);
    for (const x of a.attributions)
      for (const s of [x.cue, ...(x.source ? [x.source] : []), ...x.content]) assert.equal(text.slice(s.start, s.end), s.text);
    for (const c of a.claims) assert.equal(text.slice(c.span.start, c.span.end), c.span.text);
  });
});
