import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { addFeed } from '../../src/db/feeds.ts';
import { addSubscription, listSubscriptions } from '../../src/db/subscriptions.ts';
import {
  assertEveryMessageHasAllowedMentions, callback, GENERAL, originalEdit, GUILD, LOCKED, MANAGE_CHANNELS, OTHER_GUILD, startTestBot, textOf, type TestBot,
} from './harness.ts';

let t: TestBot;
before(async () => { t = await startTestBot({ seed: false }); });
after(async () => {
  assertEveryMessageHasAllowedMentions(t);
  await t.close();
});

const channelOption = (id: string, name: string) => ({
  options: [{ name: 'channel', type: 7, value: id }],
  resolved: { channels: { [id]: { id, name, type: 0, permissions: '0' } } },
});

function subscribe(channelId: string, name: string, time = '07:30', zone = 'Europe/Berlin', permissions = MANAGE_CHANNELS) {
  const ch = channelOption(channelId, name);
  return t.fake.slash('subscribe', [...ch.options, { name: 'time', type: 3, value: time }, { name: 'timezone', type: 3, value: zone }],
    { resolved: ch.resolved, permissions });
}

const ephemeral = async (token: string) => {
  const cb = await callback(t, token);
  assert.equal(cb.body.type, 4);
  assert.equal(cb.body.data.flags & 64, 64, 'ephemeral');
  return textOf(cb.body);
};

/** A private deferral (type 5, ephemeral), then the answer edited in. */
const deferredEphemeral = async (token: string) => {
  const cb = await callback(t, token);
  assert.equal(cb.body.type, 5);
  assert.equal(cb.body.data.flags & 64, 64, 'ephemeral');
  return textOf((await originalEdit(t, token)).body);
};

