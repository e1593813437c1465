// Entry point: builds the document cache and hands it to each editor feature.
import * as vscode from 'vscode';
import { ActiveDocument } from './editor/activeDocument';
import { createAnalysisBackend } from './editor/analysisBackend';
import { ClaimsTreeProvider, createClaimsView, type ClaimsTreeNode } from './editor/claimsTree';
import { registerCommands } from './editor/commands';
import { Config, type Category } from './editor/config';
import { DecorationPainter } from './editor/decorations';
import { DocumentCache, NEWS_LANGUAGE } from './editor/documentCache';
import { registerExports } from './editor/export';
import { ClaimSymbolProvider } from './editor/documentSymbols';
import { EntitiesTreeProvider, createEntitiesView, type EntitiesTreeNode } from './editor/entitiesTree';
import { NewsHoverProvider } from './editor/hover';
import { registerFilePatterns } from './editor/newsLanguage';
import { StatusBar } from './editor/statusBar';
import { UserKnowledge } from './editor/knowledge';
import { registerWalkthrough } from './editor/walkthrough';
import { Log } from './editor/log';

/** What `activate` returns: enough for the integration tests to read what the features show. */
export interface NewsLensApi {
  cache: DocumentCache;
  claims: ClaimsTreeProvider;
  claimsView: vscode.TreeView<ClaimsTreeNode>;
  entities: EntitiesTreeProvider;
  entitiesView: vscode.TreeView<EntitiesTreeNode>;
  decorationRanges(editor: vscode.TextEditor, category: Category): readonly vscode.Range[];
  statusText(): string;
  /** The last lines of the News Lens output channel, oldest first. */
  logLines(): readonly string[];
  /** Milliseconds `activate` took. */
  activationMs: number;
}

// News documents, plus files and untitled documents of any language, which can be annotated on request;
// the providers return nothing for documents that are not annotated.
const ANNOTATABLE_DOCUMENTS: vscode.DocumentSelector = [{ language: NEWS_LANGUAGE }, { scheme: 'file' }, { scheme: 'untitled' }];

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const started = performance.now();
  const config = new Config();
  const knowledge = new UserKnowledge();
  // The engine runs in workers: activation and typing never wait for an analysis.
  const log = new Log();
  const report = (message: string, error: unknown) => log.error(message, error);
  const cache = new DocumentCache(config, createAnalysisBackend(context.extensionUri, report), log, knowledge);
  const active = new ActiveDocument(cache);
  const painter = new DecorationPainter(cache, config);
  const claims = new ClaimsTreeProvider(active);
  const entities = new EntitiesTreeProvider(active);
  const status = new StatusBar(active, cache);
  const claimsView = createClaimsView(claims, cache);
  const entitiesView = createEntitiesView(entities, cache);
  context.subscriptions.push(
    log,
    config,
    cache,
    active,
    painter,
    claims,
    entities,
    status,
    ...claimsView.disposables,
    ...entitiesView.disposables,
    vscode.languages.registerHoverProvider(ANNOTATABLE_DOCUMENTS, new NewsHoverProvider(cache)),
    vscode.languages.registerDocumentSymbolProvider(ANNOTATABLE_DOCUMENTS, new ClaimSymbolProvider(cache), {
      label: vscode.l10n.t('News Lens claims'),
    }),
    ...registerCommands(cache, active, config),
    ...registerExports(cache, active),
    ...registerFilePatterns(config),
    knowledge,
    registerWalkthrough(context),
  );
  // `npm start` asks for the sidebar, so that its first look shows what News Lens is for.
  if (!NEWS_LENS_WEB && process.env.NEWS_LENS_SHOW_SIDEBAR === '1') {
    vscode.commands
      .executeCommand('workbench.view.extension.newsLens')
      .then(undefined, (e: unknown) => report('could not show the sidebar', e));
  }
  const activationMs = performance.now() - started;
  return {
    activationMs,
    cache,
    claims,
    claimsView: claimsView.view,
    entities,
    entitiesView: entitiesView.view,
    decorationRanges: (editor, category) => painter.rangesOf(editor, category),
    statusText: () => status.text,
    logLines: () => log.recent(),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
