// Articles side by side: for two or more articles a person picks (or a story), which figures each
// gives and which disagree, who each quotes and whether the other articles carry the same claim,
// which claims one denies of another, and whom each names.
import { CLAIM_STOPWORDS } from '../lexicon/counted';
import { contestedSteps } from './conflicts';
import { figuresDisagree, figuresOfOneArticleDisagree } from './figures';
import { lemma, wordsOf } from './lemma';
import { runSteps } from './steps';
import { pairKey } from './stories';
import type { EntityType } from '../types';
import type { ContestedClaims, Corpus, ItemRef } from './types';

/** Share of the shorter claim's words that the other must hold for both to carry one claim. */
export const SAME_CLAIM_OVERLAP = 0.6;
/** Words two claims share at least to be one claim. */
const SAME_CLAIM_WORDS = 3;

export interface FigureRow {
  /** What is counted, as the first article that counts it writes it. */
  counts: string;
  /** Indices of the figures of each column's article. */
  cells: number[][];
  /** Figures of the row that cannot both hold (documents are corpus indices). */
  disagreements: [ItemRef, ItemRef][];
}

export interface SourceRow {
  name: string;
  entityId: number | null;
  /**
   * For each column, the source's claims there, each with the columns whose article carries the
   * claim, and those whose article carries it with other figures ("250 left" and "300 left").
   */
  cells: { item: number; carriedBy: number[]; otherFiguresIn: number[] }[][];
}

export interface EntityRow {
  id: number;
  name: string;
  type: EntityType;
  /** Mentions in each column's article. */
  cells: number[];
}

export interface Comparison {
  /** The articles compared, as corpus indices: one column each. */
  documents: number[];
  figures: FigureRow[];
  sources: SourceRow[];
  contested: ContestedClaims[];
  entities: EntityRow[];
}

export function compareArticles(corpus: Corpus, documents: readonly number[]): Comparison {
  return {
    documents: [...documents],
    figures: figureRows(corpus, documents),
    sources: sourceRows(corpus, documents),
    contested: contestedAmong(corpus, documents),
    entities: entityRows(corpus, documents),
  };
}

/** Figures counting the same thing, one row per thing: those given by two or more articles, or that disagree. */
function figureRows(corpus: Corpus, documents: readonly number[]): FigureRow[] {
  const rows = new Map<string, FigureRow>();
  documents.forEach((doc, column) =>
    corpus.documents[doc].figures.forEach((f, item) => {
      const key = `${f.key}|${f.modifiers.join(' ')}`;
      const row =
        rows.get(key) ?? rows.set(key, { counts: f.counts, cells: documents.map(() => []), disagreements: [] }).get(key)!;
      row.cells[column].push(item);
    }),
  );
  for (const row of rows.values()) {
    const refs = row.cells.flatMap((items, column) => items.map((item) => ({ doc: documents[column], item })));
    for (let i = 0; i < refs.length; i++)
      for (let j = i + 1; j < refs.length; j++) {
        const [a, b] = [refs[i], refs[j]];
        const [x, y] = [corpus.documents[a.doc].figures[a.item], corpus.documents[b.doc].figures[b.item]];
        if (a.doc === b.doc ? figuresOfOneArticleDisagree(x, y) : figuresDisagree(x, y)) row.disagreements.push([a, b]);
      }
  }
  const columns = (r: FigureRow) => r.cells.filter((c) => c.length > 0).length;
  return [...rows.values()]
    .filter((r) => r.disagreements.length > 0 || columns(r) > 1)
    .sort((a, b) => b.disagreements.length - a.disagreements.length || columns(b) - columns(a));
}

