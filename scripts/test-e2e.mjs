// Browser checks of the real editor UI: starts code-server with the extension loaded, then runs
// mocha over dist/test/e2e/*.test.js, which drive headless chromium.
//   node scripts/test-e2e.mjs [--dev | --extension DIR | --vsix FILE.vsix] [mocha args...]
// By default the extension is packed with scripts/package.mjs from the current build and installed
// into the editor with `code-server --install-extension`, and the checks run against that installed
// copy, so that a file the package leaves out by mistake fails them. --dev loads the project as the
// extension under development instead (faster to iterate), --extension DIR loads DIR that way, and
// --vsix FILE installs FILE. Env: NEWS_LENS_SCREENSHOTS=0 keeps media/screenshots/ untouched
// (artifacts still go to test/e2e/artifacts/).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM, ensureTools } from './tools.mjs';
import { projectRoot, runStateDir, serverEnvironment, startCodeServer, workbenchUrl } from './code-server.mjs';
import { packageVsix } from './package.mjs';

const args = process.argv.slice(2);
/** Removes `--name` (and its value when it takes one) from args; returns the value, true, or undefined. */
function takeFlag(name, withValue) {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  return withValue ? args.splice(i, 2)[1] : (args.splice(i, 1), true);
}
const extensionArg = takeFlag('extension', true);
const dev = takeFlag('dev', false) || extensionArg !== undefined;
const extensionDir = extensionArg ? path.resolve(extensionArg) : projectRoot;
// '1': pack the current build; a path: install that file; '': load the extension under development.
const vsixFile = takeFlag('vsix', true);
const vsix = dev ? '' : vsixFile ? path.resolve(vsixFile) : '1';

const log = (m) => process.stderr.write(`[test-e2e] ${m}\n`);
const distDir = path.join(projectRoot, 'dist/test/e2e');
const files = fs.existsSync(distDir)
  ? fs
      .readdirSync(distDir, { recursive: true })
      .filter((f) => f.endsWith('.test.js'))
      .map((f) => path.join(distDir, f))
  : [];
if (files.length === 0) {
  log('no dist/test/e2e/*.test.js: run `node scripts/build.mjs` first');
  process.exit(1);
}

const t0 = Date.now();
let server;
let exitCode;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    await server?.stop();
    process.exit(130);
  });
}

try {
  const stateDir = runStateDir('e2e');
  let installed = '';
  if (vsix) {
    fs.rmSync(stateDir, { recursive: true, force: true });
    const file =
      vsix === '1' ? packageVsix({ build: false, out: path.join(stateDir, 'news-lens.vsix'), quiet: true }) : path.resolve(vsix);
    installed = installVsix(file, stateDir);
    log(`installed ${path.relative(projectRoot, file)} as ${path.relative(projectRoot, installed)}`);
  }
  // With an installed copy the state folder is already laid out; the server keeps it.
  server = await startCodeServer({ stateDir, fresh: !vsix, log });
  const artifacts = path.join(projectRoot, 'test/e2e/artifacts');
  fs.rmSync(artifacts, { recursive: true, force: true });
  const env = {
    ...process.env,
    NEWS_LENS_E2E_URL: workbenchUrl(server.url, {
      folder: path.join(projectRoot, 'seeds'),
      extensionDevelopmentPath: installed ? undefined : extensionDir,
    }),
    NEWS_LENS_E2E_INSTALLED: installed,
    NEWS_LENS_PROJECT: projectRoot,
    NEWS_LENS_ARTIFACTS: artifacts,
    NEWS_LENS_SCREENSHOTS: process.env.NEWS_LENS_SCREENSHOTS === '0' ? '' : path.join(projectRoot, 'media/screenshots'),
    NEWS_LENS_CHROMIUM: CHROMIUM,
  };
  const mocha = path.join(projectRoot, 'node_modules/mocha/bin/mocha.js');
  exitCode = await new Promise((resolve) => {
    const child = spawn(process.execPath, [mocha, '--timeout', '120000', ...args, ...files], {
      cwd: projectRoot,
      env,
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
  log(
    `browser checks finished with exit code ${exitCode} in ${((Date.now() - t0) / 1000).toFixed(1)} s (artifacts: ${path.relative(projectRoot, artifacts)}/)`,
  );
} catch (e) {
  log(`error: ${e.stack || e}`);
  exitCode = 1;
} finally {
  await server?.stop();
}
process.exit(exitCode);

/**
 * Installs a .vsix into the state folder's extensions dir the way a person would, with
 * `code-server --install-extension`, and returns the installed extension's folder.
 */
function installVsix(file, stateDir) {
  const tools = ensureTools({ browser: false });
  const xdg = path.join(stateDir, 'xdg');
  for (const d of ['config', 'data', 'cache']) fs.mkdirSync(path.join(xdg, d), { recursive: true });
  const extensions = path.join(stateDir, 'extensions');
  const env = serverEnvironment(tools, xdg);
  const r = spawnSync(
    tools.node,
    [
      tools.codeServerEntry,
      '--install-extension',
      file,
      '--force',
      '--extensions-dir',
      extensions,
      '--user-data-dir',
      path.join(stateDir, 'user-data'),
    ],
    { cwd: stateDir, env, encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0)
    throw new Error(
      `code-server --install-extension ${file} failed (${r.status ?? r.signal ?? r.error}):\n${r.stdout}${r.stderr}`,
    );
  const { publisher, name, version } = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  const dir = path.join(extensions, `${publisher}.${name}-${version}`);
  if (!fs.existsSync(path.join(dir, 'package.json')))
    throw new Error(`the extension is not in ${dir} after installing ${file}:\n${r.stdout}${r.stderr}`);
  return dir;
}
