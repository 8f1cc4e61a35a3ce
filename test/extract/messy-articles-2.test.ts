import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

// Second round of fictional articles (invented people and places) in the messy styles of real news.
// Every case here passed when written: these are regression tests.
// 2026-03-12 is a Thursday; 2026-01-05 a Monday; 2026-12-20 a Sunday.
const run = (text: string, published = '2026-03-12') => extract({ text, published });
const quotes = (text: string, published?: string) => run(text, published).quotes.map((q) => [q.kind, q.speaker, q.text]);
const dates = (text: string, published?: string) => run(text, published).dates.map((d) => [d.text, d.value]);
const events = (text: string, published?: string) => run(text, published).events.map((e) => [e.date, e.actors, e.place ?? null]);
const figures = (text: string) => run(text).figures.map((f) => [f.text, f.value, f.unit]);
const people = (text: string) => run(text).entities.map((e) => [e.type, e.name, e.roles ?? []]);

test('GIVEN quotes attributed via social posts, outlets and interviews WHEN extracted THEN the speaker is the named person or body', () => {
  assert.deepEqual(quotes('"We will rebuild," Mayor Hanne Sorvik wrote on Facebook.'), [['direct', 'Hanne Sorvik', 'We will rebuild,']]);
  assert.deepEqual(quotes('Hanne Sorvik posted on X: "We will rebuild."'), [['direct', 'Hanne Sorvik', 'We will rebuild.']]);
  assert.deepEqual(quotes('"We will rebuild," Hanne Sorvik tweeted.'), [['direct', 'Hanne Sorvik', 'We will rebuild,']]);
  assert.deepEqual(quotes('Lene Aastrup told the BBC the port would reopen in June.'), [['indirect', 'Lene Aastrup', 'the port would reopen in June']]);
  assert.deepEqual(quotes('In an interview with the Tarvek Herald, Lene Aastrup said the port would reopen in June.'), [
    ['indirect', 'Lene Aastrup', 'the port would reopen in June'],
  ]);
  assert.deepEqual(quotes('"The city will rebuild," Hanne Sorvik told the Tarvek Herald in an interview on Monday.'), [
    ['direct', 'Hanne Sorvik', 'The city will rebuild,'],
  ]);
  assert.deepEqual(quotes('"We are deeply sorry," Marrowgate Bank said in a statement.'), [['direct', 'Marrowgate Bank', 'We are deeply sorry,']]);
  assert.deepEqual(quotes('In a statement, Marrowgate Bank said it "deeply regrets" the outage.'), [['partial', 'Marrowgate Bank', 'deeply regrets']]);
  assert.deepEqual(quotes('According to the Tarvek Herald, the talks have collapsed.'), [['indirect', 'Tarvek Herald', 'the talks have collapsed']]);
});

test('GIVEN anonymous and unnamed sources WHEN extracted THEN the speaker is the short description the article gives', () => {
  assert.deepEqual(quotes('A source close to the minister said he would resign on Friday.'), [
    ['indirect', 'A source close to the minister', 'he would resign on Friday'],
  ]);
  assert.deepEqual(quotes('"He is finished," a source close to the minister said.'), [['direct', 'a source close to the minister', 'He is finished,']]);
  assert.deepEqual(quotes('Two officials, who spoke on condition of anonymity because they were not authorised to speak publicly, said the talks had collapsed.'), [
    ['indirect', 'Two officials', 'the talks had collapsed'],
  ]);
  assert.deepEqual(quotes('Speaking on condition of anonymity, a senior official said the talks had collapsed.'), [
    ['indirect', 'a senior official', 'the talks had collapsed'],
  ]);
  assert.deepEqual(quotes('"The talks have collapsed," said a senior official, who asked not to be named.'), [
    ['direct', 'a senior official', 'The talks have collapsed,'],
  ]);
  assert.deepEqual(quotes('The bank is in talks to sell its Tarvek unit, according to two people familiar with the matter.'), [
    ['indirect', 'two people familiar with the matter', 'The bank is in talks to sell its Tarvek unit'],
  ]);
});

