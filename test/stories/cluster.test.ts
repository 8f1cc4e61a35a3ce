import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempDb } from '../support/temp-db.ts';
import { listStories } from '../../src/db/stories.ts';
import { clusterParams, siteTitle } from '../../src/stories/cluster.ts';
import { nameStems } from '../../src/stories/terms.ts';
import { extract } from '../../src/extract/index.ts';
import { addArticle, articles as A, type Fixture } from './fixtures.ts';

/** Ingest in publication order; the story id of each article by fixture name. */
function ingest(names: (keyof typeof A)[]) {
  const t = tempDb();
  const order = [...names].sort((a, b) => A[a].published.localeCompare(A[b].published));
  const story = new Map<string, number>();
  for (const n of order) story.set(n, addArticle(t.db, A[n] as Fixture).storyId);
  return { ...t, story: (n: keyof typeof A) => story.get(n)! };
}

const all = Object.keys(A) as (keyof typeof A)[];

test('GIVEN wire copies of one report from two outlets WHEN ingested THEN they join one story with the original report', () => {
  const t = ingest(all);
  try {
    assert.equal(t.story('resignWire1'), t.story('resignWire2'));
    assert.equal(t.story('resignA'), t.story('resignWire1'));
  } finally { t.cleanup(); }
});

test('GIVEN two different events about the same minister a week apart WHEN ingested THEN they stay separate stories', () => {
  const t = ingest(all);
  try {
    assert.equal(t.story('budgetA'), t.story('budgetB'));
    assert.notEqual(t.story('budgetA'), t.story('resignA'));
  } finally { t.cleanup(); }
});

test('GIVEN four events reported by several sources WHEN ingested THEN there are exactly four stories, each with its sources', () => {
  const t = ingest(all);
  try {
    const stories = listStories(t.db);
    assert.equal(stories.length, 4);
    assert.deepEqual(stories.map((s) => s.articles.length).sort(), [2, 2, 2, 3]);
    const resign = stories.find((s) => s.id === t.story('resignA'))!;
    assert.deepEqual(resign.articles.map((a) => a.source).sort(), ['coastal-times.test', 'meridian-wire.test', 'valdoria-herald.test']);
    assert.equal(resign.sources, 3);
  } finally { t.cleanup(); }
});

test('GIVEN a similar article published far outside the time window WHEN ingested THEN it starts its own story', () => {
  const t = ingest(['floodA']);
  try {
    const later = addArticle(t.db, { ...A.floodB, published: '2029-06-01' });
    assert.notEqual(later.storyId, t.story('floodA'));
  } finally { t.cleanup(); }
});

test('GIVEN articles arriving out of publication order WHEN ingested THEN the same events still group together', () => {
  const t = ingest([]);
  try {
    const ids = (['cupB', 'resignWire2', 'floodB', 'budgetB', 'resignA', 'cupA', 'floodA', 'budgetA', 'resignWire1'] as const)
      .map((n) => [n, addArticle(t.db, A[n]).storyId] as const);
    const s = new Map(ids);
    assert.equal(s.get('cupA'), s.get('cupB'));
    assert.equal(s.get('floodA'), s.get('floodB'));
    assert.equal(s.get('resignA'), s.get('resignWire2'));
    assert.notEqual(s.get('budgetA'), s.get('resignA'));
  } finally { t.cleanup(); }
});

test('GIVEN two stories of one event WHEN an article close to both arrives THEN the stories are merged into the older one', () => {
  const saved = { ...clusterParams };
  const t = ingest([]);
  try {
    // Joining and merging made strict so the first two reports stay apart; then merging made easy.
    Object.assign(clusterParams, { threshold: 0.95, mergeThreshold: 0.95 });
    const a = addArticle(t.db, A.floodA).storyId;
    const b = addArticle(t.db, A.floodB).storyId;
    assert.notEqual(a, b);
    clusterParams.mergeThreshold = 0.05;
    const c = addArticle(t.db, { ...A.floodA, source: 'river-post.test', title: 'Kestrin flood: rooftop rescues as Tessel bursts banks', text: `${A.floodB.text} ${A.floodA.text}` }).storyId;
    assert.equal(c, Math.min(a, b));
    const stories = listStories(t.db);
    assert.equal(stories.length, 1);
    assert.deepEqual(stories[0]!.articles.map((x) => x.source).sort(), ['morning-ledger.test', 'river-post.test', 'valdoria-herald.test']);
    assert.equal(stories[0]!.firstPublished, '2026-03-09');
  } finally {
    Object.assign(clusterParams, saved);
    t.cleanup();
  }
});

