// The shapes of a sentence around a reporting verb: "X said C", "X, who said C", "... and said C",
// "C, X said", "C1, X said, C2", "C, said X", "“C,” X, a spokesman, said.", "X, a spokesman for Y,
// said C", "X -- a co-author -- said C", "Said X: C". Each shape reader answers undefined when the
// sentence is not in its shape, so that the next one is tried, and null when it is but reports nothing.
import {
  ADVERBIAL_STARTS,
  DASHES,
  ELIDED_SUBJECT_LINKS,
  QUOTE_ADVERBIAL_STARTS,
  SENTENCE_OPENING_CUES,
} from '../lexicon/clauseWords';
import type { Cue, CueBase, Found, Range } from './model';
import type { Reader } from './reader';
import { quoteEndsJustBefore, quotesAfter } from './quotes';
import { readForward, readLeft } from './content';
import { acceptContent } from './complements';
import { skipAdjuncts, skipObject } from './adjuncts';
import {
  breakBeforeSubject,
  clauseSubjectRegion,
  hasFiniteVerb,
  isBreak,
  isNewClauseOpener,
  mainSubject,
  readNounPhraseRight,
  readSubjectLeft,
} from './phrases';
import { readInverted } from './invertedShapes';

const PAST_TAG = /^VB[DN]$/;

/** A shape reader's answer: a reading, null (the shape, but nothing reported), or undefined (not this shape). */
export type ShapeReading = Found | null | undefined;

/** What a reporting verb reports, by the shape of its sentence. */
export function readVerb(r: Reader, cues: Cue[], ci: number, base: CueBase, found: Found[]): Found | null {
  const cue = cues[ci];
  const sFirst = r.sFirst(cue.head);
  const left = cue.first - 1;
  const shape =
    readRelative(r, cues, ci, base) ??
    readElided(r, cues, ci, base, found) ??
    readAfterSubject(r, cues, ci, base) ??
    readOpeningCue(r, cues, ci, base) ??
    readAfterSplitQuote(r, cue, base) ??
    readDashed(r, cues, ci, base);
  if (shape !== undefined) return shape;
  if (left < sFirst || !isBreak(r, left)) return null;
  return readInverted(r, cue, base) ?? readQuoteThenSource(r, cue, base) ?? readApposition(r, cues, ci, base);
}

/** "X, who said C": the relative pronoun is the source, its antecedent before the comma. */
function readRelative(r: Reader, cues: Cue[], ci: number, base: CueBase): ShapeReading {
  const cue = cues[ci];
  const { tokens } = r;
  const left = cue.first - 1;
  const leftToken = left >= r.sFirst(cue.head) ? tokens[left] : undefined;
  if (!leftToken) return undefined;
  const before = tokens[left - 1];
  const relative =
    leftToken.lower === 'who' ||
    leftToken.lower === 'which' ||
    (leftToken.lower === 'that' &&
      !!before &&
      before.isWord &&
      (r.tag(before.lower) || (before.capitalized ? 'NNP' : '')).startsWith('NN'));
  if (!relative) return undefined;
  const content = readForward(r, cues, ci, cue.last + 1);
  if (!content || !acceptContent(r, cue, content)) return null;
  // "X, who said C, left early": the relative clause ends at the comma before the main verb.
  const [a, b] = content[content.length - 1];
  for (let k = a + 1; k < b; k++) {
    if (tokens[k].text === ',' && !r.quoted(k) && (r.isFinite(k + 1) || PAST_TAG.test(r.tag(tokens[k + 1].lower)))) {
      content[content.length - 1] = [a, k - 1];
      break;
    }
  }
  return { ...base, source: [left, left], antecedentEnd: tokens[left - 1]?.text === ',' ? left - 2 : left - 1, content };
}

