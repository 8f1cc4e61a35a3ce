import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempDb } from '../support/temp-db.ts';
import { listStories } from '../../src/db/stories.ts';
import { figureDisagreements, type StoryFigure } from '../../src/stories/figures.ts';
import { roleDisagreements, rolesInText, articleRoles } from '../../src/stories/roles.ts';
import { dateDisagreements } from '../../src/stories/dates.ts';
import { addArticle, articles as A } from './fixtures.ts';

const fig = (articleId: number, source: string, text: string, value: number | null, unit: string, about: string | null): StoryFigure =>
  ({ articleId, source, text, value, unit, about });

test('GIVEN "$300 million" and "$0.3 billion" for the same aid package WHEN compared THEN it is not a disagreement', () => {
  const found = figureDisagreements([fig(1, 'a.test', '$300 million', 3e8, 'USD', 'aid package'), fig(2, 'b.test', '$0.3 billion', 3e8, 'USD', 'the aid package')]);
  assert.deepEqual(found, []);
});

test('GIVEN a garbled "0 million" and "$40 million" about the same contract WHEN compared THEN a figure disagreement lists both with their articles', () => {
  const found = figureDisagreements([fig(1, 'a.test', '0 million', 0, 'count', 'dredging contract'), fig(2, 'b.test', '$40 million', 4e7, 'USD', 'dredging contract')]);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.kind, 'figure');
  assert.equal(found[0]!.about, 'dredging contract');
  assert.deepEqual(found[0]!.values, [{ value: '0 million', articleId: 1 }, { value: '$40 million', articleId: 2 }]);
});

test('GIVEN death tolls of 84 and 85 from two outlets WHEN compared THEN they disagree, but counts about different things do not', () => {
  const found = figureDisagreements([
    fig(1, 'a.test', '84 people', 84, 'count', 'killed'), fig(2, 'b.test', '85 people', 85, 'count', 'killed'),
    fig(1, 'a.test', '200', 200, 'count', 'injured'), fig(2, 'b.test', '18', 18, 'count', 'arrested'),
  ]);
  assert.deepEqual(found.map((d) => [d.about, d.values.map((v) => v.value)]), [['killed', ['84 people', '85 people']]]);
});

test('GIVEN one outlet giving both the old and new toll WHEN another gives the new one THEN they agree', () => {
  const found = figureDisagreements([
    fig(1, 'a.test', '80', 80, 'count', 'dead'), fig(1, 'a.test', '84', 84, 'count', 'dead'), fig(2, 'b.test', '84', 84, 'count', 'dead'),
  ]);
  assert.deepEqual(found, []);
});

test('rolesInText finds "<Title> <Name>" with qualified titles', () => {
  assert.deepEqual(rolesInText('On Monday Finance Minister Ana Ruiz said, and Police Chief Omar Haddad agreed.'),
    [{ role: 'finance minister', name: 'Ana Ruiz' }, { role: 'police chief', name: 'Omar Haddad' }]);
});

test('GIVEN two outlets naming different finance ministers WHEN compared THEN a role disagreement names both', () => {
  const texts = new Map([[1, 'Finance Minister Ana Ruiz announced the plan.'], [2, 'Finance Minister Tomas Vidal announced the plan.']]);
  const roles = [
    ...articleRoles(texts.get(1)!, []).map((r) => ({ ...r, articleId: 1, source: 'a.test' })),
    ...articleRoles(texts.get(2)!, [{ name: 'Tomas Vidal', type: 'person', aliases: [], roles: ['Finance Minister'] }]).map((r) => ({ ...r, articleId: 2, source: 'b.test' })),
  ];
  const found = roleDisagreements(roles, (id) => texts.get(id)!);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.about, 'Finance Minister');
  assert.deepEqual(found[0]!.values.map((v) => v.value).sort(), ['Ana Ruiz', 'Tomas Vidal']);
});

