// Numbers, one rule at a time, on sentences written for the rule.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { figureValue, scanFigure } from '../../src/core/numbers/figures';
import { wordNumberValue } from '../../src/core/numbers/wordValue';
import { strictAnalyze } from './strictAnalyze';

/** [text, value] of every number. */
const values = (text: string) => strictAnalyze(text).numbers.map((n) => [n.text, n.value]);
/** [text, value, unit, unitName] of every number. */
const units = (text: string) => strictAnalyze(text).numbers.map((n) => [n.text, n.value, n.unit, n.unitName ?? null]);
/** [text, low, high, unit] of every number. */
const ranges = (text: string) => strictAnalyze(text).numbers.map((n) => [n.text, n.low ?? null, n.high ?? null, n.unit]);

const close = (actual: [string, number | null][], expected: [string, number][]) => {
  assert.deepEqual(
    actual.map((x) => x[0]),
    expected.map((x) => x[0]),
  );
  for (let k = 0; k < expected.length; k++)
    assert.ok(Math.abs((actual[k][1] ?? NaN) - expected[k][1]) < 1e-9, `${expected[k][0]}: ${actual[k][1]} != ${expected[k][1]}`);
};

describe('numbers in figures', () => {
  it('reads separators, Indian and spaced grouping, decimal commas and leading points', () => {
    assert.deepEqual(values('Sales were 1,674,200.5 units, 12,34,567 rupees aside; 2 500 000 people; 7,50 left; .75 of them.'), [
      ['1,674,200.5', 1674200.5],
      ['12,34,567 rupees', 1234567],
      ['2 500 000', 2500000],
      ['7,50', 7.5],
      ['.75', 0.75],
    ]);
  });

  it('reads signs, exponents and powers', () => {
    close(values('It fell to -4.5 and then - 3, rose to 6.02e23 and 2.5x10^-3, and 2^10 was printed.') as [string, number][], [
      ['-4.5', -4.5],
      ['- 3', -3],
      ['6.02e23', 6.02e23],
      ['2.5x10^-3', 0.0025],
      ['2^10', 1024],
    ]);
  });

  it('reads attached and spaced scale abbreviations', () => {
    assert.deepEqual(values('A 40k salary, a $3bn deal, 7 bln tons and 2.5M users.'), [
      ['40k', 40000],
      ['$3bn', 3e9],
      ['7 bln tons', 7e9],
      ['2.5M', 2.5e6],
    ]);
  });

  it('reads slash and mixed fractions and fraction characters', () => {
    assert.deepEqual(
      values('Add 3/4 of the flour, 2 1/2 cups of milk and ½ spoon.').map((x) => x[1]),
      [0.75, 2.5, 0.5],
    );
  });

  it('leaves codes, versions and lists of figures apart', () => {
    assert.deepEqual(values('The F-16 and the A380 flew; lanes 4,7,9 and 12,15,18 stayed shut.'), [
      ['4', 4],
      ['7', 7],
      ['9', 9],
      ['12', 12],
      ['15', 15],
      ['18', 18],
    ]);
  });
});

