// Qualifiers: "more than", "about", ">=" before a number and "or more" after it.
import { COMPARISON_SIGNS, OPEN_END_WORDS, QUALIFIER_PHRASES } from '../lexicon/qualifiers';
import { TIME_UNITS } from '../lexicon/words';
import type { Qualifier } from '../types';
import { type Amount, type Reader, isWordNumber, startsFigure } from './reader';

/** Qualifiers before the number: "more than", "about", "at least", ">=", "no less than". */
export function withQualifier(r: Reader, a: Amount): Amount {
  // "higher than the tenth".
  const skipThe = a.unit === 'ordinal' && r.tokens[a.first - 1]?.lower === 'the' ? 1 : 0;
  const q = qualifierBefore(r, a.first - skipThe);
  // "over three years" is mostly "during", not "more than".
  if (q && r.tokens[q.first].lower === 'over' && q.first === a.first - 1 && TIME_UNITS.has(r.tokens[a.last + 1]?.lower ?? ''))
    return a;
  if (q) {
    a.first = q.first;
    a.start = r.tokens[q.first].start;
    a.qualifier = q.qualifier;
  }
  return a;
}

/** Qualifier phrases as word lists, longest first, indexed by their last and by their first word. */
const PHRASES_BY_LAST_WORD = new Map<string, [string[], Qualifier][]>();
const PHRASES_BY_FIRST_WORD = new Map<string, [string[], Qualifier][]>();
for (const [phrase, qualifier] of QUALIFIER_PHRASES) {
  const words = phrase.split(' ');
  for (const [map, key] of [
    [PHRASES_BY_LAST_WORD, words[words.length - 1]],
    [PHRASES_BY_FIRST_WORD, words[0]],
  ] as const) {
    const list = map.get(key) ?? [];
    list.push([words, qualifier]);
    map.set(key, list);
  }
}

const NO_PHRASES: [string[], Qualifier][] = [];

function qualifierBefore(r: Reader, i: number): { first: number; qualifier: Qualifier } | null {
  const { tokens, blocked } = r;
  const sentence = tokens[i]?.sentence;
  // Signs: ">10", ">= 30", "< = 100", "<=  -30".
  const s1 = tokens[i - 1];
  if (s1 && !blocked[i - 1]) {
    const s2 = tokens[i - 2];
    if (s1.text === '=' && s2 && (s2.text === '<' || s2.text === '>') && !blocked[i - 2])
      return { first: i - 2, qualifier: COMPARISON_SIGNS[s2.text + '='] };
    if (s1.text in COMPARISON_SIGNS && s1.text !== '=') return { first: i - 1, qualifier: COMPARISON_SIGNS[s1.text] };
  }
  const previous = tokens[i - 1];
  for (const [words, qualifier] of (previous && PHRASES_BY_LAST_WORD.get(previous.lower)) || NO_PHRASES) {
    const first = i - words.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const t = tokens[first + k];
      if (t.lower !== words[k] || t.sentence !== sentence || blocked[first + k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { first, qualifier };
  }
  return null;
}

/** A qualifier phrase starting at token `j` (for the second half of "more than 10 and less than 20"). */
export function qualifierAt(r: Reader, j: number): { last: number; qualifier: Qualifier } | null {
  const { tokens } = r;
  for (const [words, qualifier] of (tokens[j] && PHRASES_BY_FIRST_WORD.get(tokens[j].lower)) || NO_PHRASES) {
    let ok = true;
    for (let k = 0; k < words.length; k++)
      if (tokens[j + k]?.lower !== words[k] || r.blocked[j + k]) {
        ok = false;
        break;
      }
    if (ok) return { last: j + words.length - 1, qualifier };
  }
  return null;
}

/** "200 or more", "five hundred and more", "5000 or less", "less than 5000 or equal", "equal to 5000 or less". */
export function readOpenEnd(r: Reader, a: Amount): Amount {
  const { tokens, blocked } = r;
  if (a.value === null) return a;
  const j = a.last + 1;
  const c = tokens[j];
  const w = tokens[j + 1];
  if (!c || !w || blocked[j] || blocked[j + 1] || !(c.lower === 'or' || c.lower === 'and')) return a;
  let last = j + 1;
  let qualifier: Qualifier | undefined = OPEN_END_WORDS[w.lower];
  if (qualifier) {
    if (c.lower === 'and' && qualifier !== 'at least') return a;
    // "200 or greater than" with nothing after: the dangling "than" belongs to it.
    const than = tokens[last + 1];
    if (than?.lower === 'than') {
      const n = tokens[last + 2];
      if ((n && n.isWord) || startsFigure(n)) return a;
      last++;
    }
  } else if (w.lower === 'equal' && c.lower === 'or') {
    if (a.qualifier === 'more than') qualifier = 'at least';
    else if (a.qualifier === 'less than') qualifier = 'at most';
    else return a;
    if (tokens[last + 1]?.lower === 'to') {
      const n = tokens[last + 2];
      if (n && (startsFigure(n) || isWordNumber(n))) return a;
      last++;
    }
  } else return a;
  // "equal to 5000 or less": the open end decides.
  a.qualifier = qualifier;
  a.last = last;
  a.end = tokens[last].end;
  return a;
}
