import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { DiscordMessage } from '../../src/briefing/limits.ts';
import { getDelivery } from '../../src/db/deliveries.ts';
import { getSubscription } from '../../src/db/subscriptions.ts';
import { briefingSender, briefingWindow, deliverBriefing, type BriefingWindow, type Sender } from '../../src/schedule/deliver.ts';
import { tick } from '../../src/schedule/scheduler.ts';
import { tempDb } from '../support/temp-db.ts';
import { subscribe, testContext } from './support.ts';

let t: ReturnType<typeof tempDb>;
beforeEach(() => { t = tempDb(); });
afterEach(() => t.cleanup());

const CREATED = '2026-01-01T00:00:00Z';

/** A Sender that keeps what it was given, and fails for the channels listed. */
class MemorySender implements Sender {
  posts: { channelId: string; messages: DiscordMessage[] }[] = [];
  constructor(private failing: Record<string, Error> = {}) {}
  async send(channelId: string, messages: DiscordMessage[]): Promise<string[]> {
    const fail = this.failing[channelId];
    if (fail) throw fail;
    this.posts.push({ channelId, messages });
    return messages.map((_, i) => `${channelId}-msg-${this.posts.length}-${i}`);
  }
}

/** A briefing builder that records its windows and returns one embed per call (or none when empty). */
function builder(empty = false) {
  const windows: BriefingWindow[] = [];
  const build = (_db: unknown, w: BriefingWindow): DiscordMessage[] => {
    windows.push(w);
    return empty ? [] : [{ embeds: [{ title: `Briefing${w.topic ? `: ${w.topic}` : ''}`, description: 'Merrowby footbridge vote set for July.' }] }];
  };
  return { windows, build };
}

describe('deliverBriefing', () => {
  test('GIVEN a first briefing WHEN delivered THEN it covers the last 24 h, posts to the channel and moves last_briefed_at to now', async () => {
    const s = subscribe(t.db, { time: '07:30', timezone: 'UTC', channelId: 'news', topic: 'footbridge' }, CREATED);
    const { ctx } = testContext(t.db, '2026-06-10T07:30:10Z');
    const sender = new MemorySender();
    const b = builder();
    const ids = await deliverBriefing(ctx, sender, b.build, { subscription: s, slot: '2026-06-10T07:30:00.000Z', attempt: 1 });
    assert.deepEqual(ids, ['news-msg-1-0']);
    assert.equal(b.windows[0]?.since.toISOString(), '2026-06-09T07:30:10.000Z');
    assert.equal(b.windows[0]?.topic, 'footbridge');
    assert.equal(b.windows[0]?.lastBriefedAt, undefined);
    assert.equal(sender.posts[0]?.channelId, 'news');
    assert.equal(getSubscription(t.db, s.id)?.lastBriefedAt, '2026-06-10T07:30:10.000Z');
  });

  test('GIVEN an earlier briefing WHEN the next is built THEN it covers from last_briefed_at, but never more than 7 days', () => {
    const s = subscribe(t.db, { time: '07:30', timezone: 'UTC' }, CREATED);
    const d = (last: string) => ({ subscription: { ...s, lastBriefedAt: last }, slot: 'x', attempt: 1 });
    const now = new Date('2026-06-10T07:30:00Z');
    assert.equal(briefingWindow(d('2026-06-09T07:30:00.000Z'), now).since.toISOString(), '2026-06-09T07:30:00.000Z');
    assert.equal(briefingWindow(d('2026-04-01T00:00:00.000Z'), now).since.toISOString(), '2026-06-03T07:30:00.000Z');
  });

  test('GIVEN nothing new WHEN delivered THEN a short "nothing new" line is posted instead of an empty briefing', async () => {
    const s = subscribe(t.db, { time: '07:30', timezone: 'UTC', topic: 'ferry timetable' }, CREATED);
    const { ctx } = testContext(t.db, '2026-06-10T07:30:00Z');
    const sender = new MemorySender();
    await deliverBriefing(ctx, sender, builder(true).build, { subscription: s, slot: 's', attempt: 1 });
    const msg = sender.posts[0]?.messages[0];
    assert.match(msg?.content ?? '', /^Nothing new on “ferry timetable” since <t:\d+:f>\.$/);
    assert.deepEqual(msg?.embeds, []);
  });

  test('GIVEN the send fails WHEN delivered THEN last_briefed_at is not moved, so the next briefing covers the same news', async () => {
    const s = subscribe(t.db, { time: '07:30', timezone: 'UTC', channelId: 'down' }, CREATED);
    const { ctx } = testContext(t.db, '2026-06-10T07:30:00Z');
    const sender = new MemorySender({ down: new Error('socket hang up') });
    await assert.rejects(deliverBriefing(ctx, sender, builder().build, { subscription: s, slot: 's', attempt: 1 }), /socket hang up/);
    assert.equal(getSubscription(t.db, s.id)?.lastBriefedAt, null);
  });
});

describe('scheduled briefings end to end', () => {
  test('GIVEN three channels, one forbidden WHEN the slot is due THEN the other two get their briefing and the message ids are recorded', async () => {
    const ok1 = subscribe(t.db, { time: '08:00', timezone: 'Asia/Kolkata', channelId: 'desk' }, CREATED);
    subscribe(t.db, { time: '08:00', timezone: 'Asia/Kolkata', channelId: 'locked' }, CREATED);
    subscribe(t.db, { time: '08:00', timezone: 'Asia/Kolkata', channelId: 'wire', guildId: 'g2' }, CREATED);
    const { ctx } = testContext(t.db, '2026-06-10T02:30:00Z');
    const sender = new MemorySender({ locked: Object.assign(new Error('Missing Permissions'), { code: 50013 }) });
    const outcomes = await tick(ctx, ctx.clock(), briefingSender(ctx, sender, builder().build));
    assert.deepEqual(sender.posts.map((p) => p.channelId).sort(), ['desk', 'wire']);
    assert.deepEqual(outcomes.map((o) => o.status).sort(), ['abandoned', 'sent', 'sent']);
    assert.deepEqual(getDelivery(t.db, ok1.id, '2026-06-10T02:30:00.000Z')?.messageIds, ['desk-msg-1-0']);
  });
});