function sourceRows(corpus: Corpus, documents: readonly number[]): SourceRow[] {
  const column = new Map(documents.map((doc, k) => [doc, k]));
  const words = new Map<string, Set<string>>();
  const wordsOfClaim = (doc: number, item: number) => {
    const key = `${doc}:${item}`;
    return words.get(key) ?? words.set(key, contentWords(corpus.documents[doc].claims[item].span.text)).get(key)!;
  };
  // A denial of the claim does not carry it: only a claim of the same stance does.
  const likenessIn = (doc: number, item: number, other: number): Likeness => {
    let best: Likeness = 'unlike';
    corpus.documents[other].claims.forEach((c, j) => {
      if (best === 'same' || c.stance !== corpus.documents[doc].claims[item].stance) return;
      const l = likeness(wordsOfClaim(doc, item), wordsOfClaim(other, j));
      if (l !== 'unlike') best = l;
    });
    return best;
  };
  const cell = (doc: number, item: number) => {
    const out = { item, carriedBy: [] as number[], otherFiguresIn: [] as number[] };
    documents.forEach((other, k) => {
      const l = other === doc ? 'unlike' : likenessIn(doc, item, other);
      if (l === 'same') out.carriedBy.push(k);
      else if (l === 'otherFigures') out.otherFiguresIn.push(k);
    });
    return out;
  };
  const rows: SourceRow[] = [];
  for (const source of corpus.sources) {
    const cells: SourceRow['cells'] = documents.map(() => []);
    for (const d of source.documents) {
      const k = column.get(d.doc);
      if (k !== undefined) for (const item of d.claims) cells[k].push(cell(d.doc, item));
    }
    if (cells.some((c) => c.length)) rows.push({ name: source.name, entityId: source.entityId, cells });
  }
  const columns = (r: SourceRow) => r.cells.filter((c) => c.length > 0).length;
  return rows.sort((a, b) => columns(b) - columns(a));
}

/** The lemmas of a claim's content words. */
function contentWords(text: string): Set<string> {
  return new Set(
    wordsOf(text)
      .filter((w) => !CLAIM_STOPWORDS.has(w))
      .map(lemma),
  );
}

type Likeness = 'same' | 'otherFigures' | 'unlike';

/**
 * Two claims are one when they share most of their words; one told with other figures when, besides,
 * both give figures and not the same ones.
 */
function likeness(a: ReadonlySet<string>, b: ReadonlySet<string>): Likeness {
  const count = (x: ReadonlySet<string>, y: ReadonlySet<string>) => {
    let words = 0;
    let figures = 0;
    let shared = 0;
    let sharedFigures = 0;
    for (const w of x) {
      const figure = /\d/.test(w);
      if (figure) figures++;
      else words++;
      if (y.has(w) && figure) sharedFigures++;
      else if (y.has(w)) shared++;
    }
    return { words, figures, shared, sharedFigures };
  };
  const x = count(a, b);
  const y = count(b, a);
  if (x.shared < SAME_CLAIM_WORDS || x.shared < SAME_CLAIM_OVERLAP * Math.min(x.words, y.words)) return 'unlike';
  return x.figures && y.figures && x.sharedFigures < Math.min(x.figures, y.figures) ? 'otherFigures' : 'same';
}

/** Claims of one of the articles that a source of another denies: every two articles compared, related or not. */
function contestedAmong(corpus: Corpus, documents: readonly number[]): ContestedClaims[] {
  const keyOf = new Map<string, string>();
  for (const s of corpus.sources) for (const d of s.documents) for (const item of d.claims) keyOf.set(`${d.doc}:${item}`, s.key);
  const digests = documents.map((doc) => corpus.documents[doc]);
  const keys = documents.map((doc) => corpus.documents[doc].claims.map((_, item) => keyOf.get(`${doc}:${item}`) ?? null));
  const related = new Set<string>();
  for (let i = 0; i < documents.length; i++) for (let j = i + 1; j < documents.length; j++) related.add(pairKey(i, j));
  const back = (r: ItemRef): ItemRef => ({ doc: documents[r.doc], item: r.item });
  return runSteps(contestedSteps(digests, keys, related)).contested.map((c) => ({
    claim: back(c.claim),
    denial: back(c.denial),
  }));
}

function entityRows(corpus: Corpus, documents: readonly number[]): EntityRow[] {
  const rows = new Map<number, EntityRow>();
  documents.forEach((doc, column) => {
    for (const id of new Set(corpus.entityOf[doc])) {
      if (id < 0) continue;
      const e = corpus.entities[id];
      const row = rows.get(id) ?? rows.set(id, { id, name: e.name, type: e.type, cells: documents.map(() => 0) }).get(id)!;
      row.cells[column] = e.documents.find((d) => d.doc === doc)?.mentions ?? 0;
    }
  });
  const columns = (r: EntityRow) => r.cells.filter((n) => n > 0).length;
  const total = (r: EntityRow) => r.cells.reduce((n, m) => n + m, 0);
  return [...rows.values()].sort((a, b) => columns(b) - columns(a) || total(b) - total(a) || a.name.localeCompare(b.name));
}