/** Elided subject: "... and said C", "... but said C". */
function readElided(r: Reader, cues: Cue[], ci: number, base: CueBase, found: Found[]): ShapeReading {
  const cue = cues[ci];
  const left = cue.first - 1;
  if (left < r.sFirst(cue.head) || !ELIDED_SUBJECT_LINKS.has(r.tokens[left].lower)) return undefined;
  const source = mainSubject(r, cue, found);
  const content = readForward(r, cues, ci, cue.last + 1);
  if (!source || !content || !acceptContent(r, cue, content, source.source)) return null;
  return { ...base, ...source, content };
}

/** "X said C"; after a break, "C, X said", "C1, X said, C2" or a leading adverbial "In a statement, X said C". */
function readAfterSubject(r: Reader, cues: Cue[], ci: number, base: CueBase): ShapeReading {
  const cue = cues[ci];
  const { tokens } = r;
  const sFirst = r.sFirst(cue.head);
  const sLast = r.sLast(cue.head);
  const left = cue.first - 1;
  const subject = left >= sFirst ? readSubjectLeft(r, left, sFirst) : null;
  if (!subject) return undefined;
  const forward = (): Found | null => {
    const content = readForward(r, cues, ci, cue.last + 1);
    return content && acceptContent(r, cue, content, subject) ? { ...base, source: subject, content } : null;
  };
  if (!breakBeforeSubject(r, subject, sFirst)) return forward();
  const after = skipAdjuncts(r, skipObject(r, cue, cue.last + 1, sLast), sLast);
  const endsAfter =
    after > sLast ||
    r.endsSentence(after) ||
    tokens[after].text === ',' ||
    tokens[after].text === ';' ||
    r.openAt[after] >= 0 ||
    tokens[after].lower === 'who' ||
    tokens[after].lower === 'which';
  if (!endsAfter) return forward();
  return readContentBefore(r, cues, ci, base, subject, after);
}

/** "C, X said" with what follows the cue at `after`: nothing, a second part of the content, or a quote. */
function readContentBefore(r: Reader, cues: Cue[], ci: number, base: CueBase, subject: Range, after: number): Found | null {
  const { tokens } = r;
  const sLast = r.sLast(cues[ci].head);
  const before = subject[0] - 1;
  const leftContent = readLeft(r, before);
  if (!leftContent) return null;
  const afterComma = tokens[after]?.text === ',' ? after + 1 : after;
  const opening = tokens[leftContent[0]].lower;
  const verbless = !hasFiniteVerb(r, leftContent[0], leftContent[1]);
  // "In a statement, X said, “C”": the adverbial is not content; the quote after is.
  if ((QUOTE_ADVERBIAL_STARTS.has(opening) || opening.endsWith('ing')) && verbless && r.openAt[afterComma] >= 0)
    return { ...base, source: subject, content: quotesAfter(r, afterComma) };
  const content: Range[] = [leftContent];
  const leadingAdverbial = ADVERBIAL_STARTS.has(opening) || opening.endsWith('ing');
  const commaAfter = after <= sLast && tokens[after].text === ',';
  if (commaAfter && r.openAt[afterComma] < 0 && !isNewClauseOpener(r, afterComma) && verbless && !leadingAdverbial) {
    // "Too often, he said, the debate ..."
    const rest = readForward(r, cues, ci, afterComma);
    if (rest) content.push(...rest);
  } else if (r.closeEndAt[before] >= 0 || r.openAt[afterComma] >= 0) {
    content.push(...quotesAfter(r, afterComma));
  } else if (leadingAdverbial && commaAfter && verbless && !isNewClauseOpener(r, afterComma)) {
    // "During his years in office, Mr. Obama said, most Americans came to believe ...": the clause after is the content.
    const rest = readForward(r, cues, ci, afterComma);
    if (rest) return { ...base, source: subject, content: rest };
  }
  return { ...base, source: subject, content };
}

