// The export formats as the command line prints them, read back like the engine's own exports.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toBrat } from '../../src/core/export';
import { strictAnalyze } from '../core/strictAnalyze';
import { HOSTILE, checkBratRoundTrip, checkWebAnnotationRoundTrip } from '../core/exportChecks';
import { projectRoot } from '../fixtures';

const CLI = path.join(projectRoot(), 'dist/cli.js');

describe('exports from the command line', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-export-'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'annotate', ...args], { encoding: 'utf8' });

    it('--format brat prints the .ann of a file', () => {
      const file = path.join(dir, 'hostile.txt');
      fs.writeFileSync(file, HOSTILE);
      const result = run(file, '--format', 'brat');
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, toBrat(HOSTILE, strictAnalyze(HOSTILE)));
      checkBratRoundTrip(HOSTILE, strictAnalyze(HOSTILE), result.stdout);
    });

    it('--format w3c prints a collection whose source is the file', () => {
      const file = path.join(dir, 'hostile.txt');
      fs.writeFileSync(file, HOSTILE);
      const result = run(file, '--format', 'w3c');
      assert.equal(result.status, 0, result.stderr);
      checkWebAnnotationRoundTrip(HOSTILE, strictAnalyze(HOSTILE), result.stdout, pathToFileURL(file).href);
    });

    it('brat and w3c take one file, and unknown formats are named', () => {
      const file = path.join(dir, 'one.txt');
      fs.writeFileSync(file, 'One line.');
      const two = run(file, file, '--format', 'brat');
      assert.equal(two.status, 2);
      assert.match(two.stderr, /one file/);
      const unknown = run(file, '--format', 'conll');
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /brat or w3c/);
    });
  });
