import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

const quotesOf = (text: string) => extract({ text, published: '2031-05-14' }).quotes;
const texts = (text: string) => quotesOf(text).map((q) => q.text);

test('GIVEN a quote split by its attribution WHEN extracted THEN both pieces are direct with the same speaker and exact original offsets', () => {
  const text = 'Harbour Minister Edda Kolvik faced the council on Monday.\n\n\u201cWe will,\u201d she said, \u201cnot yield to the dredging lobby.\u201d';
  const qs = quotesOf(text);
  assert.deepEqual(qs.map((q) => q.text), ['We will,', 'not yield to the dredging lobby.']);
  assert.deepEqual(qs.map((q) => q.kind), ['direct', 'direct']);
  assert.deepEqual(qs.map((q) => q.speaker), ['Edda Kolvik', 'Edda Kolvik']);
  for (const q of qs) assert.equal(text.slice(q.start, q.end), q.text);
});

test('GIVEN a quote running over two paragraphs with no closing mark on the first WHEN extracted THEN both paragraphs are quotes of the same speaker', () => {
  const text = 'Professor Anouk Tellerby of Marrow University said:\n\n"The canal was never meant for ships this size. Nobody planned for it.\n\n"We are paying for that now," she added.';
  const qs = quotesOf(text);
  assert.equal(qs.length, 2);
  assert.match(qs[0]!.text, /^The canal was never meant/);
  assert.equal(qs[1]!.text, 'We are paying for that now,');
  assert.deepEqual(qs.map((q) => q.speaker), ['Anouk Tellerby', 'Anouk Tellerby']);
});

test('GIVEN scare quotes, a show title and a nickname WHEN extracted THEN none of them is output as a quote of its own', () => {
  const text = 'Residents fear the deal is a step toward a "new normal" for Brindle Bay.\n\nOn Tuesday\'s "Morning Tide" broadcast, the port was discussed. Captain Ravi "Red" Osei was absent.';
  const qs = quotesOf(text);
  assert.deepEqual(qs.filter((q) => q.kind !== 'indirect').map((q) => q.text), []);
  // the belief around the scare quote is reported speech, with the scare quote inside it
  assert.deepEqual(qs.map((q) => q.text), ['the deal is a step toward a "new normal" for Brindle Bay']);
});

test('GIVEN a short quoted fragment with a speaker cue WHEN extracted THEN it is a partial quote of that speaker', () => {
  const qs = quotesOf('Senator Mirela Dascu called the ferry contract "a slow-motion disaster" at the hearing.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.kind, 'partial');
  assert.equal(qs[0]!.text, 'a slow-motion disaster');
  assert.equal(qs[0]!.speaker, 'Mirela Dascu');
});

test('GIVEN a quote in single quotes beside an apostrophe, straight marks and a missing space WHEN extracted THEN the double-quoted speech is found and offsets hold', () => {
  const text = 'The minister\'s reply was short.The crowd waited. "It\'s not over," Oskar Brandvold said.';
  const qs = quotesOf(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.text, "It's not over,");
  assert.equal(text.slice(qs[0]!.start, qs[0]!.end), "It's not over,");
  assert.equal(qs[0]!.speaker, 'Oskar Brandvold');
});

test('GIVEN reported speech without quotation marks WHEN extracted THEN indirect quotes carry their source', () => {
  const text = 'Ferry operator Lumen Lines said the crossings would resume on Friday.\n\nAccording to harbour master Tobiah Quill, the new pier is safe.\n\nThe dredging will take a year, a council spokesperson said.';
  const qs = quotesOf(text);
  assert.deepEqual(qs.map((q) => q.kind), ['indirect', 'indirect', 'indirect']);
  assert.deepEqual(qs.map((q) => q.text), ['the crossings would resume on Friday', 'the new pier is safe', 'The dredging will take a year']);
  assert.deepEqual(qs.map((q) => q.speaker), ['Lumen Lines', 'Tobiah Quill', 'a council spokesperson']);
});

test('GIVEN tag attributes and inches in straight marks WHEN extracted THEN they are not quotes', () => {
  assert.deepEqual(texts('<tweet id="1234567" author="someone">The goalkeeper is 6\'4" tall.</tweet>'), []);
});

test('GIVEN a quotation in single marks beside possessive apostrophes WHEN extracted THEN the quoted words are found and apostrophes are not', () => {
  const qs = quotesOf("The minister's answer to the harbour workers' union was 'we will not yield to anyone,' aides said.").filter((q) => q.kind !== 'indirect');
  assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [['we will not yield to anyone,', 'aides']]);
});

