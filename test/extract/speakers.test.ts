import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

const speakers = (text: string) => extract({ text, published: '2031-05-14' }).quotes.filter((q) => q.kind !== 'indirect').map((q) => q.speaker);

test('GIVEN "he said" after a quote WHEN the article named him earlier THEN the pronoun resolves to his full name, never a bare pronoun', () => {
  const text = 'Port authority chief Tomas Ekwueme toured the flooded docks on Sunday.\n\n"The water came in faster than any model predicted," he said.';
  assert.deepEqual(speakers(text), ['Tomas Ekwueme']);
});

test('GIVEN "she" after a man was mentioned more recently WHEN genders are known from first names THEN she resolves to the woman', () => {
  const text = 'Mayor Linda Okafor met engineer Peter Voss at the pier. Voss showed her the cracks.\n\n"We close the pier tonight," she said.';
  assert.deepEqual(speakers(text), ['Linda Okafor']);
});

test('GIVEN a surname and a title at the attribution WHEN the full name appeared before THEN the speaker is the full name', () => {
  const text = 'Finance Minister Ana Ruiz presented the budget.\n\n"Nothing here is optional," Ms. Ruiz said. "Nothing," Ruiz added.';
  assert.deepEqual(speakers(text), ['Ana Ruiz', 'Ana Ruiz']);
});

test('GIVEN a role with nobody named WHEN attributed THEN the speaker stays a short description', () => {
  const text = '"The recall covers every unit sold since March," a Brightwell Appliances spokesperson said on Friday.';
  assert.deepEqual(speakers(text), ['a Brightwell Appliances spokesperson']);
});

test('GIVEN an inverted attribution with an appositive WHEN attributed THEN only the name is the speaker', () => {
  const text = '"It was a clean count," said Hedda Marsh, who chairs the county election board in Pellworth.';
  assert.deepEqual(speakers(text), ['Hedda Marsh']);
});

test('GIVEN a colon introduction in the previous paragraph WHEN the quote paragraph has no cue THEN the introducer speaks', () => {
  const text = 'Coach Emeka Barnaby was blunt:\n\n"We played scared for ninety minutes."';
  assert.deepEqual(speakers(text), ['Emeka Barnaby']);
});

test('GIVEN a quote signed with a dash and a transcript line WHEN attributed THEN the signer and the transcript name speak', () => {
  const text = '"The buses never come on time." ― Marisol Quent\n\n"HOST: Welcome back to the show, everyone."';
  assert.deepEqual(speakers(text), ['Marisol Quent', 'Host']);
});

test('GIVEN a pronoun with nobody named before WHEN attributed THEN the speaker is null rather than the pronoun', () => {
  assert.deepEqual(speakers('"We are not leaving," she said.'), [null]);
});

test('GIVEN a spokeswoman introduced by name WHEN a later quote cites "the spokeswoman" THEN the speaker is her name', () => {
  const text = 'Harbour spokeswoman Ilka Brandt confirmed the closure.\n\n"Ferries will run again by Friday," the spokeswoman said.';
  assert.deepEqual(speakers(text), ['Ilka Brandt']);
});

test('GIVEN a quote inside a sentence with no speech verb WHEN attributed THEN the sentence subject speaks', () => {
  const text = 'Councillor Wim Achterberg dismissed the ferry plan as "a fantasy for tourists" on Monday.';
  assert.deepEqual(speakers(text), ['Wim Achterberg']);
});

test('GIVEN "it added" after a newspaper was quoted WHEN attributed THEN "it" names the organisation, never the bare pronoun', () => {
  const text = 'The Harwick Gazette reviewed the port accounts last week.\n\n"The deficit doubled in a year," the Harwick Gazette wrote.\n\n"Nobody at the port has explained why," it added.';
  assert.deepEqual(speakers(text), ['Harwick Gazette', 'Harwick Gazette']);
});

test('GIVEN "she continued" after a woman with a unisex first name spoke WHEN attributed THEN she is that woman', () => {
  const text = 'Mayor Tomas Brenner vetoed the bill.\n\n"The veto is a betrayal," said widow Terry Ashcombe.\n\nShe continued, "We will be back in the council chamber on Monday."';
  assert.deepEqual(speakers(text), ['Terry Ashcombe', 'Terry Ashcombe']);
});

test('GIVEN "he said" after a woman named by her first name alone spoke WHEN attributed THEN he is not her', () => {
  const text = 'Governor Piet Vandermolen closed his speech in Arnhold.\n\n"Thank you all," Melanie said to the screen.\n\n"I love this town," he said.';
  assert.deepEqual(speakers(text), ['Melanie', 'Piet Vandermolen']);
});

test('GIVEN a sentence opened by a pronoun before a company name WHEN "she" speaks next THEN the company is not her antecedent', () => {
  const text = 'Senator Ilse Marwood spoke after the hearing. Though she called Fennick Brothers reckless, she praised its staff.\n\n"They deserve better bosses," she said.';
  assert.deepEqual(speakers(text), ['Ilse Marwood']);
});

test('GIVEN "X, now the majority leader, who in 2010 said" WHEN attributed THEN the relative clause speaks for X', () => {
  const text = 'Voters still remember Odile Frane, now the council majority leader, who in 2010 said the tramway was "a one-term fantasy."';
  assert.deepEqual(speakers(text), ['Odile Frane']);
});

test('GIVEN a bare quote sentence after a sentence whose subject follows a show title WHEN attributed THEN that subject speaks, not the previous speaker', () => {
  const text = '"We hold the line," Mayor Ruth Albers said on Sunday.\n\nOn "Harbour Talk," Councillor Benno Straat, who lost the primary, called the budget a trap for young families. "Young families are sick and tired of promises."';
  assert.deepEqual(speakers(text), ['Ruth Albers', 'Benno Straat']);
});

test('GIVEN "X\'s claim that ..." around a partial quote with no speech verb WHEN attributed THEN X speaks', () => {
  const text = 'The fact-checkers at Veritas Desk examined Lorna Pike\'s claim that there were "thousands of burglaries" in Marl last year.';
  assert.deepEqual(speakers(text), ['Lorna Pike']);
});

test('GIVEN "per", "reads" and a long opening phrase before a colon WHEN attributed THEN the source, the document and the subject speak', () => {
  const text = [
    'Proxies are not allowed "when filling a vacancy on the ticket," per the party bylaws.',
    '"We ask the board to reconsider its vote on the harbour school," the open letter reads.',
    'With council leaders increasingly worried about turnout among young renters, Mayor Ivo Castel is rolling out a blunt message: "This vote is about me."',
  ].join('\n\n');
  assert.deepEqual(speakers(text), ['the party bylaws', 'the open letter', 'Ivo Castel']);
});