describe('numbers in words', () => {
  it('reads compound numbers with and without "and"', () => {
    assert.deepEqual(values('Nine hundred and ninety-nine men, forty   six women and two thousand and ten children.'), [
      ['Nine hundred and ninety-nine', 999],
      ['forty   six', 46],
      ['two thousand and ten', 2010],
    ]);
  });

  it('mixes figures and scale words, keeping separate groups apart', () => {
    assert.deepEqual(values('We counted 7 thousand 2 hundred and 5 votes, then 5 hundred and 6 hundred more.'), [
      ['7 thousand 2 hundred and 5', 7205],
      ['5 hundred', 500],
      ['6 hundred', 600],
    ]);
  });

  it('reads decimals spelled out, negative words, dozens, lakh and crore', () => {
    assert.deepEqual(values('Values of six point two five and minus nine, four dozen eggs, 12 lakh and 3 crore rupees.'), [
      ['six point two five', 6.25],
      ['minus nine', -9],
      ['four dozen', 48],
      ['12 lakh', 1.2e6],
      ['3 crore rupees', 3e7],
    ]);
  });

  it('reads fractions and mixed numbers in words', () => {
    close(
      values(
        'Three fifths of voters, a quarter of them, seven and a half miles, two and three quarters hours, four and a half million people.',
      ) as [string, number][],
      [
        ['Three fifths', 0.6],
        ['a quarter', 0.25],
        ['seven and a half miles', 7.5],
        ['two and three quarters', 2.75],
        ['four and a half million', 4.5e6],
      ],
    );
  });

  it('scales fractions: "half a dozen", "a quarter million", "two thirds of a billion"', () => {
    close(values('Half a dozen boats, a quarter million fans and two thirds of a billion euros.') as [string, number][], [
      ['Half a dozen', 6],
      ['a quarter million', 250000],
      ['two thirds of a billion euros', 2e9 / 3],
    ]);
  });

  it('reads proportions as one number', () => {
    close(values('One in four adults and two out of three children agreed.') as [string, number][], [
      ['One in four', 0.25],
      ['two out of three', 2 / 3],
    ]);
  });

  it('tells fractions from ordinals after "a"', () => {
    assert.deepEqual(units('He won a third of the vote and then a third term.'), [
      ['a third', 1 / 3, 'count', null],
      ['third', 3, 'ordinal', null],
    ]);
  });
});

describe('ordinals', () => {
  it('reads suffixed figures, simple and compound ordinal words', () => {
    assert.deepEqual(
      units('The 42nd and 3rd, the twenty-second, the one hundred fifth and the two hundredth.').map((x) => [x[0], x[1], x[2]]),
      [
        ['42nd', 42, 'ordinal'],
        ['3rd', 3, 'ordinal'],
        ['twenty-second', 22, 'ordinal'],
        ['one hundred fifth', 105, 'ordinal'],
        ['two hundredth', 200, 'ordinal'],
      ],
    );
  });

  it('does not read an all-caps name as a number', () => {
    assert.deepEqual(values('The FIRST Robotics league met.'), []);
  });
});

describe('units', () => {
  it('keeps percentages written in every way', () => {
    assert.deepEqual(
      units('Up 9 per cent, 4 percentage points, 30 pct and eleven percent.').map((x) => [x[0], x[2]]),
      [
        ['9 per cent', 'percent'],
        ['4 percentage points', 'measure'],
        ['30 pct', 'percent'],
        ['eleven percent', 'percent'],
      ],
    );
  });

  it('reads money: signs with prefixes and spaces, codes before and after, names with nationalities', () => {
    assert.deepEqual(
      units('They paid HK$ 12 million, C$ 40, $ 7.5 billion, EUR 300, 90 GBP, 20 Swiss francs and 15 Australian dollars.'),
      [
        ['HK$ 12 million', 12e6, 'currency', 'HKD'],
        ['C$ 40', 40, 'currency', 'CAD'],
        ['$ 7.5 billion', 7.5e9, 'currency', 'USD'],
        ['EUR 300', 300, 'currency', 'EUR'],
        ['90 GBP', 90, 'currency', 'GBP'],
        ['20 Swiss francs', 20, 'currency', 'CHF'],
        ['15 Australian dollars', 15, 'currency', 'AUD'],
      ],
    );
  });

  it('adds cents to whole amounts and reads codes written onto figures', () => {
    assert.deepEqual(
      units('A ticket is 4 dollars 75 cents, a meal twelve euros and fifty, and a book GBP12.5 or 300JPY.').map((x) => [
        x[0],
        x[1],
      ]),
      [
        ['4 dollars 75 cents', 4.75],
        ['twelve euros and fifty', 12.5],
        ['GBP12.5', 12.5],
        ['300JPY', 300],
      ],
    );
  });

  it('reads measures, compound units, rates and hyphenated adjectives', () => {
    assert.deepEqual(units('A 12-foot wall, 300 square kilometres, 80 km/h, 60 miles per hour, 7 metric tons and 3.2kg.'), [
      ['12-foot', 12, 'measure', 'ft'],
      ['300 square kilometres', 300, 'measure', 'sq km'],
      ['80 km/h', 80, 'measure', 'km/h'],
      ['60 miles per hour', 60, 'measure', 'mi/h'],
      ['7 metric tons', 7, 'measure', 't'],
      ['3.2kg', 3.2, 'measure', 'kg'],
    ]);
  });

  it('reads hyphenated two-word units, slang money and a range sharing sign and scale', () => {
    assert.deepEqual(ranges('Stars 4 light-years off, ten bucks each, a $2-5 billion budget.'), [
      ['4 light-years', null, null, 'measure'],
      ['ten bucks', null, null, 'currency'],
      ['$2-5 billion', 2e9, 5e9, 'currency'],
    ]);
  });

  it('reads feet and inches as one length', () => {
    close(values('She is 5 feet 6 inches tall.') as [string, number][], [['5 feet 6 inches', 5.5]]);
  });

  it('reads temperatures with degree words and scales', () => {
    assert.deepEqual(units('It was 104 degrees Fahrenheit, then -3 deg C, then 21°.'), [
      ['104 degrees Fahrenheit', 104, 'measure', '°F'],
      ['-3 deg C', -3, 'measure', '°C'],
      ['21°', 21, 'measure', '°'],
    ]);
  });

  it('reads ages in every form', () => {
    assert.deepEqual(
      units('A 7-year-old, a man aged 64, a calf six weeks old and a girl of 11 years of age.').map((x) => [
        x[0],
        x[1],
        x[2],
        x[3],
      ]),
      [
        ['7-year-old', 7, 'age', 'years'],
        ['aged 64', 64, 'age', 'years'],
        ['six weeks old', 6, 'age', 'weeks'],
        ['11 years of age', 11, 'age', 'years'],
      ],
    );
  });

  it('does not read letters stuck to a figure as a unit unless they are one', () => {
    assert.deepEqual(values('Flight 7B and model 220X left; 5G phones too.'), []);
  });
});