test('GIVEN several speakers alternating in one paragraph WHEN extracted THEN each quote keeps its own speaker', () => {
  assert.deepEqual(quotes('"We will not sign," said Oskar Velde. "Then we walk away," replied Hanne Sorvik. "Fine," Velde said.'), [
    ['direct', 'Oskar Velde', 'We will not sign,'],
    ['direct', 'Hanne Sorvik', 'Then we walk away,'],
    ['direct', 'Oskar Velde', 'Fine,'],
  ]);
  assert.deepEqual(quotes('Oskar Velde said: "I will not resign." Hanne Sorvik said: "He must."'), [
    ['direct', 'Oskar Velde', 'I will not resign.'],
    ['direct', 'Hanne Sorvik', 'He must.'],
  ]);
  assert.deepEqual(quotes('"Will you resign?" a reporter asked. "No," Velde said.'), [
    ['direct', 'a reporter', 'Will you resign?'],
    ['direct', 'Velde', 'No,'],
  ]);
});

test('GIVEN "Coach Emeka Barnaby" then "Barnaby" then "the coach" WHEN extracted THEN every quote is Emeka Barnaby\'s', () => {
  assert.deepEqual(quotes('Coach Emeka Barnaby praised his players. "They never gave up," Barnaby said. "I am proud of them," the coach added.'), [
    ['direct', 'Emeka Barnaby', 'They never gave up,'],
    ['direct', 'Emeka Barnaby', 'I am proud of them,'],
  ]);
  assert.deepEqual(quotes('Coach Emeka Barnaby was furious after the match. The coach said the referee had been "a disgrace".'), [
    ['mixed', 'Emeka Barnaby', 'the referee had been "a disgrace"'],
  ]);
});

test('GIVEN non-English first names followed by he/she WHEN extracted THEN the pronoun goes to the person of that gender', () => {
  const q = (text: string) => quotes(text).map(([, speaker]) => speaker);
  assert.deepEqual(q('Thandiwe Mokoena met Emeka Barnaby. "He was honest," she said.'), ['Thandiwe Mokoena']);
  assert.deepEqual(q('Emeka Barnaby met Thandiwe Mokoena. "She was honest," he said.'), ['Emeka Barnaby']);
  assert.deepEqual(q('Agnieszka Nowak met Rasmus Lund. "It went well," she said.'), ['Agnieszka Nowak']);
  assert.deepEqual(q('Rasmus Lund met Siobhan Walsh. "It went well," he said.'), ['Rasmus Lund']);
  assert.deepEqual(q('Hanne Sorvik met Jesper Lund. "It went well," she said.'), ['Hanne Sorvik']);
  assert.deepEqual(q('Oluwaseun Adeyemi-Kraft lost his shop in the fire. "Everything is gone," he said.'), ['Oluwaseun Adeyemi-Kraft']);
  assert.deepEqual(quotes('Siobhan Quarrie, a nurse, worked through the night. She said the hospital had run out of beds.'), [
    ['indirect', 'Siobhan Quarrie', 'the hospital had run out of beds'],
  ]);
});

test('GIVEN a quoted transcript with SURNAME: labels WHEN extracted THEN each answer is the full-named speaker\'s', () => {
  const text = 'Lene Aastrup and Oskar Velde debated on Monday.\n\n"AASTRUP: We expect the port to reopen in June.\n\n"VELDE: That is not what the ministry was told."';
  assert.deepEqual(run(text).quotes.map((q) => [q.kind, q.speaker]), [['direct', 'Lene Aastrup'], ['direct', 'Oskar Velde']]);
  assert.deepEqual(quotes('14:40 GMT: "This is a dark day," Hanne Sorvik said.'), [['direct', 'Hanne Sorvik', 'This is a dark day,']]);
});

test('GIVEN holidays, month ends, "N weeks ago" and "next month" WHEN resolved THEN they lean to the past or roll the year as needed', () => {
  assert.deepEqual(dates('The attack happened on Christmas Eve.'), [['Christmas Eve', '2025-12-24']]);
  assert.deepEqual(dates('The attack happened on Christmas Eve.', '2026-01-05'), [['Christmas Eve', '2025-12-24']]);
  assert.deepEqual(dates('The company was sold at the end of last month.'), [['the end of last month', '2026-02']]);
  assert.deepEqual(dates('The law took effect at the end of last month.', '2026-01-05'), [['the end of last month', '2025-12']]);
  assert.deepEqual(dates('The law takes effect next month.'), [['next month', '2026-04']]);
  assert.deepEqual(dates('The law takes effect next month.', '2026-12-20'), [['next month', '2027-01']]);
  assert.deepEqual(dates('The mayor resigned three weeks ago.'), [['three weeks ago', '2026-02-19']]);
  assert.deepEqual(dates('The mayor resigned 10 days ago.'), [['10 days ago', '2026-03-02']]);
  assert.deepEqual(dates('Talks ended the day before yesterday.'), [['the day before yesterday', '2026-03-10']]);
  assert.deepEqual(dates('Talks will resume the day after tomorrow.'), [['the day after tomorrow', '2026-03-14']]);
});

