// What the reader adds to the engine's general knowledge: entities (with their type and aliases)
// and reporting verbs, from the setting `newsLens.knowledge` and from a `.newslens.json` file at
// the root of each workspace folder. A workspace file wins over the setting for an entity of the
// same name. Both are watched and re-read without a reload; bad entries are skipped with a warning
// that says where they are and what is wrong, and the good ones still apply.
import * as vscode from 'vscode';
import type { EntityType, Knowledge, KnownEntity } from '../core/types';

export const KNOWLEDGE_FILE = '.newslens.json';
export const KNOWLEDGE_SETTING = 'newsLens.knowledge';

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];
const ENTITY_FIELDS = new Set(['name', 'type', 'aliases']);
const TOP_FIELDS = new Set(['$schema', 'entities', 'reportingVerbs']);
/** One word or a few, of letters with inner hyphens or apostrophes ("opine", "point out"). */
const VERB = /^\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,3}$/u;
const MAX_NAME_LENGTH = 200;

/** Knowledge with both lists present. */
export interface FullKnowledge extends Knowledge {
  entities: KnownEntity[];
  reportingVerbs: string[];
}

export interface ParsedKnowledge {
  knowledge: FullKnowledge;
  /** One line per problem, each starting with where it is (`entities[2]`, `reportingVerbs[0]`). */
  problems: string[];
}

const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/** Reads one layer of knowledge (a parsed file or the setting's value), skipping bad entries. */
export function parseKnowledge(value: unknown): ParsedKnowledge {
  const knowledge: FullKnowledge = { entities: [], reportingVerbs: [] };
  const problems: string[] = [];
  if (value === undefined || value === null) return { knowledge, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push(
      vscode.l10n.t('expected an object with "entities" and "reportingVerbs", got {0}; nothing was read', show(value)),
    );
    return { knowledge, problems };
  }
  const top = value as Record<string, unknown>;
  for (const key of Object.keys(top)) {
    if (!TOP_FIELDS.has(key))
      problems.push(vscode.l10n.t('unknown field {0} ignored (expected "entities" or "reportingVerbs")', show(key)));
  }

  if (top.entities !== undefined) {
    if (!Array.isArray(top.entities)) {
      problems.push(
        vscode.l10n.t(
          '"entities" must be a list of {0} objects, got {1}; no entities were read',
          '{"name", "type", "aliases"}',
          show(top.entities),
        ),
      );
    } else {
      top.entities.forEach((entry, i) => {
        const entity = parseEntity(entry, `entities[${i}]`, problems);
        if (entity) knowledge.entities.push(entity);
      });
    }
  }

  if (top.reportingVerbs !== undefined) {
    if (!Array.isArray(top.reportingVerbs)) {
      problems.push(
        vscode.l10n.t('"reportingVerbs" must be a list of words, got {0}; no verbs were read', show(top.reportingVerbs)),
      );
    } else {
      const seen = new Set<string>();
      top.reportingVerbs.forEach((verb, i) => {
        const v = typeof verb === 'string' ? verb.trim().replace(/\s+/g, ' ') : verb;
        if (typeof v !== 'string' || !VERB.test(v)) {
          problems.push(
            vscode.l10n.t(
              '{0} skipped: must be a word such as "opine" (letters, hyphens, apostrophes), got {1}',
              `reportingVerbs[${i}]`,
              show(verb),
            ),
          );
          return;
        }
        const lower = v.toLowerCase();
        if (!seen.has(lower)) {
          seen.add(lower);
          knowledge.reportingVerbs.push(lower);
        }
      });
    }
  }
  return { knowledge, problems };
}

