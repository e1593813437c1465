// Messages between the editor and an analysis worker (a Node worker thread or a browser Web Worker).
// A large analysis comes back in pieces that the editor pulls one at a time: each piece is
// deserialised in its own task, so receiving a million-character analysis never blocks the
// editor's thread for long. Token and sentence spans travel as transferred Int32Arrays. The other
// lists travel packed (see `PackedItems`): every distinct string is sent once per job and shared
// by the items that use it, and a `text` equal to the analysed text between the item's `start`
// and `end` is not sent at all when the editor keeps that text (`sliceTexts`), but sliced from it.
// A million-character analysis then makes a fraction of the objects structured cloning would,
// and far less garbage for the editor's collector.
import { definePackedSpans, packSpans, packedSpans } from '../core/packedSpans';
import type { AnalyzeOptions, Annotations, Span } from '../core/types';

/** Editor to worker. */
export type HostMessage =
  /** `sliceTexts`: the editor keeps `text` and builds the items' texts from it (see `PieceAssembler`). */
  | { type: 'analyze'; job: number; text: string; options: AnalyzeOptions; sliceTexts?: boolean }
  /** Send the next piece of the job's result. */
  | { type: 'next'; job: number }
  /** The editor no longer wants the job's result. */
  | { type: 'drop'; job: number };

/** Worker to editor. */
export type WorkerMessage =
  { type: 'piece'; job: number; piece: Piece; last: boolean } | { type: 'error'; job: number; message: string };

/** Part of an Annotations value: plain fields, slices of its lists, and span lists packed as start/end pairs. */
export interface Piece {
  /** The Annotations' own key order, in the first piece only. */
  order?: string[];
  values?: Record<string, unknown>;
  /** List items sent as they are (lists holding values the packed form does not cover). */
  items?: Record<string, unknown[]>;
  spans?: Record<string, Int32Array>;
  packed?: PackedItems;
}

/**
 * List items encoded as a stream of tagged values. `lists` names, in order, how many items of
 * which list the stream holds. Strings and object shapes are numbered per job: a piece carries
 * those it is the first to use, and later pieces refer to them by number.
 */
export interface PackedItems {
  lists: [key: string, count: number][];
  ops: Int32Array;
  floats: Float64Array;
  strings: string[];
  shapes: string[][];
}

/** Lists of bare spans, packed as start/end pairs. */
const PACKED = ['tokens', 'sentences'];
/** List items per piece: a piece of this size deserialises in a few milliseconds. */
export const ITEMS_PER_PIECE = 1000;

// Tags of the packed stream; INT, STRING, ARRAY and OBJECT are followed by one more int.
const INT = 0;
const FLOAT = 1; // the next of `floats`
const STRING = 2; // string number
const TEXT = 3; // the analysed text from the object's start to its end
const NULL = 4;
const TRUE = 5;
const FALSE = 6;
const UNDEFINED = 7;
const ARRAY = 8; // length, then the elements
const OBJECT = 9; // shape number, then the values in the shape's key order

function isBareSpanList(list: unknown[]): list is Span[] {
  return list.every((s) => {
    if (typeof s !== 'object' || s === null) return false;
    const keys = Object.keys(s);
    return keys.length === 2 && typeof (s as Span).start === 'number' && typeof (s as Span).end === 'number';
  });
}

/** True for values the packed stream reproduces exactly: JSON-like data of plain objects and arrays. */
function packable(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  switch (typeof value) {
    case 'number':
    case 'string':
    case 'boolean':
      return true;
    case 'object': {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!(i in value) || !packable(value[i])) return false;
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      for (const key of Object.keys(value)) {
        const d = Object.getOwnPropertyDescriptor(value, key)!;
        if (!('value' in d) || !packable(d.value)) return false;
      }
      return Object.getOwnPropertySymbols(value).length === 0;
    }
    default:
      return false;
  }
}

const isInt32 = (n: number) => (n | 0) === n && !Object.is(n, -0);

