// Units written after the number: percent, measure, temperature and age.
import { CURRENCY_NAMES, CURRENCY_SIGNS } from '../lexicon/currencies';
import {
  ARTICLE_RATE_UNITS,
  ATTACHED_ONLY_UNITS,
  CLOSE_BRACKETS,
  DEGREE_WORDS,
  DIMENSION_ADJECTIVES,
  INCH_MARKS,
  INCH_WORDS,
  MEASURE_UNITS,
  OPEN_BRACKETS,
  RATE_DENOMINATORS,
  SINGLE_LETTER_SCALES,
  TEMPERATURE_SCALES,
  TWO_WORD_UNITS,
  UNIT_FIRST_WORDS,
} from '../lexicon/measures';
import { AGE_ABBREVIATIONS, AGE_UNITS, PERCENT_SIGNS, PERCENT_WORDS } from '../lexicon/quantities';
import type { NumberUnit } from '../types';
import { currencyAfter, currencyCode, readScaleAfterCode, readSubunit } from './currency';
import { type Amount, type Reader, isHyphen, scaleBy } from './reader';

const TWO_DIGITS = /^\d{1,2}$/;

/** Percent, currency, measure, temperature and age written after the number. */
export function readUnitAfter(r: Reader, a: Amount): Amount {
  if (a.unit === 'ordinal') return a;
  if (a.unit === 'measure') return readRate(r, a);
  if (a.unit === 'currency') return readSubunit(r, readScaleAfterCode(r, a));
  const j = a.last + 1;
  if (!isFree(r, a, j)) return a;
  return (
    readAttached(r, a, j) ??
    readSpacedAge(r, a, j) ??
    readPercentSign(r, a, j) ??
    readTwoWordUnit(r, a, j) ??
    readPercentOrAge(r, a, j) ??
    readTemperature(r, a, j) ??
    readMoneyAfter(r, a, j) ??
    readMeasure(r, a, j) ??
    a
  );
}

/** Token `k` can carry the unit: it exists, is free, and is in the number's sentence. */
function isFree(r: Reader, a: Amount, k: number): boolean {
  return k < r.tokens.length && !r.blocked[k] && r.tokens[k].sentence === r.tokens[a.last].sentence;
}

/** Extends the amount to token `last` with its unit. */
function setUnit(r: Reader, a: Amount, last: number, unit: NumberUnit, unitName?: string): Amount {
  a.last = last;
  a.end = r.tokens[last].end;
  a.unit = unit;
  if (unitName) a.unitName = unitName;
  else delete a.unitName;
  return a;
}

/**
 * Written onto the number: "100+ people", "15-plus years", and hyphenated adjectives ("a 3-inch
 * screen", "a six-mile trip", "a 12-cent dividend", "a 35-year-old man"). After a hyphen, the word
 * decides: no other unit is looked for.
 */
function readAttached(r: Reader, a: Amount, j: number): Amount | null {
  const { tokens } = r;
  const t = tokens[j];
  const n = tokens[j + 1];
  if (t.text === '+' && !t.spaceBefore) return plus(r, a, j);
  if (!isHyphen(t) || t.spaceBefore || !n || !isFree(r, a, j + 1) || n.spaceBefore) return null;
  if (n.lower === 'plus') return plus(r, a, j + 1);
  if (!n.isWord) return null;
  const u = n.lower;
  if (u in AGE_UNITS && isHyphen(tokens[j + 2]) && tokens[j + 3]?.lower === 'old' && !tokens[j + 3].spaceBefore)
    return setUnit(r, a, j + 3, 'age', AGE_UNITS[u]);
  if (u in MEASURE_UNITS && u !== 'degree') return setUnit(r, a, j + 1, 'measure', MEASURE_UNITS[u]);
  if (u in CURRENCY_NAMES) return setUnit(r, a, j + 1, 'currency', CURRENCY_NAMES[u]);
  if (PERCENT_WORDS.has(u)) return setUnit(r, a, j + 1, 'percent');
  // "a 10,000-square-kilometer area".
  if (u in UNIT_FIRST_WORDS) return readTwoWordUnit(r, a, j + 1) ?? a;
  return a;
}

function plus(r: Reader, a: Amount, last: number): Amount {
  a.qualifier = 'at least';
  return setUnit(r, a, last, a.unit, a.unitName);
}

