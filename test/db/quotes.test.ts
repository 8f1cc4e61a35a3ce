import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchQuotes } from '../../src/db/quotes.ts';
import { storeArticle } from '../../src/ingest/store.ts';
import { tempDb } from '../support/temp-db.ts';

test('GIVEN stored reports with and without a named source WHEN quotes are searched THEN speech nobody is named for is left out, named reports and quotes stay', (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  const text = 'Harbour levy vote delayed\n\nIt does not mention the dam by name.\n\nMayor Ana Ruiz said the levy would pass. "The harbour needs it," Ruiz said.';
  storeArticle(db, { source: 'Harbour Courier', url: 'https://courier.example/levy', title: 'Harbour levy vote delayed', text, published: '2026-03-12' });
  const stored = db.prepare(`SELECT kind, speaker FROM quotes`).all() as { kind: string; speaker: string | null }[];
  assert.ok(stored.some((q) => q.kind === 'indirect' && q.speaker === null), 'the store keeps the unattributed report');
  const all = searchQuotes(db, { limit: 50 });
  assert.ok(all.length >= 2, JSON.stringify(all));
  assert.ok(all.every((q) => q.kind !== 'indirect' || q.speaker !== null), JSON.stringify(all.map((q) => [q.kind, q.speaker, q.text])));
  assert.ok(all.some((q) => q.kind === 'direct' && q.speaker === 'Ana Ruiz'));
  assert.ok(all.some((q) => q.kind === 'indirect' && q.speaker === 'Ana Ruiz'));
});
