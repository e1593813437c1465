// Glob patterns matched by hand, for folders the editor's file search cannot read.
import * as assert from 'node:assert/strict';
import { matchesAny } from '../../src/editor/glob';

describe('glob patterns', () => {
  it('matches the news language’s own patterns at any depth', () => {
    const news = ['**/*.news', '**/seeds/*.txt'];
    assert.equal(matchesAny('story.news', news), true);
    assert.equal(matchesAny('a/b/story.news', news), true);
    assert.equal(matchesAny('seeds/000.txt', news), true);
    assert.equal(matchesAny('archive/seeds/000.txt', news), true);
    assert.equal(matchesAny('seeds/deep/000.txt', news), false);
    assert.equal(matchesAny('notes.txt', news), false);
    assert.equal(matchesAny('story.news.bak', news), false);
  });

  it('reads braces, classes, single characters and a leading ./', () => {
    assert.equal(matchesAny('wire/a1.txt', ['{wire,post}/a?.txt']), true);
    assert.equal(matchesAny('post/ab.txt', ['{wire,post}/a[0-9].txt']), false);
    assert.equal(matchesAny('post/a7.txt', ['./{wire,post}/a[0-9].txt']), true);
    assert.equal(matchesAny('x/b.txt', ['x/[!a]*.txt']), true);
    assert.equal(matchesAny('a+b (1).txt', ['a+b (1).txt']), true, 'other characters stand for themselves');
    assert.equal(matchesAny('anything/at/all', ['**']), true);
  });
});
