import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../../src/extract/01-normalize.ts';
import { splitSentences } from '../../src/extract/02-sentences.ts';
import { findDates } from '../../src/extract/06-dates.ts';
import { extract } from '../../src/extract/index.ts';

// Fictional articles. 2026-03-12 is a Thursday.
const PUB = '2026-03-12';
const datesOf = (text: string, published = PUB) => {
  const doc = normalize(text);
  return findDates(doc, splitSentences(doc), published);
};
const valueOf = (text: string, phrase: string, published = PUB) => datesOf(text, published).find((d) => d.text.includes(phrase))?.value;

test('GIVEN a bare weekday in a past-tense sentence WHEN resolved THEN it is the most recent such day', () => {
  assert.equal(valueOf('Mayor Ilse Brandvik resigned on Tuesday, aides said.', 'Tuesday'), '2026-03-10');
});

test('GIVEN the weekday of publication itself WHEN resolved THEN it is the publication day', () => {
  assert.equal(valueOf('The Veldmark council voted Thursday to close the harbour.', 'Thursday'), '2026-03-12');
});

test('GIVEN "will" before a weekday WHEN resolved THEN it is the next such day', () => {
  assert.equal(valueOf('The Korvan delegation will meet trade officials on Friday in Ostrava.', 'Friday'), '2026-03-13');
  assert.equal(valueOf('The ferry strike is scheduled to end Monday.', 'Monday'), '2026-03-16');
});

test('GIVEN "last Thursday" on a Thursday WHEN resolved THEN it is the week before', () => {
  assert.equal(valueOf('Talks collapsed last Thursday, the union said.', 'last Thursday'), '2026-03-05');
});

test('GIVEN "two days later" after an explicit date WHEN resolved THEN it counts from that date', () => {
  const ds = datesOf('Pell Harbour flooded on Jan. 8. Two days later, the levee at Grusk failed.');
  assert.deepEqual(ds.map((d) => d.value), ['2026-01-08', '2026-01-10']);
});

test('GIVEN "the following day" and "the previous Friday" WHEN resolved THEN they count from the date just mentioned', () => {
  assert.equal(valueOf('The vote was held on Feb. 3, 2026. The following day, protests began.', 'following day'), '2026-02-04');
  assert.equal(valueOf('Shares closed at 41 on Feb. 18, 2026, down 3% from the previous Friday.', 'previous Friday'), '2026-02-13');
});

test('relative months and years resolve to the right granularity', () => {
  const text = 'Sales rose last year and this year. Prices fell earlier this month, after a jump last month. ' +
    'The plant opened in March last year; a year ago it employed 40 people. In 1997 the firm was founded.';
  const byText = new Map(datesOf(text).map((d) => [d.text, d.value]));
  assert.equal(byText.get('last year'), '2025');
  assert.equal(byText.get('this year'), '2026');
  assert.equal(byText.get('earlier this month'), '2026-03');
  assert.equal(byText.get('last month'), '2026-02');
  assert.equal(byText.get('March last year'), '2025-03');
  assert.equal(byText.get('a year ago'), '2025-03-12');
  assert.equal(byText.get('1997'), '1997');
});

test('GIVEN a month and day without a year WHEN resolved THEN the nearest, leaning to the past', () => {
  assert.equal(valueOf('The Orsa bridge closed on Jan. 8 for repairs.', 'Jan. 8'), '2026-01-08');
  assert.equal(valueOf('The dividend is payable April 2 to holders of record.', 'April 2'), '2026-04-02');
  assert.equal(valueOf('The mine was sold in November, the ministry said.', 'November'), '2025-11');
});

test('GIVEN full dates in several styles WHEN resolved THEN each keeps its own granularity', () => {
  const ds = datesOf('Signed Sunday, Nov. 13, 2016 in Lenvik; ratified 8 December 2016; amended in August 1988 and again in mid-1996.');
  assert.deepEqual(ds.map((d) => d.value), ['2016-11-13', '2016-12-08', '1988-08', '1996']);
});

test('today, yesterday, tomorrow and last night resolve against publication', () => {
  const byText = new Map(datesOf('Rescuers worked through last night. Yesterday the road reopened; today it is busy; tomorrow it closes.').map((d) => [d.text.toLowerCase(), d.value]));
  assert.equal(byText.get('last night'), '2026-03-11');
  assert.equal(byText.get('yesterday'), '2026-03-11');
  assert.equal(byText.get('today'), '2026-03-12');
  assert.equal(byText.get('tomorrow'), '2026-03-13');
});

test('GIVEN weeks, quarters and durations WHEN found THEN no calendar value is emitted for them', () => {
  const ds = datesOf('Profit fell in the third quarter. The strike lasted three days last week and the talks took 10 years.');
  assert.deepEqual(ds, []);
});

test('GIVEN verbs and names that look like months WHEN scanning THEN they are not dates', () => {
  assert.deepEqual(datesOf('Voters may march on the capital, and May Tenby said Black Monday was a myth.'), []);
  assert.deepEqual(datesOf('The team won 2,000 votes and $1990 in prizes.'), []);
});