test('GIVEN "X said, going on to say that ..." before a partial quote WHEN attributed THEN X speaks', () => {
  const text = '"That fight is over," Dena Vollrath said, going on to say that the county had spent "decades fighting this very plan."';
  assert.deepEqual(speakers(text), ['Dena Vollrath', 'Dena Vollrath']);
});

test('GIVEN a transcript line continuing an open quote from the paragraph before WHEN attributed THEN the line belongs to its own speaker', () => {
  const text = '"HOST: Will the mayor attend tomorrow?\n\n"RUIZ: Well, look, she has been invited like everyone else."';
  assert.deepEqual(speakers(text), ['Host', 'Ruiz']);
});

test('GIVEN "X is describing as "..." a Y tweet" WHEN attributed THEN X speaks, not the author of the tweet', () => {
  const text = 'Mayor Hanna Voss is describing as "reckless" a Pieter Lund tweet about the harbour.';
  assert.deepEqual(speakers(text), ['Hanna Voss']);
});

test('GIVEN "House Speaker X" opening a sentence WHEN "he said" follows THEN he is the speaker, not a man named earlier', () => {
  const text = '"The vote is on Friday," Senate Leader Arno Kettler said.\n\nHouse Speaker Bram Oduya, despite his doubts, backed the plan.\n\n"I think we have the numbers," he said.';
  assert.deepEqual(speakers(text), ['Arno Kettler', 'Bram Oduya']);
});

test('GIVEN "they wrote" after a group of critics was the subject WHEN attributed THEN the group speaks, never one member or the bare pronoun', () => {
  const text = 'Critics of the ferry plan, like Councillor Jonas Ebbe, want an audit first. They sent a letter to the mayor on Monday.\n\n"The plan is broken and should be allowed to lapse," they wrote.';
  assert.deepEqual(speakers(text), ['Critics of the ferry plan']);
});

test('GIVEN "what they call" in a sentence whose subject is a candidate\'s campaign WHEN attributed THEN that campaign speaks, named with its candidate', () => {
  const text = 'Senator Ada Morrow toured the port. Morrow\'s campaign is seeking to contrast her plan with what they call Tom Pell\'s "selfish and tired agenda."';
  assert.deepEqual(speakers(text), ["Ada Morrow's campaign"]);
});

test('GIVEN a document as the speaker of a quote ("said the ruling") WHEN attributed THEN the description is kept, not dropped as a clause', () => {
  const text = '"A county cannot purge a voter for staying home," said the ruling.';
  assert.deepEqual(speakers(text), ['the ruling']);
});

test('GIVEN ", according to X" later in the sentence after a partial quote WHEN attributed THEN X speaks', () => {
  const text = 'More than 9,000 pupils joined a "walk-in" at 80 schools in Marl, according to the organisers at Parents United.';
  assert.deepEqual(speakers(text), ['the organisers at Parents United']);
});

test('GIVEN a report inserted after a dash ("-- meddling the councillor said is ...") WHEN attributed THEN the description speaks, without the words before it', () => {
  const text = 'She urged the mayor to act against the leak -- meddling the Marl councillor said is designed to "sow discord" in the town.';
  assert.deepEqual(speakers(text), ['the Marl councillor']);
});

test('GIVEN a sentence opening with "In an interview with <host>," before its subject WHEN "he told the host" follows THEN he is the subject, not the host', () => {
  const text = 'Retired Harbour Police Gen. Odo Brandvik is speaking out about the port.\n\nIn an interview with Radio Marl host Kees Wouters, Brandvik made it clear he had misgivings about Mayor Piet Lund.\n\n"Now that I am retired," he told the host, "I can say the port was run badly."';
  assert.deepEqual(speakers(text), ['Odo Brandvik', 'Odo Brandvik']);
});

test('GIVEN a man introduced with an appositive at the end of a sentence WHEN "he said" follows THEN he is that man, not the sentence subject', () => {
  const text = 'While Mayor Piet Lund had a choir singing for him, that has not happened for the council, which concerns Henry Arkwright, president of the Marl Tenants Union.\n\n"Nobody is singing for the council," he said.';
  assert.deepEqual(speakers(text), ['Henry Arkwright']);
});

test('GIVEN "X called her a disgrace after she blamed ... on "..."" WHEN attributed THEN the woman in the inner clause speaks, not the man', () => {
  const text = 'Governor Karl Brenner called Senator Ilse Marwood a "disgrace" after she blamed the floods on "decades of neglect" by the port.';
  assert.deepEqual(speakers(text), ['Karl Brenner', 'Ilse Marwood']);
});

test('GIVEN a long descriptive source ("a complaint filed by ...", "the former first lady and senator") WHEN attributed THEN a short description is kept', () => {
  const text = '"We object," said a 12-count complaint filed by the Marl prosecutors on Monday.\n\nThe former first lady and Marl senator said it was "a mistake" to use the private server.';
  assert.deepEqual(speakers(text), ['a 12-count complaint', 'The former first lady and Marl senator']);
});

test('GIVEN unnamed sources described with "familiar with", "close to" or "one official" WHEN attributed THEN the whole description is the speaker', () => {
  const text = '"It is over," one official said on condition of anonymity.\n\nPeople familiar with the matter said the lenders would wait "until the spring at the latest."\n\n"Nobody wants a default," a source close to the talks said.';
  assert.deepEqual(speakers(text), ['one official', 'People familiar with the matter', 'a source close to the talks']);
});

test('GIVEN "X\'s deputy, Y, disagreed" WHEN "he said" follows THEN he is the deputy Y, not X', () => {
  const text = 'Opposition leader Ilka Varga was scathing. She called the budget a failure.\n\nVarga\'s deputy, Piet Holm, disagreed with her. "We should wait," he said.';
  assert.deepEqual(speakers(text).slice(-1), ['Piet Holm']);
});

test('GIVEN a name of unknown gender followed by "She ..." WHEN a later "he said" has no male antecedent nearer THEN he is not that woman', () => {
  const text = 'Piet Holm chaired the session.\n\nOpposition leader Ilka Varga was scathing. She called the budget a failure.\n\n"We should wait," he said.';
  assert.deepEqual(speakers(text), ['Piet Holm']);
});

test('GIVEN a short quotation that is a whole sentence after another quote WHEN extracted THEN it is a direct quote of the same speaker, not a scare quote', () => {
  const text = '"We will not yield," Finance Minister Maren Solvik, 54, told reporters outside the ministry. "Not today, not next week."';
  const qs = extract({ text, published: '2031-05-14' }).quotes;
  assert.deepEqual(qs.map((q) => [q.kind, q.text, q.speaker]), [['direct', 'We will not yield,', 'Maren Solvik'], ['direct', 'Not today, not next week.', 'Maren Solvik']]);
});

