// Entities and sources across articles. An article's entity is the corpus's entity of the same type
// when it has the same name or one of its names, or (people) is the shorter name of a fuller one: the
// rules that join the blocks of one long text (EntityLinker of blocks.ts), applied article by article.
import { EntityLinker } from '../blocks';
import { endsWithWords } from '../entities';
import type { ArticleDigest, CorpusEntity, CorpusSource } from './types';

/** Entities indexed before the loop hands back control. */
const ITEMS_PER_STEP = 2000;

/** Links the entities of the corpus's articles one article at a time. */
export class CorpusEntityLinker {
  private readonly linker = new EntityLinker();
  private readonly documentsOf: CorpusEntity['documents'][] = [];
  /** For each article linked so far, its entity ids mapped to corpus entity ids. */
  readonly entityOf: Int32Array[] = [];

  /** Links the entities of the next article, `digest`, whose index in the corpus is `doc`. */
  add(digest: ArticleDigest, doc: number): void {
    const ids = new Int32Array(digest.entities.length).fill(-1);
    for (const e of digest.entities) {
      const id = this.linker.link({ id: e.id, type: e.type, name: e.name, aliases: [e.name, ...e.aliases], mentions: [] }, 0);
      if (e.id >= 0 && e.id < ids.length) ids[e.id] = id;
      const documents = (this.documentsOf[id] ??= []);
      const last = documents[documents.length - 1];
      // Two entities of one article that the corpus knows as one ("Smith" there, "John Smith" here).
      if (last?.doc === doc) last.mentions += e.mentions;
      else documents.push({ doc, entity: e.id, mentions: e.mentions });
    }
    this.entityOf[doc] = ids;
  }

  /** The corpus's entities, with the articles that mention each. */
  entities(): CorpusEntity[] {
    return this.linker.entities.map((e, id) => ({
      id,
      type: e.type,
      name: e.name,
      aliases: [e.name, ...e.aliases.filter((x) => x !== e.name)],
      documents: this.documentsOf[id] ?? [],
    }));
  }
}

/**
 * The corpus key of each article's claims' sources (null for a claim of no named source): the
 * corpus entity of the source, else the one entity whose name or alias the source is, or (people)
 * the one person whose name ends with it; else its name in lower case.
 */
export function* claimSourceKeys(
  digests: readonly ArticleDigest[],
  entityOf: readonly Int32Array[],
  entities: readonly CorpusEntity[],
): Generator<void, (string | null)[][]> {
  const byName = new Map<string, number[]>();
  const byLastWord = new Map<string, number[]>();
  const add = (index: Map<string, number[]>, key: string, id: number) => {
    const list = index.get(key) ?? index.set(key, []).get(key)!;
    if (!list.includes(id)) list.push(id);
  };
  for (const e of entities) {
    for (const alias of e.aliases) add(byName, alias.toLowerCase(), e.id);
    const words = e.name.split(/\s+/);
    if (e.type === 'person' && words.length > 1) add(byLastWord, words[words.length - 1], e.id);
    if (e.id % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  const resolve = (name: string): number | undefined => {
    const named = byName.get(name.toLowerCase());
    if (named?.length === 1) return named[0];
    const words = name.split(/\s+/);
    const people = (byLastWord.get(words[words.length - 1]) ?? []).filter((id) =>
      endsWithWords(entities[id].name.split(/\s+/), words),
    );
    return people.length === 1 ? people[0] : undefined;
  };
  const keys: (string | null)[][] = [];
  for (let doc = 0; doc < digests.length; doc++) {
    keys.push(
      digests[doc].claims.map((c) => {
        if (c.sourceEntityId !== null && entityOf[doc][c.sourceEntityId] >= 0) return `entity:${entityOf[doc][c.sourceEntityId]}`;
        if (c.unnamed) return null;
        const id = /^\p{Lu}/u.test(c.sourceName) ? resolve(c.sourceName) : undefined;
        return id !== undefined ? `entity:${id}` : `source:${c.sourceName.toLowerCase()}`;
      }),
    );
    yield;
  }
  return keys;
}

/** Sources with their claims in each article, those quoted in the most articles first. */
export function* sourcesOf(
  digests: readonly ArticleDigest[],
  keys: readonly (string | null)[][],
  entities: readonly CorpusEntity[],
): Generator<void, CorpusSource[]> {
  const byKey = new Map<string, CorpusSource>();
  for (let doc = 0; doc < digests.length; doc++) {
    digests[doc].claims.forEach((c, k) => {
      const key = keys[doc][k];
      if (key === null) return;
      let source = byKey.get(key);
      if (!source) {
        const entityId = key.startsWith('entity:') ? Number(key.slice(7)) : null;
        source = { key, name: entityId !== null ? entities[entityId].name : c.sourceName, entityId, documents: [] };
        byKey.set(key, source);
      }
      const last = source.documents[source.documents.length - 1];
      if (last?.doc === doc) last.claims.push(k);
      else source.documents.push({ doc, claims: [k] });
    });
    yield;
  }
  const claimCount = (s: CorpusSource) => s.documents.reduce((n, d) => n + d.claims.length, 0);
  return [...byKey.values()].sort(
    (a, b) => b.documents.length - a.documents.length || claimCount(b) - claimCount(a) || a.name.localeCompare(b.name),
  );
}
