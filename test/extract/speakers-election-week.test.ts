import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

// Speakers and titles in election-week and Sunday-show coverage (fictional people, parties, shows and places).
const quotes = (text: string) => extract({ text, published: '2031-11-12' }).quotes;
const speakers = (text: string) => quotes(text).filter((q) => q.kind !== 'indirect').map((q) => q.speaker);
/** Terms are left out of the output or marked: either way nobody said them. */
const isTerm = (text: string, inner: string) => quotes(text).filter((q) => q.kind !== 'indirect' && q.text.startsWith(inner)).every((q) => q.kind === 'term' && q.speaker === null);

test('GIVEN "Our ruling:" or "Rating:" before a short quotation WHEN extracted THEN the verdict is a term, not the last speaker\'s words', () => {
  const text = '"We stand by it," said Lena Orr, his chief of staff.\n\nOur ruling: "Mostly False."';
  assert.deepEqual(speakers(text), ['Lena Orr']);
  assert.ok(isTerm(text, 'Mostly False'));
});

test('GIVEN a show, book or ad title in title case ("on the podcast", "program,", "In \'...,\' published", "a 1978 novel", "closing ad,") WHEN extracted THEN it is a term', () => {
  assert.ok(isTerm('Hal Crane said during an interview on the podcast "Swing State of Mind" that his bill "saved 200,000 jobs."', 'Swing State'));
  assert.ok(isTerm('On WTN\'s own program, "State of Play," Rep. Dora Finch backed her party\'s nominee: "He has made his views clear."', 'State of Play'));
  assert.ok(isTerm('In "Building It Big: Lessons From a Life in Deals," published in 2011, Hal Crane described his first bankruptcy.', 'Building It Big'));
  assert.ok(isTerm('Asked for a favourite book, Nora Vale chose "The Quiet Harvest," a 1978 novel about a farm family.', 'Quiet Harvest'));
  assert.ok(isTerm('The campaign goes up today with a two-minute closing ad, "The Long Table," running in eight states.', 'Long Table'));
});

test('GIVEN a name in quotation marks used before a noun ("a \'Voss Country\' T-shirt") WHEN the sentence has a speech verb THEN it is a term and the speaker is the person', () => {
  const text = 'Lisa Hart, a nurse wearing a "Voss Country" T-shirt, said she liked him. "I wanted a shake-up," she said.';
  assert.ok(isTerm(text, 'Voss Country'));
  assert.deepEqual(speakers(text), ['Lisa Hart']);
});

test('GIVEN "The Sentinel\'s star forecaster, Sloane Eckhart," or "White House press secretary Nathan Albrecht" opening a sentence WHEN a fragment is quoted THEN the person speaks, not the outlet', () => {
  assert.deepEqual(speakers('The Sentinel\'s star forecaster, Sloane Eckhart, put his chances at "roughly 2 percent" and told her readers to "relax."'), ['Sloane Eckhart', 'Sloane Eckhart']);
  assert.deepEqual(speakers('White House press secretary Nathan Albrecht later called the meeting "professional and constructive."'), ['Nathan Albrecht']);
});

test('GIVEN "X, leader of the Vigil party, which hopes to win next spring, wrote:" WHEN attributed THEN the relative clause hangs on the party and X speaks', () => {
  assert.deepEqual(speakers('Sabine Lacroix-Daumier, leader of the National Vigil party, which hopes to win next spring, wrote: "Congratulations to the new president!"'), ['Sabine Lacroix-Daumier']);
  // (an opening phrase before the subject is no name: "After the segment, the host, who ..., told")
  assert.deepEqual(speakers('Talk-radio host Rusty Boudreaux took calls for an hour.\n\nAfter the segment, the host, who endorsed Brackwell in August, told listeners: "Folks, you heard it here first."'), ['Rusty Boudreaux']);
});

test('GIVEN "In a series of late-night tweets, the president-elect thanked" WHEN attributed THEN "tweets" is a noun and the subject speaks', () => {
  assert.deepEqual(speakers('In a series of late-night tweets, the president-elect thanked "the forgotten men and women of this country."'), ['the president-elect']);
});

