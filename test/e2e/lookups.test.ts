import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertEveryMessageHasAllowedMentions, callback, GENERAL, startTestBot, textOf, type TestBot } from './harness.ts';

let t: TestBot;
before(async () => { t = await startTestBot(); });
after(async () => {
  assertEveryMessageHasAllowedMentions(t);
  await t.close();
});

const channelPosts = () => t.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${GENERAL}/messages`);

test('GIVEN a stored quote WHEN a user mentions the bot asking who said it THEN the bot replies to that message with the quote and its source', async () => {
  const msg = t.fake.say(`<@${t.fake.botUser.id}> who said 'not one more dollar'?`);
  const post = await t.fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${GENERAL}/messages` && r.body?.message_reference?.message_id === msg.id);
  const text = textOf(post.body);
  assert.match(text, /Not one more dollar for the harbor/);
  assert.match(text, /Ilsa Brandt — Harbor Gazette/);
});

test('GIVEN a chatty question without quotation marks WHEN the bot is mentioned THEN question words are ignored and the quote is found', async () => {
  const msg = t.fake.say(`<@${t.fake.botUser.id}> who said the boats sail again?`);
  const post = await t.fake.waitForRequest((r) => r.body?.message_reference?.message_id === msg.id);
  assert.match(textOf(post.body), /Petra Osk — Northern Wire/);
});

test('GIVEN a message that does not mention the bot WHEN it arrives THEN the bot stays silent', async () => {
  const before = channelPosts().length;
  const quiet = t.fake.say('who said not one more dollar?', { mentionBot: false });
  // A later mention is answered; by then the earlier, unmentioned message would have been answered too.
  const probe = t.fake.say(`<@${t.fake.botUser.id}> boats sail`);
  await t.fake.waitForRequest((r) => r.body?.message_reference?.message_id === probe.id);
  assert.equal(channelPosts().length, before + 1);
  assert.ok(!channelPosts().some((r) => r.body?.message_reference?.message_id === quiet.id));
});

test('GIVEN a message quoting someone WHEN "Find quote source" is used on it THEN the reply names the speaker, outlet and link, with the article\'s Markdown escaped', async () => {
  const { token } = t.fake.messageMenu('Find quote source', { content: 'Apparently someone said "we will find the money elsewhere" lol' });
  const cb = await callback(t, token);
  assert.equal(cb.body.type, 4);
  const text = textOf(cb.body);
  assert.match(text, /Mara Quill — Coastal Ledger/);
  assert.match(text, /https:\/\/ledger\.example\/vellmar-vote/);
  assert.ok(text.includes('Vellmar \\*again\\*'), 'Markdown from the article title is escaped');
});

test('GIVEN an empty message WHEN "Find quote source" is used on it THEN the user is told there is no text to look up', async () => {
  const { token } = t.fake.messageMenu('Find quote source', { content: '' });
  const cb = await callback(t, token);
  assert.equal(cb.body.data.flags & 64, 64);
  assert.match(cb.body.data.content, /no text I can look up/);
});