test('GIVEN weekdays in time-of-day phrases, "next Tuesday" and a weekday inside reported speech WHEN resolved THEN each is the right day', () => {
  assert.deepEqual(dates('The fire started in the early hours of Sunday.'), [['Sunday', '2026-03-08']]);
  assert.deepEqual(dates('The mayor resigned late on Wednesday.'), [['late on Wednesday', '2026-03-11']]);
  assert.deepEqual(dates('Talks will resume next Tuesday.'), [['next Tuesday', '2026-03-17']]);
  assert.deepEqual(dates('Talks will resume on Tuesday next week.'), [['Tuesday next week', '2026-03-17']]);
  assert.deepEqual(dates("Voters went to the polls in Sunday's election."), [['Sunday', '2026-03-08']]);
  assert.deepEqual(dates('The minister said on Tuesday that he met the envoy on Friday.'), [['Tuesday', '2026-03-10'], ['Friday', '2026-03-06']]);
});

test('GIVEN years, "mid-", "fiscal", "early" and ordinal days WHEN resolved THEN each has the right granularity', () => {
  assert.deepEqual(dates('Unemployment has risen since 2019.'), [['2019', '2019']]);
  assert.deepEqual(dates('The plant reopened in mid-2025.'), [['mid-2025', '2025']]);
  assert.deepEqual(dates('The deficit widened in fiscal 2025.'), [['fiscal 2025', '2025']]);
  assert.deepEqual(dates('Talks will resume in early April.'), [['early April', '2026-04']]);
  assert.deepEqual(dates('The vote was held on the 3rd of March.'), [['the 3rd of March', '2026-03-03']]);
  assert.deepEqual(dates('The vote was held on March 3rd.'), [['March 3rd', '2026-03-03']]);
});

test('GIVEN a wire dateline, a byline and a timeline WHEN events are found THEN each has its date, actors and place', () => {
  const wire = 'VELDRA, March 10 (Wire) — Finance Minister Oskar Velde resigned on Tuesday after a row over the budget.';
  assert.deepEqual(events(wire), [['2026-03-10', ['Oskar Velde'], 'Veldra']]);
  assert.deepEqual(dates(wire), [['March 10', '2026-03-10'], ['Tuesday', '2026-03-10']]);
  assert.deepEqual(events('By Hanne Sorvik and Rasmus Eklind\n\nTARVEK — The port will close on Friday, officials said.'), [['2026-03-13', [], 'Tarvek']]);
  const timeline = 'Timeline:\n\nOn January 5, Marrowgate Bank reported a loss. On February 2, chief executive Ines Marlow resigned. On March 3, the regulator fined the bank.';
  assert.deepEqual(events(timeline), [
    ['2026-01-05', ['Marrowgate Bank'], null],
    ['2026-02-02', ['Ines Marlow'], null],
    ['2026-03-03', ['the regulator'], null],
  ]);
  assert.deepEqual(events('Timeline:\n- March 3: The council votes.\n- March 5: The mayor resigns.\n- March 9: Oskar Velde is sworn in.').map(([d, a]) => [d, a]), [
    ['2026-03-03', []],
    ['2026-03-05', []],
    ['2026-03-09', ['Oskar Velde']],
  ]);
});

