// Maps a position in a bundle back to its source file and line, from the bundle's source map (v3).
import fs from 'node:fs';
import path from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** The fields of one mapping segment, each a signed base-64 VLQ. */
function decodeSegment(segment) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

export function loadSourceMap(mapFile) {
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
  const lines = [];
  let source = 0;
  let sourceLine = 0;
  for (const line of map.mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line ? line.split(',') : []) {
      const f = decodeSegment(segment);
      column += f[0];
      if (f.length >= 4) {
        source += f[1];
        sourceLine += f[2];
        segments.push([column, source, sourceLine]);
      }
    }
    lines.push(segments);
  }
  const sources = map.sources.map((s) => path.resolve(path.dirname(mapFile), map.sourceRoot ?? '', s));
  /** Absolute source file and 1-based line of a 0-based bundle line and column. */
  return function original(line, column) {
    const segments = lines[line];
    if (!segments || segments.length === 0) return null;
    let best = segments[0];
    for (const s of segments) if (s[0] <= column) best = s;
    return { file: sources[best[1]], line: best[2] + 1 };
  };
}