test('GIVEN curly quotes and a glued sentence WHEN dates are found THEN offsets index the original text', () => {
  const original = '“We lost,” Brandvik said.The count ended on Jan. 8, 2026.';
  const ds = datesOf(original);
  assert.equal(ds.length, 1);
  assert.equal(original.slice(ds[0]!.start, ds[0]!.end), 'Jan. 8, 2026');
  assert.equal(ds[0]!.text, 'Jan. 8, 2026');
});

test('GIVEN "the last Monday before the vote" after the vote date WHEN resolved THEN it counts back from that date', () => {
  const ds = datesOf('The Veldmark referendum was held on Friday, March 20, 2026. On the last Monday before the vote, turnout polls closed.');
  assert.deepEqual(ds.map((d) => d.value), ['2026-03-20', '2026-03-16']);
});

test('GIVEN "on Monday after an outage" WHEN resolved THEN "after" does not make it relative', () => {
  assert.equal(valueOf('Ana Ruiz resigned on Monday after a nationwide outage.', 'Monday'), '2026-03-09');
});

test('GIVEN "later that day" after a date WHEN resolved THEN it is that same day', () => {
  assert.equal(valueOf('The Grusk dam cracked on Feb. 2, 2026. Later that day, engineers arrived.', 'that day'), '2026-02-02');
});

test('GIVEN years spoken in a broadcast transcript WHEN resolved THEN they are calendar years', () => {
  const ds = datesOf('The dam was finished in nineteen ninety-six and will last until the year two thousand, said Kofi Strand.');
  assert.deepEqual(ds.map((d) => [d.text, d.value]), [['nineteen ninety-six', '1996'], ['the year two thousand', '2000']]);
});

test('GIVEN "a year earlier" after a full day WHEN resolved THEN it is that day a year before, and it does not move the anchor', () => {
  const ds = datesOf('Profit for the quarter ended Sept. 30 rose; a year earlier it fell. Two days later the board met.');
  assert.deepEqual(ds.map((d) => d.value), ['2025-09-30', '2024-09-30', '2025-10-02']);
});

test('spans keep their modifiers, as the TimeML annotations do', () => {
  const texts = datesOf('The ferry sank late yesterday, nearly four years ago the first one did, and early next year a third will.').map((d) => d.text);
  assert.deepEqual(texts, ['late yesterday', 'nearly four years ago', 'early next year']);
});

test('GIVEN "June 16th of last year" WHEN resolved THEN the year is last year', () => {
  assert.equal(valueOf('We started this journey on June 16th of last year in Orsa.', 'June 16th'), '2025-06-16');
});

test('GIVEN "in 1997" then "two years later" WHEN resolved THEN it follows the story', () => {
  assert.equal(valueOf('The Lenvik mine opened in 1997. Two years later it flooded.', 'later'), '1999');
});

test('holidays and "the day before yesterday" resolve to days', () => {
  const byText = new Map(datesOf("The Orsa market closed on Christmas Eve and reopened the day before yesterday, after New Year's Day.").map((d) => [d.text, d.value]));
  assert.equal(byText.get('Christmas Eve'), '2025-12-24');
  assert.equal(byText.get('the day before yesterday'), '2026-03-10');
  assert.equal(byText.get("New Year's Day"), '2026-01-01');
});

test('GIVEN a day of mourning declared "for Monday" WHEN resolved THEN it is the coming Monday', () => {
  const text = 'Prime Minister Jonas Aldercott declared a day of national mourning for Monday.';
  assert.equal(valueOf(text, 'Monday', '2026-11-06'), '2026-11-09');
  assert.equal(valueOf('Premier Aldercott has declared Monday a day of national mourning.', 'Monday', '2026-11-08'), '2026-11-09');
});

test('GIVEN "for Monday\'s raid" or "is Monday\'s" WHEN resolved THEN the possessive keeps it in the past', () => {
  assert.equal(valueOf("Two men were charged for Monday's raid on the Orsa depot.", 'Monday'), '2026-03-09');
  assert.equal(valueOf("The big news is Monday's resignation of Ilse Brandvik.", 'Monday'), '2026-03-09');
});

test('GIVEN a future reported with "would" WHEN resolved THEN it is the coming day, but "would have" stays past', () => {
  assert.equal(valueOf('Harbour officials said divers would resume the search on Saturday.', 'Saturday'), '2026-03-14');
  assert.equal(valueOf('Kofi Strand said the ferry would have sailed on Tuesday.', 'Tuesday'), '2026-03-10');
});

test('GIVEN "faces", "must" or "is expected to" before a weekday WHEN resolved THEN it is the coming day', () => {
  assert.equal(valueOf('The Veldmark coalition faces a confidence vote on Monday.', 'Monday'), '2026-03-16');
  assert.equal(valueOf('Brandvik must win the Senate ballot on Tuesday.', 'Tuesday'), '2026-03-17');
  assert.equal(valueOf('The Grusk bridge is expected to reopen on Wednesday.', 'Wednesday'), '2026-03-18');
  assert.equal(valueOf('The Orsa ferry is likely to sail on Friday.', 'Friday'), '2026-03-13');
});

