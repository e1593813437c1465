// Draws the marks: one decoration type per category, on every visible editor of an annotated document.
import * as vscode from 'vscode';
import type { Annotations, Span } from '../core/types';
import { spansOverlapping } from '../core/query';
import { CATEGORIES, type Category, type Config } from './config';
import { visibleSpan, type DocumentCache } from './documentCache';
import { toRange } from './format';

function color(id: string): vscode.ThemeColor {
  return new vscode.ThemeColor(`newsLens.${id}`);
}

const STYLES: Record<Category, vscode.DecorationRenderOptions> = {
  person: { backgroundColor: color('personBackground'), borderRadius: '2px' },
  organization: { backgroundColor: color('organizationBackground'), borderRadius: '2px' },
  place: { backgroundColor: color('placeBackground'), borderRadius: '2px' },
  number: { borderColor: color('numberBorder'), borderStyle: 'solid', borderWidth: '0 0 2px 0' },
  time: { borderColor: color('timeBorder'), borderStyle: 'dotted', borderWidth: '0 0 2px 0' },
  cue: { color: color('cueForeground'), fontWeight: 'bold' },
  source: { outlineColor: color('sourceBorder'), outlineStyle: 'solid', outlineWidth: '1px' },
  quote: { backgroundColor: color('quoteBackground'), fontStyle: 'italic' },
  reported: { backgroundColor: color('reportedBackground') },
};

/** Marks up to this many are drawn in one go; past it the visible ones go first and the rest in slices. */
const AT_ONCE = 2_000;
/** Longest stretch, in milliseconds, that one slice of a long paint holds the editor's thread. */
const SLICE_MS = 4;
/** Lines above and below the visible ones drawn with them, so that a small scroll finds marks. */
const MARGIN_LINES = 20;
/**
 * Past this many marks an analysis is drawn around what the editor shows, not whole: handing the
 * editor tens of thousands of ranges at once holds its extension host for longer than a frame.
 */
const WHOLE_MAX = 20_000;
/** Characters drawn on each side of what the editor shows when an analysis is drawn in part. */
const WINDOW_CHARS = 100_000;

/** Runs work after the input and messages waiting meanwhile (a timer: it exists in Node and in browsers alike). */
function nextTick(work: () => void): void {
  setTimeout(work, 0);
}

/** The spans of one category, sorted by start, as offsets into the analysed text. */
function categorySpans(a: Annotations, category: Category): Span[] {
  switch (category) {
    case 'person':
    case 'organization':
    case 'place':
      // Names and the descriptions that stand for them ("the monitor") share their entity's colour.
      return mergeSorted(
        a.entities.filter((m) => m.type === category),
        (a.descriptions ?? []).filter((m) => m.type === category),
      );
    case 'number':
      return a.numbers;
    case 'time':
      return a.times;
    case 'cue':
      return sortByStart(a.attributions.map((at) => at.cue));
    case 'source':
      return sortByStart(a.attributions.flatMap((at) => (at.source ? [at.source] : [])));
    case 'quote':
      return sortByStart(a.attributions.flatMap((at) => (at.direct ? at.content : [])));
    case 'reported':
      return sortByStart(a.attributions.flatMap((at) => (at.direct ? [] : at.content)));
  }
}

function sortByStart(spans: Span[]): Span[] {
  return spans.sort((x, y) => x.start - y.start);
}

function mergeSorted(x: readonly Span[], y: readonly Span[]): Span[] {
  if (y.length === 0) return x as Span[];
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) out.push(j >= y.length || (i < x.length && x[i].start <= y[j].start) ? x[i++] : y[j++]);
  return out;
}

/** About how many marks an analysis has (an attribution has a cue, mostly a source, and content). */
function markCount(a: Annotations): number {
  return a.entities.length + (a.descriptions?.length ?? 0) + a.numbers.length + a.times.length + 3 * a.attributions.length;
}

