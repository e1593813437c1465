// The analysis the engine tests read: every stage failure thrown rather than absorbed.
import { analyze, type AnalyzeOptions } from '../../src/core';

// The word lists and the entity model load on first use: load them now, outside any one test's time limit.
analyze('Officials in Kestrin said on Monday that Ana Volk of the Harbour Authority had left.');

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
