// The annotated document the sidebar and status bar describe, and the `newsLens.active` context key.
import * as vscode from 'vscode';
import type { Annotations } from '../core/types';
import type { DocumentCache } from './documentCache';

export const ACTIVE_CONTEXT_KEY = 'newsLens.active';

export class ActiveDocument implements vscode.Disposable {
  private current: vscode.TextDocument | undefined;
  private contextValue: boolean | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** Fires when another document becomes the active one, or the active one gets new annotations. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly cache: DocumentCache) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update(false)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.update(false)),
      vscode.workspace.onDidOpenTextDocument(() => this.update(false)),
      // Marks of a visible part (preview) are for the painter; the views wait for the whole analysis.
      cache.onDidChange((e) => {
        if (!e.preview) this.update(this.current !== undefined && e.document.uri.toString() === this.current.uri.toString());
      }),
    );
    this.update(false);
  }

  /** The annotated document of the active editor (kept while focus is outside the editors but it stays visible). */
  get document(): vscode.TextDocument | undefined {
    return this.current;
  }

  /**
   * The active document's newest annotations. While edits wait for their analysis these describe
   * the previous version, so that a visible view does not analyse every keystroke.
   */
  annotations(): Annotations | undefined {
    return this.current ? this.cache.latest(this.current) : undefined;
  }

  private update(annotationsChanged: boolean): void {
    const editor = vscode.window.activeTextEditor;
    let next: vscode.TextDocument | undefined;
    if (editor) {
      next = this.cache.isAnnotated(editor.document) && !editor.document.isClosed ? editor.document : undefined;
    } else if (
      this.current &&
      !this.current.isClosed &&
      vscode.window.visibleTextEditors.some((e) => e.document === this.current)
    ) {
      next = this.current;
    }
    const switched = next !== this.current;
    this.current = next;
    const active = next !== undefined;
    if (active !== this.contextValue) {
      this.contextValue = active;
      void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT_KEY, active);
    }
    if (switched || annotationsChanged) this.changed.fire();
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.changed.dispose();
  }
}
