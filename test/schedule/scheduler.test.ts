import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { claimDelivery, getDelivery } from '../../src/db/deliveries.ts';
import { openDb } from '../../src/db/open.ts';
import { dueDeliveries, PermanentSendError, startScheduler, tick, type DueDelivery } from '../../src/schedule/scheduler.ts';
import { tempDb } from '../support/temp-db.ts';
import { minutesAfter, subscribe, testContext } from './support.ts';

let t: ReturnType<typeof tempDb>;
beforeEach(() => { t = tempDb(); });
afterEach(() => t.cleanup());

const CREATED = '2026-01-01T00:00:00Z';

/** A send function that records what it was asked to post, failing for the channels given. */
function recorder(fail: Record<string, () => Error> = {}) {
  const calls: DueDelivery[] = [];
  const send = async (d: DueDelivery) => {
    calls.push(d);
    const f = fail[d.subscription.channelId];
    if (f) throw f();
    return [`m-${calls.length}`];
  };
  return { calls, send };
}

const discordError = (code: number) => Object.assign(new Error(`Discord says ${code}`), { code, status: 403 });

describe('dueDeliveries', () => {
  test('GIVEN a 07:30 London subscription WHEN it is 07:30 BST THEN that slot is due; a minute before, nothing is', () => {
    const s = subscribe(t.db, { time: '07:30', timezone: 'Europe/London' }, CREATED);
    assert.deepEqual(dueDeliveries(t.db, new Date('2026-06-10T06:29:00Z'), 60).send, []);
    const plan = dueDeliveries(t.db, new Date('2026-06-10T06:30:20Z'), 60);
    assert.deepEqual(plan.send.map((d) => [d.subscription.id, d.slot, d.attempt]), [[s.id, '2026-06-10T06:30:00.000Z', 1]]);
    assert.deepEqual(plan.skip, []);
  });

  test('GIVEN a subscription created after today\'s time WHEN looking back THEN today\'s earlier slot is not due', () => {
    subscribe(t.db, { time: '08:00', timezone: 'UTC' }, '2026-06-10T08:05:00Z');
    const plan = dueDeliveries(t.db, new Date('2026-06-10T08:10:00Z'), 24 * 60);
    assert.deepEqual([plan.send, plan.skip], [[], []]);
  });

  test('GIVEN the bot was down WHEN it comes back THEN a slot missed by 10 minutes is sent and one missed by 2 hours is skipped', () => {
    subscribe(t.db, { time: '09:00', timezone: 'UTC', channelId: 'late' }, CREATED);
    subscribe(t.db, { time: '07:00', timezone: 'UTC', channelId: 'old' }, CREATED);
    const plan = dueDeliveries(t.db, new Date('2026-06-10T09:10:00Z'), 180, { graceMinutes: 15 });
    assert.deepEqual(plan.send.map((d) => d.subscription.channelId), ['late']);
    assert.deepEqual(plan.skip.map((d) => [d.subscription.channelId, d.slot]), [['old', '2026-06-10T07:00:00.000Z']]);
  });
});

