// The `newsLens.index.*` settings: whether the workspace's articles are indexed, and how many files
// and megabytes at most.
import * as vscode from 'vscode';

export const INDEX_SECTION = 'newsLens.index';

export const DEFAULT_MAX_FILES = 3000;
export const DEFAULT_MAX_SIZE_MB = 50;

export interface IndexSettings {
  enabled: boolean;
  maxFiles: number;
  /** Bytes read from disk at most. */
  maxBytes: number;
}

export function readIndexSettings(): IndexSettings {
  const c = vscode.workspace.getConfiguration(INDEX_SECTION);
  const number = (key: string, fallback: number) => {
    const value = c.get<unknown>(key);
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    enabled: c.get<unknown>('enabled') !== false,
    maxFiles: Math.floor(number('maxFiles', DEFAULT_MAX_FILES)),
    maxBytes: number('maxSizeMB', DEFAULT_MAX_SIZE_MB) * 1e6,
  };
}
