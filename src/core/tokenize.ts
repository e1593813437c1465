// Tokens and sentences with UTF-16 offsets.
import type { Span } from './types';

export interface Token extends Span {
  text: string;
  lower: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** True when whitespace (or the start of text) precedes the token. */
  spaceBefore: boolean;
  /** True when a line break lies between this token and the previous one. */
  newlineBefore: boolean;
  isWord: boolean;
  isNumber: boolean;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** Two or more letters, all upper case ("AFP", "IS"). */
  allCaps: boolean;
}

// Initialisms (U.S.), numbers with separators and ordinal/decade suffixes, words with inner apostrophes
// (but a possessive 's is its own token), a possessive, or any other single code point.
const TOKEN_PATTERN =
  /(\p{L}\.(?:\p{L}\.)+)|(\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\p{N}]))|([\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}]))[\p{L}\p{M}]+)*)|(['’][sS](?![\p{L}]))|(\S)/gu;

// \r\n, \n and a lone \r are each one line break; U+2028 and U+2029 are line and paragraph separators
// (see hasLineBreak).
const UPPER = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{N}]+$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(text); m !== null; m = TOKEN_PATTERN.exec(text)) {
    const start = m.index;
    const t = m[0];
    const isWord = m[1] !== undefined || m[3] !== undefined;
    const first = t.charCodeAt(0);
    // ASCII fast paths; other scripts go through the Unicode-aware patterns.
    const capitalized = first >= 65 && first <= 90 ? true : first < 128 ? false : UPPER.test(t);
    tokens.push({
      start,
      end: start + t.length,
      text: t,
      lower: isWord && mayHaveUpper(t) ? t.toLowerCase() : t,
      sentence: 0,
      spaceBefore: start === 0 || start > previousEnd,
      newlineBefore: start > previousEnd && hasLineBreak(text, previousEnd, start),
      isWord,
      isNumber: m[2] !== undefined,
      capitalized,
      allCaps: capitalized && t.length > 1 && isAllCaps(t),
    });
    previousEnd = start + t.length;
  }
  return tokens;
}

/** False when the word is plain lower-case ASCII, which most words are: no need to allocate its lower-case copy. */
function mayHaveUpper(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

function isAllCaps(t: string): boolean {
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) continue;
    if (c < 128) return false;
    return ALL_CAPS.test(t);
  }
  return true;
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen col lt sgt capt maj adm sen rep gov st jr sr inc corp co ltd vs etc no nos fig approx dept est
   jan feb mar apr jun jul aug sep sept oct nov dec rev hon cmdr brig supt insp det mt ft`.split(/\s+/),
);
const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENING = /^["“‘'(\[«]$/;

/**
 * Text that runs on for this many tokens without ending a sentence (tables, lists, run-together or
 * garbled input) is cut into pieces, so that the rules that look across a sentence stay bounded.
 * Real sentences are far shorter.
 */
export const MAX_SENTENCE_TOKENS = 200;

/** Where to cut an overlong run ending at `last`: after a line break, clause punctuation, or else at `last`. */
function forcedBreak(tokens: Token[], first: number, last: number): number {
  const floor = first + (last - first) / 2;
  for (let k = last; k > floor; k--) if (tokens[k + 1]?.newlineBefore) return k;
  for (let k = last; k > floor; k--) if (CLAUSE_PUNCTUATION.has(tokens[k].text)) return k;
  return last;
}
const CLAUSE_PUNCTUATION = new Set([';', ':', ',', '—', '–']);

/** Two or more line breaks between `from` and `to` (\r\n counts as one), or a paragraph separator. */
function isParagraphBreak(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2029) return true;
    if (c === 0x0a || c === 0x2028 || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) {
      if (++breaks >= 2) return true;
    }
  }
  return false;
}

/** Assigns `token.sentence` and returns the sentence spans. */
export function splitSentences(text: string, tokens: Token[]): Span[] {
  const sentences: Span[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last < first) return;
    const index = sentences.length;
    for (let i = first; i <= last; i++) tokens[i].sentence = index;
    sentences.push({ start: tokens[first].start, end: tokens[last].end });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    const t = tokens[i];
    if (i - first + 1 >= MAX_SENTENCE_TOKENS) {
      i = forcedBreak(tokens, first, i);
      close(i);
      continue;
    }
    // Line breaks: a blank line always ends a sentence; a single one does unless the text runs on in lower case.
    if (next.newlineBefore) {
      if (isParagraphBreak(text, t.end, next.start) || TERMINAL.has(t.text) || CLOSING.has(t.text) || !/^\p{Ll}/u.test(next.text)) {
        close(i);
        continue;
      }
    }
    if (!TERMINAL.has(t.text)) continue;
    // Keep closing quotes and brackets with the sentence they close.
    let last = i;
    while (tokens[last + 1] && CLOSING.has(tokens[last + 1].text) && !tokens[last + 1].spaceBefore) last++;
    const after = tokens[last + 1];
    if (!after) break;
    if (!after.spaceBefore) continue;
    const startsSentence = after.capitalized || after.isNumber || OPENING.test(after.text);
    if (!startsSentence) continue;
    if (t.text === '.' && i > 0) {
      const before = tokens[i - 1];
      const abbreviation = !t.spaceBefore && before.isWord && (ABBREVIATIONS.has(before.lower) || /^\p{Lu}$/u.test(before.text));
      if (abbreviation) continue;
    }
    close(last);
    i = last;
  }
  if (first < tokens.length) close(tokens.length - 1);
  return sentences;
}
