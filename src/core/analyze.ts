import type { Annotations, AnalyzeOptions } from './types';

// Placeholder while the pipeline is written; replaced by the real pipeline.
export function analyze(text: string, options: AnalyzeOptions = {}): Annotations {
  const length = Math.min(text.length, options.maxLength ?? text.length);
  return { length, truncated: length < text.length, sentences: [], tokens: [], entities: [], canonicalEntities: [], numbers: [], times: [], attributions: [], claims: [] };
}
