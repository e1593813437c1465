// Verb cues: a reporting verb form is a cue unless the words around it make it a noun ("the claims"),
// an infinitive of something else ("to the point"), a fixed phrase ("so-called") or a passive that
// names no source. Auxiliaries, negation and a governing verb ("declined to say") join the cue and
// decide its stance.
import type { Stance } from '../types';
import {
  CUE_AUXILIARIES,
  FINITE_AUXILIARIES,
  INFINITIVE_GOVERNORS,
  PARTICIPLE_CUES,
  PASSIVE_JUDGEMENTS,
  PHRASAL_CUES,
  PHRASAL_ONLY_VERBS,
  UNCERTAIN_FRAMES,
} from '../lexicon/reporting';
import {
  BE_FORMS,
  FIXED_SAY_LEADERS,
  FRAME_ADVERBS,
  JUDGEMENT_PREPOSITIONS,
  NOUN_MARKERS,
  OUT_PREPOSITIONS,
  PARTICIPLE_LEADERS,
  PASSIVE_AUXILIARIES,
  PASSIVE_BE,
  PROGRESSIVE_LEADERS,
  REFUSAL_FORMS,
  SAY_FORMS,
  VERB_LEADERS,
} from '../lexicon/clauseWords';
import type { Cue } from './model';
import type { Reader } from './reader';
import { presentFormFits } from './presentForms';

const VERB_TAG = /^VB[DZP]?$/;

/** The cue that a reporting verb form at token i makes, or null when it is used otherwise. */
export function readVerbCue(r: Reader, i: number): Cue | null {
  const { tokens } = r;
  const t = tokens[i];
  const lemma = r.lemma(t.lower);
  if (!lemma || !hasItsParticle(r, i, lemma)) return null;
  const info = r.verb(lemma);
  if (info.kind === 'intent' && !intentReports(r, i, lemma)) return null;
  const sFirst = r.sFirst(i);
  if (t.capitalized && i > sFirst && !(r.openAt[i - 1] >= 0) && !r.headline(t.sentence)) return null;
  const prev = tokens[i - 1];
  const prevLower = prev && prev.sentence === t.sentence ? prev.lower : '';
  const participle = isParticiple(r, i, lemma, prevLower);
  // Nouns that look like verbs ("the claims", "a report", "to the point").
  if (NOUN_MARKERS.has(prevLower) && !participle) return null;
  const chained = prevLower === 'to' && governsInfinitive(r, i);
  if (prevLower === 'to' && !chained) return null;
  if (usedOtherwise(r, i, lemma, participle, prevLower)) return null;
  let first = i;
  while (
    first - 1 >= sFirst &&
    tokens[first - 1].isWord &&
    (CUE_AUXILIARIES.has(tokens[first - 1].lower) || r.isAdverb(first - 1))
  )
    first--;
  const auxiliaries = first;
  // Passives ("was reported", "is expected") report nothing of a source here.
  if (isPassive(r, i, lemma, first)) return passiveCue(r, i, lemma, info.stance, first);
  if (chained) {
    first = i - 2;
    if (tokens[i - 2].lower === 'on' && tokens[i - 3]?.isWord) first = i - 3;
    while (first - 1 >= sFirst && tokens[first - 1].isWord && CUE_AUXILIARIES.has(tokens[first - 1].lower)) first--;
  }
  const next = tokens[i + 1];
  const phrasal = !!next && !!PHRASAL_CUES.get(lemma)?.includes(next.lower);
  const stance = stanceOf(r, i, auxiliaries, info.stance);
  if (stance === 'uncertain' && prevLower === 'to' && REFUSAL_FORMS.has(tokens[i - 2]?.lower ?? ''))
    first = Math.min(first, i - 2);
  return { first, last: phrasal ? i + 1 : i, head: i, lemma, kind: participle ? 'participle' : info.kind, stance, phrasal };
}

