import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { at, over, quoteOver, speakerShare, type Span } from '../support/excerpts.ts';

// Fictional coverage of the last week of a US presidential race, election night and the days after (invented
// candidates, aides, voters, states, parties and outlets), in the styles of a wire service, the Times (Mr./Mrs./Ms.
// on every later mention, a Q. and A.), the Post (long feature, "Sen. X (U-Lks.)"), Politico (anonymous sources),
// USA Today (op-ed and letters to the editor), a partisan site (block quotes from other outlets, posts on X, radio)
// and HuffPost-style analysis.
// `pass` holds only what passed when written (exact speaker and kind); `wrong` holds the quotes whose speaker was
// still wrong or missing (with the speakers that would count as right), kept so the per-article floor measures the
// whole article; `noSpeaker` holds scare quotes, titles, coined terms and crowd chants that correctly got no speaker
// (a chant may also go to the crowd). Written by a tester who had not read the extractor's rules; regenerated from its results when fixes land.
type Article = {
  name: string;
  floor: number;
  text: string;
  pass: [string, string, string, number?][];
  wrong: [string, string[], number?][];
  noSpeaker: [string, boolean][];
};

const ARTICLES: Article[] = [
  {
    name: "a wire story from election night with a victory speech, chants, a refusal to concede and voter quotes",
    floor: 21/21, // speaker accuracy measured when written (21 right of 21 found, 21 expected)
    text: `Marchbanks claims presidency as Pellew refuses to concede

PORT ALDER, Lakeshire (Rapid Wire) — Union Party nominee Elena Marchbanks claimed victory in the presidential race early Wednesday, telling supporters in her home state that "the long night is over" after a string of narrow wins across the Midland states.

"We did not get here alone, and we will not govern alone," Marchbanks told a crowd of roughly 20,000 on the Port Alder riverfront. "To the people who voted for my opponent: I hear you, and I will work for you, too."

The crowd answered with chants of "Madam President!" and "E-le-na! E-le-na!" as confetti fell over the stage.

Her Frontier Party rival, former Sen. Graham Pellew, did not concede. Speaking briefly in Haverford Springs shortly after 2 a.m., Pellew told supporters that "every legal ballot" had to be counted before anyone declared a winner.

"This race is not over," Pellew said. "Not tonight, not tomorrow, not until the last county reports."

Pellew's campaign manager, Curtis Lamb, said the campaign had "serious concerns" about how provisional ballots were handled in Dorrance County. "We have lawyers on the ground, and we will use them," Lamb said.

Election officials pushed back quickly. "There is no evidence of any irregularity in Dorrance County," said Nadia Ferreira-Holt, the county's elections director. "Our staff have worked around the clock, and the count is proceeding exactly as the law requires."

Ferreira-Holt added that the county expected to certify its results by Nov. 19. She said the so-called "red mirage" that Pellew allies had warned about on election night was simply the order in which precincts report.

Marchbanks' running mate, Rep. Owen Tarrant of North Wendell, said turnout in his district had stunned even veteran organizers. "I've never seen lines like this," Tarrant told Rapid Wire. "People stood in the rain for four hours to vote."

Voters interviewed across the state were split. "I voted for change, and I think we got it," said Ruby Okafor, 64, a retired schoolteacher in Haverford Springs.

"I voted for Pellew and I'd do it again," said Dwayne Mertz, 41, a truck driver from Ellery. "But if she won it fair, she won it fair. That's how this works."

Priya Raman, a political scientist at Wendell State University, said the result turned on a handful of suburban counties. "Marchbanks held the cities and cut her losses in the suburbs," Raman said. "That was the whole ballgame."

The Marchbanks campaign said in a statement that the result was "a clear mandate for getting things done." It added: "The voters have spoken, and it is time for the country to move forward together."

The Pellew campaign, which spent the final week on its "Stand Tall" bus tour through the Midlands, said it would not comment further until Thursday. Lamb told reporters outside the campaign's hotel that the team was "taking it one county at a time."

"Nobody is going anywhere," he said.`,
    pass: [
      ["the long night is over", "Elena Marchbanks", "mixed"],
      ["We did not get here alone", "Elena Marchbanks", "direct"],
      ["To the people who voted for my opponent", "Elena Marchbanks", "direct"],
      ["every legal ballot", "Graham Pellew", "partial"],
      ["This race is not over", "Graham Pellew", "direct"],
      ["Not tonight, not tomorrow", "Graham Pellew", "direct"],
      ["serious concerns", "Curtis Lamb", "mixed"],
      ["We have lawyers on the ground", "Curtis Lamb", "direct"],
      ["There is no evidence of any irregularity", "Nadia Ferreira-Holt", "direct"],
      ["Our staff have worked around the clock", "Nadia Ferreira-Holt", "direct"],
      ["I've never seen lines like this", "Owen Tarrant", "direct"],
      ["People stood in the rain", "Owen Tarrant", "direct"],
      ["I voted for change", "Ruby Okafor", "direct"],
      ["I voted for Pellew and I'd do it again", "Dwayne Mertz", "direct"],
      ["But if she won it fair", "Dwayne Mertz", "direct"],
      ["Marchbanks held the cities", "Priya Raman", "direct"],
      ["That was the whole ballgame", "Priya Raman", "direct"],
      ["a clear mandate for getting things done", "The Marchbanks campaign", "mixed"],
      ["The voters have spoken", "The Marchbanks campaign", "direct"],
      ["taking it one county at a time", "Curtis Lamb", "mixed"],
      ["Nobody is going anywhere", "Curtis Lamb", "direct"],
    ],
    wrong: [

    ],
    noSpeaker: [
      ["Madam President!", true],
      ["E-le-na! E-le-na!", true],
      ["red mirage", false],
      ["Stand Tall", false],
    ],
  },
  {
    name: "a Times-style Senate race feature with two men, Mr. honorifics, a pollster Ms. Pike and a quote opening a paragraph",
    floor: 20/20, // speaker accuracy measured when written (20 right of 20 found, 20 expected)
    text: `In Lakeshire, a Senate Race Comes Down to the Last Handshake

ELLERY, Lakeshire — Senator Walter Brisco has been doing this for 24 years, and on Sunday afternoon, standing on a hay bale outside a feed store, he said he had never been so tired or so sure.

“I know every road in this state,” Mr. Brisco, a Frontier Party member, told about 200 people. “I know which ones flood and which ones the county forgot to plow. My opponent is still using a map.”

His challenger, Daniel Okonjo, a former Army surgeon and first-time candidate, has made the race one of the closest in the country. Mr. Okonjo spent the same afternoon knocking on doors in the Union stronghold of Port Alder, where he told volunteers that the race would be decided “on the doorstep, not on television.”

“We are going to win this.” That was Mr. Okonjo’s message on Monday, repeated at four stops across the eastern half of the state.

Mr. Brisco dismissed the prediction. “He’s said a lot of things,” he said when asked about it. “I’ve said one thing for 24 years: I work for you.”

The two men have clashed most sharply over the future of the Tamarack River dam, which Mr. Okonjo has called “a monument to waste” and Mr. Brisco has called “the reason half this state has electricity.”

Polling suggests a dead heat. Ellen Pike, who directs the Lakeshire Civic Poll, said the race had barely moved since Labor Day.

“Every time one of them gets a bump, it evaporates within a week,” Ms. Pike said. “I’ve been doing this since the 1990s, and I’ve rarely seen an electorate this locked in.”

She added that undecided voters skewed older and rural, which she said should worry Mr. Okonjo more than Mr. Brisco.

Mr. Okonjo does not see it that way. In an interview in his campaign van, he described long conversations with farmers who had voted for Mr. Brisco for decades.

“They don’t tell you they’re switching,” he said. “They tell you their son moved to the city because there was no work. They tell you the clinic closed.

“And then they say, ‘Doc, I’ll think about it.’ In this state, that’s practically a yard sign.”

Mr. Brisco’s campaign manager, Lyle Ambrose, said the senator’s internal polling showed him ahead by four points. Mr. Ambrose declined to share the poll.

“Walter has never lost a race in this state, and he isn’t going to start now,” Mr. Ambrose said.

Asked whether Mr. Brisco would accept the result if he lost, Mr. Ambrose paused. “Of course,” he said. “But he won’t lose.”

At a diner in Ellery, Harold Meeks, 71, a retired grain elevator operator, said he had voted for Mr. Brisco five times. “He’s a good man,” Mr. Meeks said. “But he’s been there a long time. Maybe too long.”

Mr. Okonjo, for his part, said he was trying not to think about the numbers. “My wife says I check the polls like I used to check vital signs,” he said, laughing. “She’s right. I need to stop.”`,
    pass: [
      ["I know every road in this state", "Walter Brisco", "direct"],
      ["I know which ones flood", "Walter Brisco", "direct"],
      ["on the doorstep, not on television", "Daniel Okonjo", "mixed"],
      ["We are going to win this.", "Daniel Okonjo", "direct"],
      ["He’s said a lot of things", "Walter Brisco", "direct"],
      ["I’ve said one thing for 24 years", "Walter Brisco", "direct"],
      ["a monument to waste", "Daniel Okonjo", "partial"],
      ["the reason half this state has electricity", "Walter Brisco", "partial"],
      ["Every time one of them gets a bump", "Ellen Pike", "direct"],
      ["I’ve been doing this since the 1990s", "Ellen Pike", "direct"],
      ["They don’t tell you they’re switching", "Daniel Okonjo", "direct"],
      ["They tell you their son moved", "Daniel Okonjo", "direct"],
      ["And then they say", "Daniel Okonjo", "direct"],
      ["Walter has never lost a race", "Lyle Ambrose", "direct"],
      ["Of course", "Lyle Ambrose", "direct"],
      ["But he won’t lose", "Lyle Ambrose", "direct"],
      ["He’s a good man", "Harold Meeks", "direct"],
      ["But he’s been there a long time", "Harold Meeks", "direct"],
      ["My wife says I check the polls", "Daniel Okonjo", "direct"],
      ["She’s right. I need to stop.", "Daniel Okonjo", "direct"],
    ],
    wrong: [

    ],
    noSpeaker: [

    ],
  },
  {
    name: "a Post-style long feature with Sen. Harriet Lusk (U-Lks.), a volunteer woman, a nested single-quoted exchange and an anonymous chairwoman",
    floor: 19/20, // speaker accuracy measured when written (19 right of 20 found, 20 expected)
    text: `The final days of a campaign, as seen from a church basement in Marlow County

MARLOW, N. Wendell — The coffee was burned and the folding chairs were cold, but Sen. Harriet Lusk (U-Lks.) did not seem to notice. For nearly an hour on Saturday, she worked the room at St. Brendan's fellowship hall like a candidate on her own ballot, though her name will not appear on one until 2030.

"I'm here because Elena asked me to be here," Lusk said, referring to Union Party nominee Elena Marchbanks. "And because North Wendell is where this thing gets decided. Everybody knows it."

Across the room, Gloria Betancourt, a 58-year-old nurse who said she had never before volunteered for a campaign, was sorting clipboards. She had driven two hours from Fennick to be there.

"My sister told me I was crazy," Betancourt said. "She said, 'Gloria, you work nights, you don't have time for this.' And I said, 'I don't have time not to.'"

Lusk, overhearing, laughed and squeezed Betancourt's shoulder. "That's the whole campaign right there," she said.

The scene captured something that strategists in both parties describe as the defining feature of the race's final week: a ground game that has become, in the words of one Union organizer, "a war of church basements."

On the Frontier side, Rep. Marcus Dell (F-N.W.) has been crisscrossing the same counties on behalf of Graham Pellew. In an interview with WKNW-TV on Friday, Dell predicted that Pellew would carry the state "by more than people think."

"The media has been writing Graham's obituary for a year," Dell told the station. "Every time, he's proved them wrong. I don't see why this time would be any different."

Dell's confidence is not universally shared among Frontier officials. One county chairwoman, who spoke on the condition of anonymity to describe internal party deliberations, said turnout operations in the state's suburbs had been "a mess" since the summer.

"We've got great people, but we started late," she said. "You can't build a machine in eight weeks."

For Lusk, the final week has meant long drives and short nights. She has held 31 events in nine days, according to her office. Asked by a reporter whether the pace was sustainable, Lusk shrugged.

"Is it sustainable? No," she said. "Does it matter? Also no. We sleep on Wednesday."

She continued: "People think the Senate is a quiet job. It is not a quiet job. Not this year."

Back at the folding table, Betancourt had moved on to phone banking. Between calls, she described her own reasons for getting involved, which she said came down to her mother's medical bills.

"She had insurance, and it still almost broke us," Betancourt said. "When I heard Marchbanks talk about that at the convention, I cried. I'm not ashamed to say it.

"I don't know if one nurse in Marlow County makes a difference. But I know zero nurses doesn't."

As the event wound down, the senator paused at the door and turned back to the room.

"Thank you," she told the volunteers. "Now go knock on some doors."`,
    pass: [
      ["I'm here because Elena asked me", "Harriet Lusk", "direct"],
      ["And because North Wendell is where", "Harriet Lusk", "direct"],
      ["My sister told me I was crazy", "Gloria Betancourt", "direct"],
      ["She said, 'Gloria", "Gloria Betancourt", "direct"],
      ["That's the whole campaign right there", "Harriet Lusk", "direct"],
      ["by more than people think", "Marcus Dell", "mixed"],
      ["The media has been writing Graham's obituary", "Marcus Dell", "direct"],
      ["Every time, he's proved them wrong", "Marcus Dell", "direct"],
      ["a mess", "One county chairwoman", "mixed"],
      ["We've got great people", "One county chairwoman", "direct"],
      ["You can't build a machine", "One county chairwoman", "direct"],
      ["Is it sustainable? No", "Harriet Lusk", "direct"],
      ["Does it matter? Also no", "Harriet Lusk", "direct"],
      ["People think the Senate is a quiet job", "Harriet Lusk", "direct"],
      ["She had insurance, and it still almost broke us", "Gloria Betancourt", "direct"],
      ["When I heard Marchbanks talk about that", "Gloria Betancourt", "direct"],
      ["I don't know if one nurse", "Gloria Betancourt", "direct"],
      ["\"Thank you,\"", "Harriet Lusk", "direct"],
      ["Now go knock on some doors", "Harriet Lusk", "direct"],
    ],
    wrong: [
      ["a war of church basements", ["~organizer"]], // got "both parties"
    ],
    noSpeaker: [

    ],
  },
  {
    name: "a Politico-style insider story with anonymous aides, people familiar with the matter, a spokeswoman named after the quote and a pollster",
    floor: 17/19, // speaker accuracy measured when written (17 right of 19 found, 19 expected)
    text: `Union insiders fret over Marchbanks' closing message

Top Union Party operatives are growing anxious that Elena Marchbanks' closing argument is too cautious for a race that remains stubbornly tied, according to more than a dozen party officials, strategists and donors.

"She's running like she's up six," said a senior Union aide who requested anonymity to discuss private conversations. "She is not up six."

The frustration spilled into the open on Tuesday, when Rep. Colette Varga, a progressive from Port Alder, told reporters on Capitol Hill that the campaign needed "more fire and less focus-grouping." Varga later told Politico she stood by the comment.

"I love Elena. I'd walk through a wall for Elena," Varga said. "But you don't win a close race by playing not to lose."

The campaign rejected the criticism. "Governor Marchbanks is talking every single day about lowering costs, which is the number one issue for voters," said Mara Quist, a spokeswoman for the Marchbanks campaign. "We're not going to apologize for staying on message."

Quist pointed to internal data showing the campaign had knocked on more than 3 million doors in North Wendell alone. She added, "Our volunteers are not anxious. They're busy."

Two people familiar with the matter said senior campaign officials held a tense call on Sunday night with major donors, some of whom pressed for a late ad blitz on immigration. One donor on the call described the mood as "funereal."

"People were asking why we're not hitting back harder," one of the people said. "The answer they got was basically, 'Trust the model.' That did not go over well."

The campaign's chair, Desmond Reilly, acknowledged the call in a brief interview but disputed the characterization. "Every campaign has donors who want to be strategists," Reilly said. "We listen to all of them. Then we make decisions."

On the Frontier side, the mood is markedly different, with Pellew aides openly predicting victory. "We've got the enthusiasm, we've got the money, and frankly we've got the better candidate," said Jake Thorne, a senior adviser to Pellew. He added that internal numbers showed Pellew gaining in the suburbs.

Not everyone on the right is so sure. A veteran Frontier pollster who has advised three presidential campaigns, and who was granted anonymity to speak candidly, called the race "the most genuinely uncertain I've seen."

"Anybody who tells you they know is selling something," the pollster said.

Back in Union circles, some of the anxiety is simply the season. "Every October, Union people convince themselves we're going to lose," said Rhonda Feld, a party strategist who worked on two previous presidential campaigns. "Half the time they're right. That's the problem."

Feld and Varga both said they would spend the final weekend in North Wendell. "If we lose," Varga said, "it won't be because I stayed home."`,
    pass: [
      ["She's running like she's up six", "a senior Union aide", "direct"],
      ["She is not up six", "a senior Union aide", "direct"],
      ["more fire and less focus-grouping", "Colette Varga", "mixed"],
      ["I love Elena", "Colette Varga", "direct"],
      ["But you don't win a close race", "Colette Varga", "direct"],
      ["Governor Marchbanks is talking every single day", "Mara Quist", "direct"],
      ["We're not going to apologize", "Mara Quist", "direct"],
      ["Our volunteers are not anxious", "Mara Quist", "direct"],
      ["People were asking why we're not hitting back harder", "one of the people", "direct"],
      ["The answer they got was basically", "one of the people", "direct"],
      ["Every campaign has donors", "Desmond Reilly", "direct"],
      ["We've got the enthusiasm", "Jake Thorne", "direct"],
      ["Anybody who tells you they know", "A veteran Frontier pollster", "direct"],
      ["Every October, Union people", "Rhonda Feld", "direct"],
      ["Half the time they're right", "Rhonda Feld", "direct"],
      ["\"If we lose,\"", "Colette Varga", "direct"],
      ["it won't be because I stayed home", "Colette Varga", "direct"],
    ],
    wrong: [
      ["funereal", ["~donor"]], // got "the call"
      ["the most genuinely uncertain I've seen", ["~pollster"]], // got null
    ],
    noSpeaker: [

    ],
  },
  {
    name: "a USA Today-style op-ed followed by letters to the editor, each ending with the writer and town",
    floor: 7/10, // speaker accuracy measured when written (7 right of 10 found, 10 expected)
    text: `OPINION: After Tuesday, we need leaders who can lose gracefully

By Theresa Lindqvist

Theresa Lindqvist is a former mayor of Fennick, North Wendell, and a member of USA TODAY's Board of Contributors.

When I lost my first race for city council, by 212 votes, my father called me the next morning. "You shook every hand you could," he told me. "Now go shake your opponent's."

I have thought about that advice a lot this week.

On Tuesday night, Graham Pellew stood before his supporters and said that "this race is not over." Two days later, it is over. The counts are in, the margins are beyond any plausible recount, and every county clerk I have spoken with — Union and Frontier alike — says the process worked.

"We counted every ballot twice, and some of them three times," Dorrance County clerk Bill Harstad, a Frontier Party member, told me on Thursday. "I'd stake my name on these numbers."

That is what grace under pressure looks like. Pellew should take note.

To her credit, President-elect Elena Marchbanks has struck the right tone. "I will be a president for the people who voted against me, too," she said Wednesday. Words are cheap, of course. But they are a start.

The alternative is the kind of "stolen election" talk that corrodes faith in the system for years afterward. We have seen where that road leads. We should not walk it again.

Letters to the editor

Pellew owes voters a concession

As a lifelong Frontier voter, I am embarrassed. When Graham Pellew said at the debate, "I will accept the results of a fair election," I believed him. The election was fair. It is time for him to keep his word.

Martin Oyelaran
Ellery, Lakeshire

Don't rush to judgment on the count

Everyone wants to call this thing over, but I remember when the "experts" told us the polls couldn't be wrong. Let the lawyers do their jobs. As Curtis Lamb put it, "Nobody is going anywhere." Good.

Janice Pruitt
Haverford Springs, Lakeshire

The youth vote made the difference

My daughter is 19 and voted for the first time. She told me, "Mom, it took ten minutes, why does everyone complain?" Maybe the rest of us could learn something from her generation.

Denise Achterberg
Marlow, North Wendell

A word for poll workers

I worked the polls for 16 hours Tuesday. A man in line thanked me and said, "You people are the real heroes." I'm not a hero. But it was nice to hear.

Leon Vasquez-Tran
Port Alder, Lakeshire`,
    pass: [
      ["Now go shake your opponent's", "my father", "direct"],
      ["this race is not over", "Graham Pellew", "direct"],
      ["We counted every ballot twice", "Bill Harstad", "direct"],
      ["I'd stake my name on these numbers", "Bill Harstad", "direct"],
      ["I will be a president for the people", "Elena Marchbanks", "direct"],
      ["Nobody is going anywhere", "Curtis Lamb", "direct"],
      ["You people are the real heroes", "A man", "direct"],
    ],
    wrong: [
      ["You shook every hand you could", ["~father"]], // got null
      ["I will accept the results of a fair election", ["Graham Pellew","Pellew"]], // got null
      ["Mom, it took ten minutes", ["~daughter"]], // got "Janice Pruitt"
    ],
    noSpeaker: [
      ["stolen election", false],
      ["\"experts\"", false],
    ],
  },
  {
    name: "a partisan-site story with block quotes from other outlets, a post on X, a radio interview and a podcast title",
    floor: 13/15, // speaker accuracy measured when written (13 right of 15 found, 17 expected)
    text: `Pellew Campaign Slams 'Rigged' Dorrance County Count as Establishment Media Rushes to Crown Marchbanks

Graham Pellew's campaign on Thursday blasted election officials in Dorrance County, Lakeshire, for what it called a "total lack of transparency" in the counting of provisional ballots, even as establishment media outlets rushed to declare Elena Marchbanks the winner.

The Capital Ledger, which endorsed Marchbanks in September, reported:

Election officials in Dorrance County said Wednesday that they had found no evidence of fraud or irregularities, and that the remaining provisional ballots would be adjudicated under procedures that have been in place since 2011. "The process is the process," said county elections director Nadia Ferreira-Holt.

But Pellew campaign manager Curtis Lamb told Breitline News that the county had refused to allow Frontier observers within 20 feet of the counting tables.

"They're counting ballots in secret and asking us to trust them," Lamb said. "Would you trust them? I wouldn't trust them to count my change."

According to the Daily Examiner, at least 1,400 provisional ballots in the county remain in dispute. The Examiner wrote:

County officials have declined to release the list of voters whose provisional ballots were rejected, citing privacy laws. Frontier attorneys argue the list is a public record.

Rep. Marcus Dell (F-N.W.) took to X on Thursday morning to demand answers.

"Why won't Dorrance County release the list? What are they hiding?" Dell wrote. "Americans deserve to know their votes counted."

Pellew himself weighed in during a Thursday appearance on "The Rawlins Hour," the nationally syndicated radio show hosted by Buck Rawlins.

"Buck, I've said it before and I'll say it again: I want every legal vote counted and no illegal ones," Pellew told Rawlins. "That's not a conspiracy theory. That's the law."

Rawlins asked whether Pellew would concede if the count held. "I'll cross that bridge when I get to it," Pellew replied.

The Marchbanks transition team dismissed the complaints as "sour grapes." A transition spokesman, Aaron Whitfield, told the Capital Ledger: "The election is over. Governor Marchbanks won it. The sooner Mr. Pellew accepts that, the better for everyone."

Frontier National Committee chair Donna Kessler was having none of it. "Aaron Whitfield can spin all he wants," Kessler said in a statement. "We will not be bullied into silence while questions remain unanswered."

Conservative commentator Ty Bramwell put it more bluntly on his podcast, "Bramwell Unfiltered," Wednesday night.

"If this were a Union candidate down by 9,000 votes, the media would call it a 'constitutional crisis,'" Bramwell said. "When it's our guy, it's 'sour grapes.' Give me a break."`,
    pass: [
      ["The process is the process", "Nadia Ferreira-Holt", "direct"],
      ["They're counting ballots in secret", "Curtis Lamb", "direct"],
      ["Would you trust them?", "Curtis Lamb", "direct"],
      ["Why won't Dorrance County release the list?", "Marcus Dell", "direct"],
      ["Americans deserve to know", "Marcus Dell", "direct"],
      ["Buck, I've said it before", "Graham Pellew", "direct"],
      ["That's not a conspiracy theory", "Graham Pellew", "direct"],
      ["I'll cross that bridge", "Graham Pellew", "direct"],
      ["The election is over. Governor Marchbanks won it.", "Aaron Whitfield", "direct"],
      ["Aaron Whitfield can spin all he wants", "Donna Kessler", "direct"],
      ["We will not be bullied", "Donna Kessler", "direct"],
      ["If this were a Union candidate", "Ty Bramwell", "direct"],
      ["When it's our guy", "Ty Bramwell", "direct"],
    ],
    wrong: [
      ["total lack of transparency", ["Graham Pellew's campaign","Pellew's campaign","Pellew campaign","The Pellew campaign"]], // got null
      ["Election officials in Dorrance County said Wednesday", ["The Capital Ledger","Capital Ledger"]], // got no quote
      ["County officials have declined to release the list", ["The Daily Examiner","Daily Examiner","The Examiner","Examiner"]], // got no quote
      ["\"sour grapes.\"", ["The Marchbanks transition team","Marchbanks transition team"]], // got "Crown Marchbanks"
    ],
    noSpeaker: [
      ["'Rigged'", false],
      ["The Rawlins Hour", false],
      ["Bramwell Unfiltered", false],
    ],
  },
  {
    name: "a HuffPost-style analysis with scare quotes, a coined term, a quote recalled from years ago and a quote inside a quote",
    floor: 12/12, // speaker accuracy measured when written (12 right of 12 found, 12 expected)
    text: `Graham Pellew's 'Just Asking Questions' Strategy Is A Dress Rehearsal For Something Worse

ANALYSIS — For three days now, Graham Pellew has refused to say the words "I concede." Instead, he has offered what his allies call "patience" and what everyone else can recognize as a slow-motion attempt to delegitimize the result.

"I just want answers," Pellew told reporters on Thursday, in a line he has now repeated at least six times. "Is that too much to ask?"

It is not too much to ask. The answers exist. Dorrance County has published them. Nadia Ferreira-Holt, the county's elections director, has explained the provisional ballot process in detail at four separate press conferences.

"I'll explain it a fifth time if I have to," Ferreira-Holt said Friday, visibly exhausted. "I'll explain it a hundredth time. But at some point, people have to decide whether they want information or whether they want a grievance."

That is the question, isn't it?

Pellew's playbook is not new. Political scientists have a name for it — "asymmetric doubt," in the phrasing of Wendell State University's Priya Raman — and it works by flooding the zone with questions that sound reasonable in isolation.

"No single claim has to be true," Raman told HuffLine. "The point is the cumulative impression. After a week, half his voters will believe something went wrong, and they won't be able to tell you what."

Meanwhile, Frontier leaders on Capitol Hill have mostly stayed silent. Sen. Walter Brisco, who narrowly won reelection on Tuesday, ducked questions about Pellew in the Capitol hallway.

"I've got my own race to think about," Brisco said, although his race had been called two days earlier. Asked whether Marchbanks won legitimately, he said, "The counties will certify what they certify."

That's a non-answer dressed up as caution. Compare it to what Brisco said in 2022, when a Union candidate in his state challenged a close result: "When you lose, you pick up the phone and you call the winner. That's what grown-ups do."

The "grown-ups" in Brisco's party are nowhere to be found this week.

Some Frontier officials are speaking up. Dorrance County clerk Bill Harstad, a Frontier Party member, has been blunt. "When he says 'questions remain,' what he means is 'I don't like the answer,'" Harstad said of Pellew in a local radio interview. "Well, I don't like losing my fantasy football league either."

Harstad, for his trouble, has received threats. His office confirmed that two men were arrested outside the county building on Wednesday.

"This is what happens," said Erin Castaneda, a former Frontier secretary of state who now runs a nonpartisan election-integrity group. "You tell people the election was stolen, and some of them believe you, and some of the ones who believe you show up with a rifle."

Pellew's campaign did not respond to a request for comment.`,
    pass: [
      ["I just want answers", "Graham Pellew", "direct"],
      ["Is that too much to ask?", "Graham Pellew", "direct"],
      ["I'll explain it a fifth time", "Nadia Ferreira-Holt", "direct"],
      ["No single claim has to be true", "Priya Raman", "direct"],
      ["The point is the cumulative impression", "Priya Raman", "direct"],
      ["I've got my own race to think about", "Walter Brisco", "direct"],
      ["The counties will certify", "Walter Brisco", "direct"],
      ["When you lose, you pick up the phone", "Walter Brisco", "direct"],
      ["When he says", "Bill Harstad", "direct"],
      ["Well, I don't like losing", "Bill Harstad", "direct"],
      ["This is what happens", "Erin Castaneda", "direct"],
      ["You tell people the election was stolen", "Erin Castaneda", "direct"],
    ],
    wrong: [

    ],
    noSpeaker: [
      ["'Just Asking Questions'", false],
      ["\"patience\"", false],
      ["The \"grown-ups\"", false],
    ],
  },
  {
    name: "a final-rally story with call-and-response chants, a recalled debate question from a moderator and questions from reporters",
    floor: 22/22, // speaker accuracy measured when written (22 right of 22 found, 22 expected)
    text: `At Final Rally, Marchbanks Tells Supporters: ‘Bring a Neighbor’

HAVERFORD SPRINGS, Lakeshire — Elena Marchbanks closed her campaign Monday night the way she began it 19 months ago: in a high school gym, without a teleprompter, in front of people who had waited hours to get in.

“Are you ready to finish this?” she shouted as she took the stage, and the crowd of about 4,000 roared back, “Yes!”

“I can’t hear you,” she said, cupping a hand to her ear. “Are you ready?”

“Yes we are! Yes we are!” the crowd chanted.

For 40 minutes, Marchbanks ran through a closing argument that her aides have honed over weeks of events: lower costs, a new child care credit and what she called “a government that picks up the phone.”

“My opponent says he’ll fight for you,” Marchbanks said. “Ask him who he was fighting for when he voted to cut the veterans’ clinic in Ellery. Ask him.”

“Ask him! Ask him!” the crowd chanted back.

She then told a story she has told at nearly every stop, about her grandmother, a seamstress who, Marchbanks said, “worked until her fingers bled and never once complained about it.”

“My grandmother used to say, ‘If you want something done, bring a neighbor,’” Marchbanks said. “So tomorrow, I’m asking every one of you: bring a neighbor.”

The line was a callback to the final presidential debate, when moderator Lena Frost asked both candidates to name one thing they admired about the other.

“Governor, what do you admire about Senator Pellew?” Frost asked.

“He loves this country,” Marchbanks answered. “I think he’s wrong about almost everything else, but he loves this country.”

Pellew’s answer was shorter. “She’s persistent,” he said, drawing laughter from the audience.

After the rally, Marchbanks spoke briefly with reporters traveling with her campaign.

Asked whether she would accept the result if she lost, she did not hesitate. “Yes. Absolutely. That’s the job,” she said. “Is he going to say the same thing? That’s the question you should be asking him.”

A reporter asked whether she had a concession speech written. “No,” she said, smiling. “I have one speech written. You’ll hear it tomorrow.”

Her campaign chair, Desmond Reilly, lingered in the gym after the candidate left. He said the campaign’s internal models showed a narrow path to 270 electoral votes that ran through North Wendell and Lakeshire.

“It’s close. It’s really close,” Reilly said. “Anybody who tells you otherwise hasn’t looked at the numbers.”

He continued, “But I’d rather be us than them.”

Outside, Tamsin Greer, 23, a graduate student who had driven from Marlow, was still hoarse from chanting. “I’ve been to three of these,” she said. “This was the best one. She sounded like she meant it.”`,
    pass: [
      ["Are you ready to finish this?", "Elena Marchbanks", "direct"],
      ["I can’t hear you", "Elena Marchbanks", "direct"],
      ["“Are you ready?”", "Elena Marchbanks", "direct"],
      ["a government that picks up the phone", "Elena Marchbanks", "partial"],
      ["My opponent says he’ll fight for you", "Elena Marchbanks", "direct"],
      ["Ask him who he was fighting for", "Elena Marchbanks", "direct"],
      ["worked until her fingers bled", "Elena Marchbanks", "direct"],
      ["My grandmother used to say", "Elena Marchbanks", "direct"],
      ["So tomorrow, I’m asking", "Elena Marchbanks", "direct"],
      ["Governor, what do you admire", "Lena Frost", "direct"],
      ["He loves this country", "Elena Marchbanks", "direct"],
      ["I think he’s wrong about almost everything else", "Elena Marchbanks", "direct"],
      ["She’s persistent", "Pellew", "direct"],
      ["Yes. Absolutely. That’s the job", "Elena Marchbanks", "direct"],
      ["Is he going to say the same thing?", "Elena Marchbanks", "direct"],
      ["“No,”", "Elena Marchbanks", "direct"],
      ["I have one speech written", "Elena Marchbanks", "direct"],
      ["It’s close. It’s really close", "Desmond Reilly", "direct"],
      ["Anybody who tells you otherwise", "Desmond Reilly", "direct"],
      ["But I’d rather be us than them", "Desmond Reilly", "direct"],
      ["I’ve been to three of these", "Tamsin Greer", "direct"],
      ["This was the best one", "Tamsin Greer", "direct"],
    ],
    wrong: [

    ],
    noSpeaker: [
      ["Yes we are! Yes we are!", true],
      ["Ask him! Ask him!", true],
    ],
  },
  {
    name: "a Times-style Q. and A. with a chief of staff, Mrs. and Ms. honorifics for two women, and an action-beat reply",
    floor: 10/12, // speaker accuracy measured when written (10 right of 12 found, 13 expected)
    text: `Marchbanks’s Chief of Staff on the Transition: ‘We Are Not Measuring the Drapes’

WASHINGTON — Two days after the election, Margaret Dunleavy, the longtime chief of staff to President-elect Elena Marchbanks, sat down with The New York Times in a borrowed office near Union Station. Mrs. Dunleavy, 61, has worked for Mrs. Marchbanks since her first race for the state legislature.

The conversation has been edited and condensed.

Q. Graham Pellew still hasn’t conceded. Does that affect the transition?

A. Not really. We’re doing our work. The law is clear about what happens next, and we are following it. If Mr. Pellew wants to call, the governor will take the call.

Q. Has he called?

A. No. I check my phone a lot.

Q. What does the first week look like?

A. Boring, I hope. She told me on Wednesday morning, “Maggie, I want the first hundred days to be boring.” I said, “Then you picked the wrong job.”

Mrs. Marchbanks, for her part, has said publicly that she intends to name her cabinet before Thanksgiving. “I’m not going to keep people guessing,” she told reporters on Wednesday.

After the interview, Mrs. Dunleavy’s deputy, Kiyoko Sato, walked a reporter to the elevator. “She won’t tell you this, but she hasn’t slept since Sunday,” Ms. Sato said. “None of us have.”

Mrs. Dunleavy, overhearing, waved her off. “I slept on the plane,” she said. “That counts.”

Ms. Sato rolled her eyes. “It was a 40-minute flight.”

Asked about reports that Pellew allies were preparing lawsuits in two states, Mrs. Dunleavy was blunt. “Let them file,” she said. “Judges read the law, too.”`,
    pass: [
      ["Not really. We’re doing our work.", "Margaret Dunleavy", "direct"],
      ["No. I check my phone a lot.", "Margaret Dunleavy", "direct"],
      ["I’m not going to keep people guessing", "Elena Marchbanks", "direct"],
      ["She won’t tell you this", "Kiyoko Sato", "direct"],
      ["None of us have", "Kiyoko Sato", "direct"],
      ["I slept on the plane", "Margaret Dunleavy", "direct"],
      ["That counts.", "Margaret Dunleavy", "direct"],
      ["It was a 40-minute flight", "Kiyoko Sato", "direct"],
      ["Let them file", "Margaret Dunleavy", "direct"],
      ["Judges read the law, too", "Margaret Dunleavy", "direct"],
    ],
    wrong: [
      ["Boring, I hope.", ["Margaret Dunleavy","Dunleavy"]], // got no quote
      ["Maggie, I want the first hundred days", ["Elena Marchbanks","Marchbanks"]], // got "Margaret Dunleavy"
      ["Then you picked the wrong job", ["Margaret Dunleavy","Dunleavy"]], // got null
    ],
    noSpeaker: [

    ],
  },
];

