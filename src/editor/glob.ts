// Glob patterns as VS Code writes them (`**`, `*`, `?`, `{a,b}`, `[abc]`), matched against a path
// relative to a workspace folder: for walking folders that the editor's file search cannot read
// (virtual workspaces without a search provider). No `vscode` here, so that it is tested alone.

const cache = new Map<string, RegExp>();

/** The regular expression of a glob pattern, over paths with forward slashes. */
export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let out = '';
  let braces = 0;
  for (let k = 0; k < glob.length; k++) {
    const c = glob[k];
    if (c === '*' && glob[k + 1] === '*') {
      // "**/" matches any number of folders, none included; a final "**" matches the rest.
      const slash = glob[k + 2] === '/';
      out += slash ? '(?:[^/]*/)*' : '.*';
      k += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', k + 1);
      if (close < 0) out += '\\[';
      else {
        out += `[${glob
          .slice(k + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        k = close;
      }
    } else out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  re = new RegExp(`^${out}${')'.repeat(braces)}$`);
  cache.set(glob, re);
  return re;
}

/** True when the relative path (forward slashes) matches one of the patterns. */
export function matchesAny(relativePath: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => globToRegExp(p.replace(/^\.?\//, '')).test(relativePath));
}
