// The tagger, loaded once on first use: the model file is read and parsed only when the first
// document is analysed (in the worker, never on the editor's thread).
import { readModel } from './model';
import { modelFileBytes } from './modelFile';
import { Tagger } from './tagger';

let load: () => Uint8Array = modelFileBytes;
let tagger: Tagger | undefined;
let failure: unknown;

/** The tagger; throws (every time, without reading again) when the model cannot be read. */
export function entityTagger(): Tagger {
  if (tagger) return tagger;
  if (failure) throw failure;
  try {
    tagger = new Tagger(readModel(load()));
  } catch (error) {
    failure = new Error('The entity model could not be loaded', { cause: error });
    throw failure;
  }
  return tagger;
}

/** Replaces the model's source (tests; a host that keeps the file elsewhere); the next analysis loads it. */
export function useEntityModel(source: () => Uint8Array): void {
  load = source;
  tagger = undefined;
  failure = undefined;
}
