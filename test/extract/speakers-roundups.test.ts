import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

// Speakers in accusation stories, roundups, documents and policy fights (fictional people and places).
const quotes = (text: string) => extract({ text, published: '2031-05-14' }).quotes;
const speakers = (text: string) => quotes(text).filter((q) => q.kind !== 'indirect').map((q) => q.speaker);

test('GIVEN a venue set off by commas ("Granger, on Beacon Radio, went further, calling") and "in a brief phone call" WHEN attributed THEN the person speaks, not the station or the call', () => {
  assert.deepEqual(speakers('Former House Speaker Howell Granger, on Beacon Radio, went further, calling the coverage "a coup by the media." "That\'s not journalism," he said.'), ['Howell Granger', 'Howell Granger']);
  assert.deepEqual(speakers('Party chairman Wade Tollison told Breitbart News in a brief phone call that "nothing has changed" in the committee\'s support.'), ['Wade Tollison']);
});

test('GIVEN "A few seconds later:", "Stop calling it" and "She put ... and then told us it was" WHEN attributed THEN a time, an imperative and a verb are no speakers', () => {
  assert.deepEqual(speakers('"She was married," Voss continues. A few seconds later: "I moved on her, but I couldn\'t get there."'), ['Voss', 'Voss']);
  assert.deepEqual(speakers('Stop calling it "locker-room talk."'), [null]);
  assert.deepEqual(speakers('Eleanor Whitlock lectures us about character. She put classified material on a private server and then told us it was "allowed."'), ['Eleanor Whitlock']);
});

test('GIVEN "ruling that" or "finding that" before a quoted phrase WHEN quotes are found THEN the phrase is the ruling\'s, and a judge described first is the judge named later', () => {
  assert.deepEqual(speakers('Judge Theodora Blaine blocked the law, finding that the legislature acted "with discriminatory intent."'), ['Theodora Blaine']);
  assert.deepEqual(speakers('Federal Judge Strikes Down Marrowick Voter ID Law\n\nA federal judge on Thursday blocked the law, ruling that the legislature passed it "with discriminatory intent."\n\nIn a 46-page opinion, U.S. District Judge Theodora Blaine wrote that the law was "a solution in search of a problem."'), ['Theodora Blaine', 'Theodora Blaine']);
});

test('GIVEN "Garland replied, according to the Sentinel:" WHEN attributed THEN the outlet relays and Garland speaks, with no report "according to the Sentinel"', () => {
  const qs = quotes('Garland replied, according to the Sentinel: "Excellent point. They can sound sophisticated."');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['direct', 'Garland']]);
});

test('GIVEN appositives with places, ages and relative clauses ("X\'s ambassador in Washington, Sigrid Holm,", "Linda Parrish, 63, a retired teacher in Okafor Springs, Calloway,", "a pollster whose firm, Keystone Strategies, has shown") WHEN attributed THEN the person speaks', () => {
  assert.deepEqual(speakers('Norlund\'s ambassador in Washington, Sigrid Holm, said the speech had been "read very carefully" in her capital.'), ['Sigrid Holm']);
  assert.deepEqual(speakers('Linda Parrish, 63, a retired teacher in Okafor Springs, Calloway, said she would vote for Castellano "without much enthusiasm."'), ['Linda Parrish']);
  assert.deepEqual(speakers('Brent Kowalski, a Heartland pollster whose firm, Keystone Strategies, has shown a closer race, said he was skeptical of what he called "the turnout models everybody is using."'), ['Brent Kowalski']);
  assert.deepEqual(speakers('One person who was on the bus that day, speaking on the condition of anonymity, said the men "were performing for each other."'), ['One person']);
});

test('GIVEN a cue inside a clause set off by commas ("A department spokesman, asked why the report was posted on a Monday, said") and a report going on ("and had been", "and that Kern") WHEN attributed THEN every quote is the main speaker\'s', () => {
  assert.deepEqual(speakers('A department spokesman, asked why the report was posted on a Monday evening, said the timing was "routine" and had been "set months ago."'), ['A department spokesman', 'A department spokesman']);
  assert.deepEqual(speakers('Brightline\'s president, Adele Fontaine, said in a statement that the firm had "zero tolerance" for the conduct described and that Kern "no longer works for us."'), ['Adele Fontaine', 'Adele Fontaine']);
  assert.deepEqual(speakers('Bobby Kern resigned on Tuesday. In a statement posted to his Facebook page, he said the video had been "heavily edited" and that his words were "bar talk, not a plan."'), ['Bobby Kern', 'Bobby Kern']);
});

