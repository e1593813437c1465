// The tokenizer's scanner against the pattern that defines a token: same spans, same kinds.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { TOKEN_PATTERN, tokenize } from '../../src/core/tokenize';

/** Tokens as the pattern alone reads them: [start, end, kind]. */
function byPattern(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  const re = new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push([
      m.index,
      m.index + m[0].length,
      m[1] !== undefined || m[3] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'other',
    ]);
  }
  return out;
}

function byScanner(text: string): [number, number, string][] {
  return tokenize(text).map((t) => [t.start, t.end, t.isWord ? 'word' : t.isNumber ? 'number' : 'other']);
}

// The characters on which the scanner's decisions turn, ASCII and not.
const TRICKY = [
  'a',
  'b',
  'Z',
  's',
  'S',
  't',
  'h',
  'n',
  'd',
  'r',
  '0',
  '1',
  '9',
  '.',
  ',',
  ':',
  "'",
  '’',
  '-',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  'é',
  'É',
  '\u0301',
  'ß',
  '٣',
  'Ⅻ',
  'д',
  '中',
  '😀',
  '\u200d',
  '\ud83d',
  '\u0000',
  '\u007f',
  '"',
  '“',
];

describe('tokenize', () => {
  it('reads the same tokens as its defining pattern, on 20,000 strings of tricky characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        assert.deepEqual(byScanner(text), byPattern(text), JSON.stringify(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads news text as its defining pattern does', () => {
    const text =
      "U.S. officials said on Jan. 3rd the 1990s' 1,250.5 km rock'n'roll Syria's “don't” 12abc 1.5x it's A.B.C. e.g. 5s 7th.";
    assert.deepEqual(byScanner(text), byPattern(text));
  });

  it('gives each token its kind', () => {
    const kinds = tokenize("The U.S. lost 1,200 jobs in 2019's third quarter").map(
      (t) => `${t.text}:${t.isWord ? 'w' : t.isNumber ? 'n' : 'o'}`,
    );
    assert.deepEqual(kinds, ['The:w', 'U.S.:w', 'lost:w', '1,200:n', 'jobs:w', 'in:w', '2019:n', "'s:o", 'third:w', 'quarter:w']);
  });
});
