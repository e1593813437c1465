// Short forms of names the article gives in full, found where the tagger left them: an acronym
// ("IS" after "Islamic State group"), an organization's head noun ("the Observatory"), a person's
// surname. The clustering then ties each to its full name.
import type { Token } from '../tokenize';
import type { EntityType } from '../types';
import { ORGANIZATION_HEADS, NAME_CONNECTORS, SURNAME_PARTICLES } from '../lexicon/words';
import { CONTEXT, bare, isAcronym, type Chunk } from './chunk';

/** Mentions of the article's names in a short form, over tokens no other name covers. */
export function shortForms(tokens: Token[], chunks: readonly Chunk[], covered: Uint8Array, excluded: Uint8Array): Chunk[] {
  const forms = new Map<string, EntityType>();
  for (const c of chunks) {
    if (c.type === 'organization' && c.last > c.nameFirst) {
      const acronym = acronymOf(tokens, c);
      if (acronym.length >= 2) forms.set(acronym, 'organization');
      for (let k = c.nameFirst; k <= c.last; k++)
        if (ORGANIZATION_HEADS.has(tokens[k].text)) forms.set(tokens[k].text, 'organization');
    }
    if (c.type === 'person' && c.last > c.nameFirst) {
      const last = tokens[c.last];
      if (last.isWord && last.capitalized && !forms.has(last.text)) forms.set(last.text, 'person');
    }
  }
  const out: Chunk[] = [];
  if (!forms.size) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || excluded[i] || !t.isWord || !t.capitalized) continue;
    const type = forms.get(isAcronym(t) ? bare(t) : t.text);
    if (!type) continue;
    out.push({ first: i, last: i, nameFirst: i, type, strength: CONTEXT });
  }
  return out;
}

/** "Syrian Observatory for Human Rights" → "SOHR". */
function acronymOf(tokens: Token[], c: Chunk): string {
  let s = '';
  for (let k = c.nameFirst; k <= c.last; k++) {
    const t = tokens[k];
    if (t.isWord && t.capitalized && !NAME_CONNECTORS.has(t.lower) && !SURNAME_PARTICLES.has(t.lower)) s += t.text[0];
  }
  return s;
}
