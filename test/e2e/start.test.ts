// `npm start` as a newcomer meets it: the script prints a URL, a browser opens that URL, and the
// seed article is there in the editor with its marks drawn and the News Lens sidebar showing.
// Runs `npm start` itself, with npm's environment as a newcomer gets it (--server, so that a local
// `code` does not take over, and a state folder of its own), and reads the URL from what it prints.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SEED_NAME } from '../fixtures';
import { e2eEnv, openBrowser, screenshot, waitFor, type E2EEnv } from './support';

/** Starts `npm start` and resolves with the workbench URL it prints. */
function startAndReadUrl(env: E2EEnv, stateDir: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn('npm', ['start', '--', '--server', '--state', stateDir], {
    cwd: env.project,
    env: { ...process.env, NEWS_LENS_PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let printed = '';
  const url = new Promise<string>((resolve, reject) => {
    const look = (chunk: Buffer) => {
      printed += chunk.toString();
      const m = printed.match(/http:\/\/127\.0\.0\.1:\d+\/\?\S+/);
      if (m) resolve(m[0]);
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    child.on('exit', (code, signal) =>
      reject(new Error(`npm start exited (${code ?? signal}) before printing a URL:\n${printed}`)),
    );
  });
  return { child, url };
}

/** Stops the start script the way Ctrl-C does, and waits for it to finish stopping code-server. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // The whole group, as a terminal's Ctrl-C reaches npm and the script alike.
  process.kill(-child.pid!, 'SIGINT');
  const late = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 15_000);
  await exited;
  clearTimeout(late);
}

describe('npm start (browser)', function () {
  this.timeout(240_000);
  let env: E2EEnv;
  let stateDir: string;
  let started: ReturnType<typeof startAndReadUrl> | undefined;
  let browser: Browser | undefined;
  let page: Page;

  before(() => {
    env = e2eEnv();
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-start-'));
  });

  after(async () => {
    await browser?.close();
    if (started) await stop(started.child);
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  it('prints a URL where the seed article is open with its marks and the News Lens sidebar', async () => {
    started = startAndReadUrl(env, stateDir);
    const url = await started.url;
    ({ browser, page } = await openBrowser(env));
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });

    const tab = page.locator(`.tabs-container .tab[aria-label*="${SEED_NAME}"]`).first();
    await tab.waitFor({ timeout: 60_000 });
    assert.equal(await tab.getAttribute('aria-selected'), 'true', 'the seed article is the active editor');
    await waitFor(
      'marks (ced- decorations) drawn over the article',
      async () => (await page.locator('.monaco-editor [class*="ced-"]').count()) > 10,
      60_000,
    );
    const claims = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header .title', { hasText: /^claims$/i }) });
    await waitFor('the News Lens sidebar with its Claims view', async () => (await claims.count()) > 0, 30_000);
    await waitFor(
      'sources listed in the Claims view',
      async () => (await claims.locator('.monaco-list-row').count()) > 0,
      30_000,
    );
    await screenshot(page, { ...env, screenshots: '' }, 'npm-start.png');
  });
});
