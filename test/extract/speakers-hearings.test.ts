import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

// Hearings, trials, investigations and campaign copy (fictional people, outlets and places).
const quotes = (text: string) => extract({ text, published: '2031-11-04' }).quotes;
const speakers = (text: string) => quotes(text).filter((q) => q.kind !== 'indirect' && q.kind !== 'term').map((q) => q.speaker);
const speakerOf = (text: string, words: string) => quotes(text).find((q) => q.text.includes(words))?.speaker;

test('GIVEN "a man who identified himself only as Ray told the council" WHEN attributed THEN Ray speaks, and the next "he said" is Ray too', () => {
  assert.deepEqual(speakers('A man who identified himself only as Ray told the council the hearing was "a waste of everybody\'s time." "You\'ve all done worse," he said.'), ['Ray', 'Ray']);
});

test('GIVEN "two people familiar with the investigation" and then "one of them" and "that person" WHEN attributed THEN both are one of the people familiar with it', () => {
  const text = 'Two people familiar with the investigation said the matter was referred. One of them said prosecutors had interviewed staff. "It\'s active," that person said.';
  assert.equal(speakerOf(text, 'active'), 'one of the people familiar with the investigation');
  assert.equal(speakerOf(text, 'prosecutors had interviewed'), 'one of the people familiar with the investigation');
});

test('GIVEN "asked Farraday directly whether" WHEN the next paragraph answers with "she said" THEN the councilwoman asked answers, not the woman quoted before', () => {
  const text = 'Councilwoman Rita Farraday denied wrongdoing.\n\nKayla Dominguez saw it differently. "Step down," she said.\n\nCouncilman Terrence Bell asked Farraday directly whether she had discussed the parcel with Rourke.\n\n"At Thanksgiving," she said.';
  assert.equal(speakerOf(text, 'At Thanksgiving'), 'Rita Farraday');
});

test('GIVEN "One contracting officer told investigators, according to the report, ..." WHEN attributed THEN the officer speaks and the report only relays', () => {
  const text = 'The report said the office raised concerns three times. One contracting officer told investigators, according to the report, "I was told in so many words to stop asking questions."';
  assert.equal(speakerOf(text, 'stop asking'), 'One contracting officer');
});

test('GIVEN descriptions that end in someone else\'s name ("The former campaign manager for Gov. Evelyn Renfrow", "A former colleague of Vail\'s on Pryce\'s staff") WHEN attributed THEN the described person speaks, not the one named', () => {
  assert.equal(speakerOf('The former campaign manager for Gov. Evelyn Renfrow acknowledged that he may have described a staffer as “a problem for the campaign,” according to a transcript.', 'a problem'), 'The former campaign manager for Gov. Evelyn Renfrow');
  assert.equal(speakerOf('A former colleague of Vail\'s on Pryce\'s staff, who asked not to be named, described him as "the guy who ran everything" in the office.', 'the guy'), 'A former colleague of Vail\'s on Pryce\'s staff');
});

test('GIVEN a "he" opening a subordinate clause in a sentence whose subject cannot be him WHEN attributed THEN it is the one man named earlier in that sentence', () => {
  const text = 'Gerald Dunleavy said he was undecided. “She\'s been telling me that,” he said.\n\nShe was referring to remarks Raymond Kittredge made in September, when he called organized labor “a racket run by people who never worked.”';
  assert.equal(speakerOf(text, 'a racket'), 'Raymond Kittredge');
  const indictment = 'Prosecutors on Tuesday indicted Conrad Vail, the longtime chief of staff to Rep. Alden Pryce.\n\nThe indictment says Vail used the charity as "a personal slush fund," paying for a trip to Portugal that he described to the board as a "donor development mission."';
  assert.equal(speakerOf(indictment, 'donor development'), 'Conrad Vail');
  // (not the main clause's own subject: 'Asked whether Vance would run, she said')
  assert.equal(speakerOf('Press secretary Lorna Quist took questions. Asked whether President Ellison Vance would veto it, she said, “Every option is on the table.”', 'Every option'), 'Lorna Quist');
});

