import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { at, over, type Span } from '../support/excerpts.ts';
// Quoted words that nobody said, in ten fictional articles (invented people, places, outlets, books and shows): scare
// quotes, titles of books/shows/reports/operations/laws, nicknames, coined terms, words mentioned as words, slogans on
// signs, taglines and translated terms, in straight, curly, single and guillemet quotes, next to real quotes (full, split
// by attribution, attributed partials). Styles: a partisan opinion site, a HuffPost-style analysis, a British tabloid,
// a book review, a business wire, a sports column, an op-ed, a machine-translated wire, a fact-check, a metro story.
// `kept`: terms that passed when written: no direct/mixed/partial quote overlaps them and no quote that is essentially
// the term carries a speaker. `leaked`: terms that came back as quotes (what came back in the comment), not asserted.
// `pass`: real quotes with the exact speaker and kind they had; `wrong`: real quotes whose speaker was wrong (with
// the speakers that count as right: sharing a non-title word), kept for the per-article floor over all real quotes.
// Written by a tester who had not read the extractor's rules; regenerated from its results when fixes land.
type Ex = string | [string, number];
type Article = { name: string; published: string; floor: number; text: string; kept: Ex[]; leaked: Ex[]; pass: [string, string | null, string, number?][]; wrong: [string, string[], number?][] };
const ARTICLES: Article[] = [
  {
    name: "a partisan opinion site attacking a governor's tax plan (straight quotes, signs, a nickname, a report, a headline)",
    published: "2016-10-20",
    floor: 13/13, // real quotes found with a right speaker when written (13 found)
    text: [
      "Marchetti's \"Reset\" Is Just Another Tax Grab — And Voters Know It",
      "By Colt Harrigan | The Liberty Lantern",
      "Governor Delia Marchetti wants you to believe that her so-called \"Fair Share Act\" is about fairness. It isn't. It is the same old tax-and-spend playbook with a shiny new label, and the \"experts\" lining up behind it are the same people who told us the last stimulus would pay for itself.",
      "On Tuesday, Marchetti went on the statewide morning show \"Capitol Coffee\" to pitch what she is selling as a \"historic reset\" of the tax code. \"This is the most important thing we will do in a generation,\" Marchetti told host Penny Aldana. \"Working families have carried this state on their backs for too long, and it's time everyone paid their fair share.\"",
      "Fair share. There's that phrase again. Around here we have a shorter word for taking money out of a man's pocket without asking, and the word is \"theft.\"",
      "State Sen. Royce Abernathy, who has led the opposition in the upper chamber, didn't mince words. \"The governor calls it a reset. I call it a raid,\" Abernathy said in an interview. \"Every dollar she takes out of a paycheck in Dunmore is a dollar that never comes back.\"",
      "This is the same governor, known on talk radio as \"Mayday Marchetti\" ever since the bond fiasco of 2014, who promised four years ago that she would never raise a single tax on a working family.",
      "Her office has been handing reporters copies of the Treasury's \"Fiscal Outlook 2017\" report, which supposedly reveals a \"structural gap\" of $1.4 billion. Read past the executive summary and you find that the gap is mostly the product of the governor's own spending binge.",
      "At a rally outside the Port of Halloway on Saturday, hundreds of longshoremen carried signs reading \"Hands Off Our Port\" and \"Not One More Dime,\" and they were not there to be photographed.",
      "\"We work nights, we work weekends, and now she wants a cut of the overtime too,\" said Hector Villasenor, a crane operator who has worked the docks for 22 years. \"I voted for her. I won't make that mistake twice.\"",
      "Her spokesman, Tobias Wren, dismissed the critics as \"misinformed\" and told the Lantern in an email that the plan \"asks the top one percent to contribute a little more, and nothing else.\" Asked about the overtime provision, Wren wrote: \"There is no overtime tax in the bill. Period.\"",
      "Period? Section 14(b) of the bill, helpfully titled \"Supplemental Wage Alignment,\" would do exactly that. The word \"alignment\" is doing a lot of work there, and none of it is honest.",
      "This is what the left means by \"compassion\": your money, their priorities. It is what they mean by the \"new normal,\" too, and it is why families are packing up for Ostland every month.",
      "Even the Halloway Courier, hardly a conservative paper, ran an editorial last week under the headline \"A Reset Nobody Asked For.\" When you have lost the Courier, you have lost the coast.",
      "Abernathy says he has the votes to stop the bill in committee. \"If it comes to the floor, it dies on the floor,\" he said. \"I promise you that.\"",
      "The governor, for her part, has launched a six-county \"listening tour\" to sell the plan. If she is really listening, she might start with the men and women on the docks, who have been talking for weeks.",
      "\"She'll hear us,\" Villasenor said. \"One way or another.\"",
    ].join('\n\n'),
    kept: [
      "Reset", "Fair Share Act", "experts", "Capitol Coffee",
      "historic reset", "Mayday Marchetti", "Fiscal Outlook 2017", "Hands Off Our Port",
      "Not One More Dime,", "Supplemental Wage Alignment,", "alignment", "compassion",
      "new normal,", "A Reset Nobody Asked For.", "listening tour",
    ],
    leaked: [
      "theft.", // came back as partial "money out of a man's pocket without"
      "structural gap", // came back as partial "Treasury"
    ],
    pass: [
      ["This is the most important thing we will do in a generation,", "Delia Marchetti", "direct"],
      ["Working families have carried this state on their backs for too long, and it's time everyone paid their fair share.", "Delia Marchetti", "direct"],
      ["The governor calls it a reset. I call it a raid,", "Royce Abernathy", "direct"],
      ["Every dollar she takes out of a paycheck in Dunmore is a dollar that never comes back.", "Royce Abernathy", "direct"],
      ["We work nights, we work weekends, and now she wants a cut of the overtime too,", "Hector Villasenor", "direct"],
      ["I voted for her. I won't make that mistake twice.", "Hector Villasenor", "direct"],
      ["misinformed", "Tobias Wren", "partial"],
      ["asks the top one percent to contribute a little more, and nothing else.", "Tobias Wren", "direct"],
      ["There is no overtime tax in the bill. Period.", "Tobias Wren", "direct"],
      ["If it comes to the floor, it dies on the floor,", "Royce Abernathy", "direct"],
      ["I promise you that.", "Royce Abernathy", "direct"],
      ["She'll hear us,", "Hector Villasenor", "direct"],
      ["One way or another.", "Hector Villasenor", "direct"],
    ],
    wrong: [
    ],
  },
  {
    name: "a HuffPost-style analysis of a collapsed deal (curly quotes, a single-quoted headline term, show and report titles, a banner)",
    published: "2016-10-20",
    floor: 14/15, // real quotes found with a right speaker when written (15 found)
    text: [
      "The ‘Grand Bargain’ That Wasn’t: How Sen. Okafor’s Infrastructure Deal Fell Apart",
      "For three weeks, the “Gang of Nine” met behind closed doors in a windowless room in the Calloway Annex, ordering takeout and trading spreadsheets. On Thursday, the group’s much-hyped “grand bargain” on roads and bridges collapsed in under an hour.",
      "“We were close. We were really, really close,” Sen. Adaeze Okafor (D-Wessex) told HuffPost in a hallway interview. “And then somebody decided a talking point was worth more than a bridge.”",
      "That “somebody,” according to three aides familiar with the talks, was Sen. Garrett Lindqvist (R-Norhaven), who on Wednesday night went on the cable show “The Nightly Ledger” and denounced the package as “a Trojan horse for the climate crowd.”",
      "Lindqvist’s office did not dispute the account. In a statement, spokeswoman Carly Brandt said the senator “was never going to sign on to a deal that smuggles in a carbon tax,” adding: “He said so on day one.”",
      "The sticking point, according to the aides, was a provision known internally as the “resilience surcharge,” a fee of two cents a gallon that Democrats insisted on and that Sen. Mabel Tourneau (R-Calloway) called “a gas tax by another name.”",
      "It is hard to overstate how much the White House had riding on the talks. President Ellison Vance had called the framework a “once-in-a-century investment” in his weekly address, and his aides had already printed banners for a signing ceremony reading “Rebuild the Middle.”",
      "“The president is disappointed, but he is not deterred,” White House press secretary Lorna Quist told reporters at Friday’s briefing. Asked whether Vance would try to pass the bill on party lines, she said, “Every option is on the table.”",
      "If this all sounds familiar, it should. The word “bipartisan” has been stretched so thin in this Congress that it now mostly means “two senators had lunch.”",
      "Progressive groups, who had spent weeks mocking the framework — dubbed “Infrastructure Lite” on activist message boards — were quietly relieved.",
      "“Honestly? Good riddance,” said Priya Raman, policy director at the advocacy group Fair Roads Now. “What they were calling a compromise was a giveaway to toll-road operators. We’ll take no deal over a bad deal.”",
      "Raman’s group has published a 40-page report, “Paved With Good Intentions,” arguing that the toll provisions would have cost drivers $9 billion over a decade.",
      "Lindqvist, for his part, appeared unbothered. He posted a photo of a wooden horse on Thursday evening with the caption “Told you so.”",
      "Okafor said she would try again after the recess. “I don’t give up on bridges,” she said. “I’ve driven over too many bad ones.”",
      "Asked whether the Gang of Nine would reconvene, Okafor laughed. “Let’s call it the Gang of Eight for now,” she said.",
      "For now, the “grand bargain” joins a long list of capital deals — the “deficit panel,” the “Cliffside accord,” the “Gang of Six” framework — remembered mostly for how they ended.",
    ].join('\n\n'),
    kept: [
      "Grand Bargain", "Gang of Nine", "grand bargain", "The Nightly Ledger",
      "bipartisan", "two senators had lunch.", "Paved With Good Intentions,", ["grand bargain",1],
      "deficit panel,", "Cliffside accord,", "Gang of Six",
    ],
    leaked: [
      "somebody,", // came back as partial "three aides familiar with the talks"
      "resilience surcharge,", // came back as partial "the aides"
      "Rebuild the Middle.", // came back as partial "Ellison Vance"
      "Infrastructure Lite", // came back as partial null
    ],
    pass: [
      ["We were close. We were really, really close,", "Adaeze Okafor", "direct"],
      ["And then somebody decided a talking point was worth more than a bridge.", "Adaeze Okafor", "direct"],
      ["was never going to sign on to a deal that smuggles in a carbon tax,", "Carly Brandt", "direct"],
      ["He said so on day one.", "Carly Brandt", "direct"],
      ["a gas tax by another name.", "Mabel Tourneau", "partial"],
      ["once-in-a-century investment", "Ellison Vance", "partial"],
      ["The president is disappointed, but he is not deterred,", "Lorna Quist", "direct"],
      ["Every option is on the table.", "Lorna Quist", "direct"],
      ["Honestly? Good riddance,", "Priya Raman", "direct"],
      ["What they were calling a compromise was a giveaway to toll-road operators. We’ll take no deal over a bad deal.", "Priya Raman", "direct"],
      ["Told you so.", "Garrett Lindqvist", "partial"],
      ["I don’t give up on bridges,", "Adaeze Okafor", "direct"],
      ["I’ve driven over too many bad ones.", "Adaeze Okafor", "direct"],
      ["Let’s call it the Gang of Eight for now,", "Adaeze Okafor", "direct"],
    ],
    wrong: [
      ["a Trojan horse for the climate crowd.", ["Garrett Lindqvist"]], // got direct "three aides familiar with the talks"
    ],
  },
  {
    name: "a British tabloid splash (single quotes throughout, apostrophes inside and beside them, show and book titles, nicknames)",
    published: "2016-10-20",
    floor: 15/18, // real quotes found with a right speaker when written (18 found)
    text: [
      "LOVE LAGOON STAR'S 'SECRET' SPLIT: Tears as 'Golden Boy' Jace walks out",
      "Reality TV heartthrob Jace Pembury — dubbed the 'Golden Boy' of Channel Vibe's smash hit 'Love Lagoon' — has dumped his fiancée just weeks before their £80,000 wedding, the Blaze can reveal.",
      "The 27-year-old personal trainer, who won the hearts of the nation with his 'cheeky chappie' act on the show, told pals he 'needed space' after a blazing row at their Kestrel Heath mansion.",
      "A source close to the couple said: 'Jace just snapped. He packed a bag, grabbed the dog and was gone before midnight. Tiffany's absolutely heartbroken.'",
      "Tiffany Rook, 25, a former 'Lagoon' contestant herself, posted a cryptic message online last night reading 'Some people show you who they really are' alongside a broken-heart emoji.",
      "Her mum, Lorraine, 54, told the Blaze: 'My girl has done nothing wrong. She gave that boy everything and he's thrown it back in her face.'",
      "'I always said he was a wrong 'un,' she added.",
      "The pair met on the 2015 series of the show, where their steamy 'hideaway hut' romps made them the most talked-about couple in the villa. Fans nicknamed them 'Jiffany' and the hashtag trended for a week.",
      "Jace, who famously told viewers he was 'a one-woman man' in the 2015 final, had proposed on a jet ski in front of 300 holidaymakers.",
      "Pals say the trouble started when Jace signed up for the new series of celebrity diving show 'Splash Stars', where he was paired with glamorous Olympic diver Sasha Varga.",
      "'He came home from rehearsals a different man,' said one pal. 'Sasha this, Sasha that. Tiffany isn't stupid.'",
      "Sasha's rep told the Blaze the claims were 'utter nonsense' and insisted the pair were 'just friends'.",
      "His agent, Marcus Doyle-Finch, insisted the split was 'amicable'.",
      "'Jace and Tiffany have decided to go their separate ways,' he said in a statement. 'They ask that their privacy is respected at this difficult time.'",
      "But insiders told the Blaze the 'amicable' line was a 'load of rubbish'.",
      "'There was nothing amicable about it,' a neighbour told us. 'You could hear the shouting three doors down. The poor dog was howling.'",
      "The star, whose autobiography 'Abs, Lads and Laughter' hit the shelves in March, is now said to be 'lying low' at his brother's flat in Portmere.",
      "Meanwhile, fans have flooded social media with messages of support for 'Tiff', with one writing: 'Queen behaviour. She'll be fine.'",
      "Channel Vibe bosses are said to be 'in talks' with Tiffany about a spin-off, provisionally titled 'Tiff Goes Solo'.",
      "A Channel Vibe spokeswoman said: 'We don't comment on speculation.'",
    ].join('\n\n'),
    kept: [
      "SECRET", "Golden Boy", ["Lagoon",1], "hideaway hut",
      "Jiffany", "Splash Stars", "Abs, Lads and Laughter", ["Tiff",4],
      "Tiff Goes Solo",
    ],
    leaked: [
      ["Golden Boy",1], // came back as partial "Reality TV"
      "Love Lagoon", // came back as partial null
      "cheeky chappie", // came back as partial "act on the show"
      ["amicable",1], // inside mixed "insiders"
      "lying low", // came back as partial "now"
      "in talks", // came back as partial "Channel Vibe"
    ],
    pass: [
      ["Jace just snapped. He packed a bag, grabbed the dog and was gone before midnight. Tiffany's absolutely heartbroken.", "A source close to the couple", "direct"],
      ["Some people show you who they really are", "Tiffany Rook", "direct"],
      ["My girl has done nothing wrong. She gave that boy everything and he's thrown it back in her face.", "Lorraine", "direct"],
      ["a one-woman man", "Jace Pembury", "mixed"],
      ["He came home from rehearsals a different man,", "one pal", "direct"],
      ["Sasha this, Sasha that. Tiffany isn't stupid.", "one pal", "direct"],
      ["utter nonsense", "Sasha Varga", "mixed"],
      ["just friends", "Sasha Varga", "partial"],
      ["amicable", "Marcus Doyle-Finch", "indirect"],
      ["Jace and Tiffany have decided to go their separate ways,", "Marcus Doyle-Finch", "direct"],
      ["They ask that their privacy is respected at this difficult time.", "Marcus Doyle-Finch", "direct"],
      ["load of rubbish", "insiders", "mixed"],
      ["There was nothing amicable about it,", "a neighbour", "direct"],
      ["You could hear the shouting three doors down. The poor dog was howling.", "a neighbour", "direct"],
      ["We don't comment on speculation.", "A Channel Vibe spokeswoman", "direct"],
    ],
    wrong: [
      ["needed space", ["Jace Pembury"]], // got partial null
      ["I always said he was a wrong 'un,", ["Lorraine","mum"]], // got indirect "I always"
      ["Queen behaviour. She'll be fine.", ["fans","fan","one"]], // got direct "one"
    ],
  },
  {
    name: "a culture-section book review (curly quotes, book, ballad, section and TV titles, a tagline, a quote nested in a quote)",
    published: "2016-10-20",
    floor: 12/13, // real quotes found with a right speaker when written (13 found)
    text: [
      "Review: In “Tides of Ash,” Mirela Szabo Finally Writes the Novel She Was Avoiding",
      "There is a moment, about two-thirds of the way into Mirela Szabo’s sprawling new novel “Tides of Ash,” when you realize she has been playing a long game. The book, her first since the 2011 story collection “Salt Hymns,” is nominally about a fishing family on the island of Varrow, but it is really about the lies a place tells itself.",
      "Szabo, who spent four years on the manuscript, has called it “the book I was scared to write.” In a phone interview from her home in Lisle Harbor, she was more blunt. “I kept writing around it,” she said. “Every other book was me clearing my throat.”",
      "The novel’s central figure, a harbor pilot known to everyone on the island as “Old Bastian,” narrates in a voice that readers of her earlier work might once have called “overwrought.” Here it works, mostly because Bastian knows he is overdoing it.",
      "Szabo’s publisher, Greyfell & Lane, is marketing the book with the tagline “Every tide brings something back,” which is both accurate and a little grim.",
      "Readers who came to Szabo through the television adaptation of “Salt Hymns” — retitled “Harbor Lights” for the Streamline network — may be surprised by how little plot there is.",
      "“People ask me why nothing happens,” Szabo said, laughing. “Everything happens. It just happens slowly, the way it does on an island.”",
      "The director of that adaptation, Oren Castellanos, said he was already circling the new book. “I read it in two nights,” he said. “I called Mirela the next morning and said, ‘Don’t sell it to anyone else.’”",
      "Not everyone is convinced. Writing in the Varrow Review of Books, the critic Hollis Banerjee called the novel “a magnificent ship with no rudder” and complained that its final section, titled “Slack Water,” “drifts for ninety pages.”",
      "The section titles — “Flood,” “Ebb,” “Slack Water,” “Spring” — are borrowed from tide tables, and Szabo admits the conceit is a little on the nose. “I know, I know,” she said. “My editor tried to talk me out of it.”",
      "Her editor, Judith Amsel, remembered the argument differently. “I didn’t try to talk her out of anything,” Amsel said. “I asked one question. Mirela has never once answered a question the way you expect.”",
      "The phrase “tides of ash” itself comes from a line in a nineteenth-century Varrow ballad, “The Pilot’s Widow,” which Szabo’s grandmother used to sing while mending nets.",
      "Whatever you call it — “literary fiction,” “island gothic,” or simply a very good novel — “Tides of Ash” is the best thing Szabo has written, and it is not close.",
      "“Tides of Ash” by Mirela Szabo. Greyfell & Lane, 512 pages, $28.",
    ].join('\n\n'),
    kept: [
      ["Tides of Ash,",1], "Every tide brings something back,", ["Salt Hymns",1], "Harbor Lights",
      "Slack Water,", "tides of ash", "The Pilot’s Widow,",
    ],
    leaked: [
      "Tides of Ash,", // came back as partial "Mirela Szabo"
      "Salt Hymns,", // came back as partial null
      "Old Bastian,", // came back as partial "a harbor pilot known"
      "overwrought.", // came back as partial "readers of her earlier work might"
      "Flood,", // came back as partial "The section titles -"
      "Ebb,", // came back as partial "The section titles - Flood"
      ["Slack Water,",1], // came back as partial "The section titles - Flood"
      "Spring", // came back as partial "The section titles - Flood"
      "literary fiction,", // came back as partial "Whatever"
      "island gothic,", // came back as partial "Whatever"
      ["Tides of Ash",2], // came back as partial "Whatever"
      ["Tides of Ash",3], // came back as direct "Whatever"
    ],
    pass: [
      ["the book I was scared to write.", "Mirela Szabo", "partial"],
      ["I kept writing around it,", "Mirela Szabo", "direct"],
      ["Every other book was me clearing my throat.", "Mirela Szabo", "direct"],
      ["People ask me why nothing happens,", "Mirela Szabo", "direct"],
      ["Everything happens. It just happens slowly, the way it does on an island.", "Mirela Szabo", "direct"],
      ["I read it in two nights,", "Oren Castellanos", "direct"],
      ["I called Mirela the next morning and said, ‘Don’t sell it to anyone else.’", "Oren Castellanos", "direct"],
      ["a magnificent ship with no rudder", "Hollis Banerjee", "partial"],
      ["I know, I know,", "Mirela Szabo", "direct"],
      ["My editor tried to talk me out of it.", "Mirela Szabo", "direct"],
      ["I didn’t try to talk her out of anything,", "Judith Amsel", "direct"],
      ["I asked one question. Mirela has never once answered a question the way you expect.", "Judith Amsel", "direct"],
    ],
    wrong: [
      ["drifts for ninety pages.", ["Hollis Banerjee"]], // got direct "Varrow Review of Books"
    ],
  },
  {
    name: "a business wire story on layoffs (straight quotes, project, brand, slogan, rating, survey and filing-line names, an org speaker)",
    published: "2016-10-19",
    floor: 10/10, // real quotes found with a right speaker when written (10 found)
    text: [
      "Halvard Robotics to cut 1,200 jobs in \"Project Northstar\" restructuring",
      "BRENNICK, Ostland, Oct 19 (Meridian Wire) - Halvard Robotics Inc said on Wednesday it would cut about 1,200 jobs, or 9 percent of its workforce, as part of a restructuring plan it has named \"Project Northstar,\" sending its shares up 6 percent in early trading.",
      "The maker of warehouse automation systems said the plan would save $140 million a year by 2018 and allow it to focus on its fast-growing \"Halvard Cloud\" software business.",
      "\"This is not a retreat. This is a refocusing,\" Chief Executive Annika Sorvold said on a call with analysts. \"We are going where our customers are going.\"",
      "Sorvold, who took over in March after the departure of founder Ilya Brandt, has promised investors a \"leaner, faster Halvard.\"",
      "The company's flagship picking robot, sold under the \"GripMaster\" brand, has lost market share to cheaper rivals over the past two years. Its marketing slogan, \"Automation With a Human Touch,\" drew ridicule on social media after the announcement, with several users posting it alongside the layoff numbers.",
      "\"The optics are not great,\" said Dmitri Ovalle, an analyst at Castor Bancorp Securities. \"But the numbers make sense. They've been carrying too many people in legacy hardware for two years.\"",
      "Ovalle rates the stock \"outperform\" with a price target of $48. Retail traders, who call the shares \"Halvies\" on the message board \"RoboBulls,\" were less charitable.",
      "The company also cut its full-year revenue forecast to $2.1 billion from $2.3 billion, citing what it described as \"softness\" in European orders. Analysts had expected $2.24 billion, according to the \"Street Consensus\" survey.",
      "The job cuts will fall mostly on the company's plants in Brennick and Tarsk, where the machinists' union said it had not been consulted. \"We found out from a press release,\" said Gunnar Ekholm, the union's local chairman. \"Twelve hundred families found out from a press release.\"",
      "Ekholm said the union would seek talks under the \"Fair Transition\" clause of its 2015 contract, which requires 90 days' notice of layoffs.",
      "In a regulatory filing, Halvard said it expected to record a pretax charge of $55 million to $65 million related to the plan, which it listed under \"restructuring and other\" costs.",
      "The company will also rename its research arm, formerly known as \"Halvard Labs,\" as \"Northstar Research.\"",
      "Asked by an analyst whether more cuts were coming, Sorvold said: \"I'm not going to rule anything in or out. But I'd be surprised.\"",
      "Chief Financial Officer Ravi Menon told reporters after the call that the charge would be \"mostly cash\" and booked in the fourth quarter.",
      "(Reporting by Lise Aamodt; Editing by Tom Crowell)",
    ].join('\n\n'),
    kept: [
      "Project Northstar", "Project Northstar,", "Halvard Cloud", "GripMaster",
      "Automation With a Human Touch,", "outperform", "Street Consensus", "Fair Transition",
      "Halvard Labs,", "Northstar Research.",
    ],
    leaked: [
      "Halvies", // came back as partial "Retail"
      "RoboBulls,", // came back as partial null
      "restructuring and other", // inside mixed "Halvard Cloud"
    ],
    pass: [
      ["This is not a retreat. This is a refocusing,", "Annika Sorvold", "direct"],
      ["We are going where our customers are going.", "Annika Sorvold", "direct"],
      ["leaner, faster Halvard.", "Annika Sorvold", "partial"],
      ["The optics are not great,", "Dmitri Ovalle", "direct"],
      ["But the numbers make sense. They've been carrying too many people in legacy hardware for two years.", "Dmitri Ovalle", "direct"],
      ["softness", "Halvard Robotics Inc", "partial"],
      ["We found out from a press release,", "Gunnar Ekholm", "direct"],
      ["Twelve hundred families found out from a press release.", "Gunnar Ekholm", "direct"],
      ["I'm not going to rule anything in or out. But I'd be surprised.", "Annika Sorvold", "direct"],
      ["mostly cash", "Ravi Menon", "mixed"],
    ],
    wrong: [
    ],
  },
  {
    name: "a sports column (curly quotes, player nicknames including one inside a name, play and speech names, signs, a talk show)",
    published: "2016-10-18",
    floor: 12/13, // real quotes found with a right speaker when written (13 found)
    text: [
      "Kowalczyk: “The Wall” is crumbling, and Port Addison knows it",
      "PORT ADDISON — They used to call him “The Wall.” For eleven seasons, Tomasz “Tommy” Brezina was the reason the Port Addison Ironclads could sleep at night. On Sunday, the Halden Marauders ran through him like he was made of tissue paper.",
      "“I’m not worried about Tommy,” coach Dale Ruckert said after the 34-10 loss. “He’s been doing this longer than some of my players have been alive.”",
      "Ruckert has been preaching “the process” since he arrived in 2014, and “the process” has now produced three wins in eighteen games.",
      "The Marauders ran the same play, a crossing route out of a bunch formation they have nicknamed “Tornado,” on three straight possessions in the second quarter.",
      "“Tornado, Tornado, Tornado,” Marauders receiver Kenji Albright said afterward, grinning. “We kept waiting for them to adjust. They never did.”",
      "Brezina, to his credit, did not hide. “That’s on me,” he said at his locker. “I got beat. I got beat a lot. You can write that.”",
      "The crowd at Harrow Field had seen enough by halftime. Signs reading “Ruckert Out” and “Fire the Whole Staff” popped up in the upper deck, and one fan held a bedsheet painted with the words “Eighteen Games, Three Wins.”",
      "General manager Lionel Fairweather, who hired Ruckert and signed him to an extension in January, has been conspicuously quiet. A team spokesman said Fairweather was “traveling” and unavailable for comment.",
      "The local sports talk show “Drive Time With Dutch” spent three hours on Monday debating whether Ruckert should be fired. Host Dutch Van Heerden had a simpler question. “Who’s left to blame?” he asked.",
      "The Ironclads’ so-called “rebuild” is now in its third year. The front office has traded away two first-round picks for veterans who are already gone.",
      "Ruckert’s famous halftime speech — the one players call the “Bridge Speech,” delivered during the 2014 comeback win over Halden — has apparently lost its magic.",
      "“He gave it again on Sunday,” one veteran player said, asking not to be named because he was not authorized to discuss the locker room. “Guys were looking at the floor.”",
      "It’s not all doom. Rookie linebacker Marcus Obi, already known to fans as “Big Obi” after two interceptions against Tarrant, was the one bright spot.",
      "“I just play,” Obi said. “Coach tells me where to be and I go there.”",
      "Brezina, 34, is in the last year of his contract. Asked if this was his final season, he paused for a long time. “Ask me in January,” he said.",
      "Next up: the unbeaten Tarrant Comets, whose quarterback, Rafe Lindholm, is known around the league as “The Surgeon.” Ruckert will need more than a speech.",
    ].join('\n\n'),
    kept: [
      "Tommy", "the process", ["the process",1], "Tornado,",
      "Ruckert Out", "Fire the Whole Staff", "Eighteen Games, Three Wins.", "Drive Time With Dutch",
      "rebuild", "Big Obi", "The Surgeon.",
    ],
    leaked: [
      "The Wall", // came back as direct "Kowalczyk"
      "The Wall.", // came back as partial null
      "Bridge Speech,", // came back as partial "the one players"
    ],
    pass: [
      ["I’m not worried about Tommy,", "Dale Ruckert", "direct"],
      ["He’s been doing this longer than some of my players have been alive.", "Dale Ruckert", "direct"],
      ["Tornado, Tornado, Tornado,", "Kenji Albright", "direct"],
      ["That’s on me,", "Tomasz Brezina", "direct"],
      ["I got beat. I got beat a lot. You can write that.", "Tomasz Brezina", "direct"],
      ["traveling", "A team spokesman", "mixed"],
      ["Who’s left to blame?", "Dutch Van Heerden", "direct"],
      ["He gave it again on Sunday,", "one veteran player", "direct"],
      ["Guys were looking at the floor.", "one veteran player", "direct"],
      ["I just play,", "Marcus Obi", "direct"],
      ["Coach tells me where to be and I go there.", "Marcus Obi", "direct"],
      ["Ask me in January,", "Tomasz Brezina", "direct"],
    ],
    wrong: [
      ["We kept waiting for them to adjust. They never did.", ["Kenji Albright"]], // got direct "Halden Marauders"
    ],
  },
  {
    name: "an op-ed by a former superintendent (straight quotes, single quotes beside apostrophes, words as words, signs, programme and report names)",
    published: "2016-10-20",
    floor: 8/11, // real quotes found with a right speaker when written (11 found)
    text: [
      "Opinion: Stop calling it \"accountability\"",
      "By Renata Holloway. Holloway was superintendent of the Carrow Valley school district from 2008 to 2016.",
      "When the state board unveiled its \"Every Child Measured\" initiative last spring, I was one of the few superintendents who said nothing. I regret that now.",
      "The board's chairman, Wendell Pike, promised \"a new era of transparency\" when he announced the plan. \"Parents deserve to know how their schools are doing, and for too long they haven't,\" Pike said at the time.",
      "Eighteen months later, \"transparency\" has come to mean a color-coded map on a website, and \"accountability\" has come to mean closing schools in the poorest neighborhoods of the state.",
      "I want to talk about the word \"accountability.\" It is a good word. It has been hijacked.",
      "The commissioner's 'turnaround' plan for my district's two middle schools was drafted by a consultant who had never visited either building. When I asked the consultant, a pleasant young man from the firm Brightline Partners, how he had arrived at his recommendations, he told me, \"The data speaks for itself.\"",
      "Data does not speak. People speak. Teachers at the Dunwell Avenue rally in March carried signs reading \"Let Us Teach\" and \"Kids Are Not Data Points,\" and nobody from the board came out to read them.",
      "One of those teachers, Marisol Quintero, has taught eighth-grade science at Hollis Middle for 19 years. \"They put a sticker on our door that says 'Priority School,'\" she told me. \"The kids think it means they're stupid.\"",
      "'Priority' status, incidentally, is what triggers the state's takeover clause. The state's own report, \"Closing the Gap: Year One,\" concedes that test scores in \"priority\" schools rose by less than a percentage point.",
      "The board's defenders say the program is working. State Rep. Alton Greer, who sponsored the enabling legislation, told the Carrow Valley Sentinel last month that critics were \"nostalgic for failure.\" \"Every child measured means every child counted,\" Greer said.",
      "I have heard this argument before. I heard it in 2009, when the state rolled out \"Race to Excellence,\" and again in 2013, when it became \"Excellence for All.\"",
      "Gov. Isla Brennan's 'education reset,' as the governor's press releases insist on calling it, is the latest coat of paint on the same car. The governor said in her State of the State address that she was \"proud of what we've built.\" I would ask her to visit what she has built.",
      "Pike, reached by phone, said he stood by the program. \"I'd invite Ms. Holloway to look at the numbers,\" he said.",
      "Superintendents aren't supposed to write columns like this. A colleague warned me that I'd be labeled a \"defender of the status quo.\" Fine.",
      "I'll close with what a seventh-grader at Hollis told me when I asked what she thought of her school's new rating. \"It's just a letter,\" she said. \"We're still here.\"",
    ].join('\n\n'),
    kept: [
      "Every Child Measured", ["transparency",1], ["accountability",1], "accountability.",
      "turnaround", "Let Us Teach", ["Priority",1], "Closing the Gap: Year One,",
      "Race to Excellence,", "Excellence for All.",
    ],
    leaked: [
      "accountability", // came back as partial "Stop"
      "Kids Are Not Data Points,", // came back as partial "Teachers"
      "priority", // came back as partial "Gap"
      "education reset,", // came back as partial "Isla Brennan"
      "defender of the status quo.", // came back as mixed "A colleague"
    ],
    pass: [
      ["a new era of transparency", "Wendell Pike", "partial"],
      ["Parents deserve to know how their schools are doing, and for too long they haven't,", "Wendell Pike", "direct"],
      ["They put a sticker on our door that says 'Priority School,'", "Marisol Quintero", "direct"],
      ["The kids think it means they're stupid.", "Marisol Quintero", "direct"],
      ["nostalgic for failure.", "Alton Greer", "mixed"],
      ["Every child measured means every child counted,", "Alton Greer", "direct"],
      ["proud of what we've built.", "Isla Brennan", "mixed"],
      ["I'd invite Ms. Holloway to look at the numbers,", "Wendell Pike", "direct"],
    ],
    wrong: [
      ["The data speaks for itself.", ["consultant"]], // got direct "Wendell Pike"
      ["It's just a letter,", ["seventh-grader"]], // got direct "Hollis"
      ["We're still here.", ["seventh-grader"]], // got direct "Hollis"
    ],
  },
  {
    name: "a machine-translated state wire (straight quotes and guillemets, dash attributions, programme, party, operation, newspaper and show names)",
    published: "2016-10-19",
    floor: 5/9, // real quotes found with a right speaker when written (9 found)
    text: [
      "President of Veskaria announced \"new stage\" of administrative reform",
      "ORDAN, October 19 (VNA) – President of the Republic of Veskaria Anatol Drevnik on Wednesday has announced the beginning of the \"new stage\" of administrative reform, which according to the presidential administration will be completed until the end of year 2017.",
      "Speaking at the extended meeting of the Government, the head of state said: \"We cannot any longer to tolerate the situation when the citizen must to go to five offices for one paper. This is shame for the modern state.\"",
      "According to the President, in each region will be created so-called \"coordination councils\", which will unite the functions of the local executive committees and the territorial offices of ministries.",
      "\"The coordination councils will have the full responsibility. If something is not working, the people will know whom to ask,\" – emphasized Anatol Drevnik.",
      "Also, the President instructed the Ministry of Digital Development to launch until March the portal \"One Window\", through which citizens will be able to receive more than 200 state services, and to extend the program «Digital Village» to all districts.",
      "The Minister of Digital Development Sabina Kurtovic informed, that the portal is already in test regime in two pilot regions – Zelnik and Upper Brava. \"The first results are positive. In Zelnik the average time of receiving the certificate decreased from 14 days to 3 days,\" said the Minister.",
      "«We will not stop on the half way,» – underlined the head of state.",
      "The reform is carried out within the framework of the state program \"Veskaria-2025\", adopted in 2014.",
      "The opposition party \"Civic Dawn\" criticized the initiative. The leader of the party Mirko Halas in the statement distributed to the press stated that the reform is \"only the redistribution of the chairs between the same people\". \"Where was the President during ten years? Why only now, before the elections?\" – is said in the statement.",
      "In his turn, the Head of the Presidential Administration Oleg Varnai called the criticism of opposition \"the populism of the pure water\".",
      "The parliamentary elections in Veskaria are appointed on 12 March 2017. According to the latest survey of the sociological center \"Vox Populi\", the ruling party \"United Veskaria\" is supported by 41 percent of the respondents, \"Civic Dawn\" – by 17 percent.",
      "Earlier, in the frame of the operation \"Clean Hands\", the law enforcement bodies detained 14 officials of the regional administrations on suspicion of the corruption.",
      "\"Nobody is untouchable. Not the minister, not the governor, not the relative of somebody,\" – said the General Prosecutor Ivan Sokol on the press-conference dedicated to the results of operation.",
      "The newspaper \"Ordanski Vestnik\" wrote that among the detained is the deputy governor of the Brava region, known in the local press under the nickname \"Uncle Vova\".",
      "The lawyer of the detained, Teodor Mrak, declared to journalists: \"My client is not guilty. All accusations are the political order.\" He also told that the defense will appeal to the Constitutional Court.",
      "It should be noted, the word \"reform\" in the last years became in Veskaria the subject of jokes. The popular satirical TV show \"Evening Ordan\" dedicated to the reform the whole episode under the title \"Five Windows\".",
    ].join('\n\n'),
    kept: [
      "coordination councils", "Digital Village", "Veskaria-2025", "Clean Hands",
      "Uncle Vova", ["reform",4], "Evening Ordan", "Five Windows",
    ],
    leaked: [
      "new stage", // came back as partial "President of Veskaria"
      ["new stage",1], // inside mixed "Anatol Drevnik"
      "One Window", // came back as partial "the President"
      "Civic Dawn", // came back as partial "the initiative"
      "Vox Populi", // came back as partial "the latest survey of the sociological center"
      "United Veskaria", // came back as partial null
      ["Civic Dawn",1], // came back as partial null
      "Ordanski Vestnik", // came back as partial "The newspaper"
    ],
    pass: [
      ["The coordination councils will have the full responsibility. If something is not working, the people will know whom to ask,", "Anatol Drevnik", "direct"],
      ["The first results are positive. In Zelnik the average time of receiving the certificate decreased from 14 days to 3 days,", "Sabina Kurtovic", "direct"],
      ["Where was the President during ten years? Why only now, before the elections?", "Mirko Halas", "direct"],
      ["Nobody is untouchable. Not the minister, not the governor, not the relative of somebody,", "Ivan Sokol", "direct"],
      ["My client is not guilty. All accusations are the political order.", "Teodor Mrak", "direct"],
    ],
    wrong: [
      ["We cannot any longer to tolerate the situation when the citizen must to go to five offices for one paper. This is shame for the modern state.", ["Anatol Drevnik"]], // got direct "the head of state"
      ["We will not stop on the half way,", ["Anatol Drevnik"]], // got direct "Sabina Kurtovic"
      ["only the redistribution of the chairs between the same people", ["Mirko Halas"]], // got mixed "the press"
      ["the populism of the pure water", ["Oleg Varnai"]], // got partial "Head"
    ],
  },
  {
    name: "a fact-check (straight quotes, a claim quoted twice from a social page, rating labels, ad and report titles, words as words)",
    published: "2016-10-20",
    floor: 11/13, // real quotes found with a right speaker when written (13 found)
    text: [
      "Fact-check: No, the \"Pension Rescue Act\" did not cut retiree checks",
      "CLAIM: A social media post from the page \"Calloway Patriots United,\" shared more than 40,000 times, says the \"Pension Rescue Act\" signed in June \"slashed retiree checks by 30 percent.\"",
      "RATING: \"Mostly Fiction\"",
      "The Ledger's Truth Meter rates claims on a four-step scale: \"True,\" \"Half True,\" \"Mostly Fiction\" and \"Pure Fiction.\" Readers can submit claims through our \"Check It\" tip line.",
      "State Sen. Boyd Tillman repeated the claim at a town hall in Merritt on Oct. 11. \"They cut your pension by a third and called it a rescue,\" Tillman told the crowd. \"That's not a rescue. That's a robbery.\"",
      "Tillman's campaign pointed us to a July analysis by the Calloway Taxpayers Alliance titled \"The Great Pension Heist.\" That report does not say benefits were cut by 30 percent. It says the law's new cost-of-living formula, which the authors dub a \"stealth cut,\" could reduce the value of future increases.",
      "\"Nobody's check went down by a dime,\" said Elena Marsh, executive director of the state Retirement System. \"Not one retiree received a smaller payment in July than in June.\"",
      "The confusion appears to stem from the word \"adjustment.\" Under the old law, the annual \"COLA\" was fixed at 3 percent. Under the new law, it floats between 1 and 3 percent depending on the fund's returns, a mechanism actuaries know as a \"collar.\"",
      "Jerome Achterberg, an actuary at Pell & Orr who testified on the bill, said the claim was \"a wild exaggeration.\" \"If returns are bad for a decade, a retiree could end up with less than under the old formula. Maybe 8 or 9 percent less over 20 years. Not 30 percent, and not now,\" he said.",
      "Tillman's spokesman, Curtis Vale, said the senator \"stands by his comments.\" \"The point is the direction,\" Vale said in an email. \"They opened the door to cuts.\"",
      "Tillman has used the phrase \"pension robbery\" in at least four campaign ads, including one titled \"Promises Broken.\" The same post labels Gov. Harriet Lowe \"Pension Thief Lowe\" in large red letters.",
      "The bill's sponsor, Rep. Danica Oyelaran, called the ads \"cynical.\" \"Retirees are scared, and he's making them more scared,\" she said.",
      "OUR RULING: The post claims the law \"slashed retiree checks by 30 percent.\" No retiree's check was reduced. The law limits future cost-of-living increases in bad years, which could add up over decades, but nothing close to 30 percent and nothing yet. We rate this claim \"Mostly Fiction.\"",
    ].join('\n\n'),
    kept: [
      "Pension Rescue Act", ["Pension Rescue Act",1], "Mostly Fiction", "Check It",
      "The Great Pension Heist.", "adjustment.", "COLA", "collar.",
      "Promises Broken.", "Pension Thief Lowe",
    ],
    leaked: [
      "Calloway Patriots United,", // came back as partial "shared more than 40,000 times"
      "True,", // came back as direct "Truth Meter"
      "Half True,", // came back as partial "Ledger"
      ["Mostly Fiction",1], // came back as partial "Ledger"
      "Pure Fiction.", // came back as partial "Ledger"
      "stealth cut,", // inside mixed "Ledger"
      "pension robbery", // came back as partial "Boyd Tillman"
      "Mostly Fiction.", // came back as indirect "We rate"
    ],
    pass: [
      ["They cut your pension by a third and called it a rescue,", "Boyd Tillman", "direct"],
      ["That's not a rescue. That's a robbery.", "Boyd Tillman", "direct"],
      ["Nobody's check went down by a dime,", "Elena Marsh", "direct"],
      ["Not one retiree received a smaller payment in July than in June.", "Elena Marsh", "direct"],
      ["a wild exaggeration.", "Jerome Achterberg", "mixed"],
      ["If returns are bad for a decade, a retiree could end up with less than under the old formula. Maybe 8 or 9 percent less over 20 years. Not 30 percent, and not now,", "Jerome Achterberg", "direct"],
      ["stands by his comments.", "Curtis Vale", "direct"],
      ["The point is the direction,", "Curtis Vale", "direct"],
      ["They opened the door to cuts.", "Curtis Vale", "direct"],
      ["cynical.", "Danica Oyelaran", "partial"],
      ["Retirees are scared, and he's making them more scared,", "Danica Oyelaran", "direct"],
    ],
    wrong: [
      ["slashed retiree checks by 30 percent.", ["Calloway Patriots United","post"]], // got direct "shared more than 40,000 times"
      ["slashed retiree checks by 30 percent.", ["Calloway Patriots United","post"], 1], // got direct "RULING"
    ],
  },
  {
    name: "a metro news story on a council meeting (curly quotes, an operation name, protest signs and T-shirts, documents' labels, a nickname, an editorial title)",
    published: "2016-10-19",
    floor: 16/16, // real quotes found with a right speaker when written (16 found)
    text: [
      "Council delays vote on “Clean Sweep” as protesters pack City Hall",
      "MERRITT — Dozens of residents packed the Merritt City Council chambers Tuesday night to protest “Operation Clean Sweep,” the police department’s plan to clear homeless encampments from the Fennel Creek greenway, forcing the council to postpone a vote until November.",
      "Protesters held signs reading “Housing Not Handcuffs” and “Whose Greenway? Our Greenway!” and several wore T-shirts printed with the words “We Are Neighbors.”",
      "“You don’t solve homelessness by moving it two blocks east,” said the Rev. Cordelia Banks of St. Anselm’s Church, one of 41 people who spoke during public comment. “You just make it somebody else’s problem.”",
      "Police Chief Warren Tibbets defended the plan. “It is not a sweep. Nobody is being swept anywhere,” Tibbets said. “We are offering shelter beds to every single person out there.”",
      "The department’s own planning documents, obtained by the Herald through a records request, refer to the encampments as “nuisance zones” and to the outreach effort as “Phase Zero.”",
      "Council member Ruth Abernethy-Cole, who represents the district, said she was “deeply uncomfortable” with the language. “Words matter,” she said. “When you call people a nuisance, you start treating them like one.”",
      "Tibbets said the name “Clean Sweep” had been chosen by a previous administration and that he would be open to changing it. “Call it whatever you want,” he said. “The beds are real.”",
      "Mayor Frank Delacroix has made the greenway the centerpiece of his “Greenway Renaissance,” a $30 million plan to add bike lanes, a farmers market and a performance stage along the creek. Delacroix did not attend the meeting. In a statement, his office said the mayor “supports compassionate enforcement.”",
      "The phrase “compassionate enforcement” drew groans from the audience when council member Leon Baptiste read it aloud.",
      "“Compassionate enforcement is an oxymoron,” said Jamal Whitlock, 34, who has lived in a tent along the creek since April. “I’ve been ‘enforced’ three times this year. Nobody asked me what I needed.”",
      "Whitlock, known to other campers as “Professor” because of the stack of library books he keeps in his tent, said he had been on the waiting list for the city’s “Bridge Housing” program since spring.",
      "Baptiste asked the chief directly: “If a person says no to the shelter bed, what happens to their tent?”",
      "“It gets removed,” Tibbets replied. “With notice.”",
      "The council voted 5-2 to delay. Abernethy-Cole called the delay “a chance to get this right.”",
      "On Wednesday, the Merritt Herald’s editorial board, in an editorial titled “Sweeping Isn’t a Strategy,” urged the council to drop the plan entirely.",
    ].join('\n\n'),
    kept: [
      "Clean Sweep", "Operation Clean Sweep,", "Housing Not Handcuffs", "Whose Greenway? Our Greenway!",
      "We Are Neighbors.", "nuisance zones", "Phase Zero.", ["Clean Sweep",2],
      ["compassionate enforcement",1], "Professor", "Bridge Housing", "Sweeping Isn’t a Strategy,",
    ],
    leaked: [
      "Greenway Renaissance,", // came back as partial "Frank Delacroix"
    ],
    pass: [
      ["You don’t solve homelessness by moving it two blocks east,", "Cordelia Banks", "direct"],
      ["You just make it somebody else’s problem.", "Cordelia Banks", "direct"],
      ["It is not a sweep. Nobody is being swept anywhere,", "Warren Tibbets", "direct"],
      ["We are offering shelter beds to every single person out there.", "Warren Tibbets", "direct"],
      ["deeply uncomfortable", "Ruth Abernethy-Cole", "mixed"],
      ["Words matter,", "Ruth Abernethy-Cole", "direct"],
      ["When you call people a nuisance, you start treating them like one.", "Ruth Abernethy-Cole", "direct"],
      ["Call it whatever you want,", "Warren Tibbets", "direct"],
      ["The beds are real.", "Warren Tibbets", "direct"],
      ["supports compassionate enforcement.", "Frank Delacroix's office", "partial"],
      ["Compassionate enforcement is an oxymoron,", "Jamal Whitlock", "direct"],
      ["I’ve been ‘enforced’ three times this year. Nobody asked me what I needed.", "Jamal Whitlock", "direct"],
      ["If a person says no to the shelter bed, what happens to their tent?", "Leon Baptiste", "direct"],
      ["It gets removed,", "Warren Tibbets", "direct"],
      ["With notice.", "Warren Tibbets", "direct"],
      ["a chance to get this right.", "Ruth Abernethy-Cole", "partial"],
    ],
    wrong: [
    ],
  },
];
const QUOTED = new Set(['direct', 'mixed', 'partial']);
const J = (v: unknown) => JSON.stringify(v);
const TITLES = new Set('mr mrs ms dr sen senator rep representative gov governor president chief executive officer spokesman spokeswoman minister coach rev reverend host head general manager member council secretary press state police mayor director editor critic agent team chairman chairwoman leader lawyer analyst financial'.split(' '));
const STOP = new Set('the a an of to and in at for on with by from his her their its our this that'.split(' '));
const PRONOUNS = new Set('he she they it i we you him her them one'.split(' '));
const words = (s: string) => s.toLowerCase().split(/[^a-z0-9\u00c0-\u024f]+/).filter((w) => w && !STOP.has(w));
const right = (pred: string | null, gold: string[]) => {
  if (!pred) return false;
  const pw = words(pred);
  if (pw.length === 0 || (pw.length === 1 && PRONOUNS.has(pw[0]!)) || pw.filter((w) => !TITLES.has(w)).length > 5) return false;
  return gold.some((g) => {
    const gw = words(g);
    const core = gw.filter((w) => !TITLES.has(w));
    return pw.some((w) => (core.length ? core : gw).includes(w));
  });
};
const run = (a: Article) => extract({ text: a.text, published: a.published }).quotes;
type Quotes = ReturnType<typeof run>;
const ov = (q: { start: number; end: number }, [s, e]: Span) => Math.max(0, Math.min(q.end, e) - Math.max(q.start, s));
const spanOf = (a: Article, x: Ex) => (typeof x === 'string' ? at(a.text, x) : at(a.text, x[0], x[1]));
// the quote standing for a real quote: a non-term quote over at least half of it, quoted kinds first, then the largest overlap
const best = (quotes: Quotes, span: Span) =>
  over(quotes, span)
    .filter((q) => q.kind !== 'term' && ov(q, span) >= 0.5 * (span[1] - span[0]))
    .sort((x, y) => Number(QUOTED.has(y.kind)) - Number(QUOTED.has(x.kind)) || ov(y, span) - ov(x, span))[0];
