import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leadDateDisagreements, type StoryLead } from '../../src/stories/dates.ts';

const lead = (articleId: number, source: string, day: string, publishedAt: string): StoryLead =>
  ({ articleId, source, day, publishedAt, summary: `The dam at Orvik gave way (${source}).` });

test('GIVEN two sources putting the main event on different past days WHEN compared THEN it is a date disagreement with both values', () => {
  const [d] = leadDateDisagreements([lead(1, 'Wire', '2026-04-02', '2026-04-03'), lead(2, 'Daily', '2026-04-03', '2026-04-04')]);
  assert.equal(d?.kind, 'date');
  assert.deepEqual(d?.values.map((v) => v.value), ['2026-04-02', '2026-04-03']);
});

test('GIVEN a later article whose lead is a new development WHEN compared THEN it is not a disagreement', () => {
  // The arrests on the 6th happened after the first report was published on the 3rd.
  assert.deepEqual(leadDateDisagreements([lead(1, 'Wire', '2026-04-02', '2026-04-03'), lead(2, 'Daily', '2026-04-06', '2026-04-07')]), []);
});

test('GIVEN sources agreeing on the day WHEN compared THEN nothing is flagged', () => {
  assert.deepEqual(leadDateDisagreements([lead(1, 'Wire', '2026-04-02', '2026-04-03'), lead(2, 'Daily', '2026-04-02', '2026-04-04')]), []);
});
