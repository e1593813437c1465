// Across articles: what one article's analysis keeps for the cross-article view (a digest, a small
// fraction of the analysis), and the view itself (a corpus). Offsets are UTF-16 offsets into the
// article's text as analysed, as in the Annotations.
import type { EntityType, NumberMention, Span, Stance, TextSpan } from '../types';

/** An entity of one article: its names and how often the article mentions it. */
export interface DigestEntity {
  /** The article's own entity id (`CanonicalEntity.id`). */
  id: number;
  type: EntityType;
  name: string;
  /** Its other names in the article; descriptions ("the monitor") left out. */
  aliases: readonly string[];
  /** Mentions by name and by description. */
  mentions: number;
  /** Where the article first names it. */
  first: Span;
}

/** A claim an article attributes to a source. The reporter's own sentences are left out (they are most of the text). */
export interface DigestClaim {
  /** The article's own claim id. */
  id: number;
  /** True for a claim of no named source ("it was reported that"). */
  unnamed: boolean;
  sourceName: string;
  /** The article's entity id of the source, when it names one. */
  sourceEntityId: number | null;
  /** The claim's content, its text cut at CLAIM_TEXT_LIMIT characters. */
  span: TextSpan;
  stance: Stance;
  direct: boolean;
  cue: string;
}

/** A number with what it counts: the figures that can be compared. */
export interface DigestFigure extends Omit<NumberMention, 'counts' | 'countsSpan'> {
  counts: string;
  /** What is counted, as compared: unit, counted noun's lemma (synonyms joined), what happened to it, rate. */
  key: string;
  /** The other words of what is counted, as lemmas, sorted ("palestinian" of "Palestinian refugees"). */
  modifiers: string[];
  /** Times and places the figure's sentence gives ("weekday:saturday", "year:2019", "place:vellmar"). */
  window: string[];
  /** Index of the figure's sentence in the article. */
  sentence: number;
  /** Words of its sentence that can tie it to an event, as sorted lemmas ("crash", "mashhad"). */
  context: string[];
  /** True when the figure updates another ("rose to 55", "up from 40"). */
  change: boolean;
}

/** What the cross-article view keeps of one article. */
export interface ArticleDigest {
  /** The article's path or URI: its name in the corpus. */
  path: string;
  /** Characters analysed, and whether that is less than the whole text. */
  length: number;
  truncated: boolean;
  /** Offsets at which lines start (after \n, \r\n or a lone \r), to give line and column without the text. */
  lineStarts: Int32Array;
  entities: DigestEntity[];
  claims: DigestClaim[];
  figures: DigestFigure[];
  /** Dates the article gives ("year:2018", "day:may 20"), for grouping articles into stories. */
  dates: string[];
}

/** An article and one of its items (an index into the digest's list). */
export interface ItemRef {
  doc: number;
  item: number;
}

export interface CorpusEntity {
  id: number;
  type: EntityType;
  name: string;
  aliases: string[];
  /** The articles that mention it, with the article's entity id and its count of mentions. */
  documents: { doc: number; entity: number; mentions: number }[];
}

export interface CorpusSource {
  /** `entity:<corpus entity id>` or `source:<name in lower case>`. */
  key: string;
  name: string;
  entityId: number | null;
  /** The articles that quote it, with the indices of its claims in each digest. */
  documents: { doc: number; claims: number[] }[];
}

/** Two figures that count the same thing in the same window of time but cannot both hold. */
export interface FigureConflict {
  a: ItemRef;
  b: ItemRef;
}

/** A claim in one article and a denial of it in another. */
export interface ContestedClaims {
  claim: ItemRef;
  denial: ItemRef;
}

/** Articles that tell the same story: they share entities (and dates, when they give them). */
export interface Story {
  id: number;
  documents: number[];
  /** Corpus entity ids the articles share, the most shared first. */
  entities: number[];
}

export interface Corpus {
  documents: ArticleDigest[];
  entities: CorpusEntity[];
  /** For each article, its entity ids mapped to corpus entity ids. */
  entityOf: Int32Array[];
  sources: CorpusSource[];
  /** Inside one article and between articles of one story. */
  conflicts: FigureConflict[];
  contested: ContestedClaims[];
  stories: Story[];
  /** For each article, the index of its story, or -1 when it shares too little with any other. */
  storyOf: Int32Array;
  /** Pairs of articles close enough to compare their figures and claims, as `min:max` document indices. */
  related: Set<string>;
  /** True when a list was cut at its limit (see CORPUS_LIMITS). */
  capped: boolean;
}