test('GIVEN a subject after an opening phrase ("In footage posted by MNN, he shrugs and says:", "Back on the loading dock, Ms. Whitcombe ended her remarks:") WHEN attributed THEN the subject speaks, not the phrase', () => {
  assert.equal(speakerOf('Raymond Kittredge was asked about the video. In footage posted by MNN, he shrugs and says: “I don\'t know the guy that well.”', 'the guy'), 'Raymond Kittredge');
  assert.equal(speakerOf('Eleanor Whitcombe spoke for an hour. Back on the loading dock, Ms. Whitcombe ended her remarks with a line from her father: “You don\'t quit on a job.”', 'quit'), 'Eleanor Whitcombe');
});

test('GIVEN subjects that are easy to cut ("A divided federal appeals court", "Legal groups", "Three operatives who have spoken with X") WHEN attributed THEN the whole noun phrase speaks', () => {
  assert.equal(speakerOf('A divided federal appeals court on Monday struck down a law, ruling that it “criminalizes the very newsgathering the Constitution protects.”', 'criminalizes'), 'A divided federal appeals court');
  assert.equal(speakerOf('Legal groups, who had argued the law was vague, said it "chills speech."', 'chills'), 'Legal groups');
  assert.equal(speakerOf('Three operatives who have spoken with Raymond Kittredge in the past week said he has taken to calling it “the comeback of the century.”', 'comeback'), 'Three operatives');
  // ('expects to win states "nobody has"': "states" is a noun after an infinitive, not a verb)
  assert.equal(speakerOf('Raymond Kittredge is confident. He has told donors privately that he expects to win states “nobody has on their sheet.”', 'nobody has'), 'Raymond Kittredge');
});

test('GIVEN "The Ledger quoted X, who runs a group, as saying" and "One donor said Moss had told him that" WHEN attributed THEN the one quoted speaks, not the paper or the listener', () => {
  assert.equal(speakerOf('The Ledger quoted Rosalind Achterberg, who runs the group Count Every Voice, as saying the tactics were "straight out of 1965."', '1965'), 'Rosalind Achterberg');
  assert.equal(speakerOf('The Courier quoted an unnamed transition adviser as saying the room was “too small and too cozy.”', 'too cozy'), 'an unnamed transition adviser');
  assert.equal(speakerOf('Kellan Moss runs the campaign. One donor said Moss had told him on a call last week that the campaign was “in striking distance” in seven states.', 'striking distance'), 'Kellan Moss');
});

test('GIVEN "Kittredge\'s transition team said", a time before a name ("at 7 a.m. Marjorie Fenn") and a reaction ("The crowd answered with boos") WHEN attributed THEN each goes to who spoke', () => {
  assert.equal(speakerOf('Raymond Kittredge won. Kittredge\'s transition team said in a statement that he had received "a very gracious call" from Whitcombe.', 'gracious'), "Raymond Kittredge's transition team");
  assert.equal(speakerOf('Dana Whitlock returned the compliment. “I plan to learn from her,” she said.\n\nThe doors opened at 7 a.m. Marjorie Fenn, 79, brought a chair. “I\'ve voted in every election since Eisenhower,” she said.', 'Eisenhower'), 'Marjorie Fenn');
  const rally = '“She brought out the old president,” Raymond Kittredge said to laughter. “I\'ve got a feeling he\'s not going to help her much.” The crowd answered with a long chorus of boos.';
  assert.deepEqual(quotes(rally).map((q) => q.speaker), ['Raymond Kittredge', 'Raymond Kittredge']);
});

test('GIVEN coinages and labels ("the "ag-gag" law" after "known to its critics as", "an associate identified only as "Person A"", "the "rural surge" — much of it ...") WHEN extracted THEN none is anyone\'s quote, but "a "manufactured" issue" after "saying" stays the speaker\'s', () => {
  const statute = 'The ruling was a win for animal-welfare groups, who had argued that the statute, known to its critics as the “ag-gag” law, was written to hide abuse.';
  assert.equal(quotes(statute).some((q) => q.text.includes('ag-gag') && q.speaker !== null), false);
  assert.deepEqual(speakers('Vail wrote to an associate identified only as "Person A": "Board won\'t look."'), ['Vail']);
  assert.equal(speakerOf('The week has brought new words — the "hidden vote," the "rural surge" — much of it describing the same thing.', 'rural surge'), null);
  assert.equal(speakerOf('President Tomas Arkin answered a mother by saying his refusal to use the phrase was a “manufactured” issue.', 'manufactured'), 'Tomas Arkin');
});

