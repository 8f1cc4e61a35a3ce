import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

// Speakers in briefings, hearings and second-hand reports (fictional people and places).
const quotes = (text: string) => extract({ text, published: '2031-05-14' }).quotes;
const speakers = (text: string) => quotes(text).filter((q) => q.kind !== 'indirect').map((q) => q.speaker);

test('GIVEN "one Lassiter ally said" WHEN attributed THEN "ally" is a noun, not an adverb, and the name only qualifies it', () => {
  assert.deepEqual(speakers('"You don\'t hire the guy who called you a fraud," one Lassiter ally said.'), ['one Lassiter ally']);
  assert.deepEqual(speakers('Boyd Lassiter and his allies say Brandt cannot be trusted.\n\n"You don\'t hire the guy who called you a fraud," one Lassiter ally said.'), ['one Lassiter ally']);
});

test('GIVEN "Ostrander Secretary of State Lorraine Pickett said" WHEN attributed THEN the person after the title "of" something speaks', () => {
  assert.deepEqual(speakers('Ostrander Secretary of State Lorraine Pickett said the timeline was "extraordinarily tight."'), ['Lorraine Pickett']);
  assert.deepEqual(speakers('Minister for Water Resources Ana Ruiz told reporters: "The dam will hold."'), ['Ana Ruiz']);
});

test('GIVEN "A diner at the next table tells us" or "A man from Ohio told" WHEN attributed THEN the person placed by the phrase speaks, not the place', () => {
  assert.deepEqual(speakers('A diner at the next table tells us, "It\'s all theater."'), ['A diner at the next table']);
  assert.deepEqual(speakers('A man from Ohio told the crowd, "We are done waiting."'), ['A man from Ohio']);
  assert.deepEqual(speakers('At the rally, a woman in the front row shouted, "Lock him up!"'), ['a woman in the front row']);
});

test('GIVEN a first name a name list calls a woman\'s ("Merritt") WHEN only "he" can follow him THEN he is still the one named', () => {
  assert.deepEqual(speakers('Merritt Vollmer laughed. "Family fights," he said.'), ['Merritt Vollmer']);
});

test('GIVEN "X asked Y whether ..." WHEN the next "she said" follows THEN the one asked answers, and the question is the asker\'s report without the name', () => {
  assert.deepEqual(speakers('Maya Tran of the Beltway Dispatch asked Shawna Pike how those figures squared with public polling. "Polls are a snapshot," she said.'), ['Shawna Pike']);
  const qs = quotes('Rep. Dale Haskins asked Anita Fairweather whether she could guarantee it. She said no one could, "and anyone who tells you otherwise is selling something."');
  assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [['whether she could guarantee it', 'Dale Haskins'], ['no one could', 'Anita Fairweather'], ['and anyone who tells you otherwise is selling something.', 'Anita Fairweather']]);
});

test('GIVEN a statement introduced with its writer ("In a statement Thursday evening, X said", "X had issued a third statement", "X, a Civic Party member ..., said in a statement") WHEN "the statement said", "continued" or "It read" follows THEN the writer speaks', () => {
  assert.deepEqual(speakers('In a statement Thursday evening, Mr. Kinkaid said the ruling showed that "no one is above the law." "I opened this case because the evidence demanded it," the statement said.'), ['Kinkaid', 'Kinkaid']);
  assert.deepEqual(speakers('Tolliver spokeswoman Renata Kolb fired back. In a statement, she called the report "a recycled hit piece."\n\nThe statement continued: "While Mr. Tolliver was building towers, others worked."'), ['Renata Kolb', 'Renata Kolb']);
  assert.deepEqual(speakers('By late afternoon, Lydia Ferraro had issued a third statement. It read, in full: "Still no receipts."'), ['Lydia Ferraro']);
  assert.deepEqual(speakers('Mayor Felix Arbogast, a Civic Party member who spoke at the rally, said in a statement Saturday night that the city "stands with every resident."\n\n"But smashing a window doesn\'t make anyone safer," the statement continued.'), ['Felix Arbogast', 'Felix Arbogast']);
  assert.deepEqual(speakers('In a statement released by the transition, Mr. Threlkeld said he was honored. "I will serve with pride," the statement said.'), ['Threlkeld']);
});

test('GIVEN "in a Facebook post" or "In a statement posted to Facebook, the police said it" WHEN attributed THEN the platform is where it was posted, never the speaker', () => {
  assert.deepEqual(speakers('Rep. Yvette Marchand criticized the tweets in a Facebook post. "Rick has represented these workers for 14 years," she wrote.'), ['Yvette Marchand']);
  const qs = quotes('In a statement posted to Facebook, the Dunmore Police Department said it "will not tolerate violence."');
  assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [['will not tolerate violence.', 'the Dunmore Police Department']]);
});

