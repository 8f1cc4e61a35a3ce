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

test('GIVEN an offset from a day written inside the clause it opens ("a day after a 4-0 defeat on Saturday") WHEN resolved THEN it counts from that day, not past a comma', () => {
  // 2020-02-04 is a Tuesday; 2021-06-11 a Friday; 2019-03-15 a Friday
  assert.deepEqual(dates('Vestby sacked coach Arne Holt a day after a 4-0 defeat on Saturday.', '2020-02-04'), ['a day after=2020-02-02', 'Saturday=2020-02-01']);
  assert.deepEqual(dates('The Senate approved the bill a day after the Chamber of Deputies passed it on Tuesday.', '2021-06-11'), ['a day after=2021-06-09', 'Tuesday=2021-06-08']);
  assert.deepEqual(dates('He resigned a week after a jury convicted him on March 3.', '2019-03-15'), ['a week after=2019-03-10', 'March 3=2019-03-03']);
  // ('two days after she resigned, on Friday, the party split': the day after the comma is the split's own)
  assert.deepEqual(dates('Two days after she resigned, on Friday, the party split.', '2021-06-14'), ['Friday=2021-06-11']);
  // ('for the first time in three decades after a final on the 14th': a span, not a day)
  assert.deepEqual(dates('Ashby are champions for the first time in three decades after a final on the 14th.', '2017-07-20'), ['on the 14th=2017-07-14']);
});

test('GIVEN "48 hours after it began on Monday", "hours after the ruling", "on the eve of the summit, which opened on Thursday" and "the second day of the Open, which began on Monday" WHEN resolved THEN each counts from that day', () => {
  // 2021-03-05 is a Friday; 2018-06-22 a Friday; 2018-11-09 a Friday; 2019-06-13 a Thursday
  assert.deepEqual(dates('The strike ended 48 hours after it began on Monday morning.', '2021-03-05'), ['hours after=2021-03-03', 'Monday=2021-03-01']);
  assert.deepEqual(dates('The court ruled on Wednesday. Hours after the ruling, the minister resigned.', '2018-06-22'), ['Wednesday=2018-06-20', 'Hours after=2018-06-20']);
  assert.deepEqual(dates('Thousands marched through Orlen on the eve of the summit, which opened on Thursday.', '2018-11-09'), ['the eve of=2018-11-07', 'Thursday=2018-11-08']);
  assert.deepEqual(dates('Noor Haddad beat the top seed on the second day of the Varne Open, which began on Monday.', '2019-06-13'), ['the second day of=2019-06-11', 'Monday=2019-06-10']);
});

test('GIVEN a vote that "had been due" on Friday, a month named between a day and "the following morning", and "the worst drought in fifty years" WHEN resolved THEN Friday is the past one, the morning follows the day, and fifty years is no date', () => {
  // 2022-09-19 is a Monday; 2016-08-16 a Tuesday
  assert.deepEqual(dates('Shareholders had been due to vote on the offer on Friday. Brennor withdrew the bid the day before.', '2022-09-19'), ['Friday=2022-09-16', 'the day before=2022-09-15']);
  assert.deepEqual(dates('Storms hit on Saturday, with twice the average rain for August. The dam failed early the following morning.', '2016-08-16'), ['Saturday=2016-08-13', 'August=2016-08', 'the following morning=2016-08-14']);
  assert.deepEqual(dates('The region will face the worst drought in fifty years, officials said.', '2018-02-03'), []);
});

test('GIVEN "Seventy-five years ago today", a closing price "on Friday", "In March the election takes place" and "would have an MRI exam on Tuesday" WHEN resolved THEN the number is read whole, the price is past and the other two look ahead', () => {
  // 2016-12-07 is a Wednesday; 2016-11-21 a Monday; 2016-11-07 a Monday
  assert.deepEqual(dates('Seventy-five years ago today, the fleet was attacked.', '2016-12-07'), ['Seventy-five years ago=1941', 'today=2016-12-07']);
  assert.deepEqual(dates('Harwell will pay $41 a share, a premium of 30 percent to Pellwood\'s closing price on Friday.', '2016-11-21'), ['Friday=2016-11-18']);
  assert.deepEqual(dates('In March the state election takes place.', '2016-11-03'), ['March=2017-03']);
  assert.deepEqual(dates('The senator said he would have an MRI exam on Tuesday.', '2016-11-07'), ['Tuesday=2016-11-08']);
  // (but a counterfactual "would have won" looks back)
  assert.deepEqual(dates('Ruiz would have won on Tuesday if turnout had held.', '2016-11-07'), ['Tuesday=2016-11-01']);
});