test('GIVEN "was expected to" before a weekday WHEN resolved THEN it stays in the past', () => {
  assert.equal(valueOf('The Grusk bridge was expected to reopen on Wednesday but stayed shut.', 'Wednesday'), '2026-03-11');
});

test('GIVEN "ahead of Sunday\'s vote" WHEN resolved THEN it is the coming Sunday, unless a past verb follows', () => {
  assert.equal(valueOf("Candidates held final rallies ahead of Sunday's vote in Lenvik.", 'Sunday'), '2026-03-15');
  assert.equal(valueOf("Ahead of Friday's summit, Orsa unveiled a new tariff plan.", 'Friday', '2026-03-15'), '2026-03-13');
});

test('GIVEN an arrangement in the present progressive or a present "is" WHEN resolved THEN it is the coming day', () => {
  assert.equal(valueOf('The Korvan envoy is meeting port officials on Monday.', 'Monday'), '2026-03-16');
  assert.equal(valueOf('The run-off vote is on Saturday.', 'Saturday'), '2026-03-14');
  assert.equal(valueOf("Monday's debate in Orsa will decide the race.", 'Monday'), '2026-03-16');
  assert.equal(valueOf('Turnout matters as voters prepare to head to the polls Tuesday.', 'Tuesday'), '2026-03-17');
});

test('GIVEN "figures released Friday are" WHEN resolved THEN the participle keeps it in the past', () => {
  assert.equal(valueOf('Port figures released Friday are the worst in a decade.', 'Friday'), '2026-03-06');
});

test('GIVEN "this morning" and "overnight" WHEN resolved THEN the publication day and the day before', () => {
  const byText = new Map(datesOf('Floods hit Grusk overnight. The Orsa road reopened this morning.').map((d) => [d.text, d.value]));
  assert.equal(byText.get('overnight'), '2026-03-11');
  assert.equal(byText.get('this morning'), '2026-03-12');
  assert.deepEqual(datesOf('Banks paid more for overnight loans.'), []);
});

test('GIVEN "this morning" after a date WHEN "two days later" follows THEN it still counts from that date', () => {
  const ds = datesOf('The Grusk dam cracked on Feb. 2, 2026, engineers said this morning. Two days later the spillway failed.');
  assert.deepEqual(ds.map((d) => d.value), ['2026-02-02', '2026-03-12', '2026-02-04']);
});

test('GIVEN "Remembrance Sunday" WHEN scanning THEN it is the holiday (second Sunday of November), not the Sunday before publication', () => {
  assert.deepEqual(datesOf('Veterans marched in Lenvik on Remembrance Sunday.').map((d) => [d.text, d.value]), [['Remembrance Sunday', '2025-11-09']]);
  assert.deepEqual(datesOf('Veterans will march in Lenvik on Remembrance Sunday.').map((d) => [d.text, d.value]), [['Remembrance Sunday', '2026-11-08']]);
});

test('GIVEN "the Sunday before the election" and the election date later in the text WHEN resolved THEN it counts back from the election', () => {
  const text = 'Orsa wrote to the council on the Sunday before the election. The election on February 17 went ahead in Lenvik.';
  assert.equal(valueOf(text, 'Sunday'), '2026-02-15');
});

test('GIVEN "the day after Monday\'s debate" WHEN resolved THEN it is the day after that Monday; with no dated debate THEN no date', () => {
  assert.equal(valueOf("Lenk raised $2 million on the day after Monday's debate.", 'the day'), '2026-03-10');
  assert.deepEqual(datesOf('Lenk complained the morning after the debate.'), []);
});

test('GIVEN only a hint like "expect" or "until" before a weekday WHEN resolved THEN it is the nearer such day', () => {
  assert.equal(valueOf("Most voters expect Ilse Brandvik to win Saturday's debate.", 'Saturday'), '2026-03-14');
  assert.equal(valueOf('The Orsa road stayed closed until Tuesday.', 'Tuesday'), '2026-03-10');
});

test('GIVEN "set for Friday" followed by a past verb WHEN resolved THEN it stays in the past', () => {
  assert.equal(valueOf('The dock strike set for Friday was called off.', 'Friday', '2026-03-14'), '2026-03-13');
});

test('GIVEN "two days later" right after a month-only date WHEN resolved THEN it stays in that month, not two days after an older day', () => {
  const text = 'Dock workers walked out on Tuesday. The union first threatened a strike in March last year. Two days later, the company offered a raise.';
  assert.equal(valueOf(text, 'Two days later'), '2025-03');
});

test('GIVEN "a year earlier" after a year of the story\'s past WHEN resolved THEN it is the year before that one', () => {
  const text = 'The previous strike, in 2019, lasted 41 days. A year earlier the port had handled a record 2.1 million containers.';
  assert.equal(valueOf(text, 'A year earlier'), '2018');
});

test('GIVEN the article\'s own patterns (late Monday, last Thursday, the last Monday before the vote) WHEN resolved THEN each is its calendar day', () => {
  const text = 'Talks collapsed late Monday night. They had resumed last Thursday. Members vote on March 25; on the last Monday before the vote, they will rally.';
  assert.deepEqual(datesOf(text).map((d) => [d.text, d.value]), [['late Monday', '2026-03-09'], ['last Thursday', '2026-03-05'], ['March 25', '2026-03-25'], ['the last Monday', '2026-03-23']]);
});

