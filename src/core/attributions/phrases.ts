// Noun phrases and clause edges around a cue: the subject read leftwards from the cue, a noun phrase
// read rightwards after it, the subject at the start of a clause past its adverbials and appositions.
import { CUE_AUXILIARIES, LEADING_CONJUNCTIONS, PERSONAL_PRONOUNS, PARTICIPLE_CUES, SUBJECT_STOPS } from '../lexicon/reporting';
import {
  CLAUSE_BREAKS,
  CLOSE_QUOTES,
  DASHES,
  DAY_LEADERS,
  DAY_WORDS,
  NAME_LINKS,
  NEW_CLAUSE_WORDS,
  DAY_PARTS,
  PHRASE_AND_CONTINUERS,
  PHRASE_END_PREPOSITIONS,
  PHRASE_END_WORDS,
  RELATIVE_PRONOUNS,
  SUBJECT_ADVERBIAL_STARTS,
  SUBJECT_DISCOURSE_WORDS,
  SUBJECT_LEADING_LINKS,
} from '../lexicon/clauseWords';
import { MAX_SCAN, type Cue, type Found, type Range } from './model';
import type { Reader } from './reader';
import { quoteEndsJustBefore } from './quotes';

/** Tags of words that cannot be inside a subject: verbs, prepositions, adverbs, conjunctions. */
const NON_SUBJECT_TAG = /^(VB[DPZ]?|IN|TO|RB|MD|WDT|WP|CC)$/;
const PAST_TAG = /^VB[DN]$/;

/** Reads a subject noun phrase that ends at `last`, scanning left. Returns null when none. */
export function readSubjectLeft(r: Reader, last: number, sFirst: number): Range | null {
  const { tokens } = r;
  let end = last;
  // "Rep. Jane Roe (D-Ohio) said": skip the parenthesis.
  if (tokens[end].text === ')') {
    let k = end - 1;
    while (k > sFirst && k > end - 10 && tokens[k].text !== '(') k--;
    if (k < sFirst || tokens[k].text !== '(' || k - 1 < sFirst) return null;
    end = k - 1;
  }
  // "Clinton on Friday said".
  while (end > sFirst && (DAY_WORDS.has(tokens[end].lower) || DAY_PARTS.has(tokens[end].lower)) && tokens[end - 1].isWord) {
    end--;
    if (DAY_LEADERS.has(tokens[end].lower)) end--;
  }
  const t = tokens[end];
  if (!t || end < sFirst) return null;
  if (!t.isWord && !(t.text === '’s' || t.text === "'s")) return null;
  if (PERSONAL_PRONOUNS.has(t.lower) || t.lower === 'you') return [end, end];
  if (r.quoted(end)) return null;
  if (SUBJECT_STOPS.has(t.lower) || t.lower === 'also' || t.lower === 'to') return null;
  if (!t.capitalized && r.isFinite(end)) return null;
  if (t.isWord && !r.canHeadNounPhrase(end)) return null;
  const first = subjectStart(r, end, sFirst);
  return first > end ? null : [first, end];
}

/** Where a subject ending at `end` starts: back over names, nouns and their links, then past leading links. */
function subjectStart(r: Reader, end: number, sFirst: number): number {
  const { tokens } = r;
  let first = end;
  for (let k = end - 1; k >= sFirst && k >= end - 12; k--) {
    const x = tokens[k];
    if (r.quoted(k) || r.closeEndAt[k] >= 0) break;
    if (x.isWord && SUBJECT_STOPS.has(x.lower) && x.lower !== 'and') break;
    if (x.lower === 'and') {
      // Coordinated subjects: "state media and a Palestinian official".
      if (k - 1 >= sFirst && tokens[k - 1].isWord && !SUBJECT_STOPS.has(tokens[k - 1].lower) && !r.isFinite(k - 1)) {
        first = k;
        continue;
      }
      break;
    }
    const abbreviationDot =
      x.text === '.' &&
      k > sFirst &&
      tokens[k - 1].isWord &&
      tokens[k - 1].text.length <= 4 &&
      tokens[k - 1].capitalized &&
      !x.spaceBefore;
    if (!x.isWord && !(x.text === '-' || x.text === '’s' || x.text === "'s" || x.text === '&' || abbreviationDot)) break;
    if (x.isWord && !x.capitalized) {
      if (r.isFinite(k) && !PERSONAL_PRONOUNS.has(x.lower)) break;
      if (!NAME_LINKS.has(x.lower) && !(x.lower === 'to' && tokens[k + 1]?.capitalized) && onlyNonSubjectTags(r, x.lower)) break;
    }
    first = k;
  }
  while (first <= end && SUBJECT_LEADING_LINKS.has(tokens[first].lower)) first++;
  while (first < end && LEADING_CONJUNCTIONS.has(tokens[first].lower) && !tokens[first].capitalized) first++;
  while (first < end && SUBJECT_DISCOURSE_WORDS.has(tokens[first].lower)) first++;
  return first;
}

