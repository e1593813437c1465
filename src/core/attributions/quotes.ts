// Quotations: marks paired within paragraphs, and the quotes that carry a speaker's words on.
import type { Token } from '../tokenize';
import { CLOSE_QUOTES, OPEN_QUOTES, QUOTE_SPLIT_MARKS } from '../lexicon/clauseWords';
import { MAX_SCAN, type Quote, type Range } from './model';
import type { Reader } from './reader';

const STRAIGHT = 1;
const DOUBLED_APOSTROPHE = 2;
const OPENING = 3;
const CLOSING = 4;

/** Quotation marks paired within paragraphs; a quote left open runs to its paragraph's end. Nested quotes stay inside the outer one. */
export function findQuotes(tokens: Token[], paragraph: Int32Array): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let openEnd = -1;
  let straight = false;
  let depth = 0; // curly quotes nested inside the open one
  const closeOpen = (last: number) => {
    if (open >= 0 && last > openEnd) quotes.push({ open, openEnd, close: last, closeEnd: last, unterminated: true });
    open = -1;
    depth = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && paragraph[i] !== paragraph[i - 1]) closeOpen(i - 1);
    const t = tokens[i].text;
    const twoApostrophes = (t === "'" || t === '’') && tokens[i + 1]?.text === t && !tokens[i + 1].spaceBefore;
    const mark = twoApostrophes
      ? DOUBLED_APOSTROPHE
      : t === '"'
        ? STRAIGHT
        : OPEN_QUOTES.has(t)
          ? OPENING
          : CLOSE_QUOTES.has(t)
            ? CLOSING
            : 0;
    if (!mark) continue;
    const end = twoApostrophes ? i + 1 : i;
    const after = tokens[end + 1];
    const closingPosition = !tokens[i].spaceBefore && (!after || after.spaceBefore || !after.isWord);
    const plain = mark === STRAIGHT || mark === DOUBLED_APOSTROPHE;
    if (open < 0) {
      // A closing mark used to open ("”Fear." at the start of a paragraph).
      if (
        (mark === CLOSING && !(tokens[i].spaceBefore || i === 0 || paragraph[i] !== paragraph[i - 1])) ||
        (mark === CLOSING && closingPosition)
      )
        continue;
      open = i;
      openEnd = end;
      straight = plain;
    } else if (mark === OPENING && !straight) {
      depth++;
    } else if (mark === CLOSING && !straight && depth > 0) {
      depth--;
    } else if (mark === CLOSING || (plain && (straight || closingPosition))) {
      quotes.push({ open, openEnd, close: i, closeEnd: end, unterminated: false });
      open = -1;
      depth = 0;
    }
    i = end;
  }
  if (open >= 0) closeOpen(tokens.length - 1);
  return quotes;
}

/** The previous sentence, in the same paragraph, ends with a closing quotation mark after a question or exclamation. */
export function quoteEndsJustBefore(r: Reader, sFirst: number): boolean {
  const k = sFirst - 1;
  if (k < 0 || r.closeEndAt[k] < 0 || r.paragraph[k] !== r.paragraph[sFirst]) return false;
  // Only a question or exclamation splits "“Why?” he asked."; "“We won.” He smiled." are two sentences.
  const q = r.quotes[r.closeEndAt[k]];
  const inner = r.tokens[q.close - 1];
  return !!inner && QUOTE_SPLIT_MARKS.has(inner.text);
}

/** Content that opens a quote running past the sentence end takes the whole quote. */
export function extendOverQuote(r: Reader, first: number, last: number): number {
  let end = last;
  for (let k = first; k <= last; k++) {
    const q = r.openAt[k];
    if (q >= 0 && r.quotes[q].closeEnd > end && r.quotes[q].closeEnd - last < 200) end = r.quotes[q].closeEnd;
  }
  return end;
}

/** Quotes that continue the speaker's words after the cue: ", “C2”" and following sentences that are all quote. */
export function quotesAfter(r: Reader, from: number): Range[] {
  const { tokens } = r;
  const out: Range[] = [];
  let k = from;
  if (tokens[k]?.text === ',') k++;
  while (k < tokens.length && r.endsSentence(k)) k++;
  const paragraph =
    tokens[k] && from < tokens.length && r.paragraph[k] === r.paragraph[Math.min(from, tokens.length - 1)] ? r.paragraph[k] : -1;
  while (k < tokens.length && r.paragraph[k] === paragraph) {
    const q = r.openAt[k];
    if (q < 0) break;
    const quote = r.quotes[q];
    // A quote followed by its own cue belongs to that cue.
    const after = quote.closeEnd + 1;
    if (
      after < tokens.length &&
      r.paragraph[after] === paragraph &&
      tokens[after].sentence === tokens[quote.closeEnd].sentence &&
      !r.endsSentence(after)
    ) {
      const s = tokens[after].sentence;
      for (let j = after; j < tokens.length && j < after + MAX_SCAN && tokens[j].sentence === s; j++)
        if (r.cueAt[j] >= 0) return out;
    }
    out.push([quote.open, quote.closeEnd]);
    k = after;
    while (k < tokens.length && r.endsSentence(k)) k++;
  }
  return out;
}