test('GIVEN a timetable in the present tense ("meet separately Monday", "the council votes on Friday") WHEN resolved THEN the weekday is the coming one', () => {
  // 2026-03-12 is a Thursday
  assert.equal(valueOf('Ruiz and Bell meet separately Monday with the port authority.', 'Monday'), '2026-03-16');
  assert.equal(valueOf('The Veldmark council votes on Friday on the harbour levy.', 'Friday'), '2026-03-13');
  assert.equal(valueOf('The council voted on Monday on the harbour levy.', 'Monday'), '2026-03-09');
});

test('GIVEN the future verb after a sentence-opening weekday ("On Friday the board will vote") WHEN resolved THEN the weekday is the coming one', () => {
  assert.equal(valueOf('On Friday the board will vote on the levy.', 'Friday'), '2026-03-13');
  assert.equal(valueOf('On Friday, the company is due to report results.', 'Friday'), '2026-03-13');
  assert.equal(valueOf('The board is expected on Friday to vote.', 'Friday'), '2026-03-13');
  assert.equal(valueOf('On Friday, Ruiz said the board will vote.', 'Friday'), '2026-03-06');
});

test('GIVEN "a year earlier" after a month of the story WHEN resolved THEN it is that month a year before', () => {
  assert.equal(valueOf('The plan was announced in March last year. A year earlier, the port had closed.', 'A year earlier'), '2024-03');
  assert.equal(valueOf('Prices rose earlier this month. A year earlier they had fallen.', 'A year earlier'), '2025-03');
});

test('GIVEN "the last Monday before the vote" and the vote\'s date in a later sentence WHEN resolved THEN it counts from the vote', () => {
  assert.equal(valueOf('Campaigners marched on the last Monday before the vote. The vote was held on March 8.', 'Monday'), '2026-03-02');
});

test('GIVEN "on the 12th" after a month, a bare "on the 5th", "in two weeks" ahead and "a decade ago" WHEN resolved THEN each is its calendar value, and "the first time in two years" is none', () => {
  const text = 'The mayor resigned on the 5th.\n\nThe council met in April. On the 12th, the mayor resigned.\n\nThe law takes effect in two weeks.\n\nA decade ago, the mine employed 4,000 people.\n\nIt was the first time in two years that the port closed.';
  assert.deepEqual(datesOf(text, '2026-06-01').map((d) => [d.text, d.value]), [
    ['on the 5th', '2026-05-05'], ['April', '2026-04'], ['On the 12th', '2026-04-12'], ['in two weeks', '2026-06-15'], ['A decade ago', '2016'],
  ]);
});

test('GIVEN future plans ("invited to meet ... on Friday", "are expected on Wednesday", "is planning to visit", "Rovers play ... on Tuesday night") WHEN resolved THEN the weekday is the coming one', () => {
  const text = 'She has been invited to meet the Mayor of Dunmore on Friday. New rains are expected on Wednesday. The minister is planning to visit the district on Monday. Rovers play Ashby United on Tuesday night. Rovers beat Ashby United on Sunday.';
  assert.deepEqual(datesOf(text).map((d) => [d.text, d.value]), [['Friday', '2026-03-13'], ['Wednesday', '2026-03-18'], ['Monday', '2026-03-16'], ['Tuesday', '2026-03-17'], ['Sunday', '2026-03-08']]);
});

test('GIVEN a wire dateline with its day WHEN dates are found THEN that day is among them', () => {
  assert.deepEqual(datesOf('KASTREL, March 10 - The government teetered on Tuesday.').map((d) => [d.text, d.value]), [['March 10', '2026-03-10'], ['Tuesday', '2026-03-10']]);
});

test('GIVEN "agreed to hold the next summit ... in October" WHEN resolved THEN October is the coming one', () => {
  assert.equal(valueOf('The leaders agreed to hold the next summit in Darkhan-Ul in October.', 'October'), '2026-10');
});

test('GIVEN a month and day with no year after a past verb WHEN the next such day is nearer THEN it is still the past one', () => {
  const text = 'Officials said the man was arrested on Feb. 3 and had been held since Jan. 15. Harwick have not lost at home since 4 March.';
  assert.equal(valueOf(text, 'Feb. 3', '2027-11-20'), '2027-02-03');
  assert.equal(valueOf(text, 'Jan. 15', '2027-11-20'), '2027-01-15');
  assert.equal(valueOf(text, '4 March', '2027-12-27'), '2027-03-04');
  // a day a few weeks ahead is still possible after a reporting verb
  assert.equal(valueOf('The company said it is calling for the redemption on Dec. 7 of all its notes.', 'Dec. 7', '2027-10-30'), '2027-12-07');
});

