// One analysis per document version: every feature reads its annotations from here.
import * as vscode from 'vscode';
import { analyze, type Annotations } from '../core';
import type { Config } from './config';

export const NEWS_LANGUAGE = 'news';

/** Sent when a document got new annotations, or (`annotations` undefined) stopped being annotated. */
export interface AnalysisChange {
  document: vscode.TextDocument;
  version: number;
  annotations: Annotations | undefined;
}

export class DocumentCache implements vscode.Disposable {
  private readonly entries = new Map<string, { version: number; annotations: Annotations }>();
  /** Documents of another language that were annotated on request. */
  private readonly requested = new Set<string>();
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  /** Callers waiting for the debounced analysis of a document, by URI. */
  private readonly waiting = new Map<string, (() => void)[]>();
  private readonly changed = new vscode.EventEmitter<AnalysisChange>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** How many times the engine ran, for tests that check one analysis per version. */
  analysisCount = 0;

  /** Fires after a document's current version was analysed, and when a document stops being annotated. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly config: Config) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.isAnnotated(e.document)) this.scheduleAfterEdit(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc)),
      config.onDidChange((c) => {
        if (c.maxDocumentLength) this.refresh();
      }),
    );
  }

  /** True for documents in the news language and documents annotated on request. */
  isAnnotated(doc: vscode.TextDocument): boolean {
    return doc.languageId === NEWS_LANGUAGE || this.requested.has(doc.uri.toString());
  }

  /** Annotates a document whatever its language (its language and text stay as they are). */
  annotate(doc: vscode.TextDocument): Annotations {
    this.requested.add(doc.uri.toString());
    return this.get(doc)!;
  }

  /**
   * The annotations of the document's current version, analysing it now if needed;
   * undefined for documents that are not annotated.
   */
  get(doc: vscode.TextDocument): Annotations | undefined {
    if (!this.isAnnotated(doc) || doc.isClosed) return undefined;
    const key = doc.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === doc.version) return cached.annotations;
    const version = doc.version;
    const annotations = analyze(doc.getText(), { maxLength: this.config.current.maxDocumentLength });
    this.analysisCount++;
    this.entries.set(key, { version, annotations });
    this.changed.fire({ document: doc, version, annotations });
    return annotations;
  }

  /** The annotations of the current version if they are already computed. */
  peek(doc: vscode.TextDocument): Annotations | undefined {
    const cached = this.entries.get(doc.uri.toString());
    return cached && cached.version === doc.version && this.isAnnotated(doc) ? cached.annotations : undefined;
  }

  /**
   * The annotations of the current version once edits have paused: at once when no edit is
   * waiting, else after the debounced analysis. Undefined when cancelled, when the document is not
   * annotated, or when it changed again meanwhile (the caller is asked again for the new version).
   */
  async settled(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Annotations | undefined> {
    const key = doc.uri.toString();
    if (this.pendingEdits.has(key)) {
      await new Promise<void>((resolve) => {
        const list = this.waiting.get(key) ?? [];
        list.push(resolve);
        this.waiting.set(key, list);
        token?.onCancellationRequested(() => resolve());
      });
    }
    if (token?.isCancellationRequested || this.pendingEdits.has(key)) return undefined;
    return this.get(doc);
  }

  /**
   * The newest annotations of the document, possibly of an older version while edits wait for
   * their analysis: for views that list the article rather than draw over its text.
   */
  latest(doc: vscode.TextDocument): Annotations | undefined {
    if (!this.isAnnotated(doc) || doc.isClosed) return undefined;
    return this.entries.get(doc.uri.toString())?.annotations ?? this.get(doc);
  }

  /** Drops every analysis and analyses the open annotated documents again. */
  refresh(): void {
    this.entries.clear();
    for (const doc of vscode.workspace.textDocuments) {
      if (this.isAnnotated(doc)) this.get(doc);
    }
  }

  private scheduleAfterEdit(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.set(
      key,
      setTimeout(() => {
        this.pendingEdits.delete(key);
        // Hovers may have analysed this version already; `get` then returns it without work.
        if (!doc.isClosed) this.get(doc);
        this.release(key);
      }, this.config.current.debounceMs),
    );
  }

  private release(key: string): void {
    const list = this.waiting.get(key);
    this.waiting.delete(key);
    for (const resolve of list ?? []) resolve();
  }

  private forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.delete(key);
    this.release(key);
    this.requested.delete(key);
    if (this.entries.delete(key)) this.changed.fire({ document: doc, version: doc.version, annotations: undefined });
  }

  dispose(): void {
    for (const t of this.pendingEdits.values()) clearTimeout(t);
    this.pendingEdits.clear();
    for (const key of [...this.waiting.keys()]) this.release(key);
    for (const d of this.subscriptions) d.dispose();
    this.changed.dispose();
  }
}
