// Browser checks of the real editor UI: starts code-server with the extension under development
// loaded, then runs mocha over dist/test/e2e/*.test.js, which drive headless chromium.
//   node scripts/test-e2e.mjs [--extension DIR] [mocha args...]
// Env: NEWS_LENS_SCREENSHOTS=0 keeps media/screenshots/ untouched (artifacts still go to
// test/e2e/artifacts/).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM } from './tools.mjs';
import { projectRoot, runStateDir, startCodeServer, workbenchUrl } from './code-server.mjs';

const args = process.argv.slice(2);
let extensionDir = projectRoot;
const ext = args.indexOf('--extension');
if (ext >= 0) extensionDir = path.resolve(args.splice(ext, 2)[1]);

const log = (m) => process.stderr.write(`[test-e2e] ${m}\n`);
const distDir = path.join(projectRoot, 'dist/test/e2e');
const files = fs.existsSync(distDir)
  ? fs.readdirSync(distDir, { recursive: true }).filter((f) => f.endsWith('.test.js')).map((f) => path.join(distDir, f))
  : [];
if (files.length === 0) {
  log('no dist/test/e2e/*.test.js: run `node scripts/build.mjs` first');
  process.exit(1);
}

const t0 = Date.now();
let server;
let exitCode = 1;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => { await server?.stop(); process.exit(130); });
}

try {
  server = await startCodeServer({ stateDir: runStateDir('e2e'), log });
  const artifacts = path.join(projectRoot, 'test/e2e/artifacts');
  fs.rmSync(artifacts, { recursive: true, force: true });
  const env = {
    ...process.env,
    NEWS_LENS_E2E_URL: workbenchUrl(server.url, { folder: path.join(projectRoot, 'seeds'), extensionDevelopmentPath: extensionDir }),
    NEWS_LENS_PROJECT: projectRoot,
    NEWS_LENS_ARTIFACTS: artifacts,
    NEWS_LENS_SCREENSHOTS: process.env.NEWS_LENS_SCREENSHOTS === '0' ? '' : path.join(projectRoot, 'media/screenshots'),
    NEWS_LENS_CHROMIUM: CHROMIUM,
  };
  const mocha = path.join(projectRoot, 'node_modules/mocha/bin/mocha.js');
  exitCode = await new Promise((resolve) => {
    const child = spawn(process.execPath, [mocha, '--timeout', '120000', ...args, ...files], { cwd: projectRoot, env, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
  log(`browser checks finished with exit code ${exitCode} in ${((Date.now() - t0) / 1000).toFixed(1)} s (artifacts: ${path.relative(projectRoot, artifacts)}/)`);
} catch (e) {
  log(`error: ${e.stack || e}`);
  exitCode = 1;
} finally {
  await server?.stop();
}
process.exit(exitCode);