test('GIVEN a timetable in the present tense followed by ", officials said" WHEN resolved THEN the day is still the coming one', () => {
  const pub = '2029-03-07'; // a Wednesday
  assert.equal(valueOf('The two leaders meet in Halvang on Friday, officials said.', 'Friday', pub), '2029-03-09');
  assert.equal(valueOf('The minister leaves for Halvang on Friday.', 'Friday', pub), '2029-03-09');
  assert.equal(valueOf("Governor Wen Daoshan is scheduled to present the figures to the provincial people's congress on Friday.", 'Friday', pub), '2029-03-09');
  assert.equal(valueOf('Her family said a memorial service will be held Saturday at the church.', 'Saturday', pub), '2029-03-10');
  assert.equal(valueOf('Judge Nora Epstein set sentencing for Oct. 6 and ordered Beaudry held without bail.', 'Oct. 6', '2029-08-24'), '2029-10-06');
});

test('GIVEN a month after a past verb other than "said" WHEN resolved THEN it is the past one; after a plain future, the coming one even months ahead', () => {
  assert.equal(valueOf('The plant opened in May.', 'May', '2030-04-13'), '2029-05');
  assert.equal(valueOf('Deputy mayor Lin Houjie took office in January.', 'January', '2029-12-01'), '2029-01');
  assert.equal(valueOf('The talks collapsed in December.', 'December', '2029-11-20'), '2028-12');
  assert.equal(valueOf('Vaslu said a free-trade agreement would be signed in October.', 'October', '2030-01-04'), '2030-10');
  // an adjective in -ed is no past verb
  assert.equal(valueOf('The team said it now planned a randomised trial of its own, beginning in September.', 'September', '2026-03-12'), '2026-09');
});

test('GIVEN holidays named by day ("Election Day", "Thanksgiving", "Boxing Day", "Good Friday") WHEN resolved THEN they are that year’s day, the nearest one leaning past', () => {
  assert.equal(valueOf('Dana Whitlow was elected governor of Calder on Election Day.', 'Election Day', '2028-11-10'), '2028-11-07');
  assert.equal(valueOf('Officers were called to the house on Thanksgiving night.', 'Thanksgiving', '2028-11-25'), '2028-11-23');
  assert.equal(valueOf('Shoppers crowded the stores on Black Friday.', 'Black Friday', '2028-11-27'), '2028-11-24');
  assert.equal(valueOf('Harwick won the Boxing Day derby.', 'Boxing Day', '2028-12-27'), '2028-12-26');
  assert.equal(valueOf('Churches were full on Good Friday.', 'Good Friday', '2029-04-05'), '2029-03-30');
  assert.equal(valueOf('The parade was held on Veterans Day.', 'Veterans Day', '2028-11-13'), '2028-11-11');
  assert.equal(valueOf('Marchers gathered on Memorial Day.', 'Memorial Day', '2029-06-02'), '2029-05-28');
  const x = extract({ text: 'Harwick won the Boxing Day derby. Dana Whitlow won on Election Day.', published: '2028-12-27' });
  assert.deepEqual(x.entities.map((e) => e.name), ['Dana Whitlow']);
});

test('GIVEN "Tuesday last week" or a bare "the night before" WHEN resolved THEN the weekday of the week before, and the night before the date just mentioned', () => {
  assert.equal(valueOf('Kell was arrested on Tuesday last week.', 'Tuesday', '2029-10-16'), '2029-10-09');
  assert.equal(valueOf('The hearing is on Monday of next week.', 'Monday', '2029-10-16'), '2029-10-22');
  assert.equal(valueOf('Police on Saturday named the woman killed when a car ploughed into a crowd the night before.', 'the night before', '2029-08-20'), '2029-08-17');
});

test('GIVEN "of that year", "the next year" and "the same day" in a story of the past WHEN resolved THEN they follow the story, not publication', () => {
  const text = 'In the spring of 1946 she leased a cannery. The cooperative shipped its first cases on Sept. 2 of that year.';
  assert.equal(valueOf(text, 'Sept. 2', '2028-06-09'), '1946-09-02');
  assert.equal(valueOf('The plant closed in 1996 and reopened the next year.', 'the next year', '2028-10-29'), '1997');
  assert.equal(valueOf('Sales should double over the next year.', 'the next year', '2028-10-29'), '2029');
  const fired = 'Varga had replaced Rick Delmont on Jan. 29. Delmont, who led the team to the finals in the spring of 1997, was fired the same day.';
  assert.equal(valueOf(fired, 'the same day', '2029-02-18'), '2029-01-29');
});

test('GIVEN a day-first dateline ("KASSANGO, 21 October (AKP) -") and "Later in the day" after a future month WHEN resolved THEN relative days count from the dateline day', () => {
  const x = extract({ text: 'KASSANGO, 21 October (AKP) - Prime Minister Aminata Diallo-Keita said on Tuesday that a commission will be created.', published: '2028-10-22' });
  assert.ok(x.events.some((e) => e.date === '2028-10-17'), JSON.stringify(x.events)); // 21 October 2028 is a Saturday
  assert.equal(valueOf('RAWALKOT, Sept 7 (NPA): The minister on Monday said work would begin in October. Later in the day, he told reporters the budget was ready.', 'Later in the day', '2026-09-08'), '2026-09-07');
});