test('GIVEN a person introduced with a role (appositive, capitalised title, "the ministry\'s spokesman") WHEN "the minister/spokesman said" follows THEN the role names that person', () => {
  const text = 'Oskar Velde, the finance minister, spoke first. "There is no hole," the minister said.\n\n"The budget is balanced," said Tomas Brandt, the ministry\'s spokesman. "No new taxes," the spokesman added.\n\nSpokeswoman Ilka Brandt spoke next. "Nobody will be left behind," the spokeswoman said.';
  assert.deepEqual(speakers(text), ['Oskar Velde', 'Tomas Brandt', 'Tomas Brandt', 'Ilka Brandt']);
});

test('GIVEN "the head of X, Name, said" after a quote WHEN attributed THEN the name set off after the description speaks', () => {
  assert.deepEqual(speakers('"The dam is safe," the head of the Civil Protection, Ruslan Abdurakhmanov, said.'), ['Ruslan Abdurakhmanov']);
});

test('GIVEN a quote paragraph of its own after a paragraph about one person WHEN it has no cue THEN that person speaks', () => {
  assert.deepEqual(speakers('Lene Aastrup addressed the council.\n\n"We are paying for that now."'), ['Lene Aastrup']);
});

test('GIVEN "Asked whether ..., X said: "No."" and a quotation split by "X said," WHEN extracted THEN only the answers are quotes, all direct', () => {
  const qs = extract({ text: 'Asked whether he would resign, Oskar Velde said: "No."\n\n"We will," Velde said, "not yield."', published: '2031-05-14' }).quotes;
  assert.deepEqual(qs.map((q) => [q.kind, q.text, q.speaker]), [['direct', 'No.', 'Oskar Velde'], ['direct', 'We will,', 'Oskar Velde'], ['direct', 'not yield.', 'Oskar Velde']]);
});

test('GIVEN first names the news lexicon lacks (Ilka, Oskar) WHEN "he"/"she" follows THEN the name lists give their genders', () => {
  assert.deepEqual(speakers('Ilka Brandt met Oskar Velde on Monday.\n\n"We agreed on nothing," he said.'), ['Oskar Velde']);
  assert.deepEqual(speakers('Oskar Velde met Ilka Brandt on Monday.\n\n"We agreed on nothing," she said.'), ['Ilka Brandt']);
});

test('GIVEN a name usually given to men WHEN the next paragraph opens with "She" about that person THEN the text overrules the list', () => {
  const text = 'Senator Paul Arkwright spoke first.\n\n"They are wrong," said widow Terry Strada.\n\nShe continued: "We want our day in court."\n\n"Nobody listens to us," she said.';
  assert.deepEqual(speakers(text), ['Terry Strada', 'Terry Strada', 'Terry Strada']);
});

test('GIVEN machine-translated inversions ("is saying the mayor, Name") and "said the head of X, Name" WHEN attributed THEN the named person speaks and no clause is reported', () => {
  const qs = extract({ text: '"The water came in the night," is saying the mayor, Dragan Petrovic.\n\n"It is over," said the head of the council, Ruslan Abdurakhmanov, on Monday.', published: '2031-05-14' }).quotes;
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['direct', 'Dragan Petrovic'], ['direct', 'Ruslan Abdurakhmanov']]);
});

test('GIVEN "In August, several environmental groups granted Mr. Clarke an extension, saying his "..."" WHEN attributed THEN the groups speak, not the object of their verb', () => {
  const text = 'Tom Clarke bought the mine in 2015.\n\nIn August, several environmental groups granted Mr. Clarke an extension on a court order, saying his "start-up capital was less than expected."';
  assert.deepEqual(speakers(text), ['several environmental groups']);
});

test('GIVEN a person introduced with an age ("Emeka Barnaby, 52,", "Hanne Sorvik, 41, a teacher,") WHEN "the 52-year-old said" or the appositives stand before the verb THEN that person speaks', () => {
  assert.deepEqual(speakers('Emeka Barnaby, 52, was furious. "We were robbed," the 52-year-old said.\n\nHanne Sorvik, 41, a teacher, said: "We have nothing left."'), ['Emeka Barnaby', 'Hanne Sorvik']);
});

test('GIVEN transcript lines, quoted or not ("AASTRUP: ...") WHEN extracted THEN each line is its speaker\'s direct quote without the label, and "UPDATE:" is nobody', () => {
  const qs = extract({ text: 'Harbour chief Lene Aastrup spoke to the Tarvek Herald.\n\nAASTRUP: We expect it to reopen in June, if the unions agree.\n\n"AASTRUP: Nobody wants another strike."\n\nUPDATE: The unions agreed on Friday.', published: '2031-05-14' }).quotes;
  assert.deepEqual(qs.map((q) => [q.kind, q.text, q.speaker]), [
    ['direct', 'We expect it to reopen in June, if the unions agree.', 'Lene Aastrup'],
    ['direct', 'Nobody wants another strike.', 'Lene Aastrup'],
  ]);
});

test('GIVEN "his office said" or "her lawyer said" after a report naming the person WHEN attributed THEN the speaker is that person\'s office or lawyer', () => {
  const qs = extract({ text: 'Oskar Velde has resigned, his office said.\n\nHanne Sorvik will appeal, her lawyer said on Monday.', published: '2031-05-14' }).quotes;
  assert.deepEqual(qs.map((q) => q.speaker), ["Oskar Velde's office", "Hanne Sorvik's lawyer"]);
});

test('GIVEN tabloid epithets ("the tearful mum", "the 52-year-old", "the teenager") and titles around names ("Pensioner X", "Detective Constable X", "Cllr X", "X KC") WHEN attributed THEN the person speaks; a job title alone ("the goalkeeper") is not guessed', () => {
  const text = 'Jodie Barnes, 27, had popped to the shop. "I thought my world had ended," the tearful mum said.\n\nAkintade, 19, scored twice. "I cannot describe it," the teenager said.\n\nAaron Stiles made six saves. "Nobody needs to say anything," the goalkeeper said.\n\nPensioner Stan Whitlock, 78, fumed: "They only care when it is in the papers."\n\nSpeaking outside court, Detective Constable Owen Pryce said: "This sends a clear message."\n\nShe will meet Cllr Priya Nandra on Friday. "We are so proud of her," Cllr Nandra said.\n\nOpening the case, Helena Stroud KC said: "He lied."';
  assert.deepEqual(speakers(text), ['Jodie Barnes', 'Akintade', 'the goalkeeper', 'Stan Whitlock', 'Owen Pryce', 'Priya Nandra', 'Helena Stroud']);
});

test('GIVEN a nickname between the names (Darren "Dazza" Pelham) and "she laughed" WHEN attributed THEN the nickname stands for the person and "laughed" is a cue', () => {
  const text = 'Her husband, cab driver Darren "Dazza" Pelham, 44, was not surprised. "She has always been fearless," Dazza said.\n\nKerry-Ann Pelham smelled smoke. Locals have nicknamed her "Wonder Woman" and she is not keen. "Please do not call me that," she laughed.';
  assert.deepEqual(speakers(text), ['Darren Pelham', 'Kerry-Ann Pelham']);
});

