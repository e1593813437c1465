// Starts code-server (a real VS Code served to a browser) for `npm start` and the tests, and opens
// it in headless chromium. The extension under development is loaded through the workbench's
// `payload` URL parameter, which a built VS Code honours only with `enable-smoke-test-driver`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, ensureTools } from './tools.mjs';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Settings that keep the window quiet and the screenshots stable. */
export const defaultSettings = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'window.restoreWindows': 'none',
  'editor.minimap.enabled': false,
  'git.enabled': false,
  // The automatic port forwarding scans /proc from the extension host, holding its thread for up to
  // 120 ms here: noise in the latency tests, and nothing these editors serve needs it.
  'remote.autoForwardPorts': false,
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A state folder for one run, `.test-state/NAME-PID`, so that runs in the same clone at the same
 * time do not wipe each other's state. Folders of finished runs are removed when the next starts,
 * so the last run's logs stay for a look.
 */
export function runStateDir(name) {
  const base = path.join(projectRoot, '.test-state');
  fs.mkdirSync(base, { recursive: true });
  for (const entry of fs.readdirSync(base)) {
    const m = entry.match(/^(.+)-(\d+)$/);
    if (!m || m[1] !== name) continue;
    let alive = false;
    try {
      process.kill(Number(m[2]), 0);
      alive = true;
    } catch {
      /* gone */
    }
    if (!alive) fs.rmSync(path.join(base, entry), { recursive: true, force: true });
  }
  return path.join(base, `${name}-${process.pid}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts code-server in its own process group on a free loopback port and waits for /healthz.
 * `stateDir` receives the user data, extensions, XDG folders and the server log.
 * `fresh` empties it first so a test run never sees a previous run's state.
 */
export async function startCodeServer({ stateDir, fresh = true, settings = {}, log = () => {}, port, browser = true } = {}) {
  const tools = ensureTools({ browser });
  stateDir = path.resolve(stateDir ?? path.join(projectRoot, '.test-state', 'code-server'));
  if (fresh) fs.rmSync(stateDir, { recursive: true, force: true });
  const userData = path.join(stateDir, 'user-data');
  const extensions = path.join(stateDir, 'extensions');
  const xdg = path.join(stateDir, 'xdg');
  for (const d of [path.join(userData, 'User'), extensions, `${xdg}/config`, `${xdg}/data`, `${xdg}/cache`])
    fs.mkdirSync(d, { recursive: true });
  const settingsFile = path.join(userData, 'User', 'settings.json');
  if (fresh || !fs.existsSync(settingsFile)) {
    fs.writeFileSync(settingsFile, JSON.stringify({ ...defaultSettings, ...settings }, null, 2));
  }

  port ??= await freePort();
  const logFile = path.join(stateDir, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const args = [
    tools.codeServerEntry,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--reconnection-grace-time',
    '5',
    '--user-data-dir',
    userData,
    '--extensions-dir',
    extensions,
    '--vscode-option',
    'enable-smoke-test-driver',
  ];
  const env = serverEnvironment(tools, xdg);
  // detached: a new session and process group, so stopping it ends its extension hosts and watchers too.
  const proc = spawn(tools.node, args, { cwd: stateDir, env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  let exited = null;
  proc.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const killGroup = (sig) => {
    try {
      process.kill(-proc.pid, sig);
    } catch {
      /* already gone */
    }
  };
  // Last resort if the caller dies without calling stop().
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    killGroup('SIGTERM');
    for (let i = 0; i < 50 && groupAlive(proc.pid); i++) await sleep(100);
    killGroup('SIGKILL');
    process.off('exit', onExit);
  }

  const url = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited (${exited.code ?? exited.signal}) before it answered; log:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() - t0 > 60_000) {
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz within 60 s; log:\n${tail(logFile)}`);
    }
    await sleep(200);
  }
  log(`code-server up at ${url} in ${Date.now() - t0} ms (log: ${path.relative(projectRoot, logFile)})`);
  return { url, port, pid: proc.pid, proc, stateDir, logFile, stop };
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * The workbench URL for a folder, loading the extension under development and optionally
 * running its tests in the extension host. Paths are absolute paths on this machine.
 */
/** The environment code-server runs in: Node 24 first on PATH, XDG folders inside the state folder. */
export function serverEnvironment(tools, xdg) {
  const env = {
    ...process.env,
    PATH: `${path.dirname(tools.node)}:${process.env.PATH}`,
    XDG_CONFIG_HOME: `${xdg}/config`,
    XDG_DATA_HOME: `${xdg}/data`,
    XDG_CACHE_HOME: `${xdg}/cache`,
  };
  // Variables that would make the server think it runs inside another editor.
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  return env;
}

export function workbenchUrl(
  base,
  { folder, openFile, extensionDevelopmentPath, extensionTestsPath, extensionEnvironment } = {},
) {
  const remote = (p) => `vscode-remote://remote${path.resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (extensionEnvironment) payload.push(['extensionEnvironment', JSON.stringify(extensionEnvironment)]);
  // The workbench opens this file in the editor once it is up.
  if (openFile) payload.push(['openFile', remote(openFile)]);
  const q = [];
  if (folder) q.push(`folder=${encodeURIComponent(path.resolve(folder))}`);
  if (payload.length) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${base}/${q.length ? `?${q.join('&')}` : ''}`;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Debian chromium driven by playwright-core (no browser download). */
export async function launchChromium() {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} not found: run \`node scripts/tools.mjs\` (installs Debian's chromium)`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs });
}
