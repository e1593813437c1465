// The page of the side-by-side view: one column per article, rows for the figures each gives (those
// that disagree marked), the sources each quotes with their claims (whether the other articles carry
// them), the claims one denies of another, and whom each names. Theme colours only; every link is a
// button, and the arrow keys move between the cells.
import * as vscode from 'vscode';
import type { Comparison, Corpus, ItemRef } from '../core/corpus';
import type { CorpusLookup } from './corpusLookup';
import { entityTypeName, formatCount, shorten, stancePhrase, unquote } from './format';

/** Most entity rows shown; the rest are counted. */
const ENTITY_ROWS = 40;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface PageContext {
  corpus: Corpus;
  lookup: CorpusLookup;
  comparison: Comparison;
  nonce: string;
  cspSource: string;
}

/** The whole page for a comparison. */
export function sideBySidePage(context: PageContext): string {
  return new PageWriter(context).page();
}

/** Writes the page's parts: every link a button that names its column and its span. */
class PageWriter {
  private readonly column: Map<number, number>;
  private readonly c: Comparison;
  private readonly corpus: Corpus;
  private readonly lookup: CorpusLookup;

  constructor(private readonly context: PageContext) {
    this.c = context.comparison;
    this.corpus = context.corpus;
    this.lookup = context.lookup;
    this.column = new Map(this.c.documents.map((doc, k) => [doc, k]));
  }

