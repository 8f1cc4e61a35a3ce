import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertEveryMessageHasAllowedMentions, GENERAL, GUILD, LOCKED, startTestBot, textOf } from './harness.ts';

test('GIVEN a subscription due at 11:55 UTC WHEN the scheduler ticks at 12:00 THEN the briefing is posted through the bot, and a channel answering 403 is abandoned', async () => {
  const t = await startTestBot({ background: true });
  try {
    assert.ok(t.bot.jobs.scheduler, 'this process owns the scheduler');
    const add = t.db.prepare(`INSERT INTO subscriptions (guild_id, channel_id, time, timezone, topic, created_at) VALUES (?, ?, ?, 'UTC', '', '2026-03-15T09:00:00Z')`);
    add.run(GUILD, GENERAL, '11:55');
    add.run(GUILD, LOCKED, '11:56');
    t.fake.failNext(`POST /channels/${LOCKED}/messages`, '403');
    await t.bot.jobs.scheduler!.runNow();
    const post = await t.fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${GENERAL}/messages`);
    assert.match(textOf(post.body), /News briefing[\s\S]*harbor budget/i);
    const statuses = t.db.prepare(`SELECT s.channel_id AS channel, d.status FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id ORDER BY s.time`).all();
    assert.deepEqual(statuses, [{ channel: GENERAL, status: 'sent' }, { channel: LOCKED, status: 'abandoned' }]);
    assertEveryMessageHasAllowedMentions(t);
  } finally {
    await t.close();
  }
});