test('GIVEN a reporting verb inside a relative clause ("X\'s campaign, which had been silent since she conceded, said it would") WHEN the report is read THEN it starts after the main verb and the candidate\'s campaign is credited', () => {
  const qs = quotes('Helena Marchetti conceded on Wednesday.\n\nLorraine Pickett said nothing.\n\nHelena Marchetti\'s campaign, which had been silent since she conceded, said it would "participate to ensure an accurate count."');
  const q = qs.find((x) => x.text.includes('participate'))!;
  assert.equal(q.text, 'it would "participate to ensure an accurate count."');
  assert.equal(q.speaker, "Helena Marchetti's campaign");
});

test('GIVEN "a senior aide to the transition said", a quoted book title before "calls for", and "campaigning in Ashby, Tamarack, on Sunday," WHEN attributed THEN the aide, the book\'s author and the campaigner speak', () => {
  assert.deepEqual(speakers('Peter Salazar is the front-runner. Mr. Salazar has been "in every room that matters," a senior aide to the transition said.'), ['a senior aide to the transition']);
  assert.deepEqual(speakers('Mr. Threlkeld\'s book, "Anchored: Power After the Retreat," published last year, calls for "a navy second to none."'), ['Threlkeld']);
  assert.deepEqual(speakers('Celeste Harrowgate spoke. Harrowgate, campaigning in Ashby, Tamarack, on Sunday, told supporters that "a president has to accept the verdict."'), ['Celeste Harrowgate']);
});

test('GIVEN "The 96-page report by the inspector general found that ..." and "X, said the company "..."" WHEN reported speech is read THEN the finding is the report\'s, and no fragment before "said the company" is a report', () => {
  const report = quotes('The 96-page report by the inspector general found that the agency approved grants without checks.');
  assert.deepEqual(report.map((q) => [q.text, q.speaker]), [['the agency approved grants without checks', 'The 96-page report']]);
  const qs = quotes('In a statement, Everstone\'s general counsel, Kyle Brandvold, said the company "cooperated fully."');
  assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [['cooperated fully.', 'Kyle Brandvold']]);
});

test('GIVEN "The lead prosecutor, Assistant United States Attorney Benedict Yarrow, said" and "Rep. Wendell Crane (H-Tamarack), the committee chairman," WHEN the role or the long title speaks THEN the person does', () => {
  assert.deepEqual(speakers('The lead prosecutor, Assistant United States Attorney Benedict Yarrow, said the government was "ready to go tomorrow."'), ['Benedict Yarrow']);
  assert.deepEqual(speakers('Rep. Wendell Crane (H-Tamarack), the committee chairman, opened the session.\n\nAsked whether the election could be rigged, the chairman said: "I believe the machines work."'), ['Wendell Crane']);
});

test('GIVEN "The Heartland nominee tore into Harrowgate over her speeches. He said" WHEN the role opens the sentence THEN the object is no subject and learns no gender, so "he" is the nominee named before', () => {
  assert.deepEqual(speakers('Tolliver said the polls showing him trailing Civic nominee Celeste Harrowgate were "phony."\n\nThe Heartland nominee tore into Harrowgate over her speeches. He said they revealed "a secret agenda" on trade.'), ['Tolliver', 'Tolliver']);
});

test('GIVEN "Vice President-elect Corinne Ashby" WHEN "the president-elect" speaks THEN it is not the vice president-elect', () => {
  const [speaker] = speakers('Dalton Krebs called Walter Greaves on Tuesday. Vice President-elect Corinne Ashby was on the call. The president-elect told the senator that he was "having a lot of fun with this."');
  assert.notEqual(speaker, 'Corinne Ashby');
  assert.ok(!quotes('Dalton Krebs called Walter Greaves on Tuesday.').length, 'a telephone call reports nothing');
});

test('GIVEN "Hale pressed.", "Tolliver exclaimed.", "Asked if ..., Dalton Krebs shrugged:" and "described by one Krebs adviser as" WHEN attributed THEN each names who spoke', () => {
  assert.deepEqual(speakers('"I think the president-elect is expressing a frustration," Ashby said.\n\n"But is it true?" Hale pressed.'), ['Ashby', 'Hale']);
  assert.deepEqual(speakers('Tolliver spoke on Sunday.\n\n"Open borders, Dirk!" Tolliver exclaimed.'), ['Tolliver']);
  assert.deepEqual(speakers('Asked if Fairlie was the pick, Dalton Krebs shrugged: "Could be."'), ['Dalton Krebs']);
  assert.deepEqual(speakers('The pick was a blow to Mitchell Brandt, who had been described by one Krebs adviser as "the front-runner by a mile" as recently as Monday.'), ['one Krebs adviser']);
});

