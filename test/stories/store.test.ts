import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempDb } from '../support/temp-db.ts';
import { findStories, getStory, listStories, saveDisagreements } from '../../src/db/stories.ts';
import { addArticle, articles as A } from './fixtures.ts';

function store() {
  const t = tempDb();
  for (const n of ['budgetA', 'budgetB', 'cupA', 'cupB', 'floodA', 'floodB', 'resignA', 'resignWire1'] as const) {
    addArticle(t.db, { ...A[n], url: `https://${A[n].source}/${n}` });
  }
  return t;
}

test('GIVEN stored stories WHEN listed THEN each has id, title, articles {id, source, title, url} and discrepancies, newest first', () => {
  const t = store();
  try {
    const stories = listStories(t.db);
    assert.equal(stories.length, 4);
    assert.deepEqual(stories.map((s) => s.lastPublished), ['2026-03-11', '2026-03-10', '2026-03-08', '2026-03-03']);
    const s = stories[0]!;
    assert.equal(s.title, A.resignA.title);
    assert.deepEqual(Object.keys(s.articles[0]!).sort(), ['id', 'publishedAt', 'source', 'title', 'url']);
    assert.equal(s.articles[0]!.url, 'https://valdoria-herald.test/resignA');
    assert.deepEqual(s.discrepancies, []);
  } finally { t.cleanup(); }
});

test('GIVEN since, query and limit WHEN listing THEN stories are filtered accordingly', () => {
  const t = store();
  try {
    assert.equal(listStories(t.db, { since: '2026-03-09' }).length, 2);
    assert.deepEqual(listStories(t.db, { query: 'Lindqvist' }).map((s) => s.articles.length), [2]);
    assert.equal(listStories(t.db, { limit: 1 }).length, 1);
    assert.equal(listStories(t.db, { query: 'nonexistentword' }).length, 0);
  } finally { t.cleanup(); }
});

test('GIVEN words WHEN finding stories THEN stories with the words in titles come first, and getStory returns one by id', () => {
  const t = store();
  try {
    const found = findStories(t.db, 'Brandt');
    assert.equal(found.length, 2, 'the budget and the resignation');
    assert.match(found[0]!.title, /Brandt/);
    assert.deepEqual(findStories(t.db, '   '), []);
    assert.equal(getStory(t.db, found[0]!.id)!.title, found[0]!.title);
    assert.equal(getStory(t.db, 9999), undefined);
  } finally { t.cleanup(); }
});

test('GIVEN a story\'s disagreements WHEN saved again THEN they are replaced, with the sources of the values', () => {
  const t = store();
  try {
    const s = listStories(t.db)[0]!;
    const [a, b] = s.articles;
    saveDisagreements(t.db, s.id, [{ kind: 'figure', about: 'tender', values: [{ value: '40', articleId: a!.id }, { value: '50', articleId: b!.id }] }]);
    saveDisagreements(t.db, s.id, [{ kind: 'date', about: 'resignation', values: [{ value: '2026-03-11', articleId: a!.id }, { value: '2026-03-10', articleId: b!.id }] }]);
    assert.deepEqual(getStory(t.db, s.id)!.discrepancies, [{ about: 'resignation', kind: 'date', values: [
      { value: '2026-03-11', source: a!.source, articleId: a!.id }, { value: '2026-03-10', source: b!.source, articleId: b!.id },
    ] }]);
  } finally { t.cleanup(); }
});
