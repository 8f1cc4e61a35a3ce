import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { at, quoteOver, type Span } from '../support/excerpts.ts';

// Fictional coverage of a US presidential transition (late November / December after the election): invented
// president-elect, cabinet picks, senators, county officials, protesters and outlets, in the styles of a wire live blog,
// a partisan outlet-quoting site, a feature, an insider piece, an opinion column, a fact-check and a protest story.
// `pass` holds only the quotes whose speaker was exactly right when written; `wrong` holds the quotes still wrong
// (with the speaker a careful reader gives), kept so the per-article floor measures the whole article.
// `noSpeaker` holds scare quotes, signs and titles that got no speaker when written and must keep getting none.
type Article = { name: string; floor: number; text: string; pass: [string, string, number?][]; wrong: [string, string, number?][]; noSpeaker: [string, number?][] };

const ARTICLES: Article[] = [
  {
    name: "a wire-service \"The Latest\" transition live blog with timestamps, a split quote, a tweet and \"said.The\"",
    floor: 18/18, // speaker accuracy measured when written (18 right of 18 found, 18 expected)
    text: `The Latest: Halvorsen names Marwick for State; recount begins in Tallis County

By The Allied Press

The latest on the presidential transition (all times local):

5:40 p.m.
President-elect Corwin Halvorsen says he has picked former Gov. Celeste Marwick to be his secretary of state.

Halvorsen made the announcement at his transition office in Port Ellery. "Celeste has the toughness and the patience this job requires," Halvorsen said. "She will be a superb diplomat."

Marwick, who served two terms as governor, said she was "humbled" by the nomination. "I did not seek this job," the former governor told reporters, "but I will not shy away from it."

4:55 p.m.
Sen. Miriam Oakhurst has not yet conceded the race, and her campaign says it will wait until the recount in Tallis County is complete.

"Every lawful vote deserves to be counted, and counted correctly," Oakhurst campaign chair Felix Amundsen said in a statement.The statement did not say when the senator would speak publicly.

Oakhurst spent the day at her home in Wexley.

4:10 p.m.
Tallis County election officials began the hand recount Wednesday morning in a converted high school gym.

"We are going to do this slowly and we are going to do it right," said Morris Ebbeson, the county's elections director. He said the count could take "the better part of two weeks."

Ebbeson added that observers from both campaigns would be allowed within six feet of the tables. "Nobody is hiding anything in this room," he said.

3:10 p.m.
Halvorsen tweeted Wednesday afternoon that the recount was "a total waste of taxpayer money."

"The voters spoke. Tallis County spoke. Time to move on!" the president-elect wrote.

2:25 p.m.
Rep. Jonah Ferrante (D-Ore.) says House Democrats will press Marwick on her record as governor. "She has a lot of explaining to do about those pipeline contracts," Ferrante told the Allied Press. "I'm keeping an open mind. Mostly."

Sen. Roderick Vane (R-Kan.), who chairs the Foreign Relations Committee, said he expects a quick confirmation. "I expect she'll be confirmed before the end of January," Vane said.

1:15 p.m.
A transition official says Halvorsen will name his pick for defense secretary as early as Friday. The official, who was not authorized to speak publicly, said the president-elect had narrowed the list to "two or three serious names."

12:30 p.m.
President Walter Dunmore's press secretary, Beatrix Lindqvist, said the outgoing administration would cooperate "fully and professionally" with the transition team. "We remember what it was like to walk in the door," Lindqvist said. "We want them to have it easier than we did."`,
    // [excerpt inside the quote, exact speaker, occurrence]
    pass: [
      ["Celeste has the toughness", "Corwin Halvorsen"],
      ["She will be a superb diplomat", "Corwin Halvorsen"],
      ["humbled", "Celeste Marwick"],
      ["I did not seek this job", "Celeste Marwick"],
      ["but I will not shy away", "Celeste Marwick"],
      ["Every lawful vote", "Felix Amundsen"],
      ["We are going to do this slowly", "Morris Ebbeson"],
      ["the better part of two weeks", "Morris Ebbeson"],
      ["Nobody is hiding anything", "Morris Ebbeson"],
      ["a total waste of taxpayer money", "Corwin Halvorsen"],
      ["The voters spoke", "Corwin Halvorsen"],
      ["She has a lot of explaining", "Jonah Ferrante"],
      ["I'm keeping an open mind", "Jonah Ferrante"],
      ["I expect she'll be confirmed", "Roderick Vane"],
      ["two or three serious names", "A transition official"],
      ["fully and professionally", "Beatrix Lindqvist"],
      ["We remember what it was like", "Beatrix Lindqvist"],
      ["We want them to have it easier", "Beatrix Lindqvist"],
    ],
    // still wrong when written: [excerpt, speaker a careful reader gives]
    wrong: [
    ],
    noSpeaker: [],
  },
  {
    name: "a partisan site quoting the Examiner and the Ledger at length, a cable-TV interview and a block quote",
    floor: 15/15, // speaker accuracy measured when written (15 right of 15 found, 15 expected)
    text: `Examiner: Oakhurst Team Privately Admits Recount Is a Hail Mary

The Oakhurst campaign's own lawyers don't believe the Tallis County recount will change anything, according to a bombshell report in the Capital Examiner.

The Examiner, citing two people who were on a Sunday conference call, reported that the campaign's top lawyer, Grant Weatherby, told senior staff the effort was "a Hail Mary at best." From the Examiner's report:

Weatherby told the group that the campaign had "maybe a one-in-fifty shot" of closing the gap, according to the people on the call. "We're doing this for the donors and for the base," Weatherby said, according to one participant. "Let's not kid ourselves."

Weatherby did not respond to the Examiner's request for comment. But an Oakhurst spokeswoman, Delphine Marsh, blasted the story in a statement to the paper: "This is a fabricated account of a private meeting, and the Examiner should be ashamed of printing it."

Ashamed? The only people who should be ashamed are the Oakhurst operatives who've spent three weeks telling their supporters one thing while privately admitting another.

Sen. Roderick Vane went further on Monday night. Appearing on Liberty Network, Vane told host Brent Calloway that the Oakhurst campaign was "running a con on its own voters."

"They know it's over. Everybody in Washington knows it's over," Vane told Calloway. "The only people who don't know it are the folks sending them twenty-five dollars a month."

Calloway asked him whether Oakhurst should concede. "Yesterday," the senator said.

The Harborview Ledger, hardly a friend of the president-elect, ran a similar story. According to the Ledger, an Oakhurst adviser conceded that "the math is the math" and said the campaign was preparing a concession speech "just in case."

The Ledger also quoted Oakhurst's running mate, Gov. Teodoro Ruelas, who struck a different tone:

"I am not going to tell two hundred thousand people in Tallis County that their ballots don't matter. Not today, not ever. We will see this through, and then we will see where we are."

Ruelas, of course, is thinking about 2032. Everyone knows it. Even his own allies admit it: one Democratic strategist told the Examiner that the governor was "auditioning for the next race, not fighting for this one."

Meanwhile, President-elect Corwin Halvorsen is doing what he promised: getting to work. He named retired Gen. Augustus Brandvold as his pick for defense secretary Tuesday, posting on social media: "The General is a WARRIOR and a PATRIOT. He will restore our strength!"

The so-called "resistance" is already melting down about Brandvold. Rep. Jonah Ferrante called the pick "deeply alarming" on the NewsNine network. Spare us.`,
    // [excerpt inside the quote, exact speaker, occurrence]
    pass: [
      ["a Hail Mary at best", "Grant Weatherby"],
      ["maybe a one-in-fifty shot", "Grant Weatherby"],
      ["We're doing this for the donors", "Grant Weatherby"],
      ["Let's not kid ourselves", "Grant Weatherby"],
      ["This is a fabricated account", "Delphine Marsh"],
      ["running a con on its own voters", "Roderick Vane"],
      ["They know it's over", "Roderick Vane"],
      ["The only people who don't know", "Roderick Vane"],
      ["Yesterday", "Roderick Vane"],
      ["the math is the math", "an Oakhurst adviser"],
      ["just in case", "an Oakhurst adviser"],
      ["I am not going to tell two hundred thousand", "Teodoro Ruelas"],
      ["auditioning for the next race", "one Democratic strategist"],
      ["The General is a WARRIOR", "Corwin Halvorsen"],
      ["deeply alarming", "Jonah Ferrante"],
    ],
    // still wrong when written: [excerpt, speaker a careful reader gives]
    wrong: [
    ],
    noSpeaker: [["resistance"]],
  },
  {
    name: "a long concession-night feature with two women in pronoun chains and a multi-paragraph quote",
    floor: 17/19, // speaker accuracy measured when written (17 right of 19 found, 19 expected)
    text: `A concession, in her own hand

WEXLEY, Ohio — For three weeks, Miriam Oakhurst kept a yellow legal pad on the kitchen table of her farmhouse outside this river town. On it, in her looping hand, she wrote two speeches.

One began, "My friends, we did it." The other began, "My friends, we came up short."

On Thursday night, standing before about 400 supporters in the gymnasium of the high school where she once taught civics, the senator read the second one.

"I called President-elect Halvorsen this evening and congratulated him," Oakhurst said, her voice catching slightly. "I told him that I would pray for his success, because his success is our country's success."

The crowd, which had been chanting her name, fell silent. Some wept. Judith Kalloway, who managed Oakhurst's campaign and has worked for her since her first Senate race in 2014, stood off to the side with her arms folded.

"She wrote every word of that herself," Kalloway said afterward. "She didn't want a single consultant touching it." She paused. "That's who she is."

The decision to concede came after the Tallis County recount ended Wednesday with Halvorsen's margin growing by 212 votes. Oakhurst, according to two aides, watched the final tally on a laptop with Kalloway and her husband, Peter. When it was over, she closed the laptop and said, "Well, that's that."

It was not, for everyone. Outside the gym, a few dozen protesters held signs reading "COUNT EVERY VOTE" and "NOT MY PRESIDENT."

One of them, Loretta Banning, a retired nurse from nearby Gilford, said she was disappointed in the senator. "I knocked on doors for her in the snow," Banning said. "And she just gives up? I don't understand it."

Inside, Oakhurst addressed the disappointment directly.

"To those of you who feel that this election was taken from you, I hear you," she said. "But I have seen the count with my own eyes. I have talked to the clerks, Republican and Democrat, who worked through the night.

"They did their jobs. Now I have to do mine."

Kalloway said the senator had briefly considered a legal challenge in the state supreme court but rejected it after a conversation with Mayor Ursula Penhallow of Wexley, a longtime friend. Penhallow, she said, had told her bluntly that a lawsuit "would be the end of your good name."

Reached by phone Friday, the mayor confirmed the conversation. "I told her what a friend tells a friend," Penhallow said. "She didn't need to hear it from me, but she heard it anyway."

What comes next for Oakhurst is unclear. Her Senate term runs through 2030. Asked by a reporter whether she would run for president again, she smiled. "Ask me after Christmas," she said.

Kalloway was less coy. "She's not done," the campaign manager said. "Not even close."`,
    // [excerpt inside the quote, exact speaker, occurrence]
    pass: [
      ["My friends, we did it", "Miriam Oakhurst"],
      ["My friends, we came up short", "Miriam Oakhurst"],
      ["I called President-elect Halvorsen", "Miriam Oakhurst"],
      ["I told him that I would pray", "Miriam Oakhurst"],
      ["She wrote every word", "Judith Kalloway"],
      ["She didn't want a single consultant", "Judith Kalloway"],
      ["That's who she is", "Judith Kalloway"],
      ["Well, that's that", "Miriam Oakhurst"],
      ["I knocked on doors", "Loretta Banning"],
      ["And she just gives up", "Loretta Banning"],
      ["To those of you who feel", "Miriam Oakhurst"],
      ["But I have seen the count", "Miriam Oakhurst"],
      ["They did their jobs", "Miriam Oakhurst"],
      ["would be the end of your good name", "Ursula Penhallow"],
      ["I told her what a friend", "Ursula Penhallow"],
      ["She didn't need to hear it", "Ursula Penhallow"],
      ["Ask me after Christmas", "Miriam Oakhurst"],
    ],
    // still wrong when written: [excerpt, speaker a careful reader gives]
    wrong: [
      ["She's not done", "Judith Kalloway"], // got "the campaign manager"
      ["Not even close", "Judith Kalloway"], // got "the campaign manager"
    ],
    noSpeaker: [["COUNT EVERY VOTE"], ["NOT MY PRESIDENT"]],
  },
  {
    name: "an insider piece on a Pentagon pick with anonymous aides and \"the retired general\" / \"the nominee\"",
    floor: 17/18, // speaker accuracy measured when written (17 right of 18 found, 18 expected)
    text: `Inside the knife fight over Halvorsen's Pentagon pick

Halvorsen transition officials are quietly bracing for a bruising confirmation fight over retired Gen. Augustus Brandvold, the president-elect's choice to lead the Pentagon, according to five people involved in the process.

The concern, these people said, centers on Brandvold's 2019 remarks at a veterans' conference in which he called civilian oversight of the military "a luxury of peacetime." A video of the speech has circulated among Senate staff for days.

"Everybody on the Armed Services Committee has seen it," said one senior Senate Republican aide, who, like others in this story, was granted anonymity to speak candidly. "The question is whether anybody cares."

Brandvold, 64, spent 36 years in the Army and commanded troops in two wars. He has said little publicly since his nomination, but in a brief interview outside the transition's headquarters Tuesday, the retired general said he was "eager to answer every question the senators have."

"I've been shot at by people who meant it," Brandvold said. "I'm not worried about a hearing."

Inside the transition, however, the mood is less sanguine. Dwight Pellerin, Halvorsen's incoming chief of staff, has told allies that the nomination is "not in trouble," according to two people who have spoken with him. But Pellerin has also instructed the transition's legislative team to prepare a list of fallback candidates, one of those people said.

Pellerin declined to comment for this story. A transition spokeswoman, Tamsin Greer, said in an email: "General Brandvold is exactly the leader our troops need, and he will be confirmed."

The most important vote may belong to Sen. Louisa Dahlgren (R-Maine). Dahlgren, a moderate who sits on the Armed Services panel, said in a statement last week that she had "serious questions" about the general's views. She has since met with Brandvold once.

"It was a good conversation. It was a frank conversation," Dahlgren told reporters in the Capitol on Monday. "I'm not there yet."

Another Republican on the committee, Sen. Harmon Creel of Idaho, was more blunt. He told colleagues at a private lunch that he would "hold his nose" and vote yes, according to a senator who attended.

Democrats, for their part, sense an opening. "If Brandvold goes down, it's a black eye for Halvorsen before he's even sworn in," said a Democratic leadership aide. "That's the whole ballgame for us in January."

Still, some Halvorsen allies think the panic is overblown. "Washington loves a good freak-out," said Colm Everly, a former Pentagon official who advised the campaign on defense policy. "Two weeks from now nobody will remember the video."

Brandvold himself appears unbothered. Asked Tuesday whether he had considered withdrawing, the nominee laughed.

"Withdraw?" he said. "I don't even know how to spell it."`,
    // [excerpt inside the quote, exact speaker, occurrence]
    pass: [
      ["Everybody on the Armed Services Committee", "one senior Senate Republican aide"],
      ["The question is whether anybody cares", "one senior Senate Republican aide"],
      ["eager to answer every question", "Augustus Brandvold"],
      ["I've been shot at", "Augustus Brandvold"],
      ["I'm not worried about a hearing", "Augustus Brandvold"],
      ["not in trouble", "Dwight Pellerin"],
      ["General Brandvold is exactly the leader", "Tamsin Greer"],
      ["serious questions", "Louisa Dahlgren"],
      ["It was a good conversation", "Louisa Dahlgren"],
      ["I'm not there yet", "Louisa Dahlgren"],
      ["hold his nose", "Harmon Creel"],
      ["If Brandvold goes down", "a Democratic leadership aide"],
      ["That's the whole ballgame", "a Democratic leadership aide"],
      ["Washington loves a good freak-out", "Colm Everly"],
      ["Two weeks from now", "Colm Everly"],
      ["Withdraw?", "Augustus Brandvold"],
      ["I don't even know how to spell it", "Augustus Brandvold"],
    ],
    // still wrong when written: [excerpt, speaker a careful reader gives]
    wrong: [
      ["a luxury of peacetime", "Augustus Brandvold"], // got "people"
    ],
    noSpeaker: [],
  },
  {
    name: "a tabloid-style opinion column full of scare quotes and speakers named after the quote",
    floor: 6/9, // speaker accuracy measured when written (6 right of 9 found, 9 expected)
    text: `OPINION: Halvorsen's "dream team" is a nightmare in waiting

By Vernon Stiles

So much for the "fresh start."

President-elect Corwin Halvorsen promised voters he'd "drain the swamp and refill it with patriots." Three weeks later, his cabinet looks like the guest list at a Georgetown cocktail party.

Take Celeste Marwick, his pick for secretary of state. The former governor once called the State Department "a cathedral of excuses." Now she wants to run it. When a reporter asked her about that line last week, Marwick shrugged: "People grow. Even governors."

Then there's the Pentagon. Gen. Augustus Brandvold has the "experience," sure. He also has a habit of saying the quiet part out loud. My favorite Brandvold-ism, from a 2021 podcast: "Congress is a speed bump. You slow down, you go over it, you keep driving."

And don't get me started on Dwight Pellerin. The incoming chief of staff — a man whose last job was lobbying for the sugar industry — told the Harborview Ledger this week that he intends to run a "lean, mean White House." Lean? Mean? Pick one, Dwight.

The Halvorsen faithful will tell you I'm being unfair. Fine. Here's what Halvorsen's own transition spokeswoman, Tamsin Greer, said when I asked about the sugar lobbying: "Mr. Pellerin has complied with every ethics rule on the books and then some."

Every ethics rule on the books. And then some! You can almost hear the champagne corks.

Even some Republicans are squirming. "I didn't spend two years on the campaign trail to hand the keys to the same old crowd," grumbled Rep. Della Fairbrook (R-Tenn.), a Halvorsen supporter, in a video posted to her campaign's account. "We were promised outsiders."

She's right. And she won't be the last one to say it.

As for the Democrats? They're too busy holding "listening sessions" to notice. Sen. Miriam Oakhurst, fresh off her concession, told a crowd in Wexley that her party needed "a long, honest look in the mirror." Good luck with that, Senator.

The swamp isn't drained. It's been redecorated. Somebody call it what it is: the "dream team" from hell.`,
    // [excerpt inside the quote, exact speaker, occurrence]
    pass: [
      ["drain the swamp and refill it", "Corwin Halvorsen"],
      ["People grow", "Celeste Marwick"],
      ["Congress is a speed bump", "Augustus Brandvold"],
      ["I didn't spend two years", "Della Fairbrook"],
      ["We were promised outsiders", "Della Fairbrook"],
      ["a long, honest look in the mirror", "Miriam Oakhurst"],
    ],
    // still wrong when written: [excerpt, speaker a careful reader gives]
    wrong: [
      ["a cathedral of excuses", "Celeste Marwick"], // got "The former governor"
      ["lean, mean White House", "Dwight Pellerin"], // got null
      ["Mr. Pellerin has complied", "Tamsin Greer"], // got null
    ],
    noSpeaker: [["dream team"], ["fresh start"], ["experience"], ["listening sessions"]],
  },
  {
    name: "a fact-check with a CLAIM line, a show title in quotes and a scare-quoted \"phantom\"",
    floor: 12/13, // speaker accuracy measured when written (12 right of 13 found, 13 expected)
    text: `Fact check: Vane's claim about 40,000 phantom ballots in Tallis County is false

CLAIM: "There were 40,000 phantom ballots in Tallis County, and nobody wants to talk about it." — Sen. Roderick Vane, on Liberty Network, Nov. 30

RATING: False

Sen. Roderick Vane (R-Kan.) made the claim during a Monday night appearance on Liberty Network's "Calloway Tonight."

"Forty thousand ballots that nobody can account for. Forty thousand!" Vane said. "And we're supposed to just sit here?"

There is no evidence to support the figure. Tallis County reported 41,208 mail ballots in the general election, all of which were matched to registered voters, according to the county's elections director, Morris Ebbeson.

"Every one of those ballots has a name, an address and a signature attached to it," Ebbeson said in an interview. "I can show you the envelopes. I have shown people the envelopes."

Asked where the senator got the number, Vane's office pointed to a post by a social media account called "Tallis Truth Watch," which claimed in November that the county had received "tens of thousands of ballots from nowhere." The account's operator did not respond to messages.

Vane spokesman Eli Marchbanks defended the senator in a statement. "Senator Vane was raising legitimate questions that voters deserve answers to," Marchbanks said. He did not say whether Vane would correct the record.

The state's top election official, Secretary of State Harriet Quennell, a Republican, was blunter. "There are no phantom ballots. There never were," Quennell told reporters Tuesday. "I'd invite the senator to come to Tallis County and look for himself."

Quennell's office completed a post-election audit on Nov. 24 that found a discrepancy of 11 ballots out of more than 180,000 cast countywide — a rate she described as "well within normal."

Experts say claims of "phantom" ballots often arise from confusion over the difference between ballots requested and ballots returned. "People see a big number of applications and a smaller number of returns, and they assume the gap went somewhere sinister," said Naomi Leclair, who studies election administration at Northfield State University. "It didn't. People just didn't mail them back."

Our ruling

Vane said there were "40,000 phantom ballots" in Tallis County. County and state records show every mail ballot was matched to a registered voter, and an audit found only a small discrepancy. We rate this claim False.`,
    // [excerpt inside the quote, exact speaker, occurrence]
    pass: [
      ["There were 40,000 phantom ballots", "Roderick Vane"],
      ["Forty thousand ballots that nobody", "Roderick Vane"],
      ["And we're supposed to just sit here", "Roderick Vane"],
      ["Every one of those ballots", "Morris Ebbeson"],
      ["I can show you the envelopes", "Morris Ebbeson"],
      ["Senator Vane was raising", "Eli Marchbanks"],
      ["There are no phantom ballots", "Harriet Quennell"],
      ["I'd invite the senator", "Harriet Quennell"],
      ["well within normal", "Harriet Quennell"],
      ["People see a big number", "Naomi Leclair"],
      ["It didn't. People just", "Naomi Leclair"],
      ["40,000 phantom ballots\"", "Roderick Vane"],
    ],
    // still wrong when written: [excerpt, speaker a careful reader gives]
    wrong: [
      ["tens of thousands of ballots from nowhere", "Tallis Truth Watch"], // got "The account's operator"
    ],
    noSpeaker: [],
  },
  {
    name: "an electoral-college protest story in curly quotes with missing spaces after quotes",
    floor: 16/16, // speaker accuracy measured when written (16 right of 16 found, 16 expected)
    text: `Electors cast votes as protesters ring statehouse

COLBURN — As the state’s seven presidential electors cast their ballots for President-elect Corwin Halvorsen on Monday, several hundred protesters packed the marble rotunda below, waving hand-lettered signs.

Inside the Senate chamber, the electors — party activists, a county commissioner, a retired schoolteacher — signed six certificates apiece. It took just under 40 minutes.

“I’ve waited my whole life to do this,” said elector Bernadette Vollmer, 71, a retired schoolteacher from Dunmore Springs. “My hands were shaking. I’m not ashamed to say it.”

Gov. Samuel Achterberg, a Democrat who presided over the ceremony, said he had “no choice and no desire” to do anything other than certify the results.“The people of this state voted,” Achterberg said. “My job is to make sure their vote counts, not to like it.”

Outside, the mood was tense but peaceful. State police estimated the crowd at 600. Organizer Tobias Renwick, 29, said the group wanted electors to “vote their conscience” rather than rubber-stamp the results.

“We’re not asking anyone to break the law,” Renwick said, speaking through a bullhorn. “We’re asking them to remember that the Constitution gave them a choice.

“They had a choice in 1800. They have a choice today.”

Legal scholars say that view is mistaken. The state is one of more than 30 that bind electors to the popular vote winner, said Marguerite Haldane, a law professor at Colburn College. “Faithless electors in this state would simply be replaced,” she said. “The Supreme Court settled that question years ago.”

A small group of Halvorsen supporters stood across the street, some wearing red hats. One of them, Dale Prewitt, 54, a contractor from Harlow, said he came to “make sure nobody steals it at the last minute.”He added: “We’ve seen what these people will do.”

Police reported two arrests, both for trespassing after the rotunda closed at 3 p.m. A spokeswoman for the state police, Lt. Gretchen Imhoff, said the protest was “overwhelmingly peaceful.”

Halvorsen, in a post on social media Monday night, thanked the electors “for their service to the Republic.” Oakhurst, who conceded earlier this month, did not comment.

Vollmer, the retired teacher, lingered in the chamber after the ceremony to take pictures with her grandchildren. “They’ll learn about this in school someday,” she said. “And they’ll know their grandma was here.”`,
    // [excerpt inside the quote, exact speaker, occurrence]
    pass: [
      ["I’ve waited my whole life", "Bernadette Vollmer"],
      ["My hands were shaking", "Bernadette Vollmer"],
      ["no choice and no desire", "Samuel Achterberg"],
      ["The people of this state voted", "Samuel Achterberg"],
      ["My job is to make sure", "Samuel Achterberg"],
      ["vote their conscience", "Tobias Renwick"],
      ["We’re not asking anyone", "Tobias Renwick"],
      ["They had a choice in 1800", "Tobias Renwick"],
      ["Faithless electors", "Marguerite Haldane"],
      ["The Supreme Court settled", "Marguerite Haldane"],
      ["make sure nobody steals it", "Dale Prewitt"],
      ["We’ve seen what these people", "Dale Prewitt"],
      ["overwhelmingly peaceful", "Gretchen Imhoff"],
      ["for their service to the Republic", "Corwin Halvorsen"],
      ["They’ll learn about this", "Bernadette Vollmer"],
      ["And they’ll know their grandma", "Bernadette Vollmer"],
    ],
    // still wrong when written: [excerpt, speaker a careful reader gives]
    wrong: [
    ],
    noSpeaker: [],
  },
];

