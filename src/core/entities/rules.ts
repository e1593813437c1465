// The rules that stay beside the tagger, each for what its training data cannot teach: the
// product's convention of titles inside person mentions ("President X"; the corpora mostly leave
// them out), "X group" as one organization, plural nationalities as groups of people, the place of
// a wire dateline, and names nested in longer names of another kind.
import type { EntityType } from '../types';
import type { Token } from '../tokenize';
import { gazetteer, type Gazetteer } from '../lexicon/gazetteer';
import {
  COMPASS_WORDS,
  LOWERCASE_ORGANIZATION_HEADS,
  LOWERCASE_PLACE_HEADS,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  PLACE_ACRONYMS,
  PLACE_OF_NOUNS,
  STANDALONE_TITLES,
  TITLE_MODIFIERS,
} from '../lexicon/words';
import { CONTEXT, STRONG, USER, bare, isAcronym, isHyphen, isNameWord, type Chunk } from './chunk';
import { LINE, lineKinds } from './lines';
import { shortForms } from './aliases';

/** Nested names are short: "Texas" in "University of Texas", "Andy Warhol" in a foundation's name. */
const MAX_NESTED_TOKENS = 6;

/** The tagger's names with the rules applied, plus the names the rules add. */
export function applyNameRules(text: string, tokens: Token[], excluded: Uint8Array, found: Chunk[]): Chunk[] {
  const gaz = gazetteer();
  const chunks = found.filter((c) => c.strength >= USER || !insideAdjective(tokens, c.first));
  const covered = new Uint8Array(tokens.length);
  for (const c of chunks) covered.fill(1, c.first, c.last + 1);
  placesOfNouns(tokens, chunks);
  for (const c of chunks) {
    if (c.strength >= USER) continue;
    if (c.type === 'person') extendOverTitles(tokens, c, covered, excluded, gaz);
    else extendOverOrganizationHead(tokens, c, covered, excluded, gaz);
  }
  const added: Chunk[] = [
    ...shortForms(tokens, chunks, covered, excluded),
    ...titlesAlone(tokens, covered, excluded, gaz),
    ...demonymPlaces(tokens, covered, excluded, gaz),
    ...groupsOfPeople(tokens, covered, excluded, gaz),
    ...datelinePlaces(text, tokens, covered, excluded, gaz),
  ];
  const all = [...chunks, ...added];
  all.sort((a, b) => a.first - b.first || b.last - a.last);
  return [...all, ...nestedNames(tokens, all, gaz)];
}

/** "the district of X", "the towns of X and Y": names after a place noun and "of" are places. */
function placesOfNouns(tokens: Token[], chunks: Chunk[]): void {
  let previous: Chunk | undefined;
  for (const c of chunks) {
    const before = tokens[c.first - 1];
    const noun = tokens[c.first - 2];
    const afterPlaceNoun = before?.text === 'of' && !!noun && PLACE_OF_NOUNS.has(noun.lower.replace(/s$/, ''));
    const coordinated =
      (before?.text === 'and' || before?.text === ',') &&
      previous?.last === c.first - 2 &&
      previous.type === 'place' &&
      previous.strength === STRONG;
    if (c.strength < USER && (afterPlaceNoun || coordinated)) {
      c.type = 'place';
      c.strength = STRONG;
    }
    previous = c;
  }
}

/** "pro-Beijing", "anti-Kremlin": a name inside an adjective is no mention of its own. */
function insideAdjective(tokens: Token[], first: number): boolean {
  const hyphen = tokens[first - 1];
  return !!hyphen && isHyphen(hyphen) && /^(pro|anti|non|ex)$/i.test(tokens[first - 2]?.text ?? '');
}

