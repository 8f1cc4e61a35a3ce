import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureDisagreements, labelByContext, type StoryFigure } from '../../src/stories/figures.ts';

const money = (articleId: number, source: string, text: string, value: number, about: string | null, context: string, start: number): StoryFigure =>
  ({ articleId, source, text, value, unit: 'USD', about, context, at: context.indexOf(text), start });

const wire = money(1, 'Wire', '$450 million', 450e6, 'deficit', 'Finance Minister Lina Vost resigned after a memo showed the deficit had been understated by $450 million.', 120);
const ledger = money(2, 'Ledger', '$450 million', 450e6, 'deficit', 'Vost quit over figures that understated the deficit by $450 million.', 90);
const klaxon = money(3, 'Klaxon', '$540 million', 540e6, null, 'A secret memo showed her budget was out by a whopping $540 million.', 200);

test('GIVEN an unlabelled amount that is its lead\'s only amount WHEN other sources\' lead amounts are labelled THEN it takes their label and the rival values are flagged', () => {
  assert.equal(labelByContext([wire, ledger, klaxon])[2]!.about, 'deficit');
  const [draft] = figureDisagreements([wire, ledger, klaxon]);
  assert.deepEqual(draft?.values.map((v) => v.value), ['$450 million', '$450 million', '$540 million']);
});

test('GIVEN an unlabelled amount far from the lead, or a lead with two amounts WHEN labelled by context THEN it stays unlabelled', () => {
  const deep = { ...klaxon, start: 2400 };
  assert.equal(labelByContext([wire, ledger, deep])[2]!.about, null);
  const second = money(3, 'Klaxon', '$12 million', 12e6, 'aid', 'It also cut $12 million in aid.', 260);
  assert.equal(labelByContext([wire, ledger, klaxon, second])[2]!.about, null);
  assert.deepEqual(figureDisagreements([wire, ledger, deep]), []);
});