const run = (text: string) => extract({ text, published: '2028-12-02' }).quotes;
const quoteAt = (quotes: ReturnType<typeof run>, span: Span) => quoteOver(quotes, span);

for (const a of ARTICLES) {
  test(`GIVEN ${a.name} WHEN extracted THEN each quote that was right keeps its exact speaker`, () => {
    const quotes = run(a.text);
    for (const [excerpt, speaker, occ] of a.pass) {
      const q = quoteAt(quotes, at(a.text, excerpt, occ));
      assert.ok(q, `no quote found over: ${excerpt}`);
      assert.equal(q.speaker, speaker, `speaker of: ${excerpt}`);
    }
  });

  test(`GIVEN ${a.name} WHEN extracted THEN speaker accuracy over the found quotes is at least ${a.floor.toFixed(2)}`, () => {
    const quotes = run(a.text);
    let found = 0;
    let right = 0;
    for (const [excerpt, speaker, occ] of [...a.pass, ...a.wrong]) {
      const q = quoteAt(quotes, at(a.text, excerpt, occ));
      if (q) found++;
      if (q?.speaker === speaker) right++;
    }
    assert.ok(found > 0 && right / found >= a.floor - 1e-9, `${right}/${found} below ${a.floor}`);
  });

  if (a.noSpeaker.length) {
    test(`GIVEN ${a.name} WHEN extracted THEN its scare quotes, signs and titles get no speaker`, () => {
      const quotes = run(a.text);
      for (const [excerpt, occ] of a.noSpeaker) {
        const q = quoteAt(quotes, at(a.text, excerpt, occ));
        assert.ok(!q || q.speaker === null, `scare quote got speaker ${q?.speaker}: ${excerpt}`);
      }
    });
  }
}