/** "President Bashar al-Assad", "Mr. Sams", "Minister of Culture X": capitalised titles join the person's mention. */
function extendOverTitles(tokens: Token[], c: Chunk, covered: Uint8Array, excluded: Uint8Array, gaz: Gazetteer): void {
  // A title the tagger kept inside the name stays out of the name proper.
  while (c.nameFirst < c.last && (PERSON_TITLES.has(tokens[c.nameFirst].text) || tokens[c.nameFirst].text === '.')) c.nameFirst++;
  const sentence = tokens[c.first].sentence;
  let first = c.first;
  // "Minister of Culture Ada Obi" tagged as "Culture Ada Obi": the department belongs to the title.
  if (tokens[c.first - 1]?.text === 'of' && PERSON_TITLES.has(tokens[c.first - 2]?.text ?? '') && !covered[c.first - 2])
    while (c.nameFirst < c.last && !gaz.firstNames.has(tokens[c.nameFirst].text)) c.nameFirst++;
  for (let k = c.first - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.sentence !== sentence || covered[k] || excluded[k]) break;
    if (t.text === '.' && !t.spaceBefore && PERSON_TITLES.has(tokens[k - 1]?.text ?? '')) continue;
    if (t.isWord && t.capitalized && PERSON_TITLES.has(t.text)) {
      first = k;
      continue;
    }
    const department =
      t.text === 'of' && PERSON_TITLES.has(tokens[k - 1]?.text ?? '') ? k - 1 : departmentTitle(tokens, k, sentence);
    if (department >= 0 && first === k + 1) {
      first = department;
      k = department;
      continue;
    }
    break;
  }
  if (first === c.first) return;
  covered.fill(1, first, c.first);
  c.first = first;
}

/** Where the title begins when tokens[k] ends "Title of Department" (one or two capitalised words), else -1. */
function departmentTitle(tokens: Token[], k: number, sentence: number): number {
  for (let j = k; j > k - 2 && j > 1; j--) {
    if (!isNameWord(tokens[j]) || tokens[j].sentence !== sentence) return -1;
    if (tokens[j - 1].text === 'of' && PERSON_TITLES.has(tokens[j - 2].text) && tokens[j - 2].sentence === sentence) return j - 2;
  }
  return -1;
}

/** "Islamic State group": a lower-case organization head after a name makes one organization of both. */
function extendOverOrganizationHead(tokens: Token[], c: Chunk, covered: Uint8Array, excluded: Uint8Array, gaz: Gazetteer): void {
  const next = tokens[c.last + 1];
  if (!next || !next.isWord || !next.spaceBefore || covered[c.last + 1] || excluded[c.last + 1]) return;
  if (!LOWERCASE_ORGANIZATION_HEADS.has(next.text)) return;
  if (c.first === c.last && gaz.demonyms.has(tokens[c.first].text)) return;
  c.last++;
  covered[c.last] = 1;
  c.type = 'organization';
}

/**
 * "the Prime Minister", "the Home Secretary", "the Minister of Defence", "President": a title standing for
 * its holder. A title that only modifies another ("the Deputy") names no one.
 */
function titlesAlone(tokens: Token[], covered: Uint8Array, excluded: Uint8Array, gaz: Gazetteer): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || excluded[i] || !tokens[i].capitalized || !PERSON_TITLES.has(tokens[i].text)) continue;
    let last = i;
    while (
      last + 1 < tokens.length &&
      !covered[last + 1] &&
      PERSON_TITLES.has(tokens[last + 1].text) &&
      !tokens[last + 1].newlineBefore
    )
      last++;
    // "Secretary of State": an office of a department.
    const of = tokens[last + 1];
    if (of?.text === 'of' && isNameWord(tokens[last + 2]) && !covered[last + 2] && !gaz.firstNames.has(tokens[last + 2].text)) {
      let end = last + 2;
      while (end - last < 3 && isNameWord(tokens[end + 1]) && !covered[end + 1]) end++;
      if (!isNameWord(tokens[end + 1])) last = end;
    }
    const next = tokens[last + 1];
    const before = tokens[i - 1];
    const alone = !isNameWord(next) || next.sentence !== tokens[i].sentence;
    const standing = STANDALONE_TITLES.has(tokens[i].text) || before?.lower === 'the';
    const lastTitle = tokens[last].text;
    if (alone && standing && last - i < 4 && !TITLE_MODIFIERS.has(lastTitle) && !excluded.subarray(i, last + 1).some(Boolean))
      out.push({ first: i, last, nameFirst: i, type: 'person', strength: CONTEXT });
    i = last;
  }
  return out;
}

