// Named entities: capitalised chunks, typed by titles, heads, gazetteers and context, then grouped into
// canonical entities with their aliases (surnames, acronyms, head nouns).
import type { CanonicalEntity, EntityMention, EntityType, KnownEntity } from './types';
import type { Token } from './tokenize';
import { gazetteer } from './lexicon/gazetteer';
import {
  COMMON_ACRONYMS,
  COMPASS_WORDS,
  FUNCTION_WORDS,
  GOVERNMENT_VERBS,
  LOWERCASE_ORGANIZATION_HEADS,
  LOWERCASE_PLACE_HEADS,
  MONTHS,
  NAME_CONNECTORS,
  NEWS_AGENCIES,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  PLACE_ACRONYMS,
  PLACE_HEADS,
  PLACE_OF_NOUNS,
  PLACE_PREPOSITIONS,
  LOCATIVE_PREPOSITIONS,
  ROLE_NOUNS,
  SPORTS_WORDS,
  STANDALONE_TITLES,
  TITLE_MODIFIERS,
  SURNAME_PARTICLES,
  TEAM_PREPOSITIONS,
  TEAM_VERBS,
  WEEKDAYS,
} from './lexicon/words';
import { REPORTING_FORMS } from './lexicon/reporting';

/** A typed mention before clustering, as token indices (inclusive). */
interface Chunk {
  first: number;
  last: number;
  /** First token of the name proper, after any title ("President Bashar al-Assad" → "Bashar"). */
  nameFirst: number;
  type: EntityType | null;
  /** How the type was decided: evidence in the name itself beats context, which beats defaults. */
  strength: number;
  /** Index of the user-declared entity this chunk names. */
  known?: number;
}

/** Names the user declared win over everything the engine infers. */
const USER = 4;
/** A place that acts as a government decides the type of all its mentions. */
const AGENT = 50;
const STRONG = 3;
const CONTEXT = 2;
const WEAK = 1;

const MAX_NAME_TOKENS = 16;
/** Nested names are short: "Texas" in "University of Texas", "Andy Warhol" in a foundation's name. */
const MAX_NESTED_TOKENS = 6;

const isHyphen = (t: Token | undefined) => !!t && (t.text === '-' || t.text === '‐') && !t.spaceBefore;
const isNameWord = (t: Token | undefined) => !!t && t.isWord && (t.capitalized || t.allCaps);
/** "U.S." and "US" alike: initialisms compared without their dots. */
const bare = (t: Token) => (t.text.includes('.') ? t.text.replace(DOTS, '') : t.text);
const isAcronym = (t: Token) => t.allCaps || (t.text.includes('.') && INITIALISM.test(t.text));
const DOTS = /\./g;
const INITIALISM = /^(\p{Lu}\.)+$/u;

export interface EntityResult {
  mentions: EntityMention[];
  entities: CanonicalEntity[];
  /** For each token, the index of the mention covering it, or -1. */
  mentionAtToken: Int32Array;
}

