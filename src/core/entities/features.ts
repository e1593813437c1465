// The tagger's features for every token that may belong to a name: the form's own features
// (forms.ts) plus its neighbours, its place in the layout (lines.ts) and what the rest of the
// document shows of the same word. Training reads exactly this code.
import { gazetteer } from '../lexicon/gazetteer';
import { tokenize, type Token } from '../tokenize';
import { CASE, EVIDENCE, FormTable, titleCase, type FormInfo } from './forms';
import { mix2, mix3 } from './hash';
import { LINE, lineKinds } from './lines';

/** Feature slots per token; unused slots hold -1. */
export const SLOTS = 48;
/** Slots for the form's own features (the rest hold the context's). */
export const OWN_SLOTS = SLOTS - 24;

/** Candidate tokens (runs that hold a capitalised word, within a sentence) and their features. */
export interface TokenFeatures {
  /** Token index of each candidate. */
  tokenAt: Int32Array;
  /** SLOTS feature hashes per candidate. */
  features: Int32Array;
  /** Segments as [first, last] candidate positions (inclusive): the tagger decodes each on its own. */
  segments: Int32Array;
  count: number;
  segmentCount: number;
}

// Context templates (numbers are part of the model's format).
const T_BIAS = 30;
/** The feature every candidate has (the tagger adds it to each form's own scores). */
export const BIAS = mix2(T_BIAS, 0);
const T_LOWER_AT = 31; // + offset index
const T_SHAPE_AT = 36;
const T_SHAPES = 41;
const T_BIGRAM_BEFORE = 42;
const T_BIGRAM_AFTER = 43;
const T_CLUSTER_AT = 44;
const T_EVIDENCE_AT = 46;
const T_SENTENCE_START = 48;
const T_LINE = 49;
const T_LINE_EVIDENCE = 50;
const T_DOCUMENT = 51;
const T_PHRASE = 52;
const T_CAPS_LINE_WORD = 53;

const OFFSETS = [-2, -1, 1, 2];
const BOUNDARY = 0x5bd1e995;
/** Evidence bits worth reading from a neighbour. */
const NEIGHBOUR_EVIDENCE =
  EVIDENCE.title |
  EVIDENCE.firstName |
  EVIDENCE.country |
  EVIDENCE.city |
  EVIDENCE.organizationHead |
  EVIDENCE.placeHead |
  EVIDENCE.demonym |
  EVIDENCE.roleNoun |
  EVIDENCE.lowercaseOrganizationHead;

/** Per-document flags by the serial number of a lower-case form. */
const SEEN_LOWER = 1;
const SEEN_CAPITALIZED_INSIDE = 2;

export class FeatureExtractor {
  private tokenAt = new Int32Array(1024);
  private features = new Int32Array(1024 * SLOTS);
  private segments = new Int32Array(256);
  /** The form of each token of the last text extracted. */
  readonly infos: FormInfo[] = [];
  private documentFlags = new Uint8Array(1024);

  /**
   * `ownInSlots`: write the form's own features into the slots (training); the tagger leaves them out
   * and adds their summed scores, which it keeps per form (see Tagger).
   */
  constructor(
    readonly forms: FormTable,
    private readonly ownInSlots = true,
  ) {}