/** Writes items into packed pieces; strings and shapes are numbered across the whole job. */
class PackWriter {
  private readonly stringIds = new Map<string, number>();
  private readonly shapeIds = new Map<string, number>();
  private ops: number[] = [];
  private floats: number[] = [];
  private strings: string[] = [];
  private shapes: string[][] = [];
  private lists: [string, number][] = [];

  /** `source`: the analysed text, when texts may be sliced from it on the other side. */
  constructor(private readonly source: string | undefined) {}

  item(key: string, value: unknown): void {
    const last = this.lists[this.lists.length - 1];
    if (last?.[0] === key) last[1]++;
    else this.lists.push([key, 1]);
    this.value(value);
  }

  /** The items written since the last call, or undefined when there are none. */
  take(): PackedItems | undefined {
    if (this.lists.length === 0) return undefined;
    const out: PackedItems = {
      lists: this.lists,
      ops: Int32Array.from(this.ops),
      floats: Float64Array.from(this.floats),
      strings: this.strings,
      shapes: this.shapes,
    };
    this.ops = [];
    this.floats = [];
    this.strings = [];
    this.shapes = [];
    this.lists = [];
    return out;
  }

  private string(s: string): void {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.stringIds.size;
      this.stringIds.set(s, id);
      this.strings.push(s);
    }
    this.ops.push(STRING, id);
  }

  private value(v: unknown): void {
    if (v === null) this.ops.push(NULL);
    else if (v === undefined) this.ops.push(UNDEFINED);
    else if (v === true) this.ops.push(TRUE);
    else if (v === false) this.ops.push(FALSE);
    else if (typeof v === 'number') {
      if (isInt32(v)) this.ops.push(INT, v);
      else {
        this.ops.push(FLOAT);
        this.floats.push(v);
      }
    } else if (typeof v === 'string') this.string(v);
    else if (Array.isArray(v)) {
      this.ops.push(ARRAY, v.length);
      for (const x of v) this.value(x);
    } else this.object(v as Record<string, unknown>);
  }

  private object(o: Record<string, unknown>): void {
    const keys = Object.keys(o);
    const signature = keys.join('\u0000');
    let id = this.shapeIds.get(signature);
    if (id === undefined) {
      id = this.shapeIds.size;
      this.shapeIds.set(signature, id);
      this.shapes.push(keys);
    }
    this.ops.push(OBJECT, id);
    const sliceable = this.source !== undefined && typeof o.start === 'number' && typeof o.end === 'number';
    for (const key of keys) {
      const v = o[key];
      if (key === 'text' && sliceable && typeof v === 'string' && this.source!.slice(o.start as number, o.end as number) === v)
        this.ops.push(TEXT);
      else this.value(v);
    }
  }
}

/**
 * Splits an analysis into pieces of at most `itemsPerPiece` list items each (the first piece also
 * carries the rest). With `source`, the analysed text, items' texts are left for the editor to slice.
 */
export function toPieces(a: Annotations, source?: string, itemsPerPiece = ITEMS_PER_PIECE): Piece[] {
  const first: Piece = { order: Object.keys(a), values: {}, items: {}, spans: {} };
  const pieces: Piece[] = [first];
  const writer = new PackWriter(source);
  let current = first;
  let room = itemsPerPiece;
  for (const key of Object.keys(a)) {
    // The engine's own pairs, unread: sending them transfers them, and the worker drops the analysis.
    const pairs = packedSpans(a, key);
    if (pairs) {
      first.spans![key] = pairs;
      continue;
    }
    const value: unknown = (a as unknown as Record<string, unknown>)[key];
    if (!Array.isArray(value)) {
      first.values![key] = value;
      continue;
    }
    if (PACKED.includes(key) && isBareSpanList(value)) {
      first.spans![key] = packSpans(value);
      continue;
    }
    if (value.length === 0) {
      first.items![key] = [];
      continue;
    }
    const packed = packable(value);
    let at = 0;
    do {
      if (room === 0) {
        current.packed = writer.take();
        current = { items: {} };
        pieces.push(current);
        room = itemsPerPiece;
      }
      const end = Math.min(value.length, at + room);
      if (packed) {
        for (let i = at; i < end; i++) writer.item(key, value[i]);
      } else {
        const list = (current.items![key] ??= []);
        for (let i = at; i < end; i++) list.push(value[i]);
      }
      room -= end - at;
      at = end;
    } while (at < value.length);
  }
  current.packed = writer.take();
  for (const piece of pieces) if (!piece.packed) delete piece.packed;
  return pieces;
}

