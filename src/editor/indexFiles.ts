// Which files of the workspace are news articles, and their text, read through `vscode.workspace.fs`
// so that virtual and untrusted workspaces work alike.
import * as vscode from 'vscode';
import { matchesAny } from './glob';

/** The news language's own files (package.json: `*.news`, `**\/seeds/*.txt`). */
export const NEWS_GLOBS = ['**/*.news', '**/seeds/*.txt'];

/** Folders never walked when the file search cannot be used. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);
/** Bytes looked at for a NUL that marks a binary file. */
const BINARY_PROBE = 8192;

export interface Discovered {
  uris: vscode.Uri[];
  /** True when there were more files than asked for. */
  more: boolean;
}

/**
 * The article files of the workspace, in path order, at most `max` of them: files matched by the
 * news globs and the user's patterns, found by the editor's file search (which leaves out
 * `files.exclude`), or by walking a folder that the search cannot read.
 */
export async function discoverArticles(
  patterns: readonly string[],
  max: number,
  token: vscode.CancellationToken,
): Promise<Discovered> {
  const found = new Map<string, vscode.Uri>();
  const add = (uris: readonly vscode.Uri[]) => uris.forEach((u) => found.set(u.toString(), u));
  for (const pattern of patterns) add(await findFiles(pattern, max + 1, token));
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    // A `seeds` folder opened as the workspace itself: its *.txt files are articles, as the language's pattern says.
    if (lastSegment(folder.uri) === 'seeds') add(await findFiles(new vscode.RelativePattern(folder, '*.txt'), max + 1, token));
    const inFolder = (u: vscode.Uri) => u.toString().startsWith(folder.uri.toString());
    if (folder.uri.scheme !== 'file' && ![...found.values()].some(inFolder)) add(await walk(folder, patterns, max + 1, token));
  }
  const uris = [...found.values()].sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
  return { uris: uris.slice(0, max), more: uris.length > max };
}

async function findFiles(pattern: vscode.GlobPattern, max: number, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  try {
    return await vscode.workspace.findFiles(pattern, undefined, max, token);
  } catch {
    return [];
  }
}

/** The files of a folder matching the patterns, found by reading its folders one by one. */
async function walk(
  folder: vscode.WorkspaceFolder,
  patterns: readonly string[],
  max: number,
  token: vscode.CancellationToken,
): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  const pending: [vscode.Uri, string][] = [[folder.uri, '']];
  const rootIsSeeds = lastSegment(folder.uri) === 'seeds';
  while (pending.length && out.length < max && !token.isCancellationRequested) {
    const [dir, relative] = pending.shift()!;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue;
    }
    for (const [name, type] of entries) {
      const path = relative ? `${relative}/${name}` : name;
      if (type & vscode.FileType.Directory) {
        if (!SKIPPED_FOLDERS.has(name)) pending.push([vscode.Uri.joinPath(dir, name), path]);
      } else if (matchesAny(path, patterns) || (rootIsSeeds && !relative && name.endsWith('.txt')))
        out.push(vscode.Uri.joinPath(dir, name));
    }
  }
  return out;
}

function lastSegment(uri: vscode.Uri): string {
  const parts = uri.path.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

/** A file's size and time of change, as a stamp that changes when the file does. */
export async function stampOf(uri: vscode.Uri): Promise<{ stamp: string; size: number } | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    return { stamp: `file:${stat.mtime}:${stat.size}`, size: stat.size };
  } catch {
    return undefined;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text as UTF-8 without its byte order mark (as the editor shows it), or undefined for binary and other files. */
export async function readArticle(uri: vscode.Uri): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}
