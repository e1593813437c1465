// The getting-started walkthrough opens a sample article shipped with the extension. It is served
// read-only under its own scheme, so that nothing can be saved into the extension's folder and
// closing it never asks to save; the `.news` name puts it in the News language.
import * as vscode from 'vscode';
import { NEWS_LANGUAGE } from './documentCache';

export const OPEN_SAMPLE_COMMAND = 'newsLens.openSample';
export const SAMPLE_SCHEME = 'news-lens-sample';
/** The bundled article (the package keeps it; see .vscodeignore). */
export const SAMPLE_PATH = ['seeds', '000_6639dc39eba25950.txt'];
export const SAMPLE_URI = vscode.Uri.from({ scheme: SAMPLE_SCHEME, path: '/Sample article.news' });

export function registerWalkthrough(context: vscode.ExtensionContext): vscode.Disposable {
  const source = vscode.Uri.joinPath(context.extensionUri, ...SAMPLE_PATH);
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(): Promise<string> {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
    },
  };
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(SAMPLE_SCHEME, provider),
    vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, async () => {
      let doc = await vscode.workspace.openTextDocument(SAMPLE_URI);
      if (doc.languageId !== NEWS_LANGUAGE) doc = await vscode.languages.setTextDocumentLanguage(doc, NEWS_LANGUAGE);
      return vscode.window.showTextDocument(doc, { preview: false });
    }),
  );
}
