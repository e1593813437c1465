// Claims: each attributed content is a claim of its source; the reporter's own statements are claims of
// the article. A denial contests the claims whose content it repeats.
import type { Attribution, Claim, Span, TextSpan } from './types';
import { firstIndexWhere } from './query';
import type { Token } from './tokenize';

const STOPWORDS = new Set(
  'a an the of to in on at for by with and or that this was were is are be been has have had it its their his her they he she as from which who not no'.split(
    ' ',
  ),
);

/** Suffixes a crude stem drops, longest first: only one is dropped, the longest that ends the word. */
const STEM_SUFFIXES = ['ations', 'ation', 'ing', 'ed', 'es', 's'];

/** Crude stem so that "evacuations" and "evacuating" meet; remembered, as news repeats its words. */
function stem(word: string, memo: Map<string, string>): string {
  let s = memo.get(word);
  if (s === undefined) {
    const suffix = STEM_SUFFIXES.find((x) => word.endsWith(x));
    memo.set(word, (s = word.slice(0, Math.min(7, word.length - (suffix?.length ?? 0)))));
  }
  return s;
}

/** How far apart, in characters, a denial and the claim it contests may be: about a long article. */
export const CONTRADICTION_WINDOW = 10_000;

/** Index of the first token that ends after `offset`. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstIndexWhere(tokens.length, (i) => tokens[i].end > offset);
}

/** The sentence ends with a full stop or an exclamation mark, before any closing quote or bracket (a sentence ends on a token, never on a space). */
function endsStatement(text: string, start: number, end: number): boolean {
  let k = end - 1;
  const c = text.charCodeAt(k);
  if (c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29) k--;
  const mark = text.charCodeAt(k);
  return k >= start && (mark === 0x2e || mark === 0x21);
}

export function buildClaims(
  text: string,
  tokens: readonly Token[],
  sentences: Span[],
  attributions: Omit<Attribution, 'claimId'>[],
): { claims: Claim[]; attributions: Attribution[] } {
  const claims: Claim[] = [];
  const withClaims: Attribution[] = [];
  const covered: Span[] = [];
  for (const a of attributions) {
    const start = a.content[0].start;
    const end = a.content[a.content.length - 1].end;
    const sourceKey =
      a.sourceEntityId !== null ? `entity:${a.sourceEntityId}` : a.source ? `source:${a.sourceName.toLowerCase()}` : 'unnamed';
    claims.push({
      id: claims.length,
      sourceKey,
      sourceName: a.sourceName,
      sourceEntityId: a.sourceEntityId,
      attributionId: a.id,
      span: { start, end, text: text.slice(start, end) },
      stance: a.stance,
      contestedBy: [],
    });
    // The attributions are this analysis's own: each takes its claim id in place of a copy.
    const withClaim = a as Attribution;
    withClaim.claimId = claims.length - 1;
    withClaims.push(withClaim);
    covered.push({
      start: Math.min(start, a.cue.start, a.source?.start ?? start),
      end: Math.max(end, a.cue.end, a.source?.end ?? end),
    });
  }
  // The reporter's own statements: sentences with at least a few words that no attribution covers.
  // Both lists are swept in text order, so this stays linear on long documents.
  covered.sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1; // the furthest end among covered spans that start before the current sentence ends
  for (const s of sentences) {
    while (next < covered.length && covered[next].start < s.end) reach = Math.max(reach, covered[next++].end);
    if (reach > s.start) continue;
    let words = 0;
    for (let t = tokenAt(tokens, s.start); t < tokens.length && tokens[t].start < s.end && words < 5; t++)
      if (tokens[t].isWord || tokens[t].isNumber) words++;
    if (words < 5) continue;
    if (!endsStatement(text, s.start, s.end)) continue;
    const span: TextSpan = { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
    claims.push({
      id: claims.length,
      sourceKey: 'article',
      sourceName: 'The article',
      sourceEntityId: null,
      attributionId: null,
      span,
      stance: 'asserts',
      contestedBy: [],
    });
  }
  claims.sort((a, b) => a.span.start - b.span.start);
  const renumber = new Int32Array(claims.length);
  claims.forEach((c, i) => {
    renumber[c.id] = i;
    c.id = i;
  });
  for (const a of withClaims) a.claimId = renumber[a.claimId];
  linkContradictions(claims, (c) => tokens.slice(tokenAt(tokens, c.span.start), tokenAt(tokens, c.span.end - 1) + 1));
  return { claims, attributions: withClaims };
}

/**
 * A denial contests an asserted claim of another source when one of its alternatives ("a deal was reached
 * or that evacuations were taking place") is contained in it. Only the words that denials use are looked
 * for in other claims, so the cost stays one pass over the claims' words.
 */
export function linkContradictions(
  claims: Claim[],
  wordsOf: (claim: Claim) => readonly Token[],
  /** Which pairs to look at: all of them, or only those a block boundary separates. */
  linkable: (denial: Claim, claim: Claim) => boolean = () => true,
): void {
  const denials = claims.filter((c) => c.stance === 'denies');
  if (!denials.length) return;
  const memo = new Map<string, string>();
  const alternativesOf = new Map<Claim, Set<string>[]>();
  const denied = new Set<string>();
  for (const d of denials) {
    const alternatives: Set<string>[] = [new Set()];
    for (const w of wordsOf(d)) {
      if (w.lower === 'or' || w.lower === 'nor') {
        alternatives.push(new Set());
        continue;
      }
      if ((w.isWord || w.isNumber) && !STOPWORDS.has(w.lower)) alternatives[alternatives.length - 1].add(stem(w.lower, memo));
    }
    const kept = alternatives.filter((a) => a.size >= 2);
    alternativesOf.set(d, kept);
    for (const a of kept) for (const w of a) denied.add(w);
  }
  // For every asserted claim, the denied words it holds; claims by word, to find candidates quickly.
  const claimsWith = new Map<string, number[]>();
  const held = claims.map((c, i) => {
    const set = new Set<string>();
    if (c.stance !== 'asserts') return set;
    for (const w of wordsOf(c)) {
      if (!w.isWord && !w.isNumber) continue;
      const s = stem(w.lower, memo);
      if (denied.has(s) && !set.has(s)) {
        set.add(s);
        (claimsWith.get(s) ?? claimsWith.set(s, []).get(s)!).push(i);
      }
    }
    return set;
  });
  for (const d of denials) {
    const contested = new Set<number>();
    for (const alt of alternativesOf.get(d)!) {
      const words = [...alt];
      const rarest = words.map((w) => claimsWith.get(w) ?? []).sort((a, b) => a.length - b.length)[0];
      // Only claims of the same stretch of text: a long file of many articles must not link them all.
      const from = firstIndexWhere(rarest.length, (k) => claims[rarest[k]].span.start >= d.span.start - CONTRADICTION_WINDOW);
      for (let k = from; k < rarest.length && claims[rarest[k]].span.start <= d.span.end + CONTRADICTION_WINDOW; k++) {
        const i = rarest[k];
        const c = claims[i];
        if (c === d || c.sourceKey === d.sourceKey || contested.has(i) || !linkable(d, c)) continue;
        if (words.every((w) => held[i].has(w))) contested.add(i);
      }
    }
    for (const i of [...contested].sort((a, b) => a - b)) {
      claims[i].contestedBy.push(d.id);
      d.contestedBy.push(claims[i].id);
    }
  }
}