test('GIVEN a headline "\'...\': Tamarack governor warns" WHEN the body introduces Gov. Teresa Vantongeren THEN the headline quote is hers, not the place\'s', () => {
  assert.equal(speakers('\'We are not out of the woods\': Tamarack governor warns as fire doubles\n\nGov. Teresa Vantongeren urged residents to sign up for the state\'s "Ready Tamarack" text alerts.')[0], 'Teresa Vantongeren');
});

test('GIVEN a headline quote whose speaker is only a role ("Mayor vows", "says mayor", "Governor:") WHEN the body names who holds it THEN the quote is theirs', () => {
  const body = '\n\nMayor Dana Orrin on Tuesday promised to fight the state\'s plan to take over the city\'s schools.';
  assert.equal(speakers(`'We will not be bullied': Mayor vows to fight state takeover${body}`)[0], 'Dana Orrin');
  assert.equal(speakers(`'We will not be bullied,' says mayor${body}`)[0], 'Dana Orrin');
  assert.equal(speakers('Governor: \'No new taxes this year\'\n\nGov. Ellen Pratt told lawmakers on Monday that the budget would balance.')[0], 'Ellen Pratt');
  // (a first paragraph that is a sentence of its own is no headline: the role is whoever held it by then)
  assert.equal(speakers(`"We will not be bullied," the mayor said on Tuesday, before the vote.${body}`)[0], 'the mayor');
});

test('GIVEN a headline "Heartland chair: \'...\'" WHEN the body introduces a chairman THEN the headline keeps its description', () => {
  assert.equal(speakers('Heartland chair: \'I trust the people counting the votes\'\n\nMerritt Vollmer, the Heartland Party chairman, said he had "total confidence" in the count.')[0], 'Heartland chair');
});

test('GIVEN "a second Heartland official, reached by phone, greeted it with a laugh" WHEN "that official said" follows THEN the speaker is that official, not the one quoted before', () => {
  assert.deepEqual(speakers('A transition official told us the decision was "entirely her own" — a notion a second Heartland official, reached by phone, greeted with a long laugh. "Sure it was," that official said.'), ['A transition official', 'a second Heartland official']);
});

test('GIVEN a newsletter heading before its source ("A DIFFERENT READ — A senior Heartland Senate aide on Tuesday:") WHEN attributed THEN the source speaks, not the heading', () => {
  assert.deepEqual(speakers('A DIFFERENT READ — A senior Heartland Senate aide on Tuesday: "Nobody here is buying it."'), ['A senior Heartland Senate aide']);
});

test('GIVEN "Senator Amos Threlkeld of Dunmore, a former Army officer who once called the Pentagon "a money pit,"" WHEN attributed THEN the one described speaks', () => {
  assert.deepEqual(speakers('Senator Amos Threlkeld of Dunmore, a blunt-spoken former Army officer who once called the Pentagon "a money pit," said he would "serve with pride."'), ['Amos Threlkeld', 'Amos Threlkeld']);
});

test('GIVEN "A woman sitting nearby, who declined to give her name, said" WHEN "she said" follows THEN the woman speaks both times, not the candidate named before', () => {
  assert.deepEqual(quotes('Celeste Harrowgate canceled a rally.\n\nA woman sitting nearby, who declined to give her name, said she had not slept. "You just keep refreshing the map," she said.').map((q) => q.speaker), ['A woman sitting nearby', 'A woman sitting nearby']);
});

test('GIVEN a woman named two sentences back and a man not named as such WHEN "he wrote" follows THEN the woman is not taken for him', () => {
  assert.ok(!speakers('Helena Marchetti conceded last month.\n\nKrebs, in a tweet Sunday, seized on the post. "Helena Marchetti\'s people are now joining this scam," he wrote.').includes('Helena Marchetti'));
});

test('GIVEN a question put to someone by name ("Mr. Brady, were you aware ...?") WHEN bare quotes answer it in the next paragraphs THEN the one asked answers and the turns alternate', () => {
  assert.deepEqual(speakers('Rep. Wendell Crane questioned Colm Brady about the audit.\n\n"Mr. Brady, were you aware of that finding?" Crane asked.\n\n"I was, sir."\n\n"Then why did nothing change?"'), ['Wendell Crane', 'Colm Brady', 'Wendell Crane']);
  const asked = quotes('Rep. Wendell Crane questioned Colm Brady about his late filings with the county clerk.')[0];
  assert.equal(asked?.text, 'his late filings with the county clerk');
});
