// Helpers for the browser checks: open the workbench that scripts/test-e2e.mjs serves, find words
// on screen, read the status bar, and save screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { waitFor as sharedWaitFor } from '../fixtures';

export interface E2EEnv {
  /** Workbench URL with the seeds folder open and the extension loaded (under development or installed). */
  url: string;
  project: string;
  artifacts: string;
  /** Where README screenshots go; empty when they should not be written. */
  screenshots: string;
  chromium: string;
  /** The installed extension's folder when the checks run against the packed .vsix; empty otherwise. */
  installed: string;
}

export function e2eEnv(): E2EEnv {
  const url = process.env.NEWS_LENS_E2E_URL;
  if (!url) throw new Error('NEWS_LENS_E2E_URL is not set: run the browser checks with `node scripts/test-e2e.mjs`');
  const project = process.env.NEWS_LENS_PROJECT ?? process.cwd();
  return {
    url,
    project,
    artifacts: process.env.NEWS_LENS_ARTIFACTS ?? path.join(project, 'test/e2e/artifacts'),
    screenshots: process.env.NEWS_LENS_SCREENSHOTS ?? '',
    chromium: process.env.NEWS_LENS_CHROMIUM ?? '/usr/bin/chromium',
    installed: process.env.NEWS_LENS_E2E_INSTALLED ?? '',
  };
}

export async function openBrowser(env: E2EEnv): Promise<{ browser: Browser; page: Page; consoleLines: string[] }> {
  const browser = await chromium.launch({
    executablePath: env.chromium,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const consoleLines: string[] = [];
  page.on('console', (msg) => {
    const text = msg.text();
    consoleLines.push(`[${msg.type()}] ${text}`);
    // The extension's own errors are worth seeing in the test output.
    if (text.includes('[Extension Host]') && msg.type() === 'error') process.stderr.write(`    ${text.replace(/%c/g, '')}\n`);
  });
  page.on('pageerror', (err) => consoleLines.push(`[pageerror] ${err.stack ?? err}`));
  return { browser, page, consoleLines };
}

/** Saves a screenshot to the artifacts folder and, when asked, to media/screenshots. */
export async function screenshot(page: Page, env: E2EEnv, name: string): Promise<void> {
  fs.mkdirSync(env.artifacts, { recursive: true });
  const file = path.join(env.artifacts, name);
  await page.screenshot({ path: file });
  if (env.screenshots) {
    fs.mkdirSync(env.screenshots, { recursive: true });
    fs.copyFileSync(file, path.join(env.screenshots, name));
  }
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The on-screen box of the first occurrence of `text` in the editor's rendered lines, found with
 * a DOM Range over the text nodes of one `.view-line` (decorations split a line into many spans).
 */
export async function findTextBox(page: Page, text: string): Promise<Box | null> {
  return page.evaluate((needle) => {
    const lines = Array.from(document.querySelectorAll('.monaco-editor .view-lines .view-line'));
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; start: number }[] = [];
      let joined = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: joined.length });
        joined += (n as Text).data;
      }
      // The editor renders some spaces as no-break spaces.
      const at = joined.replace(/\u00a0/g, ' ').indexOf(needle);
      if (at < 0) continue;
      const locate = (offset: number, isEnd: boolean) => {
        for (let i = nodes.length - 1; i >= 0; i--) {
          const { node, start } = nodes[i];
          if (isEnd ? start < offset : start <= offset) return { node, offset: offset - start };
        }
        return { node: nodes[0].node, offset: 0 };
      };
      const range = document.createRange();
      const s = locate(at, false);
      const e = locate(at + needle.length, true);
      range.setStart(s.node, s.offset);
      range.setEnd(e.node, e.offset);
      const r = range.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, text);
}

/** Class names of the `ced-` decoration elements whose boxes overlap `box`. */
export async function decorationsOver(page: Page, box: Box): Promise<string[]> {
  return page.evaluate((b) => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('.monaco-editor [class*="ced-"]'))) {
      const r = el.getBoundingClientRect();
      const overlapX = Math.min(r.right, b.x + b.width) - Math.max(r.left, b.x);
      const overlapY = Math.min(r.bottom, b.y + b.height) - Math.max(r.top, b.y);
      if (overlapX > 2 && overlapY > 2) found.push(el.className);
    }
    return found;
  }, box);
}

/** The status bar's cursor position, e.g. "Ln 3, Col 14". */
export async function cursorPosition(page: Page): Promise<string> {
  const item = page.locator('[id="status.editor.selection"]');
  return ((await item.textContent({ timeout: 10_000 })) ?? '').trim();
}

/** Texts of all status bar entries. */
export async function statusBarTexts(page: Page): Promise<string[]> {
  return page.locator('.part.statusbar .statusbar-item').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
}

/** `waitFor` with the patience a browser needs: 20 s, polling every 250 ms. */
export const waitFor = <T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs = 20_000, stepMs = 250) =>
  sharedWaitFor(what, fn, timeoutMs, stepMs);

/** Runs a command by its title through the command palette. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}