describe('ranges and qualifiers', () => {
  it('reads ranges with between, from, to, dashes and a shared scale', () => {
    assert.deepEqual(
      ranges('Between 40 and 60 percent, from 3 to 5 days, 10-12 hours, 2 to 4 million people and $1 million to $2 million.'),
      [
        ['Between 40 and 60 percent', 40, 60, 'percent'],
        ['from 3 to 5', 3, 5, 'count'],
        ['10-12', 10, 12, 'count'],
        ['2 to 4 million', 2e6, 4e6, 'count'],
        ['$1 million to $2 million', 1e6, 2e6, 'currency'],
      ],
    );
  });

  it('keeps a change from one figure to another as two numbers', () => {
    assert.deepEqual(values('Prices rose from 40 to 45 and unemployment fell 8 percent to 6 percent.'), [
      ['40', 40],
      ['45', 45],
      ['8 percent', 8],
      ['6 percent', 6],
    ]);
  });

  it('keeps scores apart', () => {
    assert.deepEqual(values('Leeds beat Hull 3-1 and Spain lost 1 – 2 to Italy.'), [
      ['3', 3],
      ['1', 1],
      ['1', 1],
      ['2', 2],
    ]);
  });

  it('reads two-sided and open-ended bounds', () => {
    const a = strictAnalyze('The limit is more than 15 and less than 25, and 300 or more came, while 12 or fewer stayed.');
    assert.deepEqual(
      a.numbers.map((n) => [n.text, n.value, n.low ?? null, n.high ?? null, n.qualifier]),
      [
        ['more than 15 and less than 25', null, 15, 25, 'approximate'],
        ['300 or more', 300, null, null, 'at least'],
        ['12 or fewer', 12, null, null, 'at most'],
      ],
    );
  });

  it('reads comparison words and signs as qualifiers', () => {
    assert.deepEqual(
      strictAnalyze('Scores exceeding 90, no more than 40, >= 18 and about $ 35 billion.').numbers.map((n) => [
        n.text,
        n.qualifier,
      ]),
      [
        ['exceeding 90', 'more than'],
        ['no more than 40', 'at most'],
        ['>= 18', 'at least'],
        ['about $ 35 billion', 'about'],
      ],
    );
  });

  it('does not take "over" before a period of time as "more than"', () => {
    assert.deepEqual(
      strictAnalyze('The plan runs over 5 years.').numbers.map((n) => [n.text, n.qualifier]),
      [['5', 'exact']],
    );
  });
});