test('GIVEN two nominees introduced with their parties WHEN "the Republican nominee" and "the Democratic nominee" speak THEN each is the one introduced so, and "the finance minister" is the Finance Minister named', () => {
  const text = 'Senator Marla Quinby, the Republican nominee, held a rally. Her rival, Governor Ted Ashdown, the Democratic nominee, campaigned in Ohio.\n\n"We are going to win this state," the Republican nominee told supporters.\n\n"Nothing is certain," the Democratic nominee said.\n\nFinance Minister Oskar Velde spoke next. "There is no hole," the finance minister said.';
  assert.deepEqual(speakers(text), ['Marla Quinby', 'Ted Ashdown', 'Oskar Velde']);
});

test('GIVEN abbreviated titles (Gov., Sen., Rep.), a moderator, and "According to X, Y told donors that ..." WHEN attributed THEN roles name the person and the nested report is Y\'s', () => {
  const text = 'Gov. Harlan Whitcomb spoke. "Fine," the governor said.\n\nRep. Monica Hale spoke. "Fine," the congresswoman said.\n\nCarla Brennan, the moderator, opened. "Welcome," the moderator said.\n\nAccording to the Daily Beacon, campaign manager Dale Hurst told donors on a private call Tuesday that the race was "a coin flip."';
  assert.deepEqual(speakers(text), ['Harlan Whitcomb', 'Monica Hale', 'Carla Brennan', 'Dale Hurst']);
});

test('GIVEN "A spokesman for X, Name, said", "fired back", "Name, appearing on TV, said the X amounted to "..."" and "called the claim "..."" WHEN extracted THEN speakers, spans and kinds are right', () => {
  const qs = extract({ text: 'A spokesman for the PAC, Carl Eggers, said the group would "do whatever it takes" to help.\n\nHarlan Whitcomb spoke. "I ran a store," Delia Marchetti fired back.\n\nCommentator Frank Delacorte, appearing on the podcast, said the appearances amounted to "a job interview."\n\nThe Marchetti campaign called the claim "a flat-out lie."', published: '2031-05-14' }).quotes;
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['mixed', 'Carl Eggers'], ['direct', 'Delia Marchetti'], ['mixed', 'Frank Delacorte'], ['partial', 'The Marchetti campaign']]);
});

test('GIVEN "the National Hydrology Service" then "The Hydrology Service said" WHEN attributed THEN both are the one organisation', () => {
  const qs = extract({ text: 'The river peaked at 7.4 metres, according to the National Hydrology Service. The Hydrology Service said the river would fall.', published: '2031-05-14' }).quotes;
  assert.deepEqual(qs.map((q) => q.speaker), ['National Hydrology Service', 'National Hydrology Service']);
});

test('GIVEN "the company said" after a company is named and "the ministry said" after the Ministry of Finance WHEN attributed THEN the organisations speak', () => {
  const text = 'The project, proposed by developer Linwood Crane Partners, includes a park. "We are proud of it," the company said.\n\nThe Ministry of Finance cut taxes. "It was needed," the ministry said.';
  assert.deepEqual(speakers(text), ['Linwood Crane Partners', 'Ministry of Finance']);
});

