// The analysis the engine tests read: every stage failure thrown rather than absorbed.
import { analyze, type AnalyzeOptions } from '../../src/core';

/** `analyze`, failing loudly; `blockSize` as analyze takes it (Infinity: the text whole). */
export const strictAnalyze = (text: string, options?: AnalyzeOptions, blockSize?: number) =>
  analyze(
    text,
    options,
    (stage, error) => {
      throw new Error(`${stage} stage failed on ${JSON.stringify(text.slice(0, 2_000))}`, { cause: error });
    },
    blockSize,
  );
