// Opens documents matching `newsLens.filePatterns` in the news language (their text is untouched).
import * as vscode from 'vscode';
import type { Config } from './config';
import { NEWS_LANGUAGE } from './documentCache';

function matchesPatterns(doc: vscode.TextDocument, patterns: readonly string[]): boolean {
  if (doc.isClosed || doc.languageId === NEWS_LANGUAGE || doc.uri.scheme === 'output' || doc.uri.scheme === 'vscode-settings')
    return false;
  return patterns.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
}

/** Each document is switched once, so that a person can still pick another language mode for it. */
async function switchToNews(doc: vscode.TextDocument, patterns: readonly string[], switched: Set<string>): Promise<void> {
  const key = doc.uri.toString();
  if (switched.has(key) || !matchesPatterns(doc, patterns)) return;
  switched.add(key);
  try {
    await vscode.languages.setTextDocumentLanguage(doc, NEWS_LANGUAGE);
  } catch {
    // The document closed in the meantime: nothing to switch.
  }
}

export function registerFilePatterns(config: Config): vscode.Disposable[] {
  const switched = new Set<string>();
  const applyToOpenDocuments = () => {
    const patterns = config.current.filePatterns;
    if (patterns.length) for (const doc of vscode.workspace.textDocuments) void switchToNews(doc, patterns, switched);
  };
  applyToOpenDocuments();
  return [
    vscode.workspace.onDidOpenTextDocument((doc) => {
      const patterns = config.current.filePatterns;
      if (patterns.length) void switchToNews(doc, patterns, switched);
    }),
    config.onDidChange((c) => {
      if (c.filePatterns) applyToOpenDocuments();
    }),
  ];
}
