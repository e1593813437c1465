// The `newsLens.*` settings, typed once. Features read `config.current` and listen to `onDidChange`.
import * as vscode from 'vscode';

export const SECTION = 'newsLens';

/** The kinds of marks drawn in the editor, in the order they are listed to people. */
export const CATEGORIES = ['person', 'organization', 'place', 'number', 'time', 'cue', 'source', 'quote', 'reported'] as const;
export type Category = (typeof CATEGORIES)[number];

/** How a category is named to people ("Reporting cues"). */
export function categoryLabel(category: Category): string {
  switch (category) {
    case 'person':
      return vscode.l10n.t('People');
    case 'organization':
      return vscode.l10n.t('Organizations');
    case 'place':
      return vscode.l10n.t('Places');
    case 'number':
      return vscode.l10n.t('Numbers');
    case 'time':
      return vscode.l10n.t('Time expressions');
    case 'cue':
      return vscode.l10n.t('Reporting cues');
    case 'source':
      return vscode.l10n.t('Sources');
    case 'quote':
      return vscode.l10n.t('Quoted content (direct)');
    case 'reported':
      return vscode.l10n.t('Reported content (indirect)');
  }
}

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

export interface NewsLensConfig {
  /** Extra glob patterns of documents to open in the news language. */
  filePatterns: string[];
  /** Analyse at most this many UTF-16 code units of a document. */
  maxDocumentLength: number;
  /** Delay after the last edit before the document is analysed again. */
  debounceMs: number;
  /** Which categories are drawn. */
  categories: Record<Category, boolean>;
}

export const DEFAULT_MAX_DOCUMENT_LENGTH = 1_000_000;
export const DEFAULT_DEBOUNCE_MS = 300;

function readConfig(): NewsLensConfig {
  const c = vscode.workspace.getConfiguration(SECTION);
  const patterns = c.get<unknown>('filePatterns');
  const maxLength = c.get<unknown>('maxDocumentLength');
  const debounce = c.get<unknown>('debounceMs');
  const shown = c.get<Record<string, unknown>>('categories') ?? {};
  const categories = {} as Record<Category, boolean>;
  for (const k of CATEGORIES) categories[k] = shown[k] !== false;
  return {
    filePatterns: Array.isArray(patterns) ? patterns.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [],
    maxDocumentLength: positiveNumber(maxLength, DEFAULT_MAX_DOCUMENT_LENGTH, 1),
    debounceMs: positiveNumber(debounce, DEFAULT_DEBOUNCE_MS, 0),
    categories,
  };
}

function positiveNumber(value: unknown, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? Math.floor(value) : fallback;
}

/** Which settings changed in one configuration event. */
export interface ConfigChange {
  filePatterns: boolean;
  maxDocumentLength: boolean;
  debounceMs: boolean;
  categories: boolean;
}

export class Config implements vscode.Disposable {
  private value = readConfig();
  /** Category writes not yet settled: their configuration events may carry an older value. */
  private pendingWrites = 0;
  private readonly changed = new vscode.EventEmitter<ConfigChange>();
  readonly onDidChange = this.changed.event;
  private readonly listener: vscode.Disposable;

  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      this.reread({
        filePatterns: e.affectsConfiguration(`${SECTION}.filePatterns`),
        maxDocumentLength: e.affectsConfiguration(`${SECTION}.maxDocumentLength`),
        debounceMs: e.affectsConfiguration(`${SECTION}.debounceMs`),
        categories: e.affectsConfiguration(`${SECTION}.categories`),
      });
    });
  }

  get current(): NewsLensConfig {
    return this.value;
  }

  private reread(change: ConfigChange): void {
    const next = readConfig();
    // While toggles are being written the in-memory categories are the newest; keep them.
    if (this.pendingWrites > 0) next.categories = this.value.categories;
    if (change.categories && CATEGORIES.every((k) => next.categories[k] === this.value.categories[k])) change.categories = false;
    this.value = next;
    if (change.filePatterns || change.maxDocumentLength || change.debounceMs || change.categories) this.changed.fire(change);
  }

  /**
   * Shows or hides a category at once, then remembers it in the settings (the workspace's if it
   * sets them, else the user's).
   */
  async setCategoryVisible(category: Category, visible: boolean): Promise<void> {
    if (this.value.categories[category] === visible) return;
    const categories = { ...this.value.categories, [category]: visible };
    this.value = { ...this.value, categories };
    this.changed.fire({ filePatterns: false, maxDocumentLength: false, debounceMs: false, categories: true });
    const c = vscode.workspace.getConfiguration(SECTION);
    const where = c.inspect('categories');
    const target = where?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    this.pendingWrites++;
    try {
      await c.update('categories', categories, target);
    } finally {
      this.pendingWrites--;
      if (this.pendingWrites === 0)
        this.reread({ filePatterns: false, maxDocumentLength: false, debounceMs: false, categories: true });
    }
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
