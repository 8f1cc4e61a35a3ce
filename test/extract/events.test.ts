import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../../src/extract/01-normalize.ts';
import { splitSentences } from '../../src/extract/02-sentences.ts';
import { findEntities } from '../../src/extract/05-entities.ts';
import { findDates } from '../../src/extract/06-dates.ts';
import { findEvents } from '../../src/extract/07-events.ts';
import { subjectOf } from '../../src/extract/events/actors.ts';
import { summaryOf } from '../../src/extract/events/summary.ts';
import { extract } from '../../src/extract/index.ts';

// Fictional article; 2026-03-11 is a Wednesday.
const PUB = '2026-03-11';
const eventsOf = (text: string, published = PUB) => {
  const doc = normalize(text);
  const sentences = splitSentences(doc);
  const entities = findEntities(doc, sentences);
  const dates = findDates(doc, sentences, published);
  return findEvents(doc, sentences, { entities, dates, published });
};

const ARTICLE = `Porto Telecom chief quits after outage

LISBON (Newswire) - Ana Ruiz, the chief executive of Porto Telecom, resigned on Monday after a nationwide outage.
Ruiz had led the company since 2019. She flew to Madrid two days later to meet regulators.
"We failed our customers," a spokesman said.`;

test('GIVEN an undated headline WHEN events are found THEN the lead event is dated the publication day', () => {
  const [lead] = eventsOf(ARTICLE);
  assert.equal(lead?.date, PUB);
  assert.equal(lead?.summary, 'Porto Telecom chief quits after outage');
  assert.ok(lead?.actors.some((a) => a.includes('Porto Telecom')), `actors: ${lead?.actors}`);
});

test('GIVEN a headline without the person WHEN events are found THEN the lead event takes the actors of the lead sentence', () => {
  const [lead] = eventsOf(ARTICLE);
  assert.ok(lead?.actors.includes('Ana Ruiz'), `actors: ${lead?.actors}`);
});

test('GIVEN a sentence with a weekday WHEN events are found THEN it becomes an event dated that day with its actors', () => {
  const ev = eventsOf(ARTICLE).find((e) => e.summary.includes('resigned'));
  assert.equal(ev?.date, '2026-03-09');
  assert.ok(ev?.actors.includes('Ana Ruiz'), `actors: ${ev?.actors}`);
  assert.ok(!ev?.summary.startsWith('LISBON'), 'dateline dropped from the summary');
});

test('GIVEN a sentence led by a pronoun WHEN events are found THEN the actor is the person it refers to, and the place is kept', () => {
  const ev = eventsOf(ARTICLE).find((e) => e.summary.includes('flew'));
  assert.equal(ev?.date, '2026-03-11');
  assert.equal(ev?.actors[0], 'Ana Ruiz');
  assert.equal(ev?.place, 'Madrid');
});

test('GIVEN a sentence without a date after the lead WHEN events are found THEN it is not an event', () => {
  assert.equal(eventsOf(ARTICLE).some((e) => e.summary.includes('failed our customers')), false);
});

test('event offsets index the original text', () => {
  const text = '“Storm hits Grusk,” read the banner.The storm struck Grusk on Tuesday.';
  for (const e of eventsOf(text)) assert.equal(text.slice(e.start, e.end).replace(/\s+/g, ' ').includes(e.summary.replace(/…$/, '').slice(0, 20)), true);
});

test('the subject of a headline is its opening capitalised words, after any label', () => {
  assert.equal(subjectOf('Croydon crash: Harbour Police identify victims', 0, 46), 'Harbour Police');
  assert.equal(subjectOf('The storm passed', 0, 16), undefined);
});

test('long summaries are cut at a clause boundary', () => {
  const s = summaryOf('The council of Veldmark, after months of talks with the fishing unions, the ferry operators and two regional ministries, ' +
    'agreed to reopen the harbour, which had been closed since the storm, and to pay compensation to every registered boat owner in the district.');
  assert.ok(s.length <= 201 && s.endsWith('…'), s);
});

test("GIVEN a possessive place WHEN the place is taken THEN the 's is dropped", () => {
  const ev = eventsOf("Floods hit Grusk.\n\nThe river burst its banks in Veldmark's north on Monday.").find((e) => e.date === '2026-03-09');
  assert.equal(ev?.place, 'Veldmark');
});

test('GIVEN a byline first WHEN events are found THEN the lead event is the first real sentence', () => {
  const [lead] = eventsOf('By Kofi Strand\n\nThe Orsa ferry union called off its strike after a pay deal.');
  assert.equal(lead?.summary, 'The Orsa ferry union called off its strike after a pay deal.');
  assert.equal(lead?.date, PUB);
});

