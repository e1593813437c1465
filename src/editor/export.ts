// Export commands: an article's annotations written to a new file the user chooses (JSON, brat
// standoff, W3C Web Annotation). Nothing is ever written over the article, and the article's text
// is only read. Each command takes an optional target URI (which skips the save dialog) and the
// URI of the document to export (the active article by default).
import * as vscode from 'vscode';
import type { Annotations } from '../core/types';
import { BRAT_ANNOTATION_CONF, toBrat, toJson, toWebAnnotation } from '../core/export';
import type { ActiveDocument } from './activeDocument';
import type { DocumentCache } from './documentCache';
import { formatCount } from './format';

export const EXPORT_JSON_COMMAND = 'newsLens.exportJson';
export const EXPORT_BRAT_COMMAND = 'newsLens.exportBrat';
export const EXPORT_WEB_ANNOTATION_COMMAND = 'newsLens.exportWebAnnotation';

type ExportFormat = 'json' | 'brat' | 'w3c';

interface FormatInfo {
  label(): string;
  /** Appended to the article's name without its extension. */
  suffix: string;
  filters(): Record<string, string[]>;
}

const FORMATS: Record<ExportFormat, FormatInfo> = {
  json: {
    label: () => vscode.l10n.t('JSON'),
    suffix: '.newslens.json',
    filters: () => ({ [vscode.l10n.t('News Lens JSON')]: ['json'] }),
  },
  brat: {
    label: () => vscode.l10n.t('brat standoff'),
    suffix: '.ann',
    filters: () => ({ [vscode.l10n.t('brat standoff')]: ['ann'] }),
  },
  w3c: {
    label: () => vscode.l10n.t('W3C Web Annotation'),
    suffix: '.jsonld',
    filters: () => ({ 'JSON-LD': ['jsonld', 'json'] }),
  },
};

export function registerExports(cache: DocumentCache, active: ActiveDocument): vscode.Disposable[] {
  const command = (id: string, format: ExportFormat) =>
    vscode.commands.registerCommand(id, (target?: unknown, source?: unknown) =>
      exportAnnotations(cache, active, format, target, source),
    );
  return [
    command(EXPORT_JSON_COMMAND, 'json'),
    command(EXPORT_BRAT_COMMAND, 'brat'),
    command(EXPORT_WEB_ANNOTATION_COMMAND, 'w3c'),
  ];
}

/** Writes the export and returns the files written; undefined when cancelled or refused. */
async function exportAnnotations(
  cache: DocumentCache,
  active: ActiveDocument,
  format: ExportFormat,
  target: unknown,
  source: unknown,
): Promise<vscode.Uri[] | undefined> {
  const info = FORMATS[format];
  const doc = documentFor(source) ?? active.document ?? vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage(vscode.l10n.t('News Lens: open an article to export its annotations.'));
    return undefined;
  }
  if (!cache.isAnnotated(doc)) cache.annotate(doc);
  // The text is read together with its analysis: settled() answers for the current version.
  const { a, text } = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('News Lens: analysing for export') },
    async () => {
      const analysed = await cache.settled(doc);
      return { a: analysed, text: doc.getText() };
    },
  );
  if (!a) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'News Lens: {0} could not be analysed (it changed or closed meanwhile); nothing was exported.',
        displayName(doc.uri),
      ),
    );
    return undefined;
  }

  const chosen = target instanceof vscode.Uri ? target : await askTarget(doc, info);
  if (!chosen) return undefined;
  if (sameResource(chosen, doc.uri)) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('News Lens: the export would replace the article itself; choose another file name.'),
    );
    return undefined;
  }

  const written: vscode.Uri[] = [];
  let copy: vscode.Uri | undefined;
  let conf: vscode.Uri | undefined;
  try {
    if (format === 'brat') {
      if (!chosen.path.endsWith('.ann')) {
        void vscode.window.showErrorMessage(
          vscode.l10n.t('News Lens: a brat export is a file ending in .ann; choose such a name.'),
        );
        return undefined;
      }
      const companion = await bratTextFile(doc, chosen, text);
      if (typeof companion === 'string') {
        void vscode.window.showErrorMessage(vscode.l10n.t('News Lens: {0}', companion));
        return undefined;
      }
      await write(chosen, toBrat(text, a));
      written.push(chosen);
      if (companion) {
        await write((copy = companion), text);
        written.push(copy);
      }
      conf = await bratConfFile(chosen);
      if (conf) {
        await write(conf, BRAT_ANNOTATION_CONF);
        written.push(conf);
      }
    } else {
      await write(chosen, contentOf(format, doc, chosen, text, a));
      written.push(chosen);
    }
  } catch (e) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('News Lens: could not write {0}: {1}', displayName(chosen), (e as Error).message),
    );
    return undefined;
  }

  const message = [vscode.l10n.t('News Lens: {0} annotations written to {1}.', info.label(), displayName(chosen))];
  if (copy) message.push(vscode.l10n.t('brat reads the text from the copy in {0}.', displayName(copy)));
  if (conf) message.push(vscode.l10n.t('The types are declared for brat in {0}.', displayName(conf)));
  if (a.truncated) message.push(vscode.l10n.t('Only the first {0} characters were analysed.', formatCount(a.length)));
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(message.join(' '), open).then((choice) => {
    if (choice === open) void vscode.window.showTextDocument(chosen, { preview: true });
  });
  return written;
}