describe('words that are not numbers', () => {
  it('reads "one" as a pronoun and "second" as a unit of time', () => {
    assert.deepEqual(values('Which one is yours? Wait a second. That one mile felt long.'), [['one mile', 1]]);
  });

  it('reads number words inside names as part of the name', () => {
    assert.deepEqual(values('Crews at Ground Zero began Round Two, and Storm Kills Two People ran as a headline.'), [['Two', 2]]);
  });

  it('reads "plus or minus" as a margin and "-plus" as an open bound', () => {
    assert.deepEqual(
      strictAnalyze('A margin of plus or minus 3 points after 20-plus years and 100+ votes.').numbers.map((n) => [
        n.text,
        n.value,
        n.qualifier,
      ]),
      [
        ['3', 3, 'exact'],
        ['20-plus', 20, 'at least'],
        ['100+', 100, 'at least'],
      ],
    );
  });

  it('reads hyphenated fractions and ordinals inside compounds', () => {
    assert.deepEqual(units('The top one-fifth paid more than a fourth-grader and a third-party group.'), [
      ['one-fifth', 0.2, 'count', null],
      ['fourth', 4, 'ordinal', null],
    ]);
  });

  it('reads no number in fixed compounds', () => {
    assert.deepEqual(
      values(
        'Tolvik opened a one-stop shop on a two-way street, gave a first-hand account of a one-on-one talk, ' +
          'sold second-hand bikes and played a zero-sum game.',
      ),
      [],
    );
  });

  it('counts the word a number is joined to', () => {
    const counted = (text: string) => strictAnalyze(text).numbers.map((n) => [n.text, n.value, n.counts]);
    assert.deepEqual(counted('A three-time champion led the 12-member panel on a two-week tour and a 10-point lead.'), [
      ['three', 3, 'time'],
      ['12', 12, 'member'],
      ['two', 2, 'week'],
      ['10', 10, 'point'],
    ]);
    // Adjectives, participles and months are not what a number counts.
    assert.deepEqual(counted('A 20-strong crowd bought the million-selling album, won 6-Apr.'), [
      ['20', 20, null],
      ['million', 1e6, null],
      ['6', 6, null],
    ]);
  });

  it('reads "the one" before a hyphenated unit as a number, not a pronoun', () => {
    assert.deepEqual(units('The one-year-old foal and the one-day strike.'), [
      ['one-year-old', 1, 'age', 'years'],
      ['one', 1, 'count', null],
    ]);
  });

  it('keeps a compound of two different numbers, and a pair of the same one apart', () => {
    assert.deepEqual(values('A six-to-three vote, then a one-to-one swap.'), [
      ['six', 6],
      ['three', 3],
    ]);
  });

  it('reads a fraction before a noun as a proportion', () => {
    // "a two-thirds majority" says how large the majority is: a proportion, as "two thirds of the votes".
    close(values('The motion needed a two-thirds majority and won three-quarters support.') as [string, number][], [
      ['two-thirds', 2 / 3],
      ['three-quarters', 0.75],
    ]);
  });

  it('reads an ordinal that begins a name as part of the name', () => {
    const a = strictAnalyze('Crews on Second Avenue met the Fifth Fleet and the First Minister of Varnia.');
    assert.deepEqual(
      a.numbers.map((n) => n.text),
      [],
    );
    assert.ok(a.entities.some((e) => e.text === 'Second Avenue'));
  });

  it('keeps ordinals that count: in running text, in headlines, at the start of a sentence, and figures', () => {
    assert.deepEqual(
      units('She won a second term. Police Find Second Body. Third Runners arrived. He was the 25th Brenlander to finish.').map(
        (x) => [x[0], x[1]],
      ),
      [
        ['second', 2],
        ['Second', 2],
        ['Third', 3],
        ['25th', 25],
      ],
    );
  });

  it('reads "two-dozen" and a hyphenated square unit', () => {
    assert.deepEqual(units('They bought two-dozen jets for a 5,000-square-kilometre range.'), [
      ['two-dozen', 24, 'count', null],
      ['5,000-square-kilometre', 5000, 'measure', 'sq km'],
    ]);
  });

  it('reads words like "constructor" and "toString" as plain words', () => {
    assert.deepEqual(values('constructor toString hasOwnProperty __proto__ valueOf 3 constructor'), [['3', 3]]);
  });

  it('drops figures too large to hold', () => {
    assert.deepEqual(values('A value of 1e999 overflowed.'), []);
  });
});

