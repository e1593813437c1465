// One reading per cue kind: "according to X", nouns that report ("his claim that"), passives
// ("is supported by X", "was accused of"), participles (", saying ...") and verbs (verbShapes.ts).
import { gazetteer } from '../lexicon/gazetteer';
import { POSSESSIVE_DETERMINERS } from '../lexicon/clauseWords';
import type { Cue, CueBase, Found, Range } from './model';
import type { Reader } from './reader';
import { extendOverQuote } from './quotes';
import { contentEndForward, readForward } from './content';
import { contentStart, hasFiniteVerb, isNewClauseOpener, mainSubject, readNounPhraseRight, readSubjectLeft } from './phrases';
import { readVerb } from './verbShapes';

/** What cue `ci` reports, read in the shape its kind takes; null when the text around it reports nothing. */
export function readCue(r: Reader, cues: Cue[], ci: number, found: Found[]): Found | null {
  const cue = cues[ci];
  const base: CueBase = { cue: [cue.first, cue.last], stance: cue.stance };
  switch (cue.kind) {
    case 'according':
      return readAccordingTo(r, cue, base);
    case 'nominal':
      return readNominal(r, cues, ci, base);
    case 'passive':
      return readPassive(r, cues, ci, base);
    case 'participle':
      return readParticiple(r, cues, ci, base, found);
    default:
      return readVerb(r, cues, ci, base, found);
  }
}

/** "C, according to X, C2" / "According to X, C". */
function readAccordingTo(r: Reader, cue: Cue, base: CueBase): Found | null {
  const { tokens } = r;
  const sFirst = r.sFirst(cue.head);
  const sLast = r.sLast(cue.head);
  const source = readNounPhraseRight(r, cue.last + 1, sLast, true);
  if (!source) return null;
  const contentLast = r.trimEnd(sFirst, sLast);
  const before = cue.first - 1;
  const start = contentStart(r, sFirst, cue.first);
  if (before >= sFirst && before > start) {
    const end = r.trimEnd(start, before);
    // "C, according to X, C2" keeps both sides.
    const content: Range[] = [[start, end]];
    const k = source[1] + 1;
    if (tokens[k]?.text === ',' && k < contentLast && !isNewClauseOpener(r, k + 1) && !hasFiniteVerb(r, start, end))
      content.push([k + 1, contentLast]);
    return { ...base, source, content };
  }
  let k = source[1] + 1;
  if (tokens[k]?.text === ',') k++;
  if (k > contentLast) return null;
  return { ...base, source, content: [[k, extendOverQuote(r, k, contentLast)]] };
}

/** "Trump's claim that C", "his claim that C", "a Times report that C": the owner is a possessive or a name before the noun. */
function readNominal(r: Reader, cues: Cue[], ci: number, base: CueBase): Found | null {
  const cue = cues[ci];
  const { tokens } = r;
  const sFirst = r.sFirst(cue.head);
  const k = cue.last + 2;
  const end = contentEndForward(r, cues, ci, k, r.sLast(cue.head));
  if (end < k) return null;
  let source: Range | null = null;
  let j = cue.first - 1;
  while (
    j >= sFirst &&
    tokens[j].isWord &&
    !tokens[j].capitalized &&
    !POSSESSIVE_DETERMINERS.has(tokens[j].lower) &&
    gazetteer().tagsOf(tokens[j].lower)?.[0] === 'JJ'
  )
    j--;
  if (j >= sFirst && (tokens[j].text === '’s' || tokens[j].text === "'s" || tokens[j].capitalized))
    source = readSubjectLeft(r, j, sFirst);
  else if (j >= sFirst && POSSESSIVE_DETERMINERS.has(tokens[j].lower)) source = [j, j];
  return { ...base, source, content: [[k, extendOverQuote(r, k, end)]] };
}

/** "The plan is supported by X" (the subject is the content) and "X was accused of C" (no source). */
function readPassive(r: Reader, cues: Cue[], ci: number, base: CueBase): Found | null {
  const cue = cues[ci];
  const sFirst = r.sFirst(cue.head);
  const sLast = r.sLast(cue.head);
  const subject = cue.first - 1 >= sFirst ? readSubjectLeft(r, cue.first - 1, sFirst) : null;
  if (!subject) return null;
  if (!cue.phrasal) {
    const end = contentEndForward(r, cues, ci, cue.last + 1, sLast);
    return end > cue.last ? { ...base, source: null, content: [subject, [cue.last + 1, end]] } : null;
  }
  const source = readNounPhraseRight(r, cue.last + 1, sLast);
  if (!source) return null;
  return { ...base, source, content: [subject] };
}

/** ", saying C" speaks for the main clause's subject; "footage of Trump saying, “...”" for the name right before. */
function readParticiple(r: Reader, cues: Cue[], ci: number, base: CueBase, found: Found[]): Found | null {
  const cue = cues[ci];
  const { tokens } = r;
  const named =
    tokens[cue.first - 1]?.capitalized && r.entities.mentionAtToken[cue.first - 1] >= 0
      ? readSubjectLeft(r, cue.first - 1, r.sFirst(cue.head))
      : null;
  const source = named ? { source: named } : mainSubject(r, cue, found);
  if (!source) return null;
  const content = readForward(r, cues, ci, cue.last + 1);
  if (!content) return null;
  return { ...base, ...source, content };
}
