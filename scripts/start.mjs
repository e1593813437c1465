// `npm start`: builds, then opens the seed article in VS Code with the extension under development.
// With a local `code` CLI that is desktop VS Code; otherwise code-server on 127.0.0.1, whose URL is
// printed: it opens the seeds folder with the seed article in the editor, its marks drawn and the
// News Lens sidebar showing. Runs until Ctrl-C.
//   node scripts/start.mjs [--server] [--state DIR]
// --server uses code-server even where `code` exists; --state keeps the editor's state in DIR
// (default .test-state/start, kept between runs). Env: NEWS_LENS_PORT picks the port.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot, startCodeServer, workbenchUrl } from './code-server.mjs';

const log = (m) => process.stderr.write(`[start] ${m}\n`);
const args = process.argv.slice(2);
const forceServer = args.includes('--server');
const stateFlag = args.indexOf('--state');
const stateDir = stateFlag >= 0 ? path.resolve(args[stateFlag + 1]) : path.join(projectRoot, '.test-state', 'start');
const seeds = path.join(projectRoot, 'seeds');
const seedFile = fs
  .readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()[0];

const build = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) {
  log('build failed');
  process.exit(build.status ?? 1);
}

const code = forceServer ? null : spawnSync('code', ['--version'], { encoding: 'utf8' });
if (code && !code.error && code.status === 0) {
  const codeArgs = [`--extensionDevelopmentPath=${projectRoot}`, seeds];
  if (seedFile) codeArgs.push(path.join(seeds, seedFile));
  log(`code ${codeArgs.join(' ')}`);
  const r = spawnSync('code', codeArgs, { stdio: 'inherit' });
  process.exit(r.status ?? 0);
}

const port = process.env.NEWS_LENS_PORT ? Number(process.env.NEWS_LENS_PORT) : undefined;
let server;
try {
  // Keep the state between runs so the window's layout and settings persist.
  server = await startCodeServer({ stateDir, fresh: false, port, log, browser: false });
} catch (e) {
  log(`could not start code-server: ${e.message}`);
  process.exit(1);
}

const url = workbenchUrl(server.url, {
  folder: seeds,
  openFile: seedFile ? path.join(seeds, seedFile) : undefined,
  extensionDevelopmentPath: projectRoot,
  // The extension shows its sidebar when it starts, so the first look shows what it is for.
  extensionEnvironment: { NEWS_LENS_SHOW_SIDEBAR: '1' },
});
console.log(`
News Lens is running in code-server (VS Code in the browser). Open:

  ${url}

${seedFile ? `It shows ${seedFile} with its marks and the News Lens sidebar. ` : ''}After \`npm run build\`, reload the window to pick up changes.
Press Ctrl-C to stop.
`);

let stopping = false;
async function stop(sig) {
  if (stopping) return;
  stopping = true;
  log(`${sig}: stopping code-server`);
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
server.proc.on('exit', (c, s) => {
  if (stopping) return;
  log(`code-server exited (${c ?? s}); see ${server.logFile}`);
  process.exit(1);
});
// npm does not pass SIGTERM on to this script: stop also when the parent (npm) is gone. The timer
// also keeps the event loop alive until then.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop('parent exited');
}, 1000);