describe('finding a number apart from computing its value', () => {
  it('scans how a figure is written, then computes it', () => {
    const text = 'Paid 1.234,5 and 2 1/4 and 6.02e23 and 3/4.';
    const at = (figure: string) => scanFigure(text, text.indexOf(figure));
    assert.deepEqual(at('1.234,5'), { end: 12, whole: '1234', decimals: '5', plain: false });
    assert.equal(figureValue(at('1.234,5')!), 1234.5);
    assert.equal(figureValue(at('2 1/4')!), 2.25);
    assert.equal(figureValue(at('6.02e23')!), 6.02e23);
    assert.equal(figureValue(at('3/4')!), 0.75);
    assert.equal(scanFigure(text, 0), null);
  });

  it('computes the value of number words from their pieces', () => {
    const value = (pieces: Parameters<typeof wordNumberValue>[0]['pieces'], more = {}) =>
      wordNumberValue({ first: 0, last: 0, pieces, ...more });
    // "two hundred five thousand".
    assert.deepEqual(
      value([{ kind: 'add', value: 2 }, { kind: 'hundred' }, { kind: 'add', value: 5 }, { kind: 'scale', value: 1000 }]),
      { value: 205000, ordinal: false, scale: 1000 },
    );
    // "twenty-first".
    assert.deepEqual(
      value([
        { kind: 'add', value: 20 },
        { kind: 'ordinal', value: 1 },
      ]),
      { value: 21, ordinal: true },
    );
    // "five and a half million".
    assert.deepEqual(
      value([
        { kind: 'add', value: 5 },
        { kind: 'fraction', numerator: 1, denominator: 2, beforeScale: true },
        { kind: 'scale', value: 1e6 },
      ]),
      { value: 5.5e6, ordinal: false, scale: 1e6 },
    );
    // "three quarters of a billion".
    assert.deepEqual(value([{ kind: 'add', value: 3 }], { denominator: 4, fractionScale: 1e9 }), {
      value: 7.5e8,
      ordinal: false,
      scale: 1e9,
    });
  });
});

describe('numbers written out, any of them', () => {
  const ONES =
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
      ' ',
    );
  const TENS = ' ten twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
  /** English words for 1 <= n < 1000, with "and" after the hundreds as British English writes it. */
  const group = (n: number, and: boolean): string => {
    const hundreds = Math.floor(n / 100);
    const rest = n % 100;
    const restWords = rest < 20 ? ONES[rest] : TENS[Math.floor(rest / 10)] + (rest % 10 ? '-' + ONES[rest % 10] : '');
    if (!hundreds) return restWords;
    return `${ONES[hundreds]} hundred` + (rest ? (and ? ' and ' : ' ') + restWords : '');
  };
  /** English words for 1 <= n < 1e9. */
  const words = (n: number, and: boolean): string =>
    [
      [1e6, 'million'],
      [1e3, 'thousand'],
      [1, ''],
    ]
      .map(([scale, name]) => {
        const g = Math.floor(n / (scale as number)) % 1000;
        return g ? `${group(g, and)}${name ? ' ' + name : ''}` : '';
      })
      .filter(Boolean)
      .join(' ');

  it('reads any number below a billion written in words, with or without "and"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), fc.boolean(), (n, and) => {
        const written = words(n, and);
        const found = strictAnalyze(`The office counted ${written} ballots.`).numbers;
        assert.deepEqual(
          found.map((x) => [x.text, x.value]),
          [[written, n]],
        );
      }),
      { numRuns: 300 },
    );
  });

  it('reads any figure with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        const written = n.toLocaleString('en-US');
        assert.deepEqual(
          strictAnalyze(`The office counted ${written} ballots.`).numbers.map((x) => x.value),
          [n],
        );
      }),
      { numRuns: 300 },
    );
  });
});
