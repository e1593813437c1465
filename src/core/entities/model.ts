// The entity model file: a versioned binary of feature weights (one row of label scores per feature
// bucket, 8-bit with a scale per row), label transitions, and the word clusters the features read.
//
//   "NLNER\0" · format (u32) · header length (u32) · header JSON (UTF-8) · padding to 4 bytes
//   · buckets (u32 × rows, ascending) · row scales (f32 × rows) · transitions (f32 × LABELS²)
//   · weights (i8 × rows × LABELS) · cluster words (UTF-8, "\n"-joined) · cluster numbers (u32 × words)
import { LABELS } from './labels';

export const MODEL_FORMAT = 1;
const MAGIC = 'NLNER\0';

/** What the header says of the model; training fills in the rest (sources, scores). */
export interface ModelHeader {
  format: number;
  /** Feature hashes keep this many low bits. */
  bits: number;
  labels: number;
  rows: number;
  clusterWords: number;
  clusterBytes: number;
  [key: string]: unknown;
}

export interface EntityModel {
  header: ModelHeader;
  /** Row of each bucket, or -1. */
  rowOf: Int32Array;
  scales: Float32Array;
  weights: Int8Array;
  transitions: Float32Array;
  clusters: Map<string, number>;
}

/** The parts training writes. */
export interface ModelParts {
  bits: number;
  /** Dense weights: bucket × LABELS. */
  weights: Float32Array;
  transitions: Float32Array;
  clusters: ReadonlyMap<string, number>;
  /** Extra header fields (sources, scores, date). */
  info: Record<string, unknown>;
  /** Rows whose largest weight is below this are left out. */
  minimum: number;
}

export function writeModel(parts: ModelParts): Uint8Array {
  const buckets: number[] = [];
  for (let b = 0; b < 1 << parts.bits; b++) {
    let largest = 0;
    for (let y = 0; y < LABELS; y++) largest = Math.max(largest, Math.abs(parts.weights[b * LABELS + y]));
    if (largest >= parts.minimum && largest > 0) buckets.push(b);
  }
  const words = [...parts.clusters.keys()];
  const wordBytes = new TextEncoder().encode(words.join('\n'));
  const header: ModelHeader = {
    ...parts.info,
    format: MODEL_FORMAT,
    bits: parts.bits,
    labels: LABELS,
    rows: buckets.length,
    clusterWords: words.length,
    clusterBytes: wordBytes.length,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const headerEnd = align(MAGIC.length + 8 + headerBytes.length);
  const rows = buckets.length;
  const size = headerEnd + rows * 8 + LABELS * LABELS * 4 + align(rows * LABELS) + align(wordBytes.length) + words.length * 4;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  view.setUint32(MAGIC.length, MODEL_FORMAT, true);
  view.setUint32(MAGIC.length + 4, headerBytes.length, true);
  out.set(headerBytes, MAGIC.length + 8);
  let at = headerEnd;
  for (const b of buckets) {
    view.setUint32(at, b, true);
    at += 4;
  }
  const scaleAt = at;
  at += rows * 4;
  for (let p = 0; p < LABELS * LABELS; p++) {
    view.setFloat32(at, parts.transitions[p], true);
    at += 4;
  }
  const weightAt = at;
  buckets.forEach((b, r) => {
    let largest = 0;
    for (let y = 0; y < LABELS; y++) largest = Math.max(largest, Math.abs(parts.weights[b * LABELS + y]));
    const scale = largest / 127;
    view.setFloat32(scaleAt + r * 4, scale, true);
    for (let y = 0; y < LABELS; y++) view.setInt8(weightAt + r * LABELS + y, Math.round(parts.weights[b * LABELS + y] / scale));
  });
  at = weightAt + align(rows * LABELS);
  out.set(wordBytes, at);
  at += align(wordBytes.length);
  for (const w of words) {
    view.setUint32(at, parts.clusters.get(w)!, true);
    at += 4;
  }
  return out;
}

/** Reads a model file; a file of another format is refused with a message that says so. */
export function readModel(bytes: Uint8Array): EntityModel {
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw new Error('Not a News Lens entity model (the file does not start with its signature).');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint32(MAGIC.length, true);
  if (format !== MODEL_FORMAT)
    throw new Error(
      `Entity model of format ${format}; this News Lens reads format ${MODEL_FORMAT}. Run "npm run train" to rebuild it.`,
    );
  const headerLength = view.getUint32(MAGIC.length + 4, true);
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(MAGIC.length + 8, MAGIC.length + 8 + headerLength)),
  ) as ModelHeader;
  if (header.labels !== LABELS) throw new Error(`Entity model with ${header.labels} labels; this News Lens uses ${LABELS}.`);
  const rows = header.rows;
  let at = align(MAGIC.length + 8 + headerLength);
  // Copies, so that the typed arrays are aligned whatever the offset of `bytes` in its buffer.
  const copy = (n: number) => {
    const part = new Uint8Array(n);
    part.set(bytes.subarray(at, (at += n)));
    return part.buffer;
  };
  const buckets = new Uint32Array(copy(rows * 4));
  const scales = new Float32Array(copy(rows * 4));
  const transitions = new Float32Array(copy(LABELS * LABELS * 4));
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + at, rows * LABELS);
  at += align(rows * LABELS);
  const words = new TextDecoder().decode(bytes.subarray(at, at + header.clusterBytes)).split('\n');
  at += align(header.clusterBytes);
  const numbers = new Uint32Array(copy(header.clusterWords * 4));
  const clusters = new Map<string, number>();
  if (header.clusterWords > 0) words.forEach((w, k) => clusters.set(w, numbers[k]));
  const rowOf = new Int32Array(1 << header.bits).fill(-1);
  for (let r = 0; r < rows; r++) rowOf[buckets[r]] = r;
  return { header, rowOf, scales, weights, transitions, clusters };
}

const align = (n: number) => (n + 3) & ~3;
