// The engine's public contract: one immutable `Annotations` value per text.
// Offsets are UTF-16 code unit indices into the analysed text (what `document.positionAt` takes),
// `end` exclusive. Every list of spans is sorted by `start`.

export interface Span {
  start: number;
  end: number;
}

/** A span that carries its own text, so JSON consumers need not slice. */
export interface TextSpan extends Span {
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place';

/** One mention of a named (or described) entity in the text. */
export interface EntityMention extends TextSpan {
  type: EntityType;
  /** Index into `Annotations.canonicalEntities`. */
  entityId: number;
  /** The canonical name of the entity this mention refers to. */
  entity: string;
  /** True for descriptions tied to a named entity ("the monitor", "the group"). */
  descriptive?: boolean;
}

/** An entity with every name the article uses for it. */
export interface CanonicalEntity {
  id: number;
  type: EntityType;
  /** The fullest name the article gives ("Rami Abdel Rahman", "Syrian Observatory for Human Rights"). */
  name: string;
  /** Every distinct surface form, the name first ("Abdel Rahman", "the Observatory", "the monitor"). */
  aliases: string[];
  /** Indices into `Annotations.entities`, in text order. */
  mentions: number[];
}

export type Qualifier =
  'exact' | 'more than' | 'at least' | 'less than' | 'at most' | 'up to' | 'about' | 'nearly' | 'approximate';

export type NumberUnit = 'count' | 'percent' | 'currency' | 'ordinal' | 'age' | 'measure';

/** A quantity the article gives. The span includes its qualifier ("more than 250"). */
export interface NumberMention extends TextSpan {
  /** The numeric value, or null for vague amounts ("a few hundred", "tens of thousands"). */
  value: number | null;
  /** Lower and upper bounds for vague amounts and ranges, when known. */
  low?: number;
  high?: number;
  qualifier: Qualifier;
  unit: NumberUnit;
  /** Currency code or measure unit when `unit` is currency or measure ("USD", "km"). */
  unitName?: string;
  /** What the number counts ("buses", "Palestinian refugees"), when the text says. */
  counts: string | null;
  countsSpan?: Span;
}

/** A time expression ("May 20", "last month", "midday Saturday"); never a number. */
export type TimeMention = TextSpan;

/** `uncertain`: the source could not or would not say ("could not specify", "declined to say"). */
export type Stance = 'asserts' | 'denies' | 'uncertain';

/** Who said what: a reporting cue, its source and the reported content. */
export interface Attribution {
  id: number;
  /** The reporting cue ("said", "told", "according to", "denied"). */
  cue: TextSpan;
  /** The source as written ("a monitor", "he", "Observatory head Rami Abdel Rahman"); null when unnamed. */
  source: TextSpan | null;
  /** The entity the source refers to, pronouns resolved; null when it names no known entity. */
  sourceEntityId: number | null;
  /** Display name of the source: the resolved entity's name, else the source text. */
  sourceName: string;
  /** The reported content; a quote split by "he said" has two spans. */
  content: TextSpan[];
  /** True for a direct quotation, false for reported speech. */
  direct: boolean;
  stance: Stance;
  /** Index into `Annotations.claims` of the claim this attribution makes. */
  claimId: number;
}

/** A statement in the article, owned by a source or by the article itself. */
export interface Claim {
  id: number;
  /** Stable key for grouping claims by source: `entity:<id>`, `source:<text>` or `article`. */
  sourceKey: string;
  sourceName: string;
  sourceEntityId: number | null;
  /** The attribution that makes this claim; null for the reporter's own statements. */
  attributionId: number | null;
  /** The claim's text span (the content, or the reporter's sentence). */
  span: TextSpan;
  stance: Stance;
  /** Claims on the other side: for an asserted claim, the denials; for a denial, what it denies. */
  contestedBy: number[];
}

/** The engine's stages, in the order they run. */
export type Stage = 'times' | 'numbers' | 'entities' | 'attributions' | 'claims';

/** A stage that threw: its findings (and those of the stages built on them) are missing. */
export interface StageFailure {
  stage: Stage;
  /** The error's message and, where there is one, its stack. */
  message: string;
}

export interface Annotations {
  /** Length of the text that was analysed (may be shorter than the document when limited). */
  length: number;
  /** True when the text was longer than the limit and only its beginning was analysed. */
  truncated: boolean;
  sentences: Span[];
  /** Word and punctuation tokens. */
  tokens: Span[];
  entities: EntityMention[];
  /** Descriptions that stand for a named entity ("the monitor"), tied to it by the article. */
  descriptions: EntityMention[];
  canonicalEntities: CanonicalEntity[];
  numbers: NumberMention[];
  times: TimeMention[];
  attributions: Attribution[];
  claims: Claim[];
  /** Stages that failed on this text, once each; absent when every stage ran. */
  failures?: StageFailure[];
}

/** An entity the user knows about: a local politician, an outlet's own abbreviations. */
export interface KnownEntity {
  name: string;
  type: EntityType;
  /** Other names for it ("the Herald", "PM"). Matched as written, case-sensitively. */
  aliases?: string[];
}

/** What the user adds to the engine's general knowledge (from a workspace file or a setting). */
export interface Knowledge {
  entities?: KnownEntity[];
  /** Extra reporting verbs, as lemmas or forms ("opine", "quipped"). */
  reportingVerbs?: string[];
}

export interface AnalyzeOptions {
  /** Stages to fail on purpose, to check that a failure is reported where a person can see it. */
  failStages?: Stage[];
  /** Analyse at most this many UTF-16 code units (the rest is reported as truncated). */
  maxLength?: number;
  knowledge?: Knowledge;
}