/** Verbs that report only with their particle ("spoke of", "railed against", "spoke out against") have it. */
function hasItsParticle(r: Reader, i: number, lemma: string): boolean {
  if (!PHRASAL_ONLY_VERBS.has(lemma)) return true;
  const next = r.tokens[i + 1]?.lower ?? '';
  return !!PHRASAL_CUES.get(lemma)?.includes(next) || (next === 'out' && OUT_PREPOSITIONS.has(r.tokens[i + 2]?.lower ?? ''));
}

/** Intentions ("wants to", "plans to") report a stance only before an infinitive that reports nothing itself. */
function intentReports(r: Reader, i: number, lemma: string): boolean {
  const { tokens } = r;
  const to =
    tokens[i + 1]?.lower === 'to' ? i + 1 : tokens[i + 2]?.lower === 'to' && tokens[i + 1].lower.endsWith('ly') ? i + 2 : -1;
  const decidedThat = lemma === 'decide' && r.clauseAt(i + 1, r.sLast(i));
  return decidedThat || (to >= 0 && !!tokens[to + 1]?.isWord && r.lemma(tokens[to + 1].lower) === undefined);
}

/** An -ing form that reports more of what its clause's subject said (", saying ...", "while insisting that"). */
function isParticiple(r: Reader, i: number, lemma: string, prevLower: string): boolean {
  const { tokens } = r;
  const t = tokens[i];
  if (!t.lower.endsWith('ing') || t.lower === lemma) return false;
  if (prevLower === ',') return true;
  if (!PARTICIPLE_CUES.has(t.lower)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    PARTICIPLE_LEADERS.has(prevLower) ||
    (!!next && (next.lower === 'that' || r.openAt[i + 1] >= 0 || (next.text === ',' && r.openAt[i + 2] >= 0))) ||
    (!!prev && prev.capitalized && prev.sentence === t.sentence && i - 1 > r.sFirst(i))
  );
}

/** "went on to say", "wants to discuss": a verb before "to" governs the infinitive and belongs to the cue. */
function governsInfinitive(r: Reader, i: number): boolean {
  const governing = r.tokens[i - 2];
  return (
    !!governing &&
    governing.isWord &&
    !governing.capitalized &&
    (INFINITIVE_GOVERNORS.has(governing.lower) ||
      (VERB_TAG.test(r.tag(governing.lower)) && !NOUN_MARKERS.has(r.tokens[i - 3]?.lower ?? '')))
  );
}

/** A plural -s ending ("claims"), not a double s ("press"). */
function pluralEnding(lower: string): boolean {
  return lower.endsWith('s') && !lower.endsWith('ss');
}

/** The form is a noun, a fixed phrase, markup, or a present form without a subject and complement. */
function usedOtherwise(r: Reader, i: number, lemma: string, participle: boolean, prevLower: string): boolean {
  const { tokens } = r;
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const bare = t.lower === lemma;
  const ing = t.lower.endsWith('ing') && !bare;
  const sayOrTell = lemma === 'say' || lemma === 'tell';
  const pluralSubject = !!prev && prev.isWord && (pluralEnding(prev.lower) || r.entities.mentionAtToken[i - 1] >= 0);
  if (bare && !sayOrTell && r.tag(t.lower).startsWith('NN') && !pluralSubject && !VERB_LEADERS.has(prevLower)) return true;
  // Plural nouns ("claims were false", "reports say") are subjects, not cues.
  if (
    !bare &&
    pluralEnding(t.lower) &&
    next &&
    (FINITE_AUXILIARIES.has(next.lower) || (r.lemma(next.lower) !== undefined && !next.lower.endsWith('s')))
  )
    return true;
  if (ing && !participle && !PROGRESSIVE_LEADERS.has(prevLower)) return true;
  // Fixed phrases: "so-called", "having said that", "needless to say".
  if (
    (prevLower === '-' && tokens[i - 2]?.lower === 'so') ||
    prevLower === 'having' ||
    (prevLower === 'to' && FIXED_SAY_LEADERS.has(tokens[i - 2]?.lower ?? '') && SAY_FORMS.has(t.lower))
  )
    return true;
  // Markup attributes ("<tweet tweet-id=...>") are not words of the text.
  if (
    prevLower === '<' ||
    (next && (next.text === '=' || (next.text === '-' && !next.spaceBefore && tokens[i + 2]?.lower === 'id')))
  )
    return true;
  // Present forms double as nouns ("swing states of", "his comments.", "email server"): they need a subject before and a complement after.
  return (bare || (t.lower.endsWith('s') && !ing)) && !sayOrTell && !presentFormFits(r, i);
}