test('GIVEN a role shared by two people (an article names both) or a bare one-word title WHEN compared THEN no role disagreement', () => {
  const texts = new Map([
    [1, 'Foreign Minister Ana Ruiz met Foreign Minister Lars Holm.'],
    [2, 'Foreign Minister Lars Holm spoke. President Alma Ostrova agreed.'],
    [3, 'President Jonas Weir also spoke.'],
  ]);
  const roles = [...texts].flatMap(([id, t]) => rolesInText(t).map((r) => ({ ...r, articleId: id, source: `s${id}.test` })));
  assert.deepEqual(roleDisagreements(roles, (id) => texts.get(id)!), []);
});

test('GIVEN the same event dated to different days WHEN compared THEN a date disagreement; a month against a day in it is not', () => {
  const found = dateDisagreements([
    { articleId: 1, source: 'a.test', date: '2026-03-10', summary: 'Ilsa Brandt resigned as finance minister' },
    { articleId: 2, source: 'b.test', date: '2026-03-11', summary: 'Brandt resigned as Valdoria finance minister' },
    { articleId: 3, source: 'c.test', date: '2026-03', summary: 'the Kestrin flood closed the railway' },
    { articleId: 1, source: 'a.test', date: '2026-03-09', summary: 'the Kestrin flood closed the railway line' },
  ]);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]!.values, [{ value: '2026-03-10', articleId: 1 }, { value: '2026-03-11', articleId: 2 }]);
});

test('GIVEN three outlets reporting one resignation with conflicting facts WHEN stored THEN listStories lists the discrepancies with sources', () => {
  const t = tempDb();
  try {
    addArticle(t.db, A.resignA, {
      figures: [{ text: '40 million crowns', value: 4e7, unit: 'VDC', about: 'dredging tender', start: 0, end: 1 }],
      events: [{ date: '2026-03-11', summary: 'Ilsa Brandt resigned as finance minister', actors: ['Ilsa Brandt'], start: 0, end: 1 }],
    });
    addArticle(t.db, A.resignWire1, {
      figures: [{ text: '0 million crowns', value: 0, unit: 'VDC', about: 'the dredging tender', start: 0, end: 1 }],
      events: [{ date: '2026-03-10', summary: 'Brandt resigned as finance minister', actors: ['Brandt'], start: 0, end: 1 }],
    });
    addArticle(t.db, A.resignWire2, { figures: [{ text: '40 million crowns', value: 4e7, unit: 'VDC', about: 'dredging tender', start: 0, end: 1 }] });
    const [story, ...rest] = listStories(t.db);
    assert.equal(rest.length, 0);
    const byKind = new Map(story!.discrepancies.map((d) => [d.kind, d]));
    assert.deepEqual(byKind.get('figure')!.values.map((v) => [v.value, v.source]),
      [['40 million crowns', 'valdoria-herald.test'], ['0 million crowns', 'meridian-wire.test'], ['40 million crowns', 'coastal-times.test']]);
    assert.deepEqual(byKind.get('date')!.values.map((v) => v.value), ['2026-03-11', '2026-03-10']);
    assert.equal(byKind.has('role'), false, 'Piet Laane is the deputy, Brandt the minister: no conflict');
  } finally { t.cleanup(); }
});

test('GIVEN titles qualified by country or "former" WHEN compared THEN ministers of different countries or terms do not conflict', () => {
  assert.deepEqual(rolesInText("Eastland's Foreign Minister Lars Holm met Former Foreign Minister Ana Ruiz and the Foreign Minister Tomas Vidal."), [
    { role: 'eastland foreign minister', name: 'Lars Holm' }, { role: 'former foreign minister', name: 'Ana Ruiz' }, { role: 'foreign minister', name: 'Tomas Vidal' },
  ]);
  const texts = new Map([[1, 'Westlandic Foreign Minister Ana Ruiz spoke. Foreign Minister Ruiz added more.'], [2, 'Eastland Foreign Minister Lars Holm spoke. Foreign Minister Holm added more.']]);
  const roles = [...texts].flatMap(([id, t]) => rolesInText(t).map((r) => ({ ...r, articleId: id, source: `s${id}.test` })));
  assert.deepEqual(roleDisagreements(roles, (id) => texts.get(id)!), []);
});
