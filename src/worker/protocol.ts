// Messages between the editor and an analysis worker (a Node worker thread or a browser Web Worker).
// A large analysis comes back in pieces that the editor pulls one at a time: each piece is
// deserialised in its own task, so receiving a million-character analysis never blocks the
// editor's thread for long. Token and sentence spans travel as transferred Int32Arrays.
import type { AnalyzeOptions, Annotations, Span } from '../core/types';

/** Editor to worker. */
export type HostMessage =
  | { type: 'analyze'; job: number; text: string; options: AnalyzeOptions }
  /** Send the next piece of the job's result. */
  | { type: 'next'; job: number }
  /** The editor no longer wants the job's result. */
  | { type: 'drop'; job: number };

/** Worker to editor. */
export type WorkerMessage =
  | { type: 'piece'; job: number; piece: Piece; last: boolean; analysisMs: number }
  | { type: 'error'; job: number; message: string };

/** Part of an Annotations value: plain fields, slices of its lists, and span lists packed as start/end pairs. */
export interface Piece {
  /** The Annotations' own key order, in the first piece only. */
  order?: string[];
  values?: Record<string, unknown>;
  items?: Record<string, unknown[]>;
  spans?: Record<string, Int32Array>;
}

/** Lists of bare spans, packed as start/end pairs. */
const PACKED = ['tokens', 'sentences'];
/** List items per piece: a piece of this size deserialises in a few milliseconds. */
export const ITEMS_PER_PIECE = 1000;

function isBareSpanList(list: unknown[]): list is Span[] {
  return list.every((s) => {
    if (typeof s !== 'object' || s === null) return false;
    const keys = Object.keys(s);
    return keys.length === 2 && typeof (s as Span).start === 'number' && typeof (s as Span).end === 'number';
  });
}

function pack(spans: Span[]): Int32Array {
  const out = new Int32Array(spans.length * 2);
  for (let i = 0; i < spans.length; i++) {
    out[2 * i] = spans[i].start;
    out[2 * i + 1] = spans[i].end;
  }
  return out;
}

/** Splits an analysis into pieces of at most `itemsPerPiece` list items each (the first piece also carries the rest). */
export function toPieces(a: Annotations, itemsPerPiece = ITEMS_PER_PIECE): Piece[] {
  const first: Piece = { order: Object.keys(a), values: {}, items: {}, spans: {} };
  const pieces: Piece[] = [first];
  let current = first;
  let room = itemsPerPiece;
  for (const [key, value] of Object.entries(a)) {
    if (!Array.isArray(value)) {
      first.values![key] = value;
      continue;
    }
    if (PACKED.includes(key) && isBareSpanList(value)) {
      first.spans![key] = pack(value);
      continue;
    }
    if (value.length === 0) {
      first.items![key] = [];
      continue;
    }
    let at = 0;
    do {
      if (room === 0) {
        current = { items: {} };
        pieces.push(current);
        room = itemsPerPiece;
      }
      const slice = value.slice(at, at + room);
      const list = (current.items![key] ??= []);
      for (const item of slice) list.push(item);
      at += slice.length;
      room -= slice.length;
    } while (at < value.length);
  }
  return pieces;
}

/** The buffers a piece can hand over without copying. */
export function transferables(piece: Piece): ArrayBuffer[] {
  return Object.values(piece.spans ?? {}).map((s) => s.buffer as ArrayBuffer);
}

/** Builds the Annotations value back from its pieces, as they arrive. */
export class PieceAssembler {
  private order: string[] = [];
  private readonly values: Record<string, unknown> = {};
  private readonly items: Record<string, unknown[]> = {};
  private readonly spans: Record<string, Int32Array> = {};

  add(piece: Piece): void {
    if (piece.order) this.order = piece.order;
    Object.assign(this.values, piece.values);
    Object.assign(this.spans, piece.spans);
    for (const [key, list] of Object.entries(piece.items ?? {})) {
      const into = (this.items[key] ??= []);
      for (const item of list) into.push(item);
    }
  }

  /**
   * The assembled value, keys in the engine's order. Packed span lists become arrays of spans on
   * first read (a long document has hundreds of thousands of tokens, which no editor feature reads).
   */
  result(): Annotations {
    const out: Record<string, unknown> = {};
    for (const key of this.order) {
      if (key in this.spans) {
        const packed = this.spans[key];
        Object.defineProperty(out, key, {
          enumerable: true,
          configurable: true,
          get() {
            const list: Span[] = new Array(packed.length / 2);
            for (let i = 0; i < list.length; i++) list[i] = { start: packed[2 * i], end: packed[2 * i + 1] };
            Object.defineProperty(out, key, { value: list, enumerable: true, configurable: true, writable: false });
            return list;
          },
        });
      } else if (key in this.items) {
        out[key] = this.items[key];
      } else if (key in this.values) {
        out[key] = this.values[key];
      } else {
        out[key] = [];
      }
    }
    return out as unknown as Annotations;
  }
}
