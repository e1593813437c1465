// Outline, breadcrumbs and Go to Symbol: the article's claims, grouped by source.
import * as vscode from 'vscode';
import { claimsBySource } from '../core';
import type { DocumentCache } from './documentCache';
import { ARTICLE_SOURCE_KEY, describeClaimKind, shorten, sourceLabel, toRange } from './format';

export class ClaimSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly cache: DocumentCache) {}

  // Outline and breadcrumbs ask on every change; waiting for the debounced analysis keeps typing cheap.
  async provideDocumentSymbols(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const a = await this.cache.settled(doc, token);
    if (!a || token.isCancellationRequested) return undefined;
    return claimsBySource(a).map((group) => {
      const children = group.claims.map((c) => {
        const range = toRange(doc, c.span);
        const name = shorten(c.span.text, 80) || '(empty)';
        const detail = `${c.contestedBy.length ? 'contested · ' : ''}${describeClaimKind(c, a)}`;
        return new vscode.DocumentSymbol(name, detail, c.stance === 'denies' ? vscode.SymbolKind.Event : vscode.SymbolKind.String, range, range);
      });
      // A group spans its claims so that breadcrumbs place the cursor inside it.
      const start = Math.min(...group.claims.map((c) => c.span.start));
      const end = Math.max(...group.claims.map((c) => c.span.end));
      const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
      const first = toRange(doc, group.claims[0].span);
      const count = `${group.claims.length} ${group.claims.length === 1 ? 'claim' : 'claims'}`;
      const kind = group.sourceKey === ARTICLE_SOURCE_KEY ? vscode.SymbolKind.File : vscode.SymbolKind.Object;
      const symbol = new vscode.DocumentSymbol(sourceLabel(group.sourceKey, group.sourceName), count, kind, range, first);
      symbol.children = children;
      return symbol;
    });
  }
}