test('GIVEN a fragment before "even as she acknowledged" WHEN attributed THEN she is the one named, not "even as she"', () => {
  assert.equal(speakers('Eleanor Brightwater conceded on Wednesday, telling aides that the country owed him "an open mind" even as she acknowledged that the defeat was "painful."')[0], 'Eleanor Brightwater');
});

test('GIVEN "Voss went on." after a quotation WHEN attributed THEN going on is speaking (and "went on television" is not)', () => {
  assert.deepEqual(speakers('"We didn\'t run a campaign," Voss went on. "We ran something bigger than a campaign."'), ['Voss', 'Voss']);
});

test('GIVEN "a woman who gave her name as Denise, was less charitable:" WHEN a quotation follows the colon THEN Denise speaks', () => {
  assert.deepEqual(speakers('One caller, Ray, said he would vote for Pope again.\n\nAnother, a woman who gave her name as Denise, was less charitable: "I\'m 38. I want to know what happens to me."'), ['Denise']);
});

test('GIVEN "Morvan shook his head. \'...,\' the former finance minister said." WHEN nobody was introduced with that role THEN the person just written about speaks', () => {
  assert.deepEqual(speakers('Luc Morvan, who ran the treasury for six years, watched the results at home.\n\nMorvan shook his head. "Worried is not the word," the former finance minister said.'), ['Luc Morvan']);
  // (a spokesman speaks for someone else: he stays described)
  assert.deepEqual(speakers('Ana Ruiz criticised the plan on Monday. "It will fail," the spokesman said.'), ['the spokesman']);
  // (the role someone was introduced with wins)
  assert.deepEqual(speakers('Mayor Dana Orrin and Governor Ellen Pratt met on Monday. Orrin left early. "We disagree," the governor said.'), ['Ellen Pratt']);
});

test('GIVEN a host\'s question put with "asked" WHEN bare quotations follow in their own paragraphs THEN the guest who spoke last answers and the turns alternate', () => {
  const text = 'Rep. Carla Ravel of Ardenne sat down with host Miles Tunney on Sunday. "The nominee has been clear," Ravel said.\n\n"Did he apologize?" Tunney asked.\n\n"He doesn\'t need to."\n\n"So that\'s a no."\n\n"That\'s a no, Miles."';
  assert.deepEqual(speakers(text), ['Carla Ravel', 'Miles Tunney', 'Carla Ravel', 'Miles Tunney', 'Carla Ravel']);
});

test('GIVEN an unnamed person described with a relative clause ("A 34-year-old nurse who said she voted ...", "A woman who runs a flower shop had the last word") WHEN "she said" follows THEN the description speaks, not a candidate named before', () => {
  assert.deepEqual(speakers('Dalton Crewe and Margaret Hollis debated for ninety minutes. A 34-year-old nurse who said she voted for the Heartland candidate in 2012 put it more sharply. "You don\'t get to say you\'ll only accept it if you win," she said.'), ['a 34-year-old nurse']);
  assert.deepEqual(speakers('Margaret Hollis and Dalton Crewe shook hands. A woman who runs a flower shop had the last word. "Exhausting," she said.'), ['a woman']);
  assert.deepEqual(speakers('Dalton Crewe spoke for an hour. A college student who had never voted before had made up his mind. "I\'m voting," he said.'), ['a college student']);
});

test('GIVEN "X issued a brief statement ... \'...,\' it said" WHEN attributed THEN the statement speaks for X', () => {
  assert.deepEqual(speakers('House Speaker Lyle Ostrander issued a brief statement through a spokesman. "The Speaker is fully confident in the states," it said.'), ['Lyle Ostrander']);
});

