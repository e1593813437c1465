// The model's bytes in Node (worker thread, CLI, tests): models/entities.bin beside the bundles'
// folder, read on first use. Replaces src/core/entities/modelFile.ts in Node bundles (scripts/build.mjs).
import * as fs from 'node:fs';
import * as path from 'node:path';

export function modelFileBytes(): Uint8Array {
  // dist/analysisWorker.js and dist/cli.js sit one folder below the project; the test bundles deeper.
  for (let dir = __dirname, up = 0; up < 5; up++, dir = path.dirname(dir)) {
    const file = path.join(dir, 'models', 'entities.bin');
    if (fs.existsSync(file)) return fs.readFileSync(file);
  }
  throw new Error(`No models/entities.bin above ${__dirname}`);
}
