// Present forms of reporting verbs double as nouns ("his comments", "swing states", "email server"):
// a present form is a cue only between a subject and a complement.
import { PHRASAL_CUES, PERSONAL_PRONOUNS } from '../lexicon/reporting';
import { COMPLEMENT_STARTS, NOUN_FOLLOWERS } from '../lexicon/clauseWords';
import type { Reader } from './reader';
import { breakBeforeSubject, readSubjectLeft } from './phrases';

/** Marks after a present form that end its clause ("..., a narrator asks."). */
const CLAUSE_END_MARKS = new Set(['.', ',', ';', '!', '?']);

/** A present-tense reporting verb ("states", "claims", "email") between a subject and its complement. */
export function presentFormFits(r: Reader, i: number): boolean {
  const { tokens } = r;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!next || !prev) return false;
  if (prev.text === '’s' || prev.text === "'s" || (prev.text === '’' && !prev.spaceBefore)) return false;
  // "derogatory comments", "disparaging remarks": an adjective before makes a noun.
  if (
    (prev.isWord && !prev.capitalized && r.tag(prev.lower).startsWith('JJ')) ||
    (prev.lower.endsWith('ing') && !prev.capitalized)
  )
    return false;
  if (next.text === ':' || r.openAt[i + 1] >= 0 || (next.text === ',' && r.openAt[i + 2] >= 0)) return true;
  if (PERSONAL_PRONOUNS.has(prev.lower)) return true;
  // "..., a narrator asks." / "“C,” the Journal reports."
  if (CLAUSE_END_MARKS.has(next.text)) {
    const subject = readSubjectLeft(r, i - 1, r.sFirst(i));
    return !!subject && breakBeforeSubject(r, subject, r.sFirst(i));
  }
  if (next.isWord && next.lower.endsWith('ing') && !next.capitalized) return true;
  // "Court rules worship is legal": a clause follows.
  if (next.isWord && !next.capitalized && r.clauseAt(i + 1, r.sLast(i)) && !NOUN_FOLLOWERS.has(next.lower)) return true;
  if (PHRASAL_CUES.get(r.lemma(tokens[i].lower) ?? '')?.includes(next.lower)) return true;
  if (next.isNumber || (next.isWord && next.capitalized)) return true;
  if (!next.isWord) return false;
  if (COMPLEMENT_STARTS.has(next.lower)) return true;
  return next.lower.endsWith('ly') && r.tag(next.lower) === 'RB';
}