test('GIVEN a possessive weekday ("Wednesday\'s ruling", "after Wednesday\'s vote", "before Saturday\'s election") WHEN resolved THEN done events are past and scheduled ones ahead, whatever the main verb', () => {
  assert.equal(valueOf("Minsky said he would appeal Wednesday's ruling by Friday.", 'Wednesday', '2030-02-28'), '2030-02-27'); // a Thursday
  assert.equal(valueOf("Officials will investigate Saturday's bombing.", 'Saturday', '2030-02-28'), '2030-02-23');
  assert.equal(valueOf("After Wednesday's vote, Republicans will push ahead with the trial.", 'Wednesday', '2030-02-28'), '2030-02-27');
  assert.equal(valueOf("Polls show the party leading before Saturday's election.", 'Saturday', '2030-02-28'), '2030-03-02');
  assert.equal(valueOf("On the eve of Tuesday's vote, Pike will meet Democrats.", 'Tuesday', '2030-02-28'), '2030-03-05');
});

test('GIVEN forecasts, timetables in the present tense and pauses "until" a day WHEN resolved THEN the days are ahead', () => {
  const pub = '2030-05-17'; // a Friday
  assert.equal(valueOf('More storms are expected Saturday and Sunday.', 'Sunday', pub), '2030-05-19');
  assert.equal(valueOf('Forecasters predict heavy rain Sunday.', 'Sunday', pub), '2030-05-19');
  assert.equal(valueOf('The campaign, which began May 9, ends Friday.', 'Friday', '2030-05-14'), '2030-05-17');
  assert.equal(valueOf('Panama takes control of the canal at noon Friday.', 'Friday', '2030-05-14'), '2030-05-17');
  assert.equal(valueOf('Interest payments resume in April.', 'April', '2030-06-01'), '2031-04');
  assert.equal(valueOf('The Senate adjourned until 1 p.m. Tuesday.', 'Tuesday', pub), '2030-05-21');
  // but a past state that ended then, and a month naming a period, stay in the past
  assert.equal(valueOf('The Orsa road stayed closed until Tuesday.', 'Tuesday', pub), '2030-05-14');
  assert.equal(valueOf('Manila will release its April trade figures next Wednesday.', 'April', '2030-06-05'), '2030-04');
});

test('GIVEN "after the explosion on Monday", "who will meet X in the final, beat Y on Saturday" and "the jet that crashed Tuesday" WHEN resolved THEN the days are past despite the future words', () => {
  assert.equal(valueOf('The death toll is expected to climb after the methane explosion at a coal pit near Sorvik on Monday.', 'Monday', '2030-05-15'), '2030-05-13');
  assert.equal(valueOf('Kestrel United, who will meet Ardmore in the cup final, beat Halden Town 3-1 on Saturday.', 'Saturday', '2030-05-20'), '2030-05-18');
  assert.equal(valueOf('Investigators will examine the flight recorders of the jet that crashed Tuesday.', 'Tuesday', '2030-05-16'), '2030-05-14');
  assert.equal(valueOf('Lenny Ashcombe was set to begin a farewell tour in November but died on Sunday at his home.', 'Sunday', '2030-05-20'), '2030-05-19');
});

test('GIVEN "that night", "later that evening", "the year after" and "the month before" WHEN resolved THEN they count from the date just mentioned', () => {
  assert.equal(valueOf('Police emptied the village on Tuesday and burned the mosque that night.', 'that night', '2030-04-19'), '2030-04-16');
  assert.equal(valueOf('The agency was created in 1995 and abolished the year after.', 'the year after', '2030-01-14'), '1996');
  assert.equal(valueOf('Output fell in December from the month before.', 'the month before', '2030-01-14'), '2029-11');
});

test('GIVEN two-digit years ("elected in \'92", "since \'05") and "early Thursday local time" in a paper dated Wednesday WHEN resolved THEN the years are the latest such and the day is the next one', () => {
  assert.equal(valueOf("Pike was first elected in '92 and re-elected in 1998.", "'92", '2017-01-14'), '1992');
  assert.equal(valueOf("He has coached since '05.", "'05", '2017-01-14'), '2005');
  assert.equal(valueOf('Kessania launched a ballistic missile early Thursday local time, officials said.', 'Thursday', '2017-07-26'), '2017-07-27');
});

test('GIVEN "a week from Monday", "a week ago Tuesday" and "two weeks from tomorrow" WHEN resolved THEN the weekday moves by whole weeks', () => {
  const pub = '1998-03-04'; // a Wednesday
  assert.equal(valueOf('The council will vote a week from Monday on the harbour plan.', 'a week from Monday', pub), '1998-03-16');
  assert.equal(valueOf('The warehouse fire broke out a week ago Tuesday, officials said.', 'a week ago Tuesday', pub), '1998-02-24');
  assert.equal(valueOf('The hearing resumes two weeks from tomorrow.', 'two weeks from tomorrow', pub), '1998-03-19');
});

test('GIVEN "the first Monday in February" and "the last Friday of March 1999" WHEN resolved THEN they are those days of the month', () => {
  assert.equal(valueOf('The primary was held on the first Monday in February.', 'the first Monday in February', '1998-03-04'), '1998-02-02');
  assert.equal(valueOf('The second Tuesday of March brought the first thaw.', 'The second Tuesday of March', '1998-03-20'), '1998-03-10');
  assert.equal(valueOf('Parliament will dissolve on the last Friday of March 1999.', 'the last Friday of March 1999', '1998-03-04'), '1999-03-26');
});

