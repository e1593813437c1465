// What stands between a cue and its content: the addressee ("told reporters") and time or manner
// adjuncts ("said Friday", "said in a statement that").
import { ADJUNCT_STARTERS, AUDIENCE_WORDS, CLAUSE_OPENERS, PERSONAL_PRONOUNS, VERBS_WITH_ADDRESSEE } from '../lexicon/reporting';
import { ADDRESSEE_ENDERS, ADDRESSEE_OPENERS, ADDRESSEE_WORDS, DAY_WORDS, TIME_RUN_WORDS } from '../lexicon/clauseWords';
import type { Cue } from './model';
import type { Reader } from './reader';

/** Skips the addressee after "told", "urged", "accused" ("told AFP", "told reporters on Friday"). */
export function skipObject(r: Reader, cue: Cue, from: number, sLast: number): number {
  const { tokens, entities } = r;
  if (!VERBS_WITH_ADDRESSEE.has(cue.lemma) || cue.phrasal) return from;
  let k = from;
  if (tokens[k]?.lower === 'to' && cue.lemma !== 'tell') return k;
  const start = k;
  while (k <= sLast && k < start + 8) {
    const t = tokens[k];
    const m = entities.mentionAtToken[k];
    if (m >= 0) {
      while (k <= sLast && entities.mentionAtToken[k] === m) k++;
      continue;
    }
    if (
      !t.isWord ||
      CLAUSE_OPENERS.has(t.lower) ||
      ADDRESSEE_ENDERS.has(t.lower) ||
      (PERSONAL_PRONOUNS.has(t.lower) && k > start) ||
      r.isFinite(k)
    )
      break;
    const nounAfterStart = k > start && !r.isFinite(k) && (r.tag(t.lower) || 'NN').startsWith('NN');
    if (!(t.capitalized || AUDIENCE_WORDS.has(t.lower) || ADDRESSEE_WORDS.has(t.lower) || nounAfterStart)) break;
    k++;
  }
  // "accused X of C": the content follows "of".
  if (cue.lemma === 'accuse' && tokens[k]?.lower === 'of') return k + 1;
  return k;
}

/** Skips a time or manner adjunct before the content: "said Friday", "said in a statement that", "told CNN on Sunday:". */
export function skipAdjuncts(r: Reader, from: number, sLast: number): number {
  const { tokens } = r;
  const k = from;
  const t = tokens[k];
  if (!t || k > sLast) return k;
  if (!ADJUNCT_STARTERS.has(t.lower)) return k;
  // "pledged to remain civil" is content, "said to reporters" an adjunct.
  if (t.lower === 'to') {
    const n = tokens[k + 1];
    const addressee = !!n && (n.capitalized || AUDIENCE_WORDS.has(n.lower) || ADDRESSEE_OPENERS.has(n.lower));
    if (!addressee) return k;
  }
  // A run of time words alone: "said Friday night".
  let j = k;
  while (j <= sLast && (DAY_WORDS.has(tokens[j].lower) || TIME_RUN_WORDS.has(tokens[j].lower))) j++;
  if (
    j > k &&
    (j > sLast ||
      (tokens[j].lower !== 'in' && tokens[j].lower !== 'on' && tokens[j].lower !== 'at' && tokens[j].lower !== 'during'))
  )
    return j;
  // A prepositional adjunct up to a comma, "that", a colon or a quote, without a verb of its own.
  for (let e = k; e <= sLast && e < k + 14; e++) {
    const x = tokens[e];
    if (x.text === ',' || x.text === ':' || x.lower === 'that' || r.openAt[e] >= 0) return e > k ? e : k;
    if (r.endsSentence(e)) return e;
    if (e > k && r.isFinite(e)) return k;
  }
  return k;
}
