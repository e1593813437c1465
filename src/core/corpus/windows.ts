// The window a figure belongs to, from the time expressions and places of its sentence: "Saturday",
// "May 20", "2019", "last week". Two figures whose sentences name times of the same kind that share
// nothing ("Saturday" and "Sunday", "2019" and "2020") are about different events; a sentence that
// names no time, or times of another kind ("Saturday" and "May 20"), does not tell them apart.
import { DEICTIC_TIMES, RELATIVE_TIME_STARTS, RELATIVE_TIME_UNITS } from '../lexicon/counted';
import { MONTHS, WEEKDAYS } from '../lexicon/words';
import { wordsOf } from './lemma';

const LOWER_WEEKDAYS = new Set([...WEEKDAYS].map((w) => w.toLowerCase()));
/** Month names and abbreviations by their first three letters ("sept" → "sep"). */
const LOWER_MONTHS = new Set([...MONTHS].map((m) => m.toLowerCase()));
const monthOf = (word: string) => (LOWER_MONTHS.has(word) ? word.slice(0, 3) : undefined);

/** The anchors of one time expression, each `kind:value` ("weekday:saturday", "date:may 20", "year:2019"). */
export function timeAnchors(text: string): string[] {
  const words = wordsOf(text.replace(/\./g, ' '));
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const month = monthOf(w);
    if (LOWER_WEEKDAYS.has(w)) out.push(`weekday:${w}`);
    else if (month) {
      out.push(`month:${month}`);
      const day = /^\d{1,2}$/.test(words[k + 1] ?? '') ? words[k + 1] : /^\d{1,2}$/.test(words[k - 1] ?? '') ? words[k - 1] : '';
      if (day) out.push(`date:${month} ${Number(day)}`);
    } else if (/^(1[89]|20)\d\d$/.test(w)) out.push(`year:${w}`);
    else if (DEICTIC_TIMES.has(w)) out.push(`relative:${w}`);
    else if (RELATIVE_TIME_STARTS.has(w) && RELATIVE_TIME_UNITS.has(words[k + 1] ?? '')) out.push(`relative:${w} ${words[++k]}`);
  }
  return out;
}

const kindOf = (anchor: string) => anchor.slice(0, anchor.indexOf(':'));

/** False when both windows name times of one kind and share none of them. */
export function sameWindow(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return true;
  const kinds = new Set(a.map(kindOf));
  for (const kind of kinds) {
    const ofA = a.filter((x) => kindOf(x) === kind);
    const ofB = b.filter((x) => kindOf(x) === kind);
    if (ofB.length && !ofA.some((x) => ofB.includes(x))) return false;
  }
  return true;
}

/** The dates that can tie articles to one event: years and days of a month. */
export function isDateAnchor(anchor: string): boolean {
  return anchor.startsWith('year:') || anchor.startsWith('date:');
}
