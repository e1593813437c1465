// Currencies: signs, codes, names and the words that say whose currency. General and ISO 4217 knowledge only.
import { set, table } from './tables';

/** Currency signs with their ISO codes. */
export const CURRENCY_SIGNS: Record<string, string> = table({
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  '₩': 'KRW',
  '₪': 'ILS',
  '₡': 'CRC',
  '₾': 'GEL',
  '₭': 'LAK',
  '₿': 'BTC',
  '₺': 'TRY',
  '₴': 'UAH',
  '₦': 'NGN',
  '₱': 'PHP',
  '฿': 'THB',
  '₫': 'VND',
  '₮': 'MNT',
  '₲': 'PYG',
  '₵': 'GHS',
  '₸': 'KZT',
  元: 'CNY',
  円: 'JPY',
  '¢': 'cent',
});

/** Letters written before a dollar sign to say whose dollar ("US$", "C$", "HK$", "Mex$"). */
export const DOLLAR_PREFIXES: Record<string, string> = table({
  us: 'USD',
  'u.s': 'USD',
  'u.s.': 'USD',
  usd: 'USD',
  c: 'CAD',
  ca: 'CAD',
  can: 'CAD',
  cad: 'CAD',
  hk: 'HKD',
  hkd: 'HKD',
  a: 'AUD',
  au: 'AUD',
  aud: 'AUD',
  nz: 'NZD',
  nzd: 'NZD',
  s: 'SGD',
  sg: 'SGD',
  sgd: 'SGD',
  r: 'BRL',
  mex: 'MXN',
  mx: 'MXN',
  mxn: 'MXN',
  nt: 'TWD',
  twd: 'TWD',
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
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  kuai: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  franc: 'CHF',
  francs: 'CHF',
  peso: 'MXN',
  pesos: 'MXN',
  reais: 'BRL',
  shekel: 'ILS',
  shekels: 'ILS',
  lira: 'TRY',
  liras: 'TRY',
  lire: 'ITL',
  krona: 'SEK',
  kronor: 'SEK',
  krone: 'NOK',
  kroner: 'NOK',
  zloty: 'PLN',
  zlotys: 'PLN',
  forint: 'HUF',
  forints: 'HUF',
  riyal: 'SAR',
  riyals: 'SAR',
  rial: 'IRR',
  rials: 'IRR',
  dirham: 'AED',
  dirhams: 'AED',
  dinar: 'IQD',
  dinars: 'IQD',
  naira: 'NGN',
  shilling: 'KES',
  shillings: 'KES',
  baht: 'THB',
  ringgit: 'MYR',
  rupiah: 'IDR',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  markka: 'FIM',
  markkaa: 'FIM',
  peseta: 'ESP',
  pesetas: 'ESP',
  guilder: 'NLG',
  guilders: 'NLG',
  escudo: 'PTE',
  escudos: 'PTE',
  drachmas: 'GRD',
  rand: 'ZAR',
  cedi: 'GHS',
  cedis: 'GHS',
  taka: 'BDT',
  afghani: 'AFN',
  afghanis: 'AFN',
  bitcoin: 'BTC',
  bitcoins: 'BTC',
  satoshi: 'BTC',
  satoshis: 'BTC',
  ரூ: 'LKR',
  buck: 'USD',
  bucks: 'USD',
  quid: 'GBP',
  cent: 'cent',
  cents: 'cent',
  pence: 'penny',
  penny: 'penny',
  pennies: 'penny',
  paise: 'paisa',
  kopeks: 'kopek',
});
/** Currency names that are also common words: only after a number and a scale or a nationality ("5 million won"). */
export const AMBIGUOUS_CURRENCY_NAMES: Record<string, string> = table({ won: 'KRW', real: 'BRL', rand: 'ZAR' });
/** "pound" is a weight unless a scale or a place says money ("5 million pounds", "Egyptian pounds"). */
export const POUND_NAMES = set(`pound pounds`);
/** Signs that start another amount, so figures before them are no cents ("5 dollars 20 $"). */
export const LEADING_SIGNS = set(`$ € £ ¥`);
/** Names of a currency's hundredth part. */
export const SUBUNIT_NAMES = set(`cent cents pence penny pennies paise kopeks mao`);
/** Prefixes that are place words of several tokens before a currency name ("Hong Kong dollars"). */
export const CURRENCY_PLACE_WORDS = set(`us u.s. hong kong new zealand south north korean singapore taiwan`);

/** Currencies named by a place word before "dollar(s)" ("australian dollars" -> AUD). */
export const LOCAL_DOLLARS: Record<string, string> = table({
  australian: 'AUD',
  canadian: 'CAD',
  hong: 'HKD',
  new: 'NZD',
  singapore: 'SGD',
  singaporean: 'SGD',
  taiwan: 'TWD',
  taiwanese: 'TWD',
  namibian: 'NAD',
  jamaican: 'JMD',
  liberian: 'LRD',
  zimbabwean: 'ZWL',
});