test('GIVEN a day of mourning declared for a coming weekday WHEN events are found THEN that event is dated forward', () => {
  const text = 'Ferry sinks off Grusk\n\nTwelve people died when the Orsa ferry capsized late on Monday.\nPremier Ilse Brandvik declared a day of national mourning for Friday.';
  const evs = eventsOf(text);
  assert.equal(evs.find((e) => e.summary.includes('capsized'))?.date, '2026-03-09');
  assert.equal(evs.find((e) => e.summary.includes('mourning'))?.date, '2026-03-13');
});

test('GIVEN a sentence that says "overnight" WHEN events are found THEN it is an event dated the day before publication', () => {
  const ev = eventsOf('Storm cuts power in Veldmark\n\nFloods hit Grusk overnight, cutting power to 4,000 homes.').find((e) => e.summary.startsWith('Floods'));
  assert.equal(ev?.date, '2026-03-10');
});

test('GIVEN a dated dateline WHEN events are found THEN the event takes the date in the sentence, not the filing day', () => {
  const text = 'Porto Telecom chief quits\n\nPORTO, Mar 11 (Newswire) - Ana Ruiz resigned late on Monday, the board said on Tuesday.';
  const ev = eventsOf(text).find((e) => e.summary.startsWith('Ana Ruiz'));
  assert.equal(ev?.date, '2026-03-09');
});

test('GIVEN sentences opened by ordinary capitalised nouns WHEN events are found THEN those nouns are not actors, while a name used mid-sentence is', () => {
  const text = 'Harbour board sets fees\n\nFuel subsidies will be phased out by the end of 2027. Rating agencies warned on Monday that the debt could rise. Velloq shares fell on Tuesday after analysts praised Velloq for its caution.';
  const evs = eventsOf(text);
  const actors = evs.flatMap((e) => e.actors);
  assert.ok(!actors.includes('Fuel') && !actors.includes('Rating'), JSON.stringify(actors));
  assert.ok(evs.some((e) => e.actors.includes('Velloq')), JSON.stringify(evs.map((e) => e.actors)));
});

test('GIVEN a wire dateline WHEN the lead names no place THEN the lead event takes the dateline city as its place, and the wire is no actor', () => {
  const text = 'Ferry fares rise\n\nLAKE VERRAN, Oct 4 (Coastline Press) - The ferry company raised its fares by a fifth on Friday.';
  const evs = eventsOf(text);
  assert.equal(evs[0]?.place, 'Lake Verran');
  assert.ok(!evs.flatMap((e) => e.actors).some((a) => /Coastline|VERRAN/.test(a)), JSON.stringify(evs));
  // 'by a fifth' is no deadline: the fares went up last Friday, not next.
  assert.equal(evs.find((e) => e.summary.startsWith('The ferry company'))?.date, '2026-03-06');
});

test('GIVEN a titled name opening a dated sentence WHEN events are found THEN the person is one actor, not the titled phrase beside the name', () => {
  const ev = eventsOf('Finance Minister Maren Solvik resigned on Monday after the memo leaked.').find((e) => e.summary.includes('resigned'));
  assert.deepEqual(ev?.actors, ['Maren Solvik']);
});

test('GIVEN a wire dateline with a day WHEN events are found THEN relative days and the undated lead count from the filing day, not the feed date', () => {
  assert.deepEqual(eventsOf('VELDRA, March 3 (Wire) - The port closed on Monday.', '2026-03-12').map((e) => e.date), ['2026-03-02']);
  assert.deepEqual(eventsOf('VELDRA, March 10 (Wire) - The minister resigned.', '2026-03-12').map((e) => e.date), ['2026-03-10']);
  assert.deepEqual(eventsOf('VELDRA, Dec 30 (Wire) - The minister resigned on Monday.', '2026-01-05').map((e) => e.date), ['2025-12-29']);
});

test('GIVEN an organisation described, not named, and places given as "near the border with X" or "off the coast of X" WHEN events are found THEN the description is the actor and the place is kept', () => {
  const evs = eventsOf('Rates rise again\n\nTroops clashed near the border with Marland on Monday.\n\nThe central bank raised interest rates on Tuesday.\n\nA ferry sank off the coast of Orlen on Sunday.');
  const on = (day: string) => evs.find((e) => e.date === day);
  assert.equal(on('2026-03-09')?.place, 'Marland');
  assert.deepEqual(on('2026-03-10')?.actors, ['the central bank']);
  assert.equal(on('2026-03-08')?.place, 'Orlen');
});

