// Outline, breadcrumbs and Go to Symbol: the article's claims, grouped by source.
import * as vscode from 'vscode';
import { claimsBySource } from '../core/query';
import type { Claim } from '../core/types';
import type { DocumentCache } from './documentCache';
import { ARTICLE_SOURCE_KEY, attributionById, describeClaimKind, formatCount, shorten, sourceLabel, toRange } from './format';

/**
 * Past this many claims the Outline lists only the first of each source, so that it stays quick:
 * breadcrumbs, sticky scroll and the Outline each ask, and every answer crosses to the editor
 * (compressed) as a message of some hundreds of bytes a symbol.
 */
export const MAX_SYMBOL_CLAIMS = 500;
/** Claims listed per source, at least, when the list is cut. */
const MIN_CLAIMS_PER_SOURCE = 20;

/** Documents with more claims than this get their symbols built in slices, each in a task of its own. */
const SLICED_ABOVE = 300;
/** Longest stretch, in milliseconds, of one slice. */
const SLICE_MS = 4;

export class ClaimSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly cache: DocumentCache) {}

  // Outline and breadcrumbs ask on every change; waiting for the debounced analysis keeps typing cheap.
  async provideDocumentSymbols(
    doc: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<vscode.DocumentSymbol[] | undefined> {
    const a = await this.cache.settled(doc, token);
    if (!a || token.isCancellationRequested) return undefined;
    const { version } = doc;
    // A long list is built a slice at a time, starting after the analysis has been drawn.
    const sliced = a.claims.length > SLICED_ABOVE;
    let sliceStart = performance.now();
    /** False when the symbols are no longer wanted. */
    const pause = async (): Promise<boolean> => {
      if (performance.now() - sliceStart < SLICE_MS) return true;
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
      return !token.isCancellationRequested && doc.version === version && !doc.isClosed;
    };
    if (sliced) {
      sliceStart = -Infinity;
      if (!(await pause())) return undefined;
    }
    const groups = claimsBySource(a);
    // Every source keeps its group; a long document lists the first claims of each and says how many more.
    const perGroup =
      a.claims.length > MAX_SYMBOL_CLAIMS
        ? Math.max(MIN_CLAIMS_PER_SOURCE, Math.floor(MAX_SYMBOL_CLAIMS / groups.length))
        : Infinity;
    const details = new Map<string, string>();
    const detailOf = (c: Claim) => {
      const at = attributionById(a, c.attributionId);
      const key = `${c.stance}|${at ? at.direct : 'none'}|${c.contestedBy.length > 0}`;
      let detail = details.get(key);
      if (detail === undefined) {
        const kind = describeClaimKind(c, a);
        details.set(key, (detail = c.contestedBy.length ? vscode.l10n.t('contested · {0}', kind) : kind));
      }
      return detail;
    };
    const symbols: vscode.DocumentSymbol[] = [];
    for (const group of groups) {
      const listed = group.claims.length > perGroup ? group.claims.slice(0, perGroup) : group.claims;
      const children: vscode.DocumentSymbol[] = [];
      for (const c of listed) {
        if (sliced && !(await pause())) return undefined;
        const range = toRange(doc, c.span);
        const name = shorten(c.span.text, 80) || vscode.l10n.t('(empty)');
        children.push(
          new vscode.DocumentSymbol(
            name,
            detailOf(c),
            c.stance === 'denies' ? vscode.SymbolKind.Event : vscode.SymbolKind.String,
            range,
            range,
          ),
        );
      }
      const { start, end } = extent(group.claims);
      if (listed.length < group.claims.length) {
        const rest = group.claims.slice(listed.length);
        const more = rest.length;
        const from = extent(rest);
        const range = toRange(doc, from);
        const name = vscode.l10n.t('… {0} more', formatCount(more));
        const detail =
          more === 1 ? vscode.l10n.t('1 claim not listed') : vscode.l10n.t('{0} claims not listed', formatCount(more));
        children.push(new vscode.DocumentSymbol(name, detail, vscode.SymbolKind.Null, range, toRange(doc, rest[0].span)));
      }
      // A group spans its claims so that breadcrumbs place the cursor inside it.
      const range = toRange(doc, { start, end });
      const first = toRange(doc, group.claims[0].span);
      const n = group.claims.length;
      const count = n === 1 ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', formatCount(n));
      const kind = group.sourceKey === ARTICLE_SOURCE_KEY ? vscode.SymbolKind.File : vscode.SymbolKind.Object;
      const symbol = new vscode.DocumentSymbol(sourceLabel(group.sourceKey, group.sourceName), count, kind, range, first);
      symbol.children = children;
      symbols.push(symbol);
    }
    return symbols;
  }
}

/** From the earliest start to the latest end of the claims (a loop: spreading thousands of arguments overflows the stack). */
function extent(claims: readonly Claim[]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const c of claims) {
    if (c.span.start < start) start = c.span.start;
    if (c.span.end > end) end = c.span.end;
  }
  return { start, end };
}
