import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../../src/extract/01-normalize.ts';
import { splitSentences } from '../../src/extract/02-sentences.ts';
import { findFigures } from '../../src/extract/08-figures.ts';
import { extract } from '../../src/extract/index.ts';

const figuresOf = (text: string) => {
  const doc = normalize(text);
  return findFigures(doc, splitSentences(doc));
};
const one = (text: string) => {
  const fs = figuresOf(text);
  assert.equal(fs.length, 1, JSON.stringify(fs));
  return fs[0]!;
};

test('GIVEN the same amount written with different scales WHEN normalised THEN the values are equal', () => {
  assert.equal(one('Veldmark pledged $0.3 billion.').value, 300_000_000);
  assert.equal(one('Veldmark pledged $300 million.').value, 300_000_000);
  assert.equal(one('Veldmark pledged US$300m.').value, 300_000_000);
  assert.equal(one('Veldmark pledged USD 300,000,000.').value, 300_000_000);
});

test('currency symbols, codes and words give the unit', () => {
  assert.deepEqual([one('It cost £1.2bn.').unit, one('It cost €40m.').unit, one('It cost C$5 million.').unit], ['GBP', 'EUR', 'CAD']);
  const spelled = one('Tobin Marsh spent seventy million dollars on the house.');
  assert.deepEqual([spelled.value, spelled.unit, spelled.text], [70_000_000, 'USD', 'seventy million dollars']);
  assert.deepEqual([one('Shares rose to 4 pence.').value, one('Shares rose to 4 pence.').unit], [0.04, 'GBP']);
});

test('GIVEN a garbled "0 million" WHEN found THEN it is kept with value 0 so it can be flagged', () => {
  const f = one('The ministry said the fund held "0 million" after the audit.');
  assert.equal(f.value, 0);
  assert.equal(f.text, '0 million');
  assert.equal(one('The ministry approved $0 million in aid.').value, 0);
});

test('GIVEN digits that do not make a number WHEN found THEN the value is null', () => {
  assert.equal(one('The fund held $1,00 million.').value, null);
});

test('about names what a figure counts', () => {
  assert.equal(one('Lawmakers passed a $40 million aid package on Friday.').about, 'aid package');
  assert.equal(one('The board approved $300 million in aid.').about, 'aid');
  assert.equal(one('Seven killed as tram derails in Grusk.').about, 'dead');
  const c = one('The storm left at least 120 people homeless.');
  assert.deepEqual([c.value, c.unit, c.about], [120, 'count', 'people homeless']);
});

test('percentages have unit %', () => {
  assert.deepEqual(figuresOf('Turnout fell 4.5% and costs rose twelve percent.').map((f) => [f.value, f.unit]), [[4.5, '%'], [12, '%']]);
});

test('GIVEN years, dates, times, ages and names with numbers WHEN scanning THEN they are not counts', () => {
  assert.deepEqual(figuresOf('In 1997 the Orsa club won Game 7 on Nov. 13 at 6.10am, and Lena Vik, 62, was 10 years old then.'), []);
});

test('GIVEN curly quotes before a figure WHEN found THEN offsets index the original text', () => {
  const text = '“It’s over,” she said.The bill came to £3.5bn.';
  const f = one(text);
  assert.equal(text.slice(f.start, f.end), '£3.5bn');
});

test('spoken amounts in words are added up', () => {
  const f = one('Her flats were worth a hundred thirty million dollars in October.');
  assert.deepEqual([f.value, f.unit], [130_000_000, 'USD']);
});

test('GIVEN a count before a capitalised adjective WHEN found THEN it is a count of that kind', () => {
  const f = one('More than 2,000 Catholic protesters marched in Lenvik.');
  assert.deepEqual([f.value, f.unit, f.about], [2000, 'count', 'Catholic protesters']);
});

test('GIVEN casualty counts worded differently WHEN found THEN each is about its casualty kind, capitals and all', () => {
  assert.deepEqual([one('Twelve people died when the ferry sank.').about, one('FIFTEEN people are now feared dead.').value], ['dead', 15]);
  assert.equal(one('FIFTEEN people are now feared dead.').about, 'dead');
  assert.equal(one('Nine persons were injured in the crash.').about, 'injured');
  assert.equal(one('Three sailors are still missing.').about, 'missing');
});

test('GIVEN a hedged count opening a sentence or after "that" WHEN extracted THEN the count is found', () => {
  for (const [text, value] of [['Nearly 300 people were evacuated.', 300], ['Another 12 people were injured.', 12], ['Officials said that 12 people died.', 12]] as const) {
    assert.equal(one(text).value, value, text);
  }
  assert.deepEqual(figuresOf('Game 7 is on Friday in Harwick.'), []);
});

