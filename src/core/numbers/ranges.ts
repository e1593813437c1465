// Two numbers read as one: proportions ("one in five") and ranges ("between 20 and 30", "10-12").
import { CURRENCY_SIGNS } from '../lexicon/currencies';
import { BOUND_JOINERS, CHANGE_VERBS, PROPORTION_PERIODS, RANGE_DASHES, RANGE_TO_WORDS } from '../lexicon/qualifiers';
import { AGE_UNITS } from '../lexicon/quantities';
import { FUNCTION_WORDS, TEAM_VERBS } from '../lexicon/words';
import type { Token } from '../tokenize';
import type { Qualifier } from '../types';
import { readNumber } from './cardinal';
import { qualifierAt } from './qualifiers';
import { type Amount, type Reader, isHyphen, startsFigure } from './reader';
import { readUnitAfter } from './units';

/** "one in five", "two out of three", "1 over 3": one proportion. */
export function readProportion(r: Reader, a: Amount): Amount | null {
  const { tokens } = r;
  if (a.unit !== 'count' || a.value === null || a.value === 0) return null;
  let j = a.last + 1;
  const w = tokens[j]?.lower;
  if (a.value < 0 && w !== 'over') return null;
  if (w === 'out' && tokens[j + 1]?.lower === 'of') j += 2;
  else if (w === 'in' || w === 'over') j += 1;
  else return null;
  if (!tokens[j] || r.blocked[j] || tokens[j].sentence !== tokens[a.last].sentence) return null;
  const b = readNumber(r, j);
  if (!b || b.unit !== 'count' || b.value === null || b.value <= 0) return null;
  if (w === 'in' && !(a.value < b.value && a.value <= 10 && Number.isInteger(b.value))) return null;
  if (w === 'out' && a.value > b.value) return null;
  if (w === 'over') {
    const n = tokens[b.last + 1];
    if (n && n.isWord && n.sentence === tokens[b.last].sentence) return null;
  }
  // A time after the second number ("1 in 5 years") keeps them apart.
  const n = tokens[b.last + 1];
  if (n && n.isWord && PROPORTION_PERIODS.has(n.lower)) return null;
  return { ...a, last: b.last, end: b.end, value: a.value / b.value };
}

/** "between 20 and 30", "from 200 to 300", "20 to 30", "1000-5000", "5k-20k", "20~100", "more than 10 and less than 20". */
export function readRange(r: Reader, a: Amount): Amount | null {
  const { tokens, blocked } = r;
  if (a.value === null || (a.unit === 'age' && tokens[a.last].lower === 'old')) return null;
  // "between the tenth and the fifteenth".
  const o = a.unit === 'ordinal' && tokens[a.first - 1]?.lower === 'the' ? a.first - 2 : a.first - 1;
  const before = tokens[o];
  const opener = before && !blocked[o] && before.sentence === tokens[a.first].sentence ? before.lower : '';
  const j = a.last + 1;
  const c = tokens[j];
  if (!c || blocked[j] || c.sentence !== tokens[a.last].sentence) return null;
  const connector = rangeConnector(r, j, opener);
  if (connector === 'two-sided')
    return a.qualifier !== 'exact' && a.qualifier !== 'approximate' ? readTwoSided(r, a, j + 1) : null;
  if (!connector) return null;
  const b = readSecondBound(r, a, j + 1);
  if (!b || b.value === null) return null;
  if (connector === 'dash' && !dashJoins(r.tokens, a, b)) return null;
  if (!unitsAgree(a, b)) return null;
  // "aged 8-10 years".
  if (a.unit === 'age' && b.unit === 'count' && tokens[b.last + 1]?.lower in AGE_UNITS && !blocked[b.last + 1]) {
    b.last++;
    b.end = tokens[b.last].end;
  }
  let low = a.value;
  const high = b.value;
  // "5 to 10 million": the first number shares the second's scale.
  if (!a.scale && b.scale && low * b.scale <= high) low *= b.scale;
  // "rose from 5 to 7 percent", "rose 12 percent to 64%": a change from one figure to another, not a range.
  const changes =
    opener === 'from'
      ? CHANGE_VERBS.has(tokens[o - 1]?.lower ?? '')
      : connector === 'to' && (CHANGE_VERBS.has(opener) || opener === 'by');
  if (changes) return null;
  const opened = opener === 'between' || opener === 'from';
  if (!opened && !(low < high)) return null;
  // The range starts at its opener ("between"), else where the first number starts, qualifier and all.
  const first = opened ? o : a.first;
  const range: Amount = {
    first,
    last: b.last,
    start: opened || a.qualifier === 'exact' ? tokens[first].start : a.start,
    end: b.end,
    value: null,
    low: Math.min(low, high),
    high: Math.max(low, high),
    unit: b.unit === 'count' ? a.unit : b.unit,
    qualifier: 'approximate',
  };
  const unitName = b.unitName ?? a.unitName;
  if (unitName) range.unitName = unitName;
  return range;
}