/** "Said Ellis: “C”": the cue opens the sentence, the source follows it. */
function readOpeningCue(r: Reader, cues: Cue[], ci: number, base: CueBase): ShapeReading {
  const cue = cues[ci];
  const sFirst = r.sFirst(cue.head);
  if (cue.first !== sFirst || !SENTENCE_OPENING_CUES.has(r.tokens[cue.head].lower)) return undefined;
  const np = readNounPhraseRight(r, cue.last + 1, r.sLast(cue.head));
  if (!np || !(r.tokens[np[1] + 1]?.text === ':' || r.tokens[np[1] + 1]?.text === ',')) return null;
  const content = readForward(r, cues, ci, np[1] + 2);
  return content ? { ...base, source: np, content } : null;
}

/** "“Who knew?” said X.": the quote is split off as a sentence of its own after its question mark. */
function readAfterSplitQuote(r: Reader, cue: Cue, base: CueBase): ShapeReading {
  const sFirst = r.sFirst(cue.head);
  const left = cue.first - 1;
  if (left >= sFirst || !quoteEndsJustBefore(r, sFirst) || left !== sFirst - 1) return undefined;
  const np = readNounPhraseRight(r, cue.last + 1, r.sLast(cue.head));
  const leftContent = np && readLeft(r, left);
  if (!np || !leftContent) return null;
  return { ...base, source: np, content: [leftContent, ...quotesAfter(r, np[1] + 1)] };
}

/** "X -- a co-author of the study -- said C". */
function readDashed(r: Reader, cues: Cue[], ci: number, base: CueBase): ShapeReading {
  const cue = cues[ci];
  const sFirst = r.sFirst(cue.head);
  const left = cue.first - 1;
  if (left < sFirst || !DASHES.has(r.tokens[left].text) || r.tokens[left].text === '―') return undefined;
  const region = clauseSubjectRegion(r, sFirst, left - 1, true);
  const content = region && readForward(r, cues, ci, cue.last + 1);
  if (!region || !content || !acceptContent(r, cue, content, region.all)) return null;
  return { ...base, source: region.head, sourceRegion: region.all, content };
}

/** "“C,” X, a spokesman for Y, said.": the quote, then the source with its apposition. */
function readQuoteThenSource(r: Reader, cue: Cue, base: CueBase): ShapeReading {
  const { tokens } = r;
  const sFirst = r.sFirst(cue.head);
  const sLast = r.sLast(cue.head);
  const left = cue.first - 1;
  const afterCue = skipAdjuncts(r, skipObject(r, cue, cue.last + 1, sLast), sLast);
  if (!(afterCue > sLast || r.endsSentence(afterCue) || (tokens[afterCue].text === ',' && r.openAt[afterCue + 1] >= 0)))
    return undefined;
  let q = left - 1;
  while (q >= sFirst && r.closeEndAt[q] < 0 && !(tokens[q].text === ',' && r.closeEndAt[q - 1] >= 0)) q--;
  if (q < sFirst) return undefined;
  const quoteEnd = tokens[q].text === ',' ? q - 1 : q;
  const sourceStart = tokens[quoteEnd + 1].text === ',' ? quoteEnd + 2 : quoteEnd + 1;
  const head = readNounPhraseRight(r, sourceStart, left - 1);
  const leftContent = readLeft(r, quoteEnd);
  if (!head || !leftContent) return undefined;
  return { ...base, source: head, sourceRegion: [sourceStart, left - 1], content: [leftContent, ...quotesAfter(r, afterCue)] };
}

/** "X, a spokesman for Y, said C" / "X, who ..., said C". */
function readApposition(r: Reader, cues: Cue[], ci: number, base: CueBase): Found | null {
  const cue = cues[ci];
  const region = clauseSubjectRegion(r, r.sFirst(cue.head), cue.first - 2);
  if (!region) return null;
  const content = readForward(r, cues, ci, cue.last + 1);
  if (!content || !acceptContent(r, cue, content, region.all)) return null;
  return { ...base, source: region.head, sourceRegion: region.all, content };
}