test('GIVEN wire copy that looks ahead ("set a target of April 1", "was expected on Friday", "the law takes effect on Jan. 1", "will stay closed on Saturday") WHEN resolved THEN each day is the coming one', () => {
  // 1998-12-03 is a Thursday; 1998-07-22 a Wednesday; 1999-12-27 a Monday
  assert.deepEqual(dates('Leaders have set a target of April 1 for passing the budget.', '1998-12-03'), ['April 1=1999-04-01']);
  assert.deepEqual(dates('A second crest was expected on Friday.', '1998-07-22'), ['Friday=1998-07-24']);
  assert.deepEqual(dates('Union leaders said the law takes effect on Jan. 1.', '2000-10-05'), ['Jan. 1=2001-01-01']);
  assert.deepEqual(dates('Many stores will stay closed on Saturday.', '1999-12-27'), ['Saturday=2000-01-01']);
  assert.deepEqual(dates('The museum plans to close the gallery in September while it is wired.', '2000-04-17'), ['September=2000-09']);
  // (but a date opening a clause with a past verb after the comma looks back)
  assert.deepEqual(dates('On May 5, a fire destroyed its warehouse.', '1999-03-10'), ['May 5=1998-05-05']);
});

test('GIVEN past narratives ("in 1997, when ... until Aug. 4", "Last year\'s fight began on Jan. 14", "since Sept. 9, 1991. ... the following March", "Thursday, July 3" after 1997) WHEN resolved THEN the days belong to the years the passage is about', () => {
  assert.deepEqual(dates('The Legislature approved the package in 1997, when the budget was not signed until Aug. 4.', '1998-12-03'), ['1997=1997', 'Aug. 4=1997-08-04']);
  assert.deepEqual(dates('Last year\'s budget fight began on Jan. 14.', '1998-12-03'), ['Last year=1997', 'Jan. 14=1997-01-14']);
  assert.deepEqual(dates('It is the largest strike since Sept. 9, 1991. New elections were held the following March.', '2000-10-05'), ['Sept. 9, 1991=1991-09-09', 'the following March=1992-03']);
  assert.deepEqual(dates('The theft took place on July 6, 1997. The men had first come on Thursday, July 3.', '2000-04-17'), ['July 6, 1997=1997-07-06', 'Thursday, July 3=1997-07-03']);
  assert.deepEqual(dates('The case was filed in May 1996. Hearings were held in October and November of last year.', '1999-03-30'), ['May 1996=1996-05', 'October=1998-10', 'November of last year=1998-11']);
  // (a quotation speaks of now: not the year of the sentence before)
  assert.deepEqual(dates('The school opened on Sept. 6, 1921. "They made up their minds in December," said a parent.', '1999-01-14'), ['Sept. 6, 1921=1921-09-06', 'December=1998-12']);
});

test('GIVEN "the year after that", "the year before", "the next day" after a fiscal year, "the 20th of last month" and "A Fourth of July rocket" WHEN resolved THEN each counts from the date it names', () => {
  assert.deepEqual(dates('The bank failed in 1995, and the year after that its director fled.', '1998-12-03'), ['1995=1995', 'the year after that=1996']);
  assert.deepEqual(dates('Last year fires burned 74,000 acres; the year before, they burned 160,000.', '2000-07-06'), ['Last year=1999', 'the year before=1998']);
  assert.deepEqual(dates('The fiscal year ends March 31, and fiscal 2000 begins the next day.', '1998-12-03'), ['The fiscal year=1998', 'March 31=1999-03-31', 'fiscal 2000=2000', 'the next day=1999-04-01']);
  assert.deepEqual(dates('The treaty was signed on the 20th of last month.', '1999-03-10'), ['the 20th of last month=1999-02-20']);
  assert.deepEqual(dates('A Fourth of July bottle rocket started the fire.', '2000-07-06'), ['Fourth of July=2000-07-04']);
  assert.deepEqual(dates('Monday\'s vote left both parties bitter.', '1999-05-20'), ['Monday=1999-05-17']);
});

test('GIVEN Columbus Day, "Christmas Eve in 1954", "did not form until July 2", "by Memorial Day they had fired" and "maybe in November" after "would" WHEN resolved THEN each has its year', () => {
  // 1999-10-16 is a Saturday
  assert.deepEqual(dates('Trading was thin on Monday because the bond market was closed for Columbus Day.', '1999-10-16'), ['Monday=1999-10-11', 'Columbus Day=1999-10-11']);
  assert.deepEqual(dates('A storm struck the coast on Christmas Eve in 1954.', '1999-11-30'), ['Christmas Eve in 1954=1954-12-24']);
  assert.deepEqual(dates('The first storm of the season did not form until July 2.', '1999-11-30'), ['July 2=1999-07-02']);
  assert.deepEqual(dates('The Pilots trailed on May 20, and by Memorial Day they had fired their pitching coach.', '1998-09-28'), ['May 20=1998-05-20', 'Memorial Day=1998-05-25']);
  assert.deepEqual(dates('She said she would discuss an extension after the playoffs, maybe in November.', '1998-09-28'), ['November=1998-11']);
  assert.deepEqual(dates('Four board seats are on the ballot in November.', '1999-08-10'), ['November=1999-11']);
});

