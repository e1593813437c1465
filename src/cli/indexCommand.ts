// `newslens index DIR...`: the cross-article view of a folder of articles (every *.news and *.txt file
// under it, and files named one by one): entities and sources across articles, stories, figures that
// disagree and claims contested between articles.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../core';
import { buildCorpus, digestArticle, type ArticleDigest } from '../core/corpus';
import { corpusJson, type CorpusJson } from '../core/corpus/json';

const USAGE = `usage: newslens index DIR|FILE... [--format json|text] [--max-files N] [--max-size MB]
  Reads every *.news and *.txt file under each DIR (hidden folders and node_modules left out) and
  prints the view across them: entities, sources, stories, figures that disagree, contested claims.`;

/** As many files and megabytes as the editor's index reads by default. */
export const DEFAULT_MAX_FILES = 3000;
export const DEFAULT_MAX_SIZE_MB = 50;
const ARTICLE_EXTENSIONS = new Set(['.news', '.txt']);

export interface IndexCommandOutput {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: IndexCommandOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

interface Options {
  format: 'json' | 'text';
  maxFiles: number;
  maxBytes: number;
  paths: string[];
}

function parseArgs(argv: string[]): Options | string {
  const args = argv[0] === 'index' ? argv.slice(1) : argv;
  const options: Options = { format: 'json', maxFiles: DEFAULT_MAX_FILES, maxBytes: DEFAULT_MAX_SIZE_MB * 1e6, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') return USAGE;
    if (a === '--format') {
      const f = args[++i];
      if (f !== 'json' && f !== 'text') return `unknown format: ${f ?? '(none)'} (json or text)`;
      options.format = f;
    } else if (a === '--max-files' || a === '--max-size') {
      const n = Number(args[++i]);
      if (!Number.isFinite(n) || n <= 0) return `${a} takes a positive number`;
      if (a === '--max-files') options.maxFiles = Math.floor(n);
      else options.maxBytes = n * 1e6;
    } else if (a.startsWith('--')) return `unknown option: ${a}\n${USAGE}`;
    else options.paths.push(a);
  }
  return options.paths.length ? options : USAGE;
}

/** Runs `newslens index` with the arguments after the program name; resolves with the exit code. */
export async function runIndexCommand(argv: string[], io: IndexCommandOutput = processOutput): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    io.err(`${options}\n`);
    return options === USAGE ? 0 : 2;
  }
  let failed = false;
  const files: string[] = [];
  for (const p of options.paths) {
    const found = articleFiles(p);
    if (typeof found === 'string') {
      io.err(`newslens: ${found}\n`);
      failed = true;
    } else files.push(...found);
  }
  const digests: ArticleDigest[] = [];
  let bytes = 0;
  for (const file of files) {
    if (digests.length >= options.maxFiles) {
      io.err(`newslens: stopped at ${options.maxFiles} files (--max-files); ${files.length - digests.length} more not read\n`);
      break;
    }
    const size = fileSize(file);
    if (bytes + size > options.maxBytes) {
      io.err(`newslens: stopped at ${options.maxBytes / 1e6} MB (--max-size) before ${file}\n`);
      break;
    }
    bytes += size;
    const text = readArticle(file);
    if (typeof text !== 'string') {
      io.err(`newslens: ${file}: ${text.error}\n`);
      failed = true;
      continue;
    }
    digests.push(digestArticle(file.split(path.sep).join('/'), text, analyze(text)));
    // Let the event loop breathe between articles of a long folder.
    if (digests.length % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  const view = corpusJson(buildCorpus(digests));
  io.out(options.format === 'json' ? `${JSON.stringify(view, null, 2)}\n` : textView(view));
  return failed ? 1 : 0;
}

/** The article files a path names: itself, or every article file under it, in path order; or why none. */
function articleFiles(p: string): string[] | string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    return `${p}: no such file or folder`;
  }
  if (!stat.isDirectory()) return [p];
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase())) out.push(full);
    }
  };
  walk(p);
  return out;
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of an article file, decoded as UTF-8 without its byte order mark; or why it cannot be read. */
function readArticle(file: string): string | { error: string } {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { error: `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { error: 'not a text file' };
  try {
    return utf8.decode(bytes);
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}

/** A readable summary: stories, then figures that disagree and contested claims, then sources and entities in several articles. */
function textView(view: CorpusJson): string {
  const lines = [`${view.documents.length} articles, ${view.stories.length} stories`];
  for (const s of view.stories)
    lines.push(`story ${s.id + 1}: ${s.entities.slice(0, 5).join(', ')}`, ...s.documents.map((d) => `  ${d}`));
  for (const c of view.conflicts) {
    if (c.kind === 'number')
      lines.push(
        `figures differ: "${c.a.text} ${c.a.counts}" (${c.a.path}:${c.a.line}) / "${c.b.text} ${c.b.counts}" (${c.b.path}:${c.b.line})`,
      );
    else
      lines.push(
        `contested: ${c.a.source} "${c.a.text}" (${c.a.path}:${c.a.line}) / ${c.b.source} denies (${c.b.path}:${c.b.line})`,
      );
  }
  for (const s of view.sources.filter((x) => x.documents.length > 1))
    lines.push(`source ${s.name}: ${s.documents.map((d) => `${d.path} (${d.claims.length})`).join(', ')}`);
  for (const e of view.entities.filter((x) => x.documents.length > 1))
    lines.push(`${e.type} ${e.name}: ${e.documents.map((d) => `${d.path} (${d.mentions})`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
