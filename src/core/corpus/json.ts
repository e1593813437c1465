// The cross-article view as plain JSON, for `newslens index`: articles named by their paths, offsets
// as in the JSON export (UTF-16 offsets into the text as decoded, end exclusive), lines from 1.
import { positionOf } from './digest';
import type { Corpus, ItemRef } from './types';

export interface FigureJson {
  path: string;
  start: number;
  end: number;
  line: number;
  text: string;
  value: number | null;
  low?: number;
  high?: number;
  qualifier: string;
  counts: string;
}

export interface ClaimJson {
  path: string;
  start: number;
  end: number;
  line: number;
  text: string;
  source: string;
  stance: string;
  direct: boolean;
  cue: string;
}

export type ConflictJson =
  { kind: 'number'; sameDocument: boolean; a: FigureJson; b: FigureJson } | { kind: 'claim'; a: ClaimJson; b: ClaimJson };

export interface CorpusJson {
  documents: {
    path: string;
    length: number;
    truncated: boolean;
    entities: number;
    claims: number;
    figures: number;
    story: number | null;
  }[];
  entities: {
    name: string;
    type: string;
    aliases: string[];
    documents: { path: string; mentions: number; start: number; end: number }[];
  }[];
  sources: { name: string; entity: string | null; documents: { path: string; claims: Omit<ClaimJson, 'path' | 'source'>[] }[] }[];
  conflicts: ConflictJson[];
  stories: { id: number; documents: string[]; entities: string[] }[];
}

export function corpusJson(corpus: Corpus): CorpusJson {
  const docs = corpus.documents;
  const line = (doc: number, offset: number) => positionOf(docs[doc], offset).line + 1;
  const claim = ({ doc, item }: ItemRef, source: string): ClaimJson => {
    const c = docs[doc].claims[item];
    const { start, end, text } = c.span;
    return {
      path: docs[doc].path,
      start,
      end,
      line: line(doc, start),
      text,
      source,
      stance: c.stance,
      direct: c.direct,
      cue: c.cue,
    };
  };
  const figure = ({ doc, item }: ItemRef): FigureJson => {
    const f = docs[doc].figures[item];
    const out: FigureJson = {
      path: docs[doc].path,
      start: f.start,
      end: f.end,
      line: line(doc, f.start),
      text: f.text,
      value: f.value,
      qualifier: f.qualifier,
      counts: f.counts,
    };
    if (f.low !== undefined) out.low = f.low;
    if (f.high !== undefined) out.high = f.high;
    return out;
  };
  const sourceName = new Map<string, string>();
  for (const s of corpus.sources) for (const d of s.documents) for (const k of d.claims) sourceName.set(`${d.doc}:${k}`, s.name);
  const nameOf = (r: ItemRef) => sourceName.get(`${r.doc}:${r.item}`) ?? docs[r.doc].claims[r.item].sourceName;
  const entities = [...corpus.entities].sort(
    (a, b) => b.documents.length - a.documents.length || mentions(b) - mentions(a) || a.name.localeCompare(b.name),
  );
  return {
    documents: docs.map((d, k) => ({
      path: d.path,
      length: d.length,
      truncated: d.truncated,
      entities: d.entities.length,
      claims: d.claims.length,
      figures: d.figures.length,
      story: corpus.storyOf[k] >= 0 ? corpus.storyOf[k] : null,
    })),
    entities: entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      documents: e.documents.map((d) => ({
        path: docs[d.doc].path,
        mentions: d.mentions,
        ...docs[d.doc].entities[d.entity].first,
      })),
    })),
    sources: corpus.sources.map((s) => ({
      name: s.name,
      entity: s.entityId !== null ? corpus.entities[s.entityId].type : null,
      documents: s.documents.map((d) => ({
        path: docs[d.doc].path,
        claims: d.claims.map((k) => {
          const { path: _path, source: _source, ...rest } = claim({ doc: d.doc, item: k }, s.name);
          return rest;
        }),
      })),
    })),
    conflicts: [
      ...corpus.conflicts.map((c): ConflictJson => ({
        kind: 'number',
        sameDocument: c.a.doc === c.b.doc,
        a: figure(c.a),
        b: figure(c.b),
      })),
      ...corpus.contested.map((c): ConflictJson => ({
        kind: 'claim',
        a: claim(c.claim, nameOf(c.claim)),
        b: claim(c.denial, nameOf(c.denial)),
      })),
    ],
    stories: corpus.stories.map((s) => ({
      id: s.id,
      documents: s.documents.map((d) => docs[d].path),
      entities: s.entities.map((e) => corpus.entities[e].name),
    })),
  };
}

const mentions = (e: Corpus['entities'][number]) => e.documents.reduce((n, d) => n + d.mentions, 0);
