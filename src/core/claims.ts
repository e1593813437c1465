// Claims: each attributed content is a claim of its source; the reporter's own statements are claims of
// the article. A denial contests the claims whose content it repeats.
import type { Attribution, Claim, Span, TextSpan } from './types';

const STOPWORDS = new Set('a an the of to in on at for by with and or that this was were is are be been has have had it its their his her they he she as from which who not no'.split(' '));

/** Crude stem so that "evacuations" and "evacuating" meet; remembered, as news repeats its words. */
function stem(word: string, memo: Map<string, string>): string {
  let s = memo.get(word);
  if (s === undefined) memo.set(word, (s = word.replace(/(ations?|ing|ed|es|s)$/, '').slice(0, 7)));
  return s;
}

function contentWords(text: string, memo: Map<string, string>): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) if (!STOPWORDS.has(m[0])) out.add(stem(m[0], memo));
  return out;
}

export function buildClaims(
  text: string,
  sentences: Span[],
  attributions: Omit<Attribution, 'claimId'>[],
): { claims: Claim[]; attributions: Attribution[] } {
  const claims: Claim[] = [];
  const withClaims: Attribution[] = [];
  const covered: Span[] = [];
  for (const a of attributions) {
    const start = a.content[0].start;
    const end = a.content[a.content.length - 1].end;
    const sourceKey = a.sourceEntityId !== null ? `entity:${a.sourceEntityId}` : a.source ? `source:${a.sourceName.toLowerCase()}` : 'unnamed';
    claims.push({
      id: claims.length, sourceKey, sourceName: a.sourceName, sourceEntityId: a.sourceEntityId, attributionId: a.id,
      span: { start, end, text: text.slice(start, end) }, stance: a.stance, contestedBy: [],
    });
    withClaims.push({ ...a, claimId: claims.length - 1 });
    covered.push({ start: Math.min(start, a.cue.start, a.source?.start ?? start), end: Math.max(end, a.cue.end, a.source?.end ?? end) });
  }
  // The reporter's own statements: sentences with at least a few words that no attribution covers.
  // Both lists are swept in text order, so this stays linear on long documents.
  covered.sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1; // the furthest end among covered spans that start before the current sentence ends
  for (const s of sentences) {
    while (next < covered.length && covered[next].start < s.end) reach = Math.max(reach, covered[next++].end);
    if (reach > s.start) continue;
    const sentenceText = text.slice(s.start, s.end);
    const words = sentenceText.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words < 5 || !/[.!]["”’)]?$/.test(sentenceText.trim())) continue;
    const span: TextSpan = { start: s.start, end: s.end, text: sentenceText };
    claims.push({ id: claims.length, sourceKey: 'article', sourceName: 'The article', sourceEntityId: null, attributionId: null, span, stance: 'asserts', contestedBy: [] });
  }
  claims.sort((a, b) => a.span.start - b.span.start);
  const renumber = new Map(claims.map((c, i) => [c.id, i]));
  claims.forEach((c, i) => (c.id = i));
  for (const a of withClaims) a.claimId = renumber.get(a.claimId)!;
  linkContradictions(claims);
  return { claims, attributions: withClaims };
}

/**
 * A denial contests an asserted claim of another source when one of its alternatives is contained in it.
 * Claims are indexed by content word, so each denial only looks at claims sharing its rarest word.
 */
function linkContradictions(claims: Claim[]): void {
  if (!claims.some((c) => c.stance === 'denies')) return;
  const memo = new Map<string, string>();
  const words = claims.map((c) => (c.stance === 'asserts' ? contentWords(c.span.text, memo) : new Set<string>()));
  const claimsWith = new Map<string, number[]>();
  words.forEach((set, i) => set.forEach((w) => (claimsWith.get(w) ?? claimsWith.set(w, []).get(w)!).push(i)));
  for (const d of claims) {
    if (d.stance !== 'denies') continue;
    const alternatives = d.span.text.split(/\s*,?\s+(?:or|nor)\s+(?:that\s+)?/i).map((alt) => contentWords(alt, memo)).filter((w) => w.size >= 2);
    const contested = new Set<number>();
    for (const alt of alternatives) {
      const rarest = [...alt].map((w) => claimsWith.get(w) ?? []).sort((a, b) => a.length - b.length)[0];
      for (const i of rarest) {
        const c = claims[i];
        if (c === d || c.sourceKey === d.sourceKey || contested.has(i)) continue;
        if ([...alt].every((w) => words[i].has(w))) contested.add(i);
      }
    }
    for (const i of [...contested].sort((a, b) => a - b)) {
      claims[i].contestedBy.push(d.id);
      d.contestedBy.push(i);
    }
  }
}
