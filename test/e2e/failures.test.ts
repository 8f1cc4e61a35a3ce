import assert from 'node:assert/strict';
import { Events } from 'discord.js';
import { after, before, test } from 'node:test';
import { assertEveryMessageHasAllowedMentions, callback, GENERAL, originalEdit, startTestBot, textOf, type TestBot } from './harness.ts';

let t: TestBot;
before(async () => { t = await startTestBot(); });
after(async () => {
  assertEveryMessageHasAllowedMentions(t);
  await t.close();
});

test('GIVEN Discord answers the reply with 429 + Retry-After WHEN /quote runs THEN the reply is retried and still arrives', async () => {
  const { token } = t.fake.slash('quote', [{ name: 'text', type: 3, value: 'boats sail again' }]);
  t.fake.failNext((r) => r.path.includes(token) && r.path.endsWith('/callback'), '429');
  const ok = await callback(t, token);
  const attempts = t.repliesTo(token).filter((r) => r.path.endsWith('/callback'));
  assert.deepEqual(attempts.map((r) => r.status), [429, 204]);
  assert.match(textOf(ok.body), /Petra Osk — Northern Wire/);
});

test('GIVEN editing the deferred reply fails with 5xx WHEN /timeline runs THEN the error is logged with context and the user gets a generic message', async () => {
  const { token } = t.fake.slash('timeline', [{ name: 'topic', type: 3, value: 'harbor' }]);
  t.fake.failNext((r) => r.method === 'PATCH' && r.path.includes(token), '500', 2);
  const edit = await originalEdit(t, token);
  assert.match(edit.body.content, /Something went wrong on my side/);
  assert.deepEqual(edit.body.embeds, []);
  const logged = await t.fake.waitUntil(() => t.logs.find((l) => l.level === 50 && l.what === '/timeline'));
  assert.equal(logged.msg, 'handler failed');
});

test('GIVEN a handler just failed WHEN the next command arrives THEN the bot still answers it (one failure never takes the process down)', async () => {
  const { token } = t.fake.slash('quote', [{ name: 'text', type: 3, value: 'money elsewhere' }]);
  assert.match(textOf((await callback(t, token)).body), /Mara Quill/);
  assert.ok(t.bot.client.listenerCount(Events.Error) > 0, 'the client error event has a listener');
});

test('GIVEN the bot may not post in the channel (403) WHEN it is mentioned THEN the failure is logged and later mentions are answered', async () => {
  t.fake.failNext(`POST /channels/${GENERAL}/messages`, '403');
  const first = t.fake.say(`<@${t.fake.botUser.id}> not one more dollar`);
  await t.fake.waitForRequest((r) => r.body?.message_reference?.message_id === first.id && r.status === 403);
  await t.fake.waitUntil(() => t.logs.find((l) => l.msg === 'could not answer a mention'));
  const second = t.fake.say(`<@${t.fake.botUser.id}> not one more dollar`);
  const ok = await t.fake.waitForRequest((r) => r.body?.message_reference?.message_id === second.id && r.status === 200);
  assert.match(textOf(ok.body), /Ilsa Brandt/);
});

test('GIVEN a command the bot does not know WHEN it is invoked THEN the user is told, ephemerally', async () => {
  const { token } = t.fake.slash('horoscope');
  const cb = await callback(t, token);
  assert.equal(cb.body.data.flags & 64, 64);
  assert.match(cb.body.data.content, /do not know that command/);
});

test('GIVEN everything the bot sent in this suite WHEN the bodies are inspected THEN every message carries allowed_mentions {parse: []}', () => {
  assert.doesNotThrow(() => assertEveryMessageHasAllowedMentions(t));
  const kinds = new Set(t.fake.requests.filter((r) => r.status < 300).map((r) => r.method + (r.path.startsWith('/channels') ? ' channel' : r.path.includes('@original') ? ' edit' : r.path.endsWith('/callback') ? ' callback' : ' other')));
  for (const k of ['POST callback', 'PATCH edit', 'POST channel']) assert.ok(kinds.has(k), `covered ${k}`);
});
