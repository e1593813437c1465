// `newslens annotate`: the engine from the command line, for files and for JSONL batches on stdin.
import * as fs from 'node:fs';
import * as readline from 'node:readline';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, type Annotations } from './core';
import { toBrat, toWebAnnotation } from './core/export';

const USAGE = `usage: newslens annotate FILE... [--format json|text] [--tokens]
       newslens annotate FILE --format brat|w3c   (brat standoff .ann, or W3C Web Annotation JSON-LD)
       newslens annotate --format jsonl [--tokens] < input.jsonl   (lines of {"id","text"})`;

type Format = 'json' | 'jsonl' | 'text' | 'brat' | 'w3c';
const FORMATS: readonly string[] = ['json', 'jsonl', 'text', 'brat', 'w3c'];

interface Options {
  format: Format;
  tokens: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Options | string {
  if (argv[0] !== 'annotate') return argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' ? USAGE : `unknown command: ${argv[0]}\n${USAGE}`;
  const options: Options = { format: 'json', tokens: false, files: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format') {
      const f = argv[++i];
      if (!FORMATS.includes(f)) return `unknown format: ${f ?? '(none)'} (json, jsonl, text, brat or w3c)`;
      options.format = f as Format;
    } else if (a === '--tokens') options.tokens = true;
    else if (a.startsWith('--')) return `unknown option: ${a}\n${USAGE}`;
    else options.files.push(a);
  }
  if (options.format === 'jsonl' && options.files.length) return 'jsonl reads standard input; give no files';
  if (options.format !== 'jsonl' && !options.files.length) return USAGE;
  if ((options.format === 'brat' || options.format === 'w3c') && options.files.length > 1) return `${options.format} describes one text: give one file`;
  return options;
}

/** What the CLI prints: the Annotations without the token list unless asked. */
function view(a: Annotations, withTokens: boolean): Partial<Annotations> {
  if (withTokens) return a;
  const { tokens: _tokens, ...rest } = a;
  return rest;
}

/** Reads a file as UTF-8, or explains in one line why it cannot. */
function readText(path: string): { text: string } | { error: string } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(e)})` };
  }
  if (stat.isDirectory()) return { error: `${path}: is a directory, not a file` };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (e) {
    return { error: `${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { error: `${path}: not valid UTF-8 text` };
  }
}

function summary(path: string, a: Annotations): string {
  const lines = [`${path}: ${a.entities.length} entity mentions of ${a.canonicalEntities.length} entities, ${a.numbers.length} numbers, ${a.times.length} time expressions, ${a.attributions.length} attributions, ${a.claims.length} claims${a.truncated ? ' (truncated)' : ''}`];
  for (const e of a.canonicalEntities) lines.push(`  ${e.type.padEnd(12)} ${e.name}${e.aliases.length > 1 ? ` (= ${e.aliases.slice(1).join(' = ')})` : ''} ×${e.mentions.length}`);
  for (const n of a.numbers) lines.push(`  number       ${n.text} → ${n.value ?? 'vague'} (${n.qualifier})${n.counts ? ` counts ${n.counts}` : ''}`);
  for (const x of a.attributions) lines.push(`  ${x.stance.padEnd(12)} ${x.sourceName} [${x.cue.text}]${x.direct ? ' (quote)' : ''}: ${x.content.map((c) => c.text).join(' … ')}`);
  return lines.join('\n');
}

async function annotateJsonl(withTokens: boolean): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    lineNumber++;
    if (!line.trim()) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch (e) {
      process.stderr.write(`stdin line ${lineNumber}: not valid JSON (${(e as Error).message})\n`);
      failures++;
      continue;
    }
    const { id, text } = (doc ?? {}) as { id?: unknown; text?: unknown };
    if (typeof text !== 'string') {
      process.stderr.write(`stdin line ${lineNumber}: expected an object with a string "text"\n`);
      failures++;
      continue;
    }
    process.stdout.write(JSON.stringify({ id, ...view(analyze(text), withTokens) }) + '\n');
  }
  return failures ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    const help = options === USAGE && (argv[0] === '--help' || argv[0] === '-h');
    (help ? process.stdout : process.stderr).write(options + '\n');
    return help ? 0 : 2;
  }
  if (options.format === 'jsonl') return annotateJsonl(options.tokens);
  let status = 0;
  const results: { file: string; annotations: Partial<Annotations> }[] = [];
  for (const file of options.files) {
    const read = readText(file);
    if ('error' in read) {
      process.stderr.write(`newslens: ${read.error}\n`);
      status = 1;
      continue;
    }
    const a = analyze(read.text);
    if (options.format === 'text') process.stdout.write(summary(file, a) + '\n');
    else if (options.format === 'brat') process.stdout.write(toBrat(read.text, a));
    else if (options.format === 'w3c') process.stdout.write(JSON.stringify(toWebAnnotation(read.text, a, pathToFileURL(path.resolve(file)).href), null, 1) + '\n');
    else results.push({ file, annotations: view(a, options.tokens) });
  }
  if (options.format === 'json' && results.length) {
    process.stdout.write(JSON.stringify(results.length === 1 && options.files.length === 1 ? results[0].annotations : results, null, 1) + '\n');
  }
  return status;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`newslens: ${(e as Error).message}\n`); process.exitCode = 70; },
);