test('GIVEN a subheading in quote marks on its own line WHEN extracted THEN it is not a quote', () => {
  assert.deepEqual(texts('The port reopened.\n\n"All Bets Are Off."\n\nThe ferries left at noon.'), []);
});

test('GIVEN a messy wire story WHEN extracted THEN every quote and report has the right kind and speaker', () => {
  const text = [
    'Tarn Valley Mayor Quits Over \u201cBridge Fiasco\u201d',
    'TARNBURY (Wire) \u2014 Mayor Oskar Lindqvist resigned on Tuesday, days after inspectors called the new Tarn bridge \u201cstructurally unsound.\u201d',
    '\u201cI take full responsibility,\u201d Lindqvist told reporters outside city hall.\u201cThe people of Tarnbury deserve better.\u201d',
    'His deputy, Maren Holt, will act as mayor. She said the council would meet Friday.',
    '\u201cWe have a plan. We will publish every report.',
    '\u201cNobody will be kept in the dark,\u201d Holt added.',
    'According to a city spokesperson, repairs could cost 12 million crowns.',
    'Critics including local historian Per Ahlgren have called the project a \u201cvanity bridge\u201d. Ahlgren said: \'It was never about traffic.\'',
    'A council source, who spoke on condition of anonymity, said the mayor\u2019s aides knew of the cracks in March.',
  ].join('\n\n');
  const got = quotesOf(text).map((q) => [q.kind, q.speaker, q.text]);
  assert.deepEqual(got, [
    ['partial', 'inspectors', 'structurally unsound.'],
    ['direct', 'Oskar Lindqvist', 'I take full responsibility,'],
    ['direct', 'Oskar Lindqvist', 'The people of Tarnbury deserve better.'],
    ['indirect', 'Maren Holt', 'the council would meet Friday'],
    ['direct', 'Maren Holt', 'We have a plan. We will publish every report.'],
    ['direct', 'Maren Holt', 'Nobody will be kept in the dark,'],
    ['indirect', 'a city spokesperson', 'repairs could cost 12 million crowns'],
    ['partial', 'Per Ahlgren', 'vanity bridge'],
    ['direct', 'Per Ahlgren', 'It was never about traffic.'],
    ['indirect', 'A council source', 'the mayor\u2019s aides knew of the cracks in March'],
  ]);
});

test('GIVEN "Opening phrase, X said <clause>" WHEN extracted THEN the report is the clause after the verb, not the opening phrase', () => {
  const text = 'As a young clerk at a Pellworth law firm, Judge Mira Okonjo said she was asked to brief a client on her own research.\n\nIn a statement, the family lawyer, Tobi Renn, said the videos show the driver calmly leaving his car when asked to do so by the officers.';
  const qs = quotesOf(text);
  assert.deepEqual(qs.map((q) => q.text), ['she was asked to brief a client on her own research', 'the videos show the driver calmly leaving his car when asked to do so by the officers']);
  assert.deepEqual(qs.map((q) => q.speaker), ['Mira Okonjo', 'Tobi Renn']);
});

test('GIVEN a quotation followed by ", adding ..." WHEN extracted THEN the added report is an indirect quote of the same speaker', () => {
  const text = '"The day the deal was broken was the day this became personal," Senator Ewan Kraal said, adding he would never vote for the harbour levy.';
  const qs = quotesOf(text);
  assert.deepEqual(qs.map((q) => [q.kind, q.text, q.speaker]), [
    ['direct', 'The day the deal was broken was the day this became personal,', 'Ewan Kraal'],
    ['indirect', 'he would never vote for the harbour levy', 'Ewan Kraal'],
  ]);
});

test('GIVEN a curly quotation nesting another curly quotation WHEN extracted THEN the outer quotation is one quote of the signer', () => {
  const text = '\u201cI\u2019d rather live in what he calls \u201chell\u201d than live where he rules.\u201d \u2015 Adriana Velde';
  const qs = quotesOf(text);
  assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [['I\u2019d rather live in what he calls \u201chell\u201d than live where he rules.', 'Adriana Velde']]);
});

test('GIVEN "did not respond to a request for comment" and "responded an hour later" WHEN extracted THEN nothing is reported as said', () => {
  assert.deepEqual(quotesOf('Dale Hurst did not respond to a request for comment.\n\nDelia Marchetti responded less than an hour later.'), []);
});

