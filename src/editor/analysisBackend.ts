// Where the engine runs: in worker threads (Node) or Web Workers (browser), so that analysing a long
// article never blocks the editor; on the editor's own thread only when no worker can run.
import * as vscode from 'vscode';
import type { AnalyzeOptions, Annotations } from '../core/types';
import { PieceAssembler, type HostMessage, type WorkerMessage } from '../worker/protocol';

/**
 * `visible`: a few screens of text a person is looking at, answered within tens of milliseconds.
 * `document`: a whole document, which may take seconds.
 */
export type AnalysisPriority = 'visible' | 'document';

/** Where the backend tells of a problem the reader should be able to find (the output channel). */
export type ProblemReporter = (message: string, error: unknown) => void;

export interface AnalysisRequest {
  /** Requests with the same key supersede each other: only the newest is answered. */
  key: string;
  text: string;
  options: AnalyzeOptions;
  priority: AnalysisPriority;
}

export interface AnalysisBackend {
  /** `worker` or `in-thread`, for the status of the extension and its tests. */
  readonly kind: string;
  /** The analysis of `text`, or undefined when a newer request with the same key superseded it. */
  analyze(request: AnalysisRequest): Promise<Annotations | undefined>;
  /** Drops the queued or running request with this key (its promise gives undefined). */
  cancel(key: string): void;
  dispose(): void;
}

export type Engine = (text: string, options: AnalyzeOptions) => Annotations;

interface Job {
  id: number;
  key: string;
  text: string;
  options: AnalyzeOptions;
  resolve(a: Annotations | undefined): void;
  reject(e: unknown): void;
  /** Set when a newer request took its place while it ran on a worker that is not stopped for it. */
  superseded?: boolean;
  assembler?: PieceAssembler;
}

/** One worker as the lanes see it, whatever its kind. */
export interface WorkerHandle {
  post(message: HostMessage): void;
  terminate(): void;
}
export interface WorkerEvents {
  message(message: WorkerMessage): void;
  failure(error: unknown): void;
}
export type WorkerFactory = (events: WorkerEvents) => WorkerHandle;

let nextJobId = 1;

/**
 * One worker and its queue: one job at a time, the newest per key. A lane for whole documents
 * stops its worker when the running job is superseded (a new worker starts for the next job); a
 * lane for visible text lets a short job finish and drops its result.
 */
class WorkerLane {
  private worker: WorkerHandle | undefined;
  private running: Job | undefined;
  private readonly queue: Job[] = [];
  /** Workers stopped because their job was superseded. */
  stopped = 0;
  /** Longest time spent on one message from the worker, in milliseconds. */
  longestMessageMs = 0;

  constructor(
    private readonly create: WorkerFactory,
    private readonly stopSuperseded: boolean,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  submit(job: Job): void {
    this.queue.push(job);
    this.pump();
  }

  cancel(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].key === key) this.queue.splice(i, 1)[0].resolve(undefined);
    }
    const running = this.running;
    if (running?.key !== key) return;
    if (this.stopSuperseded) {
      this.worker?.terminate();
      this.worker = undefined;
      this.stopped++;
      this.running = undefined;
      running.resolve(undefined);
      this.pump();
    } else {
      running.superseded = true;
    }
  }

  /** Takes back the jobs not yet answered (when the lane cannot go on); a superseded one is answered now. */
  takeJobs(): Job[] {
    const running = this.running;
    this.running = undefined;
    this.worker?.terminate();
    this.worker = undefined;
    const jobs = this.queue.splice(0);
    if (running?.superseded) running.resolve(undefined);
    else if (running) jobs.unshift(running);
    return jobs;
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.running = job;
    // The assembler slices the items' texts from the text sent, which it keeps until the result is built.
    job.assembler = new PieceAssembler(job.text);
    try {
      this.worker ??= this.spawn();
      this.worker.post({ type: 'analyze', job: job.id, text: job.text, options: job.options, sliceTexts: true });
    } catch (e) {
      this.onFailure(e);
    }
  }

  private spawn(): WorkerHandle {
    const handle: WorkerHandle = this.create({
      message: (m) => {
        if (this.worker !== handle) return;
        const start = performance.now();
        this.receive(m);
        this.longestMessageMs = Math.max(this.longestMessageMs, performance.now() - start);
      },
      failure: (e) => {
        if (this.worker === handle) this.onFailure(e);
      },
    });
    return handle;
  }

  private receive(m: WorkerMessage): void {
    const job = this.running;
    if (!job || m.job !== job.id) return;
    if (m.type === 'error') {
      this.finish(job);
      job.reject(new Error(m.message));
      return;
    }
    if (job.superseded) {
      if (!m.last) this.worker?.post({ type: 'drop', job: job.id });
      this.finish(job);
      job.resolve(undefined);
      return;
    }
    job.assembler!.add(m.piece);
    if (!m.last) {
      // Pulled one piece at a time: each arrives in its own task, so the editor stays responsive.
      this.worker!.post({ type: 'next', job: job.id });
      return;
    }
    const result = job.assembler!.result();
    this.finish(job);
    job.resolve(result);
  }

  private finish(job: Job): void {
    if (this.running === job) this.running = undefined;
    job.assembler = undefined;
    this.pump();
  }

  dispose(): void {
    for (const job of this.takeJobs()) job.resolve(undefined);
  }
}

