// Qualifiers around a number ("more than", "at least", "or more") and the verbs that make two numbers a change.
import type { Qualifier } from '../types';
import { set, table } from './tables';

/** Phrases before a number, longest first, with the qualifier they express. */
export const QUALIFIER_PHRASES: [string, Qualifier][] = (
  [
    ['greater than or equal to', 'at least'],
    ['more than or equal to', 'at least'],
    ['higher than or equal to', 'at least'],
    ['larger than or equal to', 'at least'],
    ['equal to or greater than', 'at least'],
    ['equal to or more than', 'at least'],
    ['equal to or higher than', 'at least'],
    ['bigger or equal than', 'at least'],
    ['greater or equal than', 'at least'],
    ['higher or equal than', 'at least'],
    ['larger or equal than', 'at least'],
    ['more or equal than', 'at least'],
    ['at least or equal to', 'at least'],
    ['less than or equal to', 'at most'],
    ['fewer than or equal to', 'at most'],
    ['smaller than or equal to', 'at most'],
    ['lower than or equal to', 'at most'],
    ['equal to or less than', 'at most'],
    ['equal to or fewer than', 'at most'],
    ['equal to or lower than', 'at most'],
    ['less or equal than', 'at most'],
    ['smaller or equal than', 'at most'],
    ['lower or equal than', 'at most'],
    ['at most or equal to', 'at most'],
    ['more than', 'more than'],
    ['greater than', 'more than'],
    ['larger than', 'more than'],
    ['bigger than', 'more than'],
    ['higher than', 'more than'],
    ['upwards of', 'more than'],
    ['in excess of', 'more than'],
    ['just over', 'more than'],
    ['well over', 'more than'],
    ['well above', 'more than'],
    ['over', 'more than'],
    ['above', 'more than'],
    ['exceeding', 'more than'],
    ['exceeds', 'more than'],
    ['exceed', 'more than'],
    ['exceeded', 'more than'],
    ['surpassing', 'more than'],
    ['surpasses', 'more than'],
    ['surpass', 'more than'],
    ['surpassed', 'more than'],
    ['fewer than', 'less than'],
    ['less than', 'less than'],
    ['smaller than', 'less than'],
    ['lower than', 'less than'],
    ['well under', 'less than'],
    ['well below', 'less than'],
    ['under', 'less than'],
    ['below', 'less than'],
    ['at least', 'at least'],
    ['no fewer than', 'at least'],
    ['no less than', 'at least'],
    ['not less than', 'at least'],
    ['not fewer than', 'at least'],
    ['a minimum of', 'at least'],
    ['as many as', 'up to'],
    ['as much as', 'up to'],
    ['up to', 'up to'],
    ['at most', 'at most'],
    ['no more than', 'at most'],
    ['not more than', 'at most'],
    ['a maximum of', 'at most'],
    ['about', 'about'],
    ['around', 'about'],
    ['roughly', 'about'],
    ['approximately', 'about'],
    ['some', 'about'],
    ['an estimated', 'about'],
    ['estimated', 'about'],
    ['circa', 'about'],
    ['close to', 'nearly'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['just under', 'nearly'],
    ['just shy of', 'nearly'],
    ['equal to', 'exact'],
    ['equals to', 'exact'],
    ['equaling to', 'exact'],
    ['equalling to', 'exact'],
    ['equals', 'exact'],
    ['exactly', 'exact'],
    ['precisely', 'exact'],
  ] as [string, Qualifier][]
).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** Comparison signs before a number, as written with or without spaces ("> 10", "<=", "< ="). */
export const COMPARISON_SIGNS: Record<string, Qualifier> = table({
  '>': 'more than',
  '<': 'less than',
  '>=': 'at least',
  '<=': 'at most',
  '≥': 'at least',
  '≤': 'at most',
  '=': 'exact',
});

/** Words after a number that open its upper or lower end ("200 or more", "500 or less"). */
export const OPEN_END_WORDS: Record<string, Qualifier> = table({
  more: 'at least',
  greater: 'at least',
  higher: 'at least',
  above: 'at least',
  over: 'at least',
  larger: 'at least',
  bigger: 'at least',
  less: 'at most',
  fewer: 'at most',
  lower: 'at most',
  below: 'at most',
  under: 'at most',
  smaller: 'at most',
});

/** Words and dashes that join two numbers into a range ("20 to 30", "20–30", "20~30"). */
export const RANGE_TO_WORDS = set(`to through thru`);
export const RANGE_DASHES = set(`~ – —`);
/** Words that join two bounds ("more than 10 and less than 20", "at least 5, at most 9"). */
export const BOUND_JOINERS = set(`and but ,`);
/** Periods after the second number that keep "1 in 5" apart from it ("1 in 5 years"). */
export const PROPORTION_PERIODS = set(`year years month months week weeks day days hour hours minute minutes second seconds`);

/** Verbs of change before "from A to B": the two numbers are a change, not a range. */
export const CHANGE_VERBS = set(`
  rose rise rises rising risen fell fall falls falling fallen increased increase increases increasing decreased decrease
  decreases decreasing grew grow grows growing grown dropped drop drops dropping climbed climb climbs climbing jumped jump
  jumps jumping declined decline declines declining cut cuts cutting raised raise raises raising lowered lower lowers
  slipped slip slid slide surged surge soared soar plunged plunge tumbled tumble doubled tripled shrank shrink expanded
  expand reduced reduce boosted boost revised moved move went go changed change up down
`);