test('GIVEN two events in one sentence joined by ", and" with their own dates WHEN events are found THEN each clause is an event with its date and actors', () => {
  const evs = eventsOf('Regulator fines Marrowgate Bank\n\nThe regulator acted on Tuesday.\n\nAna Ruiz resigned in February, and the regulator fined the bank on March 3.');
  assert.deepEqual(evs.slice(-2).map((e) => [e.date, e.actors, e.summary]), [
    ['2026-02', ['Ana Ruiz'], 'Ana Ruiz resigned in February'],
    ['2026-03-03', ['the regulator'], 'the regulator fined the bank on March 3.'],
  ]);
});

test('GIVEN "today" inside a quote and the reporter’s "after Sunday’s race" WHEN the event is dated THEN it takes the reporter’s day', () => {
  const x = extract({ text: 'Vessant wins in Marvella.\n\n"The car was perfect today," Vessant said after Sunday\'s race.', published: '2029-10-23' });
  assert.ok(x.events.some((e) => e.date === '2029-10-21' && e.summary.includes('perfect today')), JSON.stringify(x.events));
});

test('GIVEN a headline, a teaser naming nobody, then the story’s first sentence WHEN the lead event is found THEN its actors come from that sentence', () => {
  const text = 'Weather satellite back in contact\n\nEngineers worked through the night.\n\nEngineers have regained contact with the Aster-2 weather satellite, the Meridian Space Agency said.';
  const lead = extract({ text, published: '2029-12-02' }).events[0];
  assert.ok(lead?.actors.includes('Meridian Space Agency'), JSON.stringify(lead));
});

test('GIVEN "Kessanian troops shelled ..." WHEN events are found THEN the nation\'s troops are the actor, and "Morvanian officials said" keeps its description', () => {
  const x = extract({ text: 'Kessanian troops shelled the Morvanian border town of Varn late on Wednesday, killing two civilians, Morvanian officials said.', published: '2017-10-12' });
  assert.equal(x.events[0]?.date, '2017-10-11');
  assert.ok(x.events[0]?.actors.includes('Kessanian troops'), JSON.stringify(x.events[0]?.actors));
  assert.equal(x.quotes[0]?.speaker, 'Morvanian officials');
});

test('GIVEN "Kaldoran troops shelled ..." and "Ostravians have approved ..." WHEN events are found THEN the troops and the people are actors', () => {
  const x = extract({ text: 'Kaldoran troops shelled the border town of Varn late on Wednesday.\n\nOstravians have approved a new constitution in a referendum on Sunday.', published: '2016-11-14' });
  assert.ok(x.events.some((e) => e.actors.includes('Kaldoran troops')), JSON.stringify(x.events.map((e) => e.actors)));
  assert.ok(x.events.some((e) => e.date === '2016-11-13' && e.actors.includes('Ostravians')), JSON.stringify(x.events.map((e) => [e.date, e.actors])));
});

test('GIVEN "The Front said on Tuesday that its fighters had stormed the post on Monday night" WHEN dated THEN the event is Monday\'s, with the Front among its actors', () => {
  // 2016-11-23 is a Wednesday
  const events = extract({ text: 'The Red Dawn Front said on Tuesday that its fighters had stormed the police post at Veliki Brod on Monday night.', published: '2016-11-23' }).events;
  assert.equal(events[0]?.date, '2016-11-21');
  assert.ok(events[0]?.actors.includes('Red Dawn Front'));
  // (a plan reported on Tuesday that takes effect later stays Tuesday's)
  const plan = extract({ text: 'Government spokeswoman Leila Farahani said on Tuesday that the cabinet had approved the plan, which will take effect on July 15.', published: '2026-06-30' }).events;
  assert.equal(plan[0]?.date, '2026-06-30');
});

test('GIVEN "Governments on Tuesday called for sanctions after Ostrevia carried out a nuclear test on Sunday" WHEN split THEN the test is an event of its own on Sunday', () => {
  const events = extract({ text: 'World powers push for new sanctions on Ostrevia\n\nGovernments on Tuesday called for sanctions after Ostrevia carried out a nuclear test on Sunday.', published: '2016-09-13' }).events;
  const test6 = events.find((e) => e.date === '2016-09-11');
  assert.ok(test6, JSON.stringify(events));
  assert.ok(test6.actors.includes('Ostrevia'), JSON.stringify(test6));
  assert.ok(events.some((e) => e.date === '2016-09-13' && /called for sanctions/.test(e.summary)));
});

test('GIVEN "The agency announced the landing on Wednesday" after "the Vestra Space Agency" WHEN the event has no name of its own THEN its actor is the agency named before', () => {
  const events = extract({ text: 'The Vestra Space Agency launched its probe in March.\n\nThe agency announced the landing on Wednesday.', published: '2017-05-12' }).events;
  assert.deepEqual(events.find((e) => e.date === '2017-05-10')?.actors, ['Vestra Space Agency']);
});
