// Content: what a source said, read forwards from the cue (a quote, a clause, the next paragraph) or
// leftwards from a break before the source ("C, X said").
import {
  CLAUSE_BREAKS,
  CLOSE_QUOTES,
  CLAUSE_CONJUNCTIONS,
  NON_REPORTING_PREPOSITIONS,
  OBJECT_ENDERS,
} from '../lexicon/clauseWords';
import { MAX_SCAN, type Cue, type Range } from './model';
import type { Reader } from './reader';
import { extendOverQuote } from './quotes';
import { contentStart } from './phrases';
import { skipAdjuncts, skipObject } from './adjuncts';

/** The last token of the paragraph of token i. */
export function paragraphEnd(r: Reader, i: number): number {
  let e = i;
  while (e + 1 < r.tokens.length && r.paragraph[e + 1] === r.paragraph[i]) e++;
  return e;
}

/** Content that follows the cue: a quote (over several sentences), a clause to the end of the sentence, or the next paragraph. */
export function readForward(r: Reader, cues: Cue[], ci: number, from: number): Range[] | null {
  const { tokens } = r;
  const cue = cues[ci];
  const sLast = r.sLast(cue.head);
  let k = cue.kind === 'intent' ? from : skipAdjuncts(r, skipObject(r, cue, from, sLast), sLast);
  // "responded with logic", "cited by the report": a verb followed by a preposition reports nothing.
  if (
    !cue.phrasal &&
    tokens[k] &&
    NON_REPORTING_PREPOSITIONS.has(tokens[k].lower) &&
    !(tokens[k].lower === 'by' && tokens[k + 1]?.isNumber)
  )
    return null;
  let colon = false;
  while (
    k <= sLast &&
    (tokens[k].text === ':' || tokens[k].text === ',' || (tokens[k].lower === 'that' && cue.kind !== 'object'))
  ) {
    if (tokens[k].text === ':') colon = true;
    // "After the union objected, the case ..." — a comma after the cue ends its clause unless a quote follows.
    if (tokens[k].text === ',' && r.openAt[k + 1] < 0 && tokens[k + 1]?.lower !== 'that' && k === from) return null;
    k++;
  }
  // "X said:" closing a paragraph introduces the next one.
  if (k > sLast || (colon && tokens[k] && r.paragraph[k] !== r.paragraph[cue.head])) {
    if (!colon || !tokens[k] || r.paragraph[k] !== r.paragraph[cue.head] + 1) return null;
    const q = r.openAt[k];
    if (q >= 0 && r.quotes[q].closeEnd >= r.sLast(k)) return [[k, r.quotes[q].closeEnd]];
    return [[k, r.trimEnd(k, paragraphEnd(r, k))]];
  }
  const q = r.openAt[k];
  if (q >= 0) {
    const end = r.quotes[q].closeEnd;
    const next = tokens[end + 1];
    if (next && next.isWord && next.sentence === tokens[end].sentence && r.cueAt[end + 1] < 0)
      return [[k, contentEndForward(r, cues, ci, end + 1, r.sLast(end + 1))]];
    return [[k, end]];
  }
  const end = contentEndForward(r, cues, ci, k, sLast);
  if (end < k) return null;
  // "The church denied the allegations:" closing a paragraph: the next paragraph says what it said.
  const colonAt = end + 1;
  if (tokens[colonAt]?.text === ':' && tokens[colonAt + 1] && r.paragraph[colonAt + 1] === r.paragraph[colonAt] + 1) {
    const next = colonAt + 1;
    return [[next, r.trimEnd(next, paragraphEnd(r, next))]];
  }
  if (cue.kind === 'object' || cue.kind === 'adjective') return [[k, extendOverQuote(r, k, objectEnd(r, k, end))]];
  return [[k, extendOverQuote(r, k, end)]];
}

