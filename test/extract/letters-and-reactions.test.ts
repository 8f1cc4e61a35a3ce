import { checkSpeakerSet, type SpeakerArticle } from '../support/speaker-sets.ts';
// Fictional US political letters pages, reader roundups, social-media reaction posts and opinion pages of autumn 2016
// (invented people, parties — Heartland, Civic and Frontier —, towns, handles and outlets): a "Your Say" letters page
// after a town-hall debate (letters signed on a line of their own after the letter, "I" speakers whose name comes only
// at the end, relatives, a diner cook and waitress, candidates and a moderator quoted inside letters, possessive
// attributions, scare quotes, letter headlines with quoted words, an editor's note naming a letter by title); a
// "Twitter reacts" post on the vice-presidential debate (tweets in quotes each followed by the handle on its own line,
// an embed credit line, named tweeters, a parody account, an unquoted tweet, a spouse by pronoun, a graphic); a partisan
// site's reader roundup (readers by first name and town introduced by wrote, said, a bare colon, agreed, asked,
// reminded us, a signature in quotes, a chant, officials); a newspaper's "Your say" page (reader one-liners credited
// after a dash in curly, straight and single quotes, a letter answering another letter, a commentary cited by title,
// Senate-ad slogans); a columnist quoting readers' emails and answering them (a reader in Ohio, a pseudonymous signer,
// split quotes, a late senator, a colleague by pronoun); a post-election letters page (victory and concession lines,
// a protest chant, schoolchildren and a principal, a two-line signature, a headline repeating a letter's quote); an
// opinion column with reader comments signed by handle; and a newsletter mailbag of readers' questions answered with
// officials. Curly and straight quotes are mixed and some sentences lack the space after their full stop. A letter's
// or tweet's text counts as a quote only when it is in quotation marks.
// The fields are described in test/support/speaker-sets.ts. Texts are paragraphs joined by blank lines. Written by a
// tester who had not read the extractor's rules; regenerated from its results when fixes land.
const ARTICLES: SpeakerArticle[] = [
  {
    name: "a letters page after the town-hall debate: letters signed on their own line, 'I' speakers named only at the end, relatives, a diner cook and waitress, candidates quoted inside letters, scare quotes and an editor's note",
    published: "2016-10-11",
    floor: 13/20, // speaker accuracy measured when written (13 right of 20 found, 22 expected)
    text: [
      `Readers sound off on Sunday's presidential debate`,
      `Your Say | The Cascade Ledger`,
      `Sunday's town-hall debate between Heartland nominee Garrett Oakley and Civic nominee Helen Marchetti in Carverton, Mo., drew more mail than any other event of the campaign so far. Here is a selection. Letters are edited for length and clarity.`,
      `Oakley paced, Marchetti sighed`,
      `I watched the whole thing with my 15-year-old daughter, which I now regret. Every time Marchetti answered a question, Oakley paced behind her like a man looking for his car keys. When the moderator asked him about the tape, he said it was “just boardroom banter” and pivoted to Marchetti's emails inside of 10 seconds. My daughter looked at me and asked, “Is this normal?” I told her, “No, honey. It isn't.”`,
      `Renata Guzmán-Kell; Fairhope, Ala.`,
      `A win on substance`,
      `Say what you will about Helen Marchetti, she knew the answer to every question. When the woman in the second row asked about her health premiums, which have doubled, Marchetti gave her a plan. Oakley gave her a slogan: “We'll replace it with something terrific.” Terrific how? He never says.`,
      `Ward Lindqvist; Bemidji, Minn.`,
      `Oakley spoke for the rest of us`,
      `The media can call it "boardroom banter" all they want. I worked 31 years on a loading dock, and I have heard worse before lunch. What I had never heard was a candidate look his opponent in the eye, the way Oakley did, and say, "You'd be in jail." That took guts. I've been telling my wife for a year, "This is the guy." Sunday proved it.`,
      `Harlan Dubbs; Pocatello, Idaho`,
      `Where were the questions?`,
      `Two candidates, 90 minutes and not one question about climate, about the opioid crisis that has emptied half the storefronts on my street, or about the Supreme Court until the very end. Instead we got Oakley's “Next question” and Marchetti's “Excuse me, I'm talking.” I don't blame the audience. I blame the format.`,
      `Priya Oduya-Sands; Chillicothe, Ohio`,
      `Moderators deserve credit`,
      `Letter writers love to bash the moderators, but Ana Redfield and Tom Kessler did a thankless job well. When Oakley complained, “It's three on one,” Redfield answered, “You've had more time, sir,” and moved on. That is how it is done.`,
      `Gene Marchbanks; Lawrence, Kan.`,
      `Her ‘bitter-enders’ problem`,
      `Helen Marchetti still hasn't reckoned with calling half the country “a barrel of bitter-enders.” Asked Sunday whether she regretted it, she said, “I regret saying half,” and laughed. My neighbors did not laugh. My brother-in-law, a union electrician who voted for the Civic ticket twice, texted me afterward: “That's it. I'm done with them.”`,
      `Lorraine Szabo; Scranton, Pa.`,
      `Stop the ‘lesser evil’ talk`,
      `I am so tired of hearing that I have to pick the "lesser of two evils." My ballot has four names on it. Gil Stansbury of the Frontier Party said last week, "A vote for what you believe is never wasted," and I agree with him. I'm not throwing my vote away.I'm keeping it.`,
      `Dmitri Halloran; Boulder, Colo.`,
      `Out of the mouths of babes`,
      `My eighth-graders watched clips of the debate in class Monday. One boy raised his hand and said, “If I talked like that in here, I'd get detention.” He is right. We tell children to wait their turn and not to call names. Then the adults go on television and do both.`,
      `Colleen Abernathy-Ruiz; Tacoma, Wash.`,
      `‘Rigged’ talk is dangerous`,
      `When a candidate tells his crowds the election is rigged before a single vote is counted, he is not campaigning. He is preparing an excuse. My father was a county election judge in Peoria for 22 years. He used to say, “The count is the count.” He'd be ashamed of this campaign.`,
      `Beatrice Omondi-Hart; Peoria, Ill.`,
      `The debate, reviewed at the diner`,
      `I ate breakfast Monday at the Skyline Diner on Route 30, where the debate was all anybody talked about. The cook said, "She won, but he won the room." The waitress said, "Nobody won. We lost." A trucker at the counter said nothing at all and left a big tip. I think he won.`,
      `Anthony Bellweather; Greensburg, Pa.`,
      `Down the ballot`,
      `Lost in the shouting: Ohio's Senate race, which got zero mentions. Rep. Carl Hudak, who is running for the seat, told a town hall in Xenia last month, “I'm not going to talk about the top of the ticket.” He shouldn't have to. But somebody should ask him what he would do about the plant closings in Greene County.`,
      `Jolene Sparrowhawk; Xenia, Ohio`,
      `Neighbors on Monday`,
      `On Sunday morning, hours before the debate, our pastor said from the pulpit, “Whoever wins, we will still be neighbors on Monday.” I thought about that all night. “Neighbors on Monday,” I kept saying to my husband, until he finally told me, “Go to bed, Miriam.”`,
      `Miriam Tessaro-Bull; Lancaster, Pa.`,
      `Editor's note: Letters are limited to 250 words; send yours to letters@cascadeledger.example with your name and hometown. A letter in Sunday's edition, “Oakley owned the night,” was attributed to the wrong writer; it was written by Ken Rudd of Elyria, Ohio.`,
    ].join('\n\n'),
    pass: [
      ["just boardroom banter", "Garrett Oakley", "partial"],
      ["We'll replace it with something terrific", "Garrett Oakley", "direct"],
      ["You've had more time, sir", "Ana Redfield", "direct"],
      ["a barrel of bitter-enders", "Helen Marchetti", "direct"],
      ["I regret saying half", "Helen Marchetti", "direct"],
      ["That's it. I'm done with them", "a union electrician", "direct"],
      ["A vote for what you believe is never wasted", "Gil Stansbury", "direct"],
      ["If I talked like that in here", "One boy", "direct"],
      ["The count is the count", "my father", "direct"],
      ["She won, but he won the room", "The cook", "direct"],
      ["Nobody won. We lost.", "The waitress", "direct"],
      ["I'm not going to talk about the top of the ticket", "Carl Hudak", "direct"],
      ["Whoever wins, we will still be neighbors", "our pastor", "direct"],
    ],
    wrong: [
      ["Is this normal?", ["~daughter"]], // got "Garrett Oakley"
      ["No, honey. It isn", ["Renata Guzmán-Kell","Guzmán-Kell"]], // got null
      ["You'd be in jail", ["Garrett Oakley","Oakley"]], // got null
      ["This is the guy", ["Harlan Dubbs","Dubbs"]], // got "I've"
      ["Next question", ["Garrett Oakley","Oakley"]], // not found
      ["Excuse me, I'm talking", ["Helen Marchetti","Marchetti"]], // not found
      ["It's three on one", ["Garrett Oakley","Oakley"]], // got "Ana Redfield"
      ["Neighbors on Monday,", ["Miriam Tessaro-Bull","Tessaro-Bull","Miriam"]], // got "I kept"
      ["Go to bed, Miriam", ["~husband"]], // got "Carl Hudak"
    ],
    noSpeaker: [
      ["boardroom banter", false, 1],
      ["bitter-enders", false, 0],
      "lesser evil",
      "lesser of two evils",
      "Rigged",
      "Oakley owned the night",
    ],
  },
  {
    name: "a \"Twitter reacts\" post on the vice-presidential debate: tweets each followed by the handle on its own line, an embed credit line, named tweeters, a parody account, a spouse by pronoun",
    published: "2016-10-05",
    floor: 16/29, // speaker accuracy measured when written (16 right of 29 found, 29 expected)
    text: [
      `Twitter Had A Field Day With The Vice Presidential Debate`,
      `The running mates went at it. The internet went at them.`,
      `By Kelsey Drummond-Vo`,
      `Gov. Dwayne Pettus and Sen. Ray Calloway met Tuesday night at Longwood Valley College for the only vice presidential debate of 2016, and if either campaign hoped to keep things civil, nobody told Calloway. The Civic Party senator interrupted Pettus roughly 70 times by one count, while the Heartland governor spent much of the night insisting that his running mate had never said things his running mate had, in fact, said.`,
      `“Did you just say he never said that? He said it on TV,” Calloway said at one point.`,
      `“You're putting words in his mouth, senator,” Pettus replied. “That's nonsense.”`,
      `Asked about the interruptions afterward, Pettus told reporters, “I was raised to let people finish.”`,
      `People on Twitter had thoughts. Here are some of the best:`,
      `“Calloway interrupting Pettus is the most energy anyone has shown in this entire race. I'm exhausted just watching. #VPDebate”`,
      `@plish516.`,
      `“Pettus has the calm of a man who has already read the last page of the book.”`,
      `@marisol_writes.`,
      `"drinking game: every time Pettus says 'that's nonsense' take a sip. i am now deceased"`,
      `@tumbleweed_tina.`,
      `“If Pettus says ‘I'm not going to dignify that’ one more time I'm going to start dignifying things myself.”`,
      `— Bryn Castellano (@brynwrites) October 5, 2016`,
      `Others were less amused.`,
      `“The moderator lost control in minute four and never got it back,” tweeted former Heartland strategist Curtis Vail. “I've seen school board meetings run tighter.”`,
      `When one user asked Vail whether he had watched the same debate as everyone else, the strategist shot back: “I watched it twice. It didn't get better.”`,
      `Comedian Jolie Banaszak had a simpler take: “This is the debate equivalent of two dads arguing over a parking space.”`,
      `“Calloway's debate strategy appears to be: yes,” tweeted Cascade Ledger reporter Sam Iwu.`,
      `Some viewers focused on the substance, or the lack of it.`,
      `“Not one question on climate. Not one. In 2016.”`,
      `@GreenRiverEllen.`,
      `“Calloway kept saying ‘You're defending the indefensible’ and honestly? He wasn't wrong.”`,
      `@deanofdetroit.`,
      `Someone get Calloway a stopwatch. Or a muzzle. Or both.`,
      `@ruthless_ruthie.`,
      `“My grandmother just asked me which one is the vice president. Neither, Grandma. Neither.”`,
      `@KarlaInKenosha.`,
      `Heartland supporters, meanwhile, declared victory. “Pettus cleaned his clock. Calm, presidential, and he didn't take the bait,” wrote a user called @FlagAndFrontPorch. The party's official account posted a graphic reading “PETTUS WON.”`,
      `Oakley himself weighed in just after 10 p.m.: “Gov. Dwayne Pettus did a fantastic job tonight! The whole world is talking about it. Big win!”`,
      `Marchetti's campaign answered with a video montage titled “Did He Say It?” — a reel of Oakley clips contradicting Pettus's denials. Her communications director, Nadia Oyelaran, tweeted a link and added, “He did say it. Over and over.”`,
      `“Calloway: *interrupts* Pettus: *smiles* Calloway: *interrupts the smile*”`,
      `@sixteenthmin.`,
      `And then there was the fly. About an hour in, viewers noticed a housefly making itself at home on Pettus's lapel. Within minutes it had a parody account.`,
      `“I have no position on the tax plan. I am only here for the lapel.”`,
      `@PettusLapelFly.`,
      `“Who had the fly getting its own account on their debate bingo card? Anyone?”`,
      `@bingocardbarb.`,
      `@marisol_writes followed up later:“OK the fly has more followers than me now. Goodnight.”`,
      `Pettus's wife, Darla, was asked about the fly as she left the hall. She laughed. “It was a very well-behaved fly,” she said. “Better behaved than some people on that stage.”`,
      `"I watched this debate so you don't have to. You're welcome. I'm going to go lie down."`,
      `@couchpotatopundit.`,
      `“Pettus keeps saying ‘let me finish’ like it's a magic spell.”`,
      `@wandering_wendell.`,
      `As one user put it, summing up the night: "Two more debates. Pray for us."`,
      `@lanternjawlarry.`,
    ].join('\n\n'),
    pass: [
      ["Did you just say he never said that?", "Ray Calloway", "direct"],
      ["You're putting words in his mouth", "Dwayne Pettus", "direct"],
      ["That's nonsense.", "Dwayne Pettus", "direct"],
      ["I was raised to let people finish", "Dwayne Pettus", "direct"],
      ["The moderator lost control in minute four", "Curtis Vail", "direct"],
      ["I've seen school board meetings run tighter", "Curtis Vail", "direct"],
      ["I watched it twice", "Curtis Vail", "direct"],
      ["This is the debate equivalent", "Comedian Jolie Banaszak", "direct"],
      ["Calloway's debate strategy appears to be", "Sam Iwu", "direct"],
      ["Pettus cleaned his clock", "a user called FlagAndFrontPorch", "direct"],
      ["PETTUS WON", "The party's official account", "partial"],
      ["Gov. Dwayne Pettus did a fantastic job tonight", "Oakley", "direct"],
      ["He did say it. Over and over.", "Nadia Oyelaran", "direct"],
      ["OK the fly has more followers", "marisol", "direct"],
      ["It was a very well-behaved fly", "Darla", "direct"],
      ["Better behaved than some people", "Darla", "direct"],
    ],
    wrong: [
      ["Calloway interrupting Pettus is the most energy", ["@plish516"]], // got null
      ["Pettus has the calm of a man", ["@marisol_writes"]], // got null
      ["drinking game", ["@tumbleweed_tina"]], // got null
      ["one more time I'm going", ["Bryn Castellano","Castellano","@brynwrites"]], // got null
      ["Not one question on climate", ["@GreenRiverEllen"]], // got null
      ["and honestly? He wasn't wrong", ["@deanofdetroit"]], // got null
      ["My grandmother just asked me", ["@KarlaInKenosha"]], // got null
      ["Calloway: *interrupts*", ["@sixteenthmin"]], // got "Nadia Oyelaran"
      ["I have no position on the tax plan", ["@PettusLapelFly"]], // got null
      ["Who had the fly getting its own account", ["@bingocardbarb"]], // got null
      ["I watched this debate so you", ["@couchpotatopundit"]], // got "Darla"
      ["like it's a magic spell", ["@wandering_wendell"]], // got null
      ["Two more debates. Pray for us.", ["@lanternjawlarry"]], // got null
    ],
    noSpeaker: [
      "Did He Say It?",
    ],
  },
  {
    name: "a partisan site's reader roundup on the FBI director's letter: readers by first name and town with every kind of intro (wrote, said, colon, agreed, reminded us), a signature in quotes, a chant, officials",
    published: "2016-10-30",
    floor: 21/27, // speaker accuracy measured when written (21 right of 27 found, 27 expected)
    text: [
      `'She Should Drop Out': Here's What Our Readers Are Saying About The Greer Letter`,
      `By HDW Staff | Heartland Daily Wire`,
      `When FBI Director Lamont Greer told Congress on Friday that the bureau had come across new emails "that appear to be pertinent" to its closed investigation of Helen Marchetti's private server, our inbox exploded. We asked readers to tell us what they thought. More than 4,000 of you did. Here's a sample.`,
      `Greer's letter to lawmakers, which ran barely three paragraphs, said the bureau "cannot yet assess whether or not this material may be significant." That didn't stop Heartland Party chairman Rusty Pruitt from calling it "the end of the Marchetti campaign," and plenty of you agreed.`,
      `Marlene, from Toledo, wrote: "I knew it. I knew it back in July when they let her walk. Nobody else gets to 'extremely careless' their way out of a felony."`,
      `Said Duane in Boise: “Eleven days out. You can't make this stuff up.”`,
      `A reader who signed his email only “Army vet, Fayetteville” put it more bluntly: “She should drop out. If I'd done half of this, I'd be in Leavenworth.”`,
      `Wendell in Abilene had a theory:"This is what happens when the FBI's own agents get fed up. Somebody forced Greer's hand."`,
      `Not everyone was celebrating. Several readers urged caution.`,
      `“Let's not get ahead of ourselves,” wrote Gordon of Lubbock. “Greer said himself he doesn't know what's in them. Could be nothing. Could be her grocery list.”`,
      `Tammy in Sarasota agreed: “We've been burned before by ‘bombshells.’ Wait for the facts.”`,
      `Some of you turned your fire on the Marchetti campaign's response. On Saturday her campaign chairman, Elliot Brandvold, called the timing "deeply troubling" and demanded that Greer release "all the facts, immediately."`,
      `"Deeply troubling? What's deeply troubling is that she's still on the ballot," responded Kurt, from Waukesha.`,
      `Rhonda from Mesa: “They wanted Greer's head in July when he cleared her. Now they want his head because he didn't. Make up your minds, people.”`,
      `Chuck in Sioux Falls had questions of his own. "Who is Anton Weir," he asked, "and why was his laptop anywhere near State Department emails?"`,
      `“Anton Weir is the gift that keeps on giving,” added Sheila from Ocala.`,
      `Oakley, for his part, told a rally in Grand Junction on Saturday that the news was "bigger than Watergate," and the crowd answered with chants of "Send her packing!"`,
      `Many of you liked that line. "Bigger than Watergate is right," wrote Lou from Cheyenne. "At least Nixon had the decency to resign."`,
      `Others were not sold on the man himself. “I'm voting Oakley, but I'm holding my nose,” said Bev in Racine. “This letter doesn't change who he is. It changes who she is.”`,
      `And it wasn't only our regular readers writing in. "I'm a lifelong Civic voter and I'm staying home now. Done," wrote Darnell of Flint, one of several Marchetti voters who found their way to our inbox.`,
      `One commenter, Jake in Odessa, summed it up in all caps: NOW DO THE MARCHETTI FOUNDATION.`,
      `A few of you were thinking about the ground game. "Early voting in Ohio ends Nov. 7," Phil in Canton reminded us."Don't just post about it. Drive your neighbors to the polls."`,
      `We'll leave the last word to Dot, 81, of Pueblo, who called our tip line Sunday morning. “I've voted in every election since Eisenhower,” she said. “I've never seen anything like this one. And I hope I never do again.”`,
      `Tell us what you think. Comments are open below, and the best will appear in Monday's “Reader Rundown.”`,
    ].join('\n\n'),
    pass: [
      ["that appear to be pertinent", "Lamont Greer", "mixed"],
      ["cannot yet assess", "Lamont Greer", "direct"],
      ["the end of the Marchetti campaign", "Rusty Pruitt", "direct"],
      ["I knew it back in July", "Marlene", "direct"],
      ["Eleven days out", "Duane", "direct"],
      ["This is what happens when the FBI", "Wendell", "direct"],
      ["Let's not get ahead of ourselves", "Gordon", "direct"],
      ["Could be her grocery list", "Gordon", "direct"],
      ["deeply troubling", "Elliot Brandvold", "partial", 0],
      ["all the facts, immediately", "Elliot Brandvold", "direct"],
      ["What's deeply troubling is that she", "Kurt", "direct"],
      ["They wanted Greer's head in July", "Rhonda", "direct"],
      ["Anton Weir is the gift", "Sheila", "direct"],
      ["bigger than Watergate", "Oakley", "mixed"],
      ["Bigger than Watergate is right", "Lou", "direct"],
      ["At least Nixon had the decency", "Lou", "direct"],
      ["I'm voting Oakley, but I'm holding my nose", "Bev", "direct"],
      ["This letter doesn't change who he is", "Bev", "direct"],
      ["I'm a lifelong Civic voter", "Darnell", "direct"],
      ["I've voted in every election since Eisenhower", "Dot", "direct"],
      ["I've never seen anything like this one", "Dot", "direct"],
    ],
    wrong: [
      ["She should drop out.", ["~Army vet","~vet","~reader who signed"]], // got "A reader"
      ["We've been burned before", ["Tammy","~Tammy"]], // got "Sarasota"
      ["Who is Anton Weir", ["Chuck","~Chuck"]], // got "Elliot Brandvold"
      ["and why was his laptop", ["Chuck","~Chuck"]], // got "Elliot Brandvold"
      ["Early voting in Ohio ends Nov. 7", ["Phil","~Phil"]], // got null
      ["Don't just post about it", ["Phil","~Phil"]], // got null
    ],
    noSpeaker: [
      "Army vet, Fayetteville",
      ["Send her packing!", true],
      "Reader Rundown",
    ],
  },
  {
    name: "a \"Your Say\" page: reader one-liners credited after a dash (curly, straight and single quotes), letters answering other letters and a commentary by title, relatives and a poll worker quoted inside letters, Senate-ad slogans, an editor's note",
    published: "2016-11-03",
    floor: 18/23, // speaker accuracy measured when written (18 right of 23 found, 24 expected)
    text: [
      `Your Say: Lines, ads and Measure 4`,
      `The Kenosha Tribune-Courier`,
      `Each week we ask readers a question on our Facebook page and print some of the answers. This week we asked: Have you voted early, and how long did you wait?`,
      `“Forty minutes at the library on Elm Street. Worth every one. The poll workers were angels, and someone brought doughnuts.” — Ruth Ann Pike, Kenosha`,
      `“Two hours and 10 minutes in Racine. My feet hurt. My conscience doesn't.” — Desmond Achterberg, Racine`,
      `“I'm waiting for Election Day. I like the sticker and I like the ritual.” — Noreen Falk, Waukesha`,
      `“Forty-five minutes. A lady behind me said, ‘This is nothing, honey. In 1960 we stood in the snow.’ Put me in my place.” — Kimberly Ashworth-Diallo, Racine`,
      `"Haven't voted and won't. They're both crooks and I'm not going to pretend otherwise." — Wade Tollefson, Beloit`,
      `'Didn't wait at all. Mailed my absentee in September. Why would anyone stand in a line?' — Ferris Lundgren, Pleasant Prairie`,
      `“Voted early for the first time ever. Felt strange not to get a sticker. They'd run out.” — Teodoro Bakshi, Kenosha`,
      `We also asked: What is one thing you want the next president to do?`,
      `“Fix the bridges. Just fix the bridges.” — Arturo Delacroix-Webb, Kenosha`,
      `“Stop tweeting.” — Judith Kroll, Salem`,
      `“Remember us. Wisconsin is not flyover country, whatever they say on cable.” — Cal Haverkamp, Bristol`,
      `“Bring back the jobs they promised in 2008 and 2012 and now 2016.” — Leticia Moran-Oyelowo, Kenosha`,
      `Letters`,
      `A thoughtful piece on a lost generation`,
      `Ouisa Davis' commentary, “Why my students aren't voting” (Oct. 30), is very thoughtful, but I think she lets the candidates off too easy. My grandson is 19. When I asked him if he'd registered, he said, “Grandpa, neither of them has said one word to me.” He's not wrong. Davis quotes one student who told her, "It's like choosing which tooth to pull." I'd say it's worse than that.`,
      `Virgil Mancuso-Reyes; Janesville`,
      `Sitting out rewards failure`,
      `Last week's letter from Harvey Blumquist (“Both parties have failed us,” Oct. 27) said that voting for either major candidate is “rewarding failure.” With respect, staying home is how failure gets rewarded. My mother used to tell us at the dinner table, “If you don't vote, you don't get to complain.” I've followed that rule for 50 years.`,
      `Annette Caruso-Blaine; Kenosha`,
      `Senate ads insult us`,
      `I counted 14 ads for the Senate race during a single episode of “Wheel of Spin.” Not one told me what either candidate would do. Congressman Rudy Falzone says Sen. Ingrid Tovar is “soft on crime.” Tovar says Falzone is “bought and paid for.” I'd like to hear each of them finish this sentence: If elected, I will … I suspect neither can.`,
      `Lyle Pettigrew; Sheboygan`,
      `Tovar's broken promise`,
      `Sen. Tovar came to our union hall in August. She said, “I will never vote for a trade deal that ships your job to Monterrey.” Two weeks later she voted to fast-track one. Her words were “never vote.” Ours should be too.`,
      `Gus Oberholtzer; Racine`,
      `Yes on Measure 4`,
      `As a retired sheriff's deputy, I never thought I'd write this letter. But I watched too many young people get a record for a joint. I once stood up in Judge Harold Kemp's courtroom and said, “This kid doesn't belong here,” and the judge agreed with me. Vote yes on 4.`,
      `Earl T. Brannigan; Fond du Lac`,
      `No on Measure 4`,
      `The backers of Measure 4 say it is “about freedom.” Tell that to the families in my ER on a Saturday night. Dr. Felicia Anand, the county's former health officer, testified last spring that edible products “look like candy, and children eat them like candy.” She was right then and she's right now.`,
      `Marguerite Olufsen, R.N.; Appleton`,
      `Thank you, poll workers`,
      `I want to thank the poll workers at Lincoln Elementary. When a man in line started shouting about the machines, a poll worker named Gladys walked right up to him and said, “Sir, I've been doing this since 1976, and the only thing rigged in here is the coffee maker.”Everybody laughed, including him.`,
      `Sunil Varghese; Kenosha`,
      `A neighbor's decency`,
      `Our yard sign was stolen three times. The fourth time, the man across the street walked over with a new one and said, “I'm voting the other way, but that's not right.” Then he helped me hammer it in. That's Kenosha.`,
      `Hugo Ferreira-Stahl; Kenosha`,
      `Editor's note: Letters must be under 250 words and include the writer's full name and town. We do not print anonymous letters. A letter published Oct. 30 under the headline “Tovar's record speaks” was written by Alan Fenske of Oshkosh, not Allen Fenske of Neenah. We regret the error.`,
    ].join('\n\n'),
    pass: [
      ["Worth every one", "Ruth Ann Pike", "direct"],
      ["My feet hurt", "Desmond Achterberg", "direct"],
      ["I'm waiting for Election Day", "Noreen Falk", "direct"],
      ["Put me in my place", "Kimberly Ashworth-Diallo", "direct"],
      ["Haven't voted and won't", "Wade Tollefson", "direct"],
      ["Didn't wait at all", "Ferris Lundgren", "direct"],
      ["Voted early for the first time ever", "Teodoro Bakshi", "direct"],
      ["Fix the bridges", "Arturo Delacroix-Webb", "direct"],
      ["Stop tweeting", "Judith Kroll", "direct"],
      ["Wisconsin is not flyover country", "Cal Haverkamp", "direct"],
      ["Bring back the jobs they promised", "Leticia Moran-Oyelowo", "direct"],
      ["rewarding failure", "Harvey Blumquist", "partial"],
      ["soft on crime", "Rudy Falzone", "mixed"],
      ["bought and paid for", "Ingrid Tovar", "mixed"],
      ["I will never vote for a trade deal", "Ingrid Tovar", "direct"],
      ["about freedom", "The backers of Measure 4", "partial"],
      ["look like candy", "Felicia Anand", "direct"],
      ["I'm voting the other way", "the man across the street", "direct"],
    ],
    wrong: [
      ["Grandpa, neither of them", ["~grandson"]], // got "Cal Haverkamp"
      ["It's like choosing which tooth to pull", ["~student"]], // got "Ouisa Davis"
      ["If you don't vote, you don't get to complain", ["~mother"]], // got "Harvey Blumquist"
      ["never vote.", ["Ingrid Tovar","Tovar"]], // not found
      ["This kid doesn't belong here", ["Earl T. Brannigan","Brannigan","Earl Brannigan"]], // got null
      ["Sir, I've been doing this since 1976", ["Gladys","~Gladys"]], // got "Everybody"
    ],
    noSpeaker: [
      "Why my students aren't voting",
      "Wheel of Spin",
      "Tovar's record speaks",
    ],
  },
  {
    name: "a columnist answers readers' emails: readers quoted and replied to by first name, a reader in Ohio and a pseudonymous signer, a split quote, a late senator, a candidate, a campaign spokesman, a colleague by pronoun",
    published: "2016-10-21",
    floor: 13/22, // speaker accuracy measured when written (13 right of 22 found, 22 expected)
    text: [
      `Readers push back on my Oakley column. Here's my answer.`,
      `Dale Winship | Sentinel columnist`,
      `Last week's column, “Why Oakley's base won't budge,” drew more mail than anything I've written since the 2012 conventions. Much of it was unprintable. Some of it was very good. I promised I'd share the best of both sides, and answer back.`,
      `Tom Barlow of Muncie writes: “You called Oakley voters ‘unreachable.’ I'm an Oakley voter. You reached me fine — you just made me mad.”`,
      `Fair point, Tom. I didn't call anyone unreachable; I said the polls show Oakley's support has barely moved since August, which is true. But I take the larger point. When I write “the base,” I'm describing 40 million people as if they were one.`,
      `The most common complaint, by far, was some version of what Ned Albrecht of Peru, Ind., asked: “Who are you to tell me what I think?”`,
      `Ned, fair. I'm nobody. But I did ask 40 Oakley voters in six counties what they thought, and I quoted them. One, a dairy farmer in Wabash, told me, “I'm not voting for a saint. I'm voting for a wrecking ball.” I still think that's the best explanation of this election anyone has given me.`,
      `A reader in Ohio who asked me not to use her name wrote: “My husband and I have voted Heartland for 30 years. He's voting for Oakley. I'm voting for Marchetti. We haven't told the kids.”`,
      `I wish I could tell her that's unusual. It isn't. My inbox is full of households like hers.`,
      `Then there was this, from Lenora Fitch-Mabry of Flint: “Mr. Winship, you write about Oakley voters like we're an endangered species you're studying from a jeep. Come to Flint. Sit at my table. I'll make you a pot roast and tell you why I'm voting for him.”`,
      `Ms. Fitch-Mabry, I accept. My editor, Gwen Tolliver, has already warned me: “Expense that pot roast and you're fired.”`,
      `“Have you considered that people are just tired?” asked Rosalind Chu of Kokomo. “Tired of being told what to think by people who have never been to Kokomo.”`,
      `Rosalind, I have been to Kokomo. I liked it. But yes.`,
      `Not all the mail came from the right. “You are normalizing a demagogue,” wrote Abe Kornfeld of Evanston, “and you should be ashamed.”`,
      `Abe, I'm a columnist. Trying to understand why people vote the way they do isn't normalizing anything. As the late Sen. Walter Pryce used to tell young reporters, “Your job is to explain the world, not to approve of it.”`,
      `Several readers sent me the same line from Oakley's rally in Lakeland on Tuesday, where he said, "I will totally accept the results of this great and historic election — if I win." Most of them thought it was funny. Gary Nussbaum of Lakeland, who was there, did not. "The crowd cheered," he wrote. "I didn't. That's not a joke you make in a democracy."`,
      `Here is the email I got the most versions of, this one from Clem Yoder of Goshen:“Why don't you ever write about the third-party guys? Stansbury is polling 7 percent in Indiana.”`,
      `Clem, you're right, and next week's column will be about Gil Stansbury, who told me by phone Wednesday that the two-party system is “a duopoly with a bad haircut.” My colleague down the hall, statehouse reporter Nadine Foust, read that over my shoulder and laughed. “He's going to use that line in every speech now,” she said.`,
      `One of my favorite emails came from a woman who signed it “Undecided in Dubuque.” She wrote, in full: “Still undecided. Stop asking.”`,
      `Fair enough.`,
      `Joan Pelham of Marion wrote that her son, a Marine, told her on the phone last week, “Mom, I'll serve whoever wins. That's the job.” She asked me to print it “for the people yelling at each other on Facebook.” Done, Joan.`,
      `I also heard from the Oakley campaign. A spokesman, Blaine Hardesty, emailed to say the column was “yet another hit piece from the coastal media,” which, for a paper in Fort Wayne, is a new one. I asked him which coast. He did not reply.`,
      `Finally, a retired mail carrier named Ollie sent a handwritten note, which I'll quote at length because it said what I was trying to say, better: “I carried mail for 34 years. Heartland houses, Civic houses, same dogs. Everybody wants the same thing from the mailman: show up, don't lose anything, be polite. Maybe that's not a bad platform.”`,
      `Thanks, Ollie. Write me again after the 8th.`,
      `Dale Winship's column appears Fridays. Email him at dwinship@fortwaynesentinel.example.`,
    ].join('\n\n'),
    pass: [
      ["I'm an Oakley voter", "Tom Barlow", "direct"],
      ["Who are you to tell me what I think", "Ned Albrecht", "direct"],
      ["Mr. Winship, you write about Oakley voters", "Lenora Fitch-Mabry", "direct"],
      ["Have you considered that people are just tired", "Rosalind Chu", "direct"],
      ["Tired of being told what to think", "Rosalind Chu", "direct"],
      ["You are normalizing a demagogue", "Abe Kornfeld", "direct"],
      ["and you should be ashamed", "Abe Kornfeld", "direct"],
      ["The crowd cheered", "Gary Nussbaum", "direct"],
      ["That's not a joke you make in a democracy", "Gary Nussbaum", "direct"],
      ["a duopoly with a bad haircut", "Gil Stansbury", "direct"],
      ["He's going to use that line in every speech", "Nadine Foust", "direct"],
      ["Mom, I'll serve whoever wins", "her son", "direct"],
      ["yet another hit piece", "Blaine Hardesty", "mixed"],
    ],
    wrong: [
      ["I'm not voting for a saint", ["~farmer"]], // got "One"
      ["My husband and I have voted Heartland", ["~reader in Ohio"]], // got "A reader"
      ["Expense that pot roast", ["Gwen Tolliver","Tolliver"]], // got null
      ["Your job is to explain the world", ["Walter Pryce","Pryce"]], // got "Abe Kornfeld"
      ["I will totally accept the results", ["Garrett Oakley","Oakley"]], // got "Abe Kornfeld"
      ["Why don't you ever write about the third-party guys", ["Clem Yoder","Yoder"]], // got "Gary Nussbaum"
      ["Still undecided. Stop asking.", ["~Undecided in Dubuque","~woman who signed"]], // got "Nadine Foust"
      ["for the people yelling at each other", ["Joan Pelham","Pelham"]], // got "Marine"
      ["I carried mail for 34 years", ["Ollie","~Ollie","~mail carrier"]], // got null
    ],
    noSpeaker: [
      "Why Oakley's base won't budge",
      "the base,",
      "Undecided in Dubuque",
    ],
  },
  {
    name: "a post-election letters page: victory and concession lines quoted in letters, a protest chant, relatives, a foreman, schoolchildren and a principal, a cashier and a man in a cap by pronoun, a headline quoting a letter, a two-line signature, an editor's note",
    published: "2016-11-10",
    floor: 12/22, // speaker accuracy measured when written (12 right of 22 found, 22 expected)
    text: [
      `Letters: A divided nation, and a result few saw coming`,
      `Readers respond to the election of Garrett Oakley as the nation's 45th president.`,
      `A gracious winner, for once`,
      `I'll admit I was nervous Tuesday night. But when Garrett Oakley took the stage at 3 a.m. and said, “I pledge to every citizen of our land that I will be president for all Americans,” I cried. My husband, who is not a crier, said, “Well, that's a start.” We'll see. But it was a start.`,
      `Deborah Kinsella-Ward; Bay City, Mich.`,
      `She said the right thing`,
      `Helen Marchetti's concession was the most gracious thing either candidate said all year. “We owe him an open mind and a chance to lead,” she said. “The peaceful handoff of power is not a formality.” I did not vote for her. I wish now that I had heard more from that woman during the campaign.`,
      `Russ Abernethy; Kingsport, Tenn.`,
      `Now be gracious`,
      `For 18 months his rallies chanted “Send her packing!” at a woman who has served this country for 30 years. On Wednesday, Oakley called her “a very hard-working person” and said the country owed her “a major debt.” I'll believe the new tone when I see it last a month.`,
      `Wendy Castellanos; Las Cruces, N.M.`,
      `Yes, he is your president`,
      `To the protesters chanting “Not my president” outside the federal building in Portland: yes, he is. I felt the same way in 2008 and 2012, and I got over it by working for the other side. My old foreman at the mill used to say, "You don't like the score, play better." That's my advice.`,
      `Gordon Whitlock; Medford, Ore.`,
      `Polls owe us an apology`,
      `Every poll I read said Marchetti by four. The Sentinel's own forecast page ran a headline on Sunday that read “Marchetti's Road to a Landslide.” I'd like to see the pollsters write a letter to the editor for a change. Mine to them would be short: “How?”`,
      `Fern Holmquist; Eau Claire, Wis.`,
      `The fear is real`,
      `My daughter is a DACA recipient. She came home from her shift at the hospital on Wednesday and asked me, “Mama, are they going to send me back?” I did not know what to tell her. I still don't. To those who say “get over it,” please understand that for some of us this is not a game.`,
      `Marisela Cuevas-Lindholm; Yakima, Wash.`,
      `The ‘silent majority’ spoke`,
      `The coastal media called us “bitter-enders” and “low-information voters.” Well, we bitter-enders had plenty of information. We just didn't share it with the pollsters. As my neighbor put it Wednesday morning, leaning over the fence with his coffee: “Guess we weren't so silent after all.”`,
      `Ray Dombrowski; Youngstown, Ohio`,
      `A lesson in fractions`,
      `On Wednesday my fourth-graders wanted to talk about the election. One girl said, “My dad says the world is going to end.” Another said, “My mom says it's going to be great.” I told them what my principal had told me that morning: “Our job is the same today as it was yesterday.” Then we did fractions.`,
      `Hollis Fenwick-Amadi
Greenville, S.C.`,
      `Frontier voters, take a bow`,
      `Everyone is blaming Frontier voters for spoiling the election. Gil Stansbury said it best on Tuesday night: “Nobody owns anybody's vote.” I cast mine proudly and would do it again.`,
      `Kyle Osterhaus; Lansing, Mich.`,
      `In line, in time`,
      `I worked the polls in Ward 6 on Tuesday for 15 hours. At 7:58 p.m. a young man ran in, out of breath, and asked, “Am I too late?” I told him, “You're in line, you're in time.” He voted at 8:11. Whatever you think of the result, that is the system working.`,
      `Agnes Pokorny; Toledo, Ohio`,
      `We left it all on the field`,
      `To the 200 volunteers who knocked doors for Rep. Lydia Okafor-Price in the 8th District: we lost by 900 votes, and I'm proud of every one of you. As Lydia told us at the end of the night, “We left it all on the field.” She did.`,
      `Trent Maguire; Saginaw, Mich.`,
      `Maybe we'll be OK`,
      `On Wednesday I stood behind a man at the grocery store who was wearing a “Restore the Republic” cap. The cashier, a young woman in a headscarf, handed him his receipt and said, “Have a nice day, sir.” He said, “You too, young lady. God bless.” Maybe we'll be OK.`,
      `Lois Brandt-Keane; Dearborn, Mich.`,
      `Editor's note: The Sentinel received more than 600 letters about the election this week. We will publish more on Sunday. Several readers asked about our Oct. 30 endorsement editorial, “Marchetti, with reservations.” The editorial board stands by it.`,
    ].join('\n\n'),
    pass: [
      ["Well, that's a start", "My husband", "direct"],
      ["a very hard-working person", "Garrett Oakley", "partial"],
      ["a major debt", "Garrett Oakley", "partial"],
      ["Not my president", "the protesters", "partial"],
      ["bitter-enders", "The coastal media", "partial", 0],
      ["low-information voters", "The coastal media", "partial"],
      ["My dad says the world is going to end", "One girl", "direct"],
      ["My mom says it's going to be great", "Another", "direct"],
      ["Our job is the same today", "my principal", "direct"],
      ["Nobody owns anybody's vote", "Gil Stansbury", "direct"],
      ["We left it all on the field", "Lydia Okafor-Price", "direct", 1],
      ["Have a nice day, sir", "a young woman", "direct"],
    ],
    wrong: [
      ["I pledge to every citizen", ["Garrett Oakley","Oakley"]], // got null
      ["We owe him an open mind", ["Helen Marchetti","Marchetti"]], // got "Deborah Kinsella-Ward"
      ["The peaceful handoff of power", ["Helen Marchetti","Marchetti"]], // got "Deborah Kinsella-Ward"
      ["You don't like the score, play better", ["~foreman"]], // got null
      ["How?", ["Fern Holmquist","Holmquist"]], // got "Mine"
      ["Mama, are they going to send me back", ["~daughter"]], // got "Fern Holmquist"
      ["Guess we weren't so silent", ["~neighbor"]], // got "The coastal media"
      ["Am I too late?", ["~young man"]], // got null
      ["You're in line, you're in time", ["Agnes Pokorny","Pokorny"]], // got null
      ["You too, young lady", ["~man at the grocery","~a man","the man"]], // got "Trent Maguire"
    ],
    noSpeaker: [
      "get over it",
      "silent majority",
      "Restore the Republic",
      "Marchetti, with reservations",
    ],
  },
  {
    name: "a \"Voices\" op-ed by a former party chairwoman with reader comments under it: a grandfather's saying split by attribution, the writer's own 'I said', relatives and strangers on Facebook, a senator's scare word, commenters by handle",
    published: "2016-10-26",
    floor: 11/25, // speaker accuracy measured when written (11 right of 25 found, 25 expected)
    text: [
      `Voices: I'm a lifelong Heartlander. I can't vote for Oakley.`,
      `By Cassandra Mott-Eberly`,
      `Cassandra Mott-Eberly is a former Heartland Party chairwoman of Lorain County, Ohio.`,
      `My grandfather had a saying about politics that he repeated every Thanksgiving I can remember. “Vote for the person,” he'd say, passing the gravy, “not the party.” For 26 years I did the opposite. This year I'm going to do what Grandpa said.`,
      `I was a precinct captain at 19. I knocked doors for three governors and two presidential nominees. I chaired the county party through the 2010 wave, when we flipped the courthouse for the first time since 1968. I tell you this not to brag but so you understand that I am not what Oakley likes to call “a fake Heartlander.”`,
      `When the tape came out, I waited for my party's leaders to say something. Some did. Sen. Trudy Kellerman said she was “sickened” and withdrew her endorsement. Two weeks later she said she would vote for him anyway. I called her office. A young staffer told me, "The senator's position hasn't changed," which was true, in a way.`,
      `The state party chairman, Neil Vance, told a radio host last week that people like me are “traitors to the cause.” I have known Neil for 20 years. I sent him a text: “Still friends?” He hasn't answered.`,
      `Oakley's defenders say he is a “truth-teller.” I have heard him say he watched “thousands and thousands” of people cheering on rooftops in Paterson. He did not. I have heard him say he opposed the Gulf war “from the beginning.” He did not. The fact-checkers have stopped counting.`,
      `Last week I posted on Facebook that I would vote for Marchetti. Within an hour I had 300 comments. My cousin wrote, “Traitor.” An old friend from the county party wrote,“I'll pray for you.” A woman I have never met wrote, 'Hope the money was worth it.' There was no money.`,
      `But I also got private messages, dozens of them, from women I have known for decades. "Me too," most of them said. "I just can't say it out loud."`,
      `I understand why they can't. I know what it costs. Marchetti is not my candidate. I disagree with her on taxes, on guns and on judges. When she says, “I'll be a president for all of you,” I don't believe her any more than I believe him. But I believe her when she says the Constitution means something.`,
      `My daughter asked me last night whether I was sad about all this. “A little,” I said. “But not confused.”`,
      `What readers are saying`,
      `“Brave column. I'm a lifelong Heartlander in Avon and I feel exactly the same way.” — ohiomom1964`,
      `“Brave? She was always a Heartlander in name only. Good riddance.” — TruthBeTold_77`,
      `"My grandpa said the same thing, except he was a Civic man his whole life. Different times." — gravy_boat_gus`,
      `“This is why the party is losing people like me.” — Lakewood reader Sandra K.`,
      `“Vance called you a traitor? Neil Vance wouldn't know loyalty if it bit him.” — Elyria_Ed`,
      `“I went to high school with Cassie. She was like this then, too: stubborn, and right.” — Marcy Dollinger, Sheffield Lake`,
      `"You don't speak for Lorain County." — LorainLoyal`,
      `Editor's note: Comments are lightly edited. The Gazette welcomes op-eds of up to 700 words; the author's previous piece, “What the county party taught me,” ran in 2014.`,
    ].join('\n\n'),
    pass: [
      ["sickened", "Trudy Kellerman", "mixed"],
      ["The senator's position hasn't changed", "A young staffer", "direct"],
      ["traitors to the cause", "Neil Vance", "mixed"],
      ["Traitor.", "My cousin", "partial"],
      ["I'll pray for you", "An old friend from the county party", "direct"],
      ["Me too", "most of them", "direct"],
      ["I just can't say it out loud", "most of them", "direct"],
      ["Brave? She was always", "TruthBeTold", "direct"],
      ["Vance called you a traitor", "Elyria", "direct"],
      ["I went to high school with Cassie", "Marcy Dollinger", "direct"],
      ["You don't speak for Lorain County", "LorainLoyal", "direct"],
    ],
    wrong: [
      ["Vote for the person", ["~grandfather","~Grandpa"]], // got "he'd"
      ["not the party", ["~grandfather","~Grandpa"]], // got "he'd"
      ["a fake Heartlander", ["Garrett Oakley","Oakley"]], // got null
      ["Still friends?", ["Cassandra Mott-Eberly","Mott-Eberly"]], // got "He hasn't"
      ["truth-teller", ["~defenders"]], // got "Oakley"
      ["thousands and thousands", ["Garrett Oakley","Oakley"]], // got null
      ["from the beginning", ["Garrett Oakley","Oakley"]], // got null
      ["Hope the money was worth it", ["~woman"]], // got null
      ["I'll be a president for all of you", ["Helen Marchetti","Marchetti"]], // got "I don't"
      ["A little", ["Cassandra Mott-Eberly","Mott-Eberly"]], // got null
      ["But not confused", ["Cassandra Mott-Eberly","Mott-Eberly"]], // got "My daughter"
      ["Brave column", ["ohiomom1964"]], // got null
      ["My grandpa said the same thing", ["gravy_boat_gus"]], // got "TruthBeTold"
      ["This is why the party is losing people", ["Sandra K.","K.","~Sandra"]], // got "Lakewood"
    ],
    noSpeaker: [
      "What the county party taught me",
    ],
  },
  {
    name: "a politics mailbag: readers' questions credited by \"asks Diane from Reno\", after a dash, or by a handle line, answered with officials, an anonymous network executive, a fake ad's text, campaign statements",
    published: "2016-11-04",
    floor: 19/23, // speaker accuracy measured when written (19 right of 23 found, 23 expected)
    text: [
      `The Ballot Box Mailbag: Your last-minute questions, answered`,
      `By Theo Lachance-Birch, politics editor | Reno Register`,
      `Every Friday I answer your questions about the election. With four days to go, you had a lot of them. Questions are edited for length.`,
      `“Can my boss make me work the whole time the polls are open? I start at 6 and don't get off till 8,” asks Diane from Reno.`,
      `No. Nevada law requires employers to give you time off to vote if it's impracticable to vote before or after your shift. “Employers can't penalize workers for taking that time,” said Carla Benavides, a spokeswoman for the secretary of state. She added: “If it happens, call us. We take it seriously.”`,
      `“Is it true you can vote by text?” — Marcus in Henderson`,
      `Absolutely not. Fake ads circulating on social media this week told voters they could “text your vote to 85412.” You can't. Some of the ads were removed Thursday. “This is voter suppression, full stop,” said Rep. Delia Ambrose-Quint, who has asked the attorney general to investigate.`,
      `In a statement, the Marchetti campaign's Nevada director, Isaiah Tremblay, called the ads “a despicable attempt to trick voters.” An Oakley spokeswoman, Kit Danvers, said the campaign “had nothing to do with them.”`,
      `“My polling place moved. How do I find the new one?” asks Pauline, a reader in Sparks.`,
      `The county registrar's website has a lookup tool. If you're still stuck, call the registrar's office. Registrar Hugh Tansley told me, “We'd rather answer a thousand phone calls than turn away one voter.”`,
      `“Are the voting machines connected to the internet?” asks Rodney from Winnemucca.`,
      `No. “None of our tabulators is ever connected to a network,” Tansley said.`,
      `“Why do the networks call states before people out West have voted? It feels rigged.” — Gene, Elko`,
      `Gene, it isn't rigged, but you're not the first to complain. The networks say they don't project a state until its polls have closed. “We will not call Nevada one second before 7 p.m. Pacific,” an executive at one network, who was not authorized to speak publicly, told me. A projection in New York can still affect turnout in Elko, though. That's a fair gripe.`,
      `Several of you wrote about a video of Oakley telling supporters to “watch” polling places “in certain areas.” Hank Ostrowski of Carson City asked:“Is it legal for people to stand outside the polls and watch?”`,
      `It depends on what they do. Nevada law bars electioneering within 100 feet of a polling place. “Observing is legal. Intimidating is not,” Tansley said. “If anyone feels intimidated, they should tell a poll worker immediately.”`,
      `“I already voted for Stansbury. Can I change it to Marchetti?” asks Bill in Fallon.`,
      `No. Once your ballot is cast, it's final. “There are no take-backs in voting,” the registrar said, “but there's always next time.”`,
      `“Does my write-in for my dog count?”`,
      `@renoRover.`,
      `It counts as a vote for your dog. Your dog will not win.`,
      `And finally, this note from a reader who identified herself only as “a tired mom in Summerlin”: “Please tell me it's almost over.”`,
      `It's almost over. Polls close Tuesday at 7 p.m. Send your questions to ballotbox@renoregister.example. Next week's mailbag, “After the Ballots,” will take your questions about the results.`,
    ].join('\n\n'),
    pass: [
      ["Can my boss make me work", "Diane", "direct"],
      ["Employers can't penalize workers", "Carla Benavides", "direct"],
      ["If it happens, call us", "Carla Benavides", "direct"],
      ["Is it true you can vote by text", "Marcus", "direct"],
      ["This is voter suppression", "Delia Ambrose-Quint", "direct"],
      ["a despicable attempt to trick voters", "Isaiah Tremblay", "partial"],
      ["had nothing to do with them", "Kit Danvers", "mixed"],
      ["My polling place moved", "Pauline", "direct"],
      ["We'd rather answer a thousand phone calls", "Hugh Tansley", "direct"],
      ["Are the voting machines connected", "Rodney", "direct"],
      ["None of our tabulators", "Hugh Tansley", "direct"],
      ["Why do the networks call states", "Gene", "direct"],
      ["We will not call Nevada", "an executive at one network", "direct"],
      ["Is it legal for people to stand outside", "Hank Ostrowski", "direct"],
      ["Observing is legal", "Hugh Tansley", "direct"],
      ["If anyone feels intimidated", "Hugh Tansley", "direct"],
      ["I already voted for Stansbury", "Bill", "direct"],
      ["There are no take-backs in voting", "the registrar", "direct"],
      ["but there's always next time", "the registrar", "direct"],
    ],
    wrong: [
      ["watch”", ["Garrett Oakley","Oakley"]], // got "Several of you"
      ["in certain areas", ["Garrett Oakley","Oakley"]], // got "Several of you"
      ["Does my write-in for my dog count", ["@renoRover"]], // got "the registrar"
      ["Please tell me it's almost over", ["~tired mom","~reader who identified"]], // got null
    ],
    noSpeaker: [
      "a tired mom in Summerlin",
    ],
  },
];
checkSpeakerSet(ARTICLES);
