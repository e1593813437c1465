// `newslens annotate`: the engine from the command line, for files and for JSONL batches on stdin.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, type Annotations } from './core';
import type { StageErrorHandler } from './core/analyze';
import { firstIndexWhere } from './core/query';
import { BRAT_ANNOTATION_CONF, toBrat, toWebAnnotation } from './core/export';

const USAGE = `usage: newslens annotate FILE... [--format json|text] [--tokens]
       newslens annotate FILE --format brat|w3c   (brat standoff .ann, or W3C Web Annotation JSON-LD)
       newslens annotate --format jsonl [--tokens] < input.jsonl   (lines of {"id","text"})
       newslens brat-conf   (brat's annotation.conf declaring the types of the brat export)`;

type Format = 'json' | 'jsonl' | 'text' | 'brat' | 'w3c';
const FORMATS: readonly string[] = ['json', 'jsonl', 'text', 'brat', 'w3c'];

interface Options {
  format: Format;
  tokens: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Options | string {
  if (argv[0] !== 'annotate')
    return argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' ? USAGE : `unknown command: ${argv[0]}\n${USAGE}`;
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
  if ((options.format === 'brat' || options.format === 'w3c') && options.files.length > 1)
    return `${options.format} describes one text: give one file`;
  return options;
}

/** What the CLI prints: the Annotations without the token list unless asked. */
function view(a: Annotations, withTokens: boolean): Partial<Annotations> {
  if (withTokens) return a;
  // Key by key: reading `tokens` would build the token list only to drop it.
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(a)) if (key !== 'tokens') rest[key] = a[key as keyof Annotations];
  return rest as Partial<Annotations>;
}

/**
 * Reads a file as UTF-8 without its byte order mark, or explains in one line why it cannot;
 * `bom` says whether the file had one.
 */
function readText(file: string): { text: string; bom: boolean } | { error: string } {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).isDirectory()) return { error: `${file}: is a directory, not a file` };
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { error: `${file}: ${systemError(e)}` };
  }
  const decoded = decodeUtf8(bytes);
  return 'text' in decoded
    ? { text: decoded.text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf }
    : { error: `${file}: ${decoded.error}` };
}

/** One line for an error from the file system. */
function systemError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'ENOTDIR') return 'not a file (a part of the path is not a directory)';
  return `cannot read (${code ?? (e as Error).message ?? String(e)})`;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 (dropping a byte order mark), or says why not and where the first bad byte is. */
function decodeUtf8(bytes: Uint8Array): { text: string } | { error: string } {
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_ENCODING_INVALID_ENCODED_DATA')
      return { error: `cannot decode (${(e as Error).message})` };
    const at = firstInvalidByte(bytes);
    return {
      error:
        at < bytes.length
          ? `not valid UTF-8 text (byte 0x${bytes[at].toString(16).padStart(2, '0')} at offset ${at})`
          : 'not valid UTF-8 text (ends inside a character)',
    };
  }
}

/** Offset where the first malformed byte sequence starts (the length when the text ends inside a character). */
function firstInvalidByte(bytes: Uint8Array): number {
  const decodes = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  // The longest prefix that decodes, a character possibly left open at its end (monotone, so bisect).
  const lo = firstIndexWhere(bytes.length, (i) => !decodes(i + 1));
  if (lo === bytes.length) return lo;
  // A character left open before the failing byte is where the bad sequence starts.
  let lead = lo;
  while (lead > 0 && lead > lo - 3 && (bytes[lead - 1] & 0xc0) === 0x80) lead--;
  const b = bytes[lead - 1];
  const width = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
  return lead > 0 && b >= 0xc0 && lead - 1 + width > lo ? lead - 1 : lo;
}

/** Tells on stderr that a stage of the engine failed on `input`; the answer goes out without it. */
const warnStageError =
  (input: string): StageErrorHandler =>
  (stage, error) =>
    process.stderr.write(
      `newslens: ${input}: the ${stage} stage failed and was left out (${(error as Error)?.message ?? String(error)})\n`,
    );

