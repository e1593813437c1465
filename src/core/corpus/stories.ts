// The same story in several articles: two articles are related when they share enough of what they
// name (weighted by how rare it is in the corpus, places counting less than people and
// organizations) and the dates they give do not set them apart; a story is a group of related
// articles. Only related articles have their figures and claims compared.
import type { ArticleDigest, CorpusEntity, Story } from './types';

/** How much of the smaller article's weight the shared entities and dates must make. */
export const MIN_OVERLAP = 0.3;
/** Entities two related articles share at least, one of them a person or an organization. */
const MIN_SHARED = 2;
/** Places are shared by many unrelated stories of a region. */
const PLACE_WEIGHT = 0.5;
/** A shared day or year, beside the entities. */
const DATE_WEIGHT = 1;
/**
 * Entities or dates in more articles than this share of the corpus (and at least MIN_COMMON) do not
 * set stories apart, and would cost a pair for each two of their articles.
 */
const COMMON_SHARE = 0.05;
const MIN_COMMON = 20;
/** Additions looked at, and entities read, before a loop hands back control. */
const WORK_PER_STEP = 5_000;
const ENTITIES_PER_STEP = 2000;

export const pairKey = (a: number, b: number): string => (a < b ? `${a}:${b}` : `${b}:${a}`);

/** What an article shares with others: an entity or a date, its weight, and the articles that have it. */
interface Feature {
  weight: number;
  named: boolean;
  docs: number[];
}

/**
 * Related articles and the stories they make. Each article's ties to the articles after it are
 * summed in one row (the entities and dates it shares, by weight), so the cost is one addition per
 * pair of articles that share a feature; yields now and then so that a caller can spread the work.
 */
export function* storySteps(
  digests: readonly ArticleDigest[],
  entityOf: readonly Int32Array[],
  entities: readonly CorpusEntity[],
): Generator<void, { related: Set<string>; stories: Story[]; storyOf: Int32Array }> {
  const n = digests.length;
  const { features, featuresOf, total } = yield* featuresOfArticles(digests, entities);
  const years = digests.map((d) => d.dates.filter((x) => x.startsWith('year:')));
  const related = new Set<string>();
  const parent = Int32Array.from({ length: n }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]];
    return k;
  };
  const weight = new Float64Array(n);
  const shared = new Int32Array(n);
  const named = new Int32Array(n);
  const touched: number[] = [];
  let work = 0;
  for (let a = 0; a < n; a++) {
    for (const f of featuresOf[a]) {
      const { docs } = features[f];
      for (let k = docs.length - 1; k >= 0 && docs[k] > a; k--) {
        const b = docs[k];
        if (shared[b] === 0) touched.push(b);
        weight[b] += features[f].weight;
        shared[b]++;
        if (features[f].named) named[b]++;
      }
      work += docs.length;
    }
    for (const b of touched) {
      const close = shared[b] >= MIN_SHARED && named[b] >= 1 && weight[b] >= MIN_OVERLAP * Math.min(total[a], total[b]);
      // Articles that give years and share none are about different events.
      if (close && !(years[a].length && years[b].length && !years[a].some((y) => years[b].includes(y)))) {
        related.add(pairKey(a, b));
        parent[find(a)] = find(b);
      }
      weight[b] = shared[b] = named[b] = 0;
    }
    touched.length = 0;
    if (work > WORK_PER_STEP) {
      work = 0;
      yield;
    }
  }
  return { related, ...(yield* groupStories(n, find, entityOf, entities)) };
}

/**
 * The entities and dates shared by two to a few articles, and each article's own weight (what it
 * could share at most). Entities and dates in many articles do not set stories apart.
 */
function* featuresOfArticles(
  digests: readonly ArticleDigest[],
  entities: readonly CorpusEntity[],
): Generator<void, { features: Feature[]; featuresOf: number[][]; total: Float64Array }> {
  const n = digests.length;
  const idf = (count: number) => Math.log(1 + n / count);
  const maxShared = Math.max(MIN_COMMON, Math.ceil(COMMON_SHARE * n));
  const total = new Float64Array(n);
  const features: Feature[] = [];
  const featuresOf: number[][] = digests.map(() => []);
  const add = (docs: number[], weight: number, isNamed: boolean) => {
    for (const doc of docs) total[doc] += weight;
    if (docs.length < 2 || docs.length > maxShared) return;
    for (const doc of docs) featuresOf[doc].push(features.length);
    features.push({ weight, named: isNamed, docs });
  };
  for (const e of entities) {
    const docs = e.documents.map((d) => d.doc);
    add(docs, idf(docs.length) * (e.type === 'place' ? PLACE_WEIGHT : 1), e.type !== 'place');
    if (e.id % ENTITIES_PER_STEP === ENTITIES_PER_STEP - 1) yield;
  }
  const datesOf = new Map<string, number[]>();
  digests.forEach((d, doc) => d.dates.forEach((x) => (datesOf.get(x) ?? datesOf.set(x, []).get(x)!).push(doc)));
  for (const docs of datesOf.values()) add(docs, DATE_WEIGHT * idf(docs.length), false);
  return { features, featuresOf, total };
}

/** The groups of related articles, the largest first, each with the entities its articles share. */
function* groupStories(
  n: number,
  find: (k: number) => number,
  entityOf: readonly Int32Array[],
  entities: readonly CorpusEntity[],
): Generator<void, { stories: Story[]; storyOf: Int32Array }> {
  const groups = new Map<number, number[]>();
  for (let doc = 0; doc < n; doc++) (groups.get(find(doc)) ?? groups.set(find(doc), []).get(find(doc))!).push(doc);
  const storyOf = new Int32Array(n).fill(-1);
  const stories: Story[] = [];
  const sorted = [...groups.values()].filter((docs) => docs.length > 1).sort((a, b) => b.length - a.length || a[0] - b[0]);
  for (const documents of sorted) {
    const id = stories.length;
    for (const doc of documents) storyOf[doc] = id;
    const count = new Map<number, number>();
    for (const doc of documents) for (const e of new Set(entityOf[doc])) if (e >= 0) count.set(e, (count.get(e) ?? 0) + 1);
    const shared = [...count].filter(([, c]) => c > 1);
    const rank = (e: number) => (entities[e].type === 'place' ? 0 : 1);
    shared.sort((x, y) => y[1] - x[1] || rank(y[0]) - rank(x[0]) || x[0] - y[0]);
    stories.push({ id, documents, entities: shared.map(([e]) => e) });
    yield;
  }
  return { stories, storyOf };
}