/** What an editor shows (or is being given): one analysis, drawn whole or, for a long one, part by part. */
interface Painted {
  annotations: Annotations;
  version: number;
  shown: Record<Category, boolean>;
  /** The ranges drawn now, per category. */
  ranges: Record<Category, vscode.Range[]>;
  /** True when the text moved on before the paint was done: the next paint must start afresh. */
  stopped: boolean;
  /** For a very long analysis, the stretch of text drawn (offsets); undefined when drawn whole. */
  window?: Span;
}

export class DecorationPainter implements vscode.Disposable {
  private readonly types: Record<Category, vscode.TextEditorDecorationType>;
  private readonly painted = new WeakMap<vscode.TextEditor, Painted>();
  /** Each analysis's spans by category, shared by the editors that show it. */
  private readonly spanCache = new WeakMap<Annotations, Partial<Record<Category, Span[]>>>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private disposed = false;

  constructor(
    private readonly cache: DocumentCache,
    private readonly config: Config,
  ) {
    this.types = Object.fromEntries(
      CATEGORIES.map((c) => [
        c,
        vscode.window.createTextEditorDecorationType({
          ...STYLES[c],
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      ]),
    ) as Record<Category, vscode.TextEditorDecorationType>;
    this.subscriptions.push(
      cache.onDidChange((e) => {
        for (const editor of vscode.window.visibleTextEditors) {
          if (editor.document.uri.toString() !== e.document.uri.toString()) continue;
          if (e.annotations === undefined) this.clear(editor);
          // A newer version is already waiting for its analysis: keep the current marks until it lands.
          else if (editor.document.version === e.version) this.paint(editor, e.annotations, e.version);
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.paintAll(editors, false)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.scrolled(e.textEditor)),
      // A toggle is asked for: show it now, analysing an edited document early if needed.
      config.onDidChange((c) => {
        if (c.categories) this.paintAll(vscode.window.visibleTextEditors, true);
      }),
    );
    this.paintAll(vscode.window.visibleTextEditors, false);
  }

  /** The ranges drawn for a category in an editor (empty when hidden or not annotated). */
  rangesOf(editor: vscode.TextEditor, category: Category): readonly vscode.Range[] {
    return this.painted.get(editor)?.ranges[category] ?? [];
  }

  private paintAll(editors: readonly vscode.TextEditor[], analyseEdited: boolean): void {
    for (const editor of editors) {
      const doc = editor.document;
      if (!this.cache.isAnnotated(doc)) {
        if (this.painted.has(editor)) this.clear(editor);
        continue;
      }
      // Mid-typing (a newer version is pending) keep what is drawn; the debounced analysis redraws.
      const annotations = this.painted.has(editor) && !analyseEdited ? this.cache.peek(doc) : this.cache.get(doc);
      if (annotations) this.paint(editor, annotations, doc.version);
    }
  }

  /**
   * Draws an analysis of the editor's current version. A long one is drawn where the editor shows
   * it first, then whole, category by category in slices of a few milliseconds, so that typing and
   * scrolling never wait for it; a newer paint or an edit stops the slices of an older one.
   */
  private paint(editor: vscode.TextEditor, annotations: Annotations, version: number, moved = false): void {
    const shown = this.config.current.categories;
    const before = this.painted.get(editor);
    if (
      !moved &&
      before &&
      before.annotations === annotations &&
      !before.stopped &&
      CATEGORIES.every((c) => before.shown[c] === shown[c])
    )
      return;
    const doc = editor.document;
    const ranges = Object.fromEntries(CATEGORIES.map((c) => [c, [] as vscode.Range[]])) as Record<Category, vscode.Range[]>;
    const state: Painted = { annotations, version, shown: { ...shown }, ranges, stopped: false };
    this.painted.set(editor, state);
    const range = (s: Span) => toRange(doc, s);
    if (markCount(annotations) <= AT_ONCE) {
      for (const c of CATEGORIES) {
        ranges[c] = shown[c] ? this.spansOf(annotations, c).map(range) : [];
        editor.setDecorations(this.types[c], ranges[c]);
      }
      return;
    }
    const window = visibleSpan(editor, MARGIN_LINES);
    const pending = CATEGORIES.filter((c) => shown[c]);
    // A very long analysis: the stretch around what is seen, drawn again when a scroll nears its edge.
    let part: Partial<Record<Category, Span[]>> | undefined;
    if (markCount(annotations) > WHOLE_MAX) {
      const around = window ?? { start: 0, end: 0 };
      state.window = { start: Math.max(0, around.start - WINDOW_CHARS), end: around.end + WINDOW_CHARS };
      part = this.spansWithin(annotations, state.window.start, state.window.end, pending);
    }
    // After a scroll the marks on screen are drawn already: keep them until the stretch around is.
    if (moved && before) Object.assign(ranges, before.ranges);
    else {
      const visible = window && this.spansWithin(annotations, window.start, window.end, pending);
      for (const c of CATEGORIES) {
        ranges[c] = visible?.[c]?.map(range) ?? [];
        editor.setDecorations(this.types[c], ranges[c]);
      }
    }
    if (!pending.length) {
      return;
    }
    let converted: vscode.Range[] = [];
    const slice = () => {
      if (this.painted.get(editor) !== state || this.disposed) return;
      if (doc.isClosed || doc.version !== version || !vscode.window.visibleTextEditors.includes(editor)) {
        // The text moved on: positions of the rest would be wrong; the next analysis redraws.
        state.stopped = true;
        return;
      }
      const c = pending[0];
      const spans = part?.[c] ?? this.spansOf(annotations, c);
      if (converted.length === spans.length) {
        // A slice of its own: handing thousands of ranges to the editor takes milliseconds too.
        editor.setDecorations(this.types[c], converted);
        ranges[c] = converted;
        converted = [];
        pending.shift();
      } else {
        const deadline = performance.now() + SLICE_MS;
        while (converted.length < spans.length && performance.now() < deadline) {
          const stop = Math.min(spans.length, converted.length + 128);
          for (let i = converted.length; i < stop; i++) converted.push(range(spans[i]));
        }
      }
      if (pending.length) nextTick(slice);
    };
    nextTick(slice);
  }

  /** A scroll that brings the edge of a partly drawn analysis near the screen draws the stretch around it. */
  private scrolled(editor: vscode.TextEditor): void {
    const state = this.painted.get(editor);
    if (!state?.window || editor.document.version !== state.version) return;
    const seen = visibleSpan(editor, MARGIN_LINES);
    if (!seen) return;
    const slack = WINDOW_CHARS / 4;
    const analysed = state.annotations.length;
    const startCovered = state.window.start === 0 || seen.start - slack >= state.window.start;
    const endCovered = state.window.end >= analysed || seen.end + slack <= state.window.end;
    if (!startCovered || !endCovered) this.paint(editor, state.annotations, state.version, true);
  }

  /** Every mark of `categories` that overlaps [start, end), by category. */
  private spansWithin(
    a: Annotations,
    start: number,
    end: number,
    categories: readonly Category[],
  ): Partial<Record<Category, Span[]>> {
    return Object.fromEntries(categories.map((c) => [c, spansOverlapping(this.spansOf(a, c), start, end)]));
  }

  private spansOf(a: Annotations, category: Category): Span[] {
    let byCategory = this.spanCache.get(a);
    if (!byCategory) this.spanCache.set(a, (byCategory = {}));
    return (byCategory[category] ??= categorySpans(a, category));
  }

  private clear(editor: vscode.TextEditor): void {
    for (const c of CATEGORIES) editor.setDecorations(this.types[c], []);
    this.painted.delete(editor);
  }

  dispose(): void {
    this.disposed = true;
    for (const d of this.subscriptions) d.dispose();
    for (const c of CATEGORIES) this.types[c].dispose();
  }
}
