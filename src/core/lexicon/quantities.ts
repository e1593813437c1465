// Word lists for quantities: number words, ordinals and fractions, scales, currencies, measures,
// temperatures, ages, qualifiers and range words. General English and ISO knowledge only.
import type { Qualifier } from '../types';

const set = (words: string) => new Set(words.trim().split(/\s+/));
/** A lookup table without a prototype, so words like "constructor" are never found in it. */
const table = <T>(entries: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, entries);

// ── Number words ─────────────────────────────────────────────────────────────────────────────

export const UNIT_WORDS: Record<string, number> = table({
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
export const TEN_WORDS: Record<string, number> = table({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
/** Scales at or above a thousand; they close a group ("two hundred thousand"). */
export const LARGE_SCALES: Record<string, number> = table({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
});
/** Abbreviated scales written after a figure, with or without a space ("10k", "$5bn", "10 bln"). */
export const SCALE_SUFFIXES: Record<string, number> = table({
  k: 1e3, mn: 1e6, mln: 1e6, mil: 1e6, mm: 1e6, bn: 1e9, bln: 1e9, b: 1e9, tn: 1e12, tln: 1e12, trn: 1e12,
});
/** Scale suffixes that may stand apart from the figure ("10 bln"); single letters only when attached. */
export const SPACED_SCALE_SUFFIXES = set(`mn mln mil bn bln tn tln trn`);
/** Vague amounts with their bounds ("dozens", "hundreds", "tens of thousands"). */
export const VAGUE_AMOUNTS: Record<string, { low: number; high: number }> = table({
  dozens: { low: 24, high: 99 }, scores: { low: 40, high: 199 }, hundreds: { low: 200, high: 999 }, thousands: { low: 2000, high: 9999 },
  tens: { low: 20, high: 99 }, millions: { low: 2e6, high: 9.99e6 }, billions: { low: 2e9, high: 9.99e9 },
});
export const DOZEN_WORDS = set(`dozen dozens dz dzs doz dozs`);

/** Ordinal words with their numbers, including a common misspelling. */
export const ORDINAL_WORDS: Record<string, number> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, nineth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100, thousandth: 1000, millionth: 1e6, billionth: 1e9, trillionth: 1e12,
});
/** Ordinal words that also name fractions as denominators ("a third", "two fifths"); "second" never does. */
export const DENOMINATORS: Record<string, number> = table({ half: 2, quarter: 4 });
for (const [w, n] of Object.entries(ORDINAL_WORDS)) if (n >= 3) DENOMINATORS[w] = n;
/** Plural denominators ("thirds", "quarters", "hundredths", "halves"). */
export const PLURAL_DENOMINATORS: Record<string, number> = table({ halves: 2, quarters: 4 });
for (const [w, n] of Object.entries(ORDINAL_WORDS)) if (n >= 3) PLURAL_DENOMINATORS[w + 's'] = n;

/** Vulgar fraction characters. */
export const FRACTION_CHARACTERS: Record<string, number> = table({
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6,
  '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅑': 1 / 9, '⅒': 1 / 10,
});

export const NEGATIVE_WORDS = set(`minus negative`);

// ── Currencies ───────────────────────────────────────────────────────────────────────────────

/** Currency signs with their ISO codes. */
export const CURRENCY_SIGNS: Record<string, string> = table({
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₪': 'ILS', '₡': 'CRC', '₾': 'GEL',
  '₭': 'LAK', '₿': 'BTC', '₺': 'TRY', '₴': 'UAH', '₦': 'NGN', '₱': 'PHP', '฿': 'THB', '₫': 'VND', '₮': 'MNT', '₲': 'PYG',
  '₵': 'GHS', '₸': 'KZT', '元': 'CNY', '円': 'JPY', '¢': 'cent',
});

/** Letters written before a dollar sign to say whose dollar ("US$", "C$", "HK$", "Mex$"). */
export const DOLLAR_PREFIXES: Record<string, string> = table({
  us: 'USD', 'u.s': 'USD', 'u.s.': 'USD', usd: 'USD', c: 'CAD', ca: 'CAD', can: 'CAD', cad: 'CAD', hk: 'HKD', hkd: 'HKD',
  a: 'AUD', au: 'AUD', aud: 'AUD', nz: 'NZD', nzd: 'NZD', s: 'SGD', sg: 'SGD', sgd: 'SGD', r: 'BRL', mex: 'MXN', mx: 'MXN',
  mxn: 'MXN', nt: 'TWD', twd: 'TWD',
});
/** Single-letter dollar prefixes that must be upper case and attached ("A$", not "a $"). */
export const STRICT_DOLLAR_PREFIXES = set(`a s r`);

/** ISO 4217 codes (and common non-ISO ones) that may stand before or after an amount. */
export const CURRENCY_CODES = set(`
  USD EUR GBP JPY CNY RMB INR RUB KRW ILS CHF CAD AUD NZD HKD SGD MXN BRL ZAR TRY SEK NOK DKK PLN CZK HUF RON BGN
  SAR AED QAR KWD BHD OMR JOD EGP NGN KES GHS ETB TZS UGX MAD DZD TND PKR BDT LKR NPR IDR MYR THB PHP VND TWD UAH
  ARS CLP COP PEN VES IRR IQD SYP LBP AFN KZT UZS GEL AMD AZN ISK BTC ETH XAU
`);
/** Codes also written in lower case in running text. */
export const LOWERCASE_CURRENCY_CODES = set(`usd eur gbp jpy cny rmb inr chf cad aud btc`);

/** Currency names written after an amount, with their codes. */
export const CURRENCY_NAMES: Record<string, string> = table({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', yen: 'JPY',
  yuan: 'CNY', renminbi: 'CNY', kuai: 'CNY', rupee: 'INR', rupees: 'INR', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB',
  roubles: 'RUB', franc: 'CHF', francs: 'CHF', peso: 'MXN', pesos: 'MXN', reais: 'BRL', shekel: 'ILS', shekels: 'ILS',
  lira: 'TRY', liras: 'TRY', lire: 'ITL', krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', zloty: 'PLN',
  zlotys: 'PLN', forint: 'HUF', forints: 'HUF', riyal: 'SAR', riyals: 'SAR', rial: 'IRR', rials: 'IRR', dirham: 'AED',
  dirhams: 'AED', dinar: 'IQD', dinars: 'IQD', naira: 'NGN', shilling: 'KES', shillings: 'KES', baht: 'THB',
  ringgit: 'MYR', rupiah: 'IDR', hryvnia: 'UAH', hryvnias: 'UAH', markka: 'FIM', markkaa: 'FIM', peseta: 'ESP',
  pesetas: 'ESP', guilder: 'NLG', guilders: 'NLG', escudo: 'PTE', escudos: 'PTE', drachmas: 'GRD', rand: 'ZAR',
  cedi: 'GHS', cedis: 'GHS', taka: 'BDT', afghani: 'AFN', afghanis: 'AFN', bitcoin: 'BTC', bitcoins: 'BTC',
  satoshi: 'BTC', satoshis: 'BTC', 'ரூ': 'LKR', buck: 'USD', bucks: 'USD', quid: 'GBP',
  cent: 'cent', cents: 'cent', pence: 'penny', penny: 'penny', pennies: 'penny', paise: 'paisa', kopeks: 'kopek',
});
/** Currency names that are also common words: only after a number and a scale or a nationality ("5 million won"). */
export const AMBIGUOUS_CURRENCY_NAMES: Record<string, string> = table({ won: 'KRW', real: 'BRL', rand: 'ZAR' });
/** Names of a currency's hundredth part. */
export const SUBUNIT_NAMES = set(`cent cents pence penny pennies paise kopeks mao`);
/** Prefixes that are place words of several tokens before a currency name ("Hong Kong dollars"). */
export const CURRENCY_PLACE_WORDS = set(`us u.s. hong kong new zealand south north korean singapore taiwan`);

// ── Measures ─────────────────────────────────────────────────────────────────────────────────

/** Measure units written after a number (lower case), with a short name. */
export const MEASURE_UNITS: Record<string, string> = table({
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', m: 'm', metre: 'm',
  metres: 'm', meter: 'm', meters: 'm', cm: 'cm', centimetre: 'cm', centimetres: 'cm', centimeter: 'cm', centimeters: 'cm',
  mm: 'mm', millimetre: 'mm', millimetres: 'mm', millimeter: 'mm', millimeters: 'mm', dm: 'dm', decimetre: 'dm',
  decimetres: 'dm', decimeter: 'dm', decimeters: 'dm', micrometre: 'µm', micrometres: 'µm', micrometer: 'µm',
  micrometers: 'µm', microns: 'µm', nanometre: 'nm', nanometres: 'nm', nanometer: 'nm', nanometers: 'nm',
  picometre: 'pm', picometres: 'pm', picometer: 'pm', picometers: 'pm', mile: 'mi', miles: 'mi', mi: 'mi', yard: 'yd',
  yards: 'yd', yd: 'yd', yds: 'yd', foot: 'ft', feet: 'ft', ft: 'ft', inch: 'in', inches: 'in', 'light-years': 'ly',
  km2: 'km²', 'km²': 'km²', m2: 'm²', 'm²': 'm²', acre: 'acre', acres: 'acre', hectare: 'ha', hectares: 'ha', ha: 'ha',
  litre: 'l', litres: 'l', liter: 'l', liters: 'l', ml: 'ml', millilitre: 'ml', millilitres: 'ml', milliliter: 'ml',
  milliliters: 'ml', cl: 'cl', gallon: 'gal', gallons: 'gal', gal: 'gal', barrel: 'bbl', barrels: 'bbl', bbl: 'bbl',
  cup: 'cup', cups: 'cup', tablespoon: 'tbsp', tablespoons: 'tbsp', tbsp: 'tbsp', teaspoon: 'tsp', teaspoons: 'tsp',
  tsp: 'tsp', pint: 'pt', pints: 'pt', quart: 'qt', quarts: 'qt', bushel: 'bu', bushels: 'bu', cc: 'cc',
  kg: 'kg', kgs: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg', kilo: 'kg', kilos: 'kg',
  g: 'g', gram: 'g', grams: 'g', gramme: 'g', grammes: 'g', mg: 'mg', milligram: 'mg', milligrams: 'mg',
  milligramme: 'mg', milligrammes: 'mg', 'µg': 'µg', 'μg': 'µg', mcg: 'µg', microgram: 'µg', micrograms: 'µg',
  microgramme: 'µg', microgrammes: 'µg', tonne: 't', tonnes: 't', ton: 't', tons: 't', t: 't', lb: 'lb', lbs: 'lb', pound: 'lb', pounds: 'lb',
  ounce: 'oz', ounces: 'oz', oz: 'oz', carat: 'ct', carats: 'ct', dram: 'dr', drams: 'dr', drachma: 'dr', stone: 'st',
  mph: 'mph', kph: 'km/h', kmph: 'km/h', kmh: 'km/h', knot: 'kn', knots: 'kn',
  bit: 'bit', bits: 'bit', byte: 'B', bytes: 'B', kb: 'kB', mb: 'MB', gb: 'GB', tb: 'TB', kilobytes: 'kB', megabytes: 'MB',
  gigabytes: 'GB', terabytes: 'TB', megabits: 'Mbit', gigabits: 'Gbit', kbps: 'kbit/s', mbps: 'Mbit/s', gbps: 'Gbit/s',
  w: 'W', watt: 'W', watts: 'W', kw: 'kW', kilowatt: 'kW', kilowatts: 'kW', mw: 'MW', megawatt: 'MW', megawatts: 'MW',
  gw: 'GW', gigawatt: 'GW', gigawatts: 'GW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', twh: 'TWh', volt: 'V', volts: 'V',
  kv: 'kV', hp: 'hp', horsepower: 'hp', calorie: 'cal', calories: 'cal', kcal: 'kcal', joule: 'J', joules: 'J',
  degree: '°', degrees: '°', rad: 'rad', radian: 'rad', radians: 'rad', turn: 'turn', turns: 'turn',
  decibel: 'dB', decibels: 'dB', db: 'dB',
});
/** Units that also read as everyday words or letters: only attached to the figure ("48m", "100t", "2g"). */
export const ATTACHED_ONLY_UNITS = set(`t g w in mi ha cl cc kv hp db rad stone turn turns`);
/** Second words of two-word units, keyed by the first ("square metres", "metric tons", "light years"). */
export const UNIT_FIRST_WORDS: Record<string, string> = table({
  square: 'sq', sq: 'sq', cubic: 'cu', cu: 'cu', metric: 'metric', nautical: 'nautical', light: 'light', fluid: 'fl',
  fl: 'fl', percentage: 'percentage', basis: 'basis', board: 'board',
});
export const TWO_WORD_UNITS: Record<string, string> = table({
  'nautical miles': 'nmi', 'nautical mile': 'nmi', 'light years': 'ly', 'light year': 'ly', 'fluid ounces': 'fl oz',
  'fl oz': 'fl oz', 'percentage points': 'percentage points', 'percentage point': 'percentage points',
  'basis points': 'bp', 'basis point': 'bp', 'metric tons': 't', 'metric ton': 't', 'metric tonnes': 't', 'metric tonne': 't',
  'board feet': 'board ft',
});
/** Words after "per" or "/" that make a rate unit ("miles per hour", "km/h"). */
export const RATE_DENOMINATORS: Record<string, string> = table({
  hour: 'h', hr: 'h', h: 'h', hours: 'h', second: 's', sec: 's', s: 's', minute: 'min', min: 'min', millisecond: 'ms',
  ms: 'ms', day: 'day', week: 'week', month: 'month', year: 'year', annum: 'year', capita: 'capita', head: 'head',
  kilogram: 'kg', kg: 'kg', litre: 'l', liter: 'l', gallon: 'gal', kilometre: 'km', kilometer: 'km', km: 'km', mile: 'mi',
  square: 'sq', barrel: 'bbl', ton: 't', tonne: 't', gram: 'g', g: 'g', gramme: 'g', person: 'person',
});
/** Words after a length that say what it measures, so a bare inch mark reads as a unit ('10 " long'). */
export const DIMENSION_ADJECTIVES = set(`long wide tall high deep thick across`);

// ── Temperatures ─────────────────────────────────────────────────────────────────────────────

export const DEGREE_WORDS = set(`degree degrees deg ° º`);
/** Temperature scales; single letters count only after a degree word or sign. */
export const TEMPERATURE_SCALES: Record<string, string> = table({
  celsius: '°C', celcius: '°C', centigrade: '°C', centigrate: '°C', c: '°C', fahrenheit: '°F', farenheit: '°F',
  fahrenheight: '°F', f: '°F', kelvin: 'K', k: 'K',
});
export const SINGLE_LETTER_SCALES = set(`c f k`);

// ── Ages ─────────────────────────────────────────────────────────────────────────────────────

/** Units an age is given in, singular and plural. */
export const AGE_UNITS: Record<string, string> = table({
  year: 'years', years: 'years', yr: 'years', yrs: 'years', month: 'months', months: 'months', week: 'weeks', weeks: 'weeks',
  day: 'days', days: 'days',
});
export const AGE_ABBREVIATIONS = set(`yo y.o. y/o`);

// ── Percentages ──────────────────────────────────────────────────────────────────────────────

export const PERCENT_WORDS = set(`percent percents percentage pct`);

// ── Qualifiers and ranges ────────────────────────────────────────────────────────────────────

/** Phrases before a number, longest first, with the qualifier they express. */
export const QUALIFIER_PHRASES: [string, Qualifier][] = ([
  ['greater than or equal to', 'at least'], ['more than or equal to', 'at least'], ['higher than or equal to', 'at least'],
  ['larger than or equal to', 'at least'], ['equal to or greater than', 'at least'], ['equal to or more than', 'at least'],
  ['equal to or higher than', 'at least'], ['bigger or equal than', 'at least'], ['greater or equal than', 'at least'],
  ['higher or equal than', 'at least'], ['larger or equal than', 'at least'], ['more or equal than', 'at least'],
  ['at least or equal to', 'at least'], ['less than or equal to', 'at most'], ['fewer than or equal to', 'at most'],
  ['smaller than or equal to', 'at most'], ['lower than or equal to', 'at most'], ['equal to or less than', 'at most'],
  ['equal to or fewer than', 'at most'], ['equal to or lower than', 'at most'], ['less or equal than', 'at most'],
  ['smaller or equal than', 'at most'], ['lower or equal than', 'at most'], ['at most or equal to', 'at most'],
  ['more than', 'more than'], ['greater than', 'more than'], ['larger than', 'more than'], ['bigger than', 'more than'],
  ['higher than', 'more than'], ['upwards of', 'more than'], ['in excess of', 'more than'], ['just over', 'more than'],
  ['well over', 'more than'], ['well above', 'more than'], ['over', 'more than'], ['above', 'more than'],
  ['exceeding', 'more than'], ['exceeds', 'more than'], ['exceed', 'more than'], ['exceeded', 'more than'],
  ['surpassing', 'more than'], ['surpasses', 'more than'], ['surpass', 'more than'], ['surpassed', 'more than'],
  ['fewer than', 'less than'], ['less than', 'less than'], ['smaller than', 'less than'], ['lower than', 'less than'],
  ['well under', 'less than'], ['well below', 'less than'], ['under', 'less than'], ['below', 'less than'],
  ['at least', 'at least'], ['no fewer than', 'at least'], ['no less than', 'at least'], ['not less than', 'at least'],
  ['not fewer than', 'at least'], ['a minimum of', 'at least'], ['as many as', 'up to'], ['as much as', 'up to'],
  ['up to', 'up to'], ['at most', 'at most'], ['no more than', 'at most'], ['not more than', 'at most'],
  ['a maximum of', 'at most'], ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'],
  ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['circa', 'about'], ['close to', 'nearly'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['just under', 'nearly'], ['just shy of', 'nearly'],
  ['equal to', 'exact'], ['equals to', 'exact'], ['equaling to', 'exact'], ['equalling to', 'exact'], ['equals', 'exact'],
  ['exactly', 'exact'], ['precisely', 'exact'],
] as [string, Qualifier][]).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** Comparison signs before a number, as written with or without spaces ("> 10", "<=", "< ="). */
export const COMPARISON_SIGNS: Record<string, Qualifier> = table({ '>': 'more than', '<': 'less than', '>=': 'at least', '<=': 'at most', '≥': 'at least', '≤': 'at most', '=': 'exact' });

/** Words after a number that open its upper or lower end ("200 or more", "500 or less"). */
export const OPEN_END_WORDS: Record<string, Qualifier> = table({
  more: 'at least', greater: 'at least', higher: 'at least', above: 'at least', over: 'at least', larger: 'at least',
  bigger: 'at least', less: 'at most', fewer: 'at most', lower: 'at most', below: 'at most', under: 'at most', smaller: 'at most',
});

/** Verbs of change before "from A to B": the two numbers are a change, not a range. */
export const CHANGE_VERBS = set(`
  rose rise rises rising risen fell fall falls falling fallen increased increase increases increasing decreased decrease
  decreases decreasing grew grow grows growing grown dropped drop drops dropping climbed climb climbs climbing jumped jump
  jumps jumping declined decline declines declining cut cuts cutting raised raise raises raising lowered lower lowers
  slipped slip slid slide surged surge soared soar plunged plunge tumbled tumble doubled tripled shrank shrink expanded
  expand reduced reduce boosted boost revised moved move went go changed change up down
`);

/** Currencies named by a place word before "dollar(s)" ("australian dollars" -> AUD). */
export const LOCAL_DOLLARS: Record<string, string> = table({
  australian: 'AUD', canadian: 'CAD', hong: 'HKD', new: 'NZD', singapore: 'SGD', singaporean: 'SGD', taiwan: 'TWD',
  taiwanese: 'TWD', namibian: 'NAD', jamaican: 'JMD', liberian: 'LRD', zimbabwean: 'ZWL',
});
