import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { UserError } from '../../src/errors.ts';
import {
  addFeed, feedsToPoll, getFeed, listFeeds, markFeedPolled, removeFeed, setDefaultFeeds, MAX_FEEDS_PER_GUILD,
} from '../../src/db/feeds.ts';
import { tempDb } from '../support/temp-db.ts';

let t: ReturnType<typeof tempDb>;
beforeEach(() => { t = tempDb(); });
afterEach(() => t.cleanup());

describe('feeds store', () => {
  test('GIVEN operator defaults and a guild feed WHEN listed THEN the guild sees its own first, then the defaults, each marked', () => {
    setDefaultFeeds(t.db, ['https://wire.example.test/rss']);
    addFeed(t.db, { guildId: 'g1', url: 'https://harbourgazette.example.test/feed', title: 'Harbour Gazette', addedBy: 'u1' });
    addFeed(t.db, { guildId: 'g2', url: 'https://other.example.test/feed' });
    const feeds = listFeeds(t.db, 'g1');
    assert.deepEqual(feeds.map((f) => [f.url, f.isDefault]), [
      ['https://harbourgazette.example.test/feed', false],
      ['https://wire.example.test/rss', true],
    ]);
    assert.equal(feeds[0]?.title, 'Harbour Gazette');
  });

  test('GIVEN a feed the guild has or a default WHEN added again THEN the result says it exists', () => {
    setDefaultFeeds(t.db, ['https://wire.example.test/rss']);
    const first = addFeed(t.db, { guildId: 'g1', url: 'https://a.example.test/feed' });
    assert.equal(first.status, 'added');
    const again = addFeed(t.db, { guildId: 'g1', url: ' https://a.example.test/feed#top ' });
    assert.equal(again.status, 'exists');
    assert.equal(again.feed.id, first.feed.id);
    const dflt = addFeed(t.db, { guildId: 'g1', url: 'https://wire.example.test/rss' });
    assert.equal(dflt.status, 'exists');
    assert.equal(dflt.feed.isDefault, true);
  });

  test('GIVEN a URL that is not http(s) WHEN added THEN a UserError is thrown', () => {
    assert.throws(() => addFeed(t.db, { guildId: 'g1', url: 'not a url' }), UserError);
    assert.throws(() => addFeed(t.db, { guildId: 'g1', url: 'file:///etc/passwd' }), UserError);
  });

  test('GIVEN a guild at the limit WHEN another feed is added THEN a UserError is thrown', () => {
    for (let i = 0; i < MAX_FEEDS_PER_GUILD; i++) addFeed(t.db, { guildId: 'g1', url: `https://f${i}.example.test/` });
    assert.throws(() => addFeed(t.db, { guildId: 'g1', url: 'https://one-more.example.test/' }), UserError);
  });

  test('a guild removes its own feed by id or URL, but never a default or another guild\'s', () => {
    setDefaultFeeds(t.db, ['https://wire.example.test/rss']);
    const a = addFeed(t.db, { guildId: 'g1', url: 'https://a.example.test/feed' }).feed;
    const b = addFeed(t.db, { guildId: 'g1', url: 'https://b.example.test/feed' }).feed;
    const dflt = listFeeds(t.db, 'g1').find((f) => f.isDefault)!;
    assert.equal(removeFeed(t.db, 'g2', a.id), false);
    assert.equal(removeFeed(t.db, 'g1', dflt.id), false);
    assert.equal(removeFeed(t.db, 'g1', 'https://wire.example.test/rss'), false);
    assert.equal(removeFeed(t.db, 'g1', 'garbage'), false);
    assert.equal(removeFeed(t.db, 'g1', String(a.id)), true);
    assert.equal(removeFeed(t.db, 'g1', 'https://b.example.test/feed'), true);
    assert.equal(getFeed(t.db, b.id), undefined);
    assert.deepEqual(listFeeds(t.db, 'g1').map((f) => f.url), ['https://wire.example.test/rss']);
  });

  test('setDefaultFeeds adds new defaults, removes unlisted ones and leaves guild feeds alone', () => {
    addFeed(t.db, { guildId: 'g1', url: 'https://own.example.test/feed' });
    assert.deepEqual(setDefaultFeeds(t.db, ['https://a.example.test/', 'https://b.example.test/']).added.length, 2);
    const r = setDefaultFeeds(t.db, ['https://b.example.test/', 'https://c.example.test/']);
    assert.deepEqual(r, { added: ['https://c.example.test/'], removed: ['https://a.example.test/'] });
    assert.deepEqual(listFeeds(t.db, 'g1').map((f) => f.url),
      ['https://own.example.test/feed', 'https://b.example.test/', 'https://c.example.test/']);
  });

  test('GIVEN one URL in two guilds WHEN polling is planned THEN it is fetched once, and not again until the interval has passed', () => {
    const a = addFeed(t.db, { guildId: 'g1', url: 'https://shared.example.test/feed' }).feed;
    const b = addFeed(t.db, { guildId: 'g2', url: 'https://shared.example.test/feed' }).feed;
    const c = addFeed(t.db, { guildId: 'g2', url: 'https://solo.example.test/feed' }).feed;
    const now = new Date('2026-05-01T12:00:00Z');
    assert.deepEqual(feedsToPoll(t.db, now, 30), [
      { url: 'https://shared.example.test/feed', feedIds: [a.id, b.id], lastPolledAt: null, trusted: false },
      { url: 'https://solo.example.test/feed', feedIds: [c.id], lastPolledAt: null, trusted: false },
    ]);
    for (const id of [a.id, b.id]) markFeedPolled(t.db, id, { at: new Date('2026-05-01T11:45:00Z') });
    markFeedPolled(t.db, c.id, { at: new Date('2026-05-01T11:20:00Z'), error: 'HTTP 500' });
    assert.deepEqual(feedsToPoll(t.db, now, 30).map((f) => f.url), ['https://solo.example.test/feed']);
    assert.equal(getFeed(t.db, c.id)?.lastError, 'HTTP 500');
    assert.equal(feedsToPoll(t.db, new Date('2026-05-01T12:15:00Z'), 30).length, 2);
    markFeedPolled(t.db, c.id, { at: now });
    assert.equal(getFeed(t.db, c.id)?.lastError, null);
  });
});
