// What follows a cue decides whether it reports: weak verbs and verbs of thought report only with a
// clause, a quote or a colon after them; "found the body" or "called a meeting" report nothing.
import { CLAUSE_OPENERS, EVIDENCE_NOUNS, WEAK_REPORTING_LEMMAS } from '../lexicon/reporting';
import { CLAUSE_ONLY_LEMMAS, EVIDENCE_LEMMAS, INFINITIVE_LEMMAS } from '../lexicon/clauseWords';
import type { Cue, Range } from './model';
import type { Reader } from './reader';

/** Content of weak verbs and verbs of thought must be a clause or a quote; "found the body" reports nothing. */
export function acceptContent(r: Reader, cue: Cue, content: Range[], source?: Range | null): boolean {
  const weak = cue.kind === 'thought' || (WEAK_REPORTING_LEMMAS.has(cue.lemma) && !cue.phrasal);
  if (!weak) return true;
  // "Polls show a close race", "the study found 31 cases": evidence shows whatever follows.
  if (source && EVIDENCE_LEMMAS.has(cue.lemma)) {
    for (let k = source[0]; k <= source[1]; k++) if (EVIDENCE_NOUNS.has(r.tokens[k].lower)) return true;
  }
  const [a] = content[0];
  const k = cue.last + 1;
  const t = r.tokens[k];
  if (!t) return false;
  if (t.lower === 'that' || t.text === ':' || r.openAt[k] >= 0 || (r.openAt[k + 1] >= 0 && t.text === ',')) return true;
  if (cue.kind === 'thought' || CLAUSE_ONLY_LEMMAS.has(cue.lemma)) return r.clauseAt(a, r.sLast(a));
  // "called the plan a disaster", "called him “reckless”": naming, not phoning.
  if (cue.lemma === 'call') return content.some(([x, y]) => hasQuoteOpening(r, x, y)) || namesSomething(r, a + 1);
  if (cue.lemma === 'ask' || cue.lemma === 'question')
    return (
      CLAUSE_OPENERS.has(r.tokens[a].lower) || r.openAt[a] >= 0 || hasWordWithin(r, a, 6, 'to') || r.tokens[a].lower === 'about'
    );
  if (r.tokens[a].lower === 'to' && INFINITIVE_LEMMAS.has(cue.lemma)) return true;
  return r.clauseAt(a, r.sLast(a));
}

function hasQuoteOpening(r: Reader, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (r.openAt[j] >= 0) return true;
  return false;
}

/** The n words from `from`, within its sentence. */
function sentenceWindow(r: Reader, from: number, n: number): number {
  return r.tokens[from] ? Math.min(from + n, r.sLast(from) + 1) : from;
}

/** "called the plan a disaster": an article or an adjective within the next words names what the object is. */
function namesSomething(r: Reader, from: number): boolean {
  const end = sentenceWindow(r, from, 8);
  for (let j = from; j < end; j++) {
    const w = r.tokens[j].lower;
    if (w === 'a' || w === 'an' || (j > from && r.tag(w) === 'JJ')) return true;
  }
  return false;
}

function hasWordWithin(r: Reader, from: number, n: number, word: string): boolean {
  const end = sentenceWindow(r, from, n);
  for (let j = from; j < end; j++) if (r.tokens[j].lower === word) return true;
  return false;
}

/** What a cue's content is, by its shape. */
export type Complement = 'before' | 'quote' | 'colon' | 'that' | 'wh' | 'clause' | 'infinitive' | 'np';

/** The shape of the content a cue took: before the cue, or after it a quote, colon, clause, infinitive or noun phrase. */
export function complementOf(r: Reader, cue: Cue, content: Range[]): Complement {
  const { tokens } = r;
  const a = content[0][0];
  if (a < cue.first) return 'before';
  if (r.openAt[a] >= 0 || r.quoteOf[a] >= 0) return 'quote';
  const before = tokens[a - 1];
  if (before && before.text === ':') return 'colon';
  if (before && before.lower === 'that' && a - 1 > cue.last) return 'that';
  const t = tokens[a];
  if (CLAUSE_OPENERS.has(t.lower)) return t.lower === 'that' ? 'that' : 'wh';
  if (t.lower === 'to') return 'infinitive';
  return r.clauseAt(a, r.sLast(a)) ? 'clause' : 'np';
}
