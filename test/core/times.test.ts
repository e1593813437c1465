// Time expressions, one rule at a time, on sentences written for the rule.
import * as assert from 'node:assert/strict';
import { strictAnalyze } from './strictAnalyze';

const times = (text: string) => strictAnalyze(text).times.map((t) => t.text);
const numbers = (text: string) => strictAnalyze(text).numbers.map((n) => n.text);

describe('time expressions', () => {
  it('finds clock times in their usual forms', () => {
    assert.deepEqual(times('Doors open at 7pm, the talk is at 8:15 p.m. and the bus leaves at 23:40 GMT.'), [
      '7pm',
      '8:15 p.m.',
      '23:40 GMT',
    ]);
  });

  it('finds numeric dates and keeps their figures out of numbers', () => {
    const text = 'Filed on 3/14/2021 and 2022-07-01, six days after 9/11 was remembered.';
    assert.deepEqual(times(text), ['3/14/2021', '2022-07-01', '9/11']);
    assert.deepEqual(numbers(text), ['six']);
  });

  it('finds quarters and halves of a year and edges of a year', () => {
    assert.deepEqual(times('Profit rose in the fourth quarter and the second half of 2021, and again by mid-2023 in Q2 2024.'), [
      'fourth quarter',
      'second half of 2021',
      'mid-2023',
      'Q2 2024',
    ]);
  });

  it('finds vague spans of time before "ago" or "later"', () => {
    assert.deepEqual(times('A couple of weeks ago, and a few months later, and seven years ago.'), [
      'A couple of weeks ago',
      'a few months later',
      'seven years ago',
    ]);
  });

  it('keeps whole number words and day ranges in the expression', () => {
    const text = 'Eighty-one years ago and twenty two days later, the fair ran on October 3-6.';
    assert.deepEqual(times(text), ['Eighty-one years ago', 'twenty two days later', 'October 3-6']);
    assert.deepEqual(numbers(text), []);
  });

  it('reads year-like figures as quantities when money, units or a count follow them', () => {
    const text = 'In 2019 she paid $1990 for 2000 tons, and 1800 soldiers marched, unlike the 2016 elections.';
    assert.deepEqual(times(text), ['2019', '2016']);
    assert.deepEqual(numbers(text), ['$1990', '2000 tons', '1800']);
  });
});