test('GIVEN a casualty count ending its clause or after "killed" WHEN extracted THEN it counts the dead or injured', () => {
  const cases = [
    ['The flood killed 57.', '57', 'dead'], ['The death toll rose to 1,204, officials said.', '1,204', 'dead'],
    ['The flood killed 57 people.', '57', 'dead'], ['The blast injured 14 on Monday.', '14', 'injured'],
  ] as const;
  for (const [text, figure, about] of cases) assert.deepEqual([one(text).text, one(text).about], [figure, about], text);
});

test('GIVEN "Inflation fell to 2.4% in February" WHEN extracted THEN the percentage is about inflation, not the month', () => {
  assert.deepEqual([one('Inflation fell to 2.4% in February.').value, one('Inflation fell to 2.4% in February.').about], [2.4, 'inflation']);
});

test('GIVEN amounts written "$2.5 bln", "$2.5B", "40 million Swiss francs", "12 million rand" and "A dozen people" WHEN extracted THEN each has its value and currency', () => {
  const fs = figuresOf('The loss was $2.5 bln. The loss was $2.5B. The deal is worth 40 million Swiss francs. It cost 12 million rand. A dozen people died.');
  assert.deepEqual(fs.map((f) => [f.value, f.unit]), [[2.5e9, 'USD'], [2.5e9, 'USD'], [4e7, 'CHF'], [1.2e7, 'ZAR'], [12, 'count']]);
});

test('GIVEN counts written as modifiers ("a 240-unit development", "the 1,800-megawatt dam") WHEN extracted THEN their values are found', () => {
  assert.deepEqual(figuresOf('Ashby approved a 240-unit housing development. The 1,800-megawatt dam is nearly done.').map((f) => [f.text, f.value]), [['240-unit', 240], ['1,800-megawatt', 1800]]);
});

test('GIVEN ranges ("between 20 and 30 people", "20-30") WHEN extracted THEN one figure with no single value, so "25 people" elsewhere is no disagreement', () => {
  const figs = extract({ text: 'The storm killed between 20 and 30 people. Officials said 20-30 people were missing. Talks lasted 3 to 4 hours.', published: '2026-03-12' }).figures;
  assert.deepEqual(figs.filter((f) => f.value === null).map((f) => [f.text, f.about]), [['between 20 and 30', 'dead'], ['20-30', 'missing']]);
  assert.ok(!figs.some((f) => f.value === 20 || f.value === 30));
});

test('GIVEN "$40-million" and death tolls written as "put the toll at 57", "Deaths rose to 1,024", "Police arrested 14." WHEN extracted THEN each is found with its value', () => {
  const figs = extract({ text: 'A $40-million grant was approved. Officials put the death toll at 57. Deaths rose to 1,024. Police arrested 14.', published: '2026-03-12' }).figures;
  assert.deepEqual(figs.map((f) => [f.text, f.value, f.about]), [['$40-million', 40_000_000, 'grant'], ['57', 57, 'dead'], ['1,024', 1024, 'dead'], ['14', 14, 'arrested']]);
});

test('GIVEN "a 40-million-dollar grant", "$.3 billion", "Rs 400 crore" and "2.5 lakh rupees" WHEN extracted THEN each is money with its full value', () => {
  const figs = extract({ text: 'The council approved a 40-million-dollar grant. The port raised $.3 billion. The bridge costs Rs 400 crore. The firm lost 2.5 lakh rupees.', published: '2026-03-12' }).figures;
  assert.deepEqual(figs.map((f) => [f.text, f.value, f.unit]), [['40-million-dollar', 40_000_000, 'USD'], ['$.3 billion', 300_000_000, 'USD'], ['Rs 400 crore', 4_000_000_000, 'INR'], ['2.5 lakh rupees', 250_000, 'INR']]);
});

test('GIVEN "A million people", "Half a million people", "a dozen villages", "The 57 victims" and "Between 20 and 30" opening a sentence WHEN extracted THEN each count is found; "two percentage points" is no count', () => {
  const figs = extract({ text: 'A million people marched in Corvala. Half a million people fled the coast. Floods hit a dozen villages. The 57 victims were buried on Sunday. Between 20 and 30 people died. Rates rose two percentage points.', published: '2026-03-12' }).figures;
  assert.deepEqual(figs.map((f) => [f.text, f.value]), [['A million', 1_000_000], ['Half a million', 500_000], ['a dozen', 12], ['57', 57], ['Between 20 and 30', null]]);
});
