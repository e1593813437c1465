// One analysis per document version: every feature reads its annotations from here. The engine runs
// off the editor's thread (analysisBackend.ts), so reading never waits for it: a version not yet
// analysed reads as undefined and `onDidChange` announces its analysis. A long document first gets
// marks for the part a person sees (analysisPreview.ts), then the analysis of the whole.
import * as vscode from 'vscode';
import type { AnalyzeOptions, Annotations, Knowledge, Span, Stage } from '../core/types';
import type { AnalysisBackend } from './analysisBackend';
import {
  covered,
  emptyAnnotations,
  mapAnnotations,
  overlay,
  shiftBy,
  throughEdits,
  type EditRecord,
  type SpanMap,
} from './analysisPreview';
import type { Config } from './config';
import type { Log } from './log';
import { toRange } from './format';

export const NEWS_LANGUAGE = 'news';

/** Sent when a document got new annotations, or (`annotations` undefined) stopped being annotated. */
export interface AnalysisChange {
  document: vscode.TextDocument;
  version: number;
  annotations: Annotations | undefined;
  /**
   * True for marks of the visible part of a long document, sent while the whole document is being
   * analysed: for drawing only (`get`, `peek` and `latest` never return them).
   */
  preview?: boolean;
}

/** Documents up to this many characters are analysed whole straight away (a few tens of milliseconds). */
export const WHOLE_AT_ONCE = 12_000;
/** Most characters of one editor's visible window analysed ahead of the whole document. */
export const WINDOW_CHARS = 6_000;
/** Lines above and below what is visible analysed with it, so that sentences at the edges are whole. */
const CONTEXT_LINES = 2;
/** Pause after scrolling before the newly visible part of a long document is analysed. */
const SCROLL_DELAY_MS = 60;

interface Analysis {
  version: number;
  generation: number;
  annotations: Annotations;
}

interface DocumentState {
  /** The newest analysis of the whole document (possibly of an older version). */
  whole?: Analysis;
  /** Marks for visible windows of a version whose whole analysis is not ready. */
  preview?: { version: number; annotations: Annotations; windows: Span[] };
  /** Edits made since the analyses above, to move their marks along with the text. */
  edits: EditRecord[];
  /** The whole-document analysis under way. */
  underWay?: { version: number; generation: number };
  /** A version the engine failed on: not asked again. */
  failed?: { version: number; generation: number };
  /** The last version whose failed stages were logged, so that each is logged once. */
  failuresLogged?: number;
  scrollTimer?: ReturnType<typeof setTimeout>;
  /** Keys of the window analyses asked for, to cancel them when the document closes. */
  windowKeys: Set<string>;
}

/** What the reader adds to the engine's knowledge (see knowledge.ts). */
export interface KnowledgeSource {
  current(): Knowledge;
  readonly onDidChange: vscode.Event<unknown>;
  /** Settles once the knowledge has been read for the first time. */
  readonly ready: Promise<unknown>;
}

