// Time expressions: dates, weekdays, deictic days, relative periods ("last month", "earlier this year"),
// parts of the day ("midday Saturday", "at dawn"), clock times ("6pm", "10:30 a.m."), numeric dates
// ("5/17/2018"), quarters and halves of a year, and bare years. They are marked apart from numbers.
import type { TimeMention } from './types';
import { isLetterOrDigit, tokenEndingAt, type Token } from './tokenize';
import { gazetteer } from './lexicon/gazetteer';
import { DEICTIC_DAYS, IRREGULAR_PLURALS, MONTHS, PARTS_OF_DAY, SEASONS, TIME_UNITS, WEEKDAYS } from './lexicon/words';
import {
  CURRENCY_NAMES,
  CURRENCY_SIGNS,
  LARGE_SCALES,
  MEASURE_UNITS,
  PERCENT_WORDS,
  TEN_WORDS,
  UNIT_WORDS,
} from './lexicon/quantities';

const RELATIVE = new Set(['last', 'next', 'this', 'past', 'coming', 'previous', 'following', 'recent']);
const EDGE = new Set(['early', 'late', 'mid', 'earlier', 'later']);
const PERIOD_PREPOSITIONS = new Set(['since', 'until', 'till', 'after']);
const AGO = new Set(['ago', 'later', 'earlier', 'before']);
const FEW = new Set(['a', 'an', 'few', 'several', 'couple']);
const PLURAL_PERIODS = new Set(['days', 'weeks', 'months', 'years', 'decades']);
const PERIOD_OPENERS = new Set(['after', 'for', 'within', 'over', 'by', 'in', 'since']);
const PART_OF_YEAR = new Set(['quarter', 'half']);
const YEAR_PARTS_ORDINALS = new Set(['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th']);

// "6pm", "10:30 a.m.", "2:00 pm", "18:45", "6:00am"; "5/17/2018", "2018-05-17", "9/11".
const CLOCK = /(?:\d{1,2}(?::[0-5]\d){1,2}(?:\s?[ap]\.?\s?m\b\.?)?|\d{1,2}\s?[ap]\.?m\b\.?)(?:\s?(?:GMT|UTC|[ECMP][SD]?T)\b)?/iy;
const NUMERIC_DATE = /(?:\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})|\d{4}-[01]\d-[0-3]\d|9\/11)(?![\d/])/y;

const isYear = (t: Token | undefined) => !!t && t.isNumber && /^(1[5-9]\d\d|20\d\d)s?$/.test(t.text);
const isDay = (t: Token | undefined) => !!t && t.isNumber && /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/.test(t.text);
const isMonth = (t: Token | undefined) => !!t && MONTHS.has(t.text);
const word = (t: Token | undefined, set: Set<string>) => !!t && t.isWord && set.has(t.lower);
const unitLike = (t: Token | undefined) => word(t, TIME_UNITS) || (!!t && WEEKDAYS.has(t.text)) || word(t, SEASONS);