test('nameStems finds words written only capitalised mid-sentence, not sentence starts or words also written lower-case', () => {
  const names = nameStems('Rescue boats reached Kestrin. The Mayor said the mayor of Kestrin, Dana Ferro, was there. Boats left.');
  assert.deepEqual([...names].sort(), ['dana', 'ferro', 'kestrin']);
});

test('siteTitle: a headline that is only the site name and section words says nothing; a real headline does', () => {
  assert.equal(siteTitle('World news - RT International', 'www.rt.com'), true);
  assert.equal(siteTitle('ABC News', 'abcnews.go.com'), true);
  assert.equal(siteTitle('Latest news', 'www.example-daily.com'), true);
  assert.equal(siteTitle('RT says Marrland talks collapsed', 'www.rt.com'), false);
  assert.equal(siteTitle('Quake kills 25 in Tarsena', 'abcnews.go.com'), false);
});

test('GIVEN a "death toll rises" follow-up five days after a quake story WHEN it is stored THEN it joins that story, not a story of its own', () => {
  const t = tempDb();
  const db = t.db;
  try {
    const quake = 'A strong earthquake struck the Tarsena province of Merovia on Tuesday, killing at least 25 people and flattening homes in the town of Vellich, officials said. Rescuers searched the rubble through the night.';
    const add = (f: Fixture) => addArticle(db, f, extract({ text: `${f.title}\n\n${f.text}`, published: f.published, title: f.title }));
    add({ source: 'wire.test', title: 'Strong earthquake kills at least 25 in Merovia\'s Tarsena province', published: '2029-03-14', text: quake });
    add({ source: 'daily.test', title: 'Merovia earthquake: 27 dead as rescuers search rubble in Vellich', published: '2029-03-14', text: `Twenty-seven people died when an earthquake hit Tarsena province on Tuesday. ${quake}` });
    const later = add({ source: 'globe.test', title: 'Merovia quake death toll rises to 41 as search ends', published: '2029-03-19', text: 'The death toll from the earthquake in Merovia\'s Tarsena province rose to 41 on Sunday as rescuers ended the search of the rubble in Vellich, officials said.' });
    const first = listStories(db).find((s) => s.articles.some((x) => x.title.startsWith('Strong earthquake')));
    assert.equal(later.storyId, first?.id);
  } finally { t.cleanup(); }
});

test('GIVEN a story of Storm Helga WHEN an article headlined on Storm Isolde hits the same harbour weeks later, recalling Helga THEN it starts a story of its own', () => {
  const t = tempDb();
  try {
    const helga = { source: 'norland-wire.example', published: '2017-12-11', title: 'Storm Helga floods Aarvik harbour', text: 'Storm Helga pushed the sea 1.9 metres above normal in Aarvik on Sunday, flooding about 300 buildings in the old harbour district, Mayor Birgitte Lund said. Power was cut to 40,000 homes across Danmere as the storm surge swept the coast.' };
    const helga2 = { source: 'danmere-post.example', published: '2017-12-11', title: 'Storm Helga: Aarvik harbour under water', text: 'The old harbour district of Aarvik was under water on Sunday after Storm Helga pushed the sea 1.9 metres above normal, Mayor Birgitte Lund said. About 300 buildings were flooded and 40,000 homes lost power across Danmere.' };
    const isolde = { source: 'norland-wire.example', published: '2018-01-16', title: 'Storm Isolde floods Aarvik harbour again', text: 'Storm Isolde pushed the sea 1.6 metres above normal in Aarvik on Tuesday, flooding about 180 buildings in the old harbour district, Mayor Birgitte Lund said, five weeks after Storm Helga. Power was cut to 20,000 homes across Danmere as the storm surge swept the coast.' };
    const a = addArticle(t.db, helga).storyId;
    const b = addArticle(t.db, helga2).storyId;
    const c = addArticle(t.db, isolde).storyId;
    assert.equal(a, b);
    assert.notEqual(c, a);
  } finally { t.cleanup(); }
});