export class DocumentCache implements vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  /** Documents of another language that were annotated on request. */
  private readonly requested = new Set<string>();
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  /** Callers waiting for the debounced analysis of a document, by URI. */
  private readonly waiting = new Map<string, (() => void)[]>();
  /** Callers waiting for news of a document: an analysis, an edit, a failure or its closing. */
  private readonly watchers = new Map<string, (() => void)[]>();
  private readonly changed = new vscode.EventEmitter<AnalysisChange>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Raised by `refresh`: analyses of an earlier generation are not current. */
  private generation = 0;
  private disposed = false;
  /** False until the reader's knowledge is first read: an analysis without it would only be redone. */
  private knowledgeRead = false;
  /** Documents asked for before the knowledge was read, analysed once it is. */
  private readonly awaitingKnowledge = new Set<vscode.TextDocument>();
  /** How many document versions were analysed whole, for tests that check one analysis per version. */
  analysisCount = 0;
  /**
   * Longest synchronous stretches, in milliseconds, for the performance tests: the cache's own
   * work, and the listeners of `onDidChange` (the features drawing what it sends).
   */
  readonly stats = { longestOwnMs: 0, longestListenersMs: 0 };
  /** Time spent in listeners so far, to leave it out of the cache's own time. */
  private listenersMs = 0;

  /** Fires after a document's current version was analysed, and when a document stops being annotated. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly config: Config,
    readonly backend: AnalysisBackend,
    private readonly log: Log,
    private readonly knowledge?: KnowledgeSource,
  ) {
    if (knowledge) {
      this.subscriptions.push(knowledge.onDidChange(() => this.refresh()));
      const read = () => {
        this.knowledgeRead = true;
        for (const doc of this.awaitingKnowledge) this.analyse(doc);
        this.awaitingKnowledge.clear();
      };
      void knowledge.ready.then(read, read);
    }
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !this.isAnnotated(e.document)) return;
        this.timed(() => {
          this.recordEdit(e);
          this.scheduleAfterEdit(e.document);
        });
        this.notify(e.document.uri.toString());
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.scrolled(e.textEditor)),
      config.onDidChange((c) => {
        if (c.maxDocumentLength) this.refresh();
      }),
    );
  }

  /** True for documents in the news language and documents annotated on request. */
  isAnnotated(doc: vscode.TextDocument): boolean {
    return doc.languageId === NEWS_LANGUAGE || this.requested.has(doc.uri.toString());
  }

  /**
   * Annotates a document whatever its language (its language and text stay as they are). Gives
   * the annotations if this version is already analysed; else `onDidChange` announces them.
   */
  annotate(doc: vscode.TextDocument): Annotations | undefined {
    this.requested.add(doc.uri.toString());
    return this.get(doc);
  }

  /**
   * The annotations of the document's current version; undefined for documents that are not
   * annotated, and while the version is being analysed (which this starts, unless edits are
   * still coming: then the pause in typing starts it).
   */
  get(doc: vscode.TextDocument): Annotations | undefined {
    if (!this.isAnnotated(doc) || doc.isClosed || this.disposed) return undefined;
    const current = this.peek(doc);
    if (current) return current;
    if (!this.pendingEdits.has(doc.uri.toString())) this.analyse(doc);
    return undefined;
  }

  /** The annotations of the current version if they are already computed. */
  peek(doc: vscode.TextDocument): Annotations | undefined {
    const whole = this.states.get(doc.uri.toString())?.whole;
    return whole &&
      whole.version === doc.version &&
      whole.generation === this.generation &&
      this.isAnnotated(doc) &&
      !doc.isClosed
      ? whole.annotations
      : undefined;
  }

  /**
   * The annotations of the current version once edits have paused and the analysis is done.
   * Undefined when cancelled, when the document is not annotated, or when it changed again
   * meanwhile (the caller is asked again for the new version).
   */
  async settled(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Annotations | undefined> {
    const key = doc.uri.toString();
    if (this.pendingEdits.has(key)) await this.until(this.waiting, key, token);
    if (token?.isCancellationRequested || this.pendingEdits.has(key)) return undefined;
    const version = doc.version;
    for (;;) {
      if (!this.isAnnotated(doc) || doc.isClosed || doc.version !== version || token?.isCancellationRequested || this.disposed)
        return undefined;
      const current = this.get(doc);
      if (current) return current;
      const failed = this.states.get(key)?.failed;
      if (failed?.version === version && failed.generation === this.generation) return undefined;
      await this.until(this.watchers, key, token);
    }
  }

  /**
   * The newest annotations of the whole document, possibly of an older version while edits wait
   * for their analysis: for views that list the article rather than draw over its text.
   */
  latest(doc: vscode.TextDocument): Annotations | undefined {
    if (!this.isAnnotated(doc) || doc.isClosed) return undefined;
    const whole = this.states.get(doc.uri.toString())?.whole;
    if (!whole) return this.get(doc);
    if (whole.version !== doc.version || whole.generation !== this.generation) this.get(doc);
    return whole.annotations;
  }

  /** Analyses every open annotated document again; the current marks stay until the new ones are ready. */
  refresh(): void {
    this.generation++;
    for (const doc of vscode.workspace.textDocuments) {
      if (this.isAnnotated(doc) && !doc.isClosed) this.analyse(doc);
    }
  }

  private state(key: string): DocumentState {
    let s = this.states.get(key);
    if (!s) this.states.set(key, (s = { edits: [], windowKeys: new Set() }));
    return s;
  }

  /**
   * Starts the analysis of the current version unless it is done or under way. A long document's
   * visible windows go first, and the whole document once they are done, so that the two do not
   * compete for the processor while a person waits for the marks on screen.
   */
  private analyse(doc: vscode.TextDocument): void {
    this.timed(() => this.startAnalysis(doc));
  }

  private startAnalysis(doc: vscode.TextDocument): void {
    if (this.knowledge && !this.knowledgeRead) {
      this.awaitingKnowledge.add(doc);
      return;
    }
    const key = doc.uri.toString();
    const state = this.state(key);
    const { version } = doc;
    const generation = this.generation;
    const same = (x?: { version: number; generation: number }) => x?.version === version && x.generation === generation;
    if (same(state.whole) || same(state.underWay) || same(state.failed)) return;
    state.underWay = { version, generation };
    const max = this.config.current.maxDocumentLength;
    const analysed = Math.min(documentLength(doc), max);
    const whole = analysed <= WHOLE_AT_ONCE;
    const analyseWhole = () => {
      if (doc.isClosed || doc.version !== version || generation !== this.generation) {
        if (same(state.underWay)) state.underWay = undefined;
        return;
      }
      const length = documentLength(doc);
      // Past the limit only a little is sent: enough for the engine to see that the text goes on.
      const text = length <= max ? doc.getText() : doc.getText(toRange(doc, { start: 0, end: max + 2 }));
      this.backend
        .analyze({
          key,
          text,
          options: this.options(max),
          priority: whole ? 'visible' : 'document',
        })
        .then(
          (annotations) => {
            if (annotations) this.timed(() => this.analysed(doc, version, generation, annotations));
          },
          (error) => this.failed(doc, version, generation, error),
        );
    };
    const windows = whole ? [] : this.analyseVisible(doc);
    if (windows.length) void Promise.allSettled(windows).then(() => this.timed(analyseWhole));
    else analyseWhole();
  }

  /** Stages the engine should fail on purpose (tests of how failures show); empty in normal use. */
  failStages: Stage[] = [];

  private options(maxLength?: number): AnalyzeOptions {
    const options: AnalyzeOptions = { maxLength, knowledge: this.knowledge?.current() };
    if (this.failStages.length) options.failStages = this.failStages;
    return options;
  }

  /** Logs the stages that failed on a version once, so the reader can learn why marks are missing. */
  private reportFailures(doc: vscode.TextDocument, state: DocumentState, version: number, annotations: Annotations): void {
    if (!annotations.failures?.length || state.failuresLogged === version) return;
    state.failuresLogged = version;
    this.log.stageFailures(doc.uri, version, annotations.failures);
  }

  private analysed(doc: vscode.TextDocument, version: number, generation: number, annotations: Annotations): void {
    const key = doc.uri.toString();
    const state = this.states.get(key);
    if (!state || doc.isClosed || !this.isAnnotated(doc)) return;
    this.reportFailures(doc, state, version, annotations);
    if (state.underWay?.version === version && state.underWay.generation === generation) state.underWay = undefined;
    if (generation !== this.generation || (state.whole && state.whole.version > version)) return;
    state.whole = { version, generation, annotations };
    if (version === doc.version) {
      state.preview = undefined;
      this.analysisCount++;
    }
    this.pruneEdits(state);
    // An older version's analysis still serves the views; the painter draws only the current one.
    this.fire({ document: doc, version, annotations });
    this.notify(key);
  }

  private failed(doc: vscode.TextDocument, version: number, generation: number, error: unknown): void {
    const key = doc.uri.toString();
    const state = this.states.get(key);
    if (state) {
      if (state.underWay?.version === version && state.underWay.generation === generation) state.underWay = undefined;
      state.failed = { version, generation };
    }
    this.log.error(`the analysis of ${doc.uri.toString(true)} (version ${version}) failed`, error);
    this.notify(key);
  }

  /** Analyses the visible windows of a long document not yet covered for this version. */
  private analyseVisible(doc: vscode.TextDocument): Promise<unknown>[] {
    const key = doc.uri.toString();
    const state = this.state(key);
    const { version } = doc;
    const generation = this.generation;
    const max = this.config.current.maxDocumentLength;
    const length = documentLength(doc);
    const analysed = Math.min(length, max);
    const done = state.preview?.version === version ? state.preview.windows : [];
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === doc);
    const jobs: Promise<unknown>[] = [];
    editors.forEach((editor, i) => {
      const window = visibleWindow(editor, analysed);
      if (!window || covered(window, done)) return;
      const text = doc.getText(toRange(doc, window));
      const windowKey = `${key}#window${i}`;
      state.windowKeys.add(windowKey);
      const job = this.backend.analyze({ key: windowKey, text, options: this.options(), priority: 'visible' }).then(
        (a) => {
          if (a)
            this.timed(() => this.previewed(doc, version, generation, window, a, { length: analysed, truncated: length > max }));
        },
        (error) => this.log.error(`the analysis of a visible part of ${doc.uri.toString(true)} failed`, error),
      );
      jobs.push(job);
    });
    return jobs;
  }

  private previewed(
    doc: vscode.TextDocument,
    version: number,
    generation: number,
    window: Span,
    a: Annotations,
    extent: { length: number; truncated: boolean },
  ): void {
    const state = this.states.get(doc.uri.toString());
    if (!state || doc.isClosed || doc.version !== version || generation !== this.generation || !this.isAnnotated(doc)) return;
    if (state.whole?.version === version && state.whole.generation === generation) return;
    this.reportFailures(doc, state, version, a);
    let base: Annotations;
    let windows: Span[];
    let moveBase: SpanMap | undefined;
    if (state.preview?.version === version) {
      ({ annotations: base, windows } = state.preview);
    } else {
      // The newest marks there are, moved along with the edits made since.
      const from = state.preview && (!state.whole || state.preview.version > state.whole.version) ? state.preview : state.whole;
      base = from ? from.annotations : emptyAnnotations(extent.length, extent.truncated);
      if (from) moveBase = throughEdits(state.edits, from.version);
      windows = [];
    }
    const annotations = overlay(base, mapAnnotations(a, shiftBy(window.start), true), [window], moveBase);
    annotations.length = extent.length;
    annotations.truncated = extent.truncated;
    state.preview = { version, annotations, windows: [...windows, window] };
    this.pruneEdits(state);
    this.fire({ document: doc, version, annotations, preview: true });
  }

  /** Scrolling a long document that is being analysed analyses the newly visible part first. */
  private scrolled(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const state = this.states.get(doc.uri.toString());
    if (!state?.underWay || state.underWay.version !== doc.version || !this.isAnnotated(doc)) return;
    clearTimeout(state.scrollTimer);
    state.scrollTimer = setTimeout(() => {
      state.scrollTimer = undefined;
      if (!doc.isClosed && state.underWay?.version === doc.version) this.timed(() => this.analyseVisible(doc));
    }, SCROLL_DELAY_MS);
  }

  private recordEdit(e: vscode.TextDocumentChangeEvent): void {
    const state = this.states.get(e.document.uri.toString());
    if (!state || (!state.whole && !state.preview && !state.underWay)) return;
    const changes = e.contentChanges
      .map((c) => ({ start: c.rangeOffset, removed: c.rangeLength, inserted: c.text.length }))
      .sort((x, y) => y.start - x.start);
    state.edits.push({ version: e.document.version, changes });
  }

  /** Keeps only the edits made after the oldest analysis that may still be moved through them. */
  private pruneEdits(state: DocumentState): void {
    const from = Math.min(state.whole?.version ?? Infinity, state.preview?.version ?? Infinity);
    if (state.edits.length && state.edits[0].version <= from) state.edits = state.edits.filter((e) => e.version > from);
  }

  private scheduleAfterEdit(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.set(
      key,
      setTimeout(() => {
        this.pendingEdits.delete(key);
        if (!doc.isClosed && this.isAnnotated(doc)) this.analyse(doc);
        this.release(this.waiting, key);
      }, this.config.current.debounceMs),
    );
  }

  /** Waits for `release` of the key in `list`, or the token's cancellation. */
  private until(list: Map<string, (() => void)[]>, key: string, token?: vscode.CancellationToken): Promise<void> {
    return new Promise<void>((resolve) => {
      const waiters = list.get(key) ?? [];
      waiters.push(resolve);
      list.set(key, waiters);
      token?.onCancellationRequested(() => resolve());
    });
  }

  private release(list: Map<string, (() => void)[]>, key: string): void {
    const waiters = list.get(key);
    list.delete(key);
    for (const resolve of waiters ?? []) resolve();
  }

  private notify(key: string): void {
    this.release(this.watchers, key);
  }

  private forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.delete(key);
    this.release(this.waiting, key);
    this.requested.delete(key);
    const state = this.states.get(key);
    this.states.delete(key);
    if (state) {
      clearTimeout(state.scrollTimer);
      this.backend.cancel(key);
      for (const windowKey of state.windowKeys) this.backend.cancel(windowKey);
    }
    this.notify(key);
    if (state?.whole || state?.preview) this.fire({ document: doc, version: doc.version, annotations: undefined });
  }

  private fire(change: AnalysisChange): void {
    const start = performance.now();
    this.changed.fire(change);
    const ms = performance.now() - start;
    this.listenersMs += ms;
    if (ms > this.stats.longestListenersMs) this.stats.longestListenersMs = ms;
  }

  /** Runs the cache's own work, keeping the longest stretch it took (listeners left out). */
  private timed<T>(work: () => T): T {
    const start = performance.now();
    const listenersBefore = this.listenersMs;
    try {
      return work();
    } finally {
      const own = performance.now() - start - (this.listenersMs - listenersBefore);
      if (own > this.stats.longestOwnMs) this.stats.longestOwnMs = own;
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.pendingEdits.values()) clearTimeout(t);
    this.pendingEdits.clear();
    for (const s of this.states.values()) clearTimeout(s.scrollTimer);
    for (const key of [...this.waiting.keys()]) this.release(this.waiting, key);
    for (const key of [...this.watchers.keys()]) this.release(this.watchers, key);
    for (const d of this.subscriptions) d.dispose();
    this.backend.dispose();
    this.changed.dispose();
  }
}