/** "the Syrian desert", "the Libyan coast": a nationality and a lower-case geographic noun name a place. */
function demonymPlaces(tokens: Token[], covered: Uint8Array, excluded: Uint8Array, gaz: Gazetteer): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (covered[i] || covered[i + 1] || excluded[i] || excluded[i + 1] || !t.capitalized || !gaz.demonyms.has(t.text)) continue;
    if (next.isWord && LOWERCASE_PLACE_HEADS.has(next.text) && next.sentence === t.sentence)
      out.push({ first: i, last: i + 1, nameFirst: i, type: 'place', strength: STRONG });
  }
  return out;
}

/** "Syrians", "Afghans": a plural nationality names a group of people. */
function groupsOfPeople(tokens: Token[], covered: Uint8Array, excluded: Uint8Array, gaz: Gazetteer): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || excluded[i] || !t.isWord || !t.capitalized || t.allCaps || !t.text.endsWith('s')) continue;
    if (isNameWord(tokens[i + 1]) && tokens[i + 1].sentence === t.sentence) continue;
    const stem = t.text.slice(0, -1);
    if (!gaz.demonyms.has(stem) && !gaz.demonyms.has(t.text.replace(/ese$|is$/, ''))) continue;
    out.push({ first: i, last: i, nameFirst: i, type: 'person', strength: CONTEXT });
  }
  return out;
}

/** "CAIRO (Agency) -", "LIMA 2020-05-01": the capitals opening a wire story name the place it was filed from. */
function datelinePlaces(text: string, tokens: Token[], covered: Uint8Array, excluded: Uint8Array, gaz: Gazetteer): Chunk[] {
  const out: Chunk[] = [];
  let kinds: Uint8Array | undefined;
  for (let i = 0; i < tokens.length; i++) {
    // Only lines that open with capitals can hold a dateline: skip the layout pass otherwise.
    if (!tokens[i].allCaps || (i > 0 && !tokens[i].newlineBefore)) continue;
    kinds ??= lineKinds(text, tokens);
    if (!(kinds[i] & LINE.dateline)) continue;
    let end = i;
    while (kinds[end + 1] & LINE.dateline) end++;
    const after = tokens[end + 1];
    for (let a = i; a <= end; a++) {
      if (!tokens[a].isWord) continue;
      let b = a;
      while (b < end && tokens[b + 1].isWord) b++;
      const name = tokens
        .slice(a, b + 1)
        .map((t) => t.text[0] + t.text.slice(1).toLowerCase())
        .join(' ');
      const place = gaz.cities.has(name) || gaz.countries.has(name);
      if (
        (place || after?.text === '(' || after?.isNumber) &&
        !covered.subarray(a, b + 1).some(Boolean) &&
        !excluded.subarray(a, b + 1).some(Boolean)
      )
        out.push({ first: a, last: b, nameFirst: a, type: 'place', strength: STRONG });
      a = b;
    }
    i = end;
  }
  return out;
}

/**
 * Names inside longer names of another kind: "Texas" in "University of Texas", "Maria Lopez" in
 * "Maria Lopez Foundation". Only places the gazetteer knows and people the article names in full.
 */
function nestedNames(tokens: Token[], chunks: Chunk[], gaz: Gazetteer): Chunk[] {
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
    if ((c.type !== 'organization' && c.type !== 'place') || c.strength >= USER) continue;
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

function isPlacePhrase(words: string[], gaz: Gazetteer): boolean {
  const phrases = gaz.placePhrasesByFirstWord.get(words[0]);
  return !!phrases?.some((p) => p.length === words.length && p.every((w, i) => w === words[i]));
}
