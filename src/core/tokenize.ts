// Tokens and sentences with UTF-16 offsets.
import type { Span } from './types';

export interface Token extends Span {
  readonly text: string;
  readonly lower: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** True when whitespace (or the start of text) precedes the token. */
  readonly spaceBefore: boolean;
  /** True when a line break lies between this token and the previous one. */
  readonly newlineBefore: boolean;
  /** True when a blank line (two line breaks, \r\n counted once) or a paragraph separator lies before it. */
  readonly paragraphBefore: boolean;
  readonly isWord: boolean;
  readonly isNumber: boolean;
  /** Starts with an upper-case letter. */
  readonly capitalized: boolean;
  /** Two or more letters, all upper case ("AFP", "IS"). */
  readonly allCaps: boolean;
}

const SPACE_BEFORE = 1;
const NEWLINE_BEFORE = 2;
const IS_WORD = 4;
const IS_NUMBER = 8;
const CAPITALIZED = 16;
const ALL_CAPS_FLAG = 32;
const PARAGRAPH_BEFORE = 64;

/**
 * A token keeps its yes/no properties in one number: a long document has millions of tokens, and
 * smaller objects mean less garbage collection.
 */
class ScannedToken implements Token {
  sentence = 0;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly lower: string,
    private readonly flags: number,
  ) {}
  get spaceBefore(): boolean {
    return (this.flags & SPACE_BEFORE) !== 0;
  }
  get newlineBefore(): boolean {
    return (this.flags & NEWLINE_BEFORE) !== 0;
  }
  get paragraphBefore(): boolean {
    return (this.flags & PARAGRAPH_BEFORE) !== 0;
  }
  get isWord(): boolean {
    return (this.flags & IS_WORD) !== 0;
  }
  get isNumber(): boolean {
    return (this.flags & IS_NUMBER) !== 0;
  }
  get capitalized(): boolean {
    return (this.flags & CAPITALIZED) !== 0;
  }
  get allCaps(): boolean {
    return (this.flags & ALL_CAPS_FLAG) !== 0;
  }
}