  /**
   * Features of the candidates among `tokens`. `excluded` tokens (numbers, times, the user's own
   * names) are never candidates. The arrays returned are reused by the next call.
   */
  extract(text: string, tokens: readonly Token[], excluded: Uint8Array): TokenFeatures {
    this.forms.trim();
    const kinds = lineKinds(text, tokens);
    const infos = this.readForms(tokens, kinds);
    const flags = this.documentFlagsOf(tokens, infos, kinds);
    const phrases = placePhrases(tokens, infos);
    let count = 0;
    let segmentCount = 0;
    let i = 0;
    while (i < tokens.length) {
      if (!this.isCandidate(tokens, infos, excluded, i)) {
        i++;
        continue;
      }
      let last = i;
      let capitalized = false;
      const sentence = tokens[i].sentence;
      while (
        last < tokens.length &&
        tokens[last].sentence === sentence &&
        this.isCandidate(tokens, infos, excluded, last) &&
        (last === i || !(kinds[last] & LINE.cellStart))
      ) {
        const c = infos[last].caseType;
        if (c === CASE.capitalized || c === CASE.allCaps || c === CASE.mixed) capitalized = true;
        last++;
      }
      last--;
      // Punctuation and connectors at the edges are never part of a name; a surname particle may begin one ("al-Assad").
      let first = i;
      while (first <= last && isLowerOrOther(infos[first]) && !(infos[first].evidence & EVIDENCE.particle)) first++;
      let end = last;
      while (end >= first && isLowerOrOther(infos[end])) end--;
      if (capitalized && first <= end) {
        this.reserve(count + end - first + 1, segmentCount + 1);
        this.segments[2 * segmentCount] = count;
        for (let k = first; k <= end; k++) {
          this.tokenAt[count] = k;
          this.fill(tokens, infos, kinds, flags, phrases, k, count * SLOTS);
          count++;
        }
        this.segments[2 * segmentCount + 1] = count - 1;
        segmentCount++;
      }
      i = last + 1;
    }
    // Cleared where set, not whole: the table of forms is far larger than a document.
    for (let k = 0; k < tokens.length; k++) flags[infos[k].lowerId] = 0;
    return { tokenAt: this.tokenAt, features: this.features, segments: this.segments, count, segmentCount };
  }

  private isCandidate(tokens: readonly Token[], infos: FormInfo[], excluded: Uint8Array, i: number): boolean {
    if (excluded[i]) return false;
    const info = infos[i];
    const c = info.caseType;
    return c === CASE.capitalized || c === CASE.allCaps || c === CASE.mixed || (info.joiner && !tokens[i].newlineBefore);
  }

  /** The form of each token; in an ALL-CAPS line, words are read as if written in title case. */
  private readForms(tokens: readonly Token[], kinds: Uint8Array): FormInfo[] {
    const infos = this.infos;
    infos.length = tokens.length;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      infos[i] = this.forms.get(kinds[i] & LINE.capitals && t.allCaps ? titleCase(t.text) : t.text);
    }
    return infos;
  }

  private documentFlagsOf(tokens: readonly Token[], infos: FormInfo[], kinds: Uint8Array): Uint8Array {
    if (this.documentFlags.length < this.forms.size) this.documentFlags = new Uint8Array(this.forms.size * 2);
    const flags = this.documentFlags;
    for (let i = 0; i < tokens.length; i++) {
      const info = infos[i];
      if (info.caseType === CASE.lower) flags[info.lowerId] |= SEEN_LOWER;
      else if (info.caseType === CASE.capitalized && !(kinds[i] & (LINE.sentenceStart | LINE.capitals | LINE.headline)))
        flags[info.lowerId] |= SEEN_CAPITALIZED_INSIDE;
    }
    return flags;
  }

  private reserve(tokens: number, segments: number): void {
    if (tokens > this.tokenAt.length) {
      const size = Math.max(tokens, this.tokenAt.length * 2);
      const at = new Int32Array(size);
      at.set(this.tokenAt);
      this.tokenAt = at;
      const features = new Int32Array(size * SLOTS);
      features.set(this.features);
      this.features = features;
    }
    if (2 * segments > this.segments.length) {
      const s = new Int32Array(Math.max(2 * segments, this.segments.length * 2));
      s.set(this.segments);
      this.segments = s;
    }
  }

  // Fills one token's slots: a flat list of templates, each a line, so that the set reads at a glance.
  private fill(
    tokens: readonly Token[],
    infos: FormInfo[],
    kinds: Uint8Array,
    flags: Uint8Array,
    phrases: Uint8Array,
    i: number,
    at: number,
  ): void {
    const out = this.features;
    const end = at + SLOTS;
    const info = infos[i];
    const sentence = tokens[i].sentence;
    let n = at;
    if (this.ownInSlots) for (let k = 0; k < info.own.length && k < OWN_SLOTS; k++) out[n++] = info.own[k];
    if (this.ownInSlots) out[n++] = BIAS;
    const near = (d: number): FormInfo | null => {
      const j = i + d;
      return j >= 0 && j < tokens.length && tokens[j].sentence === sentence ? infos[j] : null;
    };
    const before = near(-1);
    const after = near(1);
    for (let k = 0; k < OFFSETS.length; k++) {
      const other = near(OFFSETS[k]);
      out[n++] = mix2(T_LOWER_AT + k, other ? other.lowerHash : BOUNDARY);
    }
    out[n++] = mix2(T_SHAPE_AT + 1, before ? before.shapeHash : BOUNDARY);
    out[n++] = mix2(T_SHAPE_AT + 2, after ? after.shapeHash : BOUNDARY);
    out[n++] = mix3(
      T_SHAPES,
      (before ? before.shapeHash : BOUNDARY) ^ Math.imul(info.shapeHash, 31),
      after ? after.shapeHash : BOUNDARY,
    );
    out[n++] = mix3(T_BIGRAM_BEFORE, before ? before.lowerHash : BOUNDARY, info.lowerHash);
    out[n++] = mix3(T_BIGRAM_AFTER, info.lowerHash, after ? after.lowerHash : BOUNDARY);
    out[n++] = mix2(T_CLUSTER_AT, before ? before.cluster : -2);
    out[n++] = mix2(T_CLUSTER_AT + 1, after ? after.cluster : -2);
    out[n++] = mix2(T_EVIDENCE_AT, before ? before.evidence & NEIGHBOUR_EVIDENCE : -1);
    out[n++] = mix2(T_EVIDENCE_AT + 1, after ? after.evidence & NEIGHBOUR_EVIDENCE : -1);
    const kind = kinds[i];
    const start = kind & LINE.sentenceStart ? 1 : 0;
    out[n++] = mix3(T_SENTENCE_START, start, info.shapeHash);
    out[n++] = mix3(T_LINE, kind & ~LINE.sentenceStart, info.caseType);
    out[n++] = mix3(T_LINE_EVIDENCE, kind & (LINE.capitals | LINE.dateline | LINE.table), info.evidence & NEIGHBOUR_EVIDENCE);
    out[n++] = mix3(T_DOCUMENT, flags[info.lowerId] * 4 + start * 2 + (kind & LINE.capitals ? 1 : 0), info.caseType);
    out[n++] = mix2(T_PHRASE, phrases[i]);
    if (kind & LINE.capitals) out[n++] = mix2(T_CAPS_LINE_WORD, info.lowerHash);
    while (n < end) out[n++] = -1;
  }
}