/** The buffers a piece can hand over without copying. */
export function transferables(piece: Piece): ArrayBuffer[] {
  const buffers = Object.values(piece.spans ?? {}).map((s) => s.buffer as ArrayBuffer);
  if (piece.packed) buffers.push(piece.packed.ops.buffer as ArrayBuffer, piece.packed.floats.buffer as ArrayBuffer);
  return buffers;
}

/** Reads a packed stream back into values. */
class PackReader {
  private ops!: Int32Array;
  private floats!: Float64Array;
  private at = 0;
  private floatAt = 0;
  private readonly strings: string[] = [];
  private readonly shapes: string[][] = [];

  constructor(private readonly source: string | undefined) {}

  read(packed: PackedItems, into: (key: string) => unknown[]): void {
    for (const s of packed.strings) this.strings.push(s);
    for (const s of packed.shapes) this.shapes.push(s);
    this.ops = packed.ops;
    this.floats = packed.floats;
    this.at = 0;
    this.floatAt = 0;
    for (const [key, count] of packed.lists) {
      const list = into(key);
      for (let i = 0; i < count; i++) list.push(this.value());
    }
  }

  private value(): unknown {
    const ops = this.ops;
    switch (ops[this.at++]) {
      case INT:
        return ops[this.at++];
      case FLOAT:
        return this.floats[this.floatAt++];
      case STRING:
        return this.strings[ops[this.at++]];
      case NULL:
        return null;
      case TRUE:
        return true;
      case FALSE:
        return false;
      case UNDEFINED:
        return undefined;
      case ARRAY: {
        const n = ops[this.at++];
        const list: unknown[] = new Array(n);
        for (let i = 0; i < n; i++) list[i] = this.value();
        return list;
      }
      case OBJECT:
        return this.object(this.shapes[ops[this.at++]]);
      default:
        throw new Error(`analysis piece: unknown tag ${ops[this.at - 1]}`);
    }
  }

  private object(keys: string[]): Record<string, unknown> {
    const o: Record<string, unknown> = {};
    let sliced = false;
    for (const key of keys) {
      if (this.ops[this.at] === TEXT) {
        this.at++;
        // Kept in its place among the keys; filled in once start and end are read.
        o[key] = '';
        sliced = true;
      } else {
        o[key] = this.value();
      }
    }
    if (sliced) {
      if (this.source === undefined) throw new Error('analysis piece: texts to slice, but no analysed text');
      o.text = this.source.slice(o.start as number, o.end as number);
    }
    return o;
  }
}

/** Builds the Annotations value back from its pieces, as they arrive. */
export class PieceAssembler {
  private order: string[] = [];
  private readonly values: Record<string, unknown> = {};
  private readonly items: Record<string, unknown[]> = {};
  private readonly spans: Record<string, Int32Array> = {};
  private readonly reader: PackReader;

  /** `source`: the text sent for analysis, needed when it was sent with `sliceTexts`. */
  constructor(source?: string) {
    this.reader = new PackReader(source);
  }

  add(piece: Piece): void {
    if (piece.order) this.order = piece.order;
    Object.assign(this.values, piece.values);
    Object.assign(this.spans, piece.spans);
    for (const [key, list] of Object.entries(piece.items ?? {})) {
      const into = (this.items[key] ??= []);
      for (const item of list) into.push(item);
    }
    if (piece.packed) this.reader.read(piece.packed, (key) => (this.items[key] ??= []));
  }

  /**
   * The assembled value, keys in the engine's order. Packed span lists become arrays of spans on
   * first read (a long document has hundreds of thousands of tokens, which no editor feature reads).
   */
  result(): Annotations {
    const out: Record<string, unknown> = {};
    for (const key of this.order) {
      if (key in this.spans) {
        definePackedSpans(out, key, this.spans[key]);
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
