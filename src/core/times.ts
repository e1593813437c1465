// Time expressions: dates, weekdays, deictic days, relative periods ("last month", "earlier this year"),
// parts of the day ("midday Saturday", "at dawn") and bare years. They are marked apart from numbers.
import type { TimeMention } from './types';
import type { Token } from './tokenize';
import { DEICTIC_DAYS, MONTHS, PARTS_OF_DAY, SEASONS, TIME_UNITS, WEEKDAYS } from './lexicon/words';

const RELATIVE = new Set(['last', 'next', 'this', 'past', 'coming', 'previous', 'following', 'recent']);
const EDGE = new Set(['early', 'late', 'mid', 'earlier', 'later']);
const PERIOD_PREPOSITIONS = new Set(['since', 'until', 'till', 'after']);
const AGO = new Set(['ago', 'later', 'earlier', 'before']);

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
    const end = matchTime(tokens, i);
    if (end < i) continue;
    let first = i;
    // Prepositions that are part of the expression: "since 2015", "after weeks", "at dawn".
    const p = tokens[i - 1];
    if (p && p.isWord && p.sentence === tokens[i].sentence && (PERIOD_PREPOSITIONS.has(p.lower) || (p.lower === 'at' && word(tokens[i], PARTS_OF_DAY)))) first = i - 1;
    add(first, end);
    i = end;
  }
  return out;
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
    if (tokens[j + 1]?.isNumber || /^(two|three|four|five|six|seven|eight|nine|ten|few|several)$/.test(tokens[j + 1]?.lower ?? '')) j++;
    if (unitLike(tokens[j + 1])) return j + 1;
    if (EDGE.has(t.lower) && isYear(tokens[i + 1])) return i + 1;
    return -1;
  }
  // "three days ago", "a week later".
  if ((t.isNumber || /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)$/.test(t.lower)) && word(n1, TIME_UNITS) && n2 && AGO.has(n2.lower) && n2.isWord) return i + 2;
  // Plural periods: "after weeks of combat", "for years", "years of fighting".
  if (t.isWord && /^(days|weeks|months|years|decades)$/.test(t.lower)) {
    const p = tokens[i - 1];
    if (p && /^(after|for|within|over|by|in|since)$/.test(p.lower)) return i;
    return -1;
  }
  // Bare years: "since 2012", "in 2008", "2015's".
  if (isYear(t)) {
    const next = tokens[i + 1];
    if (next && next.isWord && !next.capitalized && /s$/.test(next.lower) && !/^(was|is|has|as)$/.test(next.lower)) return -1;
    return i;
  }
  return -1;
}
