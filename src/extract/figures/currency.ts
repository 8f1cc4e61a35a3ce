/**
 * Currency symbols, codes and words → ISO codes, with the factor for sub-units.
 *
 *   currencyOf('C$') → {code: 'CAD', factor: 1};  currencyOf('pence') → {code: 'GBP', factor: 0.01}
 */
export type Currency = { code: string; factor: number };

const SYMBOLS: Record<string, string> = {
  '$': 'USD', 'us$': 'USD', 'c$': 'CAD', 'ca$': 'CAD', 'a$': 'AUD', 'au$': 'AUD', 'nz$': 'NZD', 'hk$': 'HKD', 's$': 'SGD',
  'r$': 'BRL', 'rs': 'INR', 'rs.': 'INR', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '#': 'GBP',
};
const WORDS: Record<string, Currency> = {
  dollar: { code: 'USD', factor: 1 }, dollars: { code: 'USD', factor: 1 }, dlrs: { code: 'USD', factor: 1 },
  cent: { code: 'USD', factor: 0.01 }, cents: { code: 'USD', factor: 0.01 },
  euro: { code: 'EUR', factor: 1 }, euros: { code: 'EUR', factor: 1 },
  pound: { code: 'GBP', factor: 1 }, pounds: { code: 'GBP', factor: 1 }, sterling: { code: 'GBP', factor: 1 },
  penny: { code: 'GBP', factor: 0.01 }, pence: { code: 'GBP', factor: 0.01 },
  yen: { code: 'JPY', factor: 1 }, yuan: { code: 'CNY', factor: 1 }, renminbi: { code: 'CNY', factor: 1 },
  rupees: { code: 'INR', factor: 1 }, rupee: { code: 'INR', factor: 1 }, francs: { code: 'CHF', factor: 1 },
  marks: { code: 'DEM', factor: 1 }, rubles: { code: 'RUB', factor: 1 }, roubles: { code: 'RUB', factor: 1 },
  pesos: { code: 'MXN', factor: 1 }, won: { code: 'KRW', factor: 1 }, shekels: { code: 'ILS', factor: 1 },
  'swiss francs': { code: 'CHF', factor: 1 }, rand: { code: 'ZAR', factor: 1 }, kronor: { code: 'SEK', factor: 1 }, krona: { code: 'SEK', factor: 1 },
  'norwegian crowns': { code: 'NOK', factor: 1 }, 'danish crowns': { code: 'DKK', factor: 1 }, zlotys: { code: 'PLN', factor: 1 }, zloty: { code: 'PLN', factor: 1 },
  lira: { code: 'TRY', factor: 1 }, liras: { code: 'TRY', factor: 1 }, naira: { code: 'NGN', factor: 1 }, hryvnias: { code: 'UAH', factor: 1 }, hryvnia: { code: 'UAH', factor: 1 },
  dirhams: { code: 'AED', factor: 1 }, riyals: { code: 'SAR', factor: 1 }, ringgit: { code: 'MYR', factor: 1 }, baht: { code: 'THB', factor: 1 }, rupiah: { code: 'IDR', factor: 1 },
};
export const CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'CNY', 'INR', 'RUB', 'BRL', 'MXN', 'HKD', 'SGD', 'NZD', 'KRW'];

/** Regex source for a symbol before the number ("US$", "C$", "£", "€"). */
export const SYMBOL_RE = '(?:US|C|CA|A|AU|NZ|HK|S|R)?\\$|[£€¥₹₩₽]|Rs\\.?(?=\\s?\\d)';
/** Regex source for a currency word or code after the number. */
export const WORD_RE = `(?:${Object.keys(WORDS).sort((a, b) => b.length - a.length).flatMap((w) => (w.includes(' ') ? [w, w[0]!.toUpperCase() + w.slice(1)] : [w])).join('|')}|${CODES.join('|')})`;

export function currencyOf(token: string): Currency | undefined {
  const t = token.trim();
  if (CODES.includes(t.toUpperCase()) && t === t.toUpperCase()) return { code: t.toUpperCase(), factor: 1 };
  const sym = SYMBOLS[t.toLowerCase()];
  if (sym) return { code: sym, factor: 1 };
  return WORDS[t.toLowerCase()];
}