// Initialisms (U.S.), numbers with separators and ordinal/decade suffixes, words with inner apostrophes
// (but a possessive 's is its own token), a possessive, or any other single code point.
export const TOKEN_PATTERN =
  /(\p{L}\.(?:\p{L}\.)+)|(\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\p{N}]))|([\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}]))[\p{L}\p{M}]+)*)|(['’][sS](?![\p{L}]))|(\S)/gu;

// \r\n, \n and a lone \r are each one line break; U+2028 and U+2029 are line and paragraph separators
// (see lineBreaks).
const UPPER = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{N}]+$/u;

/** The kind of match, by which alternative of TOKEN_PATTERN matched. */
const WORD = 1;
const NUMBER = 2;
const OTHER = 3;

/**
 * Tokens of `text` from `from` to `to`: the matches of TOKEN_PATTERN. A scanner reads the ASCII cases,
 * which are nearly all of English news, without building a match array per token; anything it cannot
 * decide alone (other scripts, initialisms, a number run into letters) goes to the pattern itself.
 * Offsets are into the whole text; a token that runs on past `to` is cut there.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const forms = new Map<string, WordForm>();
  const n = to;
  let previousEnd = from;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    let end = c < 128 ? scanAscii(text, i, c) : -1;
    let start = i;
    let kind: number;
    if (end >= 0) {
      // The first character decides which alternative the scanner read.
      kind = isAsciiLetter(c) ? WORD : isDigit(c) ? NUMBER : OTHER;
    } else {
      TOKEN_PATTERN.lastIndex = i;
      const m = TOKEN_PATTERN.exec(text);
      if (m === null || m.index >= n) break;
      start = m.index;
      end = start + m[0].length;
      kind = m[1] !== undefined || m[3] !== undefined ? WORD : m[2] !== undefined ? NUMBER : OTHER;
    }
    // A range cut inside a run of characters with no space (see blockRanges) cuts the token there too.
    if (end > n) end = n;
    // One string per distinct form, shared by its tokens: a long text repeats its words, and
    // millions of short-lived copies cost less to collect than millions of kept ones.
    const slice = text.slice(start, end);
    const shared = end - start <= SHARED_FORM_MAX_LENGTH;
    let form = (shared ? sharedForms : forms).get(slice);
    if (form === undefined) {
      form = wordForm(slice);
      if (!shared) forms.set(slice, form);
      else {
        if (sharedForms.size >= SHARED_FORMS_MAX) sharedForms.clear();
        sharedForms.set(slice, form);
      }
    }
    let flags = (kind === WORD ? IS_WORD : kind === NUMBER ? IS_NUMBER : 0) | form.caseFlags;
    if (start === 0 || start > previousEnd) flags |= SPACE_BEFORE;
    if (start > previousEnd) {
      const breaks = lineBreaks(text, previousEnd, start);
      if (breaks > 0) flags |= NEWLINE_BEFORE;
      if (breaks === PARAGRAPH_BREAKS) flags |= PARAGRAPH_BEFORE;
    }
    tokens.push(new ScannedToken(start, end, form.text, kind === WORD ? form.lower : form.text, flags));
    previousEnd = end;
    i = end;
  }
  return tokens;
}

/**
 * Forms of short words, kept from one analysis to the next: a document analysed again after an edit,
 * or the next article, repeats most of its words. Only short ones, because V8 keeps a slice of 13 or
 * more characters as a view into the whole text, which the cache would then keep alive.
 */
const sharedForms = new Map<string, WordForm>();
const SHARED_FORM_MAX_LENGTH = 12;
const SHARED_FORMS_MAX = 50_000;

/** What a token's text alone tells: its lower-case form and its capitals. */
interface WordForm {
  text: string;
  lower: string;
  caseFlags: number;
}

function wordForm(t: string): WordForm {
  const first = t.charCodeAt(0);
  // ASCII fast paths; other scripts go through the Unicode-aware patterns.
  const capitalized = first >= 65 && first <= 90 ? true : first < 128 ? false : UPPER.test(t);
  const caseFlags = capitalized ? (t.length > 1 && isAllCaps(t) ? CAPITALIZED | ALL_CAPS_FLAG : CAPITALIZED) : 0;
  return { text: t, lower: mayHaveUpper(t) ? t.toLowerCase() : t, caseFlags };
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * The end of the token that starts with the ASCII character `c` at `i`, as TOKEN_PATTERN would
 * match it, or -1 when only the pattern can tell (a non-ASCII character decides the match, or
 * the pattern would backtrack).
 */
function scanAscii(text: string, i: number, c: number): number {
  if (isAsciiLetter(c)) {
    // "U.S.": an initialism; let the pattern read it.
    if (text.charCodeAt(i + 1) === 46) {
      const e = text.charCodeAt(i + 2);
      if (e >= 128 || isAsciiLetter(e)) return -1;
    }
    let j = i + 1;
    for (;;) {
      const d = text.charCodeAt(j);
      if (isAsciiLetter(d) || isDigit(d)) {
        j++;
        continue;
      }
      if (d >= 128 && !isApostrophe(d)) return -1;
      break;
    }
    // Inner apostrophes ("don't", "rock'n'roll"), but not a possessive 's, which is its own token.
    while (isApostrophe(text.charCodeAt(j))) {
      const d = text.charCodeAt(j + 1);
      if (d >= 128) return -1;
      if (d === 115 || d === 83) {
        const e = text.charCodeAt(j + 2);
        if (e >= 128) return -1;
        if (!isAsciiLetter(e)) break;
      } else if (!isAsciiLetter(d)) break;
      let k = j + 2;
      for (;;) {
        const e = text.charCodeAt(k);
        if (isAsciiLetter(e)) k++;
        else if (e >= 128 && !isApostrophe(e)) return -1;
        else break;
      }
      j = k;
    }
    return j;
  }
  if (isDigit(c)) {
    let j = i + 1;
    while (isDigit(text.charCodeAt(j))) j++;
    for (;;) {
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 44 || d === 58) && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        while (isDigit(text.charCodeAt(j))) j++;
      } else break;
    }
    const a = text.charCodeAt(j);
    const b = text.charCodeAt(j + 1);
    if ((a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104)) j += 2;
    else if (a === 115) j += 1;
    const after = text.charCodeAt(j);
    // A number run into letters ("12abc", "1.5x"): the pattern backtracks; let it.
    if (after >= 128 || isAsciiLetter(after) || isDigit(after)) return -1;
    return j;
  }
  if (c === 39) {
    const d = text.charCodeAt(i + 1);
    if (d === 115 || d === 83) {
      const e = text.charCodeAt(i + 2);
      if (e >= 128) return -1;
      return isAsciiLetter(e) ? i + 1 : i + 2;
    }
  }
  return i + 1;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter or digit (any script) at `at`: a token there runs on into the text around it. */
export function isLetterOrDigit(text: string, at: number): boolean {
  return at >= 0 && at < text.length && LETTER_OR_DIGIT.test(text[at]);
}

/** The index of the token from `from` on that ends exactly at offset `end`, or -1 (`end` falls inside a token). */
export function tokenEndingAt(tokens: readonly Token[], from: number, end: number): number {
  let k = from;
  while (k < tokens.length && tokens[k].end < end) k++;
  return k < tokens.length && tokens[k].end === end ? k : -1;
}

/** False when the word is plain lower-case ASCII, which most words are: no need to allocate its lower-case copy. */
function mayHaveUpper(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/** Two line breaks make a paragraph break; counting stops there. */
const PARAGRAPH_BREAKS = 2;

/**
 * Line breaks between `from` and `to`, counted up to `max`: \r\n counts once, and a paragraph
 * separator is a paragraph break (two) on its own.
 */
export function lineBreaks(text: string, from: number, to: number, max = PARAGRAPH_BREAKS): number {
  let breaks = 0;
  for (let k = from; k < to && breaks < max; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2029) breaks += PARAGRAPH_BREAKS;
    else if (c === 0x0a || c === 0x2028 || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) breaks++;
  }
  return Math.min(breaks, max);
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
/** Marks that end a sentence, and the closing quotes and brackets that may follow them. */
export const TERMINAL = new Set(['.', '!', '?', '…']);
export const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENING = /^["“‘'([«]$/;

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

/** Shortest line, in characters, that counts as filled when text is wrapped at a fixed width. */
const WRAPPED_LINE_MIN = 40;

/**
 * Text wrapped at a fixed width (e-mail, wire copy, plain-text archives): most single line breaks
 * come after a long line and inside a sentence, before a lower-case word. There a single line break is only a space, and
 * blank lines alone separate paragraphs.
 */
export function isHardWrapped(tokens: readonly Token[]): boolean {
  let inside = 0;
  let between = 0;
  let lineStart = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.newlineBefore) continue;
    const prev = tokens[i - 1];
    if (prev.end - lineStart >= WRAPPED_LINE_MIN && !t.paragraphBefore) {
      if (TERMINAL.has(prev.text) || CLOSING.has(prev.text)) between++;
      // A sentence running on in lower case; a line that ends on a name before a quotation tells nothing.
      else if (t.isWord && !t.capitalized && t.lower === t.text) inside++;
    }
    lineStart = t.start;
  }
  return inside >= 3 && inside > between;
}

/** Assigns `token.sentence` and returns the sentence spans; `wrapped` as `isHardWrapped` tells. */
export function splitSentences(tokens: Token[], wrapped = isHardWrapped(tokens)): Span[] {
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
    // Line breaks: a blank line always ends a sentence; a single one does unless the text runs on in
    // lower case, or the text is wrapped at a fixed width (then punctuation decides, as after a space).
    const blankLine = next.paragraphBefore;
    if (next.newlineBefore && (!wrapped || blankLine)) {
      if (blankLine || TERMINAL.has(t.text) || CLOSING.has(t.text) || !/^\p{Ll}/u.test(next.text)) {
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
