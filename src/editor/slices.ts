// Work of the cross-article views done on the editor's thread in slices of a few milliseconds, so
// that typing and scrolling never wait for it: the engine's steps (a generator that yields now and
// then) run until the slice is spent, then wait for the next task.

/** Milliseconds of work before the editor's thread is handed back. */
export const SLICE_MS = 5;

export class SliceRunner {
  private running = 0;
  private disposed = false;
  /** Longest run of work without a break, in milliseconds, for the tests. */
  longestSliceMs = 0;

  /** True while some work is under way. */
  get busy(): boolean {
    return this.running > 0;
  }

  /** Runs `steps` in slices; gives what they return, or undefined once `cancelled` says so. */
  run<T>(steps: Generator<void, T>, cancelled: () => boolean = () => false): Promise<T | undefined> {
    this.running++;
    return new Promise<T | undefined>((resolve) => {
      const finish = (value: T | undefined) => {
        this.running--;
        resolve(value);
      };
      const slice = () => {
        if (this.disposed || cancelled()) return finish(undefined);
        const start = performance.now();
        let next = steps.next();
        while (!next.done && performance.now() - start < SLICE_MS) next = steps.next();
        this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - start);
        if (next.done) finish(next.value);
        else setTimeout(slice, 0);
      };
      setTimeout(slice, 0);
    });
  }

  dispose(): void {
    this.disposed = true;
  }
}