test('GIVEN another country\'s Independence Day WHEN scanned THEN it is not read as the Fourth of July', () => {
  assert.equal(valueOf("Ghana's Independence Day parade in Lossa was cancelled.", 'Independence Day', '1998-08-04'), undefined);
  assert.equal(valueOf('Fireworks were set off over the river on Independence Day.', 'Independence Day', '1998-08-04'), '1998-07-04');
});

test('GIVEN a passage set in an earlier year written out WHEN a day or month follows without a year THEN it takes the story\'s year, moving forward across a year end', () => {
  const pub = '1999-06-01';
  assert.equal(valueOf('The Pardo strike began on Jan. 12, 1996, and ended on Feb. 2.', 'Feb. 2', pub), '1996-02-02');
  assert.equal(valueOf('The Pardo strike began on Dec. 28, 1996, and ended on Jan. 9.', 'Jan. 9', pub), '1997-01-09');
  assert.equal(valueOf('The Kesh dam burst in October 1995. In November, the army arrived.', 'November', pub), '1995-11');
  assert.equal(valueOf('In 1996, the Pardo strike began in June and ended in August.', 'August', pub), '1996-08');
  // a year in passing sets no scene; a day far from the story's date is back in the present
  assert.equal(valueOf('Under a plan approved in 1987, Tamsin Mills had bought 48,000 shares through May 20.', 'May 20', pub), '1999-05-20');
  assert.equal(valueOf('The law, passed on Jan. 12, 1996, was repealed on May 20.', 'May 20', pub), '1999-05-20');
});

test('GIVEN "could", "if", "is leaving", "three days away", "close at 6 p.m.", "would" after a possessive and "lasts until" WHEN resolved THEN the weekday is ahead', () => {
  assert.equal(valueOf('Power in Port Alden could go out Saturday, the utility warned.', 'Saturday', '1999-12-30'), '2000-01-01');
  assert.equal(valueOf('If the lights go out Saturday, the shelters will open.', 'Saturday', '1999-12-30'), '2000-01-01');
  assert.equal(valueOf('The Oravian minister is leaving for Velna on Thursday.', 'Thursday', '1999-06-01'), '1999-06-03');
  assert.equal(valueOf("With Sunday's election three days away, Ocampo drew 50,000 people to a rally.", 'Sunday', '2000-11-02'), '2000-11-05');
  assert.equal(valueOf('Polls in Marenza close at 6 p.m. Sunday.', 'Sunday', '2000-11-02'), '2000-11-05');
  assert.equal(valueOf("Officials said Monday that Thursday's summit in Velna would focus on trade.", 'Thursday', '1999-06-01'), '1999-06-03');
  assert.equal(valueOf('The curfew in Marrak began Friday and lasts until Monday.', 'Monday', '1999-06-01'), '1999-06-07');
  // but 'at the close of business Thursday' is past
  assert.equal(valueOf('At the close of business Thursday, 5,700 shares had been tendered.', 'Thursday', '1999-06-01'), '1999-05-27');
});

test('GIVEN "June 14 to 18", "that same day" and "by the 15th" WHEN resolved THEN the bare day, the same day and this month\'s 15th are dates', () => {
  const ds = datesOf('The Kelmar talks will run from June 14 to 18. Votes were cast on April 14 and 15, 3 percent more than in 1995.', '1999-06-03');
  assert.deepEqual(ds.map((d) => [d.text, d.value]), [['June 14', '1999-06-14'], ['18', '1999-06-18'], ['April 14', '1999-04-14'], ['15', '1999-04-15'], ['1995', '1995']]);
  assert.equal(valueOf('Bluewater Craft signed its lease on March 9, 1998. That same day, the county announced a grant.', 'That same day', '1999-06-01'), '1998-03-09');
  assert.equal(valueOf('Applications for the Halden grants must be filed by the 15th.', 'the 15th', '1999-06-03'), '1999-06-15');
});

test('GIVEN "15/10/2017", "9.10.2017", "a fortnight ago" and "Thursday week" WHEN resolved THEN day-first numbers, two weeks back and a week after the coming Thursday', () => {
  const pub = '2017-10-16'; // a Monday
  assert.equal(valueOf('Call police quoting log 0087 of 15/10/2017.', '15/10/2017', pub), '2017-10-15');
  assert.equal(valueOf('The fair opened on 9.10.2017.', '9.10.2017', pub), '2017-10-09');
  assert.equal(valueOf('Sales rose on 3/4/2017.', '3/4/2017', pub), '2017-03-04');
  assert.equal(valueOf('The merger was agreed a fortnight ago.', 'a fortnight ago', pub), '2017-10-02');
  assert.equal(valueOf('The final is on Thursday week.', 'Thursday week', pub), '2017-10-26');
});

