// The model's bytes for the browser build: bundled into the worker as base64 and decoded on first
// use. Node bundles read models/entities.bin from disk instead (src/worker/modelFile.node.ts,
// swapped in by scripts/build.mjs), so the file ships once.
import encoded from '../../../models/entities.bin';

export function modelFileBytes(): Uint8Array {
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
