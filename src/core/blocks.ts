// Long texts (a transcript, a corpus of articles in one file) are analysed in blocks of about
// BLOCK_SIZE characters cut at article or paragraph breaks, then joined. Each block's tokens are
// dropped once the block is done, so memory and time per MB stay flat however long the text; an
// article-length text is one block. The join links what crosses a cut: a name in one block and its
// short form in another, a denial and the claim it contests. What it cannot restore: a pronoun at the
// start of a block whose antecedent is in the block before, and whether lines are hard-wrapped, which
// is decided for each block (a file may mix sources).
import type { Annotations, Attribution, CanonicalEntity, Claim, EntityMention, Span } from './types';
import { CONTRADICTION_WINDOW, linkContradictions } from './claims';
import { endsWithWords } from './entities';
import { CLOSING, TERMINAL, lineBreaks, tokenize } from './tokenize';

/** Characters per block. Far above a news article, small enough that a block's tokens die young. */
export const BLOCK_SIZE = 100_000;

/** The smallest block size taken (tests use small blocks to make many cuts). */
const MIN_BLOCK_SIZE = 64;

/**
 * The analysis of one block, or of all of them joined. Spans are offsets into the whole text; a
 * block's ids are its own until joinBlocks renumbers them.
 */
export type BlockAnalysis = Omit<Annotations, 'length' | 'truncated' | 'tokens'> & { tokens: Int32Array };

const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * The blocks of `text` as [from, to) ranges that cover it end to end. A block runs to the best cut
 * (see cutAfter) in the half block after `size` characters; a last block that would be shorter than
 * half a block joins the one before. Text with no space in that stretch is cut where it is, never
 * inside a surrogate pair.
 */
export function blockRanges(text: string, blockSize = BLOCK_SIZE): [number, number][] {
  const size = blockSize >= MIN_BLOCK_SIZE ? Math.floor(blockSize) : MIN_BLOCK_SIZE;
  const half = Math.floor(size / 2);
  const ranges: [number, number][] = [];
  let from = 0;
  while (text.length - from > size + half) {
    const to = cutAfter(text, from, from + size, from + size + half);
    if (text.length - to < half) break;
    ranges.push([from, to]);
    from = to;
  }
  ranges.push([from, text.length]);
  return ranges;
}

/** Line breaks in a row, with only spaces between them, that make a break between articles. */
const ARTICLE_BREAK = 3;

/** Kinds of cut, best first; the first cut of the best kind found is taken. */
const enum Cut {
  /** Two or more blank lines: where a file of many articles puts its breaks. */
  Article,
  /** A blank line before a paragraph that starts afresh. */
  Paragraph,
  /** A blank line before a paragraph that leans on the one before (a pronoun for its source, a quotation carried on). */
  LeaningParagraph,
  /** A line break after the end of a sentence, before a line that starts afresh. */
  Line,
  /** Any other line break. */
  AnyLine,
  /** A space after the end of a sentence, before words that start afresh: figures such as "12 345" stay whole. */
  Sentence,
  /** Any other space. */
  Space,
  None,
}

/**
 * The best cut in the block from `from` between `target` and `limit`: the start of a run of whitespace,
 * so that the next block starts with that run and reads its breaks whole. Else `target` itself, moved off
 * a surrogate pair.
 */
function cutAfter(text: string, from: number, target: number, limit: number): number {
  let best = Cut.None;
  let bestAt = -1;
  for (let k = whitespaceStart(text, target, from + 1); k < limit; k++) {
    if (!isSpace(text.charCodeAt(k))) continue;
    const at = k;
    while (k + 1 < text.length && isSpace(text.charCodeAt(k + 1))) k++;
    const breaks = lineBreaks(text, at, k + 1, ARTICLE_BREAK);
    if (breaks >= ARTICLE_BREAK) return at;
    // Only a better kind of cut than the one found is worth the look at the words around it.
    const kind = breaks === 2 ? Cut.Paragraph : breaks === 1 ? Cut.Line : Cut.Sentence;
    if (kind >= best) continue;
    const fresh = !leansBack(text, k + 1);
    const cut =
      kind === Cut.Paragraph ? (fresh ? Cut.Paragraph : Cut.LeaningParagraph) : fresh && endsSentence(text, at) ? kind : kind + 1;
    if (cut < best) {
      best = cut;
      bestAt = at;
    }
  }
  if (bestAt >= 0) return bestAt;
  return isHighSurrogate(text.charCodeAt(target - 1)) ? target - 1 : target;
}

