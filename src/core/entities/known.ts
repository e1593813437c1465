// The reader's own names (.newslens.json, the knowledge setting): matched word for word, longest
// first, before anything the engine infers.
import type { KnownEntity } from '../types';
import type { Token } from '../tokenize';

export type KnownNames = Map<string, { words: string[]; entity: number }[]>;

/** The user's names and aliases as word sequences, keyed by their first word, longest first. */
export function knownNames(known: readonly KnownEntity[]): KnownNames {
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

export function matchKnown(tokens: Token[], i: number, names: KnownNames): { last: number; entity: number } | null {
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