test('GIVEN future meetings, organisations as subjects and places given in several ways WHEN events are found THEN actors and place are kept', () => {
  assert.deepEqual(events('Oskar Velde will meet Hanne Sorvik in Orlen on Friday.'), [['2026-03-13', ['Oskar Velde', 'Hanne Sorvik'], 'Orlen']]);
  assert.deepEqual(events('The two leaders will meet on Friday in the northern city of Tarvek.'), [['2026-03-13', ['the two leaders'], 'Tarvek']]);
  assert.deepEqual(events('The European Commission fined Marrowgate Bank €2.1bn on Tuesday.'), [['2026-03-10', ['European Commission', 'Marrowgate Bank'], null]]);
  assert.deepEqual(events('The regulator, the Tarvek Financial Authority, fined Marrowgate Bank on Tuesday.'), [
    ['2026-03-10', ['Tarvek Financial Authority', 'Marrowgate Bank'], null],
  ]);
  assert.deepEqual(events('Police in Orlen arrested Jonas Feld on Sunday.'), [['2026-03-08', ['Jonas Feld'], 'Orlen']]);
  assert.deepEqual(events('Rebels seized the airport in Tarvek, 40km north of Orlen, on Sunday.'), [['2026-03-08', [], 'Tarvek']]);
  assert.deepEqual(events('Marrowgate Bank and Velcor agreed to merge on Monday.'), [['2026-03-09', ['Marrowgate Bank', 'Velcor'], null]]);
});

test('GIVEN hyphenated, Irish, Arabic and West African names and titles with dots WHEN entities are found THEN names and roles are whole', () => {
  assert.deepEqual(people('Agnieszka Wolanska-Pietrzak met Oluwaseun Adeyemi in Tarvek.'), [
    ['person', 'Agnieszka Wolanska-Pietrzak', []],
    ['person', 'Oluwaseun Adeyemi', []],
    ['place', 'Tarvek', []],
  ]);
  assert.deepEqual(people('Siobhan Ní Bhriain met Rasmus Eklind.'), [['person', 'Siobhan Ní Bhriain', []], ['person', 'Rasmus Eklind', []]]);
  assert.deepEqual(people('Ahmed bin Khalid al-Rashidi met Kwame Mensah-Bonsu.'), [['person', 'Ahmed bin Khalid al-Rashidi', []], ['person', 'Kwame Mensah-Bonsu', []]]);
  assert.deepEqual(people('Lt. Gen. Jonas Feld commanded the troops.'), [['person', 'Jonas Feld', ['Lt. Gen.']]]);
  assert.deepEqual(people('Dr Hanne Sorvik, a surgeon at Tarvek General Hospital, said the wards were full.'), [
    ['organization', 'Tarvek General Hospital', []],
    ['person', 'Hanne Sorvik', []],
  ]);
  assert.deepEqual(run('Marrowgate Holdings Ltd. said profits fell. Marrowgate said the outlook was weak.').entities.map((e) => [e.name, e.aliases]), [
    ['Marrowgate Holdings Ltd', ['Marrowgate']],
  ]);
});

test('GIVEN money in foreign symbols and suffixes, "1.4m" counts and percentages in words WHEN found THEN each is normalised', () => {
  assert.deepEqual(figures('The deal is worth ¥300bn.'), [['¥300bn', 300000000000, 'JPY']]);
  assert.deepEqual(figures('The deal is worth $1.2tn.'), [['$1.2tn', 1200000000000, 'USD']]);
  assert.deepEqual(figures('The firm raised NZ$40 million.'), [['NZ$40 million', 40000000, 'NZD']]);
  assert.deepEqual(figures('The firm raised A$40 million.'), [['A$40 million', 40000000, 'AUD']]);
  assert.deepEqual(figures('The fine of CHF 12 million was paid.'), [['CHF 12 million', 12000000, 'CHF']]);
  assert.deepEqual(figures('The firm raised €450k.'), [['€450k', 450000, 'EUR']]);
  assert.deepEqual(figures('The deal is worth 40 million yen.'), [['40 million yen', 40000000, 'JPY']]);
  assert.deepEqual(figures('The firm raised USD 2.5 billion.'), [['USD 2.5 billion', 2500000000, 'USD']]);
  assert.deepEqual(figures('The city has 1.4m residents.'), [['1.4m', 1400000, 'count']]);
  assert.deepEqual(figures('Twenty-three people died.'), [['Twenty-three', 23, 'count']]);
  assert.deepEqual(figures('Inflation rose to 4.5 per cent in February.'), [['4.5 per cent', 4.5, '%']]);
  assert.deepEqual(figures('Unemployment fell to 6.1 percent.'), [['6.1 percent', 6.1, '%']]);
});