/** Runs the engine on the editor's thread, one job per task, visible text first. */
export class InThreadBackend implements AnalysisBackend {
  readonly kind = 'in-thread';
  private readonly queue: (Job & { priority: AnalysisPriority })[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private engine: Engine | undefined;
  private disposed = false;

  constructor(private readonly loadEngine: () => Engine) {}

  analyze(request: AnalysisRequest): Promise<Annotations | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    this.cancel(request.key);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: nextJobId++, ...request, resolve, reject });
      this.schedule();
    });
  }

  /** Takes over jobs that a worker could not run. */
  adopt(job: Job, priority: AnalysisPriority): void {
    this.queue.push({ ...job, priority });
    this.schedule();
  }

  cancel(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].key === key) this.queue.splice(i, 1)[0].resolve(undefined);
    }
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const i = Math.max(
        0,
        this.queue.findIndex((j) => j.priority === 'visible'),
      );
      const job = this.queue.splice(i, 1)[0];
      if (!job) return;
      try {
        this.engine ??= this.loadEngine();
        job.resolve(this.engine(job.text, job.options));
      } catch (e) {
        job.reject(e);
      }
      if (this.queue.length) this.schedule();
    }, 0);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    for (const job of this.queue.splice(0)) job.resolve(undefined);
  }
}

/**
 * Two workers: one for visible text, never held up by a long document, and one for whole
 * documents. When a worker cannot start or fails, its jobs and every later one run in-thread.
 */
export class WorkerBackend implements AnalysisBackend {
  private readonly lanes: Record<AnalysisPriority, WorkerLane>;
  private fallback: InThreadBackend | undefined;
  private disposed = false;

  constructor(
    create: WorkerFactory,
    private readonly loadEngine: () => Engine,
    private readonly report: ProblemReporter,
  ) {
    const onFailure = (error: unknown) => this.fail(error);
    this.lanes = { visible: new WorkerLane(create, false, onFailure), document: new WorkerLane(create, true, onFailure) };
  }

  get kind(): string {
    return this.fallback ? 'in-thread' : 'worker';
  }

  /** Document workers stopped because their job was superseded by a newer version. */
  get stoppedWorkers(): number {
    return this.lanes.document.stopped;
  }

  /**
   * Longest time the editor's thread spent on one message from a worker (the promise callbacks
   * it runs are timed by their owner). Settable to 0 to measure afresh.
   */
  get longestMessageMs(): number {
    return Math.max(this.lanes.visible.longestMessageMs, this.lanes.document.longestMessageMs);
  }
  set longestMessageMs(ms: number) {
    this.lanes.visible.longestMessageMs = ms;
    this.lanes.document.longestMessageMs = ms;
  }

  analyze(request: AnalysisRequest): Promise<Annotations | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    if (this.fallback) return this.fallback.analyze(request);
    this.cancel(request.key);
    return new Promise((resolve, reject) => {
      this.lanes[request.priority].submit({
        id: nextJobId++,
        key: request.key,
        text: request.text,
        options: request.options,
        resolve,
        reject,
      });
    });
  }

  cancel(key: string): void {
    if (this.fallback) this.fallback.cancel(key);
    for (const lane of Object.values(this.lanes)) lane.cancel(key);
  }

  private fail(error: unknown): void {
    this.report('the analysis worker failed; analysing on the editor thread from now on', error);
    this.fallback ??= new InThreadBackend(this.loadEngine);
    for (const [priority, l] of Object.entries(this.lanes) as [AnalysisPriority, WorkerLane][]) {
      for (const job of l.takeJobs()) this.fallback.adopt(job, priority);
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const lane of Object.values(this.lanes)) lane.dispose();
    this.fallback?.dispose();
  }
}

function nodeWorkerFactory(file: string): WorkerFactory {
  return (events) => {
    let worker: import('node:worker_threads').Worker | undefined;
    let stopping = false;
    // Left out of the browser bundle, which has no worker threads.
    if (!NEWS_LENS_WEB) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only where workers exist.
      const threads = require('node:worker_threads') as typeof import('node:worker_threads');
      // execArgv: the editor's own flags (inspector, experiments) are not meant for the worker.
      worker = new threads.Worker(file, { name: 'News Lens analysis', execArgv: [] });
      worker.on('message', events.message);
      worker.on('error', events.failure);
      worker.on('exit', (code) => {
        if (!stopping) events.failure(new Error(`analysis worker exited with code ${code}`));
      });
    }
    if (!worker) throw new Error('no worker threads here');
    const started = worker;
    return {
      post: (m) => started.postMessage(m),
      terminate: () => {
        stopping = true;
        void started.terminate();
      },
    };
  };
}

export function webWorkerFactory(url: string): WorkerFactory {
  return (events) => {
    // The web extension host wraps `Worker` so that a script of the extension can be loaded.
    const worker = new Worker(url, { name: 'News Lens analysis' });
    worker.addEventListener('message', (e: MessageEvent<WorkerMessage>) => events.message(e.data));
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      events.failure(e.message || e);
    });
    worker.addEventListener('messageerror', (e) => events.failure(e));
    return { post: (m) => worker.postMessage(m), terminate: () => worker.terminate() };
  };
}

/** Workers when the platform has them, else analysis on the editor's thread. */
export function createAnalysisBackend(extensionUri: vscode.Uri, report: ProblemReporter): AnalysisBackend {
  if (NEWS_LENS_WEB) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the engine loads on first use.
    const engine = () => (require('../core/analyze') as typeof import('../core/analyze')).analyze;
    if (typeof Worker === 'undefined') return new InThreadBackend(engine);
    return new WorkerBackend(
      webWorkerFactory(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'analysisWorker.js').toString(true)),
      engine,
      report,
    );
  }
  const file = vscode.Uri.joinPath(extensionUri, 'dist', 'analysisWorker.js').fsPath;
  // The worker's file also exports the engine, so the extension's own bundle need not carry it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the worker's bundle, loaded on first use.
  const engine = () => (require(file) as typeof import('../worker/node')).analyze;
  return new WorkerBackend(nodeWorkerFactory(file), engine, report);
}
