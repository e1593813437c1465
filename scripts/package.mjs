// `npm run package`: builds the bundles and packs the extension into a .vsix with @vscode/vsce.
//   node scripts/package.mjs [--no-build] [--out FILE.vsix]
//   node scripts/package.mjs --icon     re-renders media/icon.png from media/icon.svg
// What goes into the package is decided by .vscodeignore (a list of what to keep). Before packing,
// the bundles are checked to load nothing but `vscode` and Node's built-in modules, since the
// package carries no node_modules.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './code-server.mjs';

export const MAX_VSIX_BYTES = 10 * 1024 * 1024;

const log = (m) => process.stderr.write(`[package] ${m}\n`);

/** The default package path: news-lens-VERSION.vsix at the project root (ignored by git). */
export function defaultVsixPath() {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  return path.join(projectRoot, `${name}-${version}.vsix`);
}

/** The shipped bundles: every .js directly in dist/ and in its subfolders except the test and benchmark builds. */
export function shippedBundles() {
  const dist = path.join(projectRoot, 'dist');
  if (!fs.existsSync(dist)) return [];
  return fs
    .readdirSync(dist, { recursive: true })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.js') && !/^(test|bench)\//.test(f))
    .map((f) => `dist/${f}`);
}

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Modules a bundle loads with require() or import() that are neither `vscode` nor Node built-ins. */
export function foreignRequires(file) {
  const code = fs.readFileSync(path.join(projectRoot, file), 'utf8');
  const found = new Set();
  for (const m of code.matchAll(/\b(?:require|import)\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
    const id = m[1];
    if (id === 'vscode' || builtins.has(id) || builtins.has(id.split('/')[0])) continue;
    // A path to a file shipped beside the bundle (a worker, say) is part of the package.
    if (id.startsWith('./') || id.startsWith('../')) continue;
    found.add(id);
  }
  return [...found];
}

/** Packs the extension and returns the .vsix path. Throws with a readable reason on failure. */
export function packageVsix({ build = true, out = defaultVsixPath(), quiet = false } = {}) {
  const say = quiet ? () => {} : log;
  if (build) {
    const r = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build.mjs')], {
      cwd: projectRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (r.status !== 0) throw new Error('the build failed');
  }
  const bundles = shippedBundles();
  if (!bundles.includes('dist/extension.js')) throw new Error('dist/extension.js is missing: run `node scripts/build.mjs`');
  for (const b of bundles) {
    const foreign = foreignRequires(b);
    if (foreign.length)
      throw new Error(`${b} loads ${foreign.join(', ')} at run time, which the package does not carry: bundle it`);
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.rmSync(out, { force: true });
  const vsce = path.join(projectRoot, 'node_modules/@vscode/vsce/vsce');
  // --no-dependencies: the bundles are self-contained. --allow-missing-repository: the project has
  // no public repository yet. --no-rewrite-relative-links: README images stay relative and are
  // shown from the installed package (media/screenshots is shipped).
  const r = spawnSync(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out],
    { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`vsce package failed:\n${r.stdout}${r.stderr}`);
  const size = fs.statSync(out).size;
  if (size >= MAX_VSIX_BYTES)
    throw new Error(`${path.relative(projectRoot, out)} is ${(size / 1024 / 1024).toFixed(1)} MB, over the 10 MB limit`);
  say(`${path.relative(projectRoot, out) || out}: ${(size / 1024).toFixed(0)} KiB`);
  return out;
}

/** Renders the 24-unit line icon white on a rounded blue square, 128x128, with headless chromium. */
async function renderIcon() {
  const svg = fs.readFileSync(path.join(projectRoot, 'media/icon.svg'), 'utf8');
  const glyph = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const page128 = `<!doctype html><html><body style="margin:0;background:transparent">
<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2f80ed"/><stop offset="1" stop-color="#1a56b8"/></linearGradient></defs>
  <rect x="4" y="4" width="120" height="120" rx="26" fill="url(#bg)"/>
  <g transform="translate(18 16) scale(4)" fill="none" stroke="#ffffff" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round">${glyph}</g>
</svg></body></html>`;
  const { launchChromium } = await import('./code-server.mjs');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    await page.setContent(page128);
    const out = path.join(projectRoot, 'media/icon.png');
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
    log(`wrote ${path.relative(projectRoot, out)}`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  try {
    if (args.includes('--icon')) {
      await renderIcon();
    } else {
      const i = args.indexOf('--out');
      const out = i >= 0 && args[i + 1] ? path.resolve(args[i + 1]) : defaultVsixPath();
      packageVsix({ build: !args.includes('--no-build'), out });
    }
  } catch (e) {
    log(`error: ${e.message ?? e}`);
    process.exit(1);
  }
}