test('GIVEN common reporting patterns without quotation marks WHEN extracted THEN each report is an indirect quote with its source', () => {
  const lines = [
    ['Mayor Ana Ruiz told reporters the ferry would resume on Friday.', 'the ferry would resume on Friday', 'Ana Ruiz'],
    ['Councillor Tom Bell argued that the levy was unfair to renters.', 'the levy was unfair to renters', 'Tom Bell'],
    ["Ruiz's campaign said the mayor would debate Bell in May.", 'the mayor would debate Bell in May', "Ana Ruiz's campaign"],
    ['In a statement, Bell said the result was a clear mandate.', 'the result was a clear mandate', 'Tom Bell'],
    ['Ruiz has said the tramway will be finished by 2030.', 'the tramway will be finished by 2030', 'Ana Ruiz'],
    ['Bell tweeted that the mayor had lost touch with the town.', 'the mayor had lost touch with the town', 'Tom Bell'],
    ['The mayor, speaking to reporters on Monday, said the harbour plan was dead.', 'the harbour plan was dead', 'Ana Ruiz'], // 'Mayor Ana Ruiz' above
    ["Ruiz's spokesman, Arne Falk, later told the Harbour Ledger that the mayor would not resign.", 'the mayor would not resign', 'Arne Falk'],
    ['In March the harbour board said the levy would stay until 2030.', 'the levy would stay until 2030', 'the harbour board'],
    ['Bell said the dam held.', 'the dam held', 'Tom Bell'],
    ['Bell said on Monday the budget was balanced.', 'the budget was balanced', 'Tom Bell'],
    ['The ministry said in a statement that the port would reopen.', 'the port would reopen', 'The ministry'],
    ['Officials who spoke on condition of anonymity said the talks had collapsed.', 'the talks had collapsed', 'Officials'],
    ['According to a statement from Marrowgate Bank, the branch will close.', 'the branch will close', 'Marrowgate Bank'],
    ['Bell said it was over.', 'it was over', 'Tom Bell'],
    ['The talks have collapsed, the Tarvek Herald reported, citing two officials.', 'The talks have collapsed', 'Tarvek Herald'],
    ['Barnaby, the coach, said Feld had been outstanding.', 'Feld had been outstanding', 'Barnaby'],
    ['The report said taxes would rise.', 'taxes would rise', 'The report'],
    ['Velde, who said that he would never resign, quit on Monday.', 'he would never resign', 'Velde'],
  ];
  const qs = quotesOf(lines.map((l) => l[0]).join('\n\n'));
  assert.deepEqual(qs.map((q) => [q.text, q.speaker]), lines.map((l) => [l[1], l[2]]));
});

test('GIVEN "X urged them to "..." and said <clause>" WHEN extracted THEN the clause after the quotation is an indirect quote of X', () => {
  const text = 'Senator Ewan Kraal urged delegates to "vote your conscience" and said he was standing on principle against the harbour levy.';
  const qs = quotesOf(text);
  assert.deepEqual(qs.map((q) => [q.kind, q.text, q.speaker]), [
    ['partial', 'vote your conscience', 'Ewan Kraal'],
    ['indirect', 'he was standing on principle against the harbour levy', 'Ewan Kraal'],
  ]);
});

test('GIVEN a headline quotation before a colon and the speaker\'s name WHEN extracted THEN it is a direct quote of the person named in the article', () => {
  for (const headline of ["'We will not yield': Solvik defies lenders", '“We will not yield”: Solvik defies lenders']) {
    const qs = quotesOf(`${headline}\n\nFinance Minister Maren Solvik turned down the offer on Tuesday.`).filter((q) => q.kind !== 'indirect');
    assert.deepEqual(qs.map((q) => [q.kind, q.text, q.speaker]), [['direct', 'We will not yield', 'Maren Solvik']], headline);
  }
});

test('GIVEN a so-called term and a plural possessive inside single quotes WHEN extracted THEN the term is no quote and the quotation runs past the apostrophe', () => {
  const qs = quotesOf("The so-called \"new normal\" has hit farmers.\n\n'It's the taxpayers' money,' Oskar Velde said.").filter((q) => q.kind !== 'indirect');
  assert.deepEqual(qs.map((q) => [q.kind, q.text, q.speaker]), [['direct', "It's the taxpayers' money,", 'Oskar Velde']]);
});