function summary(path: string, a: Annotations): string {
  const lines = [
    `${path}: ${a.entities.length} entity mentions of ${a.canonicalEntities.length} entities, ${a.numbers.length} numbers, ${a.times.length} time expressions, ${a.attributions.length} attributions, ${a.claims.length} claims${a.truncated ? ' (truncated)' : ''}`,
  ];
  for (const e of a.canonicalEntities)
    lines.push(
      `  ${e.type.padEnd(12)} ${e.name}${e.aliases.length > 1 ? ` (= ${e.aliases.slice(1).join(' = ')})` : ''} ×${e.mentions.length}`,
    );
  for (const n of a.numbers)
    lines.push(`  number       ${n.text} → ${n.value ?? 'vague'} (${n.qualifier})${n.counts ? ` counts ${n.counts}` : ''}`);
  for (const x of a.attributions)
    lines.push(
      `  ${x.stance.padEnd(12)} ${x.sourceName} [${x.cue.text}]${x.direct ? ' (quote)' : ''}: ${x.content.map((c) => c.text).join(' … ')}`,
    );
  return lines.join('\n');
}

/**
 * JSONL on stdin: one answer line on stdout for each non-blank input line, in order. A line that
 * cannot be answered (not UTF-8, not JSON, no string "text") is named by its number on stderr and
 * answered with `{"id", "error"}`; the others are answered as usual.
 */
async function annotateJsonl(withTokens: boolean): Promise<number> {
  let failures = 0;
  for await (const { number, bytes } of lines(process.stdin)) {
    const where = `stdin line ${number}`;
    const fail = async (id: unknown, message: string) => {
      failures++;
      process.stderr.write(`newslens: ${where}: ${message}\n`);
      await write(JSON.stringify({ id: id ?? null, error: `line ${number}: ${message}` }) + '\n');
    };
    const decoded = decodeUtf8(bytes);
    if ('error' in decoded) {
      await fail(null, decoded.error);
      continue;
    }
    if (!decoded.text.trim()) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(decoded.text);
    } catch (e) {
      await fail(null, `not valid JSON (${(e as Error).message})`);
      continue;
    }
    const { id, text } = (doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? doc : {}) as {
      id?: unknown;
      text?: unknown;
    };
    if (typeof text !== 'string') {
      await fail(id, 'expected an object with a string "text"');
      continue;
    }
    let answer: string;
    try {
      answer = JSON.stringify({ id: id ?? null, ...view(analyze(text, {}, warnStageError(where)), withTokens) });
    } catch (e) {
      await fail(id, `could not be analysed (${(e as Error).message})`);
      continue;
    }
    await write(answer + '\n');
  }
  return failures ? 1 : 0;
}

/** The lines of a byte stream with their numbers, split at \n; a \r before it is dropped. */
async function* lines(input: NodeJS.ReadableStream): AsyncGenerator<{ number: number; bytes: Buffer }> {
  let pending: Buffer[] = [];
  let number = 0;
  const line = (parts: Buffer[]) => {
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    return { number: ++number, bytes };
  };
  for await (const chunk of input) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    for (let at = buffer.indexOf(0x0a); at >= 0; at = buffer.indexOf(0x0a)) {
      pending.push(buffer.subarray(0, at));
      yield line(pending);
      pending = [];
      buffer = buffer.subarray(at + 1);
    }
    if (buffer.length) pending.push(buffer);
  }
  if (pending.length) yield line(pending);
}

/** Writes to stdout, waiting when its buffer is full so that large batches do not pile up in memory. */
function write(s: string): Promise<void> {
  return new Promise((resolve) => (process.stdout.write(s) ? resolve() : process.stdout.once('drain', resolve)));
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'brat-conf' && argv.length === 1) {
    await write(BRAT_ANNOTATION_CONF);
    return 0;
  }
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
    let a: Annotations;
    try {
      a = analyze(read.text, {}, warnStageError(file));
    } catch (e) {
      process.stderr.write(`newslens: ${file}: could not be analysed (${(e as Error).message})\n`);
      status = 1;
      continue;
    }
    if (options.format === 'text') process.stdout.write(summary(file, a) + '\n');
    // brat reads the file with its byte order mark as a character, so its offsets count it.
    else if (options.format === 'brat') process.stdout.write(toBrat(read.text, a, { offset: read.bom ? 1 : 0 }));
    else if (options.format === 'w3c')
      process.stdout.write(JSON.stringify(toWebAnnotation(read.text, a, pathToFileURL(path.resolve(file)).href), null, 1) + '\n');
    else results.push({ file, annotations: view(a, options.tokens) });
  }
  if (options.format === 'json' && results.length) {
    process.stdout.write(
      JSON.stringify(results.length === 1 && options.files.length === 1 ? results[0].annotations : results, null, 1) + '\n',
    );
  }
  return status;
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`newslens: ${(e as Error).message}\n`);
    process.exitCode = 70;
  },
);