export function findEntities(
  text: string,
  tokens: Token[],
  blocked: Uint8Array,
  known: readonly KnownEntity[] = [],
): EntityResult {
  const gaz = gazetteer();
  // Words capitalised on their own mid-sentence are names even where they start a sentence.
  const headlines = titleCaseSentences(tokens);
  const capitalizedMidSentence = new Set<string>();
  const seenLowercase = new Set<string>();
  let sportsWords = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord) continue;
    if (SPORTS_WORDS.has(t.lower)) sportsWords++;
    if (
      t.capitalized &&
      !startsSentence(tokens, i) &&
      !headlines.has(t.sentence) &&
      !isNameWord(tokens[i - 1]) &&
      !isNameWord(tokens[i + 1])
    )
      capitalizedMidSentence.add(t.text);
    else if (!t.capitalized) seenLowercase.add(t.lower);
  }

  const titleCase = headlines;
  const isCommon = (t: Token) => {
    const tags = gaz.tagsOf(t.lower);
    return (
      !!tags &&
      !tags[0].startsWith('NNP') &&
      !gaz.firstNames.has(t.text) &&
      !gaz.countries.has(t.text) &&
      !gaz.cities.has(t.text) &&
      !capitalizedMidSentence.has(t.text)
    );
  };
  const chunks: Chunk[] = [];
  const userNames = knownNames(known);
  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i]) continue;
    const user = userNames.size ? matchKnown(tokens, i, userNames) : null;
    if (user) {
      chunks.push({ first: i, last: user.last, nameFirst: i, type: known[user.entity].type, strength: USER, known: user.entity });
      i = user.last;
      continue;
    }
    if (!isNameWord(tokens[i])) continue;
    const chunk = readChunk(text, tokens, i, blocked);
    i = chunk.last;
    // In a headline every word is capitalised: keep only the runs of words that are names elsewhere.
    const parts = titleCase.has(tokens[chunk.first].sentence) ? splitAtCommonWords(tokens, chunk, isCommon) : [chunk];
    for (const part of parts) {
      const trimmed = trimChunk(tokens, part, capitalizedMidSentence, seenLowercase);
      if (trimmed) chunks.push(...splitLeadingPlace(tokens, trimmed, gaz));
    }
  }
  const seen = new Map<string, number>();
  for (const c of chunks) {
    const k = text.slice(tokens[c.first].start, tokens[c.last].end);
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const repeated = new Set([...seen].filter(([, n]) => n > 1).map(([k]) => k));
  const context: DocumentContext = { repeated, sports: sportsWords >= 6 };
  for (let c = 0; c < chunks.length; c++) classify(text, tokens, chunks, c, gaz, context);
  chunks.push(...nestedNames(tokens, chunks, gaz));
  chunks.sort((a, b) => a.first - b.first || b.last - a.last);
  const clusters = cluster(text, tokens, chunks, known);
  return build(text, tokens, chunks, clusters);
}

type KnownNames = Map<string, { words: string[]; entity: number }[]>;

