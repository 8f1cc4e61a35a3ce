import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { countArticles } from '../../src/db/articles.ts';
import { addFeed, getFeed, listFeeds } from '../../src/db/feeds.ts';
import { pollFeeds, startFeedPoller } from '../../src/schedule/poll-feeds.ts';
import { tempDb } from '../support/temp-db.ts';
import { startRssServer } from './rss-server.ts';
import { testContext } from './support.ts';

let server: Awaited<ReturnType<typeof startRssServer>>;
let base = '';
let hits: string[] = [];
before(async () => { server = await startRssServer(); base = server.base; hits = server.hits; });
after(() => server.close());

let t: ReturnType<typeof tempDb>;
beforeEach(() => { t = tempDb(); hits.length = 0; });
afterEach(() => t.cleanup());

describe('pollFeeds', () => {
  test('GIVEN a good feed and one answering 500 WHEN polled THEN the good items are stored, the bad feed\'s error is recorded, and nothing throws', async () => {
    const good = addFeed(t.db, { guildId: 'g1', url: `${base}/good.xml` }).feed;
    const bad = addFeed(t.db, { guildId: 'g1', url: `${base}/broken.xml` }).feed;
    const { ctx } = testContext(t.db, '2026-06-10T12:00:00Z');
    const results = await pollFeeds(ctx);
    assert.deepEqual(results.map((r) => [r.url.replace(base, ''), r.added, r.error]), [
      ['/broken.xml', 0, 'HTTP 500 Internal Server Error'],
      ['/good.xml', 2, undefined],
    ]);
    assert.equal(countArticles(t.db), 2);
    assert.deepEqual([getFeed(t.db, good.id)?.lastPolledAt, getFeed(t.db, good.id)?.lastError], ['2026-06-10T12:00:00.000Z', null]);
    assert.equal(getFeed(t.db, bad.id)?.lastError, 'HTTP 500 Internal Server Error');
    const fromFeed = t.db.prepare(`SELECT count(*) AS n FROM articles WHERE feed_id = ?`).get(good.id) as { n: number };
    assert.equal(fromFeed.n, 2);
  });

  test('GIVEN feeds just polled WHEN polled again before FEED_POLL_MINUTES THEN nothing is fetched; after it, they are fetched again and items count as duplicates', async () => {
    addFeed(t.db, { guildId: 'g1', url: `${base}/good.xml` });
    const { ctx, setNow } = testContext(t.db, '2026-06-10T12:00:00Z', { FEED_POLL_MINUTES: '30' });
    await pollFeeds(ctx);
    setNow('2026-06-10T12:29:00Z');
    assert.deepEqual(await pollFeeds(ctx), []);
    assert.equal(hits.length, 1);
    setNow('2026-06-10T12:30:00Z');
    const again = await pollFeeds(ctx);
    assert.deepEqual(again.map((r) => [r.added, r.duplicates]), [[0, 2]]);
    assert.equal(hits.length, 2);
  });

  test('GIVEN two guilds with the same feed WHEN polled THEN it is fetched once and both guilds\' rows are marked polled', async () => {
    const a = addFeed(t.db, { guildId: 'g1', url: `${base}/good.xml` }).feed;
    const b = addFeed(t.db, { guildId: 'g2', url: `${base}/good.xml` }).feed;
    const { ctx } = testContext(t.db, '2026-06-10T12:00:00Z');
    await pollFeeds(ctx);
    assert.deepEqual(hits, ['/good.xml']);
    assert.ok(getFeed(t.db, a.id)?.lastPolledAt);
    assert.ok(getFeed(t.db, b.id)?.lastPolledAt);
  });
});

describe('startFeedPoller', () => {
  test('GIVEN NEWSDESK_FEEDS WHEN the poller starts and runs THEN those feeds become defaults every guild sees, and are polled', async () => {
    const { ctx } = testContext(t.db, '2026-06-10T12:00:00Z', { NEWSDESK_FEEDS: `${base}/good.xml` });
    const poller = startFeedPoller(ctx);
    try {
      const results = await poller.runNow();
      assert.deepEqual(results.map((r) => r.added), [2]);
    } finally {
      await poller.stop();
    }
    assert.deepEqual(listFeeds(t.db, 'any-guild').map((f) => [f.url, f.isDefault]), [[`${base}/good.xml`, true]]);
  });
});

describe('guild feeds and private addresses', () => {
  test('GIVEN a guild feed on a loopback address WHEN polled THEN it is refused without a request, while the operator\'s own feed there is fetched', async () => {
    const guild = addFeed(t.db, { guildId: 'g1', url: `${base}/good.xml` }).feed;
    const { ctx } = testContext(t.db, '2026-06-10T12:00:00Z', { NEWSDESK_ALLOW_PRIVATE_FEEDS: 'false' });
    const [refused] = await pollFeeds(ctx);
    assert.match(refused!.error ?? '', /refused: 127\.0\.0\.1 is a private or loopback address/);
    assert.deepEqual(hits, [], 'no request reached the server');
    assert.equal(getFeed(t.db, guild.id)?.lastError, refused!.error);
    t.db.prepare(`INSERT INTO feeds (guild_id, url) VALUES ('', ?)`).run(`${base}/good.xml`);
    const later = testContext(t.db, '2026-06-10T13:00:00Z', { NEWSDESK_ALLOW_PRIVATE_FEEDS: 'false' });
    const [trusted] = await pollFeeds(later.ctx);
    assert.equal(trusted!.error, undefined);
    assert.equal(trusted!.added, 2);
  });
});