test('GIVEN a quoted passage of another writer’s narrative WHEN "she said" follows THEN she is the woman the passage is about, and the passage is the writer’s', () => {
  const text = [
    'The Courier sent its reporter Dana Whitlock into a living room in western Ohio to watch the convention with the woman and her boyfriend.',
    'The woman disputes the idea that she needed help. Whitlock reports:',
    '"Marla thought the whole thing was outrageous. She wasn\'t a person with a grudge. She was anxious, sure. Enraged, definitely. But certainly not in need of a hospital stay.',
    '“It never crossed my mind that I’m losing it,” she said several months after her release.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), ['Dana Whitlock', 'Marla']);
});

test('GIVEN "X said Y did ..." (X misspelt, as in the source) WHEN a quote follows with "she said" THEN she is X, the one who said it, not Y', () => {
  const text = 'Two voters, Tyra Mbeki and Bryan Hollis, watched Senator Rowena Carr at the rally.\n\nMbekki said Carr doesn’t show consistency on housing.\n\n“It’s not something that she says every week,” she said.\n\nShe continued, “When the cameras go, she goes.”';
  assert.deepEqual(speakers(text), ['Tyra Mbeki', 'Tyra Mbeki']);
});

test('GIVEN a quote ending its sentence WHEN the next short sentence says something of its own ("Brand now says she opposes it.") THEN it is no attribution of the quote', () => {
  const text = 'Governor Marta Vell said during a Friday evening rally in Dunmore that Senator Ilsa Brand once described the pact as “the gold standard” of trade deals. Brand now says she opposes the deal.';
  const q = extract({ text, published: '2031-05-14' }).quotes.find((x) => x.text.includes('gold standard'));
  assert.equal(q?.speaker, 'Marta Vell');
});

test('GIVEN a question quote WHEN the next sentence is "Name said, looking out on the crowd." THEN that sentence attributes it', () => {
  const text = 'Senator Oren Pask took the stage late.\n\n“Who would have believed that we would get this far?” Pask said, looking out on the cheering crowd.';
  assert.deepEqual(speakers(text), ['Oren Pask']);
});

const all = (text: string) => extract({ text, published: '2031-05-14' }).quotes.map((q) => [q.kind, q.speaker, q.text] as const);

test('GIVEN surnames ending in -ing or -ed (Fleming, Manning) WHEN they attribute a quote THEN they are names, not verbs', () => {
  assert.deepEqual(speakers('Mayor Tessa Fleming conceded on Monday. "We lost," Fleming said. "We lost badly," said Dale Manning.'), ['Tessa Fleming', 'Dale Manning']);
});

test('GIVEN "President-elect X" or "Organizer X" opening a sentence WHEN X speaks THEN the title is not part of the name, and "the president-elect" is X', () => {
  const text = 'President-elect Corwin Halvorsen thanked the electors. "It was great," Halvorsen said. Organizer Tobias Renwick said the march would go on.\n\n"The voters spoke," the president-elect wrote.';
  const got = all(text);
  assert.deepEqual(got.map((q) => q[1]), ['Corwin Halvorsen', 'Tobias Renwick', 'Corwin Halvorsen']);
});

test('GIVEN "said in a statement:" or "declined to comment for this story" WHEN extracted THEN no indirect quote is made of the phrase', () => {
  const got = all('Tamsin Greer said in a statement: "We respect the result." Ada Pellerin declined to comment for this story.');
  assert.deepEqual(got, [['direct', 'Tamsin Greer', 'We respect the result.']]);
});

test('GIVEN a curly closing quote glued to the next sentence ("it.”He added") WHEN attributed THEN each quote keeps its own frame', () => {
  const text = 'Dale Prewitt, a contractor from Harlow, said he came to “make sure nobody steals it.”He added: “We’ve seen it.”';
  assert.deepEqual(speakers(text), ['Dale Prewitt', 'Dale Prewitt']);
  assert.equal(extract({ text, published: '2031-05-14' }).entities.find((e) => e.name === 'Harlow')?.type, 'place');
});

test('GIVEN a report with a trailing "according to" source WHEN the report has its own speaker THEN the quoted words are that speaker’s', () => {
  const text = 'Senator Ada Pellerin faced questions. Pellerin told allies that the nomination is "not in trouble," according to two people.\n\n' +
    'According to the Ledger, an Oakhurst adviser conceded that "the math is the math."';
  assert.deepEqual(speakers(text), ['Ada Pellerin', 'an Oakhurst adviser']);
});

test('GIVEN "The Ledger also quoted Gov. X:" or "When a reporter asked her ..., X shrugged:" WHEN a quote follows THEN X speaks', () => {
  const text = 'The Ledger also quoted Gov. Teodoro Ruelas:\n\n"We will not be rushed."\n\nCeleste Marwick was asked about it. When a reporter asked her about that line, Marwick shrugged: "People grow."';
  assert.deepEqual(speakers(text), ['Teodoro Ruelas', 'Celeste Marwick']);
});

test('GIVEN "grumbled" or "groused" WHEN it attributes a quote THEN it is a speech verb; "the hand recount" is not', () => {
  assert.deepEqual(speakers('"We were promised outsiders," grumbled Della Fairbrook.'), ['Della Fairbrook']);
  assert.deepEqual(all('Tallis County election officials began the hand recount Wednesday morning in a converted high school gym.'), []);
});

test('GIVEN a second quotation after "and said" in the same sentence WHEN it has no frame of its own THEN it goes on with the first one’s speaker', () => {
  const text = 'According to the Ledger, an Oakhurst adviser conceded that "the math is the math" and said the campaign was preparing a speech "just in case."';
  assert.deepEqual(speakers(text), ['an Oakhurst adviser', 'an Oakhurst adviser']);
});

test('GIVEN "quoted <description>, Name, who ...:" or "When ..., she closed the laptop and said," WHEN a quote follows THEN the named person or the pronoun’s antecedent speaks', () => {
  const text = 'The Ledger also quoted Oakhurst\'s running mate, Gov. Teodoro Ruelas, who struck a different tone:\n\n"I am not going to tell anyone that their ballots don\'t matter."\n\n' +
    'Sen. Miriam Oakhurst watched the tally. When it was over, she closed the laptop and said, "Well, that\'s that."\n\nTake Celeste Marwick, his pick for the job. "People grow," Marwick said.';
  assert.deepEqual(speakers(text), ['Teodoro Ruelas', 'Miriam Oakhurst', 'Celeste Marwick']);
});

test('GIVEN "Asked whether X ..., Mr. Y paused." WHEN "he said" follows THEN he is Y, and the opening question is no report', () => {
  const text = 'Walter Brisco and Lyle Ambrose met on Monday. Asked whether Mr. Brisco would accept the result if he lost, Mr. Ambrose paused. "Of course," he said.\n\n' +
    'Margaret Dunleavy runs the transition. Her deputy, Kiyoko Sato, handles the schedule. Asked about reports of lawsuits, Mrs. Dunleavy was blunt. "Let them file," she said.';
  assert.deepEqual(all(text).map((q) => q[1]), ['Lyle Ambrose', 'Margaret Dunleavy']);
});

test('GIVEN Q. and A. lines in the Times style WHEN extracted THEN the answers are the interviewee’s and names in the questions stay names', () => {
  const text = 'Margaret Dunleavy runs the transition team. We spoke on Thursday.\n\nQ. Has Graham Pellew called?\n\nA. No. I check my phone a lot, though.';
  const x = extract({ text, published: '2031-05-14' });
  assert.deepEqual(x.quotes.map((q) => [q.speaker, q.text]), [['Margaret Dunleavy', 'No. I check my phone a lot, though.']]);
  assert.ok(x.entities.some((e) => e.name === 'Graham Pellew'));
});

test('GIVEN "answered", a possessive appositive with "of <place>", and "the senator" as a sentence subject WHEN attributed THEN the named person speaks', () => {
  const text = 'Frost turned to Elena Marchbanks. "He loves this country," Marchbanks answered.\n\n' +
    'Marchbanks\' running mate, Rep. Owen Tarrant of North Wendell, said, "I\'ve never seen lines like this."\n\n' +
    'Sen. Harriet Lusk spoke at the church hall. Gloria Betancourt, a nurse, sorted clipboards nearby. As the event wound down, the senator paused at the door. "Thank you," she told the volunteers.';
  assert.deepEqual(speakers(text), ['Elena Marchbanks', 'Owen Tarrant', 'Harriet Lusk']);
});

test('GIVEN an unnamed speaker ("one county chairwoman", "the campaign") WHEN the next quote says "she said" or "It added" THEN it is that speaker again', () => {
  const text = 'Sen. Harriet Lusk is confident. One county chairwoman, who spoke on the condition of anonymity, said turnout had been "a mess."\n\n"We started late," she said.\n\n' +
    'The Frontier Party has not commented. The Marchbanks campaign said in a statement that the result was "a clear mandate." It added: "The voters have spoken."';
  assert.deepEqual(speakers(text), ['One county chairwoman', 'One county chairwoman', 'The Marchbanks campaign', 'The Marchbanks campaign']);
});

test('GIVEN a Q. and A. introduced by "X, chief of staff to Y, sat down with The Times" WHEN answers follow THEN they are X’s, not Y’s', () => {
  const text = 'Marchbanks Team Plans Quiet Start\n\nWASHINGTON — Margaret Dunleavy, the longtime chief of staff to President-elect Elena Marchbanks, sat down with The Times on Thursday.\n\nQ. Has Graham Pellew called?\n\nA. No. I check my phone a lot.';
  assert.deepEqual(speakers(text), ['Margaret Dunleavy']);
});

test('GIVEN long official titles ("Federal Minister for Water Resources X", "Minister of Foreign Affairs and Expatriates X") WHEN X speaks THEN the name is X and "the minister" is X', () => {
  const text = 'Federal Minister for Water Resources Tanveer Qazmi on Monday said that the dam would be finished "at any cost".\n\n' +
    'Minister of Foreign Affairs and Expatriates Karim Mansouri affirmed that his country would not accept foreign dictates. "The minister said nothing new," a diplomat said. "We will not yield," the minister said.';
  assert.deepEqual(all(text).map((q) => q[1]), ['Tanveer Qazmi', 'Karim Mansouri', 'a diplomat', 'Karim Mansouri']);
});

test('GIVEN "Sources at the Foreign Ministry", "a source in diplomatic circles" and "In his words," WHEN attributed THEN the sources stay whole and "his" is the man just named', () => {
  const text = 'Sources at the Foreign Ministry said the talks had stalled. A source in diplomatic circles told the agency that a deal was close.\n\n' +
    'Senator Arjun Khokhar criticised the plan. In his words, the project had become "a monument of broken promises" for the valley.';
  assert.deepEqual(all(text).map((q) => q[1]), ['Sources at the Foreign Ministry', 'A source in diplomatic circles', 'Arjun Khokhar']);
});

test('GIVEN a Korean name ("Lee Hwa-jung") WHEN "she" follows THEN she is Lee Hwa-jung (the family name "Lee" says nothing of her gender)', () => {
  assert.deepEqual(speakers('Lee Hwa-jung, 91, waited at the border.\n\n"I only want to hold his hand," she told the agency.'), ['Lee Hwa-jung']);
});

test('GIVEN a comma outside the closing quote ("We will remain vigilant", he said.) WHEN extracted THEN the quote is direct', () => {
  assert.deepEqual(all('John Miller spoke. "We will remain vigilant", he said.'), [['direct', 'John Miller', 'We will remain vigilant']]);
});

test('GIVEN an unnamed relative as the subject ("my father called me", "My daughter is 19") WHEN "he told me"/"She told me" follows THEN the relative speaks, not the last person named', () => {
  const text = 'Theresa Lindqvist is a former mayor of Fennick, North Wendell.\n\nWhen I lost my first race, by 212 votes, my father called me the next morning. "You shook every hand you could," he told me.\n\n' +
    'Janice Pruitt\nHaverford Springs, Lakeshire\n\nMy daughter is 19 and voted for the first time. She told me, "Mom, it took ten minutes."';
  assert.deepEqual(speakers(text), ['my father', 'my daughter']);
});

test('GIVEN "Talbot campaign spokesman Julian Ferreira", "Indiana Gov. Wade Pruett … the Indiana governor" and "the former secretary of state" WHEN attributed THEN the named people speak', () => {
  const text = 'Grant Halvorsen and Corinne Talbot campaigned across the Midwest.\n\nTalbot campaign spokesman Julian Ferreira acknowledged the error. "The secretary misspoke," he said.\n\n' +
    'Indiana Gov. Wade Pruett spoke first. "Grant was Grant tonight," the Indiana governor said.\n\nFormer Secretary of State Corinne Talbot avoided the subject. "I\'ll let the voters decide," the former secretary of state said.';
  assert.deepEqual(speakers(text), ['Julian Ferreira', 'Wade Pruett', 'Corinne Talbot']);
});

test('GIVEN "Name, 58, of Town, said" WHEN a later "he shouted" follows another man THEN the town is no person', () => {
  const text = 'Janet Pruszynski, 58, of Dunmore, said she came with her sister.\n\nIndiana Gov. Wade Pruett warmed up the crowd. "Are you ready to win?" he shouted.';
  assert.deepEqual(speakers(text), ['Wade Pruett']);
  assert.equal(extract({ text, published: '2031-05-14' }).entities.find((e) => e.name === 'Dunmore')?.type, 'place');
});

test('GIVEN unnamed sources ("A family friend who has known the couple…", "A Democratic operative … the operative said") WHEN attributed THEN the description is kept whole and reused', () => {
  const text = 'A family friend who has known the couple for three decades said the children were "fiercely private."\n\n' +
    'A Democratic operative, who requested anonymity, said the map had shifted. "Now we\'re talking about Arizona," the operative said.';
  assert.deepEqual(all(text).filter((q) => q[0] !== 'indirect').map((q) => q[1]), ['A family friend', 'A Democratic operative']);
});

test('GIVEN a mother and daughter with one surname ("Mrs. Kowalczyk", "Ms. Kowalczyk") WHEN each speaks THEN the honorifics keep them apart', () => {
  const text = 'Sen. Nadia Kowalczyk grew up in Erie. "She was eleven," said her mother, Halina Kowalczyk. "He never raised his voice," Mrs. Kowalczyk said.\n\n"My mother tells that story too often," Ms. Kowalczyk said.';
  assert.deepEqual(speakers(text), ['Halina Kowalczyk', 'Halina Kowalczyk', 'Nadia Kowalczyk']);
});

test('GIVEN "\'Look at this crowd!\' Halvorsen said as he walked out." WHEN attributed THEN Halvorsen speaks and "as he walked out" is no report', () => {
  assert.deepEqual(all('Grant Halvorsen arrived late.\n\n"Look at this crowd!" Halvorsen said as he walked out.'), [['direct', 'Grant Halvorsen', 'Look at this crowd!']]);
});

test('GIVEN roles set off before a name ("The governor\'s chief of staff, Nadia Fairbank,", "The attorney general, Rhea Mott,", "Lt. Gov. Ada Voss", "My father, Hal Dorsey,") WHEN the role speaks later THEN the person does', () => {
  assert.deepEqual(speakers('The governor\'s chief of staff, Nadia Fairbank, spoke on Sunday.\n\n"The vote is his business," the chief of staff said.'), ['Nadia Fairbank']);
  assert.deepEqual(speakers('The state party chairman, Otto Kressler, wants an endorsement.\n\n"You cannot hide from your nominee," the chairman said.'), ['Otto Kressler']);
  assert.deepEqual(speakers('The attorney general, Rhea Mott, spoke first.\n\n"We are ready," the attorney general said.'), ['Rhea Mott']);
  assert.deepEqual(speakers('Lt. Gov. Ada Voss spoke first.\n\n"We are ready," the lieutenant governor said.'), ['Ada Voss']);
  assert.deepEqual(speakers('My father, Hal Dorsey, is a retired electrician.\n\nMy father put down his fork. "Not in this house," he said.'), ['Hal Dorsey']);
});

test('GIVEN "one of them, retired welder Walt Ferrante, said" and "Grale could be heard muttering" WHEN attributed THEN the named person speaks', () => {
  assert.deepEqual(speakers('A panel was split; one of them, retired welder Walt Ferrante, said he was "more confused than before."'), ['Walt Ferrante']);
  assert.deepEqual(speakers('Tobin Grale spoke first.\n\nAs Lina Moravec answered a question, Grale could be heard muttering, "Such a phony."'), ['Tobin Grale']);
  // but a description ending in a place names no one: 'a progressive from Port Alder'
  assert.deepEqual(speakers('Rep. Colette Varga, a progressive from Port Alder, told reporters that the campaign needed "more fire."'), ['Colette Varga']);
});

test('GIVEN a document introduced with its writer WHEN "the email said", "it read" or "X read a statement from Y:" THEN the writer speaks', () => {
  assert.deepEqual(speakers('An email sent by a regional director struck a weary tone. "Morale is low," the email said.'), ['a regional director']);
  assert.deepEqual(speakers('The campaign released a written statement from chairman Ray Benedetti. "We will protect the vote," it read.'), ['Ray Benedetti']);
  assert.deepEqual(speakers('The spokesman, Ivo Brandt, read a statement from Gov. Meredith Callow: "I have full confidence in our poll workers."'), ['Meredith Callow']);
});

test('GIVEN a fragment quoted inside a clause with its own verb ("When Grale accused her of having "done nothing," Moravec shot back") WHEN attributed THEN the fragment is the clause subject\'s', () => {
  const qs = extract({ text: 'Tobin Grale and Lina Moravec debated.\n\nWhen Grale accused her of having "done nothing for thirty years," Moravec shot back: "I balanced eleven budgets."', published: '2031-05-14' }).quotes;
  assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [['done nothing for thirty years,', 'Tobin Grale'], ['I balanced eleven budgets.', 'Lina Moravec']]);
});

