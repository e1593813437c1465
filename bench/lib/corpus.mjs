// The benchmark text: the news articles the project ships (seeds/*.txt), repeated whole to the wanted size.
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** 1 MB = 1,000,000 bytes of UTF-8 text. */
export const MB = 1_000_000;

/** The shipped articles, in file-name order. */
export function articles() {
  const dir = path.join(root, 'seeds');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8').trim() }));
}

/** Every article once, separated by blank lines as paragraphs are. */
export function corpus() {
  return articles()
    .map((a) => a.text)
    .join('\n\n');
}

export function utf8Bytes(text) {
  return Buffer.byteLength(text, 'utf8');
}

/** The corpus repeated whole (never cut mid-sentence) to the nearest count of copies giving about `bytes`. */
export function textOfSize(bytes) {
  const unit = corpus();
  const unitBytes = utf8Bytes(unit) + 2;
  const copies = Math.max(1, Math.round(bytes / unitBytes));
  const text = new Array(copies).fill(unit).join('\n\n');
  return { text, bytes: utf8Bytes(text), copies };
}
