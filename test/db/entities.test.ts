import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveEntity } from '../../src/db/entities.ts';
import { tempDb } from '../support/temp-db.ts';

const person = (name: string, aliases: string[] = []) => ({ name, type: 'person' as const, aliases });
const nameOf = (db: ReturnType<typeof tempDb>['db'], id: number) => (db.prepare('SELECT name FROM entities WHERE id = ?').get(id) as { name: string }).name;

test('GIVEN spelling variants and name orders across articles WHEN resolved THEN they are one stored entity', (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  const a = resolveEntity(db, person('Volodar Zelenskyy', ['Zelenskyy']));
  const b = resolveEntity(db, person('Volodar Zelensky'));
  const c = resolveEntity(db, person('Jinping Xu'));
  const d = resolveEntity(db, person('Xu Jinping'));
  assert.equal(a, b);
  assert.equal(c, d);
  assert.notEqual(a, c);
});

test('GIVEN a surname first and the full name later WHEN resolved THEN the fuller name becomes the entity name, and a variant spelling of the same length does not', (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  const id = resolveEntity(db, person('Marchenko'));
  assert.equal(resolveEntity(db, person('Oleksii Marchenko', ['Marchenko'])), id);
  assert.equal(nameOf(db, id), 'Oleksii Marchenko');
  assert.equal(resolveEntity(db, person('Oleksiy Marchenkko', ['Marchenkko'])), id);
  assert.equal(nameOf(db, id), 'Oleksii Marchenko');
});

test('GIVEN two people who share a surname WHEN each is named in full THEN they stay two entities', (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  assert.notEqual(resolveEntity(db, person('Ana Ruiz', ['Ruiz'])), resolveEntity(db, person('Carlos Ruiz', ['Ruiz'])));
});
