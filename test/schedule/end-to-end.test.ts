import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import type { DiscordMessage } from '../../src/briefing/limits.ts';
import { addFeed } from '../../src/db/feeds.ts';
import { getSubscription } from '../../src/db/subscriptions.ts';
import { briefingSender, type Sender } from '../../src/schedule/deliver.ts';
import { pollFeeds } from '../../src/schedule/poll-feeds.ts';
import { tick } from '../../src/schedule/scheduler.ts';
import { tempDb } from '../support/temp-db.ts';
import { startRssServer } from './rss-server.ts';
import { subscribe, testContext } from './support.ts';

let server: Awaited<ReturnType<typeof startRssServer>>;
before(async () => { server = await startRssServer(); });
after(() => server.close());

let t: ReturnType<typeof tempDb>;
beforeEach(() => { t = tempDb(); });
afterEach(() => t.cleanup());

class MemorySender implements Sender {
  posts: { channelId: string; messages: DiscordMessage[] }[] = [];
  async send(channelId: string, messages: DiscordMessage[]): Promise<string[]> {
    this.posts.push({ channelId, messages });
    return messages.map((_, i) => `${channelId}-${i}`);
  }
}

test('GIVEN a guild feed served over HTTP and a 13:00 Kolkata subscription WHEN the feed is polled and the slot comes THEN the channel gets a composed briefing; the next day it gets "nothing new"', async () => {
  addFeed(t.db, { guildId: 'g1', url: `${server.base}/good.xml` });
  const s = subscribe(t.db, { guildId: 'g1', channelId: 'desk', time: '13:00', timezone: 'Asia/Kolkata' }, '2026-06-01T00:00:00Z');
  const { ctx, setNow } = testContext(t.db, '2026-06-09T07:00:00Z');
  assert.equal((await pollFeeds(ctx))[0]?.added, 2);

  const sender = new MemorySender();
  setNow('2026-06-09T07:30:00Z');
  const outcomes = await tick(ctx, ctx.clock(), briefingSender(ctx, sender));
  assert.deepEqual(outcomes.map((o) => [o.slot, o.status]), [['2026-06-09T07:30:00.000Z', 'sent']]);
  const first = sender.posts[0]!;
  assert.equal(first.channelId, 'desk');
  assert.match(first.messages[0]?.content ?? '', /News briefing/);
  assert.match(JSON.stringify(first.messages.flatMap((m) => m.embeds)), /footbridge/i);
  assert.equal(getSubscription(t.db, s.id)?.lastBriefedAt, '2026-06-09T07:30:00.000Z');

  setNow('2026-06-10T07:30:00Z');
  await tick(ctx, ctx.clock(), briefingSender(ctx, sender));
  assert.equal(sender.posts.length, 2);
  assert.match(sender.posts[1]?.messages[0]?.content ?? '', /^Nothing new since <t:\d+:f>\.$/);
});
