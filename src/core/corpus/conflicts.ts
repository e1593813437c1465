// What related articles disagree on: figures that cannot both hold (inside one article too), and
// claims one article makes that another article's source denies (the denial rules of claims.ts).
import type { Claim } from '../types';
import { linkContradictions } from '../claims';
import { tokenize, type Token } from '../tokenize';
import { figuresDisagree, figuresOfOneArticleDisagree } from './figures';
import type { ArticleDigest, ContestedClaims, DigestFigure, FigureConflict, ItemRef } from './types';

/** Most conflicts kept for one article, for one pair of articles, and in all. */
export const CONFLICT_LIMITS = { perArticle: 50, perPair: 50, total: 10_000, contested: 5_000 };

function byKey(figures: readonly DigestFigure[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  figures.forEach((f, k) => (out.get(f.key) ?? out.set(f.key, []).get(f.key)!).push(k));
  return out;
}

/** Figures that disagree inside each article and between related articles. */
export function* figureConflictSteps(
  digests: readonly ArticleDigest[],
  related: ReadonlySet<string>,
): Generator<void, { conflicts: FigureConflict[]; capped: boolean }> {
  const conflicts: FigureConflict[] = [];
  let capped = false;
  const keyedCache: Map<string, number[]>[] = [];
  const keyed = (doc: number) => (keyedCache[doc] ??= byKey(digests[doc].figures));
  const add = (a: ItemRef, b: ItemRef, found: number, limit: number): number => {
    if (found >= limit || conflicts.length >= CONFLICT_LIMITS.total) {
      capped = true;
      return found;
    }
    conflicts.push({ a, b });
    return found + 1;
  };
  for (let doc = 0; doc < digests.length; doc++) {
    const figures = digests[doc].figures;
    let found = 0;
    for (const group of keyed(doc).values())
      for (let i = 0; i < group.length; i++)
        for (let j = i + 1; j < group.length; j++) {
          if (figuresOfOneArticleDisagree(figures[group[i]], figures[group[j]]))
            found = add({ doc, item: group[i] }, { doc, item: group[j] }, found, CONFLICT_LIMITS.perArticle);
        }
    yield;
  }
  for (const pair of related) {
    const [a, b] = pair.split(':').map(Number);
    let found = 0;
    for (const [key, ofA] of keyed(a)) {
      const ofB = keyed(b).get(key);
      if (!ofB) continue;
      for (const i of ofA)
        for (const j of ofB)
          if (figuresDisagree(digests[a].figures[i], digests[b].figures[j]))
            found = add({ doc: a, item: i }, { doc: b, item: j }, found, CONFLICT_LIMITS.perPair);
    }
    yield;
  }
  return { conflicts, capped };
}

/**
 * Claims of one article that a source of a related article denies, one denying article at a time:
 * its denials and the claims of the articles related to it are matched as inside one article
 * (linkContradictions), with the corpus's source keys so that a source never contests itself.
 */
export function* contestedSteps(
  digests: readonly ArticleDigest[],
  sourceKeys: readonly (string | null)[][],
  related: ReadonlySet<string>,
): Generator<void, { contested: ContestedClaims[]; capped: boolean }> {
  const contested: ContestedClaims[] = [];
  const neighbours = digests.map((): number[] => []);
  for (const pair of related) {
    const [a, b] = pair.split(':').map(Number);
    neighbours[a].push(b);
    neighbours[b].push(a);
  }
  for (let denying = 0; denying < digests.length; denying++) {
    if (!neighbours[denying].length || !digests[denying].claims.some((c) => c.stance === 'denies')) continue;
    const refs: ItemRef[] = [];
    const claims: Claim[] = [];
    const tokens: Token[][] = [];
    for (const doc of [denying, ...neighbours[denying].sort((x, y) => x - y)])
      digests[doc].claims.forEach((c, item) => {
        refs.push({ doc, item });
        tokens.push(tokenize(c.span.text));
        claims.push({
          id: claims.length,
          sourceKey: sourceKeys[doc][item] ?? `unnamed:${doc}:${item}`,
          sourceName: c.sourceName,
          sourceEntityId: null,
          attributionId: null,
          // One span for all: the claims of different articles are never too far apart to be compared.
          span: { start: 0, end: c.span.text.length, text: c.span.text },
          stance: c.stance,
          contestedBy: [],
        });
      });
    linkContradictions(
      claims,
      (c) => tokens[c.id],
      (d, c) => refs[d.id].doc === denying && refs[c.id].doc !== denying,
    );
    for (const d of claims) {
      if (d.stance !== 'denies' || refs[d.id].doc !== denying) continue;
      for (const c of d.contestedBy) {
        if (contested.length >= CONFLICT_LIMITS.contested) return { contested, capped: true };
        contested.push({ claim: refs[c], denial: refs[d.id] });
      }
    }
    yield;
  }
  return { contested, capped: false };
}
