import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

// Letters pages, reader roundups and social-media posts (fictional readers, handles and towns).
const quotes = (text: string) => extract({ text, published: '2031-10-11' }).quotes;
const speakers = (text: string) => quotes(text).filter((q) => q.kind !== 'indirect' && q.kind !== 'term').map((q) => q.speaker);

test('GIVEN a letter in the first person signed on its own line ("Renata Guzmán-Kell; Fairhope, Ala.") WHEN the writer quotes herself THEN the signer speaks, and the signature is no subject of the next letter', () => {
  const text = 'I was at the diner with my daughter. My daughter asked, “Is this normal?” I told her, “No, honey. It isn\'t.”\n\nRenata Guzmán-Kell; Fairhope, Ala.\n\nHelen Marchetti\'s concession was gracious. “We owe him an open mind,” she said.\n\nDeborah Kinsella-Ward; Bay City, Mich.';
  assert.deepEqual(speakers(text), ['My daughter', 'Renata Guzmán-Kell', 'Helen Marchetti']);
});

test('GIVEN posts credited after them (a handle on its own line, "— ohiomom1964", an embed credit with the handle and date) WHEN attributed THEN the credit speaks', () => {
  assert.deepEqual(speakers('“The moderator has lost the room. #VPDebate”\n\n@plish516.\n\n“Not one question about farms.”\n\n@corncobkate.'), ['@plish516', '@corncobkate']);
  assert.deepEqual(speakers('“Brave column. Thank you.” — ohiomom1964\n\n"Nobody asked me." — gravy_boat_gus'), ['ohiomom1964', 'gravy_boat_gus']);
  assert.deepEqual(speakers('“Calloway: *interrupts* Calloway: *interrupts again*”\n\n— Bryn Castellano (@brynwrites) October 5, 2016'), ['Bryn Castellano']);
});

test('GIVEN readers known by a first name and a town ("Tammy in Sarasota agreed:", "Phil in Canton reminded us") WHEN attributed THEN the reader speaks, not the town', () => {
  assert.deepEqual(speakers('Tammy in Sarasota agreed: “We\'ve been burned before.”'), ['Tammy']);
  assert.deepEqual(speakers('"Early voting ends Nov. 7," Phil in Canton reminded us. "Don\'t just post about it."'), ['Phil', 'Phil']);
});

test('GIVEN "he\'d say", "used to say" and a writer\'s "I don\'t believe her" after a quotation WHEN attributed THEN the one who says it speaks', () => {
  assert.deepEqual(speakers('My grandfather had a saying. “Vote for the person,” he\'d say, passing the gravy, “not the party.”'), ['my grandfather', 'my grandfather']);
  assert.deepEqual(speakers('My old foreman at the mill used to say, "You don\'t like the score, play better."'), ['My old foreman at the mill']);
  assert.deepEqual(speakers('Helen Marchetti spoke at length. When she says, “I\'ll be a president for all of you,” I don\'t believe her.'), ['Helen Marchetti']);
  // (a long opening with its own verb far from the quotation keeps no habit: 'Everyone wants to call this over, but ... the "experts"')
  assert.deepEqual(quotes('Everyone wants to call this thing over, but I remember when the "experts" told us the polls couldn\'t be wrong.').map((q) => q.speaker), [null]);
});

test('GIVEN "Oakley\'s defenders say", a mailbag\'s title and "a headline that read" WHEN extracted THEN the defenders speak and the titles are nobody\'s', () => {
  assert.deepEqual(speakers('Oakley\'s defenders say he is a “truth-teller.”'), ["Oakley's defenders"]);
  assert.deepEqual(speakers('Polls close Tuesday at 7 p.m. Next week\'s mailbag, “After the Ballots,” will take your questions.'), []);
  assert.ok(quotes('The Sentinel\'s forecast page ran a headline that read “Marchetti\'s Road to a Landslide.”').every((q) => q.kind === 'term' || q.kind === 'indirect'));
  // (words used as a headline are still the words of the one who said them)
  assert.deepEqual(quotes('The piece used one of the woman\'s quotes as its headline: “Finally. Someone who thinks like me.”').map((q) => q.kind), ['direct']);
});

test('GIVEN aggregation lead-ins ("Read the full statement below:", "UPDATE 5:20 p.m.: X weighed in on Twitter:", "The body, signed by X, read:") WHEN attributed THEN the person speaks, not the lead-in', () => {
  assert.deepEqual(speakers('Sen. Lena Varga went further. Read the full statement below:\n\n"I can no longer support him."'), ['Lena Varga']);
  assert.deepEqual(speakers('UPDATE 5:20 p.m.: Mara Quill weighed in on Twitter: "This is horrific."'), ['Mara Quill']);
  assert.deepEqual(speakers('The email arrived Monday. The body, signed by Mara Quill, read: "I wouldn\'t ask if it weren\'t important."'), ['Mara Quill']);
});