function parseEntity(entry: unknown, where: string, problems: string[]): KnownEntity | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    problems.push(
      vscode.l10n.t(
        '{0} skipped: must be an object such as {1}, got {2}',
        where,
        '{"name": "Jane Doe", "type": "person"}',
        show(entry),
      ),
    );
    return undefined;
  }
  const e = entry as Record<string, unknown>;
  const name = typeof e.name === 'string' ? e.name.trim().replace(/\s+/g, ' ') : '';
  const label = name ? `${where} (${show(name)})` : where;
  const reasons: string[] = [];
  if (typeof e.name !== 'string' || name === '') {
    reasons.push(
      e.name === undefined
        ? vscode.l10n.t('"name" must be a non-empty string and is missing')
        : vscode.l10n.t('"name" must be a non-empty string, got {0}', show(e.name)),
    );
  } else if (name.length > MAX_NAME_LENGTH) {
    reasons.push(vscode.l10n.t('"name" is longer than {0} characters', MAX_NAME_LENGTH));
  }
  const type = typeof e.type === 'string' ? e.type.trim().toLowerCase() : e.type;
  if (!ENTITY_TYPES.includes(type as EntityType)) {
    reasons.push(
      e.type === undefined
        ? vscode.l10n.t('"type" must be "person", "organization" or "place" and is missing')
        : vscode.l10n.t('"type" must be "person", "organization" or "place", got {0}', show(e.type)),
    );
  }
  const aliases: string[] = [];
  if (e.aliases !== undefined) {
    if (!Array.isArray(e.aliases)) {
      reasons.push(vscode.l10n.t('"aliases" must be a list of names, got {0}', show(e.aliases)));
    } else {
      e.aliases.forEach((alias, j) => {
        const a = typeof alias === 'string' ? alias.trim().replace(/\s+/g, ' ') : '';
        if (a === '' || a.length > MAX_NAME_LENGTH)
          reasons.push(vscode.l10n.t('{0} must be a non-empty name, got {1}', `"aliases"[${j}]`, show(alias)));
        else if (a !== name && !aliases.includes(a)) aliases.push(a);
      });
    }
  }
  if (reasons.length) {
    problems.push(vscode.l10n.t('{0} skipped: {1}', label, reasons.join('; ')));
    return undefined;
  }
  for (const key of Object.keys(e)) {
    if (!ENTITY_FIELDS.has(key))
      problems.push(vscode.l10n.t('{0}: unknown field {1} ignored (expected "name", "type" or "aliases")', label, show(key)));
  }
  return aliases.length ? { name, type: type as EntityType, aliases } : { name, type: type as EntityType };
}

const entityKey = (name: string) => name.toLowerCase();

/**
 * Combines layers, weakest first: an entity of the same name (ignoring case) in a later layer
 * replaces the earlier one; reporting verbs are the union. Stronger layers' entities come first.
 */
export function mergeKnowledge(layers: readonly FullKnowledge[]): FullKnowledge {
  const byName = new Map<string, KnownEntity>();
  const verbs = new Set<string>();
  for (let i = layers.length - 1; i >= 0; i--) {
    for (const e of layers[i].entities) if (!byName.has(entityKey(e.name))) byName.set(entityKey(e.name), e);
  }
  for (const layer of layers) for (const v of layer.reportingVerbs) verbs.add(v);
  return { entities: [...byName.values()], reportingVerbs: [...verbs] };
}

/** A file's text as knowledge, or why it cannot be read. */
export function parseKnowledgeText(text: string): ParsedKnowledge {
  let value: unknown;
  try {
    value = text.trim() === '' ? {} : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return {
      knowledge: { entities: [], reportingVerbs: [] },
      problems: [vscode.l10n.t('not valid JSON ({0}); nothing was read', (e as Error).message)],
    };
  }
  return parseKnowledge(value);
}

function describe(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.toString(true);
}

/** The reader's knowledge from the setting and the workspace files, kept current. */
export class UserKnowledge implements vscode.Disposable {
  private value: FullKnowledge = { entities: [], reportingVerbs: [] };
  private problemLines: string[] = [];
  private shownProblems = '';
  private generation = 0;
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private watchers: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<FullKnowledge>();
  /** Fires when the combined knowledge changes (not when a file is rewritten with the same content). */
  readonly onDidChange = this.changed.event;
  /** Settles once the setting and the workspace files have been read for the first time. */
  readonly ready: Promise<void>;

