// Runs the editor test suites in desktop VS Code via @vscode/test-electron, for machines that can
// download VS Code (it fetches a build on first use). Where that is impossible, use
// `npm run test:editor`, which runs the same suites in code-server.
//   node scripts/test-electron.mjs        (Linux without a display: xvfb-run -a node scripts/test-electron.mjs)
// Env: NEWS_LENS_VSCODE_VERSION (default: stable).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extensionTestsPath = path.join(root, 'dist/test/editor/index.js');
const log = (m) => process.stderr.write(`[test-electron] ${m}\n`);

if (!fs.existsSync(extensionTestsPath)) {
  log('no dist/test/editor/index.js: run `node scripts/build.mjs` first');
  process.exit(1);
}

try {
  const code = await runTests({
    version: process.env.NEWS_LENS_VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath,
    launchArgs: [
      path.join(root, 'seeds'),
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  });
  process.exit(code);
} catch (e) {
  const msg = String(e?.message ?? e);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|download|fetch failed/i.test(msg)) {
    log(`could not download VS Code (${msg.split('\n')[0]}).`);
    log('This runner needs internet access to fetch a VS Code build. Without it, run the same suites');
    log('in code-server with `npm run test:editor`.');
  } else {
    log(`failed: ${e?.stack ?? msg}`);
  }
  process.exit(1);
}
