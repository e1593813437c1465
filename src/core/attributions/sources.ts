// Source resolution: the entity a source phrase stands for (a name in it, a pronoun's antecedent, a
// description such as "the monitor" that fits an organization's name).
import type { Attribution, EntityMention } from '../types';
import { firstIndexWhere, lastStartingAtOrBefore } from '../query';
import { ORGANIZATION_DESCRIPTORS, PERSONAL_PRONOUNS } from '../lexicon/reporting';
import { ARTICLES, DESCRIPTION_DETERMINERS } from '../lexicon/clauseWords';
import type { Found, Range } from './model';
import type { Reader } from './reader';

/** A source without its leading article ("the monitor" → "monitor"). */
export function stripDeterminer(s: string): string {
  const space = s.search(/\s/);
  return space > 0 && ARTICLES.has(s.slice(0, space).toLowerCase()) ? s.slice(space).trimStart() : s;
}

/** The entity a source phrase (tokens `first` to `last`) stands for, or null. */
export function resolveSource(
  r: Reader,
  [first, last]: Range,
  sourceRegion: Found['sourceRegion'],
  previous: Omit<Attribution, 'claimId'>[],
  descriptions: EntityMention[],
): number | null {
  const { tokens, entities } = r;
  const named = namedIn(r, first, last, false);
  if (named !== null) return named;
  if (sourceRegion) {
    const person = namedIn(r, sourceRegion[0], sourceRegion[1], true);
    if (person !== null) return person;
  }
  const words = tokens.slice(first, last + 1).filter((t) => t.isWord);
  // Pronouns: the most recent fitting source or mention.
  if (words.length === 1 && PERSONAL_PRONOUNS.has(words[0].lower)) {
    const kind = PERSONAL_PRONOUNS.get(words[0].lower)!;
    if (kind === 'speaker') return null;
    const wanted = kind === 'male' || kind === 'female' ? 'person' : 'organization';
    for (let a = previous.length - 1; a >= 0; a--) {
      const id = previous[a].sourceEntityId;
      if (id !== null && entities.entities[id].type === wanted) return id;
      if (kind === 'plural' && id !== null) return id;
    }
    const m = lastMentionBefore(entities.mentions, tokens[first].start, wanted);
    return m ? m.entityId : null;
  }
  // Descriptions: "a monitor", "the group" → the organization whose name fits the description.
  const head = words[words.length - 1];
  if (head && words.length <= 4 && DESCRIPTION_DETERMINERS.has(words[0].lower) && ORGANIZATION_DESCRIPTORS.has(head.lower))
    return resolveDescription(r, first, last, ORGANIZATION_DESCRIPTORS.get(head.lower)!, descriptions);
  return null;
}

/** The organization a description ("the monitor") fits, recorded as a descriptive mention of it. */
function resolveDescription(
  r: Reader,
  first: number,
  last: number,
  fits: string[],
  descriptions: EntityMention[],
): number | null {
  const { tokens, entities, text } = r;
  const orgs = entities.entities.filter((e) => e.type === 'organization');
  const fitting = orgs.filter((e) => e.name.split(/[\s-]+/).some((w) => fits.includes(w)));
  const recent = lastMentionBefore(entities.mentions, tokens[first].start, 'organization');
  const target =
    fitting.length === 1
      ? fitting[0]
      : (fitting.find((e) => recent && e.id === recent.entityId) ??
        fitting[0] ??
        (recent ? entities.entities[recent.entityId] : undefined));
  if (!target) return null;
  const start = tokens[first].start;
  const end = tokens[last].end;
  const mentionText = text.slice(start, end);
  descriptions.push({
    start,
    end,
    text: mentionText,
    type: target.type,
    entityId: target.id,
    entity: target.name,
    descriptive: true,
  });
  const alias = mentionText.replace(/^(a|an)\s+/i, 'the ');
  if (!target.aliases.includes(alias)) target.aliases.push(alias);
  return target.id;
}

/** The last mention of a type that starts before an offset (mentions are sorted by start). */
export function lastMentionBefore(mentions: EntityMention[], before: number, type: string): EntityMention | undefined {
  const lo = firstIndexWhere(mentions.length, (i) => mentions[i].start >= before);
  for (let m = lo - 1; m >= 0 && m >= lo - 400; m--) if (mentions[m].type === type) return mentions[m];
  return undefined;
}

/** A named entity inside a source: the rightmost person, else the rightmost name that heads the phrase. */
function namedIn(r: Reader, first: number, last: number, personOnly: boolean): number | null {
  const { tokens, entities } = r;
  let person = -1;
  let any = -1;
  for (let k = first; k <= last; k++) {
    const m = entities.mentionAtToken[k];
    if (m < 0) continue;
    if (entities.mentions[m].type === 'person') {
      if (person < 0 || !personOnly) person = m;
    } else if (entities.mentions[m].type !== 'place' || any < 0) any = m;
  }
  if (person >= 0) return entities.mentions[person].entityId;
  if (personOnly || any < 0) return null;
  // "the Syrian state media" names no entity: only accept a name that heads the phrase.
  const m = entities.mentions[any];
  const tail = tokens.slice(Math.max(0, lastStartingAtOrBefore(tokens, m.end - 1)) + 1, last + 1).filter((t) => t.isWord);
  return tail.length === 0 ? m.entityId : null;
}
