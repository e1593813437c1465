// Attribution shapes, each on sentences written for the test.
import * as assert from 'node:assert/strict';
import { strictAnalyze } from './strictAnalyze';

const rows = (text: string) =>
  strictAnalyze(text).attributions.map((a) => [
    a.cue.text,
    a.source?.text ?? null,
    a.content.map((c) => c.text),
    a.stance,
    a.direct,
  ]);

describe('attribution shapes', () => {
  it('reads a source with an apposition between it and the cue', () => {
    assert.deepEqual(rows('Dana Hill, a spokeswoman for the city council, said the vote would be held in March.'), [
      ['said', 'Dana Hill', ['the vote would be held in March'], 'asserts', false],
    ]);
  });

  it('reads "C, said X, a ..." and a quote that continues after the cue', () => {
    assert.deepEqual(rows('“We will not stop. The fight goes on,” said Paul Grant, a union leader. “Nobody can stop us now.”'), [
      ['said', 'Paul Grant', ['“We will not stop. The fight goes on,”', '“Nobody can stop us now.”'], 'asserts', true],
    ]);
  });

  it('pairs doubled apostrophes as quotation marks and keeps the quote that follows', () => {
    assert.deepEqual(rows("''It was a hard year,'' Mr. Lee said. ''We lost money and friends.''"), [
      ['said', 'Mr. Lee', ["''It was a hard year,''", "''We lost money and friends.''"], 'asserts', true],
    ]);
  });

  it('skips time and manner adjuncts between the cue and the content', () => {
    assert.deepEqual(rows('Mayor Jim Brown said in a statement on Tuesday that the bridge was safe.'), [
      ['said', 'Mayor Jim Brown', ['the bridge was safe'], 'asserts', false],
    ]);
  });

  it('gives ", saying ..." the subject of the main clause', () => {
    assert.deepEqual(rows('The company posted a loss, saying sales had fallen sharply.'), [
      ['saying', 'The company', ['sales had fallen sharply'], 'asserts', false],
    ]);
  });

  it('reads a cue in the middle of the content: "C1, she said, C2"', () => {
    assert.deepEqual(rows('Too often, she said, the debate ignores the workers.'), [
      ['said', 'she', ['Too often', 'the debate ignores the workers'], 'asserts', false],
    ]);
  });

  it('reads verbs of thought only with a clause, and cues with particles or addressees', () => {
    assert.deepEqual(
      rows(
        'The senator believes the bill will pass. He called for a vote next week. Officials urged residents to leave. She believes it.',
      ),
      [
        ['believes', 'The senator', ['the bill will pass'], 'asserts', false],
        ['called for', 'He', ['a vote next week'], 'asserts', false],
        ['urged', 'Officials', ['residents to leave'], 'asserts', false],
      ],
    );
  });

  it('reads denials', () => {
    assert.deepEqual(rows('The minister denied that the army had fired on protesters.'), [
      ['denied', 'The minister', ['the army had fired on protesters'], 'denies', false],
    ]);
  });

  it('reads transcripts, picture credits and sign-offs from the layout', () => {
    assert.deepEqual(rows('KELLY: Where were you that night?\nJONES: I was at home with my family.'), [
      [':', 'KELLY', ['Where were you that night'], 'asserts', false],
      [':', 'JONES', ['I was at home with my family'], 'asserts', false],
    ]);
    assert.deepEqual(rows('A crowd gathers outside the stadium. Image: Ann Marsh.\n\nThe match began late.'), [
      ['Image:', 'Ann Marsh', ['A crowd gathers outside the stadium'], 'asserts', false],
    ]);
    assert.deepEqual(rows('“Nobody listens to farmers any more.”\n― Tom Reyes'), [
      ['―', 'Tom Reyes', ['“Nobody listens to farmers any more.”'], 'asserts', true],
    ]);
  });

  it('gives a paragraph that is all quotation to the source of the quote before it', () => {
    assert.deepEqual(
      rows(
        'Ms. Park said the plan was flawed.\n\n“It will cost billions,” she said.\n\n“And it will not work. Nobody believes it will.”',
      ),
      [
        ['said', 'Ms. Park', ['the plan was flawed'], 'asserts', false],
        ['said', 'she', ['“It will cost billions,”', '“And it will not work. Nobody believes it will.”'], 'asserts', true],
      ],
    );
  });

  it('introduces the next paragraph with "X said:"', () => {
    assert.deepEqual(rows('The coach said:\n\n“We played well. The referee was poor.”'), [
      ['said', 'The coach', ['“We played well. The referee was poor.”'], 'asserts', true],
    ]);
  });

  it('reads a headline cue in title case', () => {
    assert.deepEqual(rows('Lawmakers Say Budget Deal Is Near'), [
      ['Say', 'Lawmakers', ['Budget Deal Is Near'], 'asserts', false],
    ]);
  });

  it('reads a source set off by dashes, and "“C,” X, a title, said."', () => {
    assert.deepEqual(rows('Ann Cole -- a co-author of the study and a professor of law -- said the rules were unclear.'), [
      ['said', 'Ann Cole', ['the rules were unclear'], 'asserts', false],
    ]);
    assert.deepEqual(rows('“We will be back,” Omar Reyes, the team captain, said.'), [
      ['said', 'Omar Reyes', ['“We will be back,”'], 'asserts', true],
    ]);
  });

  it('takes "called X Y" for naming but not "called a meeting"', () => {
    assert.deepEqual(rows('The union called the offer an insult. She called a meeting.'), [
      ['called', 'The union', ['the offer an insult'], 'asserts', false],
    ]);
  });

  it('reads the question and the quote after a split at "?”"', () => {
    assert.deepEqual(rows('“Where is the money?” Ms. Diaz asked. “Nobody knows.”'), [
      ['asked', 'Ms. Diaz', ['“Where is the money?”', '“Nobody knows.”'], 'asserts', true],
    ]);
  });

  it('reads "X, who said C, ..." up to the main verb and resolves "who"', () => {
    const a = strictAnalyze('Paul Hunt, who said the plan was flawed, left early.').attributions;
    assert.deepEqual(
      a.map((x) => [x.source?.text, x.sourceName, x.content.map((c) => c.text)]),
      [['who', 'Paul Hunt', ['the plan was flawed']]],
    );
  });

  it('keeps the speaker\'s own "I think" inside a quote', () => {
    assert.deepEqual(rows('“It was close, I think the crowd helped us,” the coach said.'), [
      ['think', 'I', ['the crowd helped us'], 'asserts', true],
      ['said', 'the coach', ['“It was close, I think the crowd helped us,”'], 'asserts', true],
    ]);
  });

  it('reads infinitive chains, passives with "by", and intentions', () => {
    assert.deepEqual(
      rows(
        'The senator went on to say the vote was rigged. The plan is supported by most farmers. The mayor wants to raise taxes. Fans pledged to remain calm.',
      ),
      [
        ['went on to say', 'The senator', ['the vote was rigged'], 'asserts', false],
        ['is supported by', 'most farmers', ['The plan'], 'asserts', false],
        ['wants', 'The mayor', ['to raise taxes'], 'asserts', false],
        ['pledged', 'Fans', ['to remain calm'], 'asserts', false],
      ],
    );
  });

  it('does not take nouns shaped like present-tense verbs for cues', () => {
    assert.deepEqual(rows('The swing states of Ohio and Iowa matter. His comments were brief. She responded with a smile.'), []);
  });

  it('reads present-tense cues after the content, participles after a name, and "says of X, “C”"', () => {
    assert.deepEqual(
      rows(
        '“Who pays for this?” a narrator in the ad asks. The clip shows Maria Lopez saying, “We are ready.” The coach says of the referee, “He was fair.”',
      ),
      [
        ['asks', 'a narrator in the ad', ['“Who pays for this?”'], 'asserts', true],
        ['saying', 'Maria Lopez', ['“We are ready.”'], 'asserts', true],
        ['says', 'The coach', ['“He was fair.”'], 'asserts', true],
      ],
    );
  });

  it('reads "saying that" without a comma and nouns that report ("the mayor’s claim that C")', () => {
    assert.deepEqual(rows('He unleashed tweets on Friday saying that the vote was rigged.'), [
      ['saying', 'He', ['the vote was rigged'], 'asserts', false],
    ]);
    assert.deepEqual(rows('Officials rejected the mayor’s claim that the budget was balanced.'), [
      ['rejected', 'Officials', ['the mayor’s claim that the budget was balanced'], 'denies', false],
      ['claim', 'the mayor’s', ['the budget was balanced'], 'asserts', false],
    ]);
  });

  it('reads stances given by adjectives and by verbs with a particle', () => {
    assert.deepEqual(
      rows(
        'The senator is critical of the plan. Aides were sure that the bill would pass. Rivera spoke of a new beginning. Rivera spoke for an hour.',
      ),
      [
        ['is critical of', 'The senator', ['the plan'], 'asserts', false],
        ['were sure that', 'Aides', ['the bill would pass'], 'asserts', false],
        ['spoke of', 'Rivera', ['a new beginning'], 'asserts', false],
      ],
    );
  });

  it('lets evidence show a noun phrase, but not a person', () => {
    assert.deepEqual(rows('Polls show a close race. She showed the documents.'), [
      ['show', 'Polls', ['a close race'], 'asserts', false],
    ]);
  });

  it('reads "said one official at the ministry" and "Said X: “C”"', () => {
    assert.deepEqual(rows('“We are ready,” said one official at the ministry. Said Ms. Ortiz: “We will win.”'), [
      ['said', 'one official', ['“We are ready,”'], 'asserts', true],
      ['Said', 'Ms. Ortiz', ['“We will win.”'], 'asserts', true],
    ]);
  });

  it('reads "She continued, “C”", "X, which reported C", "decided C", and skips passives with adverbs', () => {
    assert.deepEqual(rows('“We lost,” Ms. Obi said. She continued, “But we will be back.” They were twice denied visas.'), [
      ['said', 'Ms. Obi', ['“We lost,”'], 'asserts', true],
      ['continued', 'She', ['“But we will be back.”'], 'asserts', true],
    ]);
    const a = strictAnalyze(
      'The data came from the city police, which reported 40 thefts in May. The board decided the school should close.',
    ).attributions;
    assert.deepEqual(
      a.map((x) => [x.cue.text, x.source?.text, x.sourceName, x.content.map((c) => c.text)]),
      [
        ['reported', 'which', 'city police', ['40 thefts in May']],
        ['decided', 'The board', 'board', ['the school should close']],
      ],
    );
  });

  it('reads judgements in the passive without a source, infinitives after "declined", and skips "so-called"', () => {
    assert.deepEqual(
      rows('The banker was accused of hiding losses. The court declined to step into the fray. The so-called reform failed.'),
      [
        ['was accused of', null, ['The banker', 'hiding losses'], 'asserts', false],
        ['declined', 'The court', ['to step into the fray'], 'asserts', false],
      ],
    );
  });

  it('reads clauses without "that" after stance adjectives and present-tense verbs, and "said X to the crowd"', () => {
    assert.deepEqual(
      rows('Activists are concerned the government will change the law. The court rules worship of old gods is legal.'),
      [
        ['are concerned', 'Activists', ['the government will change the law'], 'asserts', false],
        ['rules', 'The court', ['worship of old gods is legal'], 'asserts', false],
      ],
    );
    assert.deepEqual(
      rows('"We want to thank everyone," said Bolden to the crowd. They estimated by 2050 food needs would rise by half.'),
      [
        ['said', 'Bolden', ['"We want to thank everyone,"'], 'asserts', true],
        ['estimated', 'They', ['by 2050 food needs would rise by half'], 'asserts', false],
      ],
    );
  });

  it('drops an opening adverbial from the content when the quote follows the cue', () => {
    assert.deepEqual(rows('In a statement, Governor Ann Lee said, "The museum worked hard."'), [
      ['said', 'Governor Ann Lee', ['"The museum worked hard."'], 'asserts', true],
    ]);
  });

  it('reads comparisons as stances: "likened X to Y"', () => {
    assert.deepEqual(rows('Mr. Lane likened the tax to theft.'), [
      ['likened', 'Mr. Lane', ['the tax to theft'], 'asserts', false],
    ]);
  });

  it('tells "X, a title, said C" from "C, said X" by what comes before the comma', () => {
    assert.deepEqual(
      rows('Ann Brown, a spokeswoman for the coalition, said many of the examples that critics cite were wrong.'),
      [['said', 'Ann Brown', ['many of the examples that critics cite were wrong'], 'asserts', false]],
    );
    assert.deepEqual(
      rows(
        '“It is an invasion,” Tom Pratt, the attorney general, said at an event this month. Jo Ruiz, director of the group, called for more investment.',
      ),
      [
        ['said', 'Tom Pratt', ['“It is an invasion,”'], 'asserts', true],
        ['called for', 'Jo Ruiz', ['more investment'], 'asserts', false],
      ],
    );
  });

  it('ends the object of a stance before a time adjunct or a comma, and reads the clause after an opening adverbial', () => {
    assert.deepEqual(
      rows('Ms. Cole attacked the plan in a speech, calling it reckless. She has been critical of the mayor since the election.'),
      [
        ['attacked', 'Ms. Cole', ['the plan in a speech'], 'asserts', false],
        ['calling', 'Ms. Cole', ['it reckless'], 'asserts', false],
        ['has been critical of', 'She', ['the mayor'], 'asserts', false],
      ],
    );
    assert.deepEqual(rows('During his years in office, Mr. Obama said, a majority of Americans came to believe it.'), [
      ['said', 'Mr. Obama', ['a majority of Americans came to believe it'], 'asserts', false],
    ]);
  });

  it('takes the next paragraph as the content of a cue whose sentence ends in a colon', () => {
    assert.deepEqual(
      rows('In a statement, the church rejected these claims:\n\nShe was never forced to stay. She was free to leave.'),
      [['rejected', 'the church', ['She was never forced to stay. She was free to leave'], 'denies', false]],
    );
  });
});

