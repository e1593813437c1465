// Draws the marks: one decoration type per category, on every visible editor of an annotated document.
import * as vscode from 'vscode';
import type { Annotations, Span } from '../core';
import { CATEGORIES, type Category, type Config } from './config';
import type { DocumentCache } from './documentCache';

function color(id: string): vscode.ThemeColor {
  return new vscode.ThemeColor(`newsLens.${id}`);
}

const STYLES: Record<Category, vscode.DecorationRenderOptions> = {
  person: { backgroundColor: color('personBackground'), borderRadius: '2px' },
  organization: { backgroundColor: color('organizationBackground'), borderRadius: '2px' },
  place: { backgroundColor: color('placeBackground'), borderRadius: '2px' },
  number: { borderColor: color('numberBorder'), borderStyle: 'solid', borderWidth: '0 0 2px 0' },
  time: { borderColor: color('timeBorder'), borderStyle: 'dotted', borderWidth: '0 0 2px 0' },
  cue: { color: color('cueForeground'), fontWeight: 'bold' },
  source: { outlineColor: color('sourceBorder'), outlineStyle: 'solid', outlineWidth: '1px' },
  quote: { backgroundColor: color('quoteBackground'), fontStyle: 'italic' },
  reported: { backgroundColor: color('reportedBackground') },
};

/** The spans of each category, as offsets into the analysed text. */
export function spansByCategory(a: Annotations): Record<Category, Span[]> {
  const spans = Object.fromEntries(CATEGORIES.map((c) => [c, [] as Span[]])) as Record<Category, Span[]>;
  for (const m of a.entities) spans[m.type].push(m);
  for (const m of a.descriptions ?? []) spans[m.type].push(m);
  spans.number.push(...a.numbers);
  spans.time.push(...a.times);
  for (const at of a.attributions) {
    spans.cue.push(at.cue);
    if (at.source) spans.source.push(at.source);
    spans[at.direct ? 'quote' : 'reported'].push(...at.content);
  }
  for (const c of CATEGORIES) spans[c].sort((x, y) => x.start - y.start);
  return spans;
}

interface Painted {
  annotations: Annotations;
  version: number;
  shown: Record<Category, boolean>;
  ranges: Record<Category, vscode.Range[]>;
}

export class DecorationPainter implements vscode.Disposable {
  private readonly types: Record<Category, vscode.TextEditorDecorationType>;
  private readonly painted = new WeakMap<vscode.TextEditor, Painted>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly cache: DocumentCache,
    private readonly config: Config,
  ) {
    this.types = Object.fromEntries(
      CATEGORIES.map((c) => [c, vscode.window.createTextEditorDecorationType({ ...STYLES[c], rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed })]),
    ) as Record<Category, vscode.TextEditorDecorationType>;
    this.subscriptions.push(
      cache.onDidChange((e) => {
        for (const editor of vscode.window.visibleTextEditors) {
          if (editor.document.uri.toString() !== e.document.uri.toString()) continue;
          if (e.annotations === undefined) this.clear(editor);
          // A newer version is already waiting for its analysis: keep the current marks until it lands.
          else if (editor.document.version === e.version) this.paint(editor, e.annotations, e.version);
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.paintAll(editors, false)),
      // A toggle is asked for: show it now, analysing an edited document early if needed.
      config.onDidChange((c) => {
        if (c.categories) this.paintAll(vscode.window.visibleTextEditors, true);
      }),
    );
    this.paintAll(vscode.window.visibleTextEditors, false);
  }

  /** The ranges last drawn for a category in an editor (empty when hidden or not annotated). */
  rangesOf(editor: vscode.TextEditor, category: Category): readonly vscode.Range[] {
    return this.painted.get(editor)?.ranges[category] ?? [];
  }

  private paintAll(editors: readonly vscode.TextEditor[], analyseEdited: boolean): void {
    for (const editor of editors) {
      const doc = editor.document;
      if (!this.cache.isAnnotated(doc)) {
        if (this.painted.has(editor)) this.clear(editor);
        continue;
      }
      // Mid-typing (a newer version is pending) keep what is drawn; the debounced analysis redraws.
      const annotations = this.painted.has(editor) && !analyseEdited ? this.cache.peek(doc) : this.cache.get(doc);
      if (annotations) this.paint(editor, annotations, doc.version);
    }
  }

  private paint(editor: vscode.TextEditor, annotations: Annotations, version: number): void {
    const shown = this.config.current.categories;
    const before = this.painted.get(editor);
    if (before && before.annotations === annotations && CATEGORIES.every((c) => before.shown[c] === shown[c])) return;
    const doc = editor.document;
    const spans = spansByCategory(annotations);
    const ranges = {} as Record<Category, vscode.Range[]>;
    for (const c of CATEGORIES) {
      ranges[c] = shown[c] ? spans[c].map((s) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end))) : [];
      editor.setDecorations(this.types[c], ranges[c]);
    }
    this.painted.set(editor, { annotations, version, shown: { ...shown }, ranges });
  }

  private clear(editor: vscode.TextEditor): void {
    for (const c of CATEGORIES) editor.setDecorations(this.types[c], []);
    this.painted.delete(editor);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    for (const c of CATEGORIES) this.types[c].dispose();
  }
}
