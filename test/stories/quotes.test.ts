import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupQuotes, quoteDisagreements, type StoryQuote } from '../../src/stories/quotes.ts';

const q = (articleId: number, source: string, speaker: string | null, text: string, kind = 'direct'): StoryQuote => ({ articleId, source, speaker, text, kind });

const quotes = [
  q(1, 'herald.test', 'Ilsa Brandt', 'The scandal has become a distraction for the government and for my family'),
  q(2, 'wire.test', 'Brandt', 'This affair has become a distraction for the government and my family'),
  q(2, 'wire.test', 'Brandt', 'I have never broken the law and I will prove it in court'),
  q(3, 'ledger.test', 'Karel Voss', 'The government has become a distraction from real work'),
  q(3, 'ledger.test', null, 'cronyism', 'term'),
];

test('GIVEN one speaker quoted in two wordings by two outlets WHEN grouped THEN it is one quote with two variants', () => {
  const groups = groupQuotes(quotes);
  const first = groups[0]!;
  assert.equal(first.speaker, 'Ilsa Brandt');
  assert.equal(first.sources, 2);
  assert.deepEqual(first.variants.map((v) => v.source), ['herald.test', 'wire.test']);
});

test('GIVEN different statements, another speaker with similar words, and a scare-quoted term WHEN grouped THEN they stay apart and the term is left out', () => {
  const groups = groupQuotes(quotes);
  assert.equal(groups.length, 3);
  assert.ok(groups.every((g) => g.kind !== 'term'));
  assert.ok(groups.some((g) => g.speaker === 'Karel Voss' && g.variants.length === 1));
});

test('GIVEN a quote worded differently across sources WHEN checked THEN it is a quote disagreement; identical wording is not', () => {
  const found = quoteDisagreements(groupQuotes(quotes));
  assert.equal(found.length, 1);
  assert.equal(found[0]!.kind, 'quote');
  assert.deepEqual(found[0]!.values.map((v) => v.articleId), [1, 2]);
  const same = [q(1, 'a.test', 'Ana Ruiz', 'We will rebuild the bridge by summer.'), q(2, 'b.test', 'Ruiz', 'We will rebuild the bridge by summer!')];
  assert.deepEqual(quoteDisagreements(groupQuotes(same)), []);
  assert.equal(groupQuotes(same).length, 1);
});

test('GIVEN one quote whose speaker is spelled two ways WHEN grouped THEN the spelling most sources use wins, then the first source\'s, never the longer one', () => {
  const words = 'We will not pay one more dollar to a ministry that rewrites the rules';
  const three = [q(1, 'wire.test', 'Oleksii Marchenko', words), q(2, 'daily.test', 'Oleksiy Marchenkko', words), q(3, 'ledger.test', 'Oleksii Marchenko', words)];
  assert.equal(groupQuotes(three)[0]!.speaker, 'Oleksii Marchenko');
  assert.equal(groupQuotes(three.slice(0, 2))[0]!.speaker, 'Oleksii Marchenko');
  assert.equal(groupQuotes([q(1, 'a.test', 'Marchenko', words), q(2, 'b.test', 'Oleksii Marchenko', words)])[0]!.speaker, 'Oleksii Marchenko');
});

test('GIVEN one outlet quoting verbatim and another paraphrasing around a quoted fragment WHEN checked THEN no wording disagreement is flagged', () => {
  const found = quoteDisagreements(groupQuotes([
    q(1, 'wire.test', 'Lina Vost', 'France has been struck on the day of her national celebration'),
    q(2, 'daily.test', 'Lina Vost', 'the day of her national celebration was "a day of mourning"', 'mixed'),
  ]));
  assert.deepEqual(found, []);
});