test('GIVEN a court\'s order or a named person\'s letter as the subject ("The order says", "Keene\'s letter to Congress says") WHEN attributed THEN the judge or the writer speaks', () => {
  assert.deepEqual(speakers('Judge Ignatius Moreau has ordered three precincts to stay open. The order says voters "were deprived of a full day to vote."'), ['Ignatius Moreau']);
  assert.equal(quotes('Director Roland Keene\'s letter to Congress says the agency has found emails "that appear to be pertinent" to the case.').find((q) => q.kind !== 'term')?.speaker, 'Roland Keene');
});

test('GIVEN titles and possessive introductions ("County Clerk Ginny Stroud", "Brannigan\'s running mate, Gov. Ross Kimbrough,", "Heartland state chairman") WHEN a pronoun follows THEN it is that person', () => {
  assert.deepEqual(speakers('County Clerk Ginny Stroud says she "respectfully disagrees." She says the line moved and "nobody was turned away."').filter(Boolean), ['Ginny Stroud', 'Ginny Stroud']);
  assert.equal(speakers('Dale Brannigan is telling a rally that the review is "the biggest scandal in years."\n\nDirector Roland Keene says the agency found emails "that appear to be pertinent."\n\nBrannigan\'s running mate, Gov. Ross Kimbrough, is campaigning in Harwick.\n\nHe tells a town hall the ticket will "bring the mills back."').pop(), 'Ross Kimbrough');
  assert.deepEqual(speakers('Heartland state chairman Boyd Carrick goes further. He says on Twitter that the ruling is "judicial activism at its worst."'), ['Boyd Carrick']);
});

test('GIVEN "who he says" after an appositive ("his wife, Corinne, who he says \'kept me sane\'") WHEN attributed THEN he speaks, not Corinne', () => {
  assert.deepEqual(speakers('Wade Harrell takes the stage. He thanks his wife, Corinne, who he says "kept me sane for eighteen months."'), ['Wade Harrell']);
});

test('GIVEN a quotation inside a transcript turn after "I told him" WHEN attributed THEN the turn\'s speaker quotes herself', () => {
  assert.equal(speakers('BECK: Secretary Hollis, respond.\n\nHOLLIS: My critics can say what they like. I told him to his face, "We know what you\'re doing." He found a friend.').pop(), 'Hollis');
});

test('GIVEN "\'Take It Back\' is the Crewe campaign\'s slogan" WHEN extracted THEN the slogan is a term', () => {
  assert.ok(isTerm('ANNOTATION (Oduya): "Take It Back" is the Crewe campaign\'s slogan.', 'Take It Back'));
});

test('GIVEN "But the Civic nominee wasn\'t finished. She held up a hand." WHEN she speaks THEN she is the nominee introduced so, not the moderator named since', () => {
  assert.equal(speakers('Margaret Hollis, the Civic nominee, answered. Ellen Marchbanks nodded and started to move on. But the Civic nominee wasn\'t finished. She held up a hand. "Can I add one thing?" she said.')[0], 'Margaret Hollis');
});

test('GIVEN a group or a university named near a person ("of the group Working Majority", "at Caswell State", "Transition call.") WHEN a pronoun follows THEN the person speaks, not the body', () => {
  assert.deepEqual(speakers('One of the organizers, Teodora Vance-Mill of the group Working Majority, said the rally had been planned quickly. "People are scared," she told our crew.'), ['Teodora Vance-Mill']);
  assert.deepEqual(speakers('Lawrence Quist grew up poor. Last year, in a commencement address at Caswell State, he told graduates that he was "still a bus driver\'s kid at heart."'), ['Lawrence Quist']);
  assert.notEqual(speakers('10:20 a.m. ET — Transition call. On the morning call with reporters, spokesman Bryce Kettering confirmed the pick. "Governor Marchbank is a proven leader," he said.')[0], 'Transition');
  // (the charity Garrett Vollmer has often cited: a person in a relative clause stays a person)
  assert.equal(extract({ text: 'The Vollmer Family Foundation, the charity Garrett Vollmer has often cited, gave little. Vollmer said he was proud.', published: '2031-11-12' }).entities.find((e) => e.name === 'Garrett Vollmer')?.type, 'person');
});

