// The workspace's news articles, analysed in the background for the cross-article views. Files on
// disk are read one at a time through `vscode.workspace.fs` and analysed in the analysis worker's
// lane for whole documents; an open article is taken from the document cache's own analysis, so
// nothing is analysed twice for one version. Only each article's digest is kept. The index stops at
// the `newsLens.index.*` limits and says so; the corpus is rebuilt in slices after changes.
import * as vscode from 'vscode';
import type { Annotations } from '../core/types';
import { corpusSteps, digestSteps, type ArticleDigest, type Corpus } from '../core/corpus';
import type { Config } from './config';
import type { DocumentCache, KnowledgeSource } from './documentCache';
import { SliceRunner } from './slices';
import { NEWS_GLOBS, discoverArticles, readArticle, stampOf } from './indexFiles';
import { INDEX_SECTION, readIndexSettings, type IndexSettings } from './indexSettings';
import type { Log } from './log';

export interface IndexProgress {
  phase: 'off' | 'finding' | 'reading' | 'ready';
  /** Articles in the index: workspace files and open articles. */
  articles: number;
  /** Workspace files found (within the limit), and how many of them have been read. */
  files: number;
  done: number;
  /** Files that could not be read as text. */
  skipped: number;
  /** Why the index stops short of the workspace: too many files, too many bytes, or a person stopped it. */
  stopped?: 'files' | 'size' | 'stopped';
}

interface Entry {
  uri: vscode.Uri;
  /** What was analysed: `doc:<version>` for an open article, `file:<mtime>:<size>` for a file. */
  stamp: string;
  digest: ArticleDigest;
  /** Bytes read from disk (0 for an open article), counted against the size limit. */
  bytes: number;
  /** The analysis of an unsaved version: the file is read again when the document closes. */
  unsaved: boolean;
}

/** Wait after a change before the corpus is rebuilt: longer while files are still being read. */
const REBUILD_DELAY_MS = 300;
const REBUILD_DELAY_WHILE_READING_MS = 2000;
const REDISCOVER_DELAY_MS = 500;
/** Wait after activation before the first files are read: the articles a person opens go first. */
const START_DELAY_MS = 1000;