const isLowerOrOther = (info: FormInfo) => info.caseType === CASE.lower || info.caseType === CASE.other;

/** Positions inside multi-word place names the gazetteer knows: 1 first, 2 inside, 3 last, 0 none. */
function placePhrases(tokens: readonly Token[], infos: FormInfo[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  const phrases = placePhraseIndex();
  for (let i = 0; i < tokens.length; i++) {
    if (infos[i].caseType === CASE.lower) continue;
    const list = phrases.get(tokens[i].text);
    if (!list) continue;
    for (const words of list) {
      let j = i;
      let w = 0;
      while (w < words.length && j < tokens.length && tokens[j].text === words[w]) {
        j++;
        w++;
      }
      if (w < words.length) continue;
      marks[i] = 1;
      for (let k = i + 1; k < j - 1; k++) marks[k] = 2;
      marks[j - 1] = 3;
      i = j - 1;
      break;
    }
  }
  return marks;
}

let phraseIndex: Map<string, string[][]> | undefined;
const PLAIN_WORD = /^[A-Za-z]+$/;

/** Multi-word place names by their first token ("United" → [["United", "States"], ...]), split as the tokenizer splits. */
function placePhraseIndex(): Map<string, string[][]> {
  if (phraseIndex) return phraseIndex;
  const index = new Map<string, string[][]>();
  for (const list of gazetteer().placePhrasesByFirstWord.values())
    for (const words of list) {
      // Most names are plain words; only the others need the tokenizer ("Sub-Saharan", "St. Louis").
      const split = words.every((w) => PLAIN_WORD.test(w)) ? words : tokenize(words.join(' ')).map((t) => t.text);
      const same = index.get(split[0]);
      if (same) same.push(split);
      else index.set(split[0], [split]);
    }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  phraseIndex = index;
  return index;
}
