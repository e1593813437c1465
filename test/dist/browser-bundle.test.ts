// The browser build (vscode.dev): the analysis worker bundle runs the engine in a real Web Worker of
// headless chromium, loaded the way the web extension host loads an extension's worker script, and
// answers exactly what the engine answers in Node; the extension bundle loads in a browser worker
// with nothing but `vscode` to require. Needs `node scripts/build.mjs` and /usr/bin/chromium.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { analyze } from '../../src/core';
import type { Annotations } from '../../src/core/types';
import { PieceAssembler, type Piece } from '../../src/worker/protocol';

const root = path.resolve(__dirname, '../../..');
const chromiumPath = process.env.NEWS_LENS_CHROMIUM ?? '/usr/bin/chromium';
const WEB_WORKER = 'dist/web/analysisWorker.js';
const WEB_EXTENSION = 'dist/web/extension.js';
const seed = fs.readFileSync(path.join(root, 'seeds/000_6639dc39eba25950.txt'), 'utf8');

/** Pieces as they cross from the page to Node: packed spans as plain arrays. */
type PagePiece = Omit<Piece, 'spans'> & { spans?: Record<string, number[]> };

/** Serves the project's files to the page from a loopback port. */
function serve(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>News Lens browser bundle</title>');
      return;
    }
    const file = path.join(root, path.normalize(url.pathname));
    if (!file.startsWith(path.join(root, 'dist')) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Starts the worker script as the web extension host does (a blob that imports the script), asks
 * it to analyse `text`, pulls every piece of the answer and returns them.
 */
async function analyseInPage(page: Page, workerUrl: string, text: string): Promise<PagePiece[]> {
  return page.evaluate(
    ({ workerUrl, text }) =>
      new Promise<PagePiece[]>((resolve, reject) => {
        const bootstrap = URL.createObjectURL(
          new Blob([`importScripts(${JSON.stringify(workerUrl)});`], { type: 'text/javascript' }),
        );
        const worker = new Worker(bootstrap, { name: 'News Lens analysis' });
        const pieces: PagePiece[] = [];
        const timer = setTimeout(() => reject(new Error('no answer from the worker within 60 s')), 60_000);
        worker.onerror = (e) => reject(new Error(`worker error: ${e.message}`));
        worker.onmessage = (e) => {
          const m = e.data;
          if (m.type === 'error') {
            reject(new Error(m.message));
            return;
          }
          const spans: Record<string, number[]> = {};
          for (const [key, packed] of Object.entries((m.piece.spans ?? {}) as Record<string, Int32Array>))
            spans[key] = Array.from(packed);
          pieces.push({ ...m.piece, spans });
          if (m.last) {
            clearTimeout(timer);
            worker.terminate();
            resolve(pieces);
          } else {
            worker.postMessage({ type: 'next', job: m.job });
          }
        };
        worker.postMessage({ type: 'analyze', job: 1, text, options: {} });
      }),
    { workerUrl, text },
  );
}

function assemble(pieces: PagePiece[]): Annotations {
  const assembler = new PieceAssembler();
  for (const p of pieces) {
    const spans: Record<string, Int32Array> = {};
    for (const [key, list] of Object.entries(p.spans ?? {})) spans[key] = Int32Array.from(list);
    assembler.add({ ...p, spans });
  }
  return assembler.result();
}

/** Plain data, as JSON sees it (the assembled value builds its token list on first read). */
function plain(a: Annotations): unknown {
  return JSON.parse(JSON.stringify(a));
}

describe('browser build', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  let page: Page;
  let server: http.Server;
  let base: string;

  before(async function () {
    for (const file of [WEB_WORKER, WEB_EXTENSION])
      assert.ok(fs.existsSync(path.join(root, file)), `${file} is built (node scripts/build.mjs)`);
    if (!fs.existsSync(chromiumPath)) {
      console.log(`      (skipped: no chromium at ${chromiumPath})`);
      this.skip();
    }
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    server = await serve();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    page = await browser.newPage();
    await page.goto(`${base}/`);
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('the Web Worker analyses the seed article exactly as the engine does in Node', async () => {
    const pieces = await analyseInPage(page, `${base}/${WEB_WORKER}`, seed);
    const inBrowser = assemble(pieces);
    const inNode = analyze(seed);
    assert.ok(inNode.entities.length > 0 && inNode.attributions.length > 0, 'the seed has marks to compare');
    assert.deepEqual(plain(inBrowser), plain(inNode));
    assert.equal(inBrowser.tokens.length, inNode.tokens.length);
  });

  it('a long article comes back in several pieces that add up to the same analysis', async () => {
    const text = Array.from({ length: 30 }, () => seed.trim()).join('\n\n');
    const pieces = await analyseInPage(page, `${base}/${WEB_WORKER}`, text);
    const inNode = analyze(text);
    assert.ok(pieces.length > 1, `${pieces.length} pieces`);
    assert.deepEqual(plain(assemble(pieces)), plain(inNode));
  });

  it("the extension's worker backend in the browser: newest request per document, superseded worker stopped, answers equal Node's", async () => {
    // The backend as the browser build has it, in the page (the web extension host is a worker; a page has Worker too).
    const harness = await build({
      stdin: {
        contents: `import { WorkerBackend, webWorkerFactory } from './src/editor/analysisBackend';
          import { analyze } from './src/core/analyze';
          const problems: string[] = ((globalThis as any).newsLensProblems = []);
          (globalThis as any).newsLensBackend = (url: string) =>
            new WorkerBackend(webWorkerFactory(url), () => analyze, (message: string) => problems.push(message));`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      define: { NEWS_LENS_WEB: 'true' },
      // The entity model rides in browser bundles as base64 (scripts/build.mjs).
      loader: { '.bin': 'base64' },
      external: ['vscode'],
      write: false,
      logLevel: 'error',
    });
    await page.evaluate(() => {
      const inert = (): object =>
        new Proxy(function () {}, {
          get: (_t, k) => (k === 'then' ? undefined : inert()),
          apply: () => inert(),
          construct: () => inert(),
        });
      const vscode = Object.create(new Proxy({}, { get: (_t, k) => (k === 'then' || k === '__esModule' ? undefined : inert()) }));
      (globalThis as unknown as { require: (name: string) => unknown }).require = (name) => {
        if (name === 'vscode') return vscode;
        throw new Error(`cannot load ${name}`);
      };
    });
    await page.addScriptTag({ content: harness.outputFiles[0].text });
    const long = Array.from({ length: 20 }, () => seed.trim()).join('\n\n');
    const window = seed.slice(0, 1200);
    const answers = await page.evaluate(
      async ({ url, long, window }) => {
        type Backend = { kind: string; stoppedWorkers: number; analyze(r: unknown): Promise<unknown>; dispose(): void };
        const backend = (globalThis as unknown as { newsLensBackend(url: string): Backend }).newsLensBackend(url);
        const superseded = backend.analyze({ key: 'doc', text: long.slice(0, 5000), options: {}, priority: 'document' });
        const newest = backend.analyze({ key: 'doc', text: long, options: {}, priority: 'document' });
        const visible = backend.analyze({ key: 'doc#window0', text: window, options: {}, priority: 'visible' });
        const [a, b, c] = await Promise.all([superseded, newest, visible]);
        const result = {
          superseded: a === undefined,
          newest: JSON.parse(JSON.stringify(b)),
          visible: JSON.parse(JSON.stringify(c)),
          kind: backend.kind,
          stopped: backend.stoppedWorkers,
          problems: [...(globalThis as unknown as { newsLensProblems: string[] }).newsLensProblems],
        };
        backend.dispose();
        return result;
      },
      { url: `${base}/${WEB_WORKER}`, long, window },
    );
    assert.equal(answers.kind, 'worker');
    assert.deepEqual(answers.problems, [], 'no problem reported');
    assert.equal(answers.superseded, true, 'the superseded request gets no answer');
    assert.equal(answers.stopped, 1, 'the worker busy with the superseded request was stopped');
    assert.deepEqual(answers.newest, plain(analyze(long)));
    assert.deepEqual(answers.visible, plain(analyze(window)));

    // A worker that cannot start: its jobs and the later ones are analysed on the page's own thread.
    const fallback = await page.evaluate(
      async ({ url, window }) => {
        type Backend = { kind: string; analyze(r: unknown): Promise<unknown>; dispose(): void };
        const backend = (globalThis as unknown as { newsLensBackend(url: string): Backend }).newsLensBackend(url);
        const first = await backend.analyze({ key: 'doc', text: window, options: {}, priority: 'visible' });
        const second = await backend.analyze({ key: 'other', text: window, options: {}, priority: 'document' });
        backend.dispose();
        return {
          kind: backend.kind,
          first: JSON.parse(JSON.stringify(first)),
          second: JSON.parse(JSON.stringify(second)),
          problems: (globalThis as unknown as { newsLensProblems: string[] }).newsLensProblems,
        };
      },
      { url: `${base}/dist/web/missing-worker.js`, window },
    );
    assert.equal(fallback.kind, 'in-thread');
    assert.deepEqual(fallback.problems, ['the analysis worker failed; analysing on the editor thread from now on']);
    assert.deepEqual(fallback.first, plain(analyze(window)));
    assert.deepEqual(fallback.second, plain(analyze(window)));
  });

  it('the browser extension bundle loads in a Web Worker and requires only vscode', async () => {
    const url = `${base}/${WEB_EXTENSION}`;
    const loaded = await page.evaluate(
      (url) =>
        new Promise<{ activate: string; required: string[]; error?: string }>((resolve) => {
          // A CommonJS frame around the bundle, with \`vscode\` as an inert stand-in that accepts any use
          // (names are looked up through its prototype, as bundled imports copy the module's own keys).
          const frame = `(() => {
            const required = [];
            const inert = () => new Proxy(function () {}, { get: (t, k) => (k === 'then' ? undefined : inert()), apply: () => inert(), construct: () => inert() });
            const vscode = Object.create(new Proxy({}, { get: (t, k) => (k === 'then' || k === '__esModule' ? undefined : inert()) }));
            self.module = { exports: {} };
            self.exports = self.module.exports;
            self.require = (name) => { required.push(name); if (name === 'vscode') return vscode; throw new Error('cannot load ' + name); };
            try {
              importScripts(${JSON.stringify(url)});
              postMessage({ activate: typeof self.module.exports.activate, required });
            } catch (e) {
              postMessage({ activate: 'none', required, error: String(e && e.stack || e) });
            }
          })();`;
          const worker = new Worker(URL.createObjectURL(new Blob([frame], { type: 'text/javascript' })));
          worker.onmessage = (e) => {
            worker.terminate();
            resolve(e.data);
          };
          worker.onerror = (e) => resolve({ activate: 'none', required: [], error: e.message });
        }),
      url,
    );
    assert.equal(loaded.error, undefined);
    assert.equal(loaded.activate, 'function');
    assert.deepEqual([...new Set(loaded.required)], ['vscode']);
  });

  it("the browser bundles carry no Node built-in modules and use none of Node's globals", () => {
    for (const file of [WEB_WORKER, WEB_EXTENSION]) {
      const code = fs.readFileSync(path.join(root, file), 'utf8');
      const modules = new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
      modules.delete('vscode');
      assert.deepEqual([...modules], [], `${file} requires ${[...modules].join(', ')}`);
      const globals = new Set(
        [...code.matchAll(/\b(process\.\w+|Buffer\.\w+|__dirname|__filename|setImmediate)\b/g)].map((m) => m[1]),
      );
      assert.deepEqual([...globals], [], `${file} uses ${[...globals].join(', ')}`);
    }
  });
});
