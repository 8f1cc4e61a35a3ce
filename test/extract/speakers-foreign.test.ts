import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

// Speakers on the foreign desk and in voter features (fictional people, countries and towns).
const quotes = (text: string) => extract({ text, published: '2031-05-14' }).quotes;
const speakers = (text: string) => quotes(text).filter((q) => q.kind !== 'indirect').map((q) => q.speaker);

test('GIVEN "said in an audio message posted online", "said Omnia\'s director, Pavel Hristov", "said the office\'s spokeswoman in Halvania, Ines Carvalho" and "The envoy for Dravia said" WHEN attributed THEN the person speaks, not the medium, the firm or the country', () => {
  assert.deepEqual(speakers('Abu Kareem al-Nasari said in an audio message posted online that his fighters would "never lay down our weapons."'), ['Abu Kareem al-Nasari']);
  assert.deepEqual(speakers('"It\'s too close to call," said Omnia\'s director, Pavel Hristov.'), ['Pavel Hristov']);
  assert.deepEqual(speakers('"The funding gap is not abstract," said the office\'s spokeswoman in Halvania, Ines Carvalho.'), ['Ines Carvalho']);
  assert.deepEqual(speakers('The envoy for Dravia said the talks had been "productive."'), ['The envoy for Dravia']);
});

test('GIVEN "Jan Oosterbeek, the president of the Continental Council, who chaired the summit, said" WHEN attributed THEN Oosterbeek speaks', () => {
  assert.deepEqual(speakers('Jan Oosterbeek, the president of the Continental Council, who chaired the summit, said the text was "not perfect but real."'), ['Jan Oosterbeek']);
});

test('GIVEN "The 15 members "strongly condemned" the launch and called it a "grave violation"" WHEN attributed THEN both fragments are the members\'', () => {
  assert.deepEqual(speakers('The 15 members "strongly condemned" the launch and called it a "grave violation" of Korvath\'s obligations.'), ['The 15 members', 'The 15 members']);
});

test('GIVEN a sign ("a hand-painted sign: "Hamarat Street."", "a sign by the pie case reads"), a "self-styled" name and "Pressed on whether ... "mission creep,"" WHEN quotes are found THEN none has a speaker', () => {
  assert.deepEqual(speakers('Several tents bear a hand-painted sign: "Hamarat Street."'), []);
  assert.deepEqual(speakers('A hand-lettered sign by the pie case reads "POLITICS IS FREE. PIE IS $3.50."'), []);
  assert.deepEqual(speakers('One attacker, the self-styled "Commander of the Believers," was killed.'), []);
  assert.ok(speakers('Pressed on whether the deployment amounted to "mission creep," Hartigan bristled.').every((s) => s !== 'Pressed'));
});

test('GIVEN "Crowds gathered outside the palace chanting "Ruelas! Ruelas!"" WHEN attributed THEN the crowds chant, not the leader named before', () => {
  assert.deepEqual(speakers('Teodoro Ruelas spoke. Crowds gathered outside the presidential palace chanting "Ruelas! Ruelas!"'), ['Crowds']);
});

test('GIVEN "Leaders issued a joint statement that "strongly condemns" ..." WHEN quotes are found THEN the statement\'s words are found', () => {
  assert.equal(quotes('Leaders issued a joint statement that "strongly condemns" Mirovia\'s role.').filter((q) => q.kind !== 'indirect').length, 1);
});

test('GIVEN "Ken and Linda Osei ... had waited three hours. "...," they said." WHEN attributed THEN the two just named speak', () => {
  assert.deepEqual(speakers('Linwood County reported record turnout.\n\nKen and Linda Osei, both retired postal workers, had waited three hours. "We\'ve waited in longer lines for worse reasons," they said.'), ['Ken and Linda Osei']);
});

test('GIVEN "Arne Lindqvist, 68, and his wife, Carol, 66," WHEN "his wife said" follows THEN Carol speaks', () => {
  assert.deepEqual(speakers('Arne Lindqvist, 68, and his wife, Carol, 66, live in Ashby Lake. "I\'m not a political guy," Arne said.\n\n"Three," his wife said.'), ['Arne Lindqvist', 'Carol']);
});

