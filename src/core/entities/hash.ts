// Integer hashing for the tagger's features: strings are hashed once per word form, and a feature of
// the context is a template number mixed with the neighbour's hash, so no string is built per token.

/** FNV-1a over the UTF-16 code units of `s`, seeded with `seed`. */
export function hashString(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ Math.imul(seed, 0x01000193)) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finalMix(h);
}

/** One feature from a template number and one value. */
export function mix2(template: number, a: number): number {
  return finalMix(Math.imul(template, 0x9e3779b1) ^ a);
}

/** One feature from a template number and two values. */
export function mix3(template: number, a: number, b: number): number {
  return finalMix(Math.imul(mix2(template, a), 0x85ebca6b) ^ b);
}

/** murmur3's finaliser: every input bit reaches every output bit. */
function finalMix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