test('GIVEN "The state Heartland Party chairman, X,", "Attorney General X" and "The Brackwell campaign\'s Tollamay state director, X," WHEN the role speaks later THEN the person does', () => {
  assert.deepEqual(speakers('The state Heartland Party chairman, Vernon Haskett, wants an endorsement.\n\n"You cannot hide from your nominee," the chairman said.'), ['Vernon Haskett']);
  assert.deepEqual(speakers('Ingrid Haugland was joined by Attorney General Ruben Estavillo.\n\n"The law applies to everyone," the attorney general said.'), ['Ruben Estavillo']);
  assert.deepEqual(speakers("The Brackwell campaign's Tollamay state director, Jace Merriweather, spoke on Monday.\n\n\"We have 40,000 volunteers,\" the state director said."), ['Jace Merriweather']);
});

test('GIVEN "An email sent to field staff on Wednesday by a regional director" and "read a second statement, from Gov. X:" WHEN the document speaks THEN its writer does', () => {
  assert.deepEqual(speakers('An email sent to field staff on Wednesday by a regional director, which was obtained by the Dispatch, struck a weary tone.\n\n"Morale is low," the email said.'), ['a regional director']);
  assert.deepEqual(speakers('The spokesman, Tobias Fennimore, read a second statement, from Gov. Meredith Callister: "I have full confidence in our clerks."'), ['Meredith Callister']);
});

