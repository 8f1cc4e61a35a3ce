import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureDisagreements, ofAnotherYear } from '../../src/stories/figures.ts';

test('GIVEN a count in a sentence about an earlier year WHEN figures are compared THEN it is no rival for this story\'s count', () => {
  const fig = (articleId: number, source: string, text: string, value: number, context: string) =>
    ({ articleId, source, text, value, unit: 'count', about: 'dead', context, at: context.indexOf(text), publishedAt: '2026-04-03' });
  const old = fig(1, 'Wire', '31', 31, 'It is the worst flood since 2009, when 31 people died in the valley.');
  assert.equal(ofAnotherYear(old), true);
  assert.equal(ofAnotherYear(fig(1, 'Wire', '12', 12, 'Twelve people died on Tuesday, officials said.')), false);
  assert.equal(ofAnotherYear(fig(1, 'Wire', 'a dozen', 12, 'Ola said that a dozen captives died in a bombing more than a year ago.')), true);
  assert.equal(ofAnotherYear(fig(1, 'Wire', '40', 40, 'Some 40 people were killed in a similar blast last year.')), true);
  assert.equal(ofAnotherYear(fig(1, 'Wire', '9', 9, 'Nine people died two days ago, officials said.')), false);
  const drafts = figureDisagreements([fig(1, 'Wire', '12', 12, 'In all 12 people died on Tuesday.'), old, fig(2, 'Daily', '15', 15, 'Now 15 are feared dead.')]);
  assert.deepEqual(drafts[0]?.values.map((v) => v.value), ['12', '15']);
});
