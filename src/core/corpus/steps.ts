// Work done in steps: a generator that yields now and then, so that the editor can spread it over
// several tasks while the command line runs it at once.

/** Runs every step of `steps` and gives what the last one returns. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