test('GIVEN "That was the assessment of X", "the younger Grale" and a headline "Fenwick election chief: \'...\'" WHEN attributed THEN X, the son and the description speak', () => {
  assert.deepEqual(speakers('Ida Lund spoke first.\n\n"We are preparing for a bad night." That was the assessment of Wendy Marr, a Grange Party pollster.'), ['Wendy Marr']);
  assert.deepEqual(speakers('Tobin Grale campaigned on Monday. His son, Tobin Grale Jr., spoke on Sunday.\n\n"Nobody thought he would win," the younger Grale said.'), ['Tobin Grale Jr.']);
  assert.deepEqual(speakers("Fenwick election chief: 'Your vote will count'\n\nFENWICK — Secretary of State Ida Lund on Monday rejected fraud claims."), ['Fenwick election chief']);
});

test('GIVEN wire and fact-check shapes (\'," – said the prosecutor X\', "RATING: \'Mostly Fiction\'", "quoted X as calling", "FactRoll\'s editor, X, wrote") WHEN attributed THEN the right one speaks and a label speaks for no one', () => {
  assert.deepEqual(speakers('"Nobody is untouchable," – said the General Prosecutor Ivan Sokol on the press-conference.'), ['Ivan Sokol']);
  assert.deepEqual(all('The claim went viral.\n\nRATING: "Mostly Fiction"').filter(([kind]) => kind !== 'term'), []);
  assert.deepEqual(speakers('The Tribune-Star also quoted Philip Ngata as calling the dismissal "routine."'), ['Philip Ngata']);
  assert.deepEqual(speakers('"The candidate is conflating two periods," FactRoll\'s editor, Yusuf Brannigan, wrote.'), ['Yusuf Brannigan']);
});

test('GIVEN "Gov. Nadia Brill\'s mother, Irene," and "His spokesman, X, said Ostrander had signed ..." WHEN "her mother said" and "he said" follow THEN Irene and the spokesman speak', () => {
  assert.deepEqual(speakers('Gov. Nadia Brill\'s mother, Irene, still lives on the farm. "Nadia\'s always been stubborn," her mother said.'), ['Irene']);
  assert.deepEqual(speakers('"I\'d love to meet the guy," Gov. Brandt Ostrander said.\n\nHis spokesman, Desmond Achterberg, said Ostrander had signed two tax credits.\n\n"The governor is proud of his record," he said.'), ['Brandt Ostrander', 'Desmond Achterberg']);
});

test('GIVEN a reporter\'s question and then "she said" WHEN attributed THEN the one asked answers, not the reporter', () => {
  assert.deepEqual(speakers('Gov. Jo Pell gathered her papers. Reporter Ann Vogt asked one more question: "Would you campaign with him?"\n\n"He hasn\'t asked," she said.'), ['Ann Vogt', 'Jo Pell']);
  assert.deepEqual(speakers('Gov. Patricia Deloach spoke with Dispatch correspondent Miriam Solberg about the race.\n\nAfter the interview ended, Solberg asked one more question: "Would you campaign with him?"\n\n"He hasn\'t asked," she said.'), ['Miriam Solberg', 'Patricia Deloach']);
  // but a speaker's own rhetorical question goes on with the same speaker
  assert.deepEqual(speakers('Ada Brill spoke in Fenwick. "Why aren\'t I fifty points ahead?" she asked.\n\n"Because they lie," she said.'), ['Ada Brill', 'Ada Brill']);
});

test('GIVEN "The brothers worship at ..." or "The couple sold the farm" and then "they said" WHEN attributed THEN the group speaks, not an organisation named after it', () => {
  assert.deepEqual(speakers('Dale and Wade Pruitt farm together near Oswell.\n\nThe brothers worship at Merritt First Church. "Vantreese. All the way," they said together.'), ['The brothers']);
  assert.deepEqual(speakers('The couple sold the farm to Harlow Grain in May. "We are done," they said.'), ['The couple']);
});

test('GIVEN "X said in a statement ..." then "the statement said", "A senior official in the Larkin party said" then "the official said", and "The Harbor Courier reported" then "the paper said" WHEN attributed THEN each names who it stands for', () => {
  assert.deepEqual(speakers('Gov. Wade Pomeroy said in a statement that the ruling was wrong. "We will not back down," the statement said.'), ['Wade Pomeroy']);
  assert.deepEqual(all('A senior official in the Larkin party said leaders were worried. "We told them for months," the official said.').map(([, speaker]) => speaker), ['A senior official in the Larkin party', 'A senior official in the Larkin party']);
  assert.deepEqual(speakers('The Harbor Courier reported the story on Sunday. "Nobody gave a reason," the paper said.'), ['Harbor Courier']);
  // a description keeps its prepositional tail ("familiar with the campaign's thinking"), which counts no words
  assert.deepEqual(speakers('"Everybody is looking out for themselves now," said a Frontier operative familiar with the campaign\'s thinking.'), ["a Frontier operative familiar with the campaign's thinking"]);
});