for (const a of ARTICLES) {
  test(`GIVEN ${a.name} WHEN extracted THEN the terms that passed are not reported as quotes`, () => {
    const quotes = run(a);
    for (const x of a.kept) {
      const span = spanOf(a, x);
      for (const q of over(quotes, span)) {
        assert.ok(!QUOTED.has(q.kind), `${J(x)} inside a ${q.kind} quote: ${q.text}`);
        const itself = ov(q, span) >= 0.5 * (q.end - q.start) || (q.start >= span[0] - 2 && q.end <= span[1] + 2);
        assert.ok(!itself || q.speaker === null, `${J(x)} got speaker ${q.speaker}`);
      }
    }
  });
  test(`GIVEN ${a.name} WHEN extracted THEN each real quote that passed keeps its exact speaker and kind`, () => {
    const quotes = run(a);
    for (const [excerpt, speaker, kind, occ] of a.pass) {
      const q = best(quotes, at(a.text, excerpt, occ));
      assert.ok(q, `no quote found over: ${excerpt}`);
      assert.equal(q.speaker, speaker, `speaker of: ${excerpt}`);
      assert.equal(q.kind, kind, `kind of: ${excerpt}`);
    }
  });
  test(`GIVEN ${a.name} WHEN extracted THEN the share of real quotes with a right speaker is at least ${a.floor.toFixed(2)}`, () => {
    const quotes = run(a);
    const all: [string, string[], number?][] = [...a.pass.map(([e, s, , o]) => [e, [s ?? '?'], o] as [string, string[], number?]), ...a.wrong];
    const ok = all.filter(([e, gold, o]) => right(best(quotes, at(a.text, e, o))?.speaker ?? null, gold)).length;
    assert.ok(ok / all.length >= a.floor - 1e-9, `${ok}/${all.length} below ${a.floor}`);
  });
}
