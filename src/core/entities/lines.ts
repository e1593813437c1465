// Where a token stands in the layout of wire copy: at a line's start, in an ALL-CAPS or title-case
// headline, in a dateline ("CITY (Agency) -", "CITY 2020-05-01"), or in a row of a results table.
import type { Token } from '../tokenize';

export const LINE = {
  start: 1,
  capitals: 2,
  headline: 4,
  table: 8,
  dateline: 16,
  sentenceStart: 32,
  /** After a tab or a wide gap: a new cell of a table or aligned columns. */
  cellStart: 64,
} as const;

/** Lines longer than this are paragraphs, not headlines. */
const HEADLINE_MAX_LENGTH = 140;
const OPENING = /^["“‘'([«—–-]$/;
const LINE_END = /^[.!?:;,"”’)]$/;

/** One byte of LINE bits per token. */
export function lineKinds(text: string, tokens: readonly Token[]): Uint8Array {
  const kinds = new Uint8Array(tokens.length);
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i].newlineBefore) continue;
    markLine(text, tokens, first, i - 1, kinds);
    first = i;
  }
  markSentenceStarts(tokens, kinds);
  return kinds;
}

function markLine(text: string, tokens: readonly Token[], first: number, last: number, kinds: Uint8Array): void {
  if (last < first) return;
  kinds[first] |= LINE.start;
  let words = 0;
  let capitals = 0;
  let longWords = 0;
  let capitalizedLong = 0;
  let numbers = 0;
  let lowerWords = 0;
  let tabs = false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t.isNumber) numbers++;
    if (k > first && t.start > tokens[k - 1].end && isCellGap(text, tokens[k - 1].end, t.start)) {
      tabs = true;
      kinds[k] |= LINE.cellStart;
    }
    if (!t.isWord) continue;
    words++;
    if (t.allCaps || (t.capitalized && t.text.length === 1)) capitals++;
    if (!t.capitalized) lowerWords++;
    if (t.text.length < 4) continue;
    longWords++;
    if (t.capitalized) capitalizedLong++;
  }
  const length = tokens[last].end - tokens[first].start;
  let bits = 0;
  if (words >= 2 && capitals >= 0.75 * words) bits |= LINE.capitals;
  else if (
    longWords >= 2 &&
    capitalizedLong >= 0.7 * longWords &&
    length <= HEADLINE_MAX_LENGTH &&
    !LINE_END.test(tokens[last].text)
  )
    bits |= LINE.headline;
  if ((numbers >= 2 && numbers >= lowerWords) || (tabs && numbers >= 1)) bits |= LINE.table;
  for (let k = first; k <= last; k++) kinds[k] |= bits;
  markDateline(tokens, first, last, kinds);
}

/** "PARIS (Reuters) -", "MADRID 1996-08-22": the capitals that open a line before an agency, a dash or a date. */
function markDateline(tokens: readonly Token[], first: number, last: number, kinds: Uint8Array): void {
  let k = first;
  while (k <= last && ((tokens[k].isWord && tokens[k].allCaps) || (k > first && tokens[k].text === ','))) k++;
  if (k === first || k > last) return;
  const next = tokens[k];
  if (next.text === '(' || next.text === '-' || next.text === '—' || next.text === '–' || next.isNumber)
    for (let j = first; j < k; j++) kinds[j] |= LINE.dateline;
}

function isCellGap(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (text.charCodeAt(k) === 9 || (text.charCodeAt(k) === 32 && text.charCodeAt(k + 1) === 32)) return true;
  return false;
}

function markSentenceStarts(tokens: readonly Token[], kinds: Uint8Array): void {
  let sentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.sentence === sentence) continue;
    let k = i;
    while (k < tokens.length && tokens[k].sentence === t.sentence && OPENING.test(tokens[k].text)) k++;
    if (k < tokens.length && tokens[k].sentence === t.sentence) kinds[k] |= LINE.sentenceStart;
    sentence = t.sentence;
  }
}