test('GIVEN a day written again ("March 8, 1997 ... on March 8", "vote on Jan. 18 ... on the 18th") and "Last year classes began on Aug. 24, and in 1997 they began Aug. 28" WHEN resolved THEN the repeats are the same days and each clause keeps its year, but an anniversary is this year\'s', () => {
  assert.deepEqual(dates('The tomb was found on March 8, 1997. "When the farmers called us on March 8, we drove out the next morning," he said.', '2000-05-18'), ['March 8, 1997=1997-03-08', 'March 8=1997-03-08', 'the next morning=1997-03-09']);
  assert.deepEqual(dates('Shareholders will vote on Jan. 18. The company closed a plant in March. "The vote on the 18th is a formality," he said.', '1999-12-14'), ['Jan. 18=2000-01-18', 'March=1999-03', 'on the 18th=2000-01-18']);
  assert.deepEqual(dates('Last year classes began on Aug. 24, and in 1997 they began Aug. 28.', '1999-08-10'), ['Last year=1998', 'Aug. 24=1998-08-24', '1997=1997', 'Aug. 28=1997-08-28']);
  assert.deepEqual(dates('The harvest is smaller than last year\'s because of a drought in May and June.', '2000-08-03'), ['last year=1999', 'May=2000-05', 'June=2000-06']);
  assert.deepEqual(dates('Ties were set up on November 14, 1975. The anniversary falls on November 14.', '1998-11-05'), ['November 14, 1975=1975-11-14', 'November 14=1998-11-14']);
});

test('GIVEN "billed on the same day" after "in October 1997", "scattered thunderstorms Thursday night", "expects turnout ... on Tuesday", "In the final on Tuesday, ... will meet" and "said the squad for ... October would be named" WHEN resolved THEN each day or month is the one meant', () => {
  // 1999-03-24 is a Wednesday; 2000-07-19 a Wednesday; 1998-10-30 a Friday; 2000-08-28 a Monday
  assert.deepEqual(dates('The scheme unraveled in October 1997 when two trucks were billed on the same day; agents raided the offices the following month.', '1999-03-24'), ['October 1997=1997-10', 'the same day=1997-10', 'the following month=1997-11']);
  assert.deepEqual(dates('A cold front could bring scattered thunderstorms Thursday night.', '2000-07-19'), ['Thursday=2000-07-20']);
  assert.deepEqual(dates('Arndt expects turnout of 58 percent on Tuesday.', '1998-10-30'), ['Tuesday=1998-11-03']);
  assert.deepEqual(dates('In the final on Tuesday, the two teams will meet again.', '2000-08-28'), ['Tuesday=2000-08-29']);
  assert.deepEqual(dates('The coach said the squad for the Asian Championships in October would be named soon.', '2000-08-28'), ['October=2000-10']);
  // (but 'said on Tuesday that Iraq would retaliate': the day it was said)
  assert.deepEqual(dates('The ambassador said on Tuesday that Iraq would retaliate.', '1990-08-15'), ['Tuesday=1990-08-14']);
});

test('GIVEN May Day, and National Day in Chinese news WHEN resolved THEN May 1 and October 1; another country\'s National Day is no date', () => {
  assert.deepEqual(dates('Workers will march in the capital on May Day.', '1999-04-20'), ['May Day=1999-05-01']);
  assert.deepEqual(dates('Chinese tourists are expected to travel in record numbers over National Day.', '1999-09-23'), ['National Day=1999-10-01']);
  assert.deepEqual(dates('Parades are planned for National Day.', '1999-09-23'), []);
});

test('GIVEN a day without a year after a month written with its year in the same sentence WHEN resolved THEN the day follows that month; a later sentence comes back to the present', () => {
  assert.deepEqual(dates('She filed for divorce in March 1996; he was arrested on May 11 and fired in June of that year.', '1998-02-20'), ['March 1996=1996-03', 'May 11=1996-05-11', 'June of that year=1996-06']);
  assert.deepEqual(dates('Talks resumed in March 1998, and the first round ended on April 3.', '2000-05-10'), ['March 1998=1998-03', 'April 3=1998-04-03']);
  // (too far after the month: not the story's)
  assert.deepEqual(dates('Talks resumed in March 1998, and the second round ended on Dec. 3.', '2000-05-10'), ['March 1998=1998-03', 'Dec. 3=1999-12-03']);
  assert.deepEqual(dates('Talks resumed in March 1998. The second round ended on April 3.', '2000-05-10'), ['March 1998=1998-03', 'April 3=2000-04-03']);
  // (a second thing listed with its own date is not the month's story; nor is a later sentence that looks ahead)
  assert.deepEqual(dates('The jet had a major overhaul in November 1998 and a routine inspection on Jan. 12.', '2000-02-09'), ['November 1998=1998-11', 'Jan. 12=2000-01-12']);
  assert.deepEqual(dates('The two countries opened embassies in October 1952. The trade commission, which last met in November, will meet again in the spring.', '1999-12-20'), ['October 1952=1952-10', 'November=1999-11']);
});
