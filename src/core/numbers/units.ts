// Units written after the number: percent, measure, temperature and age.
import { CURRENCY_NAMES, CURRENCY_SIGNS } from '../lexicon/currencies';
import {
  ATTACHED_ONLY_UNITS,
  DEGREE_WORDS,
  DIMENSION_ADJECTIVES,
  MEASURE_UNITS,
  RATE_DENOMINATORS,
  SINGLE_LETTER_SCALES,
  TEMPERATURE_SCALES,
  TWO_WORD_UNITS,
  UNIT_FIRST_WORDS,
} from '../lexicon/measures';
import { AGE_ABBREVIATIONS, AGE_UNITS, PERCENT_WORDS } from '../lexicon/quantities';
import type { NumberUnit } from '../types';
import { currencyAfter, currencyCode, readScaleAfterCode, readSubunit } from './currency';
import { type Amount, type Reader, isHyphen, scaleBy } from './reader';

// ── Units after the number ───────────────────────────────────────────────────────────────────

/** Percent, currency, measure, temperature and age written after the number. */
export function readUnitAfter(r: Reader, a: Amount): Amount {
  const { tokens, blocked } = r;
  if (a.unit === 'ordinal') return a;
  const free = (k: number) => k < tokens.length && !blocked[k] && tokens[k].sentence === tokens[a.last].sentence;
  const take = (last: number, unit: NumberUnit, unitName?: string) => {
    a.last = last;
    a.end = tokens[last].end;
    a.unit = unit;
    if (unitName) a.unitName = unitName;
    else delete a.unitName;
    return a;
  };
  const j = a.last + 1;
  if (a.unit === 'measure') return readRate(r, a);
  if (a.unit === 'currency') return readSubunit(r, readScaleAfterCode(r, a));
  if (!free(j)) return a;
  const t = tokens[j];
  const w = t.lower;
  // Hyphenated adjectives: "a 3-inch screen", "a six-mile trip", "a 12-cent dividend", "a 35-year-old man".
  // "15-plus years", "100+ people".
  if (
    (t.text === '+' && !t.spaceBefore) ||
    (isHyphen(t) && !t.spaceBefore && tokens[j + 1]?.lower === 'plus' && free(j + 1) && !tokens[j + 1].spaceBefore)
  ) {
    a.qualifier = 'at least';
    return take(t.text === '+' ? j : j + 1, a.unit, a.unitName);
  }
  if (isHyphen(t) && !t.spaceBefore && free(j + 1) && !tokens[j + 1].spaceBefore && tokens[j + 1].isWord) {
    const u = tokens[j + 1].lower;
    if (u in AGE_UNITS && isHyphen(tokens[j + 2]) && tokens[j + 3]?.lower === 'old' && !tokens[j + 3].spaceBefore)
      return take(j + 3, 'age', ageUnitName(u));
    if (u in MEASURE_UNITS && u !== 'degree') return take(j + 1, 'measure', MEASURE_UNITS[u]);
    if (u in CURRENCY_NAMES) return take(j + 1, 'currency', CURRENCY_NAMES[u]);
    if (PERCENT_WORDS.has(u)) return take(j + 1, 'percent');
    return a;
  }
  // Spelled-out hyphens in lower-cased text: "28 - year - old".
  if (
    isHyphen(t) &&
    t.spaceBefore &&
    tokens[j + 1]?.lower in AGE_UNITS &&
    isHyphen(tokens[j + 2]) &&
    tokens[j + 3]?.lower === 'old' &&
    free(j + 3)
  )
    return take(j + 3, 'age', ageUnitName(tokens[j + 1].lower));
  if (t.text === '%' || t.text === '٪') return take(j, 'percent');
  if (w === 'per' && tokens[j + 1]?.lower === 'cent' && free(j + 1)) return take(j + 1, 'percent');
  // Two-word units: "percentage points", "square meters", "metric tons", "cubic feet".
  if (t.isWord && w in UNIT_FIRST_WORDS && free(j + 1)) {
    // "light years", "light-years".
    const k = isHyphen(tokens[j + 1]) && !tokens[j + 1].spaceBefore && free(j + 2) ? j + 2 : j + 1;
    const u = tokens[k].lower;
    const two = `${w} ${u}`;
    if (two in TWO_WORD_UNITS) return readRate(r, take(k, 'measure', TWO_WORD_UNITS[two]));
    if ((UNIT_FIRST_WORDS[w] === 'sq' || UNIT_FIRST_WORDS[w] === 'cu') && u in MEASURE_UNITS) {
      return readRate(r, take(k, 'measure', `${UNIT_FIRST_WORDS[w]} ${MEASURE_UNITS[u]}`));
    }
  }
  if (t.isWord && PERCENT_WORDS.has(w)) return take(j, 'percent');
  // Ages: "five years old", "ninety five years of age", "87 yo", "90 day old".
  if (t.isWord && w in AGE_UNITS && free(j + 1)) {
    if (tokens[j + 1].lower === 'old') return take(j + 1, 'age', ageUnitName(w));
    if (tokens[j + 1].lower === 'of' && tokens[j + 2]?.lower === 'age' && free(j + 2)) return take(j + 2, 'age', ageUnitName(w));
  }
  if (t.isWord && AGE_ABBREVIATIONS.has(w) && a.value !== null && a.value < 130) return take(j, 'age', 'years');
  // Temperatures: "40 deg celsius", "98.6 degrees f", "85°", "10.5 celcius".
  if (DEGREE_WORDS.has(w)) {
    let k = j;
    if (tokens[k + 1]?.text === '.' && w === 'deg' && !tokens[k + 1].spaceBefore) k++;
    const s = tokens[k + 1];
    if (s && free(k + 1) && s.isWord && s.lower in TEMPERATURE_SCALES) return take(k + 1, 'measure', TEMPERATURE_SCALES[s.lower]);
    return take(k, 'measure', '°');
  }
  if (t.isWord && w in TEMPERATURE_SCALES && !SINGLE_LETTER_SCALES.has(w)) return take(j, 'measure', TEMPERATURE_SCALES[w]);
  // Currencies after the number: "5 dollars", "420 million finnish markka", "10 us dollar", "20 usd", "10 €".
  const before = tokens[a.first - 1];
  const signBefore =
    before && !blocked[a.first - 1] && (before.text in CURRENCY_SIGNS || currencyCode(before))
      ? (CURRENCY_SIGNS[before.text] ?? currencyCode(before))
      : null;
  const money = signBefore
    ? t.isWord && CURRENCY_NAMES[w] === signBefore
      ? { last: j, code: signBefore }
      : null
    : currencyAfter(r, a, j);
  if (money) return readSubunit(r, readScaleAfterCode(r, take(money.last, 'currency', money.code)));
  // Measures: "ten miles", "2.4 billion gallons", "188 miles an hour", "50 km/ms", "20 (kg)".
  if (t.text === 'm' && before && before.text in CURRENCY_SIGNS) {
    scaleBy(a, 1e6);
    a.last = j;
    a.end = t.end;
    return a;
  }
  if (t.isWord && w in MEASURE_UNITS && !ATTACHED_ONLY_UNITS.has(w)) {
    if (w === 'pound' || w === 'pounds') return take(j, a.scale ? 'currency' : 'measure', a.scale ? 'GBP' : 'lb');
    if (w === 'second') return a;
    return readFeetAndInches(r, readRate(r, take(j, 'measure', MEASURE_UNITS[w])));
  }
  if (/^[([{<]$/.test(t.text)) {
    const u = tokens[j + 1];
    const c = tokens[j + 2];
    if (
      u &&
      c &&
      free(j + 2) &&
      u.isWord &&
      u.lower in MEASURE_UNITS &&
      /^[)\]}>]$/.test(c.text) &&
      !u.spaceBefore &&
      !c.spaceBefore
    )
      return take(j + 2, 'measure', MEASURE_UNITS[u.lower]);
  }
  // An inch mark before a dimension word: '10 " long'.
  if ((t.text === '"' || t.text === '″') && tokens[j + 1]?.isWord && DIMENSION_ADJECTIVES.has(tokens[j + 1].lower))
    return take(j, 'measure', 'in');
  return a;
}

const ageUnitName = (w: string) => AGE_UNITS[w];

/** Rates after a unit: "miles an hour", "meters per millisecond", "km/hr", "centimeters/millisecond". */
function readRate(r: Reader, a: Amount): Amount {
  const { tokens, blocked } = r;
  const j = a.last + 1;
  const t = tokens[j];
  const u = tokens[j + 1];
  if (!t || !u || blocked[j] || blocked[j + 1] || !u.isWord || !(u.lower in RATE_DENOMINATORS)) return a;
  const slash = t.text === '/' && !t.spaceBefore && !u.spaceBefore;
  const per = t.lower === 'per' || ((t.lower === 'an' || t.lower === 'a') && /^(hour|hr)$/.test(u.lower));
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
  if (!n || !u || blocked[j] || blocked[j + 1] || !n.isNumber || !/^\d{1,2}$/.test(n.text)) return a;
  if (!/^(in|inch|inches|")$/.test(u.lower)) return a;
  a.value += Number(n.text) / 12;
  a.last = j + 1;
  a.end = u.end;
  return a;
}