/** Every known tag of the word is a verb, preposition, adverb or conjunction (an unknown word is none of them). */
function onlyNonSubjectTags(r: Reader, lower: string): boolean {
  const tags = r.tagsOf(lower);
  if (!tags) return false;
  for (const tag of tags) if (!NON_SUBJECT_TAG.test(tag)) return false;
  return true;
}

/** Reads a noun phrase starting at `first` up to a clause break or relative pronoun. */
export function readNounPhraseRight(r: Reader, first: number, sLast: number, allowFinite = false): Range | null {
  const { tokens } = r;
  let last = first - 1;
  for (let k = first; k <= sLast && k < first + 14; k++) {
    const x = tokens[k];
    const abbreviationDot =
      x.text === '.' &&
      !x.spaceBefore &&
      k > first &&
      tokens[k - 1].isWord &&
      tokens[k - 1].capitalized &&
      tokens[k - 1].text.length <= 4 &&
      tokens[k + 1]?.capitalized &&
      k < sLast;
    if (abbreviationDot) {
      last = k;
      continue;
    }
    if (
      CLAUSE_BREAKS.has(x.text) ||
      r.endsSentence(k) ||
      r.openAt[k] >= 0 ||
      r.closeEndAt[k] >= 0 ||
      x.text === '"' ||
      (x.text === '-' && x.spaceBefore)
    )
      break;
    if (x.isWord && k > first) {
      if (PHRASE_END_WORDS.has(x.lower) || PHRASE_END_PREPOSITIONS.has(x.lower)) break;
      if (x.lower === 'and' && !(tokens[k + 1] && (tokens[k + 1].capitalized || PHRASE_AND_CONTINUERS.has(tokens[k + 1].lower))))
        break;
      if (!allowFinite && !x.capitalized && (r.isFinite(k) || PAST_TAG.test(r.tag(x.lower)))) break;
    }
    last = k;
  }
  return last >= first ? [first, last] : null;
}

/** Content starts after a dateline ("Beirut, May 20:", "WASHINGTON —") or a leading colon. */
export function contentStart(r: Reader, sFirst: number, limit: number): number {
  const { tokens } = r;
  for (let k = sFirst; k < limit && k < sFirst + 12; k++) {
    if (r.quoted(k)) break;
    if (tokens[k].text === ':' || (DASHES.has(tokens[k].text) && k < sFirst + 6 && tokens[k].spaceBefore)) {
      if (k + 1 < limit) return k + 1;
    }
  }
  return sFirst;
}

