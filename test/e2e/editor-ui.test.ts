// What a person sees in the real editor: a seed article opened with News Lens loaded shows marks
// over names and places, a hover card over a person, the Claims view grouped by source, and a
// click on a claim moves the cursor. Runs against code-server (see scripts/test-e2e.mjs).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SEED_NAME } from '../fixtures';
import {
  cursorPosition,
  decorationsOver,
  e2eEnv,
  findTextBox,
  openBrowser,
  runCommand,
  screenshot,
  statusBarTexts,
  waitFor,
  type E2EEnv,
} from './support';

const SEED = SEED_NAME;
const PERSON = 'Rami Abdel Rahman';
const PLACE = 'Damascus';

describe('News Lens in the editor (browser)', function () {
  this.timeout(90_000);
  let env: E2EEnv;
  let browser: Browser;
  let page: Page;
  let consoleLines: string[] = [];

  before(async function () {
    this.timeout(180_000);
    env = e2eEnv();
    ({ browser, page, consoleLines } = await openBrowser(env));
    await page.goto(env.url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await openSeed(page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const name = `failed-${(this.currentTest.title || 'test').replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
      await screenshot(page, { ...env, screenshots: '' }, name).catch(() => {});
    }
  });

  after(async function () {
    if (env) {
      fs.mkdirSync(env.artifacts, { recursive: true });
      fs.writeFileSync(path.join(env.artifacts, 'page-console.log'), consoleLines.join('\n'));
    }
    await browser?.close();
  });

  it('opens the seed article in the News language mode', async () => {
    // The mode may switch from Plain Text once the extension has activated.
    let mode: string | undefined;
    await waitFor(
      'the language mode in the status bar to read "News"',
      async () => {
        mode = (await page.locator('[id="status.editor.mode"]').textContent())?.trim();
        return mode === 'News';
      },
      20_000,
    ).catch(() => {});
    assert.equal(mode, 'News', `the status bar shows language mode ${JSON.stringify(mode)}`);
  });

  it('marks people and places in the text', async () => {
    await waitFor(
      'decorations (elements with a ced- class) in the editor',
      async () => (await page.locator('.monaco-editor [class*="ced-"]').count()) > 0,
      30_000,
    );
    for (const word of [PLACE, PERSON]) {
      const box = await waitFor(`"${word}" on screen`, () => findTextBox(page, word));
      const marks = await waitFor(
        `a decoration over "${word}"`,
        async () => {
          const m = await decorationsOver(page, box);
          return m.length > 0 ? m : null;
        },
        10_000,
      );
      assert.ok(marks.length > 0);
    }
    await screenshot(page, env, 'editor-with-marks.png');
  });

  it("shows a hover card over a person's name", async () => {
    const box = await waitFor(`"${PERSON}" on screen`, () => findTextBox(page, PERSON));
    const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
    const text = await waitFor(
      'a hover card with text',
      async () => {
        // Moving within the word re-triggers the hover if the first move came too early.
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
        await page.waitForTimeout(400);
        if (!(await hover.isVisible())) return null;
        const t = ((await hover.innerText()) ?? '').trim();
        return t && !/^loading/i.test(t) ? t : null;
      },
      20_000,
      500,
    );
    assert.ok(text.length > 3, `hover text: ${JSON.stringify(text)}`);
    await screenshot(page, env, 'hover-card.png');
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
  });

  it('has a status bar item that starts with "News Lens"', async () => {
    const texts = await waitFor(
      'a News Lens status bar item',
      async () => {
        const all = await statusBarTexts(page);
        return all.some((t) => t.startsWith('News Lens')) ? all : null;
      },
      10_000,
    );
    assert.ok(texts.some((t) => t.startsWith('News Lens')));
  });

  it('lists claims grouped by source in the News Lens view', async () => {
    await page.locator('.part.activitybar [aria-label^="News Lens"]').first().click({ timeout: 15_000 });
    const claims = claimsPane(page);
    await claims.waitFor({ timeout: 15_000 });
    const header = claims.locator('.pane-header').first();
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    const rows = claims.locator('.monaco-list-row');
    await waitFor('rows in the Claims view', async () => (await rows.count()) > 0, 20_000);

    // Sources are the top level; open the first one if nothing is expanded yet.
    const sources = claims.locator('.monaco-list-row[aria-level="1"]');
    assert.ok((await sources.count()) > 0, 'no top-level rows');
    const children = claims.locator('.monaco-list-row[aria-level="2"]');
    if ((await children.count()) === 0) {
      await sources.first().click();
      await page.keyboard.press('ArrowRight');
    }
    await waitFor('claim rows under a source', async () => (await children.count()) > 0, 10_000);
    const labels = await sources.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
    assert.ok(labels.length > 0 && labels.every((l) => l.trim().length > 0), `source rows: ${JSON.stringify(labels)}`);
  });

  it('moves the cursor to a claim when it is clicked', async () => {
    // Start from a known place: the top of the document.
    await page
      .locator('.monaco-editor .view-lines')
      .first()
      .click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Home');
    const before = await waitFor('the cursor position', () => cursorPosition(page));
    const children = claimsPane(page).locator('.monaco-list-row[aria-level="2"]');
    // Pick a claim whose source is not the opening line, so that the cursor has to move.
    const count = await children.count();
    assert.ok(count > 0, 'no claim rows');
    const row = children.nth(Math.min(1, count - 1));
    const label = (await row.getAttribute('aria-label')) ?? (await row.textContent()) ?? '';
    await row.click();
    const after = await waitFor(
      `the cursor to move after clicking ${JSON.stringify(label.slice(0, 60))}`,
      async () => {
        const now = await cursorPosition(page);
        return now !== before ? now : null;
      },
      10_000,
    );
    assert.notEqual(after, before);
    await screenshot(page, env, 'claims-sidebar.png');
  });

  it("shows a claim's card when the pointer rests on it in the Claims view", async () => {
    // The card is made only when asked for (resolveTreeItem): this is the editor asking.
    const row = claimsPane(page).locator('.monaco-list-row[aria-level="2"]').first();
    const card = page.locator('.workbench-hover:visible, .monaco-hover:not(.hidden):visible').filter({ hasText: '“' }).first();
    const text = await waitFor(
      'a card over a claim',
      async () => {
        const box = await row.boundingBox();
        if (!box) return null;
        await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2, { steps: 3 });
        await page.waitForTimeout(800);
        if (!(await card.isVisible())) return null;
        return ((await card.innerText()) ?? '').trim() || null;
      },
      20_000,
      500,
    );
    assert.match(text, /(says|said|asserts|denies|cannot say)[^]*“/, `card: ${JSON.stringify(text)}`);
    await screenshot(page, env, 'claim-card.png');
    await page.mouse.move(700, 500);
    await page.keyboard.press('Escape');
  });

  it('opens the bundled sample article from the command palette, marked', async () => {
    await runCommand(page, 'News Lens: Open Sample Article');
    await page.locator('.tabs-container .tab', { hasText: SAMPLE_TAB }).first().waitFor({ timeout: 15_000 });
    await waitFor(
      'the sample in the News language mode',
      async () => (await page.locator('[id="status.editor.mode"]').textContent())?.trim() === 'News',
      15_000,
    );
    const editor = page.locator('.editor-instance:visible .monaco-editor').first();
    await waitFor('marks in the sample article', async () => (await editor.locator('[class*="ced-"]').count()) > 0, 20_000);
  });

  it('has a getting-started walkthrough whose steps show their pictures', async () => {
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: WALKTHROUGH }).first().click({ timeout: 15_000 });
    const container = page.locator('.gettingStartedContainer').first();
    await container.locator('.getting-started-step', { hasText: 'Open a sample article' }).first().waitFor({ timeout: 15_000 });
    for (const step of ['Read the marks', 'Hover over a name', 'See the claims by source', 'Teach it your names']) {
      assert.ok(await container.locator('.getting-started-step', { hasText: step }).count(), `a step "${step}"`);
    }
    // The first step's picture is a screenshot shipped in the package: it must load.
    const size = await waitFor(
      "the first step's picture to load",
      async () => {
        const img = container.locator('.getting-started-media img').first();
        if (!(await img.count())) return null;
        const s = await img.evaluate((el: HTMLImageElement) =>
          el.complete ? { w: el.naturalWidth, h: el.naturalHeight } : null,
        );
        return s && s.w > 0 ? s : null;
      },
      15_000,
    );
    assert.ok(size.w > 100 && size.h > 100, `picture ${size.w}x${size.h}`);
    await screenshot(page, { ...env, screenshots: '' }, 'walkthrough.png');
    await page.keyboard.press('Control+F4').catch(() => {});
  });

  it('is the installed package, listed in the Extensions view', async function () {
    if (!env.installed) this.skip();
    await page.locator('.part.activitybar [aria-label^="Extensions"]').first().click({ timeout: 15_000 });
    const item = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'News Lens' }).first();
    await item.waitFor({ timeout: 30_000 });
    const text = (await item.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /News Lens/);
    await screenshot(page, { ...env, screenshots: '' }, 'extensions-installed.png');
  });
});

const SAMPLE_TAB = 'Sample article.news';
const WALKTHROUGH = 'Read the News Closely with News Lens';

function claimsPane(page: Page) {
  return page.locator('.part.sidebar .pane', { has: page.locator('.pane-header .title', { hasText: /^claims$/i }) }).first();
}

/** Opens the seed from the Explorer (the workspace is the seeds folder), or Quick Open if that fails. */
async function openSeed(page: Page): Promise<void> {
  const editorTab = page.locator(`.tabs-container .tab[aria-label*="${SEED}"], .title .label-name:text-is("${SEED}")`).first();
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: SEED }).first();
  try {
    await row.waitFor({ timeout: 30_000 });
    await row.dblclick();
    await editorTab.waitFor({ timeout: 10_000 });
  } catch {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').first().fill(SEED);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: SEED }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await editorTab.waitFor({ timeout: 10_000 });
  }
  await waitFor('the article text in the editor', async () => (await findTextBox(page, 'Beirut')) !== null, 20_000);
}