test('GIVEN "The Senate leader, Marcus Delacroix, said ..., adding, \'...\'" and "Adm. X ... The admiral ..., he told" WHEN attributed THEN the person named after the role speaks', () => {
  assert.deepEqual(speakers('The Senate leader, Marcus Delacroix, said his caucus would "ask tough questions," adding, "We are not a rubber stamp."'), ['Marcus Delacroix', 'Marcus Delacroix']);
  assert.equal(speakers('Adm. Coburn Halvorsen was picked Friday. "We will ask questions," said Sen. Marcus Delacroix.\n\nThe admiral grew up in a shipyard town. In 2012, he told the crowd that he had "never expected to be anything but a sailor."').pop(), 'Coburn Halvorsen');
});

test('GIVEN an unnamed lobbyist after a named speaker, or "One of them" after "Several lobbyists" WHEN attributed THEN the unnamed source is described', () => {
  assert.equal(speakers('"He has done the work," said Gordon Pell.\n\nA lobbyist for several regional banks said the mood was "giddy." "Nobody\'s saying it out loud," he said.').pop(), 'a lobbyist for several regional banks');
  assert.deepEqual(speakers('Several lobbyists did leave. One of them, who spoke on condition of anonymity, said the rule had been applied "unevenly."'), ['one of the lobbyists']);
});

test('GIVEN "Her office later released a statement calling it \'productive\'" and "he and another attorney general wrote" WHEN attributed THEN the subject speaks, not the statement or the second writer', () => {
  assert.deepEqual(speakers('Maureen Oakhurst would not say more. Her office later released a one-line statement calling the session "productive."'), ["Maureen Oakhurst's office"]);
  assert.deepEqual(speakers('Wade Corrigan has sued often. In a 2016 op-ed he and another attorney general wrote that the debate was "far from settled."'), ['Wade Corrigan']);
});

test('GIVEN "met with Gov. Evander Pike of Caswell, a onetime rival who had called him \'...\'" WHEN attributed THEN the one described speaks', () => {
  assert.deepEqual(speakers('The parade continued Monday, as Dalton Brisbane met with Gov. Evander Pike of Caswell, a onetime primary rival who had called him "a carnival barker."'), ['Evander Pike']);
});

test('GIVEN "Citizens for Civilian Command said" WHEN attributed THEN the group keeps its whole name', () => {
  assert.deepEqual(speakers('Citizens for Civilian Command said in a statement that a waiver would be "a dangerous precedent."'), ['Citizens for Civilian Command']);
});

test('GIVEN "billed as the \'Thank You Tour\'", a chant the crowds roared, and a kicker "SORE LOSERS:" over a headline WHEN extracted THEN none is a named person\'s words', () => {
  assert.ok(isTerm('Kettering said the president-elect would hold "a big thank-you rally" in Caswell, the next stop on what the transition has billed as the "Thank You Tour."', 'Thank You Tour'));
  assert.deepEqual(speakers('At his rallies, Dalton Brisbane would wait for the chant to build. "Drain the swamp! Drain the swamp!" the crowds roared.'), ['the crowds']);
  assert.ok(quotes('SORE LOSERS: Commonwealth Boss Delacroix Vows to Slow-Walk Brisbane Cabinet\n\nBy Jack Harrow').every((q) => q.speaker === null));
});

test('GIVEN "The retired teacher beside her offered her own: \'Sad.\'" WHEN attributed THEN the retired teacher speaks (a participle after "the" is an adjective)', () => {
  assert.equal(speakers('Margaret Hollis and Dalton Crewe shook hands. A woman who runs a flower shop had the last word. "Exhausting," she said. The retired teacher beside her offered her own: "Sad."').pop(), 'The retired teacher');
  // (a gerund is no adjective: 'The filing states that ...' has no speaker named 'The filing states')
  assert.notEqual(speakers('The foundation filed its return late.\n\nThe filing states that the foundation "made no payments on behalf of any disqualified person" in 2014.')[0], 'The filing states');
});

