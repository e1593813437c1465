// Claims built from attributions: who claims what, what the article itself states, and what is contested.
import * as assert from 'node:assert/strict';
import { strictAnalyze } from './strictAnalyze';

describe('claims', () => {
  it('groups a quote that runs over paragraphs, and a pronoun, under the source named before', () => {
    const a = strictAnalyze(
      'The mayor said the budget was balanced.\n\n“We have a surplus,” she said.\n\n“And we will keep it.”\n\nCouncil members denied that the budget was balanced.',
    );
    assert.deepEqual(
      a.claims.map((c) => [c.sourceKey, c.span.text, c.stance]),
      [
        ['source:mayor', 'the budget was balanced', 'asserts'],
        ['source:mayor', '“We have a surplus,” she said.\n\n“And we will keep it.”', 'asserts'],
        ['source:council members', 'the budget was balanced', 'denies'],
      ],
    );
  });

  it('links a denial to the claim it repeats, in both directions', () => {
    const a = strictAnalyze('The mayor said the budget was balanced. Council members denied that the budget was balanced.');
    const [claim, denial] = a.claims;
    assert.deepEqual([claim.contestedBy, denial.contestedBy], [[denial.id], [claim.id]]);
  });

  it("keeps the article's own sentences as its claims, and not the attributed ones", () => {
    const a = strictAnalyze('The river rose by two metres overnight. Officials said the dam would hold.');
    assert.deepEqual(
      a.claims.map((c) => [c.sourceKey, c.span.text]),
      [
        ['article', 'The river rose by two metres overnight.'],
        ['source:officials', 'the dam would hold'],
      ],
    );
  });

  it('links a denial only to claims in the same stretch of text, not to a repeat far away', () => {
    const story = 'The mayor said the budget was balanced. Council members denied that the budget was balanced.';
    const filler = '\n\nThe weather stayed mild all week in the valley.'.repeat(300);
    const a = strictAnalyze(story + filler + '\n\n' + story);
    const denials = a.claims.filter((c) => c.stance === 'denies');
    assert.equal(denials.length, 2);
    for (const d of denials) {
      assert.equal(d.contestedBy.length, 1);
      assert.ok(Math.abs(a.claims[d.contestedBy[0]].span.start - d.span.start) < 200);
    }
  });
});
