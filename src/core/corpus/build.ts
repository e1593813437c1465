// The cross-article view of a set of articles, built from their digests in small steps: the editor
// runs a few steps at a time between other work, the command line runs them all at once.
import { contestedSteps, figureConflictSteps } from './conflicts';
import { CorpusEntityLinker, claimSourceKeys, sourcesOf } from './linkEntities';
import { runSteps } from './steps';
import { storySteps } from './stories';
import type { ArticleDigest, Corpus } from './types';

/** Builds the corpus of `digests`, yielding after each small piece of work. */
export function* corpusSteps(digests: readonly ArticleDigest[]): Generator<void, Corpus> {
  const linker = new CorpusEntityLinker();
  for (let doc = 0; doc < digests.length; doc++) {
    linker.add(digests[doc], doc);
    yield;
  }
  const entities = linker.entities();
  const { entityOf } = linker;
  yield;
  const sourceKeys = yield* claimSourceKeys(digests, entityOf, entities);
  const sources = yield* sourcesOf(digests, sourceKeys, entities);
  yield;
  const { related, stories, storyOf } = yield* storySteps(digests, entityOf, entities);
  const figures = yield* figureConflictSteps(digests, related);
  const claims = yield* contestedSteps(digests, sourceKeys, related);
  return {
    documents: [...digests],
    entities,
    entityOf,
    sources,
    conflicts: figures.conflicts,
    contested: claims.contested,
    stories,
    storyOf,
    related,
    capped: figures.capped || claims.capped,
  };
}

/** Builds the corpus of `digests` in one go. */
export function buildCorpus(digests: readonly ArticleDigest[]): Corpus {
  return runSteps(corpusSteps(digests));
}