test('GIVEN "Her son, Jamal, is voting" WHEN "he said" and then "she said" follow THEN the son is a man and the mother answers the second', () => {
  assert.deepEqual(speakers('"I have been here since 6:15," said Denise Whitfield, 45. Her son, Jamal, is voting for the first time. "Then my mom would not stop talking about it," he said.\n\n"He is voting for the right person," she said.'), ['Denise Whitfield', 'Jamal', 'Denise Whitfield']);
});

test('GIVEN "a note her late husband, Walt, wrote" WHEN she reads it aloud ("...," she read.) THEN the writer speaks; "In a post on Facebook, he wrote:" stays his', () => {
  assert.deepEqual(speakers('Finch carried in her purse a note her late husband, Walt, wrote on the morning of the 2008 election. She unfolded it and read it aloud.\n\n"Dee — whatever happens today, we did our part," she read.'), ['Walt']);
  assert.deepEqual(speakers('Rep. Neil Sturgis said he would not "defend the indefensible." In a post on Facebook, he wrote: "I have two daughters who deserve better than this."'), ['Neil Sturgis', 'Neil Sturgis']);
});

test('GIVEN someone unnamed as a sentence\'s subject ("A woman in a red scarf, paying at the register, overheard her.") WHEN "she said" follows THEN she is that woman, not the one named before', () => {
  assert.deepEqual(speakers('June Albright, 70, said she regretted it.\n\nA woman in a red scarf, paying at the register, overheard her. "Some of us read just fine, June," she said.'), ['a woman in a red scarf']);
});

test('GIVEN "until 7 p.m. "Anybody in line at 7 votes."" and "Blevins said from his porch on Coal Run Road." WHEN attributed THEN the time ends the sentence and the porch reports nothing', () => {
  assert.deepEqual(speakers('"We planned for big," Paul Ferrante said. He said the county had added two machines and extended hours until 7 p.m. "Anybody in line at 7 votes."'), ['Paul Ferrante', 'Paul Ferrante']);
  assert.deepEqual(quotes('Roy Blevins worked for 22 years.\n\n"Retrain for what?" Blevins said from his porch on Coal Run Road.').map((q) => q.kind), ['direct']);
});

test('GIVEN nouns spelled like cues ("called Hale\'s fundraiser remark "..."", "as she ends most calls, with three words:") WHEN attributed THEN the sentence\'s subject speaks', () => {
  assert.deepEqual(speakers('Steed, speaking by phone, called Hale\'s fundraiser remark "the most disrespectful thing a candidate has ever said."'), ['Steed']);
  assert.deepEqual(speakers('Claire Danforth takes the call standing up, and she ends it, as she ends most calls, with three words: "Got it. Go."'), ['Claire Danforth']);
});

test('GIVEN two men quoted in turn WHEN "the two men said" follows THEN both speak, named as they were', () => {
  assert.deepEqual(speakers('"Baseball\'s baseball," Farrow said. "He\'s got the worst arm," Delahunt said. "We\'ll be back here next time," the two men said.'), ['Farrow', 'Delahunt', 'Farrow and Delahunt']);
});

test('GIVEN "Yolanda, 45, and her husband, Pete, 47, wrote in together:" WHEN attributed THEN the two speak', () => {
  assert.deepEqual(speakers('Yolanda, 45, and her husband, Pete, 47, wrote in together: "We have been married 22 years."'), ['Yolanda and Pete']);
});

test('GIVEN someone unnamed opening a sentence ("A young man then steps forward.", "My 9-year-old son watched", "a Kessler supporter in a camouflage hat shouted") WHEN he speaks next THEN the description speaks, not the man named before', () => {
  assert.deepEqual(speakers('Walter Kowalski stood in his driveway. A young man then steps forward. "It\'s not just a name," he says.'), ['a young man']);
  assert.deepEqual(speakers('Dwayne Porter is a columnist.\n\nMy 9-year-old son watched the debate with me. He turned to me and said, "Mom, why are they so mean?"'), ['my 9-year-old son']);
});

test('GIVEN "known to his listeners as "the Bulldog of the Airwaves,"" WHEN quotes are found THEN the nickname is nobody\'s', () => {
  assert.deepEqual(speakers('Hollander, known to his listeners as "the Bulldog of the Airwaves," pressed the candidate.'), []);
});

