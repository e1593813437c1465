// The same story in several outlets, in the real editor: three articles in the workspace are indexed,
// the Across Articles view lists the figures that disagree, and Compare Articles Side by Side shows the
// story in columns (the articles of the open one's story picked at first); a click on a figure in the
// page opens its article there. Runs against code-server (see scripts/test-e2e.mjs).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { FLOOD_ARTICLES } from '../corpusArticles';
import { cursorPosition, e2eEnv, openBrowser, runCommand, screenshot, statusBarTexts, waitFor, type E2EEnv } from './support';

const FOLDER = 'corpus-e2e';
const OUTLETS = ['courier', 'wire', 'post'] as const;

describe('Articles side by side (browser)', function () {
  this.timeout(120_000);
  let env: E2EEnv;
  let browser: Browser;
  let page: Page;
  let dir: string;

  before(async function () {
    this.timeout(180_000);
    env = e2eEnv();
    dir = path.join(env.project, 'seeds', FOLDER);
    fs.mkdirSync(dir, { recursive: true });
    for (const name of OUTLETS) fs.writeFileSync(path.join(dir, `${name}.news`), FLOOD_ARTICLES[name]);
    ({ browser, page } = await openBrowser(env));
    await page.goto(env.url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const name = `failed-${(this.currentTest.title || 'test').replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
      await screenshot(page, { ...env, screenshots: '' }, name).catch(() => {});
    }
  });

  after(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('indexes the workspace’s articles and says how many in the status bar', async () => {
    await quickOpen(page, 'courier.news');
    await waitFor(
      'the index to hold the three articles and the seed',
      async () => (await statusBarTexts(page)).some((t) => /^4 articles$/.test(t)),
      60_000,
    );
  });

  it('lists the figures that disagree in the Across Articles view', async () => {
    await page.locator('.part.activitybar [aria-label^="News Lens"]').first().click({ timeout: 15_000 });
    const pane = page
      .locator('.part.sidebar .pane', { has: page.locator('.pane-header .title', { hasText: /^across articles$/i }) })
      .first();
    await pane.waitFor({ timeout: 15_000 });
    const header = pane.locator('.pane-header').first();
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    await waitFor(
      'a row for the homes that disagree',
      async () => (await pane.locator('.monaco-list-row', { hasText: 'About 40 homes ≠ 90 homes' }).count()) > 0,
      20_000,
    );
  });

  it('shows the story side by side, the open article’s story picked, and opens an article at a figure', async () => {
    await runCommand(page, 'News Lens: Compare Articles Side by Side');
    const picks = page.locator('.quick-input-widget .monaco-list-row');
    await waitFor('the three outlets in the pick', async () => (await picks.count()) >= 3, 15_000);
    await page.keyboard.press('Enter');
    const frame = await waitFor('the side-by-side page', () => pageFrame(page), 30_000);
    const headers = await frame.locator('section').first().locator('thead th button.article').allInnerTexts();
    assert.deepEqual(headers.map((h) => h.split('/').pop()).sort(), ['courier.news', 'post.news', 'wire.news']);
    assert.ok(await frame.locator('tr.disagreeing th', { hasText: 'homes' }).count(), 'the homes row is marked');
    assert.ok(await frame.locator('th', { hasText: 'Ilse Vantorp' }).count(), 'a row for the spokeswoman');
    await screenshot(page, env, 'side-by-side.png');

    // The keyboard moves from the Courier's homes to the next figure along the row (the Post has none), and Enter opens it.
    const homes = frame.locator('tr', { has: frame.locator('th', { hasText: /^homes$/ }) }).first();
    await homes.locator('td button.link').first().focus();
    assert.equal(await frame.evaluate(() => document.activeElement?.textContent ?? ''), 'About 40');
    await page.keyboard.press('ArrowRight');
    const focused = await frame.evaluate(() => document.activeElement?.textContent ?? '');
    assert.equal(focused, '90', 'the arrow key moved to the Wire’s figure');
    const before = await cursorPosition(page).catch(() => '');
    await page.keyboard.press('Enter');
    await waitFor(
      'the Wire open at its figure',
      async () =>
        (await page.locator('.tabs-container .tab', { hasText: 'wire.news' }).count()) > 0 &&
        (await cursorPosition(page)) !== before,
      15_000,
    );
  });
});

/** The frame of the side-by-side page, once it shows its tables. */
async function pageFrame(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) {
    try {
      if ((await frame.locator('h2#quoted').count()) > 0) return frame;
    } catch {
      // A frame that went away meanwhile.
    }
  }
  return null;
}

/** Opens a workspace file by name through Quick Open. */
async function quickOpen(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').first().fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab', { hasText: name }).first().waitFor({ timeout: 15_000 });
}