/** What joins two numbers into a range at token `j`: "and" after "between", "to", a dash; or a second bound ("and less than"). */
function rangeConnector(r: Reader, j: number, opener: string): 'and' | 'to' | 'dash' | 'two-sided' | '' {
  const c = r.tokens[j];
  if (opener === 'between' && c.lower === 'and') return 'and';
  if (RANGE_TO_WORDS.has(c.lower)) return 'to';
  if (RANGE_DASHES.has(c.text)) return 'dash';
  if (isHyphen(c) && c.spaceBefore === (r.tokens[j + 1]?.spaceBefore ?? false)) return 'dash';
  if (BOUND_JOINERS.has(c.lower)) return 'two-sided';
  return '';
}

/** The second number of a range, with its unit: "$5 million to $10 million" gives it its own sign. */
function readSecondBound(r: Reader, a: Amount, j: number): Amount | null {
  const { tokens, blocked } = r;
  if (!tokens[j] || blocked[j]) return null;
  if (tokens[j].lower === 'the' && a.unit === 'ordinal') j++;
  const sign = tokens[j].text in CURRENCY_SIGNS && a.unit === 'currency' ? tokens[j] : null;
  if (sign) j++;
  let b = readNumber(r, j);
  if (!b || b.value === null) return null;
  if (b.unit !== 'ordinal') b = readUnitAfter(r, b);
  if (sign) {
    b.unit = 'currency';
    b.unitName = CURRENCY_SIGNS[sign.text];
  }
  return b;
}

/** A dash between two numbers makes a range, not a phone number, a date ("1-222-2222", "2015-03-01") or a score. */
function dashJoins(tokens: Token[], a: Amount, b: Amount): boolean {
  const n = tokens[b.last + 1];
  if (n && (isHyphen(n) || n.text === '/') && !n.spaceBefore && startsFigure(tokens[b.last + 2])) return false;
  const p = tokens[a.first - 1];
  if (p && (isHyphen(p) || p.text === '+' || p.text === '/') && !tokens[a.first].spaceBefore) return false;
  return !isScore(tokens, a, b);
}

/** Both ends count the same thing: the same unit, or a bare number after money or an age ("$5-10", "aged 8-10"). */
function unitsAgree(a: Amount, b: Amount): boolean {
  if (a.unit !== 'count' && b.unit !== 'count' && a.unit !== b.unit) return false;
  if ((a.unit === 'ordinal') !== (b.unit === 'ordinal')) return false;
  return !(a.unit !== 'count' && b.unit === 'count' && a.unit !== 'currency' && a.unit !== 'age');
}

/** "Harwick 1 – 2 Dunmore", "lost 1-2 to": a score, not a range. */
function isScore(tokens: Token[], a: Amount, b: Amount): boolean {
  if (
    a.unit !== 'count' ||
    b.unit !== 'count' ||
    !Number.isInteger(a.value) ||
    !Number.isInteger(b.value) ||
    (b.value ?? 0) >= 100
  )
    return false;
  const p = tokens[a.first - 1];
  const n = tokens[b.last + 1];
  if (
    p &&
    p.isWord &&
    (TEAM_VERBS.has(p.lower) ||
      (p.capitalized && p.sentence === tokens[a.first].sentence && tokens[a.first - 2]?.sentence === p.sentence))
  )
    return true;
  return !n || !n.isWord || n.capitalized || FUNCTION_WORDS.has(n.lower);
}

/** "more than 10 and less than 20", "at most 100 and at least 20": two bounds of one range. */
function readTwoSided(r: Reader, a: Amount, j: number): Amount | null {
  const q = qualifierAt(r, j);
  if (!q || a.value === null) return null;
  const b = readNumber(r, q.last + (r.tokens[q.last + 1]?.lower === 'the' ? 2 : 1));
  if (!b || b.value === null) return null;
  const lower = (x: Qualifier) => x === 'more than' || x === 'at least';
  const upper = (x: Qualifier) => x === 'less than' || x === 'at most' || x === 'up to';
  let low: number;
  let high: number;
  if (lower(a.qualifier) && upper(q.qualifier)) {
    low = a.value;
    high = b.value;
  } else if (upper(a.qualifier) && lower(q.qualifier)) {
    low = b.value;
    high = a.value;
  } else return null;
  if (!(low < high)) return null;
  const unit = readUnitAfter(r, b);
  return {
    first: a.first,
    last: unit.last,
    start: a.start,
    end: unit.end,
    value: null,
    low,
    high,
    unit: a.unit === 'count' ? unit.unit : a.unit,
    qualifier: 'approximate',
    ...((unit.unitName ?? a.unitName) ? { unitName: unit.unitName ?? a.unitName } : {}),
  };
}
