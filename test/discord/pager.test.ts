import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CUSTOM_ID_MAX, decodePage, pageButtons, readPage, type PageState } from '../../src/discord/pager.ts';
import { tempDb } from '../support/temp-db.ts';

const customIds = (rows: ReturnType<typeof pageButtons>) => rows.flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));

test('GIVEN a short query THEN the page state travels inline in the buttons and nothing is stored', (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  const store = { db, clock: () => new Date('2026-03-15T12:00:00Z') };
  const state: PageState = { command: 'quote', userId: '300000000000000001', page: 0, args: ['harbor budget', ''] };
  const [prev, next] = customIds(pageButtons(store, state, 3));
  assert.match(next!, /^pg\|quote\|/);
  assert.deepEqual(readPage(store, next!), { ...state, page: 1 });
  assert.deepEqual(readPage(store, prev!), state);
  assert.equal((db.prepare(`SELECT count(*) AS n FROM page_states`).get() as { n: number }).n, 0);
});

test('GIVEN a query too long for a customId THEN the buttons carry a stored reference that reads back until it expires', (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  let now = new Date('2026-03-15T12:00:00Z');
  const store = { db, clock: () => now };
  const state: PageState = { command: 'timeline', userId: '300000000000000001', page: 1, args: ['harbor '.repeat(20).trim()] };
  const ids = customIds(pageButtons(store, state, 3));
  assert.equal(ids.length, 2);
  for (const id of ids) assert.ok(id.length <= CUSTOM_ID_MAX && /^pgs\|\d+\|\d+$/.test(id), id);
  assert.deepEqual(readPage(store, ids[0]!), { ...state, page: 0 });
  assert.deepEqual(readPage(store, ids[1]!), { ...state, page: 2 });
  now = new Date('2026-03-16T12:00:01Z');
  assert.equal(readPage(store, ids[1]!), undefined);
  assert.equal(decodePage('pgs|12|x'), undefined);
  assert.equal(readPage(store, 'something else'), undefined);
});
