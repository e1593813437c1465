// How readings relate across a text: a stance reported inside another report is part of it, and a
// paragraph that is all quotation carries on the words of the source quoted just before.
import { FIRST_PERSON_SUBJECTS, NAMING_LEADERS } from '../lexicon/clauseWords';
import type { Cue, Found } from './model';
import type { Reader } from './reader';
import { paragraphEnd } from './content';

/**
 * A stance reported inside another attribution's content ("X said she plans to ...", "what he called ...")
 * is part of that report, not a report of its own; a speaker's "I think" stays.
 */
export function dropNested(r: Reader, cues: Cue[], found: Found[]): void {
  const inside = new Uint8Array(r.tokens.length);
  for (const f of found) {
    const cue = r.cueAt[f.cue[0]] >= 0 ? cues[r.cueAt[f.cue[0]]] : null;
    if (cue && cue.kind !== 'speech' && cue.kind !== 'according') continue;
    for (const [a, b] of f.content) for (let k = a; k <= b; k++) inside[k] = 1;
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    const ci = r.cueAt[f.cue[0]];
    if (ci < 0 || !inside[cues[ci].head]) continue;
    const cue = cues[ci];
    const speaker = f.source && FIRST_PERSON_SUBJECTS.has(r.tokens[f.source[0]].lower);
    const naming = cue.lemma === 'call' && NAMING_LEADERS.has(r.tokens[cue.first - 2]?.lower ?? '');
    if (!speaker && (cue.kind === 'intent' || cue.kind === 'thought' || cue.kind === 'object' || naming)) found.splice(i, 1);
  }
}

/** A paragraph that is all quotation, after a paragraph that quoted someone, carries on that person's words. */
export function continueQuotedParagraphs(r: Reader, found: Found[]): void {
  const { tokens } = r;
  if (!found.length) return;
  const lastByParagraph = new Map<number, Found>();
  for (const f of found) lastByParagraph.set(r.paragraph[f.cue[0]], f);
  const claimed = new Set<number>();
  for (const f of found) for (const [a] of f.content) claimed.add(r.paragraph[a]);
  for (const f of found) claimed.add(r.paragraph[f.cue[0]]);
  let previous: Found | undefined;
  let previousParagraph = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && r.paragraph[i] === r.paragraph[i - 1]) continue;
    const p = r.paragraph[i];
    const own = lastByParagraph.get(p);
    if (own) {
      previous = own;
      previousParagraph = p;
      continue;
    }
    const q = r.openAt[i];
    const allQuote = q >= 0 && r.quotes[q].closeEnd >= r.trimEnd(i, paragraphEnd(r, i));
    if (
      allQuote &&
      previous &&
      previousParagraph === p - 1 &&
      !claimed.has(p) &&
      previous.content.some(([a, b]) => r.quoteOf[a] >= 0 || r.quoteOf[b] >= 0)
    ) {
      previous.content.push([i, r.quotes[q].closeEnd]);
      previousParagraph = p;
      continue;
    }
    previous = undefined;
  }
}
