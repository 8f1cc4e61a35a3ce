import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tempDb } from '../support/temp-db.ts';
import { leaders, sameSurname, surnameKeys } from '../../src/stories/match.ts';
import { groupQuotes, type StoryQuote } from '../../src/stories/quotes.ts';
import { factParams, storyQuotes } from '../../src/stories/facts.ts';
import { articleVectors, memberVectors, storyMembers } from '../../src/stories/state.ts';
import { addArticle, articles as A } from './fixtures.ts';

const overlapping = (a: string[], b: string[]) => a.filter((w) => b.includes(w)).length >= 2;

test('leaders compared only by shared keys gives the same groups as comparing every leader', () => {
  const item = fc.uniqueArray(fc.constantFrom('tram', 'fare', 'mayor', 'audit', 'crown', 'line', 'depot', 'quay'), { minLength: 1, maxLength: 4 });
  fc.assert(fc.property(fc.array(item, { maxLength: 40 }), (items) => {
    assert.deepEqual(leaders(items, overlapping, (x) => x), leaders(items, overlapping));
  }));
});

test('two surnames one edit apart (or equal) always share a key, so keyed grouping misses no speaker', () => {
  const name = fc.stringMatching(/^[a-z]{1,9}$/);
  const edit = fc.tuple(name, fc.nat(), fc.constantFrom('', 'a', 'y', 'k'), fc.boolean()).map(([n, at, letter, drop]) => {
    const i = at % (n.length + 1);
    return [n, n.slice(0, i) + letter + n.slice(i + (drop ? 1 : 0))] as const;
  });
  fc.assert(fc.property(edit, ([a, b]) => {
    if (!sameSurname(a, b)) return;
    const keys = new Set(surnameKeys(a));
    assert.ok(surnameKeys(b).some((k) => keys.has(k)), `${a} / ${b}`);
  }));
});

test('GIVEN a thousand quotes of one story WHEN grouped THEN repeats of a quote and reworded variants each form one group', () => {
  const quotes: StoryQuote[] = [];
  for (let i = 0; i < 500; i++) {
    quotes.push({ articleId: i, source: `outlet-${i % 5}.test`, speaker: 'Lotte Varga', kind: 'direct', text: `Line ${i} will open on time and the fares will stay at ${i} crowns` });
    quotes.push({ articleId: i, source: `outlet-${i % 5}.test`, speaker: i % 2 ? 'Varga' : 'Mayor Lotte Vargas', kind: 'direct', text: 'The audit changes nothing about the tram' });
  }
  const groups = groupQuotes(quotes);
  const audit = groups.find((g) => g.text.startsWith('The audit'))!;
  assert.equal(audit.variants.length, 500);
  assert.equal(audit.speaker, 'Mayor Lotte Vargas');
  assert.equal(groups.length, 2, 'the numbered quotes share most of their words, so they are variants of one quote');
});

test('GIVEN a story with more articles than facts are read from WHEN its quotes are loaded THEN only its newest articles count', () => {
  const t = tempDb();
  const saved = factParams.articles;
  try {
    factParams.articles = 2;
    const quote = (text: string) => ({ quotes: [{ text, speaker: 'Ilsa Brandt', kind: 'direct' as const, start: 0, end: 1 }] });
    const first = addArticle(t.db, A.resignA, quote('oldest words'));
    addArticle(t.db, A.resignWire1, quote('middle words'));
    const last = addArticle(t.db, A.resignWire2, quote('newest words'));
    assert.equal(first.storyId, last.storyId);
    assert.deepEqual(storyQuotes(t.db, last.storyId).map((q) => q.text), ['middle words', 'newest words']);
    assert.equal(storyQuotes(t.db, last.storyId, 10).length, 3);
  } finally {
    factParams.articles = saved;
    t.cleanup();
  }
});

test('GIVEN an article whose vectors were read in a transaction that rolled back WHEN another article gets its id THEN its own vectors are used', () => {
  const t = tempDb();
  try {
    addArticle(t.db, A.floodA);
    let lostId = 0;
    assert.throws(() => t.db.transaction(() => {
      const b = addArticle(t.db, A.cupA);
      lostId = b.articleId;
      memberVectors(t.db, storyMembers(t.db, b.storyId, 5).find((m) => m.articleId === b.articleId)!);
      throw new Error('rolled back');
    })(), /rolled back/);
    const c = addArticle(t.db, A.budgetA);
    assert.equal(c.articleId, lostId, 'SQLite hands the id out again');
    const m = storyMembers(t.db, c.storyId, 5).find((x) => x.articleId === c.articleId)!;
    assert.deepEqual(memberVectors(t.db, m), articleVectors(t.db, c.articleId));
    assert.ok(memberVectors(t.db, m).title.has('budget'));
  } finally { t.cleanup(); }
});
