// The pipeline: tokens and sentences, then time expressions and numbers (which claim their tokens),
// entities over what is left, attributions over entities, and claims over attributions.
import type { Annotations, AnalyzeOptions } from './types';
import { splitSentences, tokenize } from './tokenize';
import { findTimes } from './times';
import { findNumbers } from './numbers';
import { findEntities } from './entities';
import { findAttributions } from './attributions';
import { buildClaims } from './claims';

export function analyze(fullText: string, options: AnalyzeOptions = {}): Annotations {
  const length = Math.min(fullText.length, options.maxLength ?? fullText.length);
  const text = length < fullText.length ? fullText.slice(0, safeCut(fullText, length)) : fullText;
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const blocked = new Uint8Array(tokens.length);
  const times = findTimes(text, tokens, blocked);
  const numbers = findNumbers(text, tokens, blocked);
  const entities = findEntities(text, tokens, blocked, options.knowledge?.entities);
  const found = findAttributions(text, tokens, entities);
  const { claims, attributions } = buildClaims(text, sentences, found.attributions);
  return {
    length: text.length,
    truncated: text.length < fullText.length,
    sentences,
    tokens: tokens.map(({ start, end }) => ({ start, end })),
    entities: entities.mentions,
    descriptions: found.descriptions,
    canonicalEntities: entities.entities,
    numbers,
    times,
    attributions,
    claims,
  };
}

/** A cut that does not split a surrogate pair. */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}