test('GIVEN reports holding the speaker\'s own quoted words WHEN extracted THEN each is one mixed quote to the end of its clause, not a stub and a fragment', () => {
  const qs = quotesOf('Oskar Velde said the reforms were "the only way forward."\n\nVelde said the plan was "dead" and left the room.\n\nVelde told a crowd that the economy was "running on fumes" under the current government.\n\nVelde said Ruiz had "never signed a paycheck in her life," a line he repeats often.');
  assert.deepEqual(qs.map((q) => [q.kind, q.text, q.speaker]), [
    ['mixed', 'the reforms were "the only way forward."', 'Oskar Velde'],
    ['mixed', 'the plan was "dead"', 'Oskar Velde'],
    ['mixed', 'the economy was "running on fumes" under the current government', 'Oskar Velde'],
    ['mixed', 'Ruiz had "never signed a paycheck in her life,"', 'Oskar Velde'],
  ]);
});

test('GIVEN quotations after a bullet or a live blog\'s time WHEN extracted THEN they are direct quotes of their speakers', () => {
  const qs = quotesOf('- "We will appeal," said Oskar Velde.\n\n14:40 GMT - "This is a dark day," Hanne Sorvik said.');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['direct', 'Oskar Velde'], ['direct', 'Hanne Sorvik']]);
});

test('GIVEN a quote glued to a colon ("evening:\'Thank you") WHEN extracted THEN it is the writer\'s direct quote', () => {
  const qs = quotesOf("The mayor Mrs. Galyna Voronec on her page in Facebook is writing on Monday evening:'Thank you to all volunteers. Without you we are nobody.'");
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['direct', 'Galyna Voronec']]);
});

test('GIVEN machine-translated text with single quotes glued to full stops (".\'People", "\'.\'Last") WHEN extracted THEN each quotation is found whole', () => {
  const text = "'We are coming every day,' is telling Mr. Bohdan Ilchuk.'People is giving very much.'The next briefing will be on Wednesday.\n\nMr. Taras Kulyk is calling this promises 'the words for the television'.'Last year also was promising the compensation,' Mr. Kulyk is telling.";
  assert.deepEqual(quotesOf(text).filter((q) => q.kind !== 'indirect').map((q) => q.text), [
    'We are coming every day,', 'People is giving very much.', 'the words for the television', 'Last year also was promising the compensation,',
  ]);
});

test('GIVEN a capitalised name in quotes used before a noun ("Stand Tall" bus tour, "Make Marrland Proud" hats) WHEN extracted THEN it is nobody’s quote', () => {
  const qs = extract({ text: 'The Pellew campaign, which spent the final week on its "Stand Tall" bus tour through the Midlands, said it would not comment. Supporters wore "Make Marrland Proud" hats, organizers said.', published: '2031-05-14' }).quotes;
  assert.ok(!qs.some((q) => q.kind !== 'indirect' && /Stand Tall|Make Marrland/.test(q.text)), JSON.stringify(qs));
});

test('GIVEN a report holding two quoted fragments in one clause WHEN extracted THEN it is one mixed quote, not a stub and two fragments', () => {
  const qs = extract({ text: 'Anatoly Shchukarev spoke. He also said that consultations could take place "in the coming weeks" if the other side shows "political will".', published: '2031-05-14' }).quotes;
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker, q.text]), [['mixed', 'Anatoly Shchukarev', 'consultations could take place "in the coming weeks" if the other side shows "political will"']]);
});

test('GIVEN words quoted as words, sign slogans and titles set off by commas, and cue-like nouns or relative clauses in the sentence WHEN extracted THEN none is anyone\'s quote', () => {
  const quoted = (text: string) => quotesOf(text).filter((q) => q.kind !== 'term' && q.kind !== 'indirect').map((q) => q.text);
  assert.deepEqual(quoted('Nobody in the county uses the word "crooked" any more.'), []);
  assert.deepEqual(quoted('Teachers carried signs reading "Let Us Teach," and nobody from the board came out to read them.'), []);
  assert.deepEqual(quoted('Her group has published a report, "Paved With Good Intentions," arguing that tolls would rise.'), []);
  assert.deepEqual(quoted('Eighteen months later, "transparency" has come to mean closing schools in every corner of the state.'), []);
  assert.deepEqual(quoted('The "experts" behind it are the people who wrote the last budget.'), []);
  // but a phrase someone uses is theirs, and a fragment a cue governs stays a quote
  assert.deepEqual(quoted('Trump has used the phrase "Islamic terrorism" often and criticized Obama for avoiding it.'), ['Islamic terrorism']);
  assert.deepEqual(quoted('Ruiz called the plan "a disaster" on Monday.'), ['a disaster']);
});

