import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupQuotes, quoteDisagreements, type StoryQuote } from '../../src/stories/quotes.ts';

const q = (articleId: number, source: string, text: string): StoryQuote => ({ articleId, source, text, speaker: 'Dario Kessel', kind: 'direct' });

test('GIVEN one outlet splitting a quote around its attribution WHEN variants are compared THEN the pieces are one wording, not a disagreement', () => {
  const quotes = [
    q(1, 'Wire', 'The minister has gone, but the budget she wrote is still on the table,'),
    q(1, 'Wire', 'It should go with her.'),
    q(2, 'Ledger', 'The minister has gone,'),
    q(2, 'Ledger', 'but the budget she wrote is still on the table. It should go with her.'),
  ];
  assert.deepEqual(quoteDisagreements(groupQuotes(quotes)), []);
});

test('GIVEN two outlets translating one sentence differently WHEN variants are compared THEN it is one quote worded two ways', () => {
  const quotes = [
    { ...q(1, 'Ledger', 'We will not pay one more dollar to a ministry that rewrites the rules every spring.'), speaker: 'Oleksii Marchenko' },
    { ...q(2, 'Eastgate', 'Not one more dollar will we pay to a ministry that is rewriting the rules in every spring.'), speaker: 'Oleksiy Marchenkko' },
  ];
  const [d] = quoteDisagreements(groupQuotes(quotes));
  assert.equal(d?.kind, 'quote');
  assert.equal(d?.values.length, 2);
});

test('GIVEN two outlets cutting one quote at different points WHEN compared THEN it is not a rewording', () => {
  const quotes = [
    q(1, 'Wire', 'The answer was almost always the same: you just keep rowing until the harbour lights come on'),
    q(2, 'Ledger', 'almost always the same: You just keep rowing until the harbour lights come on, and then you row home.'),
  ];
  assert.deepEqual(quoteDisagreements(groupQuotes(quotes)), []);
});