  page(): string {
    const { nonce, cspSource } = this.context;
    const title = vscode.l10n.t('{0} articles side by side', formatCount(this.c.documents.length));
    const hidden = this.c.entities.length - ENTITY_ROWS;
    const moreEntities =
      hidden > 0 ? `<p class="empty">${escapeHtml(vscode.l10n.t('and {0} more', formatCount(hidden)))}</p>` : '';
    const contested = this.contested();
    return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource}; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${this.table('figures', vscode.l10n.t('Figures'), this.figureRows(), vscode.l10n.t('No figure counts the same thing in two of these articles.'))}
${this.table('quoted', vscode.l10n.t('Who is quoted where'), this.sourceRows(), vscode.l10n.t('None of these articles quotes anyone.'))}
<section aria-labelledby="contested"><h2 id="contested">${escapeHtml(vscode.l10n.t('Claims one article denies of another'))}</h2>${
      contested.length
        ? `<ul class="pairs">${contested.join('')}</ul>`
        : `<p class="empty">${escapeHtml(vscode.l10n.t('None.'))}</p>`
    }</section>
${this.table('named', vscode.l10n.t('Who is named where (mentions)'), this.entityRows(), vscode.l10n.t('These articles name no one.'))}${moreEntities}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
  }

  private open(doc: number, start: number, end: number, label: string, extra = ''): string {
    return `<button type="button" class="link${extra}" data-column="${this.column.get(doc)}" data-start="${start}" data-end="${end}">${label}</button>`;
  }

  private table(id: string, title: string, rows: string[], empty: string): string {
    const head = `<tr><th scope="col"></th>${this.c.documents
      .map((doc) => `<th scope="col">${this.open(doc, 0, 0, escapeHtml(this.lookup.label(doc)), ' article')}</th>`)
      .join('')}</tr>`;
    return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>${
      rows.length
        ? `<table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`
        : `<p class="empty">${escapeHtml(empty)}</p>`
    }</section>`;
  }

  /** A cell's list, or a dash for none. */
  private static cell(items: string[]): string {
    return `<td>${items.length ? `<ul>${items.join('')}</ul>` : '<span class="none">—</span>'}</td>`;
  }

  private figureRows(): string[] {
    return this.c.figures.map((row) => {
      const cells = row.cells.map((items, k) => {
        const doc = this.c.documents[k];
        const figures = items.map((item) => {
          const f = this.corpus.documents[doc].figures[item];
          const others = row.disagreements
            .filter(([a, b]) => (a.doc === doc && a.item === item) || (b.doc === doc && b.item === item))
            .map(([a, b]) => describeFigure(this.corpus, this.lookup, a.doc === doc && a.item === item ? b : a));
          const mark = others.length
            ? ` <span class="disagree" title="${escapeHtml(vscode.l10n.t('Disagrees with {0}', others.join('; ')))}">≠</span>`
            : '';
          return `<li>${this.open(doc, f.start, f.end, escapeHtml(f.text))}${mark}</li>`;
        });
        return PageWriter.cell(figures);
      });
      const rowClass = row.disagreements.length ? ' class="disagreeing"' : '';
      return `<tr${rowClass}><th scope="row">${escapeHtml(row.counts)}</th>${cells.join('')}</tr>`;
    });
  }

  private sourceRows(): string[] {
    const names = (columns: number[]) => columns.map((other) => this.lookup.label(this.c.documents[other])).join(', ');
    return this.c.sources.map((row) => {
      const cells = row.cells.map((claims, k) => {
        const doc = this.c.documents[k];
        const items = claims.map(({ item, carriedBy, otherFiguresIn }) => {
          const claim = this.corpus.documents[doc].claims[item];
          const stance =
            claim.stance === 'asserts' ? '' : `<span class="stance">${escapeHtml(stancePhrase(claim.stance))}</span> `;
          const elsewhere = [
            ...(carriedBy.length ? [vscode.l10n.t('also in {0}', names(carriedBy))] : []),
            ...(otherFiguresIn.length ? [vscode.l10n.t('with other figures in {0}', names(otherFiguresIn))] : []),
          ];
          const carried = elsewhere.length ? elsewhere.join('; ') : vscode.l10n.t('only here');
          const text = `“${escapeHtml(shorten(unquote(claim.span.text), 120))}”`;
          return `<li>${stance}${this.open(doc, claim.span.start, claim.span.end, text)} <span class="carried${elsewhere.length ? '' : ' only'}">${escapeHtml(carried)}</span></li>`;
        });
        return PageWriter.cell(items);
      });
      return `<tr><th scope="row">${escapeHtml(row.name)}</th>${cells.join('')}</tr>`;
    });
  }

  private contested(): string[] {
    return this.c.contested.map(({ claim, denial }) => {
      const [a, d] = [claim, denial].map((r) => this.corpus.documents[r.doc].claims[r.item]);
      const said = `${escapeHtml(a.sourceName)}: “${escapeHtml(shorten(unquote(a.span.text), 100))}”`;
      const denies = escapeHtml(vscode.l10n.t('{0} denies it', d.sourceName));
      return `<li>${this.open(claim.doc, a.span.start, a.span.end, said)} (${escapeHtml(this.lookup.label(claim.doc))}) — ${this.open(
        denial.doc,
        d.span.start,
        d.span.end,
        denies,
      )} (${escapeHtml(this.lookup.label(denial.doc))})</li>`;
    });
  }

  private entityRows(): string[] {
    return this.c.entities.slice(0, ENTITY_ROWS).map((row) => {
      const e = this.corpus.entities[row.id];
      const cells = row.cells.map((n, k) => {
        const doc = this.c.documents[k];
        const d = e.documents.find((x) => x.doc === doc);
        const first = d && this.corpus.documents[doc].entities[d.entity]?.first;
        return `<td>${n && first ? this.open(doc, first.start, first.end, escapeHtml(formatCount(n))) : '<span class="none">—</span>'}</td>`;
      });
      return `<tr><th scope="row">${escapeHtml(row.name)} <span class="type">${escapeHtml(entityTypeName(row.type))}</span></th>${cells.join('')}</tr>`;
    });
  }
}

/** "90 homes (wire.news, line 5)". */
function describeFigure(corpus: Corpus, lookup: CorpusLookup, r: ItemRef): string {
  const f = corpus.documents[r.doc].figures[r.item];
  return `${f.text} ${f.counts} (${vscode.l10n.t('{0}, line {1}', lookup.label(r.doc), lookup.line(r.doc, f.start))})`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 24px; }
h1 { font-size: 1.3em; font-weight: 600; margin: 16px 0 8px; }
h2 { font-size: 1.05em; font-weight: 600; margin: 20px 0 6px; color: var(--vscode-foreground); }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid var(--vscode-panel-border, var(--vscode-editorWidget-border)); padding: 4px 8px; vertical-align: top; text-align: left; }
thead th { background: var(--vscode-sideBarSectionHeader-background, transparent); }
tbody th { font-weight: 600; width: 18%; }
tr.disagreeing th { border-left: 3px solid var(--vscode-editorInfo-foreground); }
ul { margin: 0; padding-left: 1.1em; }
li { margin: 2px 0; }
button.link { background: none; border: none; padding: 0; margin: 0; font: inherit; color: var(--vscode-textLink-foreground); cursor: pointer; text-align: left; }
button.link:hover { text-decoration: underline; color: var(--vscode-textLink-activeForeground); }
button.link:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
button.article { font-weight: 600; }
.disagree { color: var(--vscode-editorInfo-foreground); font-weight: 700; cursor: help; }
.carried { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
.carried.only { color: var(--vscode-editorInfo-foreground); }
.stance { color: var(--vscode-errorForeground); font-size: 0.9em; }
.type, .none, .empty { color: var(--vscode-descriptionForeground); }
.type { font-weight: normal; font-size: 0.9em; }
`;

// Clicks and Enter open the article at the place; the arrow keys move to the next cell's first link.
const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const button = event.target.closest('button.link');
  if (!button) return;
  vscode.postMessage({ type: 'open', column: Number(button.dataset.column), start: Number(button.dataset.start), end: Number(button.dataset.end) });
});
const moves = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };
document.addEventListener('keydown', (event) => {
  const move = moves[event.key];
  const button = event.target.closest && event.target.closest('button.link');
  const cell = button && button.closest('td, th');
  if (!move || !cell) return;
  const list = button.closest('ul');
  const siblings = list ? [...list.querySelectorAll('button.link')] : [button];
  const at = siblings.indexOf(button);
  if (move[0] && siblings[at + move[0]]) { siblings[at + move[0]].focus(); event.preventDefault(); return; }
  const table = cell.closest('table');
  const rows = [...table.rows];
  let row = cell.parentElement.rowIndex;
  let col = cell.cellIndex;
  for (let step = 0; step < 50; step++) {
    row += move[0];
    col += move[1];
    const target = rows[row] && rows[row].cells[col];
    if (!target) return;
    const next = target.querySelector('button.link');
    if (next) { next.focus(); event.preventDefault(); return; }
  }
});
`;
