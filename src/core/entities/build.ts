// The entity result: mentions in text order, each tied to its entity, entities numbered by first mention.
import type { CanonicalEntity, EntityMention } from '../types';
import type { Token } from '../tokenize';
import type { Chunk } from './chunk';
import type { Cluster } from './cluster';

export interface EntityResult {
  mentions: EntityMention[];
  entities: CanonicalEntity[];
  /** For each token, the index of the mention covering it, or -1. */
  mentionAtToken: Int32Array;
}

export function build(text: string, tokens: Token[], chunks: Chunk[], clusters: Cluster[]): EntityResult {
  const mentionAtToken = new Int32Array(tokens.length).fill(-1);
  const raw: { chunk: Chunk; cluster: number }[] = [];
  clusters.forEach((cl, ci) => cl.members.forEach((m) => raw.push({ chunk: chunks[m], cluster: ci })));
  raw.sort((a, b) => a.chunk.first - b.chunk.first || b.chunk.last - a.chunk.last);
  // A name nested in a longer name of the same type (after voting) is no mention of its own.
  const kept: typeof raw = [];
  let outer: (typeof raw)[number] | undefined;
  for (const r of raw) {
    if (outer && r.chunk.last <= outer.chunk.last && clusters[outer.cluster].type === clusters[r.cluster].type) continue;
    kept.push(r);
    if (!outer || r.chunk.last > outer.chunk.last) outer = r;
  }
  // Clusters in order of first mention, so ids read top to bottom.
  const orderOf = new Map<number, number>();
  for (const r of kept) if (!orderOf.has(r.cluster)) orderOf.set(r.cluster, orderOf.size);
  const entities: CanonicalEntity[] = [...orderOf.entries()].map(([ci, id]) => {
    const cl = clusters[ci];
    const c = chunks[cl.canonical];
    return {
      id,
      type: cl.type,
      name: cl.name ?? text.slice(tokens[c.nameFirst].start, tokens[c.last].end),
      aliases: [],
      mentions: [],
    };
  });
  const mentions: EntityMention[] = [];
  for (const r of kept) {
    const id = orderOf.get(r.cluster)!;
    const e = entities[id];
    const start = tokens[r.chunk.first].start;
    const end = tokens[r.chunk.last].end;
    const m: EntityMention = { start, end, text: text.slice(start, end), type: e.type, entityId: id, entity: e.name };
    for (let t = r.chunk.first; t <= r.chunk.last; t++) mentionAtToken[t] = mentions.length;
    e.mentions.push(mentions.length);
    const alias = text.slice(tokens[r.chunk.nameFirst].start, end);
    if (!e.aliases.includes(alias)) e.aliases.push(alias);
    mentions.push(m);
  }
  for (const e of entities) e.aliases.sort((a, b) => (a === e.name ? -1 : b === e.name ? 1 : 0));
  return { mentions, entities, mentionAtToken };
}