function contentOf(format: 'json' | 'w3c', doc: vscode.TextDocument, target: vscode.Uri, text: string, a: Annotations): string {
  if (format === 'json') return toJson(a);
  const collection = toWebAnnotation(text, a, doc.uri.toString(), {
    id: target.toString(),
    label: vscode.l10n.t('News Lens annotations of {0}', displayName(doc.uri)),
  });
  return JSON.stringify(collection, null, 1) + '\n';
}

/**
 * The `.txt` brat reads beside the `.ann`: undefined when one already holds exactly the text (the
 * article itself, saved), its URI when it must be written, and a reason when a different file has the name.
 */
async function bratTextFile(doc: vscode.TextDocument, ann: vscode.Uri, text: string): Promise<vscode.Uri | undefined | string> {
  const txt = ann.with({ path: ann.path.slice(0, -'.ann'.length) + '.txt' });
  let existing: Uint8Array;
  try {
    existing = await vscode.workspace.fs.readFile(txt);
  } catch {
    return txt;
  }
  // brat counts a byte order mark as a character: a file that starts with one does not match.
  if (new TextDecoder('utf-8', { ignoreBOM: true }).decode(existing) === text) return undefined;
  return sameResource(txt, doc.uri)
    ? vscode.l10n.t(
        'brat reads the text from {0}, which differs from the article as open in the editor (unsaved changes, a byte order mark, or not UTF-8); save it as UTF-8 first, or choose another name.',
        displayName(txt),
      )
    : vscode.l10n.t(
        'brat reads the text from {0}, which holds another text; choose another name for the .ann file.',
        displayName(txt),
      );
}

/**
 * Where brat's annotation.conf for the exported types goes: beside the `.ann`, unless that folder or
 * one above it has one already (brat reads the nearest, and a collection's own declarations win).
 */
async function bratConfFile(ann: vscode.Uri): Promise<vscode.Uri | undefined> {
  const here = vscode.Uri.joinPath(ann, '..', BRAT_CONF_NAME);
  for (let dir = ann.path.slice(0, ann.path.lastIndexOf('/')); ; dir = dir.slice(0, dir.lastIndexOf('/'))) {
    try {
      await vscode.workspace.fs.stat(ann.with({ path: `${dir}/${BRAT_CONF_NAME}` }));
      return undefined;
    } catch {
      // none in this folder: look further up
    }
    if (!dir.includes('/')) return here;
  }
}

const BRAT_CONF_NAME = 'annotation.conf';

async function askTarget(doc: vscode.TextDocument, info: FormatInfo): Promise<vscode.Uri | undefined> {
  return vscode.window.showSaveDialog({
    defaultUri: defaultTarget(doc, info.suffix),
    filters: info.filters(),
    saveLabel: vscode.l10n.t('Export'),
    title: vscode.l10n.t('News Lens: export the annotations as {0}', info.label()),
  });
}

/** Beside the article, under its name with the format's suffix; in the workspace for untitled and virtual articles. */
function defaultTarget(doc: vscode.TextDocument, suffix: string): vscode.Uri | undefined {
  const name = displayName(doc.uri).replace(/\.[^.]*$/, '') || 'article';
  if (doc.uri.scheme === 'file' || doc.uri.scheme === 'vscode-remote') {
    return doc.uri.with({ path: doc.uri.path.replace(/[^/]*$/, name + suffix), query: '', fragment: '' });
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && vscode.Uri.joinPath(folder, name + suffix);
}

function documentFor(uri: unknown): vscode.TextDocument | undefined {
  const key = uri instanceof vscode.Uri ? uri.toString() : typeof uri === 'string' ? uri : undefined;
  return key === undefined ? undefined : vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

function sameResource(x: vscode.Uri, y: vscode.Uri): boolean {
  if (x.toString() === y.toString()) return true;
  // On case-insensitive file systems one file has several spellings; refusing a mere namesake elsewhere costs little.
  return x.scheme === y.scheme && x.authority === y.authority && x.path.toLowerCase() === y.path.toLowerCase();
}

function displayName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString(true);
}

async function write(uri: vscode.Uri, content: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
}