/** The user's names and aliases as word sequences, keyed by their first word, longest first. */
function knownNames(known: readonly KnownEntity[]): KnownNames {
  const byFirst: KnownNames = new Map();
  known.forEach((e, entity) => {
    for (const name of [e.name, ...(e.aliases ?? [])]) {
      const words: string[] = Array.from(name.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? []);
      if (!words.length) continue;
      const list = byFirst.get(words[0]) ?? [];
      list.push({ words, entity });
      byFirst.set(words[0], list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

function matchKnown(tokens: Token[], i: number, names: KnownNames): { last: number; entity: number } | null {
  const candidates = names.get(tokens[i].text);
  if (!candidates) return null;
  for (const c of candidates) {
    let ok = true;
    for (let k = 1; k < c.words.length; k++)
      if (tokens[i + k]?.text !== c.words[k] || tokens[i + k].sentence !== tokens[i].sentence) {
        ok = false;
        break;
      }
    // Whole words only: "PM" must not match inside "PMs".
    if (ok) return { last: i + c.words.length - 1, entity: c.entity };
  }
  return null;
}

/** Headlines in title case: no closing punctuation, and most of their longer words capitalised. */
function titleCaseSentences(tokens: Token[]): Set<number> {
  const sentences = tokens.length ? tokens[tokens.length - 1].sentence + 1 : 0;
  const capitalized = new Int32Array(sentences);
  const longWords = new Int32Array(sentences);
  const closed = new Uint8Array(sentences);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (SENTENCE_END_MARK.test(t.text) && tokens[i + 1]?.sentence !== t.sentence) closed[t.sentence] = 1;
    if (!t.isWord || t.text.length < 4) continue;
    longWords[t.sentence]++;
    if (t.capitalized) capitalized[t.sentence]++;
  }
  const out = new Set<number>();
  for (let sentence = 0; sentence < sentences; sentence++) {
    const n = longWords[sentence];
    if (n >= 3 && !closed[sentence] && capitalized[sentence] >= 0.7 * n) out.add(sentence);
  }
  return out;
}
const SENTENCE_END_MARK = /^[.!?]$/;

function splitAtCommonWords(tokens: Token[], chunk: Chunk, isCommon: (t: Token) => boolean): Chunk[] {
  const parts: Chunk[] = [];
  let start = -1;
  for (let k = chunk.first; k <= chunk.last + 1; k++) {
    const t = tokens[k];
    const breaks = k > chunk.last || (t.isWord && !t.allCaps && isCommon(t) && !NAME_CONNECTORS.has(t.lower));
    if (!breaks && start < 0 && isNameWord(t)) start = k;
    if (breaks && start >= 0) {
      let end = k - 1;
      while (end > start && !isNameWord(tokens[end])) end--;
      parts.push({ ...chunk, first: start, last: end, nameFirst: start });
      start = -1;
    }
  }
  return parts;
}

const OPENING_MARK = /^["“‘'([«—–-]$/;

function startsSentence(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && OPENING_MARK.test(tokens[j].text) && tokens[j].sentence === tokens[i].sentence) j--;
  return j < 0 || tokens[j].sentence !== tokens[i].sentence || tokens[j].text === ':';
}

/** Reads the longest run of name words from `i`, with connectors and hyphens that join name words. */
function readChunk(text: string, tokens: Token[], i: number, blocked: Uint8Array): Chunk {
  let last = i;
  const sentence = tokens[i].sentence;
  // No name runs past a dozen words: a longer run of capitals is a list or shouting, and bounding it keeps
  // the later per-name scans cheap.
  for (let j = i + 1; j < tokens.length && j - i < MAX_NAME_TOKENS; j++) {
    const t = tokens[j];
    if (t.sentence !== sentence || blocked[j] || t.newlineBefore) break;
    // A name never runs across a tab or a wide gap (table cells, aligned columns).
    if (t.spaceBefore && /\t| {2}/.test(text.slice(tokens[j - 1].end, t.start))) break;
    // "in Washington D.C. The": a sentence begins after an initialism that the splitter could not end.
    if (
      isNameWord(t) &&
      t.spaceBefore &&
      /\.$/.test(tokens[j - 1].text) &&
      tokens[j - 1].text.length > 2 &&
      FUNCTION_WORDS.has(t.lower)
    )
      break;
    // Caption labels end a name: "in Washington D.C. Image: ...".
    if (
      isNameWord(t) &&
      t.spaceBefore &&
      tokens[j + 1]?.text === ':' &&
      (gazetteer().tagsOf(t.lower)?.[0] ?? 'NNP').startsWith('NN') &&
      !(gazetteer().tagsOf(t.lower)?.[0] ?? 'NNP').startsWith('NNP')
    )
      break;
    if (isNameWord(t) && t.spaceBefore) {
      last = j;
      continue;
    }
    // "Mr. Sams", "Gen. Ali": the period of a title abbreviation stays inside the name.
    if (
      t.text === '.' &&
      !t.spaceBefore &&
      PERSON_TITLES.has(tokens[j - 1].text) &&
      isNameWord(tokens[j + 1]) &&
      tokens[j + 1].sentence === sentence
    ) {
      last = j + 1;
      j++;
      continue;
    }
    // Hyphenated names: "al-Assad", "Al-Maeena", "Rolls-Royce"; not "Britain-based".
    if (isHyphen(t) && !tokens[j + 1]?.spaceBefore && isNameWord(tokens[j + 1])) {
      last = j + 1;
      j++;
      continue;
    }
    // Lower-case particles before a name word: "Hajar al-Aswad", "Ludwig van Beethoven".
    if (t.isWord && SURNAME_PARTICLES.has(t.text) && t.spaceBefore) {
      const n = tokens[j + 1];
      if (isHyphen(n) && isNameWord(tokens[j + 2]) && !tokens[j + 2].spaceBefore) {
        last = j + 2;
        j += 2;
        continue;
      }
      if (n && isNameWord(n) && n.spaceBefore && t.text !== 'al' && t.text !== 'el') {
        last = j + 1;
        j++;
        continue;
      }
      break;
    }
    // "of", "for", "the", "&" inside organization and place names: "Observatory for Human Rights".
    if ((t.isWord && (t.lower === 'of' || t.lower === 'for' || t.lower === 'on')) || t.text === '&') {
      if (!joinsName(tokens, i, last, t.lower === 'on')) break;
      let k = j + 1;
      if (tokens[k]?.lower === 'the') k++;
      if (isNameWord(tokens[k]) && !blocked[k] && tokens[k].sentence === sentence) {
        last = k;
        j = k;
        continue;
      }
      break;
    }
    break;
  }
  return { first: i, last, nameFirst: i, type: null, strength: 0 };
}

/** Connectors join only after a word that takes a complement ("University of", "Minister of", "Observatory for"). */
function joinsName(tokens: Token[], first: number, last: number, organizationsOnly: boolean): boolean {
  for (let k = first; k <= last; k++) {
    const w = tokens[k].text;
    if (ORGANIZATION_HEADS.has(w) || (!organizationsOnly && (PLACE_HEADS.has(w) || PERSON_TITLES.has(w)))) return true;
  }
  return false;
}

/** Drops sentence-initial common words, leading demonyms and connectors; returns null when nothing is left. */
function trimChunk(tokens: Token[], chunk: Chunk, capitalizedMidSentence: Set<string>, seenLowercase: Set<string>): Chunk | null {
  const gaz = gazetteer();
  let { first, last } = chunk;
  // Sentence-initial words that are ordinary English words ("After", "Last", "The").
  while (first <= last && startsSentence(tokens, first) && !tokens[first].allCaps) {
    const t = tokens[first];
    if (FUNCTION_WORDS.has(t.lower)) {
      first++;
      continue;
    }
    if (first < last && startsPlacePhrase(tokens, first, last, gaz)) break;
    // "Minister of Education X", "Ministry of Health", "Northern Ireland": words that begin names keep their place.
    if (
      first < last &&
      (PERSON_TITLES.has(t.text) || ORGANIZATION_HEADS.has(t.text) || PLACE_HEADS.has(t.text) || COMPASS_WORDS.has(t.text))
    )
      break;
    // A first name that is also a common word ("Will", "Hope") starts a name only when a name follows.
    const known =
      gaz.countries.has(t.text) ||
      gaz.cities.has(t.text) ||
      (gaz.firstNames.has(t.text) && first < last) ||
      capitalizedMidSentence.has(t.text);
    const tags = gaz.tagsOf(t.lower);
    const common = tags !== undefined && !tags.every((x) => x.startsWith('NNP'));
    if (!known && common && (first === last || seenLowercase.has(t.lower) || /^(VB|RB|IN|DT|PRP|CC|MD|W)/.test(tags![0]))) {
      first++;
      continue;
    }
    break;
  }
  // A leading "The" belongs to the sentence, not the name ("The Hague" loses little, "The Mayor" gains much).
  while (first < last && tokens[first].text === 'The') first++;
  // Months and weekdays are time, not names; all-caps function words are shouting, not acronyms.
  while (first <= last && (WEEKDAYS.has(tokens[first].text) || MONTHS.has(tokens[first].text))) first++;
  while (last >= first && !isNameWord(tokens[last])) last--;
  if (first > last) return null;
  // A lone nationality or faith adjective ("Syrian") is not a named entity; its plural ("Afghans") names a group of people.
  const only = tokens[first];
  if (first === last && gaz.demonyms.has(only.text)) {
    const next = tokens[last + 1];
    if (next && next.isWord && LOWERCASE_PLACE_HEADS.has(next.lower))
      return { ...chunk, first, last: last + 1, nameFirst: first, type: 'place', strength: STRONG };
    return null;
  }
  if (
    first === last &&
    /s$/.test(only.text) &&
    (gaz.demonyms.has(only.text.slice(0, -1)) || gaz.demonyms.has(only.text.replace(/ese$|is$/, '')))
  ) {
    return { ...chunk, first, last, nameFirst: first, type: 'person', strength: CONTEXT };
  }
  // "I’m", "It's": contractions of function words.
  if (first === last && /['’]/.test(only.text) && FUNCTION_WORDS.has(only.lower.split(/['’]/)[0])) return null;
  if (first === last && FUNCTION_WORDS.has(only.lower) && !only.allCaps) return null;
  if (first === last && COMMON_ACRONYMS.has(bare(only))) return null;
  // Designations ("STS-135", "F-16", "COVID-19", "IE6"): codes of missions, models and diseases, not names.
  if (
    first === last &&
    isAcronym(only) &&
    (/\d/.test(only.text) || (isHyphen(tokens[last + 1]) && tokens[last + 2]?.isNumber && !tokens[last + 2].spaceBefore))
  )
    return null;
  // "pro-Beijing", "anti-Kremlin": a name inside an adjective is no mention of its own.
  if (
    tokens[first - 1]?.text === '-' &&
    !tokens[first - 1].spaceBefore &&
    /^(pro|anti|non|ex)$/i.test(tokens[first - 2]?.text ?? '')
  )
    return null;
  // Caption labels: "Image: ...", "Video: ...".
  if (first === last && tokens[last + 1]?.text === ':' && gaz.tagsOf(only.lower) && !gaz.tagsOf(only.lower)!.includes('NNP'))
    return null;
  return { ...chunk, first, last, nameFirst: first };
}

/** "U.S. President Donald Trump", "Kenya Maria Lopez": a place (or an organization) before a title or a first name is a name of its own. */
function splitLeadingPlace(tokens: Token[], chunk: Chunk, gaz: ReturnType<typeof gazetteer>): Chunk[] {
  if (chunk.last - chunk.first < 1) return [chunk];
  for (let end = chunk.last - 1; end >= chunk.first; end--) {
    const rest = tokens[end + 1];
    if (!rest.isWord || end + 1 === chunk.last) continue;
    // Lists only past the cheap tests: this runs at every word of every capitalised phrase.
    if (!(
      PERSON_TITLES.has(rest.text) ||
      gaz.firstNames.has(rest.text) ||
      (wordCount(tokens, chunk.first, end) > 1 && isUnknownName(tokens, end + 1, chunk.last, gaz))
    ))
      continue;
    const words = tokens
      .slice(chunk.first, end + 1)
      .filter((t) => t.isWord)
      .map(bare);
    if (words.every((w) => gaz.demonyms.has(w) || PERSON_TITLES.has(w) || w === 'Former' || w === 'Acting')) continue;
    const name = words.join(' ');
    const place = (words.length === 1 && PLACE_ACRONYMS.has(words[0])) || gaz.countries.has(name) || isPlacePhrase(words, gaz);
    // "NASA Administrator Charles Bolden": an organization before a title is its own name too.
    const organizationBeforeTitle =
      PERSON_TITLES.has(rest.text) &&
      !PERSON_TITLES.has(tokens[end].text) &&
      (isAcronym(tokens[chunk.first]) || words.some((w) => ORGANIZATION_HEADS.has(w)));
    if (!place && !organizationBeforeTitle) continue;
    return [
      { ...chunk, last: end, nameFirst: chunk.first, ...(place ? { type: 'place' as const, strength: STRONG } : {}) },
      { ...chunk, first: end + 1, nameFirst: end + 1 },
    ];
  }
  return [chunk];
}

function wordCount(tokens: Token[], first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (tokens[k].isWord) n++;
  return n;
}

/** "the United States Hamdullah Mohib": after a country, a name made only of two or more unknown words. */
function isUnknownName(tokens: Token[], first: number, last: number, gaz: ReturnType<typeof gazetteer>): boolean {
  const tail = tokens.slice(first, last + 1).filter((t) => t.isWord);
  return (
    tail.length >= 2 &&
    tail.every((t) => !gaz.tagsOf(t.lower) && !ORGANIZATION_HEADS.has(t.text) && !PLACE_HEADS.has(t.text) && !isAcronym(t))
  );
}

interface DocumentContext {
  /** Capitalised phrases that occur more than once. */
  repeated: Set<string>;
  /** A sports report, where countries mostly name teams. */
  sports: boolean;
}

function classify(
  text: string,
  tokens: Token[],
  chunks: Chunk[],
  c: number,
  gaz: ReturnType<typeof gazetteer>,
  { repeated, sports }: DocumentContext,
): void {
  const chunk = chunks[c];
  if (chunk.type || chunk.known !== undefined) return;
  const { first, last } = chunk;
  const words = tokens.slice(first, last + 1).filter((t) => t.isWord);
  const name = text.slice(tokens[first].start, tokens[last].end);
  const lastWord = tokens[last].text;

  // Leading demonyms before a title: "Syrian President Bashar al-Assad".
  let k = first;
  while (
    k < last &&
    (gaz.demonyms.has(tokens[k].text) || tokens[k].text === 'Former' || tokens[k].text === 'Acting') &&
    PERSON_TITLES.has(tokens[k + 1].text)
  )
    k++;
  // Titles: "President X", "Prime Minister X", "Minister of Education X".
  let n = k;
  while (
    n <= last &&
    (PERSON_TITLES.has(tokens[n].text) || (tokens[n].text === '.' && n > k) || (n > k && tokens[n].lower === 'of'))
  )
    n++;
  if (n > k) {
    let department = -1;
    if (tokens[n - 1].lower === 'of') {
      department = n;
      // "Minister of Education Stefania Giannini": the department is part of the title.
      while (n <= last && !gaz.firstNames.has(tokens[n].text) && n < last) n++;
    }
    // The words after the title must look like a name, not a department ("Home Office", "Foreign Affairs").
    const rest = tokens.slice(n, last + 1).filter((t) => t.isWord);
    const firstTag = rest.length ? gaz.tagsOf(rest[0].lower)?.[0] : undefined;
    const looksLikeName =
      rest.length > 0 &&
      rest.every((t) => !ORGANIZATION_HEADS.has(t.text) && !PLACE_HEADS.has(t.text)) &&
      (gaz.firstNames.has(rest[0].text) || firstTag === undefined || firstTag.startsWith('NNP') || rest.length > 1);
    if (n <= last && looksLikeName) {
      chunk.first = k;
      chunk.nameFirst = n;
      chunk.type = 'person';
      chunk.strength = STRONG;
      return;
    }
    // An office standing for its holder: "the Secretary of State", "the Minister of Defence". The loop
    // above stopped at the department's first given name, if any.
    if (k === first && department >= 0 && last - department < 3 && (n > last || !gaz.firstNames.has(tokens[n].text))) {
      chunk.type = 'person';
      chunk.strength = CONTEXT;
      return;
    }
    // A title standing for its holder: "the Prime Minister", "the Home Secretary", "the Director".
    const lastTitle = tokens[Math.min(n, last + 1) - 1].text;
    if (
      k === first &&
      n > last &&
      words.length <= 3 &&
      (STANDALONE_TITLES.has(tokens[k].text) || !TITLE_MODIFIERS.has(lastTitle))
    ) {
      chunk.type = 'person';
      chunk.strength = CONTEXT;
      return;
    }
  }

  const set = (type: EntityType, strength: number) => {
    chunk.type = type;
    chunk.strength = strength;
  };
  // Extend "Islamic State" + "group" when a lower-case organization head follows.
  const next = tokens[last + 1];
  if (
    next &&
    next.isWord &&
    LOWERCASE_ORGANIZATION_HEADS.has(next.lower) &&
    next.spaceBefore &&
    !(words.length === 1 && gaz.demonyms.has(words[0].text))
  ) {
    chunk.last = last + 1;
    return set('organization', STRONG);
  }
  if (NEWS_AGENCIES.has(name)) return set('organization', STRONG);

  // "Museum of Flight", "University of Texas": the head before "of" decides.
  const ofAt = words.findIndex((w) => w.lower === 'of');
  if (ofAt > 0 && PLACE_HEADS.has(words[ofAt - 1].text) && !ORGANIZATION_HEADS.has(words[ofAt - 1].text))
    return set('place', STRONG);
  if (words.some((w) => ORGANIZATION_HEADS.has(w.text)) && !PLACE_HEADS.has(lastWord)) return set('organization', STRONG);
  if (
    gaz.countries.has(name) ||
    (words.length > 1 &&
      (gaz.cities.has(name) ||
        isPlacePhrase(
          words.map((w) => w.text),
          gaz,
        )))
  ) {
    // Countries playing sports are teams: "Sweden beat Belgium", "against Panama".
    const after = tokens[last + 1];
    const before = tokens[first - 1];
    if ((after?.isWord && TEAM_VERBS.has(after.lower)) || (before?.isWord && TEAM_PREPOSITIONS.has(before.lower)))
      return set('organization', STRONG);
    if (sports && gaz.countries.has(name) && !(before?.isWord && LOCATIVE_PREPOSITIONS.has(before.lower)))
      return set('organization', CONTEXT);
    // A country that acts is its government: "North Korea fired", "France has said". One such use types the
    // country throughout the article, as an entity keeps one type.
    let verb = last + 1;
    while (
      tokens[verb]?.isWord &&
      /^(has|have|had|will|would|also|then|now|later|again|is|was|reportedly|had)$/.test(tokens[verb].lower)
    )
      verb++;
    if (gaz.countries.has(name) && tokens[verb]?.isWord && GOVERNMENT_VERBS.has(tokens[verb].lower))
      return set('organization', AGENT);
    return set('place', STRONG);
  }
  if (PLACE_HEADS.has(lastWord) && words.length > 1) return set('place', STRONG);
  // "Washington D.C.": a city and its state or country.
  if (words.length > 1 && isAcronym(tokens[last]) && PLACE_ACRONYMS.has(bare(tokens[last]))) return set('place', STRONG);
  if (words.length > 1 && gaz.firstNames.has(words[0].text) && !gaz.countries.has(words[0].text)) return set('person', STRONG);
  if (words.length > 1 && COMPASS_WORDS.has(words[0].text)) return set('place', STRONG);
  if (words.length === 1 && isAcronym(tokens[first]))
    return set(PLACE_ACRONYMS.has(bare(tokens[first])) ? 'place' : 'organization', CONTEXT);
  if (gaz.cities.has(name)) return set('place', CONTEXT);

  // Context before the name.
  const before = tokens[first - 1];
  const before2 = tokens[first - 2];
  if (before && before.isWord && !before.capitalized && ROLE_NOUNS.has(before.lower)) return set('person', CONTEXT);
  if (before?.lower === 'of' && before2 && PLACE_OF_NOUNS.has(before2.lower.replace(/s$/, ''))) return set('place', CONTEXT);
  if (before && PLACE_PREPOSITIONS.has(before.lower) && !before.capitalized) return set('place', WEAK + 0.5);
  // Coordinated names share their context: "the districts of A and B".
  if ((before?.lower === 'and' || before?.text === ',') && c > 0) {
    const prev = chunks[c - 1];
    if (prev.last === first - 2 && prev.type && prev.strength === CONTEXT) return set(prev.type, CONTEXT);
  }
  // Names made only of name-like words ("Junius Ho") are people; "X said" makes it likelier.
  const common = (w: Token) =>
    !gaz.firstNames.has(w.text) &&
    !SURNAME_PARTICLES.has(w.lower) &&
    !!gaz.tagsOf(w.lower) &&
    !gaz.tagsOf(w.lower)!.includes('NNP');
  const after = tokens[chunk.last + 1];
  const nameLike = !words.some(common);
  // People's names hold no acronyms or digits ("PlayStation VR" is a product).
  const personLike = nameLike && words.every((w) => !(w.allCaps && !/^[IVX]+$/.test(w.text)) && !/\d/.test(w.text));
  if (words.length >= 2 && words.length <= 4 && personLike)
    return set('person', after?.isWord && isReportingWord(after.lower) ? CONTEXT : WEAK);
  // Other capitalised phrases ("Space Shuttle") are names of organizations only when the article repeats them.
  if (words.length >= 2) return repeated.has(name) ? set('organization', WEAK - 0.5) : undefined;
  if (gaz.firstNames.has(name)) return set('person', WEAK - 0.5);
  // "the Internet": a lone capitalised common noun after "the" names nothing unless it abbreviates a name in the article;
  // another lone unknown word is an organization only when the article repeats it.
  if (!nameLike && before?.lower === 'the') return;
  return repeated.has(name) ? set('organization', WEAK - 0.75) : undefined;
}

function startsPlacePhrase(tokens: Token[], first: number, last: number, gaz: ReturnType<typeof gazetteer>): boolean {
  const phrases = gaz.placePhrasesByFirstWord.get(tokens[first].text);
  if (!phrases) return false;
  const words = tokens
    .slice(first, last + 1)
    .filter((t) => t.isWord)
    .map((t) => t.text);
  return phrases.some((p) => p.length <= words.length && p.every((w, i) => w === words[i]));
}

/**
 * Names inside longer names of another kind: "Texas" in "University of Texas", "Maria Lopez" in
 * "Maria Lopez Foundation". Only places the gazetteer knows and people the article names in full.
 */
function nestedNames(tokens: Token[], chunks: Chunk[], gaz: ReturnType<typeof gazetteer>): Chunk[] {
  const people = new Set<string>();
  for (const c of chunks)
    if (c.type === 'person' && c.last > c.nameFirst)
      people.add(
        tokens
          .slice(c.nameFirst, c.last + 1)
          .map((t) => t.text)
          .join(' '),
      );
  const nested: Chunk[] = [];
  for (const c of chunks) {
    if (c.type !== 'organization' && c.type !== 'place') continue;
    if (c.last - c.first < 1) continue;
    for (let a = c.first; a <= c.last; a++) {
      if (!isNameWord(tokens[a]) || (a > c.first && isHyphen(tokens[a - 1]))) continue;
      for (let b = Math.min(c.last, a + MAX_NESTED_TOKENS - 1); b >= a; b--) {
        if (a === c.first && b === c.last) continue;
        if (!isNameWord(tokens[b]) || isHyphen(tokens[b + 1])) continue;
        const words = tokens.slice(a, b + 1).map((t) => t.text);
        const name = words.join(' ');
        let type: EntityType | null = null;
        const placeAcronym = a === b && isAcronym(tokens[a]) && PLACE_ACRONYMS.has(bare(tokens[a]));
        // "Southern Indiana": a compass word before a known place belongs to it.
        const compassPlace =
          a < b &&
          COMPASS_WORDS.has(words[0]) &&
          (gaz.countries.has(words.slice(1).join(' ')) || gaz.cities.has(words.slice(1).join(' ')));
        if (
          c.type === 'organization' &&
          (placeAcronym ||
            compassPlace ||
            gaz.countries.has(name) ||
            (a === b ? gaz.cities.has(name) && !ORGANIZATION_HEADS.has(name) : isPlacePhrase(words, gaz)))
        )
          type = 'place';
        else if (people.has(name)) type = 'person';
        if (!type) continue;
        nested.push({ first: a, last: b, nameFirst: a, type, strength: STRONG });
        a = b;
        break;
      }
    }
  }
  return nested;
}

function isPlacePhrase(words: string[], gaz: ReturnType<typeof gazetteer>): boolean {
  const phrases = gaz.placePhrasesByFirstWord.get(words[0]);
  return !!phrases?.some((p) => p.length === words.length && p.every((w, i) => w === words[i]));
}

/** A reporting verb in any form (every lemma is among its own forms). */
function isReportingWord(lower: string): boolean {
  return REPORTING_FORMS.has(lower);
}

// ── Clustering ────────────────────────────────────────────────────────────────────────────────

interface Cluster {
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

function cluster(text: string, tokens: Token[], chunks: Chunk[], known: readonly KnownEntity[]): Cluster[] {
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

function build(text: string, tokens: Token[], chunks: Chunk[], clusters: Cluster[]): EntityResult {
  const mentionAtToken = new Int32Array(tokens.length).fill(-1);
  const raw: { chunk: Chunk; cluster: number }[] = [];
  clusters.forEach((cl, ci) => cl.members.forEach((m) => raw.push({ chunk: chunks[m], cluster: ci })));
  raw.sort((a, b) => a.chunk.first - b.chunk.first);
  // Clusters in order of first mention, so ids read top to bottom.
  const orderOf = new Map<number, number>();
  for (const r of raw) if (!orderOf.has(r.cluster)) orderOf.set(r.cluster, orderOf.size);
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
  for (const r of raw) {
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
