// Mentions grouped into entities: a surname, a first name, an acronym or an organization's head noun
// joins the fullest name it abbreviates; the same surface form joins its earlier mention; each entity
// takes the type its mentions vote for.
import type { EntityType, KnownEntity } from '../types';
import type { Token } from '../tokenize';
import { gazetteer } from '../lexicon/gazetteer';
import { NAME_CONNECTORS, ORGANIZATION_HEADS, SURNAME_PARTICLES } from '../lexicon/words';
import { STRONG, bare, isAcronym, type Chunk } from './chunk';

export interface Cluster {
  type: EntityType;
  /** Chunk indices. */
  members: number[];
  /** Chunk index of the fullest name. */
  canonical: number;
  /** The name to show, when it is not the canonical chunk's text (the user's own name for it). */
  name?: string;
}

/** Words of the name proper, without particles and hyphens, for surname matching. */
function nameWords(tokens: Token[], chunk: Chunk): string[] {
  const out: string[] = [];
  for (let i = chunk.nameFirst; i <= chunk.last; i++) {
    const t = tokens[i];
    if (t.isWord && !SURNAME_PARTICLES.has(t.lower)) out.push(t.text);
  }
  return out;
}

function acronymOf(tokens: Token[], chunk: Chunk): string {
  let s = '';
  for (let i = chunk.nameFirst; i <= chunk.last; i++) {
    const t = tokens[i];
    if (t.isWord && t.capitalized && !NAME_CONNECTORS.has(t.lower)) s += t.text[0];
  }
  return s;
}

function addTo(index: Map<string, number[]>, key: string, value: number): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

function appendAll(to: number[], from: readonly number[] | undefined): void {
  if (from) for (const x of from) to.push(x);
}

/** Sorts ascending and drops repeats, in place. */
function sortUnique(list: number[]): void {
  // The lists are short; an insertion sort allocates nothing, where Array#sort copies.
  if (list.length > 32) list.sort((a, b) => a - b);
  else {
    for (let k = 1; k < list.length; k++) {
      const x = list[k];
      let j = k - 1;
      for (; j >= 0 && list[j] > x; j--) list[j + 1] = list[j];
      list[j + 1] = x;
    }
  }
  let kept = 0;
  for (let k = 0; k < list.length; k++) if (k === 0 || list[k] !== list[k - 1]) list[kept++] = list[k];
  list.length = kept;
}

/** `words` are the last words of `full`. */
export function endsWithWords(full: readonly string[], words: readonly string[]): boolean {
  const offset = full.length - words.length;
  if (offset < 0) return false;
  for (let j = 0; j < words.length; j++) if (full[offset + j] !== words[j]) return false;
  return true;
}

export function cluster(text: string, tokens: Token[], chunks: Chunk[], known: readonly KnownEntity[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, number>();
  // The user's entities come first, named as the user names them.
  const knownCluster = new Map<number, number>();
  chunks.forEach((c, i) => {
    if (c.known === undefined) return;
    let k = knownCluster.get(c.known);
    if (k === undefined) {
      k = clusters.length;
      clusters.push({ type: known[c.known].type, members: [], canonical: i, name: known[c.known].name });
      knownCluster.set(c.known, k);
    }
    clusters[k].members.push(i);
  });
  const words = chunks.map((c) => nameWords(tokens, c));
  const surface = chunks.map((c) => text.slice(tokens[c.nameFirst].start, tokens[c.last].end));

  // Majority type per surface form, weighted by strength, so one clear context types every mention.
  const votes = new Map<string, Map<EntityType, number>>();
  chunks.forEach((c, i) => {
    if (!c.type) return;
    const v = votes.get(surface[i]) ?? new Map<EntityType, number>();
    v.set(c.type, (v.get(c.type) ?? 0) + c.strength);
    votes.set(surface[i], v);
  });

  // Longer names first, so that short forms find the full name they abbreviate.
  const order = chunks.map((_, i) => i).sort((a, b) => words[b].length - words[a].length || a - b);
  // A user's entity is matched by its fullest written form, so surnames find it too.
  for (const k of knownCluster.values())
    clusters[k].canonical = clusters[k].members.reduce((best, m) => (words[m].length > words[best].length ? m : best));
  // Full names indexed by the words a short form can share with them (last word, first word, acronym,
  // organization head), so each short form looks at a few candidates, not at every entity.
  const byLastWord = new Map<string, number[]>();
  const byFirstWord = new Map<string, number[]>();
  const byAcronym = new Map<string, number[]>();
  const byHead = new Map<string, number[]>();
  /** The acronym of each cluster's full name. */
  const acronyms: string[] = [];
  const addFull = (f: number) => {
    const cl = clusters[f];
    const fw = words[cl.canonical];
    acronyms[f] = acronymOf(tokens, chunks[cl.canonical]);
    if (!fw.length) return;
    addTo(byLastWord, fw[fw.length - 1], f);
    addTo(byFirstWord, fw[0], f);
    addTo(byAcronym, acronyms[f], f);
    for (const x of fw) if (ORGANIZATION_HEADS.has(x)) addTo(byHead, x, f);
  };
  for (const k of knownCluster.values()) addFull(k);
  const candidates: number[] = [];
  for (const i of order) {
    const c = chunks[i];
    if (c.known !== undefined) continue;
    const w = words[i];
    let target = -1;
    if (w.length > 0 && (w.length < 3 || c.strength < STRONG)) {
      candidates.length = 0;
      appendAll(candidates, byLastWord.get(w[w.length - 1]));
      const single = w.length === 1;
      const acronymForm = single && isAcronym(tokens[c.nameFirst]);
      const written = single ? bare(tokens[c.nameFirst]) : '';
      if (single) {
        appendAll(candidates, byFirstWord.get(w[0]));
        appendAll(candidates, byAcronym.get(written));
        appendAll(candidates, byHead.get(w[0]));
        sortUnique(candidates);
      }
      for (const f of candidates) {
        const cl = clusters[f];
        const fw = words[cl.canonical];
        if (fw.length <= w.length) continue;
        const suffix = endsWithWords(fw, w);
        const firstName =
          single &&
          fw[0] === w[0] &&
          cl.type === 'person' &&
          c.type !== 'place' &&
          !acronymForm &&
          gazetteer().firstNames.has(w[0]);
        const acronym = acronymForm && c.type !== 'place' && acronyms[f] === written && cl.type === 'organization';
        const headNoun = single && cl.type === 'organization' && fw.includes(w[0]) && ORGANIZATION_HEADS.has(w[0]);
        if (
          (suffix && cl.type === 'person' && (c.type === null || c.type === 'person' || c.strength < STRONG)) ||
          firstName ||
          acronym ||
          headNoun
        ) {
          target = f;
          break;
        }
      }
    }
    if (target < 0) {
      const key = surface[i];
      const existing = byKey.get(key);
      if (existing !== undefined) target = existing;
    }
    if (target >= 0) {
      clusters[target].members.push(i);
      continue;
    }
    const v = votes.get(surface[i]);
    const type = v ? [...v.entries()].sort((a, b) => b[1] - a[1])[0][0] : c.type;
    if (!type) continue;
    clusters.push({ type, members: [i], canonical: i });
    byKey.set(surface[i], clusters.length - 1);
    addFull(clusters.length - 1);
  }
  return clusters;
}
