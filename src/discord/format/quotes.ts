import { clampEmbed, safeText, type Embed } from '../../briefing/limits.ts';
import type { StoredQuote } from '../../db/quotes.ts';
import { link, pageFooter, shortDate } from './text.ts';

export const QUOTE_COLOR = 0x2f6f9f;

/** One quote as an embed field: who · outlet, then the words, date and link. */
export function quoteField(q: StoredQuote): { name: string; value: string } {
  const who = q.speaker ? safeText(q.speaker, 100) : 'Unattributed';
  return {
    name: `${who} — ${safeText(q.source, 100)}`,
    value: `“${safeText(q.text, 760)}”\n${shortDate(q.publishedAt)} · ${link(q.title, q.url, 180)}`,
  };
}

/** A page of quotes as one embed within Discord's limits. */
export function quotesEmbed(quotes: readonly StoredQuote[], o: { heading: string; page: number; pages: number; total: number }): Embed {
  return clampEmbed({
    title: o.heading,
    color: QUOTE_COLOR,
    fields: quotes.map(quoteField),
    footer: { text: pageFooter(o.page, o.pages, o.total, 'quote') },
  });
}

export function noQuotesEmbed(heading: string, hint: string): Embed {
  return clampEmbed({ title: heading, color: QUOTE_COLOR, description: hint });
}