/** Words that open a paragraph and point back at the one before: its speaker or its subject. */
const POINTING_BACK = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'him', 'them']);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«', '„']);

/** The text at `at` opens with a quotation mark or a word that points back at what comes before. */
function leansBack(text: string, at: number): boolean {
  if (OPENING_QUOTES.has(text[at])) return true;
  let end = at;
  while (end < text.length && end - at < 6 && /[A-Za-z]/.test(text[end])) end++;
  return POINTING_BACK.has(text.slice(at, end).toLowerCase());
}

/** The text before `at` ends a sentence: a full stop, question or exclamation mark, maybe inside a closing quote or bracket. */
function endsSentence(text: string, at: number): boolean {
  const last = text[at - 1];
  return TERMINAL.has(last) || (CLOSING.has(last) && TERMINAL.has(text[at - 2]));
}

function whitespaceStart(text: string, k: number, floor: number): number {
  while (k > floor && isSpace(text.charCodeAt(k - 1))) k--;
  return k;
}

/** The analyses of the blocks of `text` as one: ids renumbered, entities and claims linked across blocks, lists concatenated. */
export function joinBlocks(text: string, blocks: readonly BlockAnalysis[], ranges: readonly [number, number][]): BlockAnalysis {
  const linker = new EntityLinker();
  const entities: EntityMention[] = [];
  const descriptions: EntityMention[] = [];
  const attributions: Attribution[] = [];
  const claims: Claim[] = [];
  blocks.forEach((b, blockIndex) => {
    const ids = b.canonicalEntities.map((e) => linker.link(e, entities.length));
    const attributionBase = attributions.length;
    const claimBase = claims.length;
    for (const m of b.entities) m.entityId = ids[m.entityId];
    for (const m of b.descriptions) m.entityId = ids[m.entityId];
    for (const a of b.attributions) {
      a.id += attributionBase;
      a.claimId += claimBase;
      if (a.sourceEntityId !== null) a.sourceEntityId = ids[a.sourceEntityId];
    }
    for (const c of b.claims) {
      c.id += claimBase;
      if (c.attributionId !== null) c.attributionId += attributionBase;
      if (c.sourceEntityId !== null) {
        c.sourceEntityId = ids[c.sourceEntityId];
        // Now, not at the end: linkAcross tells sources apart by their keys.
        c.sourceKey = `entity:${c.sourceEntityId}`;
      }
      for (let k = 0; k < c.contestedBy.length; k++) c.contestedBy[k] += claimBase;
    }
    append(entities, b.entities);
    append(descriptions, b.descriptions);
    append(attributions, b.attributions);
    if (blockIndex > 0) linkAcross(text, ranges[blockIndex][0], claims, b.claims);
    append(claims, b.claims);
  });
  // Names last: linking may have given an entity a fuller name after its first blocks were read.
  const canonical = linker.entities;
  for (const e of canonical) {
    e.aliases.sort((a, b) => (a === e.name ? -1 : b === e.name ? 1 : 0));
    // Two entities of one block linked to the same entity bring their mentions one after the other.
    if (!isAscending(e.mentions)) e.mentions.sort((a, b) => a - b);
  }
  for (const m of entities) m.entity = canonical[m.entityId].name;
  for (const m of descriptions) m.entity = canonical[m.entityId].name;
  for (const a of attributions) if (a.sourceEntityId !== null) a.sourceName = canonical[a.sourceEntityId].name;
  for (const c of claims) if (c.sourceEntityId !== null) c.sourceName = canonical[c.sourceEntityId].name;
  return {
    sentences: concat(blocks.map((b) => b.sentences)),
    tokens: concatPairs(blocks.map((b) => b.tokens)),
    entities,
    descriptions,
    canonicalEntities: canonical,
    numbers: concat(blocks.map((b) => b.numbers)),
    times: concat(blocks.map((b) => b.times)),
    attributions,
    claims,
  };
}

/**
 * Denials and the claims they contest on either side of the cut at `boundary`: `before` holds the
 * claims so far, `after` the next block's. Only claims within reach of the cut are read again. With
 * blocks at least CONTRADICTION_WINDOW long (as BLOCK_SIZE is), no pair spans more than one cut.
 */
