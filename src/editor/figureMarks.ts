// Figures that disagree, marked in the open articles as information (a diagnostic of Information
// severity, never an edit): each mark names the other figure, in this article or another, and links
// to it.
import * as vscode from 'vscode';
import type { CorpusLookup } from './corpusLookup';
import { documentLength } from './documentCache';
import type { WorkspaceIndex } from './workspaceIndex';

export const FIGURES_DIAGNOSTIC_CODE = 'figures-disagree';

export class FigureMarks implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('newsLens.figures');
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    index: WorkspaceIndex,
    private readonly lookup: CorpusLookup,
  ) {
    this.subscriptions.push(
      index.onDidChange(() => this.update()),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.collection.delete(doc.uri)),
      // Marks placed on an older version would sit on the wrong words: they wait for the new analysis.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.collection.delete(e.document.uri);
      }),
    );
    this.update();
  }

  /** Marks every open article whose indexed text is the one shown. */
  private update(): void {
    const corpus = this.lookup.corpus;
    this.collection.clear();
    if (!corpus) return;
    for (const doc of vscode.workspace.textDocuments) {
      const at = this.lookup.docOf(doc.uri);
      if (at === undefined || doc.isClosed || corpus.documents[at].length > documentLength(doc)) continue;
      const marks: vscode.Diagnostic[] = [];
      corpus.documents[at].figures.forEach((f) => {
        const others = this.lookup.figureConflicts(doc.uri, f);
        if (!others.length || doc.getText(this.lookup.range(at, f)) !== f.text) return;
        const mark = new vscode.Diagnostic(
          this.lookup.range(at, f),
          others.length === 1
            ? vscode.l10n.t(
                '“{0} {1}” disagrees with “{2} {3}” ({4}).',
                f.text,
                f.counts,
                others[0].figure.text,
                others[0].figure.counts,
                this.where(others[0].ref.doc, others[0].figure.start, others[0].sameArticle),
              )
            : vscode.l10n.t('“{0} {1}” disagrees with {2} other figures.', f.text, f.counts, others.length),
          vscode.DiagnosticSeverity.Information,
        );
        mark.source = 'News Lens';
        mark.code = FIGURES_DIAGNOSTIC_CODE;
        mark.relatedInformation = others.map(
          (o) =>
            new vscode.DiagnosticRelatedInformation(
              new vscode.Location(this.lookup.uriOf(o.ref.doc), this.lookup.range(o.ref.doc, o.figure)),
              `${o.figure.text} ${o.figure.counts}`,
            ),
        );
        marks.push(mark);
      });
      if (marks.length) this.collection.set(doc.uri, marks);
    }
  }

  private where(doc: number, offset: number, sameArticle: boolean): string {
    const line = this.lookup.line(doc, offset);
    return sameArticle
      ? vscode.l10n.t('line {0} of this article', line)
      : vscode.l10n.t('{0}, line {1}', this.lookup.label(doc), line);
  }

  /** The marks of a document, for the tests. */
  marksOf(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
    this.collection.dispose();
  }
}
