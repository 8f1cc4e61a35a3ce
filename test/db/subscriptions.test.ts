import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { UserError } from '../../src/errors.ts';
import {
  addSubscription, getSubscription, listSubscriptions, removeSubscription, setLastBriefedAt, MAX_SUBSCRIPTIONS_PER_GUILD,
} from '../../src/db/subscriptions.ts';
import { getGuildTimezone, setGuildTimezone, forgetGuild } from '../../src/db/guilds.ts';
import { addFeed, listFeeds } from '../../src/db/feeds.ts';
import { tempDb } from '../support/temp-db.ts';

let t: ReturnType<typeof tempDb>;
beforeEach(() => { t = tempDb(); });
afterEach(() => t.cleanup());

const base = { guildId: 'g1', channelId: 'c1', time: '07:30', timezone: 'Europe/London' };

describe('subscriptions store', () => {
  test('GIVEN a new subscription WHEN added THEN it is listed for its guild with normalised time and zone', () => {
    const r = addSubscription(t.db, { ...base, time: '7:30', timezone: 'europe/london', topic: ' harbour  strike ', createdBy: 'u1' });
    assert.equal(r.status, 'added');
    assert.equal(r.subscription.time, '07:30');
    assert.equal(r.subscription.timezone, 'Europe/London');
    assert.equal(r.subscription.topic, 'harbour strike');
    assert.equal(r.subscription.createdBy, 'u1');
    assert.deepEqual(listSubscriptions(t.db, 'g1').map((s) => s.id), [r.subscription.id]);
    assert.deepEqual(listSubscriptions(t.db, 'g2'), []);
  });

  test('GIVEN an existing subscription WHEN the same one is added again THEN the result says it exists and nothing is added', () => {
    const first = addSubscription(t.db, base);
    const again = addSubscription(t.db, { ...base, time: '7:30' });
    assert.equal(again.status, 'exists');
    assert.equal(again.subscription.id, first.subscription.id);
    assert.equal(listSubscriptions(t.db, 'g1').length, 1);
  });

  test('topics differing only in case are the same subscription; no topic is null', () => {
    addSubscription(t.db, { ...base, topic: 'Elections' });
    assert.equal(addSubscription(t.db, { ...base, topic: 'elections' }).status, 'exists');
    assert.equal(addSubscription(t.db, base).subscription.topic, null);
  });

  test('GIVEN a bad time or an unknown zone WHEN added THEN a UserError explains it', () => {
    assert.throws(() => addSubscription(t.db, { ...base, time: '24:00' }), UserError);
    assert.throws(() => addSubscription(t.db, { ...base, time: 'noon' }), UserError);
    assert.throws(() => addSubscription(t.db, { ...base, timezone: 'Mars/Olympus_Mons' }), /not a time zone/);
  });

  test('GIVEN a guild at the limit WHEN one more is added THEN a UserError is thrown', () => {
    for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_GUILD; i++) addSubscription(t.db, { ...base, channelId: `c${i}` });
    assert.throws(() => addSubscription(t.db, { ...base, channelId: 'one-more' }), UserError);
    assert.equal(addSubscription(t.db, { ...base, guildId: 'g2' }).status, 'added');
  });

  test('GIVEN two guilds WHEN one removes the other\'s subscription id THEN nothing is removed', () => {
    const mine = addSubscription(t.db, base).subscription;
    assert.equal(removeSubscription(t.db, 'g2', mine.id), false);
    assert.ok(getSubscription(t.db, mine.id));
    assert.equal(getSubscription(t.db, mine.id, 'g2'), undefined);
    assert.equal(removeSubscription(t.db, 'g1', mine.id), true);
    assert.equal(removeSubscription(t.db, 'g1', mine.id), false);
    assert.equal(getSubscription(t.db, mine.id), undefined);
  });

  test('setLastBriefedAt stores the instant as ISO text', () => {
    const s = addSubscription(t.db, base).subscription;
    setLastBriefedAt(t.db, s.id, new Date('2026-03-01T07:30:00Z'));
    assert.equal(getSubscription(t.db, s.id)?.lastBriefedAt, '2026-03-01T07:30:00.000Z');
  });
});

describe('guild settings', () => {
  test('a guild time zone is stored canonically, cleared with null, and unknown zones are refused', () => {
    assert.equal(getGuildTimezone(t.db, 'g1'), undefined);
    assert.equal(setGuildTimezone(t.db, 'g1', 'asia/kolkata'), 'Asia/Kolkata');
    assert.equal(getGuildTimezone(t.db, 'g1'), 'Asia/Kolkata');
    setGuildTimezone(t.db, 'g1', null);
    assert.equal(getGuildTimezone(t.db, 'g1'), undefined);
    assert.throws(() => setGuildTimezone(t.db, 'g1', 'Nowhere/Special'), UserError);
  });

  test('forgetGuild removes that guild\'s subscriptions, feeds and settings only', () => {
    addSubscription(t.db, base);
    addSubscription(t.db, { ...base, guildId: 'g2' });
    addFeed(t.db, { guildId: 'g1', url: 'https://example.test/a.xml' });
    setGuildTimezone(t.db, 'g1', 'UTC');
    forgetGuild(t.db, 'g1');
    assert.deepEqual(listSubscriptions(t.db, 'g1'), []);
    assert.equal(listSubscriptions(t.db, 'g2').length, 1);
    assert.deepEqual(listFeeds(t.db, 'g1'), []);
    assert.equal(getGuildTimezone(t.db, 'g1'), undefined);
  });
});
