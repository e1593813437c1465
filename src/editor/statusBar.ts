// Status bar counts for the active article, and a one-time notice when only part of a document was analysed.
import * as vscode from 'vscode';
import type { Annotations } from '../core';
import type { ActiveDocument } from './activeDocument';
import type { DocumentCache } from './documentCache';
import { CLAIMS_VIEW_ID } from './claimsTree';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function statusText(a: Annotations): string {
  const counts = [plural(a.canonicalEntities.length, 'entity', 'entities'), plural(a.numbers.length, 'number', 'numbers'), plural(a.claims.length, 'claim', 'claims')];
  return `News Lens: ${counts.join(' · ')}${a.truncated ? ' · partial' : ''}`;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsLens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly noticed = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly active: ActiveDocument,
    cache: DocumentCache,
  ) {
    this.item.name = 'News Lens';
    this.item.command = `${CLAIMS_VIEW_ID}.focus`;
    this.subscriptions.push(
      active.onDidChange(() => this.update()),
      cache.onDidChange((e) => {
        if (e.annotations?.truncated) this.noticeTruncation(e.document, e.annotations);
      }),
    );
    this.update();
  }

  get text(): string {
    return this.item.text;
  }

  private update(): void {
    const a = this.active.annotations();
    const doc = this.active.document;
    if (!a || !doc) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(a);
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown(
      `People ${count(a, 'person')} · organizations ${count(a, 'organization')} · places ${count(a, 'place')}  \n` +
        `${plural(a.numbers.length, 'number', 'numbers')} · ${plural(a.times.length, 'time expression', 'time expressions')} · ` +
        `${plural(a.attributions.length, 'attribution', 'attributions')} · ${plural(a.claims.length, 'claim', 'claims')}`,
    );
    if (a.truncated) {
      tip.appendMarkdown(`\n\nPartial analysis: the first ${a.length.toLocaleString('en-US')} of ${doc.getText().length.toLocaleString('en-US')} characters (setting \`newsLens.maxDocumentLength\`).`);
    }
    tip.appendMarkdown('\n\nClick to show the claims.');
    this.item.tooltip = tip;
    this.item.show();
  }

  private noticeTruncation(doc: vscode.TextDocument, a: Annotations): void {
    const key = doc.uri.toString();
    if (this.noticed.has(key)) return;
    this.noticed.add(key);
    const name = doc.isUntitled ? doc.uri.path : vscode.workspace.asRelativePath(doc.uri);
    void vscode.window.showInformationMessage(
      `News Lens analysed only the first ${a.length.toLocaleString('en-US')} of ${doc.getText().length.toLocaleString('en-US')} characters of ${name} (setting newsLens.maxDocumentLength).`,
    );
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.item.dispose();
  }
}

function count(a: Annotations, type: 'person' | 'organization' | 'place'): number {
  return a.canonicalEntities.filter((e) => e.type === type).length;
}
