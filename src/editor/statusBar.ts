// Status bar counts for the active article, and a one-time notice when only part of a document was analysed.
import * as vscode from 'vscode';
import type { Annotations } from '../core/types';
import type { ActiveDocument } from './activeDocument';
import { documentLength, type DocumentCache } from './documentCache';
import { CLAIMS_VIEW_ID } from './claimsTree';
import { formatCount } from './format';

const entities = (n: number) => (n === 1 ? vscode.l10n.t('1 entity') : vscode.l10n.t('{0} entities', formatCount(n)));
const numbers = (n: number) => (n === 1 ? vscode.l10n.t('1 number') : vscode.l10n.t('{0} numbers', formatCount(n)));
const claims = (n: number) => (n === 1 ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', formatCount(n)));
const times = (n: number) =>
  n === 1 ? vscode.l10n.t('1 time expression') : vscode.l10n.t('{0} time expressions', formatCount(n));
const attributions = (n: number) =>
  n === 1 ? vscode.l10n.t('1 attribution') : vscode.l10n.t('{0} attributions', formatCount(n));

export function statusText(a: Annotations): string {
  const counts = [entities(a.canonicalEntities.length), numbers(a.numbers.length), claims(a.claims.length)];
  if (a.truncated) counts.push(vscode.l10n.t('partial'));
  if (a.failures?.length) counts.push(vscode.l10n.t('incomplete'));
  return `News Lens: ${counts.join(' · ')}`;
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
        if (e.annotations?.truncated && !e.preview) this.noticeTruncation(e.document, e.annotations);
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
      vscode.l10n.t(
        'People {0} · organizations {1} · places {2}',
        formatCount(count(a, 'person')),
        formatCount(count(a, 'organization')),
        formatCount(count(a, 'place')),
      ) +
        '  \n' +
        [numbers(a.numbers.length), times(a.times.length), attributions(a.attributions.length), claims(a.claims.length)].join(
          ' · ',
        ),
    );
    if (a.truncated) {
      tip.appendMarkdown(
        '\n\n' +
          vscode.l10n.t(
            'Partial analysis: the first {0} of {1} characters (setting {2}).',
            formatCount(a.length),
            formatCount(documentLength(doc)),
            '`newsLens.maxDocumentLength`',
          ),
      );
    }
    if (a.failures?.length) {
      tip.appendMarkdown(
        '\n\n' +
          vscode.l10n.t(
            'Incomplete analysis: the {0} stage failed, so some marks are missing (details in Output › News Lens).',
            a.failures.map((f) => f.stage).join(', '),
          ),
      );
    }
    tip.appendMarkdown('\n\n' + vscode.l10n.t('Click to show the claims.'));
    this.item.tooltip = tip;
    this.item.show();
  }

  private noticeTruncation(doc: vscode.TextDocument, a: Annotations): void {
    const key = doc.uri.toString();
    if (this.noticed.has(key)) return;
    this.noticed.add(key);
    const name = doc.isUntitled ? doc.uri.path : vscode.workspace.asRelativePath(doc.uri);
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'News Lens analysed only the first {0} of {1} characters of {2} (setting {3}).',
        formatCount(a.length),
        formatCount(documentLength(doc)),
        name,
        'newsLens.maxDocumentLength',
      ),
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