/** Returns the time mentions and marks their tokens in `blocked`. */
export function findTimes(text: string, tokens: Token[], blocked: Uint8Array): TimeMention[] {
  const out: TimeMention[] = [];
  const add = (first: number, last: number) => {
    for (let k = first; k <= last; k++) blocked[k] = 1;
    out.push({ start: tokens[first].start, end: tokens[last].end, text: text.slice(tokens[first].start, tokens[last].end) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const c = tokens[i].text.charCodeAt(0);
    const written = c >= 48 && c <= 57 ? matchWritten(text, tokens, i) : -1;
    if (written >= i) {
      add(i, written);
      i = written;
      continue;
    }
    const end = matchTime(tokens, i);
    if (end < i) continue;
    let first = i;
    // The tens of a number that ends in the expression: "seventy-four years ago", "twenty five days later".
    const before = tokens[i - 1];
    if (tokens[i].lower in UNIT_WORDS && before && !blocked[i - 1]) {
      if (before.isWord && before.lower in TEN_WORDS) first = i - 1;
      else if (
        before.text === '-' &&
        !before.spaceBefore &&
        !tokens[i].spaceBefore &&
        (tokens[i - 2]?.lower ?? '') in TEN_WORDS &&
        !blocked[i - 2]
      )
        first = i - 2;
    }
    // Prepositions that are part of the expression: "since 2015", "after weeks", "at dawn".
    const p = tokens[first - 1];
    if (
      p &&
      p.isWord &&
      p.sentence === tokens[i].sentence &&
      (PERIOD_PREPOSITIONS.has(p.lower) || (p.lower === 'at' && word(tokens[i], PARTS_OF_DAY)))
    )
      first--;
    add(first, end);
    i = end;
  }
  return out;
}

const WRITTEN_TIMES = [NUMERIC_DATE, CLOCK];

/** Clock times and numeric dates, read on the characters; the index of their last token, or -1. */
function matchWritten(text: string, tokens: Token[], i: number): number {
  const start = tokens[i].start;
  if (start > 0 && /[\p{L}\p{N}.,:/-]/u.test(text[start - 1])) return -1;
  let m: RegExpExecArray | null = null;
  for (const re of WRITTEN_TIMES) {
    re.lastIndex = start;
    m = re.exec(text);
    if (m) break;
  }
  if (!m) return -1;
  const end = start + m[0].replace(/\s+$/, '').length;
  if (isLetterOrDigit(text, end)) return -1;
  return tokenEndingAt(tokens, i, end);
}

/** A year-like figure that is a quantity: "$2000", "1500 people", "2000 miles", "1990 percent". */
function isQuantity(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev && prev.text in CURRENCY_SIGNS) return true;
  const next = tokens[i + 1];
  if (!next || (!next.isWord && next.text !== '%')) return false;
  if (
    next.text === '%' ||
    PERCENT_WORDS.has(next.lower) ||
    next.lower in LARGE_SCALES ||
    next.lower in MEASURE_UNITS ||
    next.lower in CURRENCY_NAMES
  )
    return true;
  if (next.capitalized || /s$/.test(tokens[i].text)) return false;
  // "1500 people", "1709 schoolchildren" count; "the 2014 protests", "2016's elections" name a year.
  const tags = gazetteer().tagsOf(next.lower);
  const plural =
    IRREGULAR_PLURALS.has(next.lower) || (tags ? tags.includes('NNS') : /s$/.test(next.lower) && !/ss$/.test(next.lower));
  if (!plural || /^(was|is|has|as)$/.test(next.lower)) return false;
  const determiner =
    prev && (prev.lower === 'the' || prev.lower === 'its' || prev.lower === 'their' || prev.text === "'s" || prev.text === '’s');
  return !determiner;
}

/** Index of the last token of a time expression starting at `i`, or -1. */
function matchTime(tokens: Token[], i: number): number {
  const t = tokens[i];
  const n1 = tokens[i + 1];
  const n2 = tokens[i + 2];
  // Month-based dates: "May 20", "May 20, 2018", "September 2015", "20 May 2018".
  if (isMonth(t) && t.capitalized) {
    let j = i;
    if (tokens[j + 1]?.text === '.') j++;
    if (isDay(tokens[j + 1])) {
      j++;
      // "September 16-19", "May 3 – 5".
      const dash = tokens[j + 1];
      if (
        dash &&
        (dash.text === '-' || dash.text === '–') &&
        isDay(tokens[j + 2]) &&
        Number.parseInt(tokens[j + 2].text, 10) > Number.parseInt(tokens[j].text, 10)
      )
        j += 2;
      if (tokens[j + 1]?.text === ',' && isYear(tokens[j + 2])) j += 2;
      else if (isYear(tokens[j + 1])) j++;
      return j;
    }
    if (isYear(tokens[j + 1])) return j + 1;
    if (t.text !== 'May' && t.text !== 'March' && t.text.length > 3) return j;
    if (tokens[i - 1] && /^(in|since|until|by|early|late|mid|last|next|this|of)$/i.test(tokens[i - 1].text)) return j;
    return -1;
  }
  if (isDay(t) && isMonth(n1) && n1.capitalized) return isYear(n2) ? i + 2 : i + 1;
  // Weekdays, with parts of the day on either side: "Saturday", "Saturday morning", "midday Saturday".
  if (WEEKDAYS.has(t.text)) {
    let j = i;
    if (tokens[j + 1]?.text === ',' && isMonth(tokens[j + 2]) && isDay(tokens[j + 3])) {
      j += 3;
      if (tokens[j + 1]?.text === ',' && isYear(tokens[j + 2])) j += 2;
      return j;
    }
    if (word(n1, PARTS_OF_DAY)) j++;
    return j;
  }
  if (word(t, PARTS_OF_DAY) && n1 && WEEKDAYS.has(n1.text)) return matchTime(tokens, i + 1);
  if (word(t, DEICTIC_DAYS)) return word(n1, PARTS_OF_DAY) ? i + 1 : i;
  // "at dawn", "at midnight" (the preposition is added by the caller).
  if (word(t, PARTS_OF_DAY) && tokens[i - 1]?.lower === 'at') return i;
  // "last month", "earlier this month", "in recent months", "the past two weeks".
  if (t.isWord && (RELATIVE.has(t.lower) || EDGE.has(t.lower))) {
    let j = i;
    if (EDGE.has(tokens[j].lower) && tokens[j + 1] && RELATIVE.has(tokens[j + 1].lower)) j++;
    if (
      tokens[j + 1]?.isNumber ||
      /^(two|three|four|five|six|seven|eight|nine|ten|few|several)$/.test(tokens[j + 1]?.lower ?? '')
    )
      j++;
    if (unitLike(tokens[j + 1])) return j + 1;
    if (EDGE.has(t.lower) && isYear(tokens[i + 1])) return i + 1;
    // "mid-2019", "early-1990s".
    if (EDGE.has(t.lower) && n1?.text === '-' && !n1.spaceBefore && isYear(n2) && !n2.spaceBefore) return i + 2;
    return -1;
  }
  // "three days ago", "a week later".
  if (
    word(n1, TIME_UNITS) &&
    n2 &&
    n2.isWord &&
    AGO.has(n2.lower) &&
    (t.isNumber || (t.isWord && (t.lower in UNIT_WORDS || FEW.has(t.lower))))
  )
    return i + 2;
  // Plural periods: "after weeks of combat", "for years", "years of fighting".
  if (word(t, PLURAL_PERIODS)) {
    const p = tokens[i - 1];
    if (p && PERIOD_OPENERS.has(p.lower)) return i;
    return -1;
  }
  // Bare years: "since 2012", "in 2008", "2015's".
  if (isYear(t)) return isQuantity(tokens, i) ? -1 : i;
  // "the third quarter", "the first half of 2019", "Q3".
  if (t.isWord && t.text.length === 2 && t.text[0] === 'Q' && t.text[1] >= '1' && t.text[1] <= '4') return isYear(n1) ? i + 1 : i;
  if (
    t.isWord &&
    YEAR_PARTS_ORDINALS.has(t.lower) &&
    word(n1, PART_OF_YEAR) &&
    (n1!.lower === 'quarter' || (n2?.lower === 'of' && (isYear(tokens[i + 3]) || tokens[i + 4]?.lower === 'year')))
  ) {
    if (n2?.lower === 'of' && isYear(tokens[i + 3])) return i + 3;
    if (n2?.lower === 'of' && tokens[i + 3]?.lower === 'the' && tokens[i + 4]?.lower === 'year') return i + 4;
    return i + 1;
  }
  // "a couple of days ago", "a few weeks later".
  if (t.isWord && FEW.has(t.lower)) {
    let j = i;
    if (tokens[j + 1]?.lower === 'few' || tokens[j + 1]?.lower === 'couple') j++;
    if (tokens[j].lower === 'couple' && tokens[j + 1]?.lower === 'of') j++;
    if (j > i && word(tokens[j + 1], TIME_UNITS) && tokens[j + 2]?.isWord && AGO.has(tokens[j + 2].lower)) return j + 2;
  }
  return -1;
}