describe('tick', () => {
  test('GIVEN a due slot WHEN ticked twice, and again after a restart THEN it is posted exactly once and recorded sent', async () => {
    const s = subscribe(t.db, { time: '07:30', timezone: 'Europe/London' }, CREATED);
    const { ctx } = testContext(t.db, '2026-06-10T06:30:00Z');
    const r = recorder();
    const now = new Date('2026-06-10T06:30:05Z');
    await Promise.all([tick(ctx, now, r.send), tick(ctx, now, r.send)]);
    await tick(ctx, minutesAfter('2026-06-10T06:30:00Z', 1), r.send);
    const reopened = openDb(t.path);
    try {
      await tick({ ...ctx, db: reopened }, minutesAfter('2026-06-10T06:30:00Z', 2), r.send);
    } finally {
      reopened.close();
    }
    assert.equal(r.calls.length, 1);
    const row = getDelivery(t.db, s.id, '2026-06-10T06:30:00.000Z');
    assert.equal(row?.status, 'sent');
    assert.deepEqual(row?.messageIds, ['m-1']);
  });

  test('GIVEN a slot already claimed by another process WHEN claimed again THEN the second claim gets nothing', () => {
    const s = subscribe(t.db, { time: '07:30', timezone: 'UTC' }, CREATED);
    const other = openDb(t.path);
    try {
      assert.ok(claimDelivery(t.db, s.id, '2026-06-10T07:30:00.000Z', 3));
      assert.equal(claimDelivery(other, s.id, '2026-06-10T07:30:00.000Z', 3), undefined);
    } finally {
      other.close();
    }
  });

  test('GIVEN a slot missed by hours WHEN ticked twice THEN it is recorded skipped once and never sent', async () => {
    const s = subscribe(t.db, { time: '05:00', timezone: 'UTC' }, CREATED);
    const { ctx, lines } = testContext(t.db, '2026-06-10T09:00:00Z');
    const r = recorder();
    const first = await tick(ctx, new Date('2026-06-10T09:00:00Z'), r.send);
    const second = await tick(ctx, new Date('2026-06-10T09:01:00Z'), r.send);
    assert.deepEqual(first.map((o) => o.status), ['skipped']);
    assert.deepEqual(second, []);
    assert.equal(r.calls.length, 0);
    assert.equal(getDelivery(t.db, s.id, '2026-06-10T05:00:00.000Z')?.status, 'skipped');
    assert.ok(lines.some((l) => String(l.msg).includes('skipped')));
  });

  test('GIVEN a send that keeps failing WHEN ticked every minute THEN it is tried maxAttempts times and then abandoned', async () => {
    const s = subscribe(t.db, { time: '07:30', timezone: 'UTC', channelId: 'flaky' }, CREATED);
    const { ctx, lines } = testContext(t.db, '2026-06-10T07:30:00Z');
    const r = recorder({ flaky: () => new Error('HTTP 502 Bad Gateway') });
    const statuses: string[] = [];
    for (let m = 0; m < 6; m++) statuses.push(...(await tick(ctx, minutesAfter('2026-06-10T07:30:00Z', m), r.send, { maxAttempts: 3 })).map((o) => o.status));
    assert.deepEqual(statuses, ['failed', 'failed', 'abandoned']);
    assert.deepEqual(r.calls.map((c) => c.attempt), [1, 2, 3]);
    const row = getDelivery(t.db, s.id, '2026-06-10T07:30:00.000Z');
    assert.deepEqual([row?.status, row?.attempts, row?.error], ['abandoned', 3, 'HTTP 502 Bad Gateway']);
    assert.ok(lines.some((l) => l.level === 50 && String(l.msg).includes('giving up')));
  });

  test('GIVEN one channel is forbidden (50013) and one is gone (10003) WHEN ticked THEN neither is retried, both are logged, and a third channel still gets its briefing', async () => {
    subscribe(t.db, { time: '07:30', timezone: 'UTC', channelId: 'forbidden' }, CREATED);
    subscribe(t.db, { time: '07:30', timezone: 'UTC', channelId: 'gone' }, CREATED);
    subscribe(t.db, { time: '07:30', timezone: 'UTC', channelId: 'fine' }, CREATED);
    const { ctx, lines } = testContext(t.db, '2026-06-10T07:30:00Z');
    const r = recorder({ forbidden: () => discordError(50013), gone: () => discordError(10003) });
    const first = await tick(ctx, new Date('2026-06-10T07:30:00Z'), r.send);
    const later = await tick(ctx, new Date('2026-06-10T07:31:00Z'), r.send);
    assert.deepEqual(first.map((o) => o.status).sort(), ['abandoned', 'abandoned', 'sent']);
    assert.deepEqual(later, []);
    assert.equal(r.calls.length, 3);
    const reported = lines.filter((l) => String(l.msg).includes('gone or forbidden')).map((l) => [l.channelId, l.code]);
    assert.deepEqual(reported.sort(), [['forbidden', 50013], ['gone', 10003]]);
  });

  test('GIVEN a 01:30 London slot WHEN ticked every minute through the spring-forward night THEN it is sent once, at 02:00 BST', async () => {
    subscribe(t.db, { time: '01:30', timezone: 'Europe/London' }, CREATED);
    const { ctx } = testContext(t.db, '2026-03-28T23:00:00Z');
    const r = recorder();
    for (let m = 0; m <= 240; m++) await tick(ctx, minutesAfter('2026-03-28T23:00:00Z', m), r.send);
    assert.deepEqual(r.calls.map((c) => c.slot), ['2026-03-29T01:00:00.000Z']);
  });

  test('GIVEN a 01:30 New York slot WHEN ticked every minute through the fall-back night THEN it is sent once, not twice', async () => {
    subscribe(t.db, { time: '01:30', timezone: 'America/New_York' }, CREATED);
    const { ctx } = testContext(t.db, '2026-11-01T04:00:00Z');
    const r = recorder();
    for (let m = 0; m <= 240; m++) await tick(ctx, minutesAfter('2026-11-01T04:00:00Z', m), r.send);
    assert.deepEqual(r.calls.map((c) => c.slot), ['2026-11-01T05:30:00.000Z']);
  });
});

test('GIVEN a Sender that throws PermanentSendError WHEN ticked THEN the slot is abandoned after one attempt', async () => {
  const s = subscribe(t.db, { time: '07:30', timezone: 'UTC', channelId: 'voice' }, CREATED);
  const { ctx } = testContext(t.db, '2026-06-10T07:30:00Z');
  const r = recorder({ voice: () => new PermanentSendError('channel voice is not a text channel') });
  await tick(ctx, new Date('2026-06-10T07:30:00Z'), r.send);
  await tick(ctx, new Date('2026-06-10T07:31:00Z'), r.send);
  assert.equal(r.calls.length, 1);
  assert.equal(getDelivery(t.db, s.id, '2026-06-10T07:30:00.000Z')?.status, 'abandoned');
});

describe('startScheduler', () => {
  test('GIVEN a started scheduler WHEN its job runs THEN it ticks at the context clock, and stop() ends it', async () => {
    subscribe(t.db, { time: '07:30', timezone: 'UTC' }, CREATED);
    const { ctx } = testContext(t.db, '2026-06-10T07:30:30Z');
    const r = recorder();
    const scheduler = startScheduler(ctx, r.send);
    try {
      await scheduler.runNow();
      await scheduler.runNow();
    } finally {
      await scheduler.stop();
    }
    assert.deepEqual(r.calls.map((c) => c.slot), ['2026-06-10T07:30:00.000Z']);
  });
});
