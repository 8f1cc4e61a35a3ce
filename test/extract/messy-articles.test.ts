import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

// Fictional articles in the messy styles of real news. Every case here passed when written:
// these are regression tests. 2026-03-12 is a Thursday, 2026-11-20 a Friday, 2026-01-02 a Friday.
const run = (text: string, published = '2026-03-12') => extract({ text, published });
const quotes = (text: string, published?: string) => run(text, published).quotes.map((q) => [q.kind, q.speaker, q.text]);
const dates = (text: string, published?: string) => run(text, published).dates.map((d) => [d.text, d.value]);
const figures = (text: string) => run(text).figures.map((f) => [f.text, f.value, f.unit]);

test('GIVEN a straight-quoted quote split by "he said" WHEN extracted THEN both pieces are direct quotes of the titled minister', () => {
  const text = 'Finance Minister Oskar Velde defended the budget on Monday. "We will," he said, "not yield to the bond markets."';
  assert.deepEqual(quotes(text), [
    ['direct', 'Oskar Velde', 'We will,'],
    ['direct', 'Oskar Velde', 'not yield to the bond markets.'],
  ]);
  assert.deepEqual(dates(text), [['Monday', '2026-03-09']]);
  const r = run(text);
  for (const q of r.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  assert.deepEqual(r.entities.map((e) => [e.name, e.type, e.roles]), [['Oskar Velde', 'person', ['Finance Minister']]]);
});

test('GIVEN a missing space after a sentence end and "He said:" WHEN extracted THEN the quote is the minister\'s, not the pronoun\'s', () => {
  const text = 'Finance Minister Oskar Velde defended the budget on Monday.He said: "We will not yield to anyone, ever."';
  assert.deepEqual(quotes(text), [['direct', 'Oskar Velde', 'We will not yield to anyone, ever.']]);
});

test('GIVEN a glued closing and opening mark after "Aastrup said." WHEN extracted THEN both sentences are direct quotes of Aastrup', () => {
  assert.deepEqual(quotes('"We will not yield," Aastrup said."Not now, not ever."'), [
    ['direct', 'Aastrup', 'We will not yield,'],
    ['direct', 'Aastrup', 'Not now, not ever.'],
  ]);
});

test('GIVEN single-quoted quotes with apostrophes inside WHEN extracted THEN each is a direct quote of the earlier-named speaker', () => {
  assert.deepEqual(quotes("Oskar Velde spoke on Monday. 'We will not yield,' he said. 'This is the people's budget.'"), [
    ['direct', 'Oskar Velde', 'We will not yield,'],
    ['direct', 'Oskar Velde', "This is the people's budget."],
  ]);
  assert.deepEqual(quotes("Oskar Velde called the report 'a disgrace' on Monday."), [['partial', 'Oskar Velde', 'a disgrace']]);
});

test('GIVEN an inverted attribution, "Mr"/"Ms" surnames and a company spokesperson WHEN extracted THEN each speaker is the full name or the description', () => {
  assert.deepEqual(quotes('"The budget is balanced," said Oskar Velde, the ministry\'s spokesman.'), [['direct', 'Oskar Velde', 'The budget is balanced,']]);
  assert.deepEqual(quotes('Deputy mayor Hanne Sorvik met the protesters. "We hear you," Ms Sorvik said.'), [['direct', 'Hanne Sorvik', 'We hear you,']]);
  assert.deepEqual(quotes('Mr Velde, 54, said the budget was balanced.'), [['indirect', 'Velde', 'the budget was balanced']]);
  assert.deepEqual(quotes('"We hear you," a company spokesperson said.'), [['direct', 'a company spokesperson', 'We hear you,']]);
  assert.deepEqual(quotes('"We do not comment on rumours," a Marrowgate Bank spokesperson said in an email.'), [
    ['direct', 'a Marrowgate Bank spokesperson', 'We do not comment on rumours,'],
  ]);
  assert.deepEqual(quotes('According to a ministry source, the budget has a hole of €2.1bn.'), [
    ['indirect', 'a ministry source', 'the budget has a hole of €2.1bn'],
  ]);
});

test('GIVEN "the spokeswoman" after "The company\'s spokeswoman Ilka Brandt" WHEN extracted THEN the quote is Ilka Brandt\'s', () => {
  const text = 'The company\'s spokeswoman Ilka Brandt said the cuts would be completed by June. The spokeswoman added: \u201cNobody will be left without support.\u201d';
  assert.deepEqual(quotes(text), [
    ['indirect', 'Ilka Brandt', 'the cuts would be completed by June'],
    ['direct', 'Ilka Brandt', 'Nobody will be left without support.'],
  ]);
  assert.deepEqual(dates(text), [['June', '2026-06']]);
});

test('GIVEN a curly-quoted quote over two paragraphs introduced by a colon WHEN extracted THEN both paragraphs are direct quotes of the speaker, and "two days later" follows Monday', () => {
  const text = 'Harbour chief Lene Aastrup told the council on Monday:\n\n\u201cThe canal was never meant for ships this size. Nobody planned for it.\n\n\u201cWe are paying for that now.\u201d\n\nTwo days later, the council approved a $40 million dredging plan. Aastrup said it was \u201ctoo little, too late\u201d.';
  const r = run(text, '2026-11-20');
  assert.deepEqual(r.quotes.map((q) => [q.kind, q.speaker, q.text]), [
    ['direct', 'Lene Aastrup', 'The canal was never meant for ships this size. Nobody planned for it.'],
    ['direct', 'Lene Aastrup', 'We are paying for that now.'],
    ['partial', 'Lene Aastrup', 'too little, too late'],
  ]);
  for (const q of r.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  const byText = Object.fromEntries(r.dates.map((d) => [d.text, d.value]));
  assert.equal(byText['Monday'], '2026-11-16');
  assert.equal(byText['Two days later'], '2026-11-18');
  assert.deepEqual(r.figures.map((f) => [f.text, f.value, f.unit, f.about]), [['$40 million', 40000000, 'USD', 'dredging plan']]);
});

test('GIVEN a straight-quoted paragraph with no closing mark continued by an attributed paragraph WHEN extracted THEN both are the speaker\'s', () => {
  const text = 'Harbour chief Lene Aastrup addressed the council.\n\n"The canal was never meant for ships this size. Nobody planned for it.\n\n"We are paying for that now, and we will keep paying," she said.';
  assert.deepEqual(quotes(text), [
    ['direct', 'Lene Aastrup', 'The canal was never meant for ships this size. Nobody planned for it.'],
    ['direct', 'Lene Aastrup', 'We are paying for that now, and we will keep paying,'],
  ]);
});

test('GIVEN scare quotes nobody said WHEN extracted THEN no quote comes out', () => {
  assert.deepEqual(quotes('Drought summers are the \u201cnew normal\u201d for the utility.'), []);
  assert.deepEqual(quotes('The deal marks a "historic reset" between the two rivals.'), []);
  assert.deepEqual(quotes('The deal, billed as a "historic reset", was signed on Monday.'), []);
  assert.deepEqual(quotes('The \u201creform\u201d has so far cost €2.1bn.'), []);
});

test('GIVEN transliterated and accent-stripped variants of one name WHEN extracted THEN they are one person with aliases, and the speaker is the first full form', () => {
  const r = run('Defence Minister Yevgeniy Sholokhov visited Tarvek. Yevgeny Sholokhov said the army would help. Sholokhov later flew to Orlen.');
  const people = r.entities.filter((e) => e.type === 'person');
  assert.deepEqual(people.map((e) => [e.name, e.aliases, e.roles]), [['Yevgeniy Sholokhov', ['Yevgeny Sholokhov', 'Sholokhov'], ['Defence Minister']]]);
  assert.deepEqual(r.quotes.map((q) => [q.kind, q.speaker, q.text]), [['indirect', 'Yevgeniy Sholokhov', 'the army would help']]);
  const s = run('Orlen City Council voted on Monday. Mayor Dragan Petrović said the vote was close. Petrovic later left for Tarvek.');
  const named = (name: string) => s.entities.find((e) => e.name === name);
  assert.deepEqual([named('Orlen City Council')?.type, named('Dragan Petrović')?.type], ['organization', 'person']);
  assert.deepEqual(named('Dragan Petrović')?.aliases, ['Petrovic']);
  assert.deepEqual(named('Dragan Petrović')?.roles, ['Mayor']);
});

test('GIVEN machine-translated "According to the Civil Protection, twelve persons are dead" WHEN extracted THEN the body is the source and twelve the dead', () => {
  const text = 'According to the Civil Protection, twelve persons are dead.';
  assert.deepEqual(quotes(text), [['indirect', 'Civil Protection', 'twelve persons are dead']]);
  assert.deepEqual(run(text).figures.map((f) => [f.text, f.value, f.unit, f.about]), [['twelve', 12, 'count', 'dead']]);
});

test('GIVEN relative days WHEN resolved THEN they count from the date just mentioned or from publication, past or future by the verb', () => {
  assert.deepEqual(dates('The council voted on March 3. Two days later the mayor resigned.'), [['March 3', '2026-03-03'], ['Two days later', '2026-03-05']]);
  assert.deepEqual(dates('The board met last Thursday. It will meet again on Friday.'), [['last Thursday', '2026-03-05'], ['Friday', '2026-03-13']]);
  assert.deepEqual(dates('The board met on Friday and will meet again on Monday.'), [['Friday', '2026-03-06'], ['Monday', '2026-03-16']]);
  assert.deepEqual(dates('The company is due to report results on Friday.'), [['Friday', '2026-03-13']]);
  assert.deepEqual(dates('The strike, which started on Monday, is set to end on Friday.'), [['Monday', '2026-03-09'], ['Friday', '2026-03-13']]);
  assert.deepEqual(dates('The ceasefire, agreed on Sunday, collapsed on Tuesday.'), [['Sunday', '2026-03-08'], ['Tuesday', '2026-03-10']]);
  assert.deepEqual(dates('Talks resumed last week. On Friday, negotiators met again.'), [['Friday', '2026-03-06']]);
  assert.deepEqual(dates('The flood struck Tarvek on the night of March 2. The next morning, rescuers arrived.'), [['March 2', '2026-03-02'], ['The next morning', '2026-03-03']]);
});

test('GIVEN "the last Monday before the vote" after the vote\'s date WHEN resolved THEN it counts back from the vote', () => {
  assert.deepEqual(dates('The referendum was held on Sunday, March 8. On the last Monday before the vote, campaigners marched.'), [
    ['Sunday, March 8', '2026-03-08'],
    ['the last Monday', '2026-03-02'],
  ]);
});

test('GIVEN months, years and "yesterday" WHEN resolved THEN they lean to the past at the right granularity', () => {
  assert.deepEqual(dates('In March last year the company had posted a loss of €2.1bn. A rescue plan was announced yesterday.'), [
    ['March last year', '2025-03'],
    ['yesterday', '2026-03-11'],
  ]);
  assert.deepEqual(dates('The plant closed last March. It reopened in January.'), [['last March', '2025-03'], ['January', '2026-01']]);
  assert.deepEqual(dates('Prices rose earlier this month.'), [['earlier this month', '2026-03']]);
  assert.deepEqual(dates('The plant closed on 14 February 2025. A year earlier, it had employed 900 people.'), [
    ['14 February 2025', '2025-02-14'],
    ['A year earlier', '2024-02-14'],
  ]);
});

test('GIVEN a story published on 2 January about the last days of December WHEN resolved THEN the year rolls back', () => {
  assert.deepEqual(dates('The minister resigned on December 29. Two days later, her deputy quit.', '2026-01-02'), [
    ['December 29', '2025-12-29'],
    ['Two days later', '2025-12-31'],
  ]);
  assert.deepEqual(dates('Ilka Brandt met the strikers on December 30. The previous day, the factory had closed.', '2026-01-02'), [
    ['December 30', '2025-12-30'],
    ['The previous day', '2025-12-29'],
  ]);
  assert.deepEqual(dates('Talks will resume on Monday, the ministry said yesterday.', '2026-01-02'), [['Monday', '2026-01-05'], ['yesterday', '2026-01-01']]);
});

test('GIVEN money in symbols, scales and words, a garbled "0 million" and counts in words WHEN found THEN each value is normalised', () => {
  assert.deepEqual(figures('The government approved a $40 million aid package.'), [['$40 million', 40000000, 'USD']]);
  assert.deepEqual(figures('The company will sell assets worth $0.3 billion.'), [['$0.3 billion', 300000000, 'USD']]);
  assert.deepEqual(figures('The fund lost 0 million in the crash.'), [['0 million', 0, 'count']]);
  assert.deepEqual(figures('The loss widened to €2.1bn from €1.8bn.'), [['€2.1bn', 2100000000, 'EUR'], ['€1.8bn', 1800000000, 'EUR']]);
  assert.deepEqual(figures('The bank set aside £450m for fines.'), [['£450m', 450000000, 'GBP']]);
  assert.deepEqual(figures('The deal is worth 1.5 billion euros.'), [['1.5 billion euros', 1500000000, 'EUR']]);
  assert.deepEqual(figures('The government pledged US$3 billion.'), [['US$3 billion', 3000000000, 'USD']]);
  assert.deepEqual(figures('Twelve people died and 40 were injured.'), [['Twelve', 12, 'count'], ['40', 40, 'count']]);
  assert.deepEqual(figures('The hospital treated two hundred and twelve people.'), [['two hundred and twelve', 212, 'count']]);
  assert.deepEqual(figures('More than 300 people were evacuated.'), [['300', 300, 'count']]);
});
