// Load costs in a fresh Node process (prints one JSON line):
//   extension FILE  module load time of the extension bundle, with `vscode` stubbed (not the editor's activation)
//   core FILE       load time of the engine bundle and its first analysis of the seed article
'use strict';
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');

const [mode, file, seedFile] = process.argv.slice(2);
const stub = path.join(__dirname, 'vscode-stub.cjs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? stub : resolve.call(this, request, ...rest);
};

require(stub); // its own set-up is not the extension's cost
const startLoad = performance.now();
const loaded = require(path.resolve(file));
const loadMs = performance.now() - startLoad;
const out = { mode, loadMs };
if (mode === 'extension') {
  out.exportsActivate = typeof loaded.activate === 'function';
} else if (mode === 'core') {
  const seed = fs.readFileSync(seedFile, 'utf8');
  const start = performance.now();
  loaded.analyze(seed);
  out.firstAnalysisMs = performance.now() - start;
}
console.log(JSON.stringify(out));
