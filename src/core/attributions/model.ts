// The shapes the attribution stages pass along: token ranges, cues, quotations, and what a reading found.
import type { Stance } from '../types';
import type { ReportingKind } from '../lexicon/reporting';

/** Inclusive token indices. */
export type Range = [number, number];

export type CueKind = ReportingKind | 'according' | 'participle' | 'passive' | 'nominal' | 'adjective';

export interface Cue {
  /** Token range of the cue, auxiliaries and particles included. */
  first: number;
  last: number;
  /** The reporting word itself. */
  head: number;
  lemma: string;
  kind: CueKind;
  stance: Stance;
  /** A particle completes the verb ("called for"): the verb is a cue whatever follows. */
  phrasal: boolean;
}

/** A quotation: token indices of its opening and closing marks (a mark may be two tokens: ''). */
export interface Quote {
  open: number;
  openEnd: number;
  close: number;
  closeEnd: number;
  /** The quote runs to the end of its paragraph without a closing mark. */
  unterminated: boolean;
}

/** An attribution as token ranges, before its source is resolved. */
export interface Found {
  cue: Range;
  source: Range | null;
  /** Where to look for the source's entity, when wider than the source span itself. */
  sourceRegion?: Range;
  /** The source is a relative pronoun ("who"): its antecedent ends here. */
  antecedentEnd?: number;
  content: Range[];
  stance: Stance;
}

/** What every reading of a cue starts from: the cue's range and stance. */
export interface CueBase {
  cue: Range;
  stance: Stance;
}

/** How far any rule looks back or ahead within a sentence: bounds the work on run-on text. */
export const MAX_SCAN = 400;