export class WorkspaceIndex implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  /** Workspace files found, by URI, in path order. */
  private files = new Map<string, vscode.Uri>();
  private queue: string[] = [];
  /** Open articles whose digest is being made, with the stamp of the version. */
  private readonly digesting = new Map<string, string>();
  /** The file being read and analysed. */
  private reading: string | undefined;
  private settings: IndexSettings = readIndexSettings();
  private progressValue: IndexProgress = { phase: 'off', articles: 0, files: 0, done: 0, skipped: 0 };
  private discovery: vscode.CancellationTokenSource | undefined;
  private watchers: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly slices = new SliceRunner();
  private current: { corpus: Corpus; keys: string[] } | undefined;
  /** Raised by each build: an older build under way is dropped. */
  private builds = 0;
  /** Raised when what an analysis depends on changes (knowledge, length limit): older analyses are redone. */
  private generation = 0;
  private disposed = false;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly progressChanged = new vscode.EventEmitter<IndexProgress>();
  /** Fires when a new corpus is built. */
  readonly onDidChange = this.changed.event;
  readonly onDidChangeProgress = this.progressChanged.event;
  /** Files the index analysed itself, for the tests that check nothing is analysed twice. */
  analysisCount = 0;

  constructor(
    private readonly cache: DocumentCache,
    private readonly config: Config,
    private readonly log: Log,
    private readonly knowledge?: KnowledgeSource,
  ) {
    this.subscriptions.push(
      cache.onDidChange((e) => {
        if (!e.preview) this.later(`doc:${e.document.uri.toString()}`, 0, () => void this.documentAnalysed(e.document));
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.documentClosed(doc)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rediscover()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(INDEX_SECTION)) this.restart();
      }),
      config.onDidChange((c) => {
        if (c.filePatterns) this.restart();
        else if (c.maxDocumentLength) this.reanalyse();
      }),
    );
    if (knowledge) this.subscriptions.push(knowledge.onDidChange(() => this.reanalyse()));
    // Analyses made before the reader's knowledge is read would only be made again.
    const start = () => this.later('start', START_DELAY_MS, () => this.restart());
    if (knowledge) void knowledge.ready.then(start, start);
    else start();
  }

  get progress(): IndexProgress {
    return this.progressValue;
  }

  /** The newest corpus, and the URI (as a string) of each of its documents. */
  get corpus(): { corpus: Corpus; keys: string[] } | undefined {
    return this.current;
  }

  /** True while files are read or the corpus is being built. */
  get busy(): boolean {
    return (
      this.reading !== undefined ||
      this.queue.length > 0 ||
      this.slices.busy ||
      this.timers.size > 0 ||
      this.discovery !== undefined
    );
  }

  /** Longest stretch the index's own work held the editor's thread, in milliseconds; settable to 0 to measure afresh. */
  get longestSliceMs(): number {
    return this.slices.longestSliceMs;
  }
  set longestSliceMs(ms: number) {
    this.slices.longestSliceMs = ms;
  }

  /** Finds the workspace's articles again and reads what changed; drops everything when indexing is off. */
  restart(): void {
    this.settings = readIndexSettings();
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    if (!this.settings.enabled) {
      this.discovery?.cancel();
      this.queue = [];
      this.entries.clear();
      this.files.clear();
      this.builds++;
      this.current = undefined;
      this.setProgress({ phase: 'off', articles: 0, files: 0, done: 0, skipped: 0 });
      this.changed.fire();
      return;
    }
    for (const pattern of this.patterns()) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate(() => this.later('discover', REDISCOVER_DELAY_MS, () => this.rediscover()));
      watcher.onDidChange((uri) => this.fileChanged(uri));
      watcher.onDidDelete((uri) => this.fileDeleted(uri));
      this.watchers.push(watcher);
    }
    for (const doc of vscode.workspace.textDocuments) if (this.cache.isAnnotated(doc)) void this.documentAnalysed(doc);
    this.rediscover();
  }

  /** Stops reading files; what is read stays in the index. */
  stop(): void {
    this.discovery?.cancel();
    this.discovery = undefined;
    const stopped = this.queue.length > 0 || this.reading !== undefined;
    this.queue = [];
    if (this.reading) this.cache.backend.cancel(`index:${this.reading}`);
    this.setProgress({ ...this.progressValue, phase: 'ready', stopped: stopped ? 'stopped' : this.progressValue.stopped });
  }

  private patterns(): string[] {
    return [...NEWS_GLOBS, ...this.config.current.filePatterns];
  }

  private rediscover(): void {
    if (!this.settings.enabled || this.disposed) return;
    this.discovery?.cancel();
    const source = (this.discovery = new vscode.CancellationTokenSource());
    this.setProgress({ ...this.progressValue, phase: 'finding' });
    void discoverArticles(this.patterns(), this.settings.maxFiles, source.token).then((found) => {
      if (source.token.isCancellationRequested || this.disposed) return;
      this.discovery = undefined;
      source.dispose();
      this.files = new Map(found.uris.map((u) => [u.toString(), u]));
      for (const [key, entry] of this.entries) if (!this.files.has(key) && !this.openDocument(entry.uri)) this.remove(key);
      this.queue = [...this.files.keys()];
      this.setProgress({ ...this.progressValue, stopped: found.more ? 'files' : undefined, skipped: 0 });
      this.pump();
    });
  }

  /** Analyses every article again (the knowledge or the length limit changed). */
  private reanalyse(): void {
    this.generation++;
    this.restart();
  }

  /** Reads the next file in the queue, one at a time; each is analysed in the worker. */
  private pump(): void {
    if (this.reading !== undefined || this.disposed) return;
    const key = this.queue.shift();
    if (key === undefined) {
      this.setProgress({ ...this.progressValue, phase: 'ready' });
      return;
    }
    this.reading = key;
    this.setProgress({ ...this.progressValue, phase: 'reading' });
    void this.readFile(key)
      .catch((error) => this.log.error(`indexing ${key} failed`, error))
      .finally(() => {
        this.reading = undefined;
        this.later('pump', 0, () => this.pump());
      });
  }

  private async readFile(key: string): Promise<void> {
    const uri = this.files.get(key);
    if (!uri) return;
    const open = this.openDocument(uri);
    // An open article is analysed by the document cache, whose analysis the index takes.
    if (open) {
      this.cache.get(open);
      return;
    }
    const generation = this.generation;
    const stat = await stampOf(uri);
    const stamp = stat && `${stat.stamp}:${generation}`;
    const known = this.entries.get(key);
    if (!stat || known?.stamp === stamp) return;
    const others = this.bytesRead() - (known?.bytes ?? 0);
    if (others + stat.size > this.settings.maxBytes) {
      this.queue = [];
      this.setProgress({ ...this.progressValue, stopped: 'size' });
      return;
    }
    const text = await readArticle(uri);
    if (text === undefined) {
      this.setProgress({ ...this.progressValue, skipped: this.progressValue.skipped + 1 });
      return;
    }
    const max = this.config.current.maxDocumentLength;
    const annotations = await this.cache.backend.analyze({
      key: `index:${key}`,
      text: text.length > max + 2 ? text.slice(0, max + 2) : text,
      options: { maxLength: max, knowledge: this.knowledge?.current() },
      priority: 'document',
    });
    if (!annotations || generation !== this.generation || this.disposed || this.openDocument(uri)) return;
    this.analysisCount++;
    const digest = await this.slices.run(digestSteps(key, text, annotations), () => generation !== this.generation);
    if (digest && !this.openDocument(uri)) this.store(key, { uri, stamp: stamp!, digest, bytes: stat.size, unsaved: false });
  }

  /** An open article's analysis: its digest replaces what the file gave. */
  private async documentAnalysed(doc: vscode.TextDocument): Promise<void> {
    if (!this.settings.enabled || doc.isClosed) return;
    const a: Annotations | undefined = this.cache.peek(doc);
    if (!a) return;
    const key = doc.uri.toString();
    const { version } = doc;
    const stamp = `doc:${version}:${this.generation}`;
    if (this.entries.get(key)?.stamp === stamp || this.digesting.get(key) === stamp) return;
    this.digesting.set(key, stamp);
    const current = () => !doc.isClosed && doc.version === version && this.digesting.get(key) === stamp;
    const digest = await this.slices.run(digestSteps(key, doc.getText(), a), () => !current());
    if (digest && current()) this.store(key, { uri: doc.uri, stamp, digest, bytes: 0, unsaved: doc.isDirty });
    if (this.digesting.get(key) === stamp) this.digesting.delete(key);
  }

  /** A closed article leaves the index unless it is a workspace file; an unsaved one is read again from disk. */
  private documentClosed(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const entry = this.entries.get(key);
    if (!entry?.stamp.startsWith('doc:')) return;
    if (!this.files.has(key)) {
      this.remove(key);
      return;
    }
    if (entry.unsaved) entry.stamp = '';
    else
      void stampOf(doc.uri).then((s) => s && entry === this.entries.get(key) && (entry.stamp = `${s.stamp}:${this.generation}`));
    this.enqueue(key);
  }

  private fileChanged(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.files.has(key) && !this.openDocument(uri)) this.enqueue(key);
  }

  private enqueue(key: string): void {
    if (!this.queue.includes(key)) this.queue.push(key);
    this.pump();
  }

  private fileDeleted(uri: vscode.Uri): void {
    const key = uri.toString();
    this.files.delete(key);
    if (!this.openDocument(uri)) this.remove(key);
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key && this.cache.isAnnotated(d));
  }

  private store(key: string, entry: Entry): void {
    this.entries.set(key, entry);
    this.setProgress({ ...this.progressValue });
    this.scheduleBuild();
  }

  private remove(key: string): void {
    if (this.entries.delete(key)) {
      this.setProgress({ ...this.progressValue });
      this.scheduleBuild();
    }
  }

  private bytesRead(): number {
    let bytes = 0;
    for (const e of this.entries.values()) bytes += e.bytes;
    return bytes;
  }

  private scheduleBuild(): void {
    const delay = this.queue.length ? REBUILD_DELAY_WHILE_READING_MS : REBUILD_DELAY_MS;
    this.later('build', delay, () => {
      const build = ++this.builds;
      const keys = [...this.entries.keys()].sort();
      const steps = corpusSteps(keys.map((k) => this.entries.get(k)!.digest));
      void this.slices
        .run(steps, () => build !== this.builds)
        .then((corpus) => {
          if (!corpus || build !== this.builds) return;
          this.current = { corpus, keys };
          this.changed.fire();
        });
    });
  }

  private setProgress(p: IndexProgress): void {
    const done = this.files.size - this.queue.length - (this.reading !== undefined ? 1 : 0);
    this.progressValue = { ...p, articles: this.entries.size, files: this.files.size, done: Math.max(0, done) };
    this.progressChanged.fire(this.progressValue);
  }

  /** Runs `work` after `ms`, once for each name however often it is asked for meanwhile. */
  private later(name: string, ms: number, work: () => void): void {
    if (this.timers.has(name) && ms > 0) clearTimeout(this.timers.get(name));
    else if (this.timers.has(name)) return;
    this.timers.set(
      name,
      setTimeout(() => {
        this.timers.delete(name);
        if (!this.disposed) work();
      }, ms),
    );
  }

  dispose(): void {
    this.disposed = true;
    this.discovery?.cancel();
    this.slices.dispose();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    if (this.reading) this.cache.backend.cancel(`index:${this.reading}`);
    this.watchers.forEach((w) => w.dispose());
    this.subscriptions.forEach((d) => d.dispose());
    this.changed.dispose();
    this.progressChanged.dispose();
  }
}
