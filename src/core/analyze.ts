// The pipeline: tokens and sentences, then time expressions and numbers (which claim their tokens),
// entities over what is left, attributions over entities, and claims over attributions. A long text
// runs through it block by block (see blocks.ts).
import type { Annotations, AnalyzeOptions, NumberMention, Stage, StageFailure } from './types';
import { isHardWrapped, splitSentences, tokenize } from './tokenize';
import { findTimes } from './times';
import { findNumbers } from './numbers';
import { findEntities, type EntityResult } from './entities';
import { findAttributions } from './attributions';
import { buildClaims } from './claims';
import { definePackedSpans, packSpans } from './packedSpans';
import { BLOCK_SIZE, blockRanges, joinBlocks, type BlockAnalysis } from './blocks';

export type { Stage } from './types';

/** Called when a stage throws; the analysis goes on without that stage's findings. */
export type StageErrorHandler = (stage: Stage, error: unknown) => void;

/**
 * Analyses `fullText`. A stage that throws on some input costs only its own findings (and those of
 * the stages built on them): every document gets an answer, whose `failures` name the stages that
 * failed, so that the reader learns the analysis is incomplete. `onStageError` hears of each failure
 * (once per stage); pass one that rethrows to let them surface.
 */
export function analyze(
  fullText: string,
  options: AnalyzeOptions = {},
  onStageError: StageErrorHandler = () => {},
  /** Characters per block of a long text (tests compare sizes). */
  blockSize = BLOCK_SIZE,
): Annotations {
  const limit = Math.floor(options.maxLength ?? fullText.length);
  const length = limit >= 0 ? Math.min(fullText.length, limit) : fullText.length;
  const text = length < fullText.length ? fullText.slice(0, safeCut(fullText, length)) : fullText;
  const failures: StageFailure[] = [];
  const onceEach: StageErrorHandler = (stage, error) => {
    if (failures.some((f) => f.stage === stage)) return;
    failures.push({ stage, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    onStageError(stage, error);
  };
  const ranges = blockRanges(text, blockSize);
  const blocks = ranges.map(([from, to]) => analyzeBlock(text, from, to, options, onceEach));
  const found = blocks.length === 1 ? blocks[0] : joinBlocks(text, blocks, ranges);
  const annotations: Annotations = {
    length: text.length,
    truncated: text.length < fullText.length,
    sentences: found.sentences,
    tokens: [],
    entities: found.entities,
    descriptions: found.descriptions,
    canonicalEntities: found.canonicalEntities,
    numbers: found.numbers,
    times: found.times,
    attributions: found.attributions,
    claims: found.claims,
  };
  if (failures.length) annotations.failures = failures;
  definePackedSpans(annotations, 'tokens', found.tokens);
  return annotations;
}

/** The analysis of the block text[from, to) (see blockRanges), its offsets into the whole text. */
function analyzeBlock(
  text: string,
  from: number,
  to: number,
  options: AnalyzeOptions,
  onStageError: StageErrorHandler,
): BlockAnalysis {
  const tokens = tokenize(text, from, to);
  const wrapped = isHardWrapped(tokens);
  const sentences = splitSentences(tokens, wrapped);
  const blocked = new Uint8Array(tokens.length);
  const stage = <T>(name: Stage, run: () => T, fallback: () => T): T => {
    try {
      if (options.failStages?.includes(name)) throw new Error(`the ${name} stage was asked to fail (failStages)`);
      return run();
    } catch (error) {
      onStageError(name, error);
      return fallback();
    }
  };
  const times = stage(
    'times',
    () => findTimes(text, tokens, blocked),
    () => [],
  );
  const numbers = stage(
    'numbers',
    () => findNumbers(text, tokens, blocked),
    () => [],
  );
  for (const n of numbers) withFiniteValues(n);
  const noEntities = (): EntityResult => ({ mentions: [], entities: [], mentionAtToken: new Int32Array(tokens.length).fill(-1) });
  const entities = stage('entities', () => findEntities(text, tokens, blocked, options.knowledge?.entities), noEntities);
  const found = stage(
    'attributions',
    () => findAttributions(text, tokens, entities, options.knowledge?.reportingVerbs, wrapped),
    () => ({ attributions: [], descriptions: [] }),
  );
  const { claims, attributions } = stage(
    'claims',
    () => buildClaims(text, tokens, sentences, found.attributions),
    () => ({ claims: [], attributions: [] }),
  );
  return {
    sentences,
    tokens: packSpans(tokens),
    entities: entities.mentions,
    descriptions: found.descriptions,
    canonicalEntities: entities.entities,
    numbers,
    times,
    attributions,
    claims,
  };
}

/** Values past the range of a double ("1e400", a 400-digit figure) have no JSON form: they are unknown. */
function withFiniteValues(n: NumberMention): void {
  if (n.value !== null && !Number.isFinite(n.value)) n.value = null;
  if (n.low !== undefined && !Number.isFinite(n.low)) delete n.low;
  if (n.high !== undefined && !Number.isFinite(n.high)) delete n.high;
}

/** A cut that does not split a surrogate pair. */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}