test('GIVEN "Independence Day last year", "the Fourth of July, 1926", "the \'97 crisis", "The following March", "three days from now" and "the year after next" WHEN resolved THEN each gets its year', () => {
  const pub = '1999-06-01';
  assert.equal(valueOf('The Tavira accord took effect on Independence Day last year.', 'Independence Day last year', pub), '1998-07-04');
  assert.equal(valueOf('Walter Pell was born on the Fourth of July, 1926.', 'the Fourth of July, 1926', pub), '1926-07-04');
  assert.equal(valueOf("Losses from the '97 crisis have not been recovered.", "'97", pub), '1997');
  assert.equal(valueOf('The Kesh dam burst in October 1995. The following March, the army arrived.', 'The following March', pub), '1996-03');
  assert.equal(valueOf('The Corliss plant will reopen three days from now.', 'three days from now', pub), '1999-06-04');
  assert.equal(valueOf('The plant will reopen the year after next.', 'the year after next', pub), '2001');
});

test('GIVEN "A year later, in April" in a passage set in 1996 and "early on Thursday, Dec. 24" WHEN resolved THEN April is the next year\'s and the day is whole', () => {
  assert.equal(valueOf('By Feb. 20, 1996, the comet was visible through binoculars. A year later, in April, it passed within 40 million miles of Earth.', 'April', '1998-03-04'), '1997-04');
  assert.equal(valueOf('Corvain shops will close early on Thursday, Dec. 24.', 'Dec. 24', '1998-11-25'), '1998-12-24');
});

test('GIVEN "March 3, 1997, a Monday", "that October", "That Christmas", "By December" after "April 1991" and "the spring of 1942" WHEN resolved THEN each stays in the story\'s year', () => {
  assert.deepEqual(datesOf('He was hired on March 3, 1997, a Monday. The next day he quit.', '1999-07-08').map((d) => d.value), ['1997-03-03', '1997-03-03', '1997-03-04']);
  assert.equal(valueOf('The probe began in April 1997. He was indicted that October.', 'that October', '1999-02-21'), '1997-10');
  assert.equal(valueOf('The bank foreclosed in October 1932. That Christmas, the brothers were broke.', 'That Christmas', '2000-03-08'), '1932-12-25');
  assert.equal(valueOf('She arrived in April 1991. By December she had the job.', 'December', '1999-02-21'), '1991-12');
  assert.equal(valueOf('She sailed in the spring of 1942 and was flying by May.', 'May', '1998-11-12'), '1942-05');
  assert.equal(valueOf('Power failed at 3 a.m. Monday. Water service was restored the next afternoon.', 'the next afternoon', '2000-02-15'), '2000-02-15');
});

test('GIVEN "a visit ... on Monday", "will stay closed until Monday", "beginning Friday", "hoped to ... before Feb. 2" and a semicolon before a future clause WHEN resolved THEN past and future are read from the date\'s own clause', () => {
  assert.equal(valueOf('The president cut short a visit to Italy on Monday.', 'Monday', '1999-09-23'), '1999-09-20');
  assert.equal(valueOf('The schools will stay closed until Monday.', 'Monday', '1999-09-23'), '1999-09-27');
  assert.equal(valueOf('The government declared three days of mourning beginning Friday.', 'Friday', '1999-09-23'), '1999-09-24');
  assert.equal(valueOf('She hoped to have a new coach in place before Feb. 2.', 'Feb. 2', '1999-11-30'), '2000-02-02');
  assert.equal(valueOf('He resigned in January; in March he will run for mayor.', 'March', '1999-02-21'), '1999-03');
});

test('GIVEN forecasts, advice and schedules ("warned of more heavy rain on Saturday", "results due Monday", "should improve by Tuesday", "urged to avoid journeys on Sunday", "goes on sale Friday", "this Friday") WHEN resolved THEN the weekday is ahead', () => {
  assert.equal(valueOf('Forecasters have warned of more heavy rain on Saturday.', 'Saturday', '2016-11-16'), '2016-11-19');
  assert.equal(valueOf('Counting continues, with results due Monday.', 'Monday', '2016-11-13'), '2016-11-14');
  assert.equal(valueOf('Conditions should improve by Tuesday.', 'Tuesday', '2016-11-18'), '2016-11-22');
  assert.equal(valueOf('Drivers have been urged to avoid unnecessary journeys on Sunday afternoon.', 'Sunday', '2016-11-18'), '2016-11-20');
  assert.equal(valueOf('The PlayCube 2 goes on sale Friday.', 'Friday', '2016-11-23'), '2016-11-25');
  assert.equal(valueOf('Pre-orders opening this Friday will ship in December.', 'this Friday', '2016-11-16'), '2016-11-18');
});

test('GIVEN a quake "in the early hours of Wednesday, local time," or "3:12 a.m. Wednesday (2:12 p.m. ET Tuesday)" in a paper dated Tuesday WHEN resolved THEN Wednesday is the next day', () => {
  assert.deepEqual(datesOf('The quake struck in the early hours of Wednesday, local time. It hit at 3:12 a.m. Wednesday (2:12 p.m. ET Tuesday).', '2016-11-15').map((d) => d.value), ['2016-11-16', '2016-11-16', '2016-11-15']);
});
