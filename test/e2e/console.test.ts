import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import { ConsoleSession } from '../../src/console/session.ts';
import { commandSet } from '../../src/discord/client.ts';
import { storeArticle } from '../../src/ingest/store.ts';
import { tempDb } from '../support/temp-db.ts';
import { seedNews } from './harness.ts';

const store = tempDb();
const printed: string[] = [];
let session: ConsoleSession;
const last = () => printed.at(-1) ?? '';

before(() => {
  seedNews(store.db);
  for (let i = 1; i <= 6; i++) {
    storeArticle(store.db, { source: `Outlet ${i}`, url: `https://outlet${i}.example/tide`, title: `Tide story ${i}`, published: `2026-03-0${i}`,
      text: `Fishers met at the pier. "The tide waits for no council, number ${i}," said fisher Odo Brann${i}. The meeting ended early.` });
  }
  const ctx = { db: store.db, log: pino({ level: 'silent' }), config: loadConfig({}), clock: () => new Date('2026-03-15T12:00:00Z') };
  session = new ConsoleSession(ctx, commandSet(), (t) => printed.push(t));
});
after(() => store.cleanup());

test('GIVEN the console WHEN the operator types /quote text:... THEN the same handler answers, rendered as plain text with the link', async () => {
  assert.equal(await session.handle('/quote text:not one more dollar speaker:Ilsa Brandt'), true);
  assert.match(last(), /== Quotes matching “not one more dollar” by Ilsa Brandt ==/);
  assert.match(last(), /Ilsa Brandt — Harbor Gazette\n {2}“Not one more dollar for the harbor,”\n {2}14 Mar 2026 · Vellmar council rejects harbor budget <https:\/\/gazette\.example\/harbor-budget>/);
});

test('GIVEN the console WHEN the operator types a mention question THEN the best matching quote is shown', async () => {
  await session.handle("@Newsdesk who said 'the boats sail again'?");
  assert.match(last(), /Petra Osk — Northern Wire/);
});

test('GIVEN the console WHEN a line starts with ">" THEN "Find quote source" runs on it', async () => {
  await session.handle('> we will find the money elsewhere');
  assert.match(last(), /Mara Quill — Coastal Ledger/);
});

test('GIVEN a paged result WHEN the operator types next THEN page 2 is shown through the page handler', async () => {
  await session.handle('/quote text:tide waits');
  assert.match(last(), /page 1\/2[\s\S]*type "next"/);
  await session.handle('next');
  assert.match(last(), /6 quotes · page 2\/2/);
});

test('GIVEN an invalid option or a server-only command WHEN typed in the console THEN the user error is shown, not a crash', async () => {
  await session.handle('/events from:yesterday');
  assert.match(last(), /\(only you can see this\)\n`?from`?: use a date like 2026/);
  await session.handle('/feeds list');
  assert.match(last(), /works in a server/);
  assert.equal(await session.handle('/nonsense some words'), true, 'an unknown command does not end the session');
  assert.match(last(), /do not know that command/);
});

test('GIVEN "speaker:Pe" at the end of the line WHEN Tab is pressed THEN autocomplete offers the speaker', async () => {
  const hits = await session.complete('/quote text:boats speaker:Pe');
  assert.deepEqual(hits, ['/quote text:boats speaker:Petra Osk']);
});

test('GIVEN the console WHEN the operator types quit THEN the session ends', async () => {
  assert.equal(await session.handle('quit'), false);
});
