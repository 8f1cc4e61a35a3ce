import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storeArticle } from '../../src/ingest/store.ts';
import { canonicalUrl, contentHash } from '../../src/ingest/identity.ts';
import { harbourStrike } from '../support/articles.ts';
import { tempDb } from '../support/temp-db.ts';

const rec = (over: Partial<Parameters<typeof storeArticle>[1]> = {}) => ({
  source: 'Harbour Courier', url: 'https://courier.example/strike?utm_source=rss', ...harbourStrike, ...over,
});
const count = (db: ReturnType<typeof tempDb>['db'], table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

test('GIVEN a stored article WHEN the same URL or the same text arrives again THEN nothing changes and it says why', (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  const first = storeArticle(db, rec());
  assert.equal(first.status, 'added');
  const before = ['articles', 'quotes', 'events', 'date_mentions', 'entities', 'stories'].map((n) => count(db, n));
  assert.deepEqual(storeArticle(db, rec({ url: 'https://COURIER.example/strike#comments', text: `${harbourStrike.text}\n\nUpdated.` })),
    { status: 'duplicate', articleId: first.status === 'added' ? first.articleId : -1, reason: 'url' });
  const sameText = storeArticle(db, rec({ url: 'https://mirror.example/copy', source: 'Mirror', text: harbourStrike.text.replace(/“|”/g, '"').replace(/ +/g, '  ') }));
  assert.equal(sameText.status, 'duplicate');
  assert.equal(sameText.status === 'duplicate' && sameText.reason, 'text');
  assert.deepEqual(['articles', 'quotes', 'events', 'date_mentions', 'entities', 'stories'].map((n) => count(db, n)), before);
});

test('GIVEN storing fails half-way WHEN an article is stored THEN no partial rows remain', (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  db.exec(`CREATE TRIGGER fail_story BEFORE INSERT ON story_articles BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
  assert.throws(() => storeArticle(db, rec()), /disk on fire/);
  for (const table of ['sources', 'articles', 'quotes', 'events', 'event_actors', 'date_mentions', 'figures', 'entities', 'article_entities', 'stories']) {
    assert.equal(count(db, table), 0, `${table} has rows left`);
  }
  assert.equal((db.prepare(`SELECT count(*) AS n FROM quotes_fts`).get() as { n: number }).n, 0);
});

test('GIVEN invalid records WHEN stored THEN a validation error says which field is wrong', (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  assert.throws(() => storeArticle(db, rec({ text: '   ' })), /empty or too short/);
  assert.throws(() => storeArticle(db, rec({ published: 'last Tuesday' })), /must be a date/);
  assert.throws(() => storeArticle(db, rec({ url: 'ftp://x.example/a' })), /url/i);
  assert.equal(count(db, 'articles'), 0);
});

test('canonical URLs drop tracking parameters, fragments, www and trailing slashes', () => {
  assert.equal(canonicalUrl('https://WWW.News.example/a/b/?utm_medium=x&id=3&fbclid=9#top'), 'https://news.example/a/b/?id=3');
  assert.equal(canonicalUrl('https://news.example/a/b/'), 'https://news.example/a/b');
  assert.notEqual(canonicalUrl('https://news.example/a?id=3'), canonicalUrl('https://news.example/a?id=4'));
});

test('content hashes ignore quote style, case and white space but not words', () => {
  assert.equal(contentHash('“We will” she said.\n\nOK'), contentHash('"we will"  She said. ok'));
  assert.notEqual(contentHash('We will win.'), contentHash('We will lose.'));
});
