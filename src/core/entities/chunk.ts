// A name found in the text, as token indices, before mentions of one entity are grouped; and the
// token tests the entity rules share.
import type { EntityType } from '../types';
import type { Token } from '../tokenize';

/** A typed mention before clustering, as token indices (inclusive). */
export interface Chunk {
  first: number;
  last: number;
  /** First token of the name proper, after any title ("President Bashar al-Assad" → "Bashar"). */
  nameFirst: number;
  type: EntityType | null;
  /** How sure the type is: the user's names beat evidence in the name, which beats the tagger's guesses. */
  strength: number;
  /** Index of the user-declared entity this chunk names. */
  known?: number;
  /** The tagger's confidence in the type (see TaggedName.margin). */
  margin?: number;
}

/** Names the user declared win over everything the engine infers. */
export const USER = 4;
export const STRONG = 3;
export const CONTEXT = 2;
export const WEAK = 1;

export const isHyphen = (t: Token | undefined) => !!t && (t.text === '-' || t.text === '‐') && !t.spaceBefore;
export const isNameWord = (t: Token | undefined) => !!t && t.isWord && (t.capitalized || t.allCaps);
/** "U.S." and "US" alike: initialisms compared without their dots. */
export const bare = (t: Token) => (t.text.includes('.') ? t.text.replace(DOTS, '') : t.text);
export const isAcronym = (t: Token) => t.allCaps || (t.text.includes('.') && INITIALISM.test(t.text));
const DOTS = /\./g;
const INITIALISM = /^(\p{Lu}\.)+$/u;
