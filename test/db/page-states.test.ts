import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPageState, PAGE_STATE_TTL_MS, savePageState } from '../../src/db/page-states.ts';
import { tempDb } from '../support/temp-db.ts';

const at = (iso: string) => new Date(iso);
const HOUR = 60 * 60 * 1000;
const later = (d: Date, ms: number) => new Date(d.getTime() + ms);
const count = (db: ReturnType<typeof tempDb>['db']) => (db.prepare(`SELECT count(*) AS n FROM page_states`).get() as { n: number }).n;

test('GIVEN a stored page state WHEN read within 24 h THEN it comes back; WHEN read after 24 h THEN it has expired', (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  const saved = at('2026-03-15T12:00:00Z');
  const id = savePageState(db, { command: 'quote', userId: '42', args: ['a long query', ''] }, saved);
  assert.deepEqual(loadPageState(db, id, later(saved, PAGE_STATE_TTL_MS)), { command: 'quote', userId: '42', args: ['a long query', ''] });
  assert.equal(loadPageState(db, id, later(saved, PAGE_STATE_TTL_MS + 1)), undefined);
  assert.equal(loadPageState(db, id + 1, saved), undefined, 'an unknown id');
});

test('GIVEN states older than 24 h WHEN another state is saved THEN the old rows are deleted and the recent ones kept', (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  const start = at('2026-03-15T00:00:00Z');
  const old = savePageState(db, { command: 'quote', userId: '1', args: ['old'] }, start);
  const recent = savePageState(db, { command: 'events', userId: '1', args: ['recent', '', ''] }, later(start, 20 * HOUR));
  const fresh = savePageState(db, { command: 'timeline', userId: '2', args: ['fresh'] }, later(start, 25 * HOUR));
  assert.deepEqual((db.prepare(`SELECT id FROM page_states ORDER BY id`).all() as { id: number }[]).map((r) => r.id), [recent, fresh]);
  assert.ok(fresh > old && recent > old);
});

test('GIVEN the same command, user and query shown again WHEN saved THEN it keeps its id and its 24 h start again; ids are never reused', (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  const start = at('2026-03-15T00:00:00Z');
  const state = { command: 'quote', userId: '7', args: ['harbor budget vote', ''] };
  const id = savePageState(db, state, start);
  assert.equal(savePageState(db, state, later(start, 20 * HOUR)), id);
  assert.equal(count(db), 1);
  assert.ok(loadPageState(db, id, later(start, 40 * HOUR)), 'still there 20 h after it was last shown');
  assert.notEqual(savePageState(db, { ...state, userId: '8' }, start), id, 'another user gets a state of their own');

  savePageState(db, { command: 'quote', userId: '9', args: ['x'] }, later(start, 100 * HOUR)); // prunes everything before
  const after = savePageState(db, state, later(start, 100 * HOUR));
  assert.ok(after > id, 'a pruned id is not handed out again');
  assert.equal(loadPageState(db, id, later(start, 100 * HOUR)), undefined);
});
