// What every test suite shares: where the project and its seed article are, and how to wait for
// something that happens later (a worker's answer, a view's refresh, a page's redraw).
import * as path from 'node:path';

/** The seed article's file name, in `seeds/`. */
export const SEED_NAME = '000_6639dc39eba25950.txt';

/** The project root, from a test bundle in dist/test/<suite>/ or a source file in test/. */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (path.basename(dir) !== 'test') dir = path.dirname(dir);
  const parent = path.dirname(dir);
  return path.basename(parent) === 'dist' ? path.dirname(parent) : parent;
}

/** The seed article's absolute path. */
export const seedPath = (): string => path.join(projectRoot(), 'seeds', SEED_NAME);

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns a truthy value, which it returns; fails naming `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 8000,
  stepMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await sleep(stepMs);
  }
}
