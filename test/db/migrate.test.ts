import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DatabaseTooNewError, migrate } from '../../src/db/migrate.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { findEntitiesByName } from '../../src/db/entities.ts';
import { openDb } from '../../src/db/open.ts';
import { tempDb } from '../support/temp-db.ts';

const version = (db: ReturnType<typeof openDb>) => db.pragma('user_version', { simple: true });
const tables = (db: ReturnType<typeof openDb>) =>
  (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'quotes_fts%'`).all() as { name: string }[]).map((r) => r.name);

test('GIVEN a fresh file WHEN migrated THEN every migration is applied and every table is STRICT', (t) => {
  const { db, cleanup } = tempDb(false);
  t.after(cleanup);
  assert.deepEqual(migrate(db), migrations.map((_, i) => i + 1));
  assert.equal(version(db), migrations.length);
  const strict = new Map((db.prepare(`PRAGMA table_list`).all() as { name: string; strict: number }[]).map((r) => [r.name, r.strict]));
  for (const name of tables(db)) assert.equal(strict.get(name), 1, `${name} is not STRICT`);
  assert.ok(tables(db).includes('articles') && tables(db).includes('subscriptions'));
  assert.deepEqual(migrate(db), [], 'a second run applies nothing');
});

test('opened databases use WAL, enforce foreign keys and wait when busy', (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  assert.ok((db.pragma('busy_timeout', { simple: true }) as number) >= 1000);
  assert.throws(() => db.prepare(`INSERT INTO articles (source_id, title, published_at, text, content_hash) VALUES (999, 't', '2026-01-01', 'x', 'h')`).run(), /FOREIGN KEY/);
});

test('GIVEN a database at an older version WHEN migrated THEN only the newer migrations run and data is kept', (t) => {
  const { db, path, cleanup } = tempDb(false);
  t.after(cleanup);
  migrate(db, migrations.slice(0, 1));
  db.prepare(`INSERT INTO sources (name) VALUES ('Kept Outlet')`).run();
  db.close();
  const reopened = openDb(path);
  t.after(() => reopened.close());
  assert.deepEqual(migrate(reopened), migrations.slice(1).map((_, i) => i + 2));
  assert.equal(version(reopened), migrations.length);
  assert.equal((reopened.prepare(`SELECT name FROM sources`).get() as { name: string }).name, 'Kept Outlet');
});

test('GIVEN a database written by newer code WHEN migrated THEN it is refused and left untouched', (t) => {
  const { db, cleanup } = tempDb(false);
  t.after(cleanup);
  db.pragma(`user_version = ${migrations.length + 5}`);
  assert.throws(() => migrate(db), (e: unknown) => e instanceof DatabaseTooNewError && /Upgrade Newsdesk/.test(e.message));
  assert.equal(version(db), migrations.length + 5);
  assert.deepEqual(tables(db), []);
});

test('GIVEN a migration that fails WHEN migrating THEN the whole batch rolls back', (t) => {
  const { db, cleanup } = tempDb(false);
  t.after(cleanup);
  const broken = [...migrations, { name: 'broken', up: () => { throw new Error('boom'); } }];
  assert.throws(() => migrate(db, broken), /boom/);
  assert.equal(version(db), 0);
  assert.deepEqual(tables(db), []);
});

test('GIVEN aliases stored under the old spelling folds WHEN migrated THEN their keys are recomputed and a new spelling finds the entity', (t) => {
  const { db, cleanup } = tempDb(false);
  t.after(cleanup);
  migrate(db, migrations.slice(0, 4));
  const id = Number(db.prepare(`INSERT INTO entities (name, type) VALUES ('Alexei Varnov', 'person')`).run().lastInsertRowid);
  const alias = db.prepare(`INSERT INTO entity_aliases (entity_id, alias, key) VALUES (?, ?, ?)`);
  alias.run(id, 'Alexei Varnov', 'alexei varnov'); // the key before 'x' folded to 'ks'
  alias.run(id, 'Aleksei Varnov', 'aleksei varnov');
  migrate(db);
  // one row per entity and key, as when an entity is stored: the two spellings now share one
  assert.deepEqual(db.prepare(`SELECT key FROM entity_aliases`).all(), [{ key: 'aleksei varnov' }]);
  assert.deepEqual(findEntitiesByName(db, 'Alexei Varnov').map((e) => e.id), [id]);
});