test('GIVEN "the memo states", an agency named with "and", a pronoun subject before ", calling", a line after a dash and an inner name-giver WHEN attributed THEN each goes to who said it', () => {
  assert.equal(speakerOf('“We cannot win the suburbs. We can only lose them by less,” the memo states.', 'suburbs'), 'the memo');
  assert.equal(speakerOf('In a statement, U.S. Immigration and Customs Enforcement said the man had "re-entered illegally."', 're-entered'), 'U.S. Immigration and Customs Enforcement');
  assert.equal(speakerOf('Gov. Harlan Whitcombe has made manufacturing his theme. At their second debate, he returned to it again and again, calling the loss of factory jobs "the quiet emergency nobody wants to talk about."', 'quiet emergency'), 'Harlan Whitcombe');
  assert.equal(speakerOf('Harlan Whitcombe said the state lost 60,000 jobs. We also checked the second half of Whitcombe\'s line — "that\'s a whole city."', 'whole city'), 'Harlan Whitcombe');
  assert.equal(speakerOf('Senator Ada Ashby noted that the Northwoods Conservancy had called her vote “a betrayal of everyone who fishes these lakes.”', 'betrayal'), 'Northwoods Conservancy');
});

test('GIVEN a fact-check\'s ratings in quotation marks after someone\'s claims ("one "True," two "Half True"") WHEN extracted THEN no rating is that person\'s quote', () => {
  const text = 'We have rated four of Okafor-Ruiz\'s economic claims, finding one "True," two "Half True" and one "False."';
  assert.deepEqual(quotes(text).filter((q) => q.kind !== 'indirect').map((q) => q.speaker), []);
});

test('GIVEN "The Drexler campaign\'s spokeswoman, Kimberly Ashdown, disputed" under a headline naming Drexler WHEN "she said" follows THEN the spokeswoman speaks', () => {
  const text = 'Inside Drexler’s debate prep\n\nThe Drexler campaign\'s spokeswoman, Kimberly Ashdown, disputed the account. "This story is fiction," she said in an email.';
  assert.equal(speakerOf(text, 'fiction'), 'Kimberly Ashdown');
});

test('GIVEN a man named only as an object ("Reporters reached Gary Ostrowski", "Calloway handed the bottle to Rich Kowalczyk. He laughed.") WHEN the next "he said" follows THEN he is that man, not the last speaker', () => {
  assert.equal(speakerOf('"That tells you everything," Owen Markey said.\n\nReporters reached Gary Ostrowski on Friday. He said he was “not a political person.”', 'political person'), 'Gary Ostrowski');
  assert.equal(speakerOf('“I would have stayed,” said Luis Arbelo.\n\nMargaret Calloway handed the bottle to Rich Kowalczyk. He laughed. "No promises, Senator," he said.', 'No promises'), 'Rich Kowalczyk');
  // (not when the sentence before has a pronoun subject of its own: 'At another, he said that Resnick ...')
  assert.equal(speakerOf('Garrett Voss paced. At another point, he said that Martin Resnick was ganging up on him. "It\'s one on three," he said.', 'one on three'), 'Garrett Voss');
});

test('GIVEN descriptions around other names ("One supporter interviewed by the Ledger, a contractor,", "Andrea Kline, a spokeswoman for X\'s parent company, Ridgeback Holdings,", "quoted the band\'s former director, Gary Ostrowski, as saying") WHEN attributed THEN the person described speaks', () => {
  assert.equal(speakerOf('One supporter interviewed by the Ledger, a contractor in Ohio, said: "Everybody I know would do the same thing."', 'Everybody'), 'One supporter');
  assert.equal(speakerOf('Andrea Kline, a spokeswoman for Veltman\'s parent company, Ridgeback Holdings, said the company had agreed to host the visit "as a courtesy."', 'courtesy'), 'Andrea Kline');
  assert.equal(speakerOf('The Ledger quoted the band’s former director, Gary Ostrowski, as saying the company “never paid us a dime.”', 'a dime'), 'Gary Ostrowski');
  assert.equal(speakerOf('Senator Margaret Calloway released a letter from her physician declaring her “in excellent health and fit to serve.”', 'excellent health'), 'her physician');
});

