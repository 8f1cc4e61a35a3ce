import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertEveryMessageHasAllowedMentions, callback, originalEdit, startTestBot, textOf, type TestBot } from './harness.ts';

let t: TestBot;
before(async () => { t = await startTestBot(); });
after(async () => {
  assertEveryMessageHasAllowedMentions(t);
  await t.close();
});

test('GIVEN dated events WHEN /events entity:"Ilsa Brandt" THEN the bot defers, then edits in the events with date, actor and outlet link', async () => {
  const { token } = t.fake.slash('events', [{ name: 'entity', type: 3, value: 'Ilsa Brandt' }]);
  assert.equal((await callback(t, token)).body.type, 5);
  const text = textOf((await originalEdit(t, token)).body);
  assert.match(text, /\*\*2026-03-12\*\* · Vellmar council rejects the harbor budget in Vellmar \(Ilsa Brandt\)/);
  assert.match(text, /\[Harbor Gazette\]\(https:\/\/gazette\.example\/harbor-budget\)/);
  assert.doesNotMatch(text, /review/);
});

test('GIVEN a date range WHEN /events from:2026-03-13 to:2026-03 THEN only events in range are listed', async () => {
  const { token } = t.fake.slash('events', [{ name: 'from', type: 3, value: '2026-03-13' }, { name: 'to', type: 3, value: '2026-03' }]);
  const text = textOf((await originalEdit(t, token)).body);
  assert.match(text, /Harbor authority announces a review/);
  assert.doesNotMatch(text, /2026-03-12/);
});

test('GIVEN a malformed date WHEN /events from:yesterday THEN an ephemeral message shows the accepted formats', async () => {
  const { token } = t.fake.slash('events', [{ name: 'from', type: 3, value: 'yesterday' }]);
  const cb = await callback(t, token);
  assert.equal(cb.body.data.flags & 64, 64);
  assert.match(cb.body.data.content, /`from`: use a date like 2026, 2026-03 or 2026-03-14/);
});

test('GIVEN events about the harbor WHEN /timeline topic:harbor THEN they are listed oldest first', async () => {
  const { token } = t.fake.slash('timeline', [{ name: 'topic', type: 3, value: 'harbor' }]);
  const text = textOf((await originalEdit(t, token)).body);
  const first = text.indexOf('2026-03-12');
  const review = text.indexOf('Harbor authority announces a review');
  assert.ok(first >= 0 && review > first, text);
  assert.match(text, /\[Harbor Gazette\]\(https:\/\/gazette\.example\/harbor-budget\)/);
});

test('GIVEN articles from several outlets WHEN /story query:"harbor budget" THEN the story lists its sources with links', async () => {
  const { token } = t.fake.slash('story', [{ name: 'query', type: 3, value: 'harbor budget' }]);
  assert.equal((await callback(t, token)).body.type, 5);
  const text = textOf((await originalEdit(t, token)).body);
  assert.match(text, /Vellmar council rejects harbor budget/);
  assert.match(text, /Sources \(\d+\)/);
  assert.match(text, /\[Harbor Gazette\]\(https:\/\/gazette\.example\/harbor-budget\)/);
  assert.match(text, /Not one more dollar for the harbor/);
});

test('GIVEN no story matches WHEN /story THEN the deferred reply is edited into a clear "no story" message', async () => {
  const { token } = t.fake.slash('story', [{ name: 'query', type: 3, value: 'volcano eruption' }]);
  assert.match((await originalEdit(t, token)).body.content, /No story matches “volcano eruption”/);
});

test('GIVEN a briefing that reads the whole store WHEN /briefing since:2026-03-01 THEN the bot defers within the deadline and edits the briefing in', async () => {
  const { token } = t.fake.slash('briefing', [{ name: 'since', type: 3, value: '2026-03-01' }]);
  const defer = await callback(t, token);
  assert.equal(defer.body.type, 5);
  const edit = await originalEdit(t, token);
  assert.ok(t.fake.requests.indexOf(defer) < t.fake.requests.indexOf(edit));
  assert.match(textOf(edit.body), /harbor budget/i);
});

test('GIVEN a topic nobody wrote about WHEN /briefing topic:volcano THEN the reply says there is nothing new', async () => {
  const { token } = t.fake.slash('briefing', [{ name: 'topic', type: 3, value: 'volcano' }, { name: 'since', type: 3, value: '1w' }]);
  assert.match(textOf((await originalEdit(t, token)).body), /Nothing new on “volcano”/);
});

test('GIVEN an unreadable span WHEN /briefing since:forever THEN an ephemeral message explains the format', async () => {
  const { token } = t.fake.slash('briefing', [{ name: 'since', type: 3, value: 'forever' }]);
  const cb = await callback(t, token);
  assert.equal(cb.body.data.flags & 64, 64);
  assert.match(cb.body.data.content, /`since`: "forever" is not a time: use 24h, 3d, 2w/);
});