test('GIVEN "Host Tessa Kline asked ..." after a man\'s quote WHEN "he replied" THEN the host\'s title is split off and "he" is not her', () => {
  assert.deepEqual(speakers('"We are ahead," Gov. Hal Brandt said. Host Tessa Kline asked about his state. "I expect her to work for it," he replied.'), ['Hal Brandt', 'Hal Brandt']);
});

test('GIVEN a place or an organisation inside the description between a name and its verb ("Varnum, speaking at a rally in Cedar Fork, Vessey, said", "Mbeki, president of the Alliance for Voting Rights, a plaintiff, called") WHEN attributed THEN the name speaks', () => {
  assert.deepEqual(speakers('Gus Varnum is behind.\n\nVarnum, speaking at a rally in Cedar Fork, Vessey, said the news was "bigger than anybody knows."'), ['Gus Varnum']);
  assert.deepEqual(speakers('Rev. Lucius Mbeki, president of the Alliance for Voting Rights, a plaintiff, called the ruling "a new day."'), ['Lucius Mbeki']);
  // and 'a machinist from Kessler' makes Kessler a place, so a later "he said" is not Kessler
  assert.deepEqual(speakers('Ed Pardo, a machinist from Kessler, is undecided. Gordon Tafoya, a farmer from outside Kessler, said he had come "out of respect."\n\nBack in Kessler, Mr. Pardo was unsure. "Maybe I\'ll flip a coin," he said.'), ['Gordon Tafoya', 'Ed Pardo']);
});

test('GIVEN "a clip of X telling", "read aloud from a Varnum tweet ...:", "as one man put it," and "The Varnum campaign, which has warned of" WHEN attributed THEN X, Varnum, one man and the campaign speak', () => {
  assert.deepEqual(speakers('Gus Varnum is behind.\n\nHost Ivy Marsh played a clip of Gus Varnum telling a crowd that the election was "being stolen."'), ['Gus Varnum']);
  assert.deepEqual(speakers('Gus Varnum is behind.\n\n"It\'s nothing," Abe Torrance said. He then read aloud from a Varnum tweet posted that morning: "Crooked Helen is a disaster!"'), ['Abe Torrance', 'Gus Varnum']);
  assert.deepEqual(speakers('Some had come, as one man put it, "to see if she is real."'), ['one man']);
  assert.deepEqual(speakers('The Varnum campaign, which has warned of "large-scale voter fraud," seized on the ruling.'), ['The Varnum campaign']);
  // but an object 'which' keeps its own subject
  assert.deepEqual(speakers('Daniel Okonjo and Walter Brisco clashed over the dam, which Mr. Okonjo has called "a monument to waste."'), ['Daniel Okonjo']);
});

test('GIVEN a Q&A box whose answers are quoted after "A:" WHEN attributed THEN the one asked to answer speaks', () => {
  assert.deepEqual(speakers('Voters have asked about the count.\n\nWe asked Professor Felix Ambrosetti to answer readers\' questions.\n\nQ: When would the House vote?\n\nA: "On Jan. 6, right after the count."'), ['Felix Ambrosetti']);
});

test('GIVEN people named by a first name alone ("A reader named Hector", "Marcus, a junior majoring in engineering,", "Marlene, a retired teacher from Altoona, Pa., who wrote:") WHEN attributed THEN they speak, and a later "he" is theirs', () => {
  assert.deepEqual(speakers('Dalton Pryce called me a scold. A reader named Hector, from Reading, disagreed. "I\'m voting Halloran," he wrote.'), ['Hector']);
  assert.deepEqual(speakers('Dalton Pryce spoke first.\n\nMarcus, a junior majoring in engineering, called the protest "embarrassing."\n\n"I don\'t like half of what she says," he said.'), ['Marcus', 'Marcus']);
  assert.deepEqual(speakers('Start with Marlene, a retired teacher from Altoona, Pa., who wrote: "I taught your kind of people to read."'), ['Marlene']);
});

test('GIVEN newsletter items opening with "-- " WHEN a quote ends the line before one THEN the next item is no dash credit, but a name alone on the next line is', () => {
  assert.deepEqual(speakers('-- Editor Miriam Oyelaran, in a note to staff: "We will not call any state early."\n-- Per a Ledger staffer: "She said it twice."'), ['Miriam Oyelaran', 'Ledger']);
  assert.deepEqual(speakers('"We are ready."\n― Tom Bell'), ['Tom Bell']);
});

test('GIVEN "In Mr. Pryce\'s words at a rally, Ms. Halloran "..."" and "A Keystone Senate candidate in Missouri told donors" WHEN attributed THEN Pryce and the candidate speak', () => {
  assert.deepEqual(speakers('Marta Halloran and Dalton Pryce met in Ohio.\n\nIn Mr. Pryce\'s words at a rally, Ms. Halloran "sold out the Mahoning Valley."'), ['Dalton Pryce']);
  assert.deepEqual(speakers('A Keystone Senate candidate in Missouri told donors that some mothers were "running a business."'), ['A Keystone Senate candidate in Missouri']);
});

test('GIVEN a described speaker named in the next sentence ("said a woman in a red cap. Her name was Dolores Finch.") WHEN attributed THEN the name speaks', () => {
  assert.deepEqual(speakers('"I\'ve never seen a line like this," said a woman in a red cap. Her name was Dolores Finch.'), ['Dolores Finch']);
  assert.deepEqual(speakers('"You people are the problem!" a man shouted. He later identified himself as Russell Kemp, 44.'), ['Russell Kemp']);
});

test('GIVEN "In a statement, X said ... the statement said", a memo as the last sentence\'s subject then "it says", "the person said" after "one person briefed on the matter", and "the narrator intones" WHEN attributed THEN each names its source', () => {
  assert.deepEqual(speakers('In a statement, party chairman Rudy Halvorsen said the letter was damning. "The machine has been hiding the truth for years," the statement said.'), ['Rudy Halvorsen']);
  assert.deepEqual(speakers('The memo also addresses his vulnerabilities. "Under no circumstances should you bring up the tape," it says.'), ['the memo']);
  assert.deepEqual(speakers('Royce Vandermeer said: "Lyle\'s a great guy."\n\nAccording to one person briefed on the matter, Fairbanks offered to step aside. "He was mortified," the person said.'), ['Royce Vandermeer', 'one person briefed on the matter']);
  assert.deepEqual(speakers('A super PAC has spent $1.4 million on ads. "Lucia Marrero: the choice of the elites," the narrator intones.'), ['the narrator']);
});