test('GIVEN handles beside names ("from her account, @MegCalloway:", "Thomas Whitcombe (@GovWhitcombe)") and a relay between two pieces of a quote WHEN attributed THEN the person speaks, not the handle or the relay', () => {
  const text = 'Margaret Calloway tweeted from her account, @MegCalloway: “Teachers paid taxes that year.”\n\nHer running mate, Thomas Whitcombe (@GovWhitcombe), was less restrained: “Let that sink in.”';
  assert.deepEqual(speakers(text), ['Margaret Calloway', 'Thomas Whitcombe']);
  const relay = 'Ray Garrity spoke first. Mr. Garrity has warned the candidate that Calloway “will have an answer for everything,” according to two of the people, “and she’ll have footnotes.”';
  assert.equal(speakerOf(relay, 'footnotes'), 'Ray Garrity');
});

test('GIVEN a second slogan after an elided possessive ("and Calloway\'s, "Stronger Side by Side,"") and "Call it the age of the "grievance candidate"" WHEN extracted THEN neither is anyone\'s quote', () => {
  assert.deepEqual(quotes('Drexler’s slogan, “Stand Tall Again,” has been less a policy than a mood, and Margaret Calloway’s, “Stronger Side by Side,” has struggled to catch on.').filter((q) => q.speaker !== null), []);
  assert.equal(speakerOf('The campaign has become something new. Call it the age of the “grievance candidate”: a figure who names enemies.', 'grievance'), null);
});

test('GIVEN where someone is from ("a steelworker from nearby Carver", "Darlene from Pell City") and a caller who "identified herself as Darlene" WHEN "he said"/"she told" follows THEN the person speaks, not the town', () => {
  assert.equal(speakerOf('Mike Thibodeaux, a steelworker from nearby Carver, asked about guns. He said he worried.\n\n“I\'ve got three kids,” he said.', 'three kids'), 'Mike Thibodeaux');
  assert.equal(speakerOf('One caller, who identified herself as Darlene from Pell City, said she had been undecided. “I\'m not anymore,” she told Tanner.', 'anymore'), 'Darlene');
  assert.equal(speakerOf('One caller, who identified himself as Ray from Colton County, said he had voted twice. “He\'s a straight shooter,” the caller said.', 'straight shooter'), 'Ray');
});

test('GIVEN "Walt and Dennis, retired machinists," then "Dennis, 68, said he ..." and "Rosa Delgado, a chemistry teacher" then "the teacher said" WHEN attributed THEN Dennis and Rosa Delgado speak', () => {
  assert.equal(speakerOf('Across town, Walt and Dennis, retired machinists, were having less luck.\n\n“This is the part nobody tells you about,” Walt said.\n\nDennis, 68, said he had never volunteered before. “I\'m a veteran,” he said.', 'veteran'), 'Dennis');
  assert.equal(speakerOf('Rosa Delgado, a high school chemistry teacher, asked the first question.\n\n“I came in undecided,” the teacher said.', 'undecided'), 'Rosa Delgado');
});

test('GIVEN coinages ("talking openly about a "Brandt effect"", "known around town simply as "Coach,"") WHEN extracted THEN neither is anyone\'s quote, but "what one survey researcher called its "Dewey moment"" is his', () => {
  assert.deepEqual(quotes('Some have begun talking openly about a "Brandt effect" in the collar counties, several said.').filter((q) => q.kind !== 'indirect'), []);
  assert.equal(speakerOf('Kurt Mahler, a state senator who is still known around town simply as “Coach,” is running for Congress.', 'Coach'), undefined);
  assert.equal(speakerOf('The polling industry is facing what one survey researcher called its "Dewey moment."', 'Dewey'), 'one survey researcher');
});

test('GIVEN a wire\'s revision line "(Adds Whitcombe remarks)" WHEN extracted THEN it is furniture, not a speaker', () => {
  assert.deepEqual(speakers('(Adds Whitcombe remarks)\n\nHarlan Whitcombe spoke in Ohio.\n\n"Today we fixed it," Whitcombe said.'), ['Harlan Whitcombe']);
});