/** The document's length in UTF-16 code units, without building its text. */
export function documentLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

/** The offsets an editor shows, from the start of its first visible line to the end of its last, `marginLines` more on each side. */
export function visibleSpan(editor: vscode.TextEditor, marginLines: number): Span | undefined {
  const visible = editor.visibleRanges;
  if (visible.length === 0) return undefined;
  const doc = editor.document;
  const first = Math.max(0, visible[0].start.line - marginLines);
  const last = Math.min(doc.lineCount - 1, visible[visible.length - 1].end.line + marginLines);
  return { start: doc.offsetAt(new vscode.Position(first, 0)), end: doc.offsetAt(doc.lineAt(last).rangeIncludingLineBreak.end) };
}

/**
 * The part of the document an editor shows, with a few lines around it, as offsets within the
 * analysed length; at most WINDOW_CHARS, kept around the cursor when the screen holds more.
 */
export function visibleWindow(editor: vscode.TextEditor, analysedLength: number): Span | undefined {
  const doc = editor.document;
  const seen = visibleSpan(editor, CONTEXT_LINES);
  if (!seen) return undefined;
  let { start, end } = seen;
  if (end - start > WINDOW_CHARS) {
    const cursor = doc.offsetAt(editor.selection.active);
    const anchor = cursor >= start && cursor <= end ? cursor : (start + end) >> 1;
    const from = Math.max(start, Math.min(anchor - WINDOW_CHARS / 2, end - WINDOW_CHARS));
    // Cut between words, at a line break if one is near.
    start = from === start ? start : boundaryAfter(doc, from);
    end = Math.min(end, start + WINDOW_CHARS);
    end = boundaryBefore(doc, end, start);
  }
  end = Math.min(end, analysedLength);
  return start < end ? { start, end } : undefined;
}

function boundaryAfter(doc: vscode.TextDocument, offset: number): number {
  const position = doc.positionAt(offset);
  const line = doc.lineAt(position.line);
  if (position.character === 0) return offset;
  const rest = line.text.slice(position.character);
  const space = rest.search(/\s/);
  return space < 0 ? doc.offsetAt(line.rangeIncludingLineBreak.end) : offset + space + 1;
}

function boundaryBefore(doc: vscode.TextDocument, offset: number, floor: number): number {
  const position = doc.positionAt(offset);
  const line = doc.lineAt(position.line);
  if (position.character === 0 || position.character >= line.text.length) return offset;
  const before = line.text.slice(0, position.character);
  const space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t'));
  const cut = space < 0 ? doc.offsetAt(line.range.start) : offset - (position.character - space);
  return cut > floor ? cut : offset;
}
