import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeFile } from './decode.ts';
import { fetchText, type FetchLimits } from './fetch.ts';
import { itemText, looksLikeFeed, readFeed, type FeedItem } from './feed.ts';
import { htmlFragmentToText, htmlToArticle } from './html.ts';
import type { ArticleRecord } from './record.ts';

/** What the caller knows about an input; anything missing is taken from the input or defaulted. */
export type Hints = { source?: string; published?: string; title?: string; url?: string; feedId?: number };

/** One article still to load: loading may read a file or fetch a page. */
export type Job = { input: string; load: () => Promise<ArticleRecord> };

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** A local .txt / .md / .html (or a saved feed .xml) → jobs. */
export async function fileJobs(path: string, hints: Hints, today: string): Promise<Job[]> {
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw new Error(e.code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${e.message}`);
  });
  const body = decodeFile(bytes, path).text;
  if (looksLikeFeed(body)) return feedJobs(body, path, { ...hints, url: undefined }, today, null);
  const ext = extname(path).toLowerCase();
  return [{
    input: path,
    load: async () => {
      if (ext === '.html' || ext === '.htm' || /^\s*<(!doctype|html)/i.test(body)) {
        const page = htmlToArticle(body);
        return record(hints, { title: page.title, text: page.text, published: page.published, source: 'local file' }, today);
      }
      const text = ext === '.md' ? stripMarkdown(body) : body;
      return record(hints, { title: firstLineTitle(body) ?? basename(path, ext), text, published: null, source: 'local file' }, today);
    },
  }];
}

/** A URL: an article page → one job; a feed → one job per item. */
export async function urlJobs(url: string, hints: Hints, limits: FetchLimits, today: string): Promise<Job[]> {
  const res = await fetchText(url, limits);
  if (looksLikeFeed(res.body, res.contentType)) return feedJobs(res.body, url, hints, today, limits);
  const page = /html/i.test(res.contentType) || /^\s*</.test(res.body) ? htmlToArticle(res.body) : { title: null, text: res.body, published: null };
  return [{ input: url, load: async () => record({ url: res.url, ...hints }, { ...page, source: hostOf(res.url) }, today) }];
}

function feedJobs(xml: string, input: string, hints: Hints, today: string, limits: FetchLimits | null): Job[] {
  const feed = readFeed(xml);
  if (feed.items.length === 0) throw new Error('the feed has no items');
  return feed.items.map((item, i) => ({
    input: item.url ?? `${input}#item-${i + 1}`,
    load: () => itemRecord(item, hints, today, limits),
  }));
}

/** A feed item: its own body when it is the full article, else the linked page, else its teaser. */
async function itemRecord(item: FeedItem, hints: Hints, today: string, limits: FetchLimits | null): Promise<ArticleRecord> {
  if (!item.title && !item.url && !item.html) throw new Error('feed item has no title, link or text');
  const source = item.url ? hostOf(item.url) : 'feed';
  const base = { title: item.title, published: item.published, source };
  const own = itemText(item);
  if (own || !item.url || !limits) {
    return record({ ...hints, url: item.url ?? undefined }, { ...base, text: own ?? (item.html ? htmlFragmentToText(item.html) : '') }, today);
  }
  const page = htmlToArticle((await fetchText(item.url, limits)).body);
  return record({ ...hints, url: item.url }, { ...base, title: item.title ?? page.title, text: page.text, published: item.published ?? page.published }, today);
}

type Found = { title: string | null; text: string; published: string | null; source: string };

function record(h: Hints, f: Found, today: string): ArticleRecord {
  const title = h.title ?? f.title ?? f.text.trim().split(/\s+/).slice(0, 12).join(' ');
  return { source: h.source ?? f.source, url: h.url ?? null, title, published: h.published ?? f.published ?? today, text: f.text, feedId: h.feedId };
}

/** A short first line standing alone, not ending like a sentence, is a headline. */
function firstLineTitle(body: string): string | null {
  const m = body.match(/^\s*(?:#\s+)?([^\n]{3,150})\n\s*\n/);
  return m && !/[.!?:;,"”]$/.test(m[1]!.trim()) ? m[1]!.trim() : null;
}

/** Keep offsets meaningful: only drop heading marks and emphasis, not whole lines. */
const stripMarkdown = (md: string) => md.replace(/^#{1,6}\s+/gm, '').replace(/(\*\*|__)(.+?)\1/g, '$2');

export const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');
