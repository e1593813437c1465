// Runs the editor test suites (dist/test/editor/index.js) inside the extension host of a real
// VS Code: code-server serves the workbench, headless chromium opens it with a payload that loads
// the extension and its tests, and the workbench reports the run's exit code.
//   node scripts/test-editor.mjs [--extension DIR] [--tests INDEX_JS] [--folder DIR]
// Env: NEWS_LENS_TEST_TIMEOUT (seconds, default 900: a hung run is stopped, a slow machine is not).
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { launchChromium, projectRoot, runStateDir, startCodeServer, workbenchUrl } from './code-server.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
}

const extensionDir = option('extension', projectRoot);
const testsIndex = option('tests', path.join(projectRoot, 'dist/test/editor/index.js'));
const folder = option('folder', path.join(projectRoot, 'seeds'));
const timeoutMs = Number(process.env.NEWS_LENS_TEST_TIMEOUT || 900) * 1000;
const stateDir = runStateDir('editor');
const log = (m) => process.stderr.write(`[test-editor] ${m}\n`);

if (!fs.existsSync(testsIndex)) {
  log(
    `no test runner at ${path.relative(projectRoot, testsIndex) || testsIndex}: run \`node scripts/build.mjs\` (it bundles test/editor/index.ts)`,
  );
  process.exit(1);
}

// Workbench chatter that shares the channel with the test output (all of it stays in page-console.log).
const noise = [
  /ENOTFOUND|ERR_NAME_NOT_RESOLVED|open-vsx/,
  /^Canceled/,
  /connection token/,
  /Creating a socket/,
  /^\[(reconnection-grace-time|Service Worker|AgentHost|AccountPolicyGate)/,
  /additional builtin extensions/,
];
const isWorkbenchNoise = (text) => (process.env.NEWS_LENS_VERBOSE ? false : noise.some((re) => re.test(text)));

const t0 = Date.now();
let server;
let browser;
let exitCode;

async function cleanup() {
  await browser?.close().catch(() => {});
  await server?.stop();
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    log(`${sig}: stopping`);
    await cleanup();
    process.exit(130);
  });
}

try {
  server = await startCodeServer({ stateDir, log });
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const pageLog = fs.createWriteStream(path.join(stateDir, 'page-console.log'));

  let finish;
  const finished = new Promise((resolve) => {
    finish = resolve;
  });
  // The workbench calls these (smoke-test driver hooks); they must exist before it loads.
  await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
  // In a test run the extension host's console (mocha's report) reaches the workbench log, which
  // the smoke-test driver hands to codeAutomationLog together with the workbench's own lines.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    pageLog.write(`[automation ${type}] ${text}\n`);
    if (!isWorkbenchNoise(text)) (type === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
  });
  page.on('console', (msg) => pageLog.write(`[console ${msg.type()}] ${msg.text()}\n`));
  page.on('pageerror', (err) => pageLog.write(`[pageerror] ${err.stack || err}\n`));

  const url = workbenchUrl(server.url, { folder, extensionDevelopmentPath: extensionDir, extensionTestsPath: testsIndex });
  log(`opening ${url}`);
  await page.goto(url);

  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const result = await Promise.race([finished, timedOut]);
  clearTimeout(timer);
  if (result === 'timeout') {
    const shot = path.join(stateDir, 'timeout.png');
    await page.screenshot({ path: shot }).catch(() => {});
    log(
      `TIMEOUT: the tests did not finish within ${timeoutMs / 1000} s (screenshot ${path.relative(projectRoot, shot)}, logs in ${path.relative(projectRoot, stateDir)}/)`,
    );
    exitCode = 1;
  } else {
    exitCode = result;
    log(`tests finished with exit code ${exitCode} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  pageLog.end();
} catch (e) {
  log(`error: ${e.stack || e}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