test('GIVEN school and council roles ("Superintendent Gail Strickler", "Councilwoman Yvette Marchetti ... she said in a statement") WHEN "the superintendent said" or "the statement said" THEN the person speaks', () => {
  assert.deepEqual(speakers('Superintendent Gail Strickler presented the plan. "This is not the whole answer," the superintendent said.'), ['Gail Strickler']);
  assert.deepEqual(speakers('Councilwoman Yvette Marchetti surrendered Tuesday.\n\n"I will not resign," she said in a statement.\n\n"I ask them to wait for the facts," the statement said.'), ['Yvette Marchetti', 'Yvette Marchetti']);
});

test('GIVEN "A fifth-grader, Ava, said" and "said a mother who gave her name as Jessica" WHEN attributed THEN the first name speaks; "speaking in Marlow, Sawyer," stays a place', () => {
  assert.deepEqual(speakers('A fifth-grader, Ava, said, "Linwood is where my friends are."'), ['Ava']);
  assert.deepEqual(speakers('"My son has a seizure disorder," said a mother who gave her name as Jessica.'), ['Jessica']);
  assert.deepEqual(speakers('Castellano, speaking in Marlow, Sawyer, told a crowd she would "go after the drug companies."'), ['Castellano']);
});

test('GIVEN German-style „low-high“ quotation marks WHEN paired THEN “ closes what „ opened, and each quote keeps its own speaker', () => {
  const qs = extract({ text: '„We regret this“, said Chancellor Reinhold Auerbach. „This was prepared“, said Green co-chairwoman Elif Sarikaya to the broadcaster WTV.', published: '2017-11-20' }).quotes.filter((q) => q.kind !== 'indirect');
  assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [['We regret this', 'Reinhold Auerbach'], ['This was prepared', 'Elif Sarikaya']]);
});

test('GIVEN an agency\'s "Question: ... Answer: ..." after "a spokesman for the Foreign Ministry answered a question" WHEN attributed THEN the answer is the spokesman\'s, not the last person named', () => {
  const text = 'Pak Yong Sik, for his part, said the guests saw the "miracles of construction" in Hwanju.\n\nMeanwhile a spokesman for the Foreign Ministry of Sonhwa answered a question raised by SNA on Thursday.\n\nQuestion: Some foreign media claim that Sonhwa is isolated. What is your comment?\n\nAnswer: This is a ridiculous lie. Sonhwa has friends all over the world.';
  assert.equal(extract({ text, published: '2017-11-20' }).quotes.find((q) => q.text.startsWith('This is a ridiculous lie'))?.speaker, 'a spokesman');
  const named = 'Minister Gennady Solontsov held a press conference on Tuesday.\n\nQuestion: Is it true that Varenograd will recall its ambassador?\n\nAnswer: Nobody recalls anybody.';
  assert.equal(extract({ text: named, published: '2017-11-20' }).quotes.find((q) => q.text.startsWith('Nobody recalls'))?.speaker, 'Gennady Solontsov');
});

test('GIVEN a quoted sentence followed by "New elections he considered, according to observers, the last option" WHEN attributed THEN the observers do not take the quote', () => {
  const qs = extract({ text: 'Federal President Gerhard Winterstein announced talks. „Who stands for election, must also be ready“, said Winterstein. „This responsibility one cannot give back to the voters.“ New elections he considered, according to observers, the last option.', published: '2017-11-20' }).quotes.filter((q) => q.kind !== 'indirect');
  assert.deepEqual(qs.map((q) => q.speaker), ['Gerhard Winterstein', 'Gerhard Winterstein']);
});

test('GIVEN dialogue dashes in translated copy ("— We will not yield, — said Petrov. — The law ...", Spanish "—... —affirmed X—. ...") WHEN extracted THEN both pieces are the speaker\'s quote, and a bulleted list is no dialogue', () => {
  const qs = extract({ text: 'The session was tense.\n\n— We will not yield, — said Petrov. — The law will be considered today.\n\n—We are not going to retreat —affirmed the President Ernesto Palacios—. The reform goes.\n\n- item one\n- Jean-Pierre Moulin said nothing.', published: '2017-11-20' }).quotes.filter((q) => q.kind !== 'indirect');
  assert.deepEqual(qs.map((q) => [q.text.trim(), q.speaker]), [
    ['We will not yield', 'Petrov'], ['The law will be considered today.', 'Petrov'],
    ['We are not going to retreat', 'Ernesto Palacios'], ['The reform goes.', 'Ernesto Palacios'],
  ]);
});
