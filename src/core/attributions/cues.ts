// Cues: the words that report ("said", "according to", "his claim that", "is critical of"), each
// read by its own kind; verbs are told from the nouns and other senses they share a form with.
import { CUE_AUXILIARIES, NOMINAL_CUES, STANCE_ADJECTIVES } from '../lexicon/reporting';
import { DEGREE_WORDS, DENIAL_NOUNS, FIRST_PERSON_SUBJECTS, LINKING_VERBS, OPINION_LEMMAS } from '../lexicon/clauseWords';
import type { Cue } from './model';
import type { Reader } from './reader';
import { readVerbCue } from './verbCues';

/** Every cue of the text, in text order. */
export function findCues(r: Reader): Cue[] {
  const { tokens } = r;
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Most words can start no cue: one look-up settles them.
    if (!t.isWord || !r.mayStartCue(t.lower)) continue;
    // Inside a quotation only the speaker's own "I think ..." is a cue.
    if (r.quoted(i) && !(FIRST_PERSON_SUBJECTS.has(tokens[i - 1]?.lower ?? '') && OPINION_LEMMAS.has(r.lemma(t.lower) ?? '')))
      continue;
    const cue = accordingCue(r, i) ?? nominalCue(r, i) ?? adjectiveCue(r, i) ?? readVerbCue(r, i);
    if (!cue) continue;
    cues.push(cue);
    // A passive cue's words after the participle ("by") may still start the next reading.
    if (cue.kind !== 'passive') i = Math.max(i, cue.last);
  }
  return cues;
}

/** "according to X". */
function accordingCue(r: Reader, i: number): Cue | null {
  if (r.tokens[i].lower !== 'according' || r.tokens[i + 1]?.lower !== 'to') return null;
  return { first: i, last: i + 1, head: i, lemma: 'according', kind: 'according', stance: 'asserts', phrasal: true };
}

/** "Trump's claim that C", "a Times report that C". */
function nominalCue(r: Reader, i: number): Cue | null {
  const lower = r.tokens[i].lower;
  if (!NOMINAL_CUES.has(lower) || r.tokens[i + 1]?.lower !== 'that' || !r.clauseAt(i + 2, r.sLast(i))) return null;
  const stance = DENIAL_NOUNS.has(lower) ? 'denies' : 'asserts';
  return { first: i, last: i, head: i, lemma: lower, kind: 'nominal', stance, phrasal: true };
}

/** "X is critical of C", "X was sure that C": a stance adjective after a linking verb. */
function adjectiveCue(r: Reader, i: number): Cue | null {
  const { tokens } = r;
  const t = tokens[i];
  const next = tokens[i + 1];
  const introducers = STANCE_ADJECTIVES.get(t.lower);
  if (!introducers || !next) return null;
  const withIntroducer = introducers.includes(next.lower);
  if (!withIntroducer && !(introducers.includes('that') && r.clauseAt(i + 1, r.sLast(i)) && next.isWord)) return null;
  let c = i - 1;
  while (c >= 0 && tokens[c].isWord && (tokens[c].lower.endsWith('ly') || DEGREE_WORDS.has(tokens[c].lower))) c--;
  if (c < 0 || !LINKING_VERBS.has(tokens[c].lower) || tokens[c].sentence !== t.sentence) return null;
  let first = c;
  while (
    first - 1 >= 0 &&
    tokens[first - 1].isWord &&
    CUE_AUXILIARIES.has(tokens[first - 1].lower) &&
    tokens[first - 1].sentence === t.sentence
  )
    first--;
  return {
    first,
    last: withIntroducer ? i + 1 : i,
    head: i,
    lemma: t.lower,
    kind: 'adjective',
    stance: 'asserts',
    phrasal: true,
  };
}
