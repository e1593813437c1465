// Everything across articles, registered in one call: the workspace index and its status, the Across
// Articles view, the marks on figures that disagree, the side-by-side view, and their commands.
import * as vscode from 'vscode';
import type { Config } from './config';
import { CorpusLookup, OPEN_ARTICLE_COMMAND, openArticle } from './corpusLookup';
import { CorpusTreeProvider, createCorpusView, type CorpusNode } from './corpusTree';
import type { DocumentCache, KnowledgeSource } from './documentCache';
import { FigureMarks } from './figureMarks';
import { IndexStatus } from './indexStatus';
import type { Log } from './log';
import { SideBySide } from './sideBySide';
import { WorkspaceIndex } from './workspaceIndex';

export const REINDEX_COMMAND = 'newsLens.reindex';
export const STOP_INDEXING_COMMAND = 'newsLens.stopIndexing';

/** What the cross-article features give the extension's API (for the tests) and the hover cards. */
export interface CrossArticle {
  index: WorkspaceIndex;
  lookup: CorpusLookup;
  corpusView: vscode.TreeView<CorpusNode>;
  corpusTree: CorpusTreeProvider;
  figureMarks: FigureMarks;
  sideBySide: SideBySide;
  indexStatusText(): string;
  disposables: vscode.Disposable[];
}

export function registerCrossArticle(cache: DocumentCache, config: Config, log: Log, knowledge?: KnowledgeSource): CrossArticle {
  const index = new WorkspaceIndex(cache, config, log, knowledge);
  const lookup = new CorpusLookup(index);
  const status = new IndexStatus(index);
  const corpusTree = new CorpusTreeProvider(index, lookup);
  const corpusView = createCorpusView(corpusTree, index);
  const figureMarks = new FigureMarks(index, lookup);
  const sideBySide = new SideBySide(index, lookup);
  return {
    index,
    lookup,
    corpusView,
    corpusTree,
    figureMarks,
    sideBySide,
    indexStatusText: () => status.text,
    disposables: [
      index,
      status,
      corpusTree,
      corpusView,
      figureMarks,
      sideBySide,
      vscode.commands.registerCommand(OPEN_ARTICLE_COMMAND, (uri?: unknown, start?: unknown, end?: unknown) =>
        openArticle(uri, start, end),
      ),
      vscode.commands.registerCommand(REINDEX_COMMAND, () => index.restart()),
      vscode.commands.registerCommand(STOP_INDEXING_COMMAND, () => index.stop()),
    ],
  };
}
