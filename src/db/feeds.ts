import { UserError } from '../errors.ts';
import type { Db } from './open.ts';
import { stmt } from './statements.ts';

/** guildId '' = one of the operator's default feeds (NEWSDESK_FEEDS), shared by every guild. */
export type Feed = {
  id: number;
  guildId: string;
  url: string;
  title: string | null;
  addedBy: string | null;
  lastPolledAt: string | null;
  lastError: string | null;
  createdAt: string;
  isDefault: boolean;
};

type Row = {
  id: number; guild_id: string; url: string; title: string | null; added_by: string | null;
  last_polled_at: string | null; last_error: string | null; created_at: string;
};

const toFeed = (r: Row): Feed => ({
  id: r.id, guildId: r.guild_id, url: r.url, title: r.title, addedBy: r.added_by, lastPolledAt: r.last_polled_at,
  lastError: r.last_error, createdAt: r.created_at, isDefault: r.guild_id === '',
});

export const DEFAULT_GUILD = '';
export const MAX_FEEDS_PER_GUILD = 50;

/** An http(s) URL in one spelling (no fragment), so the same feed is not stored twice. Throws UserError otherwise. */
export function normalizeFeedUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new UserError(`"${input}" is not a URL: give the feed's full address, starting with https://`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError(`Only http and https feeds can be read, not ${url.protocol}`);
  url.hash = '';
  return url.href;
}

export type NewFeed = { guildId: string; url: string; title?: string | null; addedBy?: string | null };
export type AddFeedResult = { status: 'added'; feed: Feed } | { status: 'exists'; feed: Feed };

/**
 * Adds a feed for a guild. 'exists' when the guild already has it or it is an operator default
 * (then feed.isDefault is true). Throws UserError for a bad URL or at MAX_FEEDS_PER_GUILD.
 */
export function addFeed(db: Db, f: NewFeed): AddFeedResult {
  const url = normalizeFeedUrl(f.url);
  return db.transaction((): AddFeedResult => {
    const existing = stmt(db, `SELECT * FROM feeds WHERE url = ? AND guild_id IN (?, '') ORDER BY guild_id DESC LIMIT 1`)
      .get(url, f.guildId) as Row | undefined;
    if (existing) return { status: 'exists', feed: toFeed(existing) };
    const count = (stmt(db, `SELECT count(*) AS n FROM feeds WHERE guild_id = ?`).get(f.guildId) as { n: number }).n;
    if (count >= MAX_FEEDS_PER_GUILD) throw new UserError(`This server already has ${MAX_FEEDS_PER_GUILD} feeds; remove one first.`);
    const row = stmt(db, `INSERT INTO feeds (guild_id, url, title, added_by) VALUES (?, ?, ?, ?) RETURNING *`)
      .get(f.guildId, url, f.title?.trim() || null, f.addedBy ?? null) as Row;
    return { status: 'added', feed: toFeed(row) };
  }).immediate();
}

/** Removes one of the guild's own feeds, by id or URL. Defaults and other guilds' feeds: false. */
export function removeFeed(db: Db, guildId: string, idOrUrl: number | string): boolean {
  if (guildId === DEFAULT_GUILD) return false;
  const asId = typeof idOrUrl === 'number' ? idOrUrl : /^\d+$/.test(idOrUrl.trim()) ? Number(idOrUrl) : undefined;
  if (asId !== undefined) return stmt(db, `DELETE FROM feeds WHERE id = ? AND guild_id = ?`).run(asId, guildId).changes > 0;
  let url: string;
  try {
    url = normalizeFeedUrl(String(idOrUrl));
  } catch {
    return false;
  }
  return stmt(db, `DELETE FROM feeds WHERE url = ? AND guild_id = ?`).run(url, guildId).changes > 0;
}

/** The guild's own feeds, then the operator defaults (isDefault true). */
export function listFeeds(db: Db, guildId: string): Feed[] {
  return (stmt(db, `SELECT * FROM feeds WHERE guild_id = ? OR guild_id = '' ORDER BY guild_id = '', url`).all(guildId) as Row[])
    .map(toFeed);
}

export function getFeed(db: Db, id: number): Feed | undefined {
  const row = stmt(db, `SELECT * FROM feeds WHERE id = ?`).get(id) as Row | undefined;
  return row && toFeed(row);
}

/** One URL to fetch, and every feed row (guilds, defaults) that names it. */
/** trusted: the operator lists this URL too (NEWSDESK_FEEDS), so it may point anywhere. */
export type FeedToPoll = { url: string; feedIds: number[]; lastPolledAt: string | null; trusted: boolean };

/**
 * Each distinct feed URL not polled in the last everyMinutes (never-polled first). A URL several guilds
 * added is fetched once: the least recently polled of its rows decides.
 */
export function feedsToPoll(db: Db, now: Date = new Date(), everyMinutes = 0): FeedToPoll[] {
  const cutoff = new Date(now.getTime() - everyMinutes * 60_000).toISOString();
  const rows = stmt(db, `SELECT url, group_concat(id) AS ids, min(coalesce(last_polled_at, '')) AS oldest, max(guild_id = '') AS trusted
    FROM feeds GROUP BY url HAVING oldest = '' OR oldest <= ? ORDER BY oldest, url`).all(cutoff) as { url: string; ids: string; oldest: string; trusted: number }[];
  return rows.map((r) => ({ url: r.url, feedIds: r.ids.split(',').map(Number).sort((a, b) => a - b), lastPolledAt: r.oldest || null, trusted: r.trusted === 1 }));
}

/** Records a poll: last_polled_at = at (default now), last_error = the error or NULL. */
export function markFeedPolled(db: Db, id: number, opts: { error?: string | null; at?: Date } = {}): void {
  stmt(db, `UPDATE feeds SET last_polled_at = ?, last_error = ? WHERE id = ?`)
    .run((opts.at ?? new Date()).toISOString(), opts.error ?? null, id);
}

/**
 * Makes the operator's default feeds exactly `urls` (from NEWSDESK_FEEDS): adds the new ones,
 * removes defaults no longer listed. Guilds' own feeds are untouched.
 */
export function setDefaultFeeds(db: Db, urls: readonly string[]): { added: string[]; removed: string[] } {
  const wanted = [...new Set(urls.map(normalizeFeedUrl))];
  return db.transaction(() => {
    const current = (stmt(db, `SELECT url FROM feeds WHERE guild_id = ''`).all() as { url: string }[]).map((r) => r.url);
    const added = wanted.filter((u) => !current.includes(u));
    const removed = current.filter((u) => !wanted.includes(u));
    for (const u of added) stmt(db, `INSERT INTO feeds (guild_id, url) VALUES ('', ?)`).run(u);
    for (const u of removed) stmt(db, `DELETE FROM feeds WHERE guild_id = '' AND url = ?`).run(u);
    return { added, removed };
  }).immediate();
}