test('GIVEN titles ("The speech\'s title, "America Strong Again,"", "a press release titled "My statement ..."") WHEN quotes are found THEN they are nobody\'s words, while "she added the words, "..."" still are', () => {
  assert.deepEqual(speakers('The speech\'s title, "America Strong Again," was printed on banners.'), []);
  assert.deepEqual(speakers('\'His comments were disgusting,\' Sen. Grace Okafor said in a press release titled "My statement on the Voss tape." \'I\'m done.\''), ['Grace Okafor', 'Grace Okafor']);
});

test('GIVEN "House Speaker Darrell Ames" and a headline "Eyewitness Disputes Voss Accuser\'s Story: \'...\'" WHEN "the speaker said" or the headline quote is attributed THEN Ames and the eyewitness speak', () => {
  assert.deepEqual(speakers('House Speaker Darrell Ames has stopped short of rescinding his endorsement. "I am sickened by what I heard today," the speaker said.'), ['Darrell Ames']);
  assert.deepEqual(speakers('Eyewitness Disputes Voss Accuser\'s Story: \'It Never Happened\'\n\nGarrett Voss has denied the claims.'), ['Eyewitness']);
});

test('GIVEN "the crowd, which responded with chants of "..."" WHEN attributed THEN the crowd chants and the speech goes on around it', () => {
  assert.deepEqual(speakers('"Every one of them is lying," Voss told the crowd, which responded with chants of "Sweep them out! Sweep them out!" "They come out of nowhere."'), ['Voss', 'the crowd', 'Voss']);
  assert.deepEqual(speakers('Protesters marching through the streets chanted "What curfew?" and kept going.'), ['Protesters']);
});

test('GIVEN "Voss began, before she cut him off" WHEN attributed THEN "began" right after a name attributes', () => {
  assert.deepEqual(speakers('"Let her respond," Carla Dunning said.\n\n"She\'s been talking for ten minutes," Voss began, before she cut him off.'), ['Carla Dunning', 'Voss']);
});

test('GIVEN two people sharing a surname, one named later WHEN the surname alone speaks before the second is named THEN it is the one named so far', () => {
  assert.deepEqual(quotes('Kristin Alvarado said Friday that Voss groped her in 2007. "He came at me," Alvarado said.\n\nHer cousin, Frank Alvarado, disputed that. Frank Alvarado said they had not spoken since 2014.').map((q) => q.speaker), ['Kristin Alvarado', 'Kristin Alvarado', 'Frank Alvarado']);
});

test('GIVEN "Brandeis\' office said" and "Ibsen\'s campaign said" WHEN attributed THEN the office or campaign speaks, named with its person in full', () => {
  assert.deepEqual(speakers('Secretary Sylvia Brandeis said plans would be available.\n\nBrandeis\' office said in response that the secretary "has been in regular contact with insurers."'), ["Sylvia Brandeis's office"]);
  assert.deepEqual(speakers('Commons Party nominee Walt Ibsen is at 6%. Ibsen\'s campaign said in a statement that voters deserve "a real choice, not a lesser evil."'), ["Walt Ibsen's campaign"]);
});

test('GIVEN "Her cousin, Frank Alvarado, said in a statement released by the Voss campaign" WHEN "the statement read" follows THEN the cousin wrote it, not the campaign that released it', () => {
  assert.deepEqual(speakers('Her cousin, Frank Alvarado, said in a statement released by the Voss campaign that she had praised Voss. "Kristin told me he was a great mentor," the statement read.'), ['Frank Alvarado']);
});

test('GIVEN "Respondents were asked, "...?"" WHEN attributed THEN nobody named asked it, not the last speaker', () => {
  assert.deepEqual(speakers('"Whoever wins, half the country is going to be furious," Linda Parrish said.\n\nRespondents were asked, "If the election were held today, for whom would you vote?"'), ['Linda Parrish', null]);
});

test('GIVEN "Earlier in the day, Civic surrogate Nadia Ferris ... delivered a speech in which she said the accounts had "shaken me"" WHEN attributed THEN the surrogate speaks, not the candidate named before', () => {
  assert.deepEqual(speakers('Eleanor Whitlock spoke in Marlowe.\n\nEarlier in the day, Civic surrogate Nadia Ferris, the former governor of Ondira, delivered a speech in which she said the recording and the women\'s accounts had "shaken me to my core." "This is not normal," she said.'), ['Nadia Ferris', 'Nadia Ferris']);
});

