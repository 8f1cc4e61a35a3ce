import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

// Fictional sentences. 2018-02-20 is a Tuesday.
const dates = (text: string, published: string) => extract({ text, published }).dates.map((d) => `${d.text}=${d.value}`);

test('GIVEN British "a week on Thursday", "a week tomorrow", "a fortnight on Friday" and "a week today" WHEN resolved THEN each is a week or two past that day', () => {
  assert.deepEqual(dates('The Z1 will go on sale a week on Thursday. The strike will begin a week tomorrow. A second walkout is set for a fortnight on Friday. They meet a week today.', '2018-02-20'),
    ['a week on Thursday=2018-03-01', 'a week tomorrow=2018-02-28', 'a fortnight on Friday=2018-03-09', 'a week today=2018-02-27']);
});

test('GIVEN "on Easter Monday" WHEN resolved THEN it is the day after Easter, not Easter', () => {
  assert.deepEqual(dates('Sylvia Marchant died in hospital in Harrowgate on Easter Monday, her son said.', '2018-04-03'), ['Easter Monday=2018-04-02']);
});

test('GIVEN weekdays and holidays used as modifiers or in titles ("the Sunday roast", "a Friday night youth club", "Christmas songs", "Only For Tonight", "The Sunday Times") WHEN dates are found THEN none is a date, while "On Friday the market fell" and a sentence-opening "Tonight" still are', () => {
  assert.deepEqual(dates('TV cook Sylvia Marchant, queen of the Sunday roast, dies aged 84. He sang terrible Christmas songs. Their hit Only For Tonight topped the charts. The hall hosted a Friday night youth club and the Tuesday lunch club. The Sunday Times said so.', '2018-04-03'), []);
  assert.deepEqual(dates('On Friday the market fell. Tonight we dine.', '2018-04-03'), ['Friday=2018-03-30', 'Tonight=2018-04-03']);
});

test('GIVEN "lost the confidence vote in September" WHEN resolved THEN "vote" is a noun, so September is the past one, while "Members vote in January" looks ahead', () => {
  assert.deepEqual(dates('The party lost the confidence vote in September. Members vote in January.', '2016-12-04'), ['September=2016-09', 'January=2017-01']);
});

test('GIVEN a call to act "from Saturday" and a headline "set for ... Saturday" WHEN resolved THEN both look ahead, but "The strike set for Friday was called off" does not', () => {
  assert.deepEqual(dates('Atieno called on her supporters to stage peaceful protests across the country from Saturday.', '2017-06-16'), ['Saturday=2017-06-17']);
  assert.deepEqual(dates('Orbitra set for first orbital launch attempt Saturday', '2018-09-13'), ['Saturday=2018-09-15']);
  assert.deepEqual(dates('The dock strike set for Friday was called off.', '2018-09-13'), ['Friday=2018-09-07']);
});

test('GIVEN "two days after the earthquake" WHEN the article says when the quake struck, before or after THEN it counts from that day, and without one it is no date', () => {
  // 2017-09-22 is a Friday
  assert.deepEqual(dates('President Maren Oduya walked through Sarnel two days after the earthquake that devastated the city. The quake struck on Tuesday.', '2017-09-22'), ['two days after=2017-09-21', 'Tuesday=2017-09-19']);
  assert.deepEqual(dates('Ruiz resigned two days after the election on Nov. 8.', '2016-11-10'), ['two days after=2016-11-10', 'Nov. 8=2016-11-08']);
  assert.deepEqual(dates('Ruiz resigned two days after the election.', '2016-11-10'), []);
});

test('GIVEN arranged things ahead ("summoned to appear ... on Thursday", "after talks ... on Thursday") and a price of the past ("Friday\'s closing price") WHEN resolved THEN the first two look ahead and the last looks back', () => {
  // 2017-03-06 is a Monday; 2018-10-24 a Wednesday; 2016-12-12 a Monday
  assert.deepEqual(dates('The director has been summoned to appear before a committee on Thursday.', '2017-03-06'), ['Thursday=2017-03-09']);
  assert.deepEqual(dates('He was ordered to appear in court on Thursday.', '2017-03-06'), ['Thursday=2017-03-09']);
  assert.deepEqual(dates('Kalnins is expected to act after talks with party leaders on Thursday.', '2018-10-24'), ['Thursday=2018-10-25']);
  assert.deepEqual(dates('Halvard will pay $38.50 a share, a premium of 29 percent to Friday\'s closing price.', '2016-12-12'), ['Friday=2016-12-09']);
  // (an event that happened stays behind: 'is expected to climb after the explosion ... on Monday')
  assert.deepEqual(dates('Coal prices are expected to climb after the explosion at a pit near Sorvik on Monday.', '2017-03-08'), ['Monday=2017-03-06']);
});
