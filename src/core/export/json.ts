// JSON export: the `Annotations` value as it is (UTF-16 offsets, see ../types.ts).
import type { Annotations } from '../types';

export function toJson(a: Annotations): string {
  return JSON.stringify(a, null, 1) + '\n';
}

const LISTS = [
  'sentences',
  'tokens',
  'entities',
  'descriptions',
  'canonicalEntities',
  'numbers',
  'times',
  'attributions',
  'claims',
] as const;

/** Reads a JSON export back; throws when it is not an `Annotations` value. */
export function readJson(content: string): Annotations {
  const value: unknown = JSON.parse(content);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  const a = value as Record<string, unknown>;
  if (typeof a.length !== 'number' || typeof a.truncated !== 'boolean')
    throw new Error('no "length" and "truncated": not News Lens annotations');
  for (const list of LISTS) if (!Array.isArray(a[list])) throw new Error(`"${list}" is not a list`);
  return value as Annotations;
}
