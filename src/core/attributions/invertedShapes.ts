// "C, said X": only verbs of saying invert, after a quote or a clause with a verb of its own
// ("X, a lawyer, called for C" keeps its order).
import { VERBS_WITH_ADDRESSEE } from '../lexicon/reporting';
import { CLAUSE_BREAKS, NOT_INVERTED_SOURCES, RELATIVE_PRONOUNS, SOURCE_TAIL_PREPOSITIONS } from '../lexicon/clauseWords';
import type { Cue, CueBase, Range } from './model';
import type { Reader } from './reader';
import { quotesAfter } from './quotes';
import { readLeft } from './content';
import { hasFiniteVerb, leftIsContent, readNounPhraseRight } from './phrases';
import type { ShapeReading } from './verbShapes';

/** "C, said X" / "“C,” said X, a ...": the source after the cue, the content before its comma. */
export function readInverted(r: Reader, cue: Cue, base: CueBase): ShapeReading {
  const { tokens } = r;
  const sFirst = r.sFirst(cue.head);
  const sLast = r.sLast(cue.head);
  const left = cue.first - 1;
  const np = readNounPhraseRight(r, cue.last + 1, sLast);
  const inverts = cue.kind === 'speech' && !VERBS_WITH_ADDRESSEE.has(cue.lemma) && !cue.phrasal && leftIsContent(r, sFirst, left);
  if (!np || !inverts || NOT_INVERTED_SOURCES.has(tokens[np[0]].lower) || !r.canHeadNounPhrase(np[1])) return undefined;
  if (!sourceEndsClause(r, np[1] + 1, sLast) || hasFiniteVerb(r, np[0], np[1])) return undefined;
  const leftContent = readLeft(r, left);
  if (!leftContent) return null;
  const content: Range[] = [leftContent];
  if (r.closeEndAt[left] >= 0 || r.closeEndAt[left - 1] >= 0) {
    let k = np[1] + 1;
    // Skip the apposition to reach a continuing quote: "“C,” said X, a spokesman. “C2.”"
    while (k <= sLast && r.openAt[k] < 0) k++;
    content.push(...quotesAfter(r, k <= sLast ? k : sLast + 1));
  }
  return { ...base, source: np, content };
}

/** The inverted source ends its clause at `after`: the sentence end, a break, a relative clause, or a short prepositional tail. */
function sourceEndsClause(r: Reader, after: number, sLast: number): boolean {
  const { tokens } = r;
  if (
    after > sLast ||
    r.endsSentence(after) ||
    tokens[after].text === ',' ||
    tokens[after].text === '(' ||
    tokens[after].text === ';' ||
    RELATIVE_PRONOUNS.has(tokens[after].lower) ||
    r.openAt[after] >= 0
  )
    return true;
  // "said one source on the panel." — a prepositional tail before the end.
  if (!SOURCE_TAIL_PREPOSITIONS.has(tokens[after].lower)) return false;
  let e = after + 1;
  while (e <= sLast && e < after + 10 && !CLAUSE_BREAKS.has(tokens[e].text) && !r.endsSentence(e) && !r.isFinite(e)) e++;
  return e > sLast || CLAUSE_BREAKS.has(tokens[e].text) || r.endsSentence(e);
}
