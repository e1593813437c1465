// What a word form alone tells the tagger: its spelling, shape, affixes, part of speech, gazetteer
// memberships and word cluster. Computed once per distinct form and kept, so that a token costs a
// map look-up, not a string analysis.
import { gazetteer, type Gazetteer } from '../lexicon/gazetteer';
import {
  COMMON_ACRONYMS,
  COMPASS_WORDS,
  FUNCTION_WORDS,
  LOWERCASE_ORGANIZATION_HEADS,
  LOWERCASE_PLACE_HEADS,
  MONTHS,
  NAME_CONNECTORS,
  NEWS_AGENCIES,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  PLACE_ACRONYMS,
  PLACE_HEADS,
  ROLE_NOUNS,
  SURNAME_PARTICLES,
  WEEKDAYS,
} from '../lexicon/words';
import { hashString, mix2 } from './hash';

/** Evidence from the gazetteers and word lists, as bits (also read by the context features). */
export const EVIDENCE = {
  country: 1,
  city: 2,
  firstName: 4,
  demonym: 8,
  demonymPlural: 16,
  title: 32,
  organizationHead: 64,
  placeHead: 128,
  month: 256,
  weekday: 512,
  agency: 1024,
  compass: 2048,
  functionWord: 4096,
  placeAcronym: 8192,
  commonAcronym: 16384,
  connector: 32768,
  lowercaseOrganizationHead: 65536,
  lowercasePlaceHead: 131072,
  roleNoun: 262144,
  commonWord: 524288,
  particle: 1048576,
} as const;
const EVIDENCE_BITS = Object.values(EVIDENCE);

/** How a form is written. */
export const CASE = { lower: 0, capitalized: 1, allCaps: 2, mixed: 3, digits: 4, other: 5 } as const;

export interface FormInfo {
  /** Serial number of the form in its table (document-level flags are indexed by it). */
  id: number;
  /** Serial number of the lower-case form. */
  lowerId: number;
  /** Hashes of the features this form gives on its own (template mixed in). */
  own: Int32Array;
  lowerHash: number;
  shapeHash: number;
  /** Word cluster at the middle granularity, or -1. */
  cluster: number;
  evidence: number;
  caseType: number;
  /** The form can sit inside a name without a capital: "of", "al", "-", "&". */
  joiner: boolean;
  /** The summed label scores of `own` under the tagger's model, kept once computed. */
  scores?: Float32Array;
}

/** Word clusters: lower-case form to three cluster numbers (coarse, middle, fine), packed 8/10/12 bits. */
export type Clusters = ReadonlyMap<string, number>;

// Templates of the features a form gives on its own (numbers are part of the model's format).
const T_WORD = 1;
const T_LOWER = 2;
const T_SHAPE = 3;
const T_PREFIX3 = 4;
const T_PREFIX4 = 5;
const T_SUFFIX2 = 6;
const T_SUFFIX3 = 7;
const T_SUFFIX4 = 8;
const T_CASE_LENGTH = 9;
const T_TAGS = 10;
const T_EVIDENCE = 11;
const T_CLUSTER_COARSE = 12;
const T_CLUSTER_MIDDLE = 13;
const T_CLUSTER_FINE = 14;
const T_NO_CLUSTER = 15;
/** Seeds of the neighbour hashes (the lower form and the shape of a word read from beside it). */
const SEED_LOWER = 101;
const SEED_SHAPE = 102;

/** A table of word forms for one set of clusters; kept across documents, cleared when it grows past `limit`. */
export class FormTable {
  private readonly forms = new Map<string, FormInfo>();
  private readonly gaz: Gazetteer = gazetteer();
  private count = 0;
  constructor(
    private readonly clusters: Clusters,
    private readonly limit = 200_000,
  ) {}

  /** The number of serial numbers given so far (the size document-level flag arrays need). */
  get size(): number {
    return this.count;
  }

  /** Clears the table when it has grown too large; call between documents only (serial numbers restart). */
  trim(): void {
    if (this.forms.size < this.limit) return;
    this.forms.clear();
    this.count = 0;
  }

  get(text: string): FormInfo {
    let info = this.forms.get(text);
    if (info === undefined) {
      info = this.build(text);
      this.forms.set(text, info);
    }
    return info;
  }

  private build(text: string): FormInfo {
    const lower = text.toLowerCase();
    const lowerId = lower === text ? this.count : this.get(lower).id;
    const id = this.count++;
    const shape = shapeOf(text);
    const caseType = caseOf(text);
    // "REUTERS", "MADRID": a word in capitals is also looked up as it is usually written.
    const evidence =
      evidenceOf(text, lower, this.gaz) |
      (caseType === CASE.allCaps && text.length > 3 ? evidenceOf(titleCase(text), lower, this.gaz) : 0);
    const packed = this.clusters.get(lower);
    const own: number[] = [
      hashString(text, T_WORD),
      hashString(lower, T_LOWER),
      hashString(shape, T_SHAPE),
      mix2(T_CASE_LENGTH, caseType * 16 + Math.min(text.length, 15)),
    ];
    if (lower.length > 3) own.push(hashString(lower.slice(0, 3), T_PREFIX3));
    if (lower.length > 4) own.push(hashString(lower.slice(0, 4), T_PREFIX4));
    if (lower.length > 2) own.push(hashString(lower.slice(-2), T_SUFFIX2));
    if (lower.length > 3) own.push(hashString(lower.slice(-3), T_SUFFIX3));
    if (lower.length > 4) own.push(hashString(lower.slice(-4), T_SUFFIX4));
    const tags = this.gaz.tagsOf(lower);
    own.push(hashString(tags ? tags.join('|') : '-', T_TAGS));
    for (const bit of EVIDENCE_BITS) if (evidence & bit) own.push(mix2(T_EVIDENCE, bit));
    let cluster = -1;
    if (packed !== undefined) {
      cluster = (packed >>> 12) & 0x3ff;
      own.push(mix2(T_CLUSTER_COARSE, packed >>> 22), mix2(T_CLUSTER_MIDDLE, cluster), mix2(T_CLUSTER_FINE, packed & 0xfff));
    } else own.push(mix2(T_NO_CLUSTER, caseType));
    return {
      id,
      lowerId,
      own: Int32Array.from(own),
      lowerHash: hashString(lower, SEED_LOWER),
      shapeHash: hashString(shape, SEED_SHAPE),
      cluster,
      evidence,
      caseType,
      joiner: JOINERS.has(lower),
    };
  }
}