  constructor() {
    this.watchFolders();
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(KNOWLEDGE_SETTING)) this.scheduleReload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.watchFolders();
        this.scheduleReload();
      }),
    );
    this.ready = this.reload();
  }

  /** The knowledge to pass to the engine now. */
  current(): FullKnowledge {
    return this.value;
  }

  /** Problems found in the last read, each naming the file or setting, the entry and the reason. */
  problems(): readonly string[] {
    return this.problemLines;
  }

  /** Reads the setting and every workspace file again; resolves when done (or overtaken by a newer read). */
  async reload(): Promise<void> {
    const generation = ++this.generation;
    const problems: string[] = [];
    const setting = parseKnowledge(vscode.workspace.getConfiguration().get<unknown>(KNOWLEDGE_SETTING));
    for (const p of setting.problems) problems.push(vscode.l10n.t('Setting {0}: {1}', KNOWLEDGE_SETTING, p));
    const folders = vscode.workspace.workspaceFolders ?? [];
    const files = await Promise.all(folders.map((f) => this.readFile(vscode.Uri.joinPath(f.uri, KNOWLEDGE_FILE))));
    if (generation !== this.generation) return;
    const layers = [setting.knowledge];
    // The first folder wins over later ones, as the workspace files win over the setting.
    for (let i = files.length - 1; i >= 0; i--) {
      const file = files[i];
      if (!file) continue;
      layers.push(file.parsed.knowledge);
      for (const p of file.parsed.problems) problems.push(`${describe(file.uri)}: ${p}`);
    }
    const next = mergeKnowledge(layers);
    this.problemLines = problems;
    this.reportProblems(files.find((f) => f && f.parsed.problems.length)?.uri);
    if (JSON.stringify(next) === JSON.stringify(this.value)) return;
    this.value = next;
    this.changed.fire(next);
  }

  private async readFile(uri: vscode.Uri): Promise<{ uri: vscode.Uri; parsed: ParsedKnowledge } | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return undefined; // No file (or no access): nothing to add.
    }
    return { uri, parsed: parseKnowledgeText(new TextDecoder().decode(bytes)) };
  }

  private watchFolders(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = (vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, KNOWLEDGE_FILE));
      const reload = () => this.scheduleReload();
      return vscode.Disposable.from(
        watcher,
        watcher.onDidCreate(reload),
        watcher.onDidChange(reload),
        watcher.onDidDelete(reload),
      );
    });
  }

  /** Editors save in bursts (truncate, write); one read after they settle. */
  private scheduleReload(): void {
    if (this.pendingTimer) clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => {
      this.pendingTimer = undefined;
      void this.reload();
    }, 50);
  }

  /** Shows the problems once each time they change. */
  private reportProblems(file: vscode.Uri | undefined): void {
    const key = this.problemLines.join('\n');
    if (key === this.shownProblems) return;
    this.shownProblems = key;
    if (!key) return;
    const count = this.problemLines.length;
    const shown = this.problemLines.slice(0, 3).join(' | ');
    const message =
      count > 3
        ? vscode.l10n.t('News Lens knowledge: {0} (and {1} more)', shown, count - 3)
        : vscode.l10n.t('News Lens knowledge: {0}', shown);
    const open = file ? vscode.l10n.t('Open File') : vscode.l10n.t('Open Settings');
    void vscode.window.showWarningMessage(message, open).then((choice) => {
      if (choice !== open) return;
      if (file) void vscode.window.showTextDocument(file);
      else void vscode.commands.executeCommand('workbench.action.openSettings', KNOWLEDGE_SETTING);
    });
  }

  dispose(): void {
    if (this.pendingTimer) clearTimeout(this.pendingTimer);
    this.generation++;
    for (const w of this.watchers) w.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