const run = (text: string) => extract({ text, published: '2026-11-05' }).quotes;
type Quotes = ReturnType<typeof run>;
const quoteAt = (quotes: Quotes, span: Span) => quoteOver(quotes, span, true); // a quoted span before an indirect one
const norm = (s: string) => s.toLowerCase().replace(/^(the|a|an|one) /, '').trim();
const accepted = (speaker: string | null, ok: string[]) =>
  speaker !== null && ok.some((a) => (a.startsWith('~') ? speaker.toLowerCase().includes(a.slice(1).toLowerCase()) : norm(a) === norm(speaker)));

for (const a of ARTICLES) {
  test(`GIVEN ${a.name} WHEN extracted THEN each quote that passed keeps its exact speaker and kind`, () => {
    const quotes = run(a.text);
    for (const [excerpt, speaker, kind, occ] of a.pass) {
      const q = quoteAt(quotes, at(a.text, excerpt, occ));
      assert.ok(q, `no quote found over: ${excerpt}`);
      assert.equal(q.speaker, speaker, `speaker of: ${excerpt}`);
      assert.equal(q.kind, kind, `kind of: ${excerpt}`);
    }
  });

  test(`GIVEN ${a.name} WHEN extracted THEN scare quotes, titles, coined terms and chants that passed get no speaker`, () => {
    const quotes = run(a.text);
    for (const [excerpt, chant] of a.noSpeaker) {
      for (const q of over(quotes, at(a.text, excerpt)).filter((q) => q.kind !== 'indirect')) {
        const ok = q.speaker === null || (chant && /crowd|supporters|audience/i.test(q.speaker));
        assert.ok(ok, `${excerpt} got speaker ${q.speaker}`);
      }
    }
  });

  test(`GIVEN ${a.name} WHEN extracted THEN speaker accuracy over the found quotes is at least ${a.floor.toFixed(2)}`, () => {
    const quotes = run(a.text);
    const { found, right } = speakerShare(quotes, a.text, [
      ...a.pass.map(([excerpt, speaker, , occurrence]) => ({ excerpt, occurrence, right: (s: string | null) => s === speaker })),
      ...a.wrong.map(([excerpt, ok, occurrence]) => ({ excerpt, occurrence, right: (s: string | null) => accepted(s, ok) })),
    ], true);
    assert.ok(found > 0 && right / found >= a.floor - 1e-9, `${right}/${found} below ${a.floor}`);
  });
}