/** A participle after a form of "be" ("was reported", "were twice denied", "is expected"). */
function isPassive(r: Reader, i: number, lemma: string, auxiliaries: number): boolean {
  const { tokens } = r;
  const t = tokens[i];
  if (t.lower === lemma || t.lower.endsWith('ing')) return false;
  for (let k = auxiliaries; k < i; k++) if (BE_FORMS.has(tokens[k].lower)) return true;
  // "were twice denied", "was basically told": adverbs between "be" and the participle.
  const sFirst = r.sFirst(i);
  let be = i - 1;
  while (
    be > sFirst &&
    be > i - 4 &&
    tokens[be].isWord &&
    !tokens[be].capitalized &&
    (r.tag(tokens[be].lower) === 'RB' || tokens[be].lower.endsWith('ly'))
  )
    be--;
  return PASSIVE_BE.has(tokens[be]?.lower ?? '') && be >= sFirst && !FINITE_AUXILIARIES.has(t.lower);
}

/** "is supported by X" names its source after "by"; "was accused of C" reports a judgement without one; other passives are no cue. */
function passiveCue(r: Reader, i: number, lemma: string, stance: Stance, first: number): Cue | null {
  const { tokens } = r;
  let by = i + 1;
  if (tokens[by] && tokens[by].lower.endsWith('ly')) by++;
  if (tokens[by]?.lower === 'by' && tokens[by + 1] && !tokens[by + 1].lower.endsWith('ing'))
    return { first, last: by, head: i, lemma, kind: 'passive', stance, phrasal: true };
  if (PASSIVE_JUDGEMENTS.has(lemma) && tokens[i + 1] && JUDGEMENT_PREPOSITIONS.has(tokens[i + 1].lower)) {
    const sFirst = r.sFirst(i);
    let start = first;
    while (start - 1 >= sFirst && PASSIVE_AUXILIARIES.has(tokens[start - 1].lower)) start--;
    return { first: start, last: i + 1, head: i, lemma, kind: 'passive', stance, phrasal: false };
  }
  return null;
}

/** Negation reverses the verb's stance; "could not say", "declined to say" make it uncertain. */
function stanceOf(r: Reader, i: number, auxiliaries: number, verbStance: 'asserts' | 'denies'): Stance {
  const { tokens } = r;
  const sFirst = r.sFirst(i);
  const from = Math.max(sFirst, i - 3);
  const frame = `${i - 2 >= from ? tokens[i - 2].lower : ''} ${i - 1 >= from ? tokens[i - 1].lower : ''}`.trim();
  const kept: string[] = [];
  for (let k = auxiliaries; k < i; k++) {
    const a = tokens[k].lower;
    if (!a.endsWith('ly') && !FRAME_ADVERBS.has(a)) kept.push(a);
  }
  const auxText = kept.slice(-2).join(' ');
  if (isUncertainFrame(frame) || isUncertainFrame(auxText)) return 'uncertain';
  let negated = false;
  for (let k = auxiliaries; k < i; k++) {
    const a = tokens[k].lower;
    if (a === 'not' || a === "n't" || a === 'never') negated = true;
  }
  return (verbStance === 'denies') !== negated ? 'denies' : 'asserts';
}

/** A loop, not a closure: a closure over a caller's variables would cost an allocation for every cue. */
function isUncertainFrame(words: string): boolean {
  for (const re of UNCERTAIN_FRAMES) if (re.test(words)) return true;
  return false;
}