describe('line breaks', () => {
  const wrapped = [
    'The city council met on Monday to discuss the flood defences along',
    'the eastern bank, where water rose overnight. "The water is high and',
    'the river will rise again before the weekend," said Mayor Anna',
    'Berg on Monday evening. Engineers said the new barrier would hold,',
    'and officials said two roads were closed as a precaution.',
    '',
    'A second paragraph begins here after a blank line, and it goes on',
    'to the next line without a break in the sentence.',
    '',
  ].join('\n');

  it('reads text wrapped at a fixed width as running text: a single line break is a space', () => {
    const a = strictAnalyze(wrapped);
    const sentences = a.sentences.map((s) => wrapped.slice(s.start, s.end).replace(/\s+/g, ' '));
    assert.deepEqual(sentences, [
      'The city council met on Monday to discuss the flood defences along the eastern bank, where water rose overnight.',
      '"The water is high and the river will rise again before the weekend," said Mayor Anna Berg on Monday evening.',
      'Engineers said the new barrier would hold, and officials said two roads were closed as a precaution.',
      'A second paragraph begins here after a blank line, and it goes on to the next line without a break in the sentence.',
    ]);
  });

  it('pairs a quotation that a wrapped line break runs through, and reads a name across a line break', () => {
    const found = rows(wrapped).map(([cue, source, content, , direct]) => [
      cue,
      (source as string).replace(/\s+/g, ' '),
      (content as string[]).map((c) => c.replace(/\s+/g, ' ')),
      direct,
    ]);
    assert.deepEqual(found, [
      ['said', 'Mayor Anna Berg', ['"The water is high and the river will rise again before the weekend,"'], true],
      ['said', 'Engineers', ['the new barrier would hold'], false],
      ['said', 'officials', ['two roads were closed as a precaution'], false],
    ]);
  });

  it('keeps one paragraph per line where lines end their sentences, and a quote across a lower-case line break', () => {
    const text =
      'The mayor said three bridges were closed.\n"The water is high and the river\nwill rise," police said.\nOfficials said two roads were shut.\n';
    assert.deepEqual(rows(text), [
      ['said', 'The mayor', ['three bridges were closed'], 'asserts', false],
      ['said', 'police', ['"The water is high and the river\nwill rise,"'], 'asserts', true],
      ['said', 'Officials', ['two roads were shut'], 'asserts', false],
    ]);
  });
});

describe('sources are noun phrases', () => {
  it('keeps an adverb between the subject and the cue out of the source', () => {
    assert.deepEqual(rows('Historians have long argued that the treaty was unfair.'), [
      ['have long argued', 'Historians', ['the treaty was unfair'], 'asserts', false],
    ]);
  });

  it('takes the name, not the day, as the source of "“C,” X, a title, said Tuesday."', () => {
    assert.deepEqual(rows('“The vote will pass,” Ana Ruiz, the party leader, said Tuesday.'), [
      ['said', 'Ana Ruiz', ['“The vote will pass,”'], 'asserts', true],
    ]);
  });
});
