// Attributions: who said what. Finds reporting cues, then reads the text around each cue in one of the
// shapes news uses: "X said (that) C", "C, X said", "C, said X", "C1, X said, C2", "“C,” X said. “C2”",
// "X, a spokesman for Y, said C", "..., saying C", "according to X", "X said:" before a quoted paragraph,
// and the layouts of transcripts ("NAME: ..."), picture credits ("Image: X.") and sign-offs ("— X").
//
// Stages: the Reader (reader.ts, quotes.ts) → cues (cues.ts, verbCues.ts) → one reading per cue kind
// (readings.ts, verbShapes.ts, with content.ts, phrases.ts, adjuncts.ts, complements.ts) → layouts
// (layouts.ts) → nesting (nesting.ts) → sources resolved to entities (sources.ts).
import type { Attribution, EntityMention, TextSpan } from '../types';
import type { Token } from '../tokenize';
import type { EntityResult } from '../entities';
import { PERSONAL_PRONOUNS } from '../lexicon/reporting';
import type { Found } from './model';
import { Reader } from './reader';
import { findCues } from './cues';
import { readCue } from './readings';
import { readLayouts } from './layouts';
import { continueQuotedParagraphs, dropNested } from './nesting';
import { resolveSource, stripDeterminer } from './sources';
import { readSubjectLeft } from './phrases';

export interface AttributionResult {
  attributions: Omit<Attribution, 'claimId'>[];
  descriptions: EntityMention[];
}

/** `wrapped`: the text is wrapped at a fixed width, as `isHardWrapped` tells. */
export function findAttributions(
  text: string,
  tokens: Token[],
  entities: EntityResult,
  extraVerbs: readonly string[] = [],
  wrapped: boolean,
): AttributionResult {
  const r = new Reader(text, tokens, entities, extraVerbs, wrapped);
  const cues = findCues(r);
  cues.forEach((c, ci) => {
    for (let k = c.first; k <= c.last; k++) r.cueAt[k] = ci;
  });
  const found: Found[] = [];
  for (let ci = 0; ci < cues.length; ci++) {
    const f = readCue(r, cues, ci, found);
    if (f) found.push(f);
  }
  found.push(...readLayouts(r));
  found.sort((a, b) => a.cue[0] - b.cue[0]);
  dropNested(r, cues, found);
  continueQuotedParagraphs(r, found);
  return toAttributions(r, found);
}

/** The readings as attributions: spans of text, sources resolved, a display name for each source. */
function toAttributions(r: Reader, found: Found[]): AttributionResult {
  const { tokens, text, entities } = r;
  const out: Omit<Attribution, 'claimId'>[] = [];
  const descriptions: EntityMention[] = [];
  const span = (first: number, last: number): TextSpan => ({
    start: tokens[first].start,
    end: tokens[last].end,
    text: text.slice(tokens[first].start, tokens[last].end),
  });
  for (const f of found) {
    const content = f.content.filter(([a, b]) => a <= b && hasWord(r, a, b));
    if (!content.length) continue;
    const direct = content.every(([a, b]) => r.quoteOf[a] >= 0 && r.quoteOf[b] >= 0 && (r.openAt[a] >= 0 || r.quoted(a)));
    // "X, who said C": the source is the noun phrase the relative clause hangs on.
    const antecedent =
      f.antecedentEnd !== undefined && f.antecedentEnd >= 0
        ? readSubjectLeft(r, f.antecedentEnd, r.sFirst(f.antecedentEnd))
        : null;
    const resolved = f.source ? resolveSource(r, antecedent ?? f.source, f.sourceRegion, out, descriptions) : null;
    const sourceSpan = f.source ? span(f.source[0], f.source[1]) : null;
    const written = antecedent ? span(antecedent[0], antecedent[1]).text : sourceSpan?.text;
    let name = resolved !== null ? entities.entities[resolved].name : written ? stripDeterminer(written) : 'unnamed source';
    // An unresolved "he"/"she"/"they" speaks for the last source named before it ("The mayor said ... she said").
    if (resolved === null && f.source && f.source[0] === f.source[1] && thirdPersonPronoun(tokens[f.source[0]].lower)) {
      const previous = out
        .slice(-3)
        .reverse()
        .find((x) => x.source && !PERSONAL_PRONOUNS.has(x.source.text.toLowerCase()));
      if (previous && previous.sourceEntityId === null) name = previous.sourceName;
    }
    out.push({
      id: out.length,
      cue: span(f.cue[0], f.cue[1]),
      source: sourceSpan,
      sourceEntityId: resolved,
      sourceName: name,
      content: content.map(([a, b]) => span(a, b)),
      direct,
      stance: f.stance,
    });
  }
  descriptions.sort((a, b) => a.start - b.start);
  return { attributions: out, descriptions };
}

function thirdPersonPronoun(lower: string): boolean {
  const kind = PERSONAL_PRONOUNS.get(lower);
  return kind !== undefined && kind !== 'speaker';
}

function hasWord(r: Reader, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (r.tokens[k].isWord || r.tokens[k].isNumber) return true;
  return false;
}