/** The object of "attacked", "criticized", "mentioned" ends before a time adjunct or a new clause. */
function objectEnd(r: Reader, k: number, end: number): number {
  for (let j = k + 1; j <= end; j++) {
    const t = r.tokens[j];
    if (r.openAt[j] >= 0) break;
    if (OBJECT_ENDERS.has(t.lower) || (t.text === ',' && j > k + 1 && !r.quoted(j))) return r.trimEnd(k, j - 1);
  }
  return end;
}

/** Content that ends before a break token: the quote that closes there, or the clause back to the sentence start. */
export function readLeft(r: Reader, breakToken: number): Range | null {
  const { tokens } = r;
  let b = breakToken;
  if (tokens[b].text === ',' && b > 0 && r.closeEndAt[b - 1] >= 0) b--;
  const q = r.closeEndAt[b];
  if (q >= 0) {
    const quote = r.quotes[q];
    // Text before the quote in its sentence belongs to the content too: "Acts of protest ''are patriotic,'' he said."
    const sFirst = r.sFirst(quote.open);
    let start = quote.open;
    if (quote.open > sFirst && !CLAUSE_BREAKS.has(tokens[quote.open - 1].text) && r.cueAt[quote.open - 1] < 0) {
      let k = quote.open - 1;
      while (k > sFirst && k > quote.open - MAX_SCAN && r.cueAt[k] < 0 && r.closeEndAt[k - 1] < 0) k--;
      if (r.cueAt[k] < 0) start = contentStart(r, k, quote.open);
    }
    return [start, quote.closeEnd];
  }
  const sFirst = Math.max(r.sFirst(breakToken), breakToken - MAX_SCAN);
  let start = contentStart(r, sFirst, breakToken);
  // Stop at an earlier cue's clause in the same sentence ("X said C1, and C2, he added").
  for (let k = breakToken - 1; k > start; k--) {
    if (tokens[k].text === ';') {
      start = k + 1;
      break;
    }
  }
  const end = contentEndBefore(r, breakToken);
  if (end < start) return null;
  return [start, end];
}

function isCommaOrSemicolon(text: string): boolean {
  return text === ',' || text === ';';
}

function contentEndBefore(r: Reader, breakToken: number): number {
  const { tokens } = r;
  if (CLOSE_QUOTES.has(tokens[breakToken].text) || r.closeEndAt[breakToken] >= 0) return breakToken;
  let k = breakToken - 1;
  while (k > 0 && (isCommaOrSemicolon(tokens[k].text) || tokens[k].text === ':')) k--;
  return k;
}

/** Forward content ends at the sentence end, or where the next cue's clause begins ("..., adding that ..."). */
export function contentEndForward(r: Reader, cues: Cue[], ci: number, from: number, sLast: number): number {
  const { tokens } = r;
  let last = r.trimEnd(from, sLast);
  for (let cj = ci + 1; cj < cues.length && cues[cj].first <= last; cj++) {
    const next = cues[cj];
    if (next.first <= from) continue;
    if (r.quoted(next.head)) continue;
    if (next.kind === 'participle' || next.kind === 'according') {
      let k = next.first - 1;
      while (k > from && isCommaOrSemicolon(tokens[k].text)) k--;
      if (k >= from) last = k;
      break;
    }
    // Back over the next clause's subject and its conjunction: "..., but said ..." / "... and he added ...".
    let k = next.first - 1;
    while (k > from && !isCommaOrSemicolon(tokens[k].text) && !CLAUSE_CONJUNCTIONS.has(tokens[k].lower)) k--;
    if (
      k > from &&
      (tokens[k].text === ';' ||
        (CLAUSE_CONJUNCTIONS.has(tokens[k].lower) && next.first - k <= 4) ||
        (tokens[k].text === ',' && next.first - k <= 6 && r.closeEndAt[k - 1] < 0))
    ) {
      let e = k - 1;
      while (e > from && isCommaOrSemicolon(tokens[e].text)) e--;
      last = e;
    }
    break;
  }
  return last;
}
