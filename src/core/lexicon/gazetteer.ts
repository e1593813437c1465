// General knowledge from data packages (see scripts/gazetteer.mjs): places, first names, and the
// parts of speech of common English words. Built lazily, once, on first use.
import data from './gazetteer.generated.json';
import { EXTRA_PLACES, EXTRA_PLACE_PHRASES, RELIGIOUS_ADJECTIVES } from './words';

export interface Gazetteer {
  /** Country and region names, one or more words ("Syria", "United Kingdom"). */
  countries: Set<string>;
  /** Cities and first-level regions. */
  cities: Set<string>;
  /** Place names of several words, keyed by their first word. */
  placePhrasesByFirstWord: Map<string, string[][]>;
  /** Nationality, language and religion adjectives ("Syrian", "Arabic", "Muslim"): not names on their own. */
  demonyms: Set<string>;
  firstNames: Set<string>;
  /** Penn part-of-speech tags of lower-case English words. */
  tagsOf(word: string): string[] | undefined;
}

let cached: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const countries = new Set<string>([...data.countries, ...EXTRA_PLACES]);
  const cities = new Set<string>([...data.cities, ...data.regions]);
  const placePhrasesByFirstWord = new Map<string, string[][]>();
  for (const name of [...countries, ...cities, ...EXTRA_PLACE_PHRASES]) {
    const words = name.split(' ');
    if (words.length < 2) continue;
    const list = placePhrasesByFirstWord.get(words[0]) ?? [];
    list.push(words);
    placePhrasesByFirstWord.set(words[0], list);
  }
  for (const list of placePhrasesByFirstWord.values()) list.sort((a, b) => b.length - a.length);
  const tags = new Map<string, string[]>();
  for (const [tagList, words] of Object.entries(data.lexicon as Record<string, string>)) {
    const parsed = tagList.split('|');
    for (const w of words.split(' ')) tags.set(w, parsed);
  }
  cached = {
    countries,
    cities,
    placePhrasesByFirstWord,
    demonyms: new Set([...data.demonyms, ...data.languages, ...RELIGIOUS_ADJECTIVES]),
    firstNames: new Set(data.firstNames),
    tagsOf: (word) => tags.get(word),
  };
  return cached;
}