test('GIVEN "Rick and Dana Sorensen" WHEN "Rick, 52, said" and "he said" follow THEN Rick is Rick Sorensen, and "His wife" is his', () => {
  assert.deepEqual(quotes('Walt Dempsey said the exit leaves 41 counties with one insurer. For Rick and Dana Sorensen, the numbers are not abstract.\n\nRick, 52, said he is undecided this year. "I\'m not a political guy," he said.').map((q) => q.speaker), ['Walt Dempsey', 'Rick Sorensen', 'Rick Sorensen']);
  assert.equal(quotes('Rick and Dana Sorensen run a landscaping company. His wife said the family would drop to a bronze plan.')[0]?.speaker, "Rick Sorensen's wife");
  assert.ok(!extract({ text: 'Barack Obama spoke. Obama and Hillary Clinton met.', published: '2031-05-14' }).entities.some((e) => e.name === 'Obama Clinton'));
});

test('GIVEN two brothers with their ages ("Dale, 61, ... Wade, 56,") and no Jr. WHEN "the younger Pruitt said" THEN the younger by age speaks, and the next sentence\'s quote goes on with him', () => {
  const text = 'Dale and Wade Pruitt have farmed the same land for 35 years.\n\nDale, 61, handles the books. Wade, 56, handles the machinery.\n\n"They want to regulate a ditch," the younger Pruitt said. "You walk out here and show me the water."';
  assert.deepEqual(speakers(text), ['Wade Pruitt', 'Wade Pruitt']);
});

test('GIVEN email chains ("From: X" headers before a quoted body, "X sent Y a draft ... she replied", "Garland\'s answer came ... she wrote") WHEN attributed THEN the sender, the one replying and the one answering speak', () => {
  assert.deepEqual(speakers('The exchange reads in part:\n\nFrom: Nate Iverson\n\nTo: Desmond Pryor\n\n"Des — nobody here should confirm we have the transcript."'), ['Nate Iverson']);
  assert.deepEqual(speakers('In a March thread, Tessa Garland sent Maribel Quon a draft statement. "Too cute by half," she replied.'), ['Maribel Quon']);
  assert.deepEqual(speakers('Tessa Garland wrote first. Maribel Quon agreed. Garland\'s answer came the next morning. "On it," she wrote.'), ['Tessa Garland']);
});

test('GIVEN "Pryor did not answer that message, according to the batch. But two days later he wrote" WHEN attributed THEN the report\'s own subject is the "he"', () => {
  const text = 'From: Nate Iverson\n\nTo: Desmond Pryor\n\n"Des — nobody here should confirm we have the transcript."\n\nPryor did not answer that message, according to the batch. But two days later he wrote to Iverson alone, "She said yes to one thing."';
  assert.deepEqual(speakers(text), ['Nate Iverson', 'Desmond Pryor']);
});

test('GIVEN "Another, using the handle RidgeRunner88, wrote:" WHEN attributed THEN the handle speaks as written', () => {
  assert.deepEqual(speakers('"This is why I don\'t trust anything they say," one YouTube commenter wrote.\n\nAnother, using the handle RidgeRunner88, wrote: "If the roles were reversed, she\'d be in jail."'), ['one YouTube commenter', 'RidgeRunner88']);
});

test('GIVEN "Harold Bixby, a retired teacher," and "Gary Stoltz, a truck driver from Halvard," WHEN "the retired teacher said" or "the truck driver said" THEN the person introduced so speaks', () => {
  assert.deepEqual(speakers('Harold Bixby, a retired teacher, was turned away at the polls. "They didn\'t even ask me to take it off," the retired teacher said.'), ['Harold Bixby']);
  assert.deepEqual(speakers('Gary Stoltz, a truck driver from Halvard, waited in line. "My paycheck\'s been flat since 2008," the truck driver said.'), ['Gary Stoltz']);
});

test('GIVEN two people named together ("Marvin and Ellen Castellane", "Dustin Roark and Trent Oyler") WHEN "the couple said" or "both men said" THEN the two speak, named as written', () => {
  assert.deepEqual(speakers('Marvin and Ellen Castellane gave $50,000 in 2012. "We\'re not writing checks to a party that won\'t tell us what it stands for," the couple said.'), ['Marvin and Ellen Castellane']);
  assert.deepEqual(speakers('Dustin Roark and Trent Oyler met on Tuesday. "It was a civil conversation," both men said.'), ['Dustin Roark and Trent Oyler']);
});