/** The subject at the start of the clause ending at `last`: "But X, a spokesman for Y," → X (head) and the whole region. */
export function clauseSubjectRegion(r: Reader, sFirst: number, last: number, dashed = false): { head: Range; all: Range } | null {
  const { tokens } = r;
  let k = dashed ? sFirst : contentStart(r, sFirst, last);
  if (r.closeEndAt[last] >= 0 || r.quoted(last)) return null;
  while (k <= last && LEADING_CONJUNCTIONS.has(tokens[k].lower)) k++;
  // Skip leading adverbials: "In a statement, ...", "On Friday, ...".
  for (let guard = 0; guard < 3 && k <= last; guard++) {
    const t = tokens[k];
    if (!t.isWord) {
      k++;
      continue;
    }
    if (!SUBJECT_ADVERBIAL_STARTS.has(t.lower) && !DAY_WORDS.has(t.lower)) break;
    let c = k;
    while (c <= last && c < k + 40 && tokens[c].text !== ',') c++;
    if (c >= last || tokens[c].text !== ',') return null;
    k = c + 1;
  }
  if (k > last) return null;
  const head = readNounPhraseRight(r, k, last);
  if (!head) return null;
  // The region must reach the comma before the cue through appositions only, not through a clause.
  return { head, all: [head[0], last] };
}

/** The subject of the main clause, for participles (", saying ...") and elided subjects ("and said ..."). */
export function mainSubject(
  r: Reader,
  cue: Cue,
  found: Found[],
): { source: Range; sourceRegion?: Range; antecedentEnd?: number } | null {
  const sentence = r.tokens[cue.head].sentence;
  for (let a = found.length - 1; a >= 0; a--) {
    const f = found[a];
    if (r.tokens[f.cue[0]].sentence !== sentence) break;
    if (f.source && f.cue[0] < cue.first)
      return { source: f.source, sourceRegion: f.sourceRegion, antecedentEnd: f.antecedentEnd };
  }
  const sFirst = r.sFirst(cue.head);
  const k = contentStart(r, sFirst, cue.first);
  if (r.quoted(k) || r.openAt[k] >= 0) return null;
  const region = clauseSubjectRegion(r, k, cue.first - 1);
  if (!region) return null;
  // The subject must be followed by its verb: "Trump bemoaned ..." not "In 2012, ...".
  const after = region.head[1] + 1;
  const next = r.tokens[after];
  const verbAfter = r.isFinite(after) || PAST_TAG.test(r.tag(next.lower));
  if (after >= cue.first || !(verbAfter || next.text === ',' || CUE_AUXILIARIES.has(next.lower) || next.lower.endsWith('ly')))
    return null;
  return { source: region.head };
}

/** The break before a subject: a comma, a closing quote, or a colon. */
export function isBreak(r: Reader, i: number): boolean {
  const t = r.tokens[i];
  return t.text === ',' || r.closeEndAt[i] >= 0 || CLOSE_QUOTES.has(t.text);
}

/** Something ends just before the subject: a break in its sentence, or a quote split off before it ("“Why?” he asked"). */
export function breakBeforeSubject(r: Reader, subject: Range, sFirst: number): boolean {
  const before = subject[0] - 1;
  return (before >= sFirst && isBreak(r, before)) || (quoteEndsJustBefore(r, sFirst) && before === sFirst - 1);
}

/** A word that opens a new clause after a comma: a participle, a conjunction, a relative pronoun. */
export function isNewClauseOpener(r: Reader, k: number): boolean {
  const t = r.tokens[k];
  if (!t) return true;
  return PARTICIPLE_CUES.has(t.lower) || NEW_CLAUSE_WORDS.has(t.lower) || t.lower.endsWith('ing');
}

export function hasFiniteVerb(r: Reader, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!r.quoted(k) && r.isFinite(k)) return true;
  return false;
}

/**
 * What precedes "..., said X" is content when it is a quote or has a verb of its own outside a relative clause;
 * "X, a lawyer for Y, said C" has only a name and its apposition there.
 */
export function leftIsContent(r: Reader, sFirst: number, left: number): boolean {
  if (r.closeEndAt[left] >= 0 || r.closeEndAt[left - 1] >= 0 || r.quoted(left - 1)) return true;
  let relative = false;
  for (let k = Math.max(sFirst, left - MAX_SCAN); k < left; k++) {
    const t = r.tokens[k];
    if (t.text === ',') relative = false;
    else if (RELATIVE_PRONOUNS.has(t.lower) || t.lower === 'whose' || t.lower === 'whom') relative = true;
    else if (!relative && r.isFinite(k)) return true;
  }
  return false;
}
