// Named entities: the reader's own names first, then the statistical tagger's names over the rest,
// then the few rules that the tagger's training data cannot teach (titles inside person mentions,
// "X group", groups of people, datelines), then mentions grouped into entities with their aliases.
import type { KnownEntity } from '../types';
import type { Token } from '../tokenize';
import { TYPES } from './labels';
import { entityTagger } from './modelSource';
import { CONTEXT, USER, type Chunk } from './chunk';
import { knownNames, matchKnown } from './known';
import { cluster } from './cluster';
import { build, type EntityResult } from './build';
import { applyNameRules } from './rules';

export type { EntityResult } from './build';
export { endsWithWords } from './cluster';

export function findEntities(
  text: string,
  tokens: Token[],
  blocked: Uint8Array,
  known: readonly KnownEntity[] = [],
): EntityResult {
  const chunks: Chunk[] = [];
  const excluded = blocked.slice();
  const userNames = knownNames(known);
  if (userNames.size)
    for (let i = 0; i < tokens.length; i++) {
      if (blocked[i]) continue;
      const user = matchKnown(tokens, i, userNames);
      if (!user) continue;
      chunks.push({ first: i, last: user.last, nameFirst: i, type: known[user.entity].type, strength: USER, known: user.entity });
      excluded.fill(1, i, user.last + 1);
      i = user.last;
    }
  for (const name of entityTagger().tag(text, tokens, excluded))
    chunks.push({
      first: name.first,
      last: name.last,
      nameFirst: name.first,
      type: TYPES[name.type],
      strength: CONTEXT,
      margin: name.margin,
    });
  chunks.sort((a, b) => a.first - b.first || b.last - a.last);
  const named = applyNameRules(text, tokens, excluded, chunks);
  named.sort((a, b) => a.first - b.first || b.last - a.last);
  return build(text, tokens, named, cluster(text, tokens, named, known));
}