test('GIVEN "Pruett went on to describe voters as \'...\'" and "as X was talking, Y leaned in and muttered:" WHEN attributed THEN the one going on, and the main clause\'s subject, speak', () => {
  assert.equal(speakers('The Torch reports that Pruett went on to describe voters as "low-information folks who vote on vibes." Torch editor Mack Ruiz called the remarks "honest."')[0], 'Pruett');
  assert.deepEqual(speakers('Later, as Mara Quill was talking about taxes, Walt Corrigan leaned into his microphone and muttered: "Such a nasty person."'), ['Walt Corrigan']);
  assert.deepEqual(speakers('"Since before," corrects Hal Brisbane, a retired machinist.'), ['Hal Brisbane']);
});

test('GIVEN "The worker wouldn\'t say." after a named supervisor WHEN "she said" follows THEN the worker speaks', () => {
  assert.deepEqual(speakers('Willa Fern, the elections supervisor, confirmed the visit. "There\'s no conspiracy," Fern said.\n\nThe worker wouldn\'t say. "I don\'t ask and they don\'t tell," she said, laughing.'), ['Willa Fern', 'the worker']);
});

test('GIVEN a column by "By Cassandra Mott-Eberly" where the writer quotes herself ("\'A little,\' I said", "I\'ve been telling my wife", "Mine would be short:") WHEN no signature follows THEN the byline speaks', () => {
  assert.deepEqual(speakers('By Cassandra Mott-Eberly\n\nMy grandfather had a saying.\n\nMy daughter asked me last night whether I was sad about all this. “A little,” I said. “But not confused.”'), ['Cassandra Mott-Eberly', 'Cassandra Mott-Eberly']);
  assert.deepEqual(speakers('I\'ve been telling my wife for a year, "This is the guy."\n\nHarlan Dubbs; Pocatello, Idaho'), ['Harlan Dubbs']);
  // (an indirect question of the writer's is no quote of the writer's to answer: 'I ask her whether ...' then 'she says')
  assert.deepEqual(speakers('By Hallie Brandt\n\nCelia Marrow flew helicopters for twenty years.\n\nWalking back to the van, she hums. I ask her whether she thinks she\'ll win. “I think I\'ll land it,” she says.'), ['Celia Marrow']);
});

test('GIVEN "His college roommate at Tillman State, Gabe Hollander, remembers him as \'...\'" and "she is, by her own account, \'...\'" WHEN attributed THEN the person speaks, not the place', () => {
  assert.deepEqual(speakers('His college roommate at Tillman State, Gabe Hollander, remembers him as “the only freshman who read the newspaper.”'), ['Gabe Hollander']);
  assert.deepEqual(speakers('Karin Halvorsen never left. She runs a hair salon on Main Street called Shear Luck, and she is, by her own account, “the Halvorsen who stayed.”'), ['Karin Halvorsen']);
});

test('GIVEN business copy ("One analyst at a Boston fund, who asked not to be named, ... the analyst said", a fund\'s letter, a plan "known internally as", a slide, a product "the company markets as") WHEN extracted THEN the analyst and the fund speak and the names are terms', () => {
  assert.equal(speakers('Priya Ramaswell, an analyst at Morgan Hale Partners, cut her target.\n\nOne analyst at a Boston fund, who asked not to be named, was blunter. "They built the company around four customers," the analyst said.').pop(), 'one analyst at a Boston fund');
  assert.deepEqual(speakers('Gantry Capital, the fund run by Nolan Strickhouse, sent a letter to the board on Monday.\n\n"The board has failed," the letter said.'), ['Gantry Capital']);
  assert.deepEqual(speakers('Nolan Strickhouse wrote a letter. He called the company\'s turnaround plan, known internally as "Pellridge Forward," a "slogan in search of a strategy."'), ['Nolan Strickhouse']);
  assert.deepEqual(speakers('Behind Jasper Thorne, a single slide read "Look up." He returned to the phrase again and again.'), []);
  assert.ok(quotes('She said that the line, which the company markets as "Strata Edge," grew 22 percent.').every((q) => q.kind === 'indirect' || q.kind === 'term'));
});

test('GIVEN everyday campaign copy ("..., a remark she later said she regretted", "An hour later: \'...\'", "X\'s running mate says") WHEN attributed THEN the pronoun, the writer before, and the running mate speak', () => {
  assert.deepEqual(speakers('Ms. Helen Castellano said at a forum in March that her plan would "put a lot of coal companies out of business," a remark she later said she regretted.'), ['Helen Castellano']);
  assert.deepEqual(speakers('"Senator Oyler is weak," Dale Brackett wrote just after 10 p.m.\n\nAn hour later: "Oyler begged me for an endorsement. Pathetic!"'), ['Dale Brackett', 'Dale Brackett']);
  assert.deepEqual(speakers('Dale Brackett spoke in the morning. Dale Brackett\'s running mate says the campaign will "compete everywhere."'), ["Dale Brackett's running mate"]);
});
