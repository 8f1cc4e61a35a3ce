import cron from 'node-cron';
import type { Context } from '../context.ts';
import { feedsToPoll, markFeedPolled, setDefaultFeeds, type FeedToPoll } from '../db/feeds.ts';
import { errorMessage } from '../errors.ts';
import { ingestFeed, type IngestReport } from '../ingest/run.ts';

export type FeedPollResult = {
  url: string;
  feedIds: number[];
  added: number;
  duplicates: number;
  failed: number;
  /** Why the feed itself could not be read (or why every item failed); undefined when it was read. */
  error?: string;
};

/** Feeds fetched at the same time in one pass. */
export const POLL_CONCURRENCY = 4;

/**
 * Fetches every feed URL not polled in the last FEED_POLL_MINUTES and ingests its items. Each URL is
 * fetched once even if several guilds added it; every feed row naming it gets last_polled_at / last_error.
 * Never throws for a bad feed: its error is recorded and returned.
 */
export async function pollFeeds(ctx: Context): Promise<FeedPollResult[]> {
  const now = ctx.clock();
  const due = feedsToPoll(ctx.db, now, ctx.config.FEED_POLL_MINUTES);
  const results: FeedPollResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < due.length) results.push(await pollOne(ctx, due[next++]!, now));
  };
  await Promise.all(Array.from({ length: Math.min(POLL_CONCURRENCY, due.length) }, worker));
  return results.sort((a, b) => a.url.localeCompare(b.url));
}

async function pollOne(ctx: Context, feed: FeedToPoll, now: Date): Promise<FeedPollResult> {
  const log = ctx.log.child({ module: 'feeds', url: feed.url });
  let result: FeedPollResult;
  try {
    const publicOnly = !feed.trusted && !ctx.config.NEWSDESK_ALLOW_PRIVATE_FEEDS;
    const limits = { timeoutMs: ctx.config.FETCH_TIMEOUT_MS, maxBytes: ctx.config.FETCH_MAX_BYTES, publicOnly };
    const report = await ingestFeed(ctx.db, feed.url, { limits, now, feedId: feed.feedIds[0] });
    result = { url: feed.url, feedIds: feed.feedIds, added: report.added, duplicates: report.duplicates, failed: report.failed, error: allFailed(report) };
    log.info({ added: report.added, duplicates: report.duplicates, failed: report.failed }, 'feed polled');
  } catch (e) {
    result = { url: feed.url, feedIds: feed.feedIds, added: 0, duplicates: 0, failed: 0, error: errorMessage(e) };
  }
  if (result.error) log.warn({ err: result.error }, 'feed poll failed');
  for (const id of feed.feedIds) markFeedPolled(ctx.db, id, { at: now, error: result.error ?? null });
  return result;
}

/** A feed whose every item failed is as broken as one that could not be fetched. */
function allFailed(r: IngestReport): string | undefined {
  if (r.failed === 0 || r.added + r.duplicates > 0) return undefined;
  const first = r.items.find((i) => i.status === 'failed');
  return `all ${r.failed} items failed${first?.reason ? `; first: ${first.reason}` : ''}`;
}

export type FeedPoller = { stop(): Promise<void>; runNow(): Promise<FeedPollResult[]> };

/**
 * Stores the operator's NEWSDESK_FEEDS as default feeds, then checks every minute (node-cron) for feeds
 * whose FEED_POLL_MINUTES have passed. Passes never overlap. Run in one process only.
 */
export function startFeedPoller(ctx: Context): FeedPoller {
  const log = ctx.log.child({ module: 'feeds' });
  const defaults = setDefaultFeeds(ctx.db, ctx.config.NEWSDESK_FEEDS);
  if (defaults.added.length || defaults.removed.length) log.info(defaults, 'default feeds updated');
  let running: Promise<FeedPollResult[]> | undefined;
  const run = async (): Promise<FeedPollResult[]> => {
    if (running) return running;
    running = pollFeeds(ctx).catch((e: unknown) => {
      log.error({ err: e }, 'feed polling pass failed');
      return [];
    });
    try {
      return await running;
    } finally {
      running = undefined;
    }
  };
  const task = cron.schedule('* * * * *', run, { name: 'newsdesk-feeds', noOverlap: true });
  return {
    async stop() {
      await task.destroy();
      await running;
    },
    runNow: run,
  };
}
