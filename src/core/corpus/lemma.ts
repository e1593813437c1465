// Words brought to one form so that figures and claims of different articles meet: "refugees" and
// "refugee", "people" and "persons", "troops" and "soldiers".
import { COUNTED_SYNONYMS, IRREGULAR_LEMMAS, NOT_PLURAL } from '../lexicon/counted';

/** The singular of a lower-case noun, by the irregular list, then by its suffix. */
export function lemma(word: string): string {
  const irregular = IRREGULAR_LEMMAS.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length < 4 || !word.endsWith('s') || NOT_PLURAL.has(word) || /(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes|oes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

const SYNONYM = new Map<string, string>();
for (const group of COUNTED_SYNONYMS) for (const word of group) SYNONYM.set(word, group[0]);

/** The lemma that stands for its group of synonyms ("troop" → "soldier"), else the lemma itself. */
export function canonicalLemma(phrase: string): string {
  return SYNONYM.get(phrase) ?? phrase;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Lower-case words of a text: letters and digits, with inner apostrophes and hyphens; a possessive 's dropped. */
export function wordsOf(text: string): string[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w.includes("'") || w.includes('’')) words[k] = w.replace(/’/g, "'").replace(/'s$/, '');
  }
  return words;
}

/**
 * What a figure counts, as a head noun (its synonyms joined) and the lemmas of the words before it:
 * "Palestinian refugees" → head "refugee", modifiers ["palestinian"]; "police officers" → "policeman".
 */
export function countedNoun(counts: string): { head: string; modifiers: string[] } | null {
  const words = wordsOf(counts).map(lemma);
  if (!words.length) return null;
  const head = words[words.length - 1];
  for (let k = 0; k < words.length - 1; k++) {
    const compound = SYNONYM.get(words.slice(k).join(' '));
    if (compound) return { head: compound, modifiers: words.slice(0, k).sort() };
  }
  return { head: canonicalLemma(head), modifiers: words.slice(0, -1).sort() };
}

/**
 * A copy of a string that holds no reference to a longer one: a slice of an article's text would keep
 * the whole text alive in some engines, and a digest must not keep its article.
 */
export function detached(text: string): string {
  return text.length > 12 ? (' ' + text).slice(1) : text;
}
