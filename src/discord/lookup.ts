import { truncateAtWord } from '../briefing/limits.ts';
import type { Reply } from './call.ts';
import { noQuotesEmbed, quotesEmbed } from './format/quotes.ts';
import { searchQuotes, type StoredQuote } from '../db/quotes.ts';
import type { Db } from '../db/open.ts';

const FILLER = new Set(('who what when where why how said say says saying did does do quote quoted source sources '
  + 'find tell me us about is was the a an of that this it please newsdesk').split(' '));

/**
 * Best matching quotes for a phrase or a question ("who said 'not one more dollar'?").
 * Tries the words as given, then without question words, then the longest few words,
 * so a chatty question still finds the quote. Fast: a handful of FTS lookups at most.
 */
export function findQuotes(db: Db, phrase: string, opts: { speaker?: string; limit?: number } = {}): StoredQuote[] {
  const limit = opts.limit ?? 25;
  const words = phrase.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const content = words.filter((w) => !FILLER.has(w));
  const longest = [...content].sort((a, b) => b.length - a.length).slice(0, 4);
  const attempts = [phrase, content.join(' '), content.slice(0, 8).join(' '), longest.join(' ')];
  const tried = new Set<string>();
  for (const search of attempts) {
    if (!search.trim() || tried.has(search)) continue;
    tried.add(search);
    const found = searchQuotes(db, { search, speaker: opts.speaker, limit });
    if (found.length) return found;
  }
  return opts.speaker && !phrase.trim() ? searchQuotes(db, { speaker: opts.speaker, limit }) : [];
}

/** A mention's text without the bot's mention(s): '<@123> who said x?' → 'who said x?' */
export const stripMentions = (text: string): string => text.replace(/<@!?\d+>/g, ' ').replace(/\s+/g, ' ').trim();

const LOOKUP_RESULTS = 3;

/** The answer to a mention or "Find quote source": the best few matching quotes, or a hint. */
export function quoteLookupReply(db: Db, text: string): Reply {
  const phrase = truncateAtWord(stripMentions(text), 300);
  const heading = truncateAtWord(`Best matches for “${phrase}”`, 200);
  if (!phrase) return { embeds: [noQuotesEmbed('Ask me about a quote', 'Mention me with words from a quote, e.g. “@Newsdesk who said \'not one more dollar\'?”')] };
  const quotes = findQuotes(db, phrase, { limit: LOOKUP_RESULTS });
  if (quotes.length === 0) return { embeds: [noQuotesEmbed(heading, 'I found no quote with those words in the news I have read.')] };
  return { embeds: [quotesEmbed(quotes, { heading, page: 0, pages: 1, total: quotes.length })] };
}