test('GIVEN newsletter section labels ("BIRTHDAYS:", "SPOTTED at …:") WHEN extracted THEN the lines after them are nobody\'s transcript', () => {
  const qs = quotesOf('PLAYBOOK, Nov. 3.\n\nBIRTHDAYS: Rep. Lorna Featherstone is 61, and former Sen. Horace Whitcomb is 88.\n\nPENCE: We will win Ohio.');
  assert.deepEqual(qs.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker]), [['We will win Ohio.', 'Pence']]);
});

test('GIVEN a headline that names its source before a colon WHEN extracted THEN what follows is that source\'s report, but a rubric or title is not', () => {
  const body = '\n\nThe Harbour Ledger reported the figures on Sunday.';
  const report = (headline: string) => quotesOf(headline + body).filter((q) => q.start < headline.length).map((q) => [q.kind, q.text, q.speaker]);
  assert.deepEqual(report('Okafor: Ferry Levy Will Not Survive the Winter'), [['indirect', 'Ferry Levy Will Not Survive the Winter', 'Okafor']]);
  assert.deepEqual(report('Poll: Renters Abandon Harbour Party in Droves'), [['indirect', 'Renters Abandon Harbour Party in Droves', 'Poll']]);
  for (const headline of ['Breaking: Ferry Levy Passes on Third Reading', 'The Latest: Ferry Levy Passes', 'Stealth Over Wealth: The Levy Nobody Read']) {
    assert.deepEqual(report(headline), [], headline);
  }
  // a quotation straight after the colon is the source's direct quote
  assert.deepEqual(report('Okafor: \u201cThe levy dies this winter\u201d'), [['direct', 'The levy dies this winter', 'Okafor']]);
});

test('GIVEN a report followed by "said one source", "— according to ..." or "..., an analysis of ... shows" WHEN extracted THEN the clause before is the report', () => {
  const cases: [string, string, string][] = [
    ['The talks collapsed within the hour, said one council source in the room.', 'The talks collapsed within the hour', 'one council source'],
    ['Half of his ferry forecasts were wrong \u2014 or flatly invented \u2014 according to the harbour board.', 'Half of his ferry forecasts were wrong \u2014 or flatly invented', 'the harbour board'],
  ];
  for (const [text, report, speaker] of cases) {
    assert.deepEqual(quotesOf(text).map((q) => [q.kind, q.text, q.speaker]), [['indirect', report, speaker]], text);
  }
  // (the study's finding is found; its source is not named yet: 'shows' is no reporting verb for speakers)
  assert.deepEqual(texts('Donations to harbour PACs hit $4 million by August, a Harbour Ledger analysis of new filings shows.'), ['Donations to harbour PACs hit $4 million by August']);
  // ('the hallucinogen, or angel dust, was found in his car': a passive, not a report)
  assert.deepEqual(texts('Police revealed Tuesday the hallucinogen PCP, or angel dust, was found in the car.').filter((q) => q.startsWith('Police')), []);
});

test('GIVEN an attribution set off inside a report ("..., Ms. Okafor noted, that ...") WHEN extracted THEN the report runs on past it and is hers', () => {
  const text = 'Harbour pilot Dana Okafor spoke at the inquiry on Monday. Ferries had long resisted night sailing, but the harbour had become so crowded, Ms. Okafor noted, that pilots refused to sail after dark.';
  assert.deepEqual(quotesOf(text).map((q) => [q.kind, q.text, q.speaker]),
    [['indirect', 'the harbour had become so crowded, Ms. Okafor noted, that pilots refused to sail after dark', 'Dana Okafor']]);
  // ('..., she said, and the figures ...': a new clause begins, which the attribution does not govern)
  const second = 'Priya Ramanathan spoke on Monday. Turnout models are weighted as results come in, she said, and the early figures that circulated online were "not the final product."';
  assert.deepEqual(quotesOf(second).map((q) => [q.kind, q.text]), [['indirect', 'Turnout models are weighted as results come in'], ['direct', 'not the final product.']]);
});