/** Hyphens spelled out with spaces in lower-cased text: "28 - year - old". */
function readSpacedAge(r: Reader, a: Amount, j: number): Amount | null {
  const { tokens } = r;
  const u = tokens[j + 1];
  if (!isHyphen(tokens[j]) || !tokens[j].spaceBefore || !u || !(u.lower in AGE_UNITS)) return null;
  if (!isHyphen(tokens[j + 2]) || tokens[j + 3]?.lower !== 'old' || !isFree(r, a, j + 3)) return null;
  return setUnit(r, a, j + 3, 'age', AGE_UNITS[u.lower]);
}

/** "9%", "9 per cent". */
function readPercentSign(r: Reader, a: Amount, j: number): Amount | null {
  const t = r.tokens[j];
  if (PERCENT_SIGNS.has(t.text)) return setUnit(r, a, j, 'percent');
  if (t.lower === 'per' && r.tokens[j + 1]?.lower === 'cent' && isFree(r, a, j + 1)) return setUnit(r, a, j + 1, 'percent');
  return null;
}

/** Two-word units: "percentage points", "square meters", "metric tons", "cubic feet", "light years", "light-years". */
function readTwoWordUnit(r: Reader, a: Amount, j: number): Amount | null {
  const { tokens } = r;
  const t = tokens[j];
  const w = t.lower;
  if (!t.isWord || !(w in UNIT_FIRST_WORDS) || !isFree(r, a, j + 1)) return null;
  const k = isHyphen(tokens[j + 1]) && !tokens[j + 1].spaceBefore && isFree(r, a, j + 2) ? j + 2 : j + 1;
  const u = tokens[k].lower;
  const two = `${w} ${u}`;
  if (two in TWO_WORD_UNITS) return readRate(r, setUnit(r, a, k, 'measure', TWO_WORD_UNITS[two]));
  const first = UNIT_FIRST_WORDS[w];
  if ((first === 'sq' || first === 'cu') && u in MEASURE_UNITS)
    return readRate(r, setUnit(r, a, k, 'measure', `${first} ${MEASURE_UNITS[u]}`));
  return null;
}

/** "eleven percent", "30 pct"; ages: "five years old", "ninety five years of age", "87 yo", "90 day old". */
function readPercentOrAge(r: Reader, a: Amount, j: number): Amount | null {
  const { tokens } = r;
  const t = tokens[j];
  const w = t.lower;
  if (!t.isWord) return null;
  if (PERCENT_WORDS.has(w)) return setUnit(r, a, j, 'percent');
  if (w in AGE_UNITS && isFree(r, a, j + 1)) {
    const n = tokens[j + 1].lower;
    if (n === 'old') return setUnit(r, a, j + 1, 'age', AGE_UNITS[w]);
    if (n === 'of' && tokens[j + 2]?.lower === 'age' && isFree(r, a, j + 2)) return setUnit(r, a, j + 2, 'age', AGE_UNITS[w]);
  }
  if (AGE_ABBREVIATIONS.has(w) && a.value !== null && a.value < 130) return setUnit(r, a, j, 'age', 'years');
  return null;
}

/** Temperatures: "40 deg celsius", "98.6 degrees f", "85°", "10.5 celcius". */
function readTemperature(r: Reader, a: Amount, j: number): Amount | null {
  const { tokens } = r;
  const t = tokens[j];
  const w = t.lower;
  if (DEGREE_WORDS.has(w)) {
    let k = j;
    if (tokens[k + 1]?.text === '.' && w === 'deg' && !tokens[k + 1].spaceBefore) k++;
    const s = tokens[k + 1];
    if (s && isFree(r, a, k + 1) && s.isWord && s.lower in TEMPERATURE_SCALES)
      return setUnit(r, a, k + 1, 'measure', TEMPERATURE_SCALES[s.lower]);
    return setUnit(r, a, k, 'measure', '°');
  }
  if (t.isWord && w in TEMPERATURE_SCALES && !SINGLE_LETTER_SCALES.has(w))
    return setUnit(r, a, j, 'measure', TEMPERATURE_SCALES[w]);
  return null;
}

