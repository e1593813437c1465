// The News Lens output channel: what went wrong, where a person can read it (Output › News Lens),
// instead of the developer console. The last lines are also kept for the extension's API.
import * as vscode from 'vscode';
import type { StageFailure } from '../core/types';

const KEPT_LINES = 200;

export class Log implements vscode.Disposable {
  private channel: vscode.LogOutputChannel | undefined;
  private readonly lines: string[] = [];

  /** The channel is made on first use, so that activation stays cheap. */
  private get output(): vscode.LogOutputChannel {
    this.channel ??= vscode.window.createOutputChannel('News Lens', { log: true });
    return this.channel;
  }

  error(message: string, error?: unknown): void {
    const detail = error === undefined ? '' : `\n${describe(error)}`;
    this.keep(`error ${message}${detail}`);
    this.output.error(`${message}${detail}`);
  }

  /** Stages that failed on a document: its findings are incomplete, and here is why. */
  stageFailures(document: vscode.Uri, version: number, failures: readonly StageFailure[]): void {
    for (const f of failures)
      this.error(`the ${f.stage} stage failed on ${document.toString(true)} (version ${version})`, f.message);
  }

  /** The last lines written, oldest first. */
  recent(): readonly string[] {
    return this.lines;
  }

  private keep(line: string): void {
    this.lines.push(line);
    if (this.lines.length > KEPT_LINES) this.lines.splice(0, this.lines.length - KEPT_LINES);
  }

  dispose(): void {
    this.channel?.dispose();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}