test('GIVEN "Tyler Brannigan, the nominee\'s eldest son, ... The younger Brannigan" WHEN the father was named too THEN the younger is the son', () => {
  assert.deepEqual(speakers('Dale Brannigan spoke in the morning.\n\nTyler Brannigan, the nominee\'s eldest son, is on the trail. The younger Brannigan tells a crowd that his father "is not a politician." He says, "My dad doesn\'t need this job."'), ['Tyler Brannigan', 'Tyler Brannigan']);
});

test('GIVEN "Wade Harrell\'s campaign calls the order \'an outrage\'" WHEN attributed THEN the campaign speaks ("calls" after a role noun is the verb)', () => {
  assert.deepEqual(speakers('Wade Harrell\'s campaign calls the order "an outrage." Tom Lachance\'s campaign says it is "simple fairness."'), ["Wade Harrell's campaign", "Tom Lachance's campaign"]);
});

test('GIVEN "Rep. Walt Pope of Tennant, the party\'s nominee, said" WHEN "Pope" is also a title THEN after a first name it is his surname', () => {
  assert.deepEqual(speakers('Rep. Walt Pope of Tennant, the Prairie Party\'s nominee for an open Senate seat, said Tuesday that he had "misspoke" when he told a town hall last month that Social Security should be "phased out for anyone under 40," walking back remarks that drew fire.'), ['Walt Pope', 'Walt Pope']);
  assert.equal(extract({ text: 'Secretary of State Leona Marsh said the talks would resume.', published: '2031-11-12' }).entities.find((e) => e.type === 'person')?.name, 'Leona Marsh');
});

test('GIVEN "Looking into the camera, he began:" before quoted paragraphs WHEN attributed THEN beginning is speaking', () => {
  assert.deepEqual(speakers('Roland Kessling released a video on Saturday. Looking into the camera, he began:\n\n"I\'ve never claimed to be perfect. I regret many things.\n\n"See you at the debate."'), ['Roland Kessling', 'Roland Kessling']);
});

test('GIVEN unnamed people described before a pronoun ("A former hostess at the club told ...", "One, a former production assistant, said", "Her sister, who asked not to be named, ... the sister said") WHEN attributed THEN the description speaks', () => {
  assert.equal(speakers('Tessa Marlowe spoke on Friday. "I was there about a job," Marlowe said. A former hostess at the club told the Ledger, on condition of anonymity, that he was rude. "He\'d come up behind you," she said.').pop(), 'a former hostess at the club');
  assert.deepEqual(speakers('Several women agreed. One, a former production assistant, said, "That\'s just how he talked on set."'), ['a former production assistant']);
  assert.deepEqual(speakers('Leah Okafor said she called her sister. Her sister, who asked not to be named, confirmed the call. "She was whispering because she was scared," the sister said.'), ['her sister']);
  // (the dead say nothing later: 'Her mother died in 2011. "...," she said.' is the daughter speaking)
  assert.deepEqual(speakers('Renata Szabo said she had told her mother about it the same night. Her mother died in 2011. "I wish she were here to back me up," she said.'), ['Renata Szabo']);
});

test('GIVEN a quotation glued to a year ("in 2005.“She was 22,” Whitcombe said") WHEN normalised THEN a space goes in and the quote opens its sentence', () => {
  assert.deepEqual(speakers('Whitcombe referred to Leah Okafor, who described being held by Kessling in 2005.“She was 22,” Whitcombe said.“She was answering phones.”'), ['Whitcombe', 'Whitcombe']);
});

test('GIVEN "Felder sent a letter to the paper demanding that it \'immediately remove\' the article" and "the letter said" WHEN attributed THEN the sender speaks', () => {
  assert.deepEqual(speakers('Hours after the article appeared online, Mr. Kessling\'s lawyer, Martin Felder, sent a letter to the newspaper\'s general counsel demanding that The Ledger "immediately remove" the article. "Failure to do so will leave my client no option," the letter said.'), ['Martin Felder', 'Martin Felder']);
});