test('GIVEN Manage Channels and a channel the bot can post in WHEN /subscribe THEN it is stored, announced in the channel and confirmed', async () => {
  const { token } = subscribe(GENERAL, 'general');
  assert.match(await deferredEphemeral(token), /Scheduled: `#\d+` <#500000000000000001> every day at \*\*07:30\*\* Europe\/Berlin/);
  const post = await t.fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${GENERAL}/messages`);
  assert.match(post.body.content, /every day at \*\*07:30\*\* Europe\/Berlin/);
  assert.deepEqual(listSubscriptions(t.db, GUILD).map((s) => [s.channelId, s.time, s.timezone]), [[GENERAL, '07:30', 'Europe/Berlin']]);
});

test('GIVEN a channel where the bot may not send or embed WHEN /subscribe THEN the user is told exactly which permissions are missing', async () => {
  const { token } = subscribe(LOCKED, 'locked', '08:00');
  const text = await ephemeral(token);
  assert.match(text, /missing \*\*Send Messages\*\*, \*\*Embed Links\*\* there/);
  assert.doesNotMatch(text, /View Channel/);
  assert.ok(!listSubscriptions(t.db, GUILD).some((s) => s.channelId === LOCKED));
});

test('GIVEN Discord answers 403 (50013) to the announcement WHEN /subscribe THEN nothing is scheduled and the user gets a clear permission message', async () => {
  t.fake.failNext(`POST /channels/${GENERAL}/messages`, '403');
  const { token } = subscribe(GENERAL, 'general', '09:15');
  const text = await deferredEphemeral(token);
  assert.match(text, /I could not post in <#500000000000000001>, so nothing was scheduled\. Discord refused: I am missing a permission/);
  assert.ok(!listSubscriptions(t.db, GUILD).some((s) => s.time === '09:15'));
});

test('GIVEN the channel was deleted meanwhile (404, code 10003) WHEN /subscribe announces THEN nothing is scheduled and the user is told it cannot be reached', async () => {
  t.fake.failNext(`POST /channels/${GENERAL}/messages`, '404');
  const { token } = subscribe(GENERAL, 'general', '09:45');
  assert.match(await deferredEphemeral(token), /I cannot reach that channel: it was deleted or I have no access to it/);
  assert.ok(!listSubscriptions(t.db, GUILD).some((s) => s.time === '09:45'));
});

test('GIVEN a user without Manage Channels WHEN /subscribe or /feeds add THEN both are refused with the permission named', async () => {
  const a = subscribe(GENERAL, 'general', '10:00', 'Europe/Berlin', '0');
  assert.match(await ephemeral(a.token), /You need the \*\*Manage Channels\*\* permission/);
  const b = t.fake.slash('feeds', [{ name: 'add', type: 1, options: [{ name: 'url', type: 3, value: 'https://news.example/rss' }] }], { permissions: '0' });
  assert.match(await ephemeral(b.token), /Manage Channels/);
  assert.ok(!listSubscriptions(t.db, GUILD).some((s) => s.time === '10:00'));
});

test('GIVEN an invalid time WHEN /subscribe time:25:00 THEN the option is named with the expected format', async () => {
  const { token } = subscribe(GENERAL, 'general', '25:00');
  assert.match(await ephemeral(token), /`time`: use 24-hour HH:MM, e\.g\. 07:30/);
});

test('GIVEN an unknown zone WHEN /subscribe timezone:Mars/Olympus THEN the user is told to use an IANA name', async () => {
  const { token } = subscribe(GENERAL, 'general', '11:00', 'Mars/Olympus');
  assert.match(await ephemeral(token), /not a time zone I know/);
});

test('GIVEN the user types "berl" WHEN autocompleting timezone THEN Europe/Berlin is offered, at most 25 choices', async () => {
  const { token } = t.fake.autocomplete('subscribe', [{ name: 'timezone', type: 3, value: 'berl', focused: true }], { permissions: MANAGE_CHANNELS });
  const choices = (await callback(t, token)).body.data.choices as { value: string }[];
  assert.ok(choices.some((c) => c.value === 'Europe/Berlin'));
  assert.ok(choices.length <= 25);
});

test('GIVEN subscriptions in two servers WHEN /subscriptions THEN only this server\'s are listed, and /unsubscribe cannot touch the other\'s', async () => {
  const theirs = addSubscription(t.db, { guildId: OTHER_GUILD, channelId: '600000000000000001', time: '06:00', timezone: 'UTC' }).subscription;
  const list = t.fake.slash('subscriptions');
  const text = await ephemeral(list.token);
  assert.match(text, /07:30\*\* Europe\/Berlin/);
  assert.doesNotMatch(text, /06:00/);
  const steal = t.fake.slash('unsubscribe', [{ name: 'id', type: 3, value: String(theirs.id) }], { permissions: MANAGE_CHANNELS });
  assert.match(await ephemeral(steal.token), new RegExp(`no scheduled briefing #${theirs.id}`));
  assert.equal(listSubscriptions(t.db, OTHER_GUILD).length, 1);
});

test('GIVEN a subscription WHEN autocompleting /unsubscribe and choosing it THEN it is removed', async () => {
  const ac = t.fake.autocomplete('unsubscribe', [{ name: 'id', type: 3, value: '07:30', focused: true }], { permissions: MANAGE_CHANNELS });
  const [choice] = (await callback(t, ac.token)).body.data.choices as { name: string; value: string }[];
  assert.ok(choice, 'one choice');
  assert.match(choice.name, /07:30 Europe\/Berlin/);
  const un = t.fake.slash('unsubscribe', [{ name: 'id', type: 3, value: choice.value }], { permissions: MANAGE_CHANNELS });
  assert.match(await ephemeral(un.token), /Stopped: /);
  assert.equal(listSubscriptions(t.db, GUILD).length, 0);
});

test('GIVEN an operator default feed WHEN /feeds add, list and remove THEN the server manages only its own feeds', async () => {
  t.db.prepare(`INSERT INTO feeds (guild_id, url) VALUES ('', 'https://default.example/feed.xml')`).run();
  addFeed(t.db, { guildId: OTHER_GUILD, url: 'https://theirs.example/rss' });
  const add = t.fake.slash('feeds', [{ name: 'add', type: 1, options: [{ name: 'url', type: 3, value: 'https://news.example/rss' }] }], { permissions: MANAGE_CHANNELS });
  assert.match(await ephemeral(add.token), /Added feed `#\d+` <https:\/\/news\.example\/rss>/);
  const dup = t.fake.slash('feeds', [{ name: 'add', type: 1, options: [{ name: 'url', type: 3, value: 'https://default.example/feed.xml' }] }], { permissions: MANAGE_CHANNELS });
  assert.match(await ephemeral(dup.token), /already one of the operator's default feeds/);

  const list = t.fake.slash('feeds', [{ name: 'list', type: 1 }], { permissions: MANAGE_CHANNELS });
  const text = await ephemeral(list.token);
  assert.match(text, /This server's feeds \(1\)[\s\S]*news\.example[\s\S]*Operator defaults \(1\)[\s\S]*default\.example/);
  assert.doesNotMatch(text, /theirs\.example/);

  const ac = t.fake.autocomplete('feeds', [{ name: 'remove', type: 1, options: [{ name: 'feed', type: 3, value: '', focused: true }] }], { permissions: MANAGE_CHANNELS });
  const choices = (await callback(t, ac.token)).body.data.choices as { name: string; value: string }[];
  assert.equal(choices.length, 1, 'only the server\'s own feed can be chosen');
  const rm = t.fake.slash('feeds', [{ name: 'remove', type: 1, options: [{ name: 'feed', type: 3, value: choices[0]!.value }] }], { permissions: MANAGE_CHANNELS });
  assert.match(await ephemeral(rm.token), /Feed removed/);
  const theirId = String((t.db.prepare(`SELECT id FROM feeds WHERE guild_id = ?`).get(OTHER_GUILD) as { id: number }).id);
  const steal = t.fake.slash('feeds', [{ name: 'remove', type: 1, options: [{ name: 'feed', type: 3, value: theirId }] }], { permissions: MANAGE_CHANNELS });
  assert.match(await ephemeral(steal.token), /not one of this server's feeds/);
});

test('GIVEN a URL that is not one WHEN /feeds add url:"not a url" THEN the option error says what to give', async () => {
  const add = t.fake.slash('feeds', [{ name: 'add', type: 1, options: [{ name: 'url', type: 3, value: 'not a url' }] }], { permissions: MANAGE_CHANNELS });
  assert.match(await ephemeral(add.token), /`url`: give the feed's full address, starting with https:\/\//);
});

test('GIVEN a feed on a private address WHEN /feeds add THEN it is refused with the reason and nothing is stored', async () => {
  const add = t.fake.slash('feeds', [{ name: 'add', type: 1, options: [{ name: 'url', type: 3, value: 'http://169.254.169.254/latest/rss' }] }], { permissions: MANAGE_CHANNELS });
  assert.match(await ephemeral(add.token), /can't be added: 169\.254\.169\.254 is a private or loopback address/);
  assert.equal(t.db.prepare(`SELECT count(*) AS n FROM feeds WHERE url LIKE '%169.254%'`).pluck().get(), 0);
});
