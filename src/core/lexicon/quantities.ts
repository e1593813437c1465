// Word lists for numbers themselves: number words, scales, vague amounts, ordinals and fractions,
// ages and percentages. General English only. Currencies, measures and qualifiers have their own files.
import { set, table } from './tables';

// ── Number words ─────────────────────────────────────────────────────────────────────────────

export const UNIT_WORDS: Record<string, number> = table({
  zero: 0,
  nought: 0,
  naught: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
export const TEN_WORDS: Record<string, number> = table({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
/** Scales at or above a thousand; they close a group ("two hundred thousand"). */
export const LARGE_SCALES: Record<string, number> = table({
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
});
/** Abbreviated scales written after a figure, with or without a space ("10k", "$5bn", "10 bln"). */
export const SCALE_SUFFIXES: Record<string, number> = table({
  k: 1e3,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  mm: 1e6,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  tn: 1e12,
  tln: 1e12,
  trn: 1e12,
});
/** Scale suffixes whose case matters ("5MM" is five million in finance; "5mm" is a length). */
export const CASED_SCALE_SUFFIXES: Record<string, number> = table({ MM: 1e6 });
/** Single letters written onto a figure as a scale ("10M", "$7B", "1.2b"); "k" is a thousand in either case. */
export const LETTER_SCALES: Record<string, number> = table({ M: 1e6, B: 1e9, G: 1e9, b: 1e9 });
/** Scale suffixes that may stand apart from the figure ("10 bln"); single letters only when attached. */
export const SPACED_SCALE_SUFFIXES = set(`mn mln mil bn bln tn tln trn`);
/** Single letters standing apart after a figure, as a scale at the end of a phrase ("2.33 k", "1,674.5 G"). */
export const SPACED_LETTER_SCALES: Record<string, number> = table({ k: 1e3, K: 1e3, M: 1e6, G: 1e9 });
/** Vague amounts with their bounds ("dozens", "hundreds", "tens of thousands"). */
export const VAGUE_AMOUNTS: Record<string, { low: number; high: number }> = table({
  dozens: { low: 24, high: 99 },
  scores: { low: 40, high: 199 },
  hundreds: { low: 200, high: 999 },
  thousands: { low: 2000, high: 9999 },
  tens: { low: 20, high: 99 },
  millions: { low: 2e6, high: 9.99e6 },
  billions: { low: 2e9, high: 9.99e9 },
});
export const DOZEN_WORDS = set(`dozen dozens dz dzs doz dozs`);

/** Ordinal words with their numbers, including a common misspelling. */
export const ORDINAL_WORDS: Record<string, number> = table({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  nineth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1000,
  millionth: 1e6,
  billionth: 1e9,
  trillionth: 1e12,
});
/** Ordinal words that also name fractions as denominators ("a third", "two fifths"); "second" never does. */
export const DENOMINATORS: Record<string, number> = table({ half: 2, quarter: 4 });
for (const [w, n] of Object.entries(ORDINAL_WORDS)) if (n >= 3) DENOMINATORS[w] = n;
/** Plural denominators ("thirds", "quarters", "hundredths", "halves"). */
export const PLURAL_DENOMINATORS: Record<string, number> = table({ halves: 2, quarters: 4 });
for (const [w, n] of Object.entries(ORDINAL_WORDS)) if (n >= 3) PLURAL_DENOMINATORS[w + 's'] = n;

/** Vulgar fraction characters. */
export const FRACTION_CHARACTERS: Record<string, number> = table({
  '½': 1 / 2,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅕': 1 / 5,
  '⅖': 2 / 5,
  '⅗': 3 / 5,
  '⅘': 4 / 5,
  '⅙': 1 / 6,
  '⅚': 5 / 6,
  '⅐': 1 / 7,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
  '⅑': 1 / 9,
  '⅒': 1 / 10,
});

export const NEGATIVE_WORDS = set(`minus negative`);
/** Signs before a figure: minus signs ("-5", "−5") and hyphens inside compounds ("twenty-five", "3-inch"). */
export const MINUS_SIGNS = set(`- − ‑`);
export const HYPHENS = set(`- ‐ ‑`);
/** Words besides number words, scales and ordinals that can begin a number ("a hundred", "half a million", "a dozen"). */
export const NUMBER_START_WORDS = set(`a an half quarter hundred dozen`);
/** Words besides plural amounts that begin a vague amount ("a few hundred", "several thousand", "a couple of"). */
export const VAGUE_START_WORDS = set(`few several many couple`);

// ── Ages ─────────────────────────────────────────────────────────────────────────────────────

/** Units an age is given in, singular and plural. */
export const AGE_UNITS: Record<string, string> = table({
  year: 'years',
  years: 'years',
  yr: 'years',
  yrs: 'years',
  month: 'months',
  months: 'months',
  week: 'weeks',
  weeks: 'weeks',
  day: 'days',
  days: 'days',
});
export const AGE_ABBREVIATIONS = set(`yo y.o. y/o`);

// ── Percentages ──────────────────────────────────────────────────────────────────────────────

export const PERCENT_WORDS = set(`percent percents percentage pct`);
export const PERCENT_SIGNS = set(`% ٪`);

// Lists that time expressions also read, kept importable from here.
export { CURRENCY_NAMES, CURRENCY_SIGNS } from './currencies';
export { MEASURE_UNITS } from './measures';
