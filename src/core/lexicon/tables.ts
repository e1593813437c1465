// Builders for word lists, so that a list reads as data.

/** A set of the words in `words`, split on white space. */
export const set = (words: string) => new Set(words.trim().split(/\s+/));

/** A lookup table without a prototype, so words like "constructor" are never found in it. */
export const table = <T>(entries: Record<string, T>): Record<string, T> =>
  Object.assign(Object.create(null) as Record<string, T>, entries);