function linkAcross(text: string, boundary: number, before: Claim[], after: Claim[]): void {
  // A claim that ends within the window may start well before it (a long quotation): look back twice as far.
  let first = before.length;
  while (first > 0 && before[first - 1].span.start >= boundary - 2 * CONTRADICTION_WINDOW) first--;
  const near = before.slice(first).filter((c) => c.span.end >= boundary - CONTRADICTION_WINDOW);
  for (const c of after) {
    if (c.span.start > boundary + CONTRADICTION_WINDOW) break;
    near.push(c);
  }
  if (!near.some((c) => c.stance === 'denies')) return;
  const linked = near.map((c) => c.contestedBy.length);
  linkContradictions(
    near,
    (c) => tokenize(text, c.span.start, c.span.end),
    (d, c) => d.span.start < boundary !== c.span.start < boundary,
  );
  near.forEach((c, i) => {
    if (c.contestedBy.length > linked[i]) c.contestedBy.sort((a, b) => a - b);
  });
}

/**
 * The document's entities, built from each block's in text order. A block's entity is the document's
 * entity of the same type when it has the same name, when its name is a form that entity was already
 * called by (the latest such entity), or (people) when its name is the end of the latest fuller name
 * with the same last word ("Abdel Rahman" of "Rami Abdel Rahman"). When the block has the fuller name
 * of an entity so far called only by a shorter one, the entity takes the fuller name, and its old name
 * becomes one of its forms.
 */
export class EntityLinker {
  readonly entities: CanonicalEntity[] = [];
  /** Each entity by type and current name. */
  private readonly byName = new Map<string, number>();
  /** The latest entity called by each form, by type and form. */
  private readonly byAlias = new Map<string, number>();
  /** The latest person of two or more words, by last word. */
  private readonly byLastWord = new Map<string, number>();

  /** Links `e`, a block's entity whose mentions come after `mentionBase` document mentions; returns its document id. */
  link(e: CanonicalEntity, mentionBase: number): number {
    let id = this.find(e);
    if (id < 0) {
      id = this.entities.length;
      this.entities.push({ id, type: e.type, name: e.name, aliases: [], mentions: [] });
    }
    const target = this.entities[id];
    if (words(e.name).length > words(target.name).length) {
      this.byName.delete(key(target.type, target.name));
      this.byAlias.set(key(target.type, target.name), id);
      target.name = e.name;
    }
    for (const alias of e.aliases) if (!target.aliases.includes(alias)) target.aliases.push(alias);
    for (const m of e.mentions) target.mentions.push(mentionBase + m);
    this.index(target);
    return id;
  }

  private find(e: CanonicalEntity): number {
    const named = this.byName.get(key(e.type, e.name)) ?? this.byAlias.get(key(e.type, e.name));
    if (named !== undefined) return named;
    const w = words(e.name);
    if (e.type === 'person') {
      const candidate = this.byLastWord.get(w[w.length - 1]);
      if (candidate !== undefined) {
        const full = words(this.entities[candidate].name);
        if (full.length > w.length && endsWithWords(full, w)) return candidate;
      }
    }
    // The fuller name of an entity so far called only by a shorter one: its last words (people), or
    // one of the block's forms for it ("IS" of "Islamic State group").
    const shorter = e.type === 'person' ? w.slice(1).map((_, k) => w.slice(k + 1).join(' ')) : [];
    for (const form of [...shorter, ...e.aliases]) {
      if (form === e.name) continue;
      const short = this.byName.get(key(e.type, form));
      if (short !== undefined && words(this.entities[short].name).length < w.length) return short;
    }
    return -1;
  }

  private index(e: CanonicalEntity): void {
    this.byName.set(key(e.type, e.name), e.id);
    for (const alias of e.aliases) if (alias !== e.name) this.byAlias.set(key(e.type, alias), e.id);
    const w = words(e.name);
    if (e.type === 'person' && w.length > 1) this.byLastWord.set(w[w.length - 1], e.id);
  }
}

const key = (type: string, name: string) => `${type}\u0000${name}`;
const words = (name: string) => name.split(/\s+/);

function isAscending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i] < list[i - 1]) return false;
  return true;
}

function append<T>(to: T[], items: readonly T[]): void {
  for (const x of items) to.push(x);
}

function concat<T extends Span>(lists: T[][]): T[] {
  const out: T[] = [];
  for (const list of lists) append(out, list);
  return out;
}

function concatPairs(lists: Int32Array[]): Int32Array {
  const out = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of lists) {
    out.set(l, at);
    at += l.length;
  }
  return out;
}
