// Stands in for the `vscode` module outside the editor, so that loading dist/extension.js can be timed in
// plain Node. Its names are those the API's type declarations export; each is a callable, constructible
// placeholder that does nothing.
'use strict';
const fs = require('node:fs');

function placeholder() {
  const target = function () {};
  return new Proxy(target, {
    get: (t, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : placeholder()),
    apply: () => placeholder(),
    construct: () => placeholder(),
  });
}

const declarations = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
const api = {};
for (const m of declarations.matchAll(/\bexport\s+(?:declare\s+)?(?:class|namespace|enum|function|const|let|var)\s+(\w+)/g)) {
  api[m[1]] = placeholder();
}
module.exports = api;
