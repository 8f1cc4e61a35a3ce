import { parseFeed } from '@rowanmanning/feed-parser';
import { htmlFragmentToText } from './html.ts';

export type FeedItem = { title: string | null; url: string | null; published: string | null; html: string | null };
export type ParsedFeed = { title: string | null; items: FeedItem[] };

/** Does this body look like an RSS or Atom document (rather than an HTML page)? */
export function looksLikeFeed(body: string, contentType = ''): boolean {
  if (/(rss|atom|rdf)\+xml/i.test(contentType)) return true;
  const head = body.slice(0, 2000);
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head) && !/<html[\s>]/i.test(head);
}

/** RSS 2.0 / Atom / RDF → items (title, link, date, body HTML). Throws with a readable reason. */
export function readFeed(xml: string): ParsedFeed {
  let feed;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    throw new Error(`not a valid RSS or Atom feed: ${e instanceof Error ? e.message : String(e)}`);
  }
  return {
    title: feed.title ?? null,
    items: feed.items.map((i) => ({
      title: i.title?.trim() || null,
      url: i.url ?? null,
      published: toIso(i.published ?? i.updated),
      html: i.content ?? i.description ?? null,
    })),
  };
}

/** The feed item's own body as text, when it is long enough to be the article rather than a teaser. */
export function itemText(item: FeedItem, minChars = 400): string | null {
  if (!item.html) return null;
  const text = htmlFragmentToText(item.html);
  return text.length >= minChars ? text : null;
}

/** Full ISO time: scheduled briefings compare it with the last briefing's time, not just the day. */
function toIso(d: Date | string | null | undefined): string | null {
  if (!d) return null;
  const date = d instanceof Date ? d : new Date(d);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