/** Forms that may stand inside a name without a capital. */
const JOINERS = new Set([...NAME_CONNECTORS, ...SURNAME_PARTICLES, '-', '‐', '.', "'", '’', '’s', "'s", 'on', 'upon', 'at']);

/** "MADRID" → "Madrid". */
export function titleCase(word: string): string {
  return word.length < 2 ? word : word[0] + word.slice(1).toLowerCase();
}

/** "Xxxx" → "Xx", "U.S." → "X.X.", "F-16" → "X-d": each run of a kind of character once. */
export function shapeOf(text: string): string {
  let out = '';
  let previous = '';
  for (let i = 0; i < text.length && out.length < 12; i++) {
    const c = text[i];
    const k = c >= 'a' && c <= 'z' ? 'x' : c >= 'A' && c <= 'Z' ? 'X' : c >= '0' && c <= '9' ? 'd' : kindOfOther(c);
    if (k !== previous) out += k;
    previous = k;
  }
  return out;
}

function kindOfOther(c: string): string {
  if (c.toLowerCase() !== c) return 'X';
  if (c.toUpperCase() !== c) return 'x';
  return /\p{L}/u.test(c) ? 'x' : /\p{N}/u.test(c) ? 'd' : c;
}

function caseOf(text: string): number {
  if (/^\p{N}+$/u.test(text) || /^\p{N}[\p{N}.,:]*$/u.test(text)) return CASE.digits;
  if (!/\p{L}/u.test(text)) return CASE.other;
  const lower = text.toLowerCase();
  if (text === lower) return CASE.lower;
  const upper = text.toUpperCase();
  if (text === upper) return text.replace(/[^\p{L}]/gu, '').length > 1 ? CASE.allCaps : CASE.capitalized;
  if (text[0] === upper[0] && text.slice(1) === lower.slice(1)) return CASE.capitalized;
  return CASE.mixed;
}

function evidenceOf(text: string, lower: string, gaz: Gazetteer): number {
  const bare = text.includes('.') ? text.replace(/\./g, '') : text;
  let e = 0;
  if (gaz.countries.has(text)) e |= EVIDENCE.country;
  if (gaz.cities.has(text)) e |= EVIDENCE.city;
  if (gaz.firstNames.has(text)) e |= EVIDENCE.firstName;
  if (gaz.demonyms.has(text)) e |= EVIDENCE.demonym;
  if (text.endsWith('s') && (gaz.demonyms.has(text.slice(0, -1)) || gaz.demonyms.has(text.replace(/ese$|is$/, ''))))
    e |= EVIDENCE.demonymPlural;
  if (PERSON_TITLES.has(text)) e |= EVIDENCE.title;
  if (ORGANIZATION_HEADS.has(text)) e |= EVIDENCE.organizationHead;
  if (PLACE_HEADS.has(text)) e |= EVIDENCE.placeHead;
  if (MONTHS.has(text)) e |= EVIDENCE.month;
  if (WEEKDAYS.has(text)) e |= EVIDENCE.weekday;
  if (NEWS_AGENCIES.has(text)) e |= EVIDENCE.agency;
  if (COMPASS_WORDS.has(text)) e |= EVIDENCE.compass;
  if (FUNCTION_WORDS.has(lower)) e |= EVIDENCE.functionWord;
  if (PLACE_ACRONYMS.has(bare)) e |= EVIDENCE.placeAcronym;
  if (COMMON_ACRONYMS.has(bare)) e |= EVIDENCE.commonAcronym;
  if (NAME_CONNECTORS.has(lower) || SURNAME_PARTICLES.has(lower)) e |= EVIDENCE.connector;
  if (SURNAME_PARTICLES.has(text)) e |= EVIDENCE.particle;
  if (LOWERCASE_ORGANIZATION_HEADS.has(lower)) e |= EVIDENCE.lowercaseOrganizationHead;
  if (LOWERCASE_PLACE_HEADS.has(lower)) e |= EVIDENCE.lowercasePlaceHead;
  if (ROLE_NOUNS.has(lower)) e |= EVIDENCE.roleNoun;
  const tags = gaz.tagsOf(lower);
  if (tags && !tags.some((t) => t.startsWith('NNP'))) e |= EVIDENCE.commonWord;
  return e;
}
