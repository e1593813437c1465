// Across articles: digests of single analyses, joined into one view of entities, sources, stories,
// figures that disagree and claims contested between articles.
export * from './types';
export { digestArticle, digestSteps, positionOf, CLAIM_TEXT_LIMIT } from './digest';
export { runSteps } from './steps';
export { buildCorpus, corpusSteps } from './build';
export { boundsOf, countSameThing, disjoint, figuresDisagree, type Bounds } from './figures';
export { pairKey } from './stories';
export { compareArticles, type Comparison, type EntityRow, type FigureRow, type SourceRow } from './compare';