/** Currencies after the number: "5 dollars", "420 million finnish markka", "10 us dollar", "20 usd", "10 €". */
function readMoneyAfter(r: Reader, a: Amount, j: number): Amount | null {
  const { tokens, blocked } = r;
  const t = tokens[j];
  const before = tokens[a.first - 1];
  const signBefore =
    before && !blocked[a.first - 1] && (before.text in CURRENCY_SIGNS || currencyCode(before))
      ? (CURRENCY_SIGNS[before.text] ?? currencyCode(before))
      : null;
  // After a sign, only the same currency's name: "$5 dollars".
  const money = signBefore
    ? t.isWord && CURRENCY_NAMES[t.lower] === signBefore
      ? { last: j, code: signBefore }
      : null
    : currencyAfter(r, a, j);
  return money ? readSubunit(r, readScaleAfterCode(r, setUnit(r, a, money.last, 'currency', money.code))) : null;
}

/** Measures: "ten miles", "2.4 billion gallons", "188 miles an hour", "50 km/ms", "20 (kg)", '10 " long'; "$5 m" is millions. */
function readMeasure(r: Reader, a: Amount, j: number): Amount | null {
  const { tokens } = r;
  const t = tokens[j];
  const w = t.lower;
  const before = tokens[a.first - 1];
  if (t.text === 'm' && before && before.text in CURRENCY_SIGNS) {
    scaleBy(a, 1e6);
    a.last = j;
    a.end = t.end;
    return a;
  }
  if (t.isWord && w in MEASURE_UNITS && !ATTACHED_ONLY_UNITS.has(w)) {
    // "5 million pounds" is money; "5 pounds" is a weight.
    if (w === 'pound' || w === 'pounds') return setUnit(r, a, j, a.scale ? 'currency' : 'measure', a.scale ? 'GBP' : 'lb');
    if (w === 'second') return a;
    return readFeetAndInches(r, readRate(r, setUnit(r, a, j, 'measure', MEASURE_UNITS[w])));
  }
  const u = tokens[j + 1];
  const c = tokens[j + 2];
  if (OPEN_BRACKETS.has(t.text) && u && c && isFree(r, a, j + 2) && u.isWord && u.lower in MEASURE_UNITS) {
    if (CLOSE_BRACKETS.has(c.text) && !u.spaceBefore && !c.spaceBefore)
      return setUnit(r, a, j + 2, 'measure', MEASURE_UNITS[u.lower]);
  }
  // An inch mark before a dimension word: '10 " long'.
  if (INCH_MARKS.has(t.text) && u?.isWord && DIMENSION_ADJECTIVES.has(u.lower)) return setUnit(r, a, j, 'measure', 'in');
  return null;
}

/** Rates after a unit: "miles an hour", "meters per millisecond", "km/hr", "centimeters/millisecond". */
function readRate(r: Reader, a: Amount): Amount {
  const { tokens, blocked } = r;
  const j = a.last + 1;
  const t = tokens[j];
  const u = tokens[j + 1];
  if (!t || !u || blocked[j] || blocked[j + 1] || !u.isWord || !(u.lower in RATE_DENOMINATORS)) return a;
  const slash = t.text === '/' && !t.spaceBefore && !u.spaceBefore;
  const per = t.lower === 'per' || ((t.lower === 'an' || t.lower === 'a') && ARTICLE_RATE_UNITS.has(u.lower));
  if (!slash && !per) return a;
  a.last = j + 1;
  a.end = u.end;
  a.unitName = `${a.unitName ?? ''}/${RATE_DENOMINATORS[u.lower]}`;
  return a;
}

/** "5 feet 2 inches", "12 ft 2 in", "5 feet and 2 inches": one length in feet. */
function readFeetAndInches(r: Reader, a: Amount): Amount {
  const { tokens, blocked } = r;
  if (a.unitName !== 'ft' || a.value === null) return a;
  let j = a.last + 1;
  if (tokens[j]?.lower === 'and') j++;
  const n = tokens[j];
  const u = tokens[j + 1];
  if (!n || !u || blocked[j] || blocked[j + 1] || !n.isNumber || !TWO_DIGITS.test(n.text)) return a;
  if (!INCH_WORDS.has(u.lower)) return a;
  a.value += Number(n.text) / 12;
  a.last = j + 1;
  a.end = u.end;
  return a;
}
