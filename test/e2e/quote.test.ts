import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { storeArticle } from '../../src/ingest/store.ts';
import { assertEveryMessageHasAllowedMentions, callback, startTestBot, textOf, type TestBot } from './harness.ts';

let t: TestBot;
before(async () => {
  t = await startTestBot();
  for (let i = 1; i <= 7; i++) {
    storeArticle(t.db, {
      source: `Outlet ${i}`, url: `https://outlet${i}.example/lighthouse`, title: `Lighthouse story ${i}`, published: `2026-03-0${i}`,
      text: `Keepers gathered at the old tower. "The lighthouse stays lit, whatever happens number ${i}," said keeper Anselm Vey${i}. Nothing else was reported.`,
    });
  }
});
after(async () => {
  assertEveryMessageHasAllowedMentions(t);
  await t.close();
});

test('GIVEN stored quotes WHEN /quote text:"not one more dollar" THEN the reply lists the quote with speaker, outlet, date and link', async () => {
  const { token } = t.fake.slash('quote', [{ name: 'text', type: 3, value: 'not one more dollar' }]);
  const cb = await callback(t, token);
  assert.equal(cb.body.type, 4);
  const text = textOf(cb.body);
  assert.match(text, /Not one more dollar for the harbor/);
  assert.match(text, /Ilsa Brandt — Harbor Gazette/);
  assert.match(text, /14 Mar 2026/);
  assert.match(text, /https:\/\/gazette\.example\/harbor-budget/);
});

test('GIVEN a speaker filter WHEN /quote text:money speaker:"Mara Quill" THEN only that speaker\'s quotes are listed', async () => {
  const { token } = t.fake.slash('quote', [{ name: 'text', type: 3, value: 'money' }, { name: 'speaker', type: 3, value: 'Mara Quill' }]);
  const text = textOf((await callback(t, token)).body);
  assert.match(text, /We will find the money elsewhere/);
  assert.doesNotMatch(text, /Ilsa Brandt —/);
});

test('GIVEN quoted speakers WHEN the user types "il" in speaker THEN autocomplete offers matching names, at most 25', async () => {
  const { token } = t.fake.autocomplete('quote', [{ name: 'text', type: 3, value: '' }, { name: 'speaker', type: 3, value: 'il', focused: true }]);
  const cb = await callback(t, token);
  assert.equal(cb.body.type, 8);
  const names = cb.body.data.choices.map((c: { name: string }) => c.name);
  assert.ok(names.includes('Ilsa Brandt'), `got ${names}`);
  assert.ok(names.length <= 25);
  assert.ok(!names.includes('Petra Osk'));
});

test('GIVEN words nobody said WHEN /quote THEN the reply says nothing matched and how to widen the search', async () => {
  const { token } = t.fake.slash('quote', [{ name: 'text', type: 3, value: 'zebra marmalade' }]);
  assert.match(textOf((await callback(t, token)).body), /No quote matches those words/);
});

test('GIVEN a one-letter search WHEN /quote THEN an ephemeral message explains the option is invalid', async () => {
  const { token } = t.fake.slash('quote', [{ name: 'text', type: 3, value: 'x' }]);
  const cb = await callback(t, token);
  assert.equal(cb.body.type, 4);
  assert.equal(cb.body.data.flags & 64, 64, 'ephemeral');
  assert.match(cb.body.data.content, /`text`: give at least two letters/);
});

test('GIVEN seven matching quotes WHEN the invoker presses Next THEN page 2 replaces page 1; another user is told only the invoker can page', async () => {
  const { token } = t.fake.slash('quote', [{ name: 'text', type: 3, value: 'lighthouse stays lit' }]);
  const first = (await callback(t, token)).body;
  assert.match(textOf(first), /7 quotes · page 1\/2/);
  assert.equal(first.data.embeds[0].fields.length, 5);
  const [prev, next] = first.data.components[0].components;
  assert.equal(prev.disabled, true);
  assert.ok(next.custom_id.length <= 100);

  const press = t.fake.button(next.custom_id);
  const update = (await callback(t, press.token)).body;
  assert.equal(update.type, 7);
  assert.match(textOf(update), /page 2\/2/);
  assert.equal(update.data.embeds[0].fields.length, 2);

  const stranger = { id: '300000000000000099', username: 'stranger', discriminator: '0', global_name: null as unknown as string, avatar: null, bot: false };
  const other = t.fake.button(next.custom_id, { user: stranger });
  const refused = (await callback(t, other.token)).body;
  assert.equal(refused.type, 4);
  assert.equal(refused.data.flags & 64, 64);
  assert.match(refused.data.content, /Only the person who ran the command/);
});

test('GIVEN a query longer than a button can carry WHEN the invoker presses Next and then Previous THEN the pages turn from state kept in the database', async () => {
  const words = 'the lighthouse stays lit whatever happens, said keeper Anselm; '.repeat(3).trim();
  assert.ok(words.length > 100);
  const { token } = t.fake.slash('quote', [{ name: 'text', type: 3, value: words }]);
  const first = (await callback(t, token)).body;
  assert.match(textOf(first), /7 quotes · page 1\/2/);
  const [, next] = first.data.components[0].components;
  assert.ok(next.custom_id.length <= 100, next.custom_id);
  assert.ok(!next.custom_id.includes('lighthouse'), 'the query is not in the customId');

  const update = (await callback(t, t.fake.button(next.custom_id).token)).body;
  assert.equal(update.type, 7);
  assert.match(textOf(update), /page 2\/2/);
  assert.match(textOf(update), /Quotes matching “the lighthouse stays lit/);
  assert.equal(update.data.embeds[0].fields.length, 2);
  const [prev] = update.data.components[0].components;
  const back = (await callback(t, t.fake.button(prev.custom_id).token)).body;
  assert.match(textOf(back), /page 1\/2/);
  assert.equal((t.db.prepare(`SELECT count(*) AS n FROM page_states`).get() as { n: number }).n, 1, 'turning pages reuses the stored state');
});

test('GIVEN a page button whose stored state is gone WHEN it is pressed THEN the user is told privately that the results have expired', async () => {
  const press = t.fake.button('pgs|987654|1');
  const reply = (await callback(t, press.token)).body;
  assert.equal(reply.type, 4);
  assert.equal(reply.data.flags & 64, 64, 'ephemeral');
  assert.equal(reply.data.content, 'These results have expired; run the command again.');
});
