import { checkSpeakerSet, type SpeakerArticle } from '../support/speaker-sets.ts';
// Fictional US political long-form magazine profiles and features of autumn 2016 (invented people, parties — Civic and
// Frontier —, towns, colleges, churches, books, songs and outlets), in the manner of a New-Yorker-like profile, an
// Atlantic-like feature, a Sunday-magazine cover story, a glossy monthly and a regional monthly: present-tense
// attribution ("says", "recalls", "she tells me", "he writes"), the writer as "I" asking questions ("When I mention
// this to her...", "I read the passage to him"), epigraphs attributed with a dash, the subject's memoir quoted,
// flashback scenes in the past tense with untagged lines alternating between a father and a child, nested quotes
// (a teacher, a coach, an ex-business partner, a pastor recalling what someone said then), people from the subject's
// past introduced once by full name and later by first name, surname or relation ("the roommate", "the coach", "his
// sister"), relatives sharing a surname (sisters, brothers, twins, a husband and wife, sisters-in-law), several women
// or several men in one scene, a quote running across paragraphs, pronoun speakers paragraphs after the name, section
// breaks ("* * *"), titles of books, hymns and songs, slogans and scare quotes nobody said, curly and straight quotes.
// Nested quotes are checked against the tightest quote covering them (the inner speaker is gold), so quotes inside
// quotes that are not extracted count as wrong. The fields are described in test/support/speaker-sets.ts. Texts are
// paragraphs joined by blank lines. Written by a tester who had not read the extractor's rules; regenerated from its
// results when fixes land.
const ARTICLES: SpeakerArticle[] = [
  {
    name: "a Senate nominee back in her mill town: an epigraph from her memoir, her father in flashback, a teacher, her sister (same surname), a college roommate, a song in the car",
    published: "2016-10-10",
    floor: 32/47, // speaker accuracy measured when written (32 right of 47 found, 49 expected)
    text: [
      `The Long Road Back`,
      `Nora Halvorsen left Pell Creek at eighteen and swore she would not return. Now she needs its votes.`,
      `By Simone Adair`,
      `“You do not leave a town like Pell Creek. You carry it.” —Nora Halvorsen, “The Mill Road”`,
      `On a gray morning in late September, Nora Halvorsen is standing in the parking lot of a shuttered paper mill, holding a cup of gas-station coffee and trying to remember which window was her father's. “Third from the left,” she says finally, pointing at a row of broken panes. “Or fourth. He'd wave at me from up there when I walked home from school. I'd pretend I didn't see him.”`,
      `She laughs, a short, dry sound. Halvorsen, who is fifty-four, is the Civic Party's nominee for the United States Senate, and she is trailing the two-term incumbent, Dwight Sayles, by four points in the most recent public poll. Her campaign has spent the fall trying to persuade voters in towns like this one that she is still one of them. Sayles, for his part, has taken to calling her “the professor from the coast,” a line that gets a reliable laugh at his rallies.`,
      `“I taught for eleven years at a state college in Carver Falls,” she tells me, when I bring it up. “Is Carver Falls the coast now? Somebody should tell Dwight.”`,
      `Her father, Per Halvorsen, worked at the Tamsen Paper mill for thirty-one years, until it closed in the spring of 1980. In “The Mill Road,” her 2011 memoir, she describes the morning he came home early with his lunch pail still full. “He sat down at the kitchen table and didn't take his coat off,” she writes. “My mother kept asking him what was wrong, and he kept saying, ‘Nothing, nothing, it's nothing,’ until she stopped asking.”`,
      `* * *`,
      `Agnes Whitlow taught Nora Halvorsen American history at Pell Creek High School in 1977 and still lives four blocks from the school, in a yellow house with a ramp out front. She is ninety-one. She remembers Nora as “a pest.”`,
      `“She argued with everything,” Whitlow says. “I'd say a war began in such-and-such a year, and she'd raise her hand and want to know who decided that. I told her once, ‘Nora, you're going to be a lawyer or a jailbird,’ and she said, ‘Why not both?’ ”`,
      `When I repeat this to Halvorsen later, she groans. “Mrs. Whitlow has been telling that story for forty years,” she says. “It gets better every time. In the original version I think I just said ‘Maybe.’ ”`,
      `Agnes keeps a scrapbook. In it, between a church bulletin and a recipe for rhubarb bars, is a clipping from the Pell Creek Courier of May 1980: a photo of a skinny girl at a lectern under the headline “Senior Orator Urges Classmates: Don't Stay Put.” Agnes taps it with one finger. “That one made some people angry,” she says. “Her daddy included.”`,
      `The speech, as Halvorsen tells it in the memoir, led to the worst fight she ever had with her father. He was waiting in the truck outside the gym afterward.`,
      `“Get in,” he said.`,
      `“I'm going to Lindsay's.”`,
      `“You're going home. Get in the truck, Nora.”`,
      `She got in. They drove the whole way without speaking, and when they pulled into the driveway he turned off the engine and sat there. “You think this town is something to get away from,” he said at last. “This town fed you.”`,
      `She writes that she didn't answer him, and that she has been trying to answer him ever since. When I ask her whether the campaign is that answer, she looks out the window of the SUV for a long time. “That's a very magazine question,” she says. “Can I say yes and have you leave it there?”`,
      `* * *`,
      `Her sister, Karin Halvorsen, never left. She runs a hair salon on Main Street called Shear Luck, and she is, by her own account, “the Halvorsen who stayed.” She is also, she tells me, not voting for her sister.`,
      `“I'm kidding,” Karin says, a beat later. “Mostly. I'll vote for her. I just don't want her to think it's automatic.”`,
      `The sisters are seven years apart and, by both of their accounts, were not close as children. Karin remembers Nora's departure for college as a kind of abandonment. “Dad got sick the next year,” she says. “Who do you think drove him to the clinic in Ardmore every Tuesday? Not the orator.”`,
      `Nora, told of this, does not argue. “She's right,” she says quietly. “I sent money. Money isn't a ride to Ardmore.”`,
      `Karin has her own complaints about the campaign, chiefly that the ads make Pell Creek look “sadder than it is.” She has a point. One spot, which aired heavily in September, opens on a boarded-up storefront while a narrator intones, “They closed the mill. They closed the school. Dwight Sayles voted to let it happen.”`,
      `“That's Gustafson's Hardware,” Karin says. “It's boarded up because Len Gustafson retired and moved to the lake. Nobody closed it. He's fishing.”`,
      `* * *`,
      `Leah Ostrander was Halvorsen's roommate for three years at Brannock College, and is now a pediatrician in Ellisburg. She remembers a freshman who arrived with one suitcase and a box of library-sale paperbacks. “She had every one of them underlined,” Ostrander says. “Not the good parts. All of it. I asked her why once and she said, ‘So I remember I was here.’ ”`,
      `The roommate also remembers the night in 1982 when Halvorsen got a call from home and walked out of the dorm without her coat. “I found her at the bus station at two in the morning,” she says. “She didn't have enough for the ticket. I gave her forty dollars and she paid me back a week later with a check. I never cashed it.”`,
      `“Why didn't you cash it?” I ask.`,
      `“Because it's Nora's signature from before anyone cared about Nora's signature.” She laughs. “Maybe I'll sell it.”`,
      `Sayles's campaign declined to make the senator available for this story. His spokesman, Curtis Bayne, said in an email that Halvorsen “has spent her career explaining Pell Creek to people who have never been there,” and that voters “can tell the difference between a visit and a life.”`,
      `On the drive back to the interstate, Halvorsen's campaign manager, Tobias Grell, scrolls through overnight numbers in the front seat. “We're closer in the north than the public polls show,” he says, without looking up. “Not close enough.”`,
      `Halvorsen is quiet in the back. Then she starts, very softly, to sing “Down by the Tamsen,” a union song her father used to sing on the porch. Grell turns around. “Don't do that at the rally,” he says.`,
      `“Why not?”`,
      `“Because you can't carry a tune and the cameras are there.”`,
      `She sings the next verse anyway.`,
    ].join('\n\n'),
    pass: [
      ["You do not leave a town like Pell Creek", "Nora Halvorsen", "direct"],
      ["Third from the left", "Nora Halvorsen", "direct"],
      ["He'd wave at me from up there", "Nora Halvorsen", "direct"],
      ["the professor from the coast", "Dwight Sayles", "partial"],
      ["I taught for eleven years", "Nora Halvorsen", "direct"],
      ["Somebody should tell Dwight", "Nora Halvorsen", "direct"],
      ["He sat down at the kitchen table", "Nora Halvorsen", "direct"],
      ["My mother kept asking him", "Nora Halvorsen", "direct"],
      ["She argued with everything", "Agnes Whitlow", "direct"],
      ["you're going to be a lawyer or a jailbird", "Agnes Whitlow", "direct"],
      ["That one made some people angry", "Agnes Whitlow", "direct"],
      ["Her daddy included", "Agnes Whitlow", "direct"],
      ["Get in,", "Per Halvorsen", "direct"],
      ["You're going home", "Per Halvorsen", "direct"],
      ["You think this town is something to get away from", "Per Halvorsen", "direct"],
      ["This town fed you", "Per Halvorsen", "direct"],
      ["That's a very magazine question", "Nora Halvorsen", "direct"],
      ["Can I say yes", "Nora Halvorsen", "direct"],
      ["I'm kidding", "Karin Halvorsen", "direct"],
      ["I just don't want her to think it's automatic", "Karin Halvorsen", "direct"],
      ["Dad got sick the next year", "Karin Halvorsen", "direct"],
      ["Not the orator", "Karin Halvorsen", "direct"],
      ["They closed the mill", "a narrator", "direct"],
      ["That's Gustafson's Hardware", "Karin Halvorsen", "direct"],
      ["He's fishing", "Karin Halvorsen", "direct"],
      ["She had every one of them underlined", "Leah Ostrander", "direct"],
      ["has spent her career explaining Pell Creek", "Curtis Bayne", "direct"],
      ["can tell the difference between a visit and a life", "Curtis Bayne", "direct"],
      ["We're closer in the north", "Tobias Grell", "direct"],
      ["Not close enough", "Tobias Grell", "direct"],
      ["Don't do that at the rally", "Tobias Grell", "direct"],
      ["Because you can't carry a tune", "Tobias Grell", "direct"],
    ],
    wrong: [
      ["Nothing, nothing, it's nothing", ["Per Halvorsen"]], // got "Nora Halvorsen"
      ["a pest", ["Agnes Whitlow","Whitlow"]], // not found
      ["Why not both?", ["Nora Halvorsen"]], // got "Agnes Whitlow"
      ["has been telling that story for forty years", ["Nora Halvorsen"]], // got "Agnes Whitlow"
      ["It gets better every time", ["Nora Halvorsen"]], // got "Agnes Whitlow"
      ["I'm going to Lindsay's", ["Nora Halvorsen"]], // got "Per Halvorsen"
      ["the Halvorsen who stayed", ["Karin Halvorsen"]], // got "Main Street"
      ["She's right", ["Nora Halvorsen"]], // got "Nora Halvorsen American"
      ["Money isn't a ride to Ardmore", ["Nora Halvorsen"]], // got "Nora Halvorsen American"
      ["sadder than it is", ["Karin Halvorsen"]], // not found
      ["So I remember I was here", ["Nora Halvorsen"]], // got "Leah Ostrander"
      ["I found her at the bus station", ["Leah Ostrander","Ostrander"]], // got "Nora Halvorsen"
      ["I never cashed it", ["Leah Ostrander","Ostrander"]], // got "Nora Halvorsen"
      ["Why didn't you cash it?", ["Simone Adair","Adair","I","~Adair","~writer","~reporter"]], // got null
      ["Because it's Nora's signature", ["Leah Ostrander","Ostrander"]], // got "Nora Halvorsen"
      ["Maybe I'll sell it", ["Leah Ostrander","Ostrander"]], // got "Nora Halvorsen"
      ["Why not?", ["Nora Halvorsen"]], // got "Tobias Grell"
    ],
    noSpeaker: [
      ["The Mill Road", false, 1],
      "Senior Orator Urges Classmates",
      "Down by the Tamsen",
    ],
  },
  {
    name: "a car-dealer governor nominee: his memoir as epigraph, a slogan, an ex-business partner recalling their quarrel, his brother (same surname), an anonymous ex-salesman, his pastor",
    published: "2016-10-17",
    floor: 31/39, // speaker accuracy measured when written (31 right of 39 found, 39 expected)
    text: [
      `The Closer`,
      `Royce Danforth sold a hundred thousand cars. Can he sell himself to a state that has seen his commercials a thousand times?`,
      `By Everett Lusk`,
      `“Everybody's selling something. The honest man just tells you the price.” —Royce Danforth, “Sold! My Life on the Lot” (1998)`,
      `Royce Danforth wants me to sit in the driver's seat. We are in the showroom of Danforth Motors on Route 9 outside Garland, the first of the nineteen dealerships that made him rich, and he has opened the door of a cherry-red pickup with the flourish of a headwaiter. “Go on,” he says. “Feel that seat. That's not a seat, that's a recliner with a V-8.”`,
      `I get in. He leans on the door frame, grinning. He is sixty-one, broad and sunburned, with the silver pompadour that has appeared in roughly four thousand local television commercials since 1983, most of them ending with the same three words: “Come See Royce!” He is also the Frontier Party's nominee for governor, running against the incumbent, Lorna Weekes, in a race that polls say is essentially tied.`,
      `“People ask me, how is selling a truck like running a state?” he says. “And I say, it's not. Selling a truck is harder. The truck has to actually work.”`,
      `It is a line he has used, by my count, at least six times this fall, and it gets a laugh every time. Weekes's campaign has a different view of the Danforth business record. Its most recent ad features former customers describing what the ad calls “the Danforth squeeze”: loan markups, surprise fees, a warranty that a woman in the ad says “wasn't worth the paper.”`,
      `When I mention the ad, Danforth's grin doesn't move, but something behind it does. “I've sold cars to three generations of families in this state,” he says. “You don't do that by squeezing anybody. You do that by being there on Saturday when the transmission goes.”`,
      `* * *`,
      `Emmett Pruitt was Danforth's partner in the first lot, a gravel square with eleven used cars and a trailer for an office, which the two men opened in 1979 with eight thousand dollars borrowed from Pruitt's father-in-law. They split in 1986, badly, over money, and did not speak for almost twenty years. Pruitt is seventy now and lives on a farm outside Keller's Mill, where he raises alpacas, “for reasons my wife understands and I don't.”`,
      `He agrees to talk to me on the condition that I also print that Danforth “was the best salesman I ever saw, before or since.” I am happy to. He also has some other things to say.`,
      `“Royce could sell a car to a man who came in to buy a lawn mower,” Pruitt says. “I saw him do it. Fella walks in, wants to know where the hardware store is. Royce says, ‘Hardware store? You don't want a hardware store. You want a man who'll give you a fair shake.’ And twenty minutes later the fella's driving out in a station wagon.”`,
      `The split came, Pruitt says, when he found out that Danforth had been quietly buying out their shared investors. He remembers confronting his partner in the trailer.`,
      `“I said, ‘Royce, were you going to tell me?’ And he said, ‘I'm telling you now.’ That was it. That was the whole conversation. Twenty years.”`,
      `In “Sold!,” Danforth tells a gentler version of the story. “Emmett and I wanted different things,” he writes. “He wanted a business. I wanted an empire. Neither of us was wrong.” When I read Pruitt this passage over the phone, he is quiet for a while.`,
      `“Empire,” he says finally. “Well. He's got the empire.”`,
      `The two men reconciled in 2005, at the funeral of a mutual friend. Danforth says he walked across the cemetery and held out his hand. Pruitt says it was the other way around. Both agree that neither said anything for a long moment, and that it was Danforth who finally spoke. “He said, ‘You still driving that green pickup?’ ” Pruitt recalls. “I was. I still am.”`,
      `* * *`,
      `Danforth's younger brother, Mitch, ran the service departments at the dealerships for twenty-two years and is, by general agreement, the Danforth who knows how the cars actually work. He is shorter than his brother and quieter, and when we meet at a diner in Garland he orders for both of us without asking.`,
      `“Royce talks, I fix,” Mitch Danforth says. “That's been the deal since we were kids. He'd sell lemonade and I'd make the lemonade.”`,
      `Their father, a long-haul trucker, was gone for weeks at a time, and their mother worked nights at a nursing home. Mitch remembers his brother, at twelve, standing on a kitchen chair to reach the stove. “He'd make us eggs and say, ‘Mitchell, this is a five-star restaurant, and the bill is you do the dishes,’ ” he says. “I did the dishes for six years. I'm still waiting on the five stars.”`,
      `Asked whether his brother would make a good governor, Mitch takes a long sip of coffee. “He'll make a loud one,” he says. Then: “He's honest with me. I don't know how he is with everybody else. That's the truth.”`,
      `A former salesman at one of the Garland lots, who asked that his name not be used because he still does business in town, remembers Danforth differently. “There was a whiteboard in the back,” he says. “Every sale, what the customer paid over invoice. Royce would come in Saturday night and circle the biggest number in red. That was your bonus. You figure out what that does to a person.”`,
      `Ivy Castellanos, a spokeswoman for the campaign, said the whiteboard story was “a smear passed around by people who were fired for cause,” and noted that Danforth Motors has never lost a consumer complaint before the state's licensing board.`,
      `* * *`,
      `On a Sunday in October, Danforth sits in the third pew of Calvary Fellowship in Garland, where he has been a member for thirty years. The pastor, the Rev. Harlan Beaudry, preaches on storing up treasure, and if he is aware of the irony of delivering this text to a congregation that includes a car magnate running for governor, he doesn't show it.`,
      `Afterward, in his study, Beaudry tells me that Danforth paid for the church's new roof in 2009 and asked that nobody be told. "I'm telling you because it's been seven years and because he's running for governor and people ought to know," he says. "He'll be mad at me. He'll get over it."`,
      `I ask the pastor whether he has ever seen the Royce Danforth of the commercials in church. He laughs. "Every Sunday," he says. "He shakes every hand in the building. I told him once, 'Royce, this is a church, not a lot.' And he said, 'Pastor, it's all a lot.' I've been thinking about that for ten years."`,
      `Back at the showroom, as I'm leaving, Danforth walks me to my rental car and looks it over, a compact sedan with a dent in the rear bumper. "What are they charging you for this?" he asks.`,
      `I tell him.`,
      `"Come see Royce," he says, and shakes my hand.`,
    ].join('\n\n'),
    pass: [
      ["Everybody's selling something", "Royce Danforth", "direct"],
      ["Go on,", "Royce Danforth", "direct"],
      ["Feel that seat", "Royce Danforth", "direct"],
      ["People ask me, how is selling a truck", "Royce Danforth", "direct"],
      ["Selling a truck is harder", "Royce Danforth", "direct"],
      ["I've sold cars to three generations", "Royce Danforth", "direct"],
      ["You don't do that by squeezing anybody", "Royce Danforth", "direct"],
      ["for reasons my wife understands", "Emmett Pruitt", "direct"],
      ["was the best salesman I ever saw", "Emmett Pruitt", "direct"],
      ["Royce could sell a car to a man", "Emmett Pruitt", "direct"],
      ["And twenty minutes later the fella's driving", "Emmett Pruitt", "direct"],
      ["Royce, were you going to tell me?", "Emmett Pruitt", "direct"],
      ["That was the whole conversation", "Emmett Pruitt", "direct"],
      ["Emmett and I wanted different things", "Royce Danforth", "direct"],
      ["He wanted a business", "Royce Danforth", "direct"],
      ["I still am", "Emmett Pruitt", "direct"],
      ["Royce talks, I fix", "Mitch Danforth", "direct"],
      ["He'd sell lemonade", "Mitch Danforth", "direct"],
      ["I did the dishes for six years", "Mitch Danforth", "direct"],
      ["He'll make a loud one", "Mitch Danforth", "direct"],
      ["He's honest with me", "Mitch Danforth", "direct"],
      ["There was a whiteboard in the back", "A former salesman at one of the Garland lots", "direct"],
      ["You figure out what that does to a person", "A former salesman at one of the Garland lots", "direct"],
      ["a smear passed around by people", "Ivy Castellanos", "mixed"],
      ["I'm telling you because it's been seven years", "Harlan Beaudry", "direct"],
      ["He'll be mad at me", "Harlan Beaudry", "direct"],
      ["Every Sunday", "Harlan Beaudry", "direct"],
      ["Royce, this is a church, not a lot", "Harlan Beaudry", "direct"],
      ["I've been thinking about that for ten years", "Harlan Beaudry", "direct"],
      ["What are they charging you for this?", "Royce Danforth", "direct"],
      ["Come see Royce,", "Royce Danforth", "direct"],
    ],
    wrong: [
      ["wasn't worth the paper", ["~woman","~customer"]], // got "the ad"
      ["You don't want a hardware store", ["Royce Danforth"]], // got "Emmett Pruitt"
      ["I'm telling you now", ["Royce Danforth"]], // got "Emmett Pruitt"
      ["Empire,", ["Emmett Pruitt","Pruitt"]], // got "Royce Danforth"
      ["He's got the empire", ["Emmett Pruitt","Pruitt"]], // got "Royce Danforth"
      ["You still driving that green pickup?", ["Royce Danforth"]], // got "Emmett Pruitt"
      ["Mitchell, this is a five-star restaurant", ["Royce Danforth"]], // got "Mitch Danforth"
      ["Pastor, it's all a lot", ["Royce Danforth"]], // got "Harlan Beaudry"
    ],
    noSpeaker: [
    ],
  },
  {
    name: "a helicopter pilot running for Congress: a song epigraph, mother-daughter banter without tags, a coach recalling a timeout, an anonymous classmate, her crew chief, her memoir, her husband in the van",
    published: "2016-10-23",
    floor: 26/40, // speaker accuracy measured when written (26 right of 40 found, 40 expected)
    text: [
      `Flight Path`,
      `Celia Marrow flew medevac helicopters in two wars. Her hardest landing may be in the Ninth District.`,
      `By Hallie Brandt | Photographs by Owen Terry`,
      `“Fly low, fly home, and don't look down.” —Ada Lynne Prosser, “Low Country Wings”`,
      `The kitchen in Ruth Marrow's split-level in Tolliver has a bulletin board by the phone, and on the bulletin board, under a magnet shaped like a cardinal, is a newspaper photo of her daughter in a flight suit. Ruth points at it with a spatula. “That's the one I like,” she says. “She looks like she knows what she's doing.”`,
      `“I did know what I was doing, Mom.”`,
      `“I know you did, honey. You look like it, is what I'm saying.”`,
      `Celia Marrow, who is thirty-three and the Civic Party's nominee in the state's Ninth Congressional District, rolls her eyes in the way of daughters everywhere. She has come home for a rare Sunday off, and her mother is making pancakes, and for about forty minutes nobody says the word “campaign.”`,
      `Then her phone buzzes, and it is her campaign manager, and she steps out onto the deck. Ruth watches her through the sliding door. “She was like that at nine,” she says. “Somebody'd call, and off she'd go. I used to say, ‘Celia Jean, the world can wait for you to finish your breakfast.’ And she'd say, ‘No, it can't, Mama.’ ”`,
      `* * *`,
      `Marrow's opponent, the three-term Frontier incumbent, Rep. Glenn Haverty, has spent much of the fall arguing that she is a carpetbagger who left Tolliver at seventeen and came back only to run. He calls her “the candidate from Central Casting.” At a Rotary lunch I attend in Fenwick, he tells the room that he has “nothing but respect for her service,” and then adds, “But respecting somebody's service isn't the same as sending them to Congress to vote on your pension.”`,
      `When I mention this to Marrow, she is quiet for a second. “He's not wrong that I left,” she says. “I left to go fly helicopters for the Army. I'd like him to tell me which part of that he'd like me to apologize for.”`,
      `Denise Albrecht coached Marrow on the Tolliver High girls' basketball team for four seasons. She is sixty now, retired, and has the voice of someone who spent thirty years yelling across gyms. She remembers a point guard who was “too small, too slow, and too stubborn to know either one.”`,
      `“We're down six to Fenwick in the regional, two minutes left,” Albrecht says. “I call timeout. I draw up a play. Celia looks at the board and she says, ‘Coach, that's not going to work.’ In front of the whole team. I said, ‘Marrow, you got a better idea?’ And she did.”`,
      `Did they win? “No,” the coach says, laughing. “We lost by one. But it was a better idea.”`,
      `Not everyone from Tolliver High remembers Marrow so fondly. A former classmate, who asked not to be named because she still works in the school district, describes her as “a girl who was already running for something” at sixteen. “She was nice to you if you could help her,” the classmate says. “I'm sure the Army changed her. I hope so.”`,
      `Marrow, told of this, shrugs. “I was sixteen,” she says. “I'd hate to be held to anything I did at sixteen. Wouldn't you?”`,
      `* * *`,
      `In 2009, Marrow was a first lieutenant flying medevac missions out of a forward base in the mountains. Her crew chief was a staff sergeant named Tanya Whitcomb, who now runs a veterans' job program in Dorrance. Whitcomb remembers the night their helicopter took fire on approach to a landing zone.`,
      `“There's rounds coming through the floor,” Whitcomb says. “I'm yelling. The co-pilot's yelling. And Celia comes on the intercom, calm as anything, and says, ‘Everybody stop talking. I need to hear the aircraft.’ And we all shut up. And she put us down.”`,
      `In her memoir, “Rotor Wash,” which she published last year, Marrow writes about that night in a single paragraph. “I don't remember being afraid,” she writes. “I remember the sound. I remember thinking the sound was all that mattered. Afterward I sat on the skid and shook for an hour, and Whitcomb sat next to me and didn't say a word, which is the kindest thing anyone has ever done for me.”`,
      `I read the passage to Whitcomb. She is quiet. Then: “I didn't say anything because I didn't have anything to say. She gives me too much credit.”`,
      `* * *`,
      `Marrow's husband, Jonah Pell, is a high-school chemistry teacher who has, by his own description, “zero interest in politics and a lot of interest in my wife.” He drives her to events in a minivan with a car seat in the back. On the way to a county fair in Ashby, I ask him whether he worries about what a win would mean for them.`,
      `“Every day,” he says. “She'd be gone four days a week.”`,
      `From the passenger seat, without looking up from her phone, Marrow says, “Three and a half.”`,
      `“Three and a half,” he agrees.`,
      `At the fair, she works the livestock barn for two hours, shaking hands with teenagers and their prize steers and their parents. A man in a seed cap tells her he's voting for Haverty. “That's okay,” she says. “Vote for me next time.” He laughs, and says he might.`,
      `Walking back to the van, she hums — it takes me a minute to place it — “Low Country Wings,” the old Prosser song, the one her crew used to play before missions. I ask her whether she thinks she'll win. “I think I'll land it,” she says. “I don't know which field.”`,
    ].join('\n\n'),
    pass: [
      ["Fly low, fly home", "Ada Lynne Prosser", "direct"],
      ["No, it can't, Mama", "Celia Marrow", "direct"],
      ["the candidate from Central Casting", "Glenn Haverty", "partial"],
      ["nothing but respect for her service", "Glenn Haverty", "direct"],
      ["But respecting somebody's service", "Glenn Haverty", "direct"],
      ["too small, too slow", "Denise Albrecht", "direct"],
      ["We're down six to Fenwick", "Denise Albrecht", "direct"],
      ["Marrow, you got a better idea?", "Denise Albrecht", "direct"],
      ["And she did.", "Denise Albrecht", "direct"],
      ["a girl who was already running for something", "A former classmate", "direct"],
      ["She was nice to you if you could help her", "A former classmate", "direct"],
      ["I'm sure the Army changed her", "A former classmate", "direct"],
      ["I was sixteen", "Celia Marrow", "direct"],
      ["I'd hate to be held to anything", "Celia Marrow", "direct"],
      ["There's rounds coming through the floor", "Tanya Whitcomb", "direct"],
      ["And she put us down", "Tanya Whitcomb", "direct"],
      ["I don't remember being afraid", "Celia Marrow", "direct"],
      ["Afterward I sat on the skid", "Celia Marrow", "direct"],
      ["zero interest in politics", "Jonah Pell", "direct"],
      ["Every day,", "Jonah Pell", "direct"],
      ["She'd be gone four days a week", "Jonah Pell", "direct"],
      ["Three and a half.", "Celia Marrow", "direct"],
      ["Three and a half,", "Jonah Pell", "direct"],
      ["That's okay", "Celia Marrow", "direct"],
      ["I think I'll land it", "Celia Marrow", "direct"],
      ["I don't know which field", "Celia Marrow", "direct"],
    ],
    wrong: [
      ["That's the one I like", ["Ruth Marrow"]], // got "Ada Lynne Prosser"
      ["She looks like she knows what she's doing", ["Ruth Marrow"]], // got "Ada Lynne Prosser"
      ["I did know what I was doing, Mom", ["Celia Marrow"]], // got "Ada Lynne Prosser"
      ["I know you did, honey", ["Ruth Marrow"]], // got "Ada Lynne Prosser"
      ["She was like that at nine", ["Ruth Marrow"]], // got "Celia Marrow"
      ["the world can wait for you", ["Ruth Marrow"]], // got "Celia Marrow"
      ["He's not wrong that I left", ["Celia Marrow"]], // got "Celia Jean"
      ["I'd like him to tell me which part", ["Celia Marrow"]], // got "Celia Jean"
      ["Coach, that's not going to work", ["Celia Marrow"]], // got "Denise Albrecht"
      ["We lost by one", ["Denise Albrecht","Albrecht"]], // got "the coach"
      ["Everybody stop talking", ["Celia Marrow"]], // got "Tanya Whitcomb"
      ["I didn't say anything because", ["Tanya Whitcomb","Whitcomb"]], // got "Celia Marrow"
      ["She gives me too much credit", ["Tanya Whitcomb","Whitcomb"]], // got "Celia Marrow"
      ["Vote for me next time", ["Celia Marrow"]], // got "a man in a seed cap"
    ],
    noSpeaker: [
      "Rotor Wash",
      ["Low Country Wings", false, 1],
    ],
  },
  {
    name: "a strategist's profile: his dead mentor's book as epigraph, a misleading ad nobody said, the college roommate, his ex-wife, a televised quarrel with an old ally told without tags",
    published: "2016-10-28",
    floor: 30/35, // speaker accuracy measured when written (30 right of 35 found, 35 expected)
    text: [
      `The Man Behind the Curtain Would Like a Word`,
      `Lyle Brandvold has elected three governors and ruined at least one friendship. This fall, he's trying to do both at once.`,
      `By Camille Stroud`,
      `“In politics, the man who explains himself has already lost.” —Burt Kessling, “Notes From the Back Room” (1974)`,
      `Lyle Brandvold does not like to be photographed, and he does not like to be profiled, and he would like me to know that he agreed to this one only because “my mother reads your magazine and she thinks I'm a car salesman.” We are in a corner booth at the Ferris Grill in Halverton, the state capital, a few blocks from the office where he is running the campaign of the Frontier Party's nominee for governor, Hank Ostby, and he has ordered a club sandwich that he will not touch for the next two hours.`,
      `“Ask me anything,” he says. “I'll tell you if I'm not going to answer.”`,
      `I ask him about the ad. Everyone in state politics knows which ad I mean: the 2012 spot, for a Senate candidate named Carl Voss, that spliced together an opponent's words so that she appeared to say she “didn't care about farmers.” She had said nothing of the kind. Voss won by eleven thousand votes.`,
      `“Next question,” Brandvold says.`,
      `I wait.`,
      `“Okay,” he says. “Fine. It was a mistake. Not the ad — the ad worked. The mistake was thinking nobody would check. Everybody checks now. That's the lesson. Put that in.”`,
      `Ostby himself is warmer on the subject of his strategist. “Lyle is the smartest person in any room he's in, and he'd rather you didn't notice,” the candidate says in a brief phone interview. “That's the trick of him.”`,
      `* * *`,
      `Brandvold grew up in Mercer Bend, a railroad town in the north of the state, the son of a switchman and a school secretary. His college roommate at Tillman State, Gabe Hollander, now a lawyer in Halverton, remembers him as “the only freshman who read the newspaper. All of it. Including the legal notices.”`,
      `“He ran my campaign for student senate,” Hollander says. “I didn't want to run. He signed me up. I found out when I saw my own face on a flier in the cafeteria. I said, ‘Lyle, what is this?’ He said, ‘That's you winning.’ ”`,
      `Did he win? “By nine votes,” Hollander says. “Lyle knew every one of them by name.”`,
      `The roommate and Brandvold are still close, though Hollander says they have an understanding: no talk of work at Thanksgiving. “He'll start in on turnout models and my wife will throw a roll at him,” he says. “She has a very good arm.”`,
      `After college, Brandvold went to work for Burt Kessling, the legendary — and, depending on whom you ask, notorious — Frontier strategist who ran the state party's campaigns for most of the seventies and eighties. Kessling, who died in 2003, was the author of “Notes From the Back Room,” a slim, mean little book that Brandvold says he has read “maybe forty times.”`,
      `“Burt had rules,” Brandvold says. “Rule one was: never explain. Rule two was: never let them see you eat. I asked him once what rule three was, and he said, ‘Rule three is you don't get to know rule three until you've won something.’ ” He smiles. “I won something. He still didn't tell me.”`,
      `* * *`,
      `Not everyone admires the rules. Marisol Teague, who was married to Brandvold from 1998 to 2007, says the marriage ended, in part, because “he couldn't stop running a campaign even at the dinner table.” She is a veterinarian now, remarried, living in Coulter, and she speaks about her ex-husband with a kind of exasperated fondness.`,
      `“He polled our kids,” she says. “I'm not joking. He wanted to know whether they'd rather go to the lake or the mountains for vacation, and he did a little survey with, like, a clipboard. They were six and four.”`,
      `When I repeat this to Brandvold, he winces. “That was a focus group,” he says. “Different thing.” Then, more quietly: “She's not wrong about the rest.”`,
      `* * *`,
      `The friendship Brandvold ruined belonged to Wes Tandy. For fifteen years, Tandy was his closest ally in state politics, a Frontier operative who ran the field program while Brandvold ran the message. In 2014, they ended up on opposite sides of a Senate primary, and the race turned ugly. On a public-television panel the week before the vote, they were seated next to each other. A transcript of the exchange still circulates among political staffers in Halverton.`,
      `“Lyle knows exactly what that mailer said,” Tandy said.`,
      `“I know what it said. I don't know who paid for it.”`,
      `“Sure you don't.”`,
      `“Wes, if you've got proof, put it on the table.”`,
      `“I've got twenty years of knowing you, Lyle. That's my proof.”`,
      `They have not spoken since. Tandy, reached by phone, declines to be interviewed at length, but offers one sentence, which he says I may use verbatim: “Tell Lyle I hope he's happy, and tell him I mean that.”`,
      `Brandvold reads the sentence on my phone twice. He hands it back. “He means it both ways,” he says. “That's Wes. That's always been Wes.”`,
      `* * *`,
      `Late in the evening, as the bar empties out, I ask Brandvold whether he ever thinks about running for something himself. He finally picks up the sandwich. He looks at it and puts it down again.`,
      `“Rule two,” he says.`,
    ].join('\n\n'),
    pass: [
      ["the man who explains himself has already lost", "Burt Kessling", "direct"],
      ["my mother reads your magazine", "Lyle Brandvold", "direct"],
      ["Ask me anything", "Lyle Brandvold", "direct"],
      ["I'll tell you if I'm not going to answer", "Lyle Brandvold", "direct"],
      ["Next question", "Lyle Brandvold", "direct"],
      ["It was a mistake", "Lyle Brandvold", "direct"],
      ["Put that in", "Lyle Brandvold", "direct"],
      ["Lyle is the smartest person in any room", "Hank Ostby", "direct"],
      ["That's the trick of him", "Hank Ostby", "direct"],
      ["He ran my campaign for student senate", "Gabe Hollander", "direct"],
      ["Lyle, what is this?", "Gabe Hollander", "direct"],
      ["By nine votes", "Gabe Hollander", "direct"],
      ["Lyle knew every one of them by name", "Gabe Hollander", "direct"],
      ["He'll start in on turnout models", "Gabe Hollander", "direct"],
      ["She has a very good arm", "Gabe Hollander", "direct"],
      ["maybe forty times", "Lyle Brandvold", "mixed"],
      ["Burt had rules", "Lyle Brandvold", "direct"],
      ["He still didn't tell me", "Lyle Brandvold", "direct"],
      ["he couldn't stop running a campaign", "Marisol Teague", "mixed"],
      ["He polled our kids", "Marisol Teague", "direct"],
      ["They were six and four", "Marisol Teague", "direct"],
      ["That was a focus group", "Lyle Brandvold", "direct"],
      ["She's not wrong about the rest", "Lyle Brandvold", "direct"],
      ["Lyle knows exactly what that mailer said", "Wes Tandy", "direct"],
      ["Sure you don't", "Wes Tandy", "direct"],
      ["I've got twenty years of knowing you", "Wes Tandy", "direct"],
      ["Tell Lyle I hope he's happy", "Wes Tandy", "direct"],
      ["He means it both ways", "Lyle Brandvold", "direct"],
      ["That's always been Wes", "Lyle Brandvold", "direct"],
      ["Rule two,", "Lyle Brandvold", "direct"],
    ],
    wrong: [
      ["the only freshman who read the newspaper", ["Gabe Hollander","Hollander"]], // got "Tillman State"
      ["That's you winning", ["Lyle Brandvold","Brandvold"]], // got "Gabe Hollander"
      ["Rule three is you don't get to know", ["Burt Kessling","Kessling"]], // got "Lyle Brandvold"
      ["I don't know who paid for it", ["Lyle Brandvold","Brandvold"]], // got "Wes Tandy"
      ["Wes, if you've got proof", ["Lyle Brandvold","Brandvold"]], // got "Wes Tandy"
    ],
    noSpeaker: [
      ["Notes From the Back Room", false, 1],
    ],
  },
  {
    name: "a rancher state senator: his wife on the porch, a nickname, his father in a blizzard flashback, his daughter, a neighbor bickering without tags, a Senate colleague, questions from the writer, a mailer, a record on the turntable",
    published: "2016-11-01",
    floor: 39/49, // speaker accuracy measured when written (39 right of 49 found, 49 expected)
    text: [
      `The Last Cattleman in the Capitol`,
      `For twenty years, Eldon "Buck" Tharp has been the state Senate's loudest voice for ranch country. A young challenger says the country has moved on.`,
      `By Wade Corliss | High Plains Monthly, November 2016`,
      `Buck Tharp is late, which his wife says is a first. "Forty-six years, he has never been late for anything," June Tharp says, standing on the porch of the ranch house south of Pardee with her arms crossed. "He's out there with that heifer. You watch. He'll say it was the heifer."`,
      `Twenty minutes later, a pickup comes up the lane trailing dust, and a tall man in a sweat-stained hat climbs out. "Heifer," he says, by way of apology.`,
      `June doesn't say a word. She doesn't have to.`,
      `Tharp, seventy, has represented the Thirty-First District in the state Senate since 1996, and for most of that time nobody has seriously tried to take the seat from him. This year someone is. Marcus Dealey, a thirty-four-year-old wind-energy engineer from Pardee, is running as a Civic Party candidate on a platform he calls "the next hundred years," and he has raised more money than any challenger in the district's history.`,
      `"Buck has done a lot for this district," Dealey tells me over coffee at the Sandhill Cafe. "I'm not running against Buck. I'm running against 1996."`,
      `When I pass this along, Tharp snorts. "1996 was a good year," he says. "Cattle were up. Ask him what he was doing in 1996. He was in the third grade."`,
      `"Are you worried about him?" I ask.`,
      `"About Dealey? No. About being seventy? Every morning."`,
      `* * *`,
      `Tharp grew up on this land, which his grandfather homesteaded in 1911. His father, Walt Tharp, was by all accounts a hard man, and Buck tells a story about him that his daughter, Callie Tharp-Ruiz, says she has heard "probably a thousand times."`,
      `In the winter of 1958, when Buck was twelve, a blizzard caught the herd in the north pasture. His father woke him at four in the morning.`,
      `"Get your boots on," Walt said.`,
      `"It's still dark."`,
      `"Cows don't know it's dark. Boots."`,
      `They rode out together and spent fourteen hours bringing the cattle down to the windbreak. They lost nine head. On the ride home, Buck remembers, his father said only one thing: "Nine's better than ninety." Tharp tells me it's the closest thing to praise he ever got from the old man. "I've been chasing that sentence my whole life," he says.`,
      `Callie, who is forty-one and keeps the ranch's books, rolls her eyes when I repeat it. "He tells it like it was a Western," she says. "Grandpa Walt was a mean drunk who made a twelve-year-old ride into a blizzard. That's the story. Dad's version has better lighting."`,
      `Her father, hearing this from across the kitchen, does not dispute it. "She's got the facts right," he says. "I've got the feelings right. Between us we've got a story."`,
      `* * *`,
      `Otis Fenn has ranched the section next to the Tharps' for fifty years and has voted against Buck Tharp, by his own count, "every single time, in every single election, primary and general." He is eighty-one. He is also, Tharp says, his best friend.`,
      `"I vote Civic because my daddy did and because it annoys him," Fenn says, jerking a thumb toward his neighbor, who is leaning on the tailgate. "Somebody's got to keep him honest."`,
      `"You've never kept me anything," Tharp says.`,
      `"I kept you out of the stock pond in '74."`,
      `"That was one time."`,
      `"One time's all it takes, Eldon."`,
      `The two men have been having some version of this argument, as far as anyone can tell, since before either of them could drive.`,
      `This year, though, Fenn says he may sit the Senate race out. I ask him why. He looks out at the pasture for a while. "Dealey came by," he says. "Sat right there where you're sitting. Asked me what I thought about the wind leases. Nobody's asked me what I thought about anything since about 1980." He shrugs. "I don't know. I might vote for the kid. Don't tell Buck."`,
      `I tell Buck. He laughs until he has to sit down on the tailgate. "Don't tell Buck," he says, wiping his eyes. "He's been saying that since 1962."`,
      `* * *`,
      `In the capitol, Tharp's colleagues describe him as a throwback in both the best and worst senses. Sen. Loretta Vance, a Civic Party member from the city who has served with him on the agriculture committee for a decade, says he is "the only man in the building who reads the bills and the only one who brags about not owning a computer." She adds: "He's killed more of my bills than anybody alive. I'll miss him if he loses. Don't print that." I tell her I have to. "Then print that I said it with love," she says.`,
      `"Do you really not own a computer?" I ask Tharp later.`,
      `"June does," he says. "That's the same thing."`,
      `The race has been more polite than most. Dealey's campaign has run no negative ads, though a political committee based in the capital, Prairie Future, has spent about $90,000 on mailers describing Tharp as "a relic of the old politics." Tharp keeps one pinned to the wall of the barn, next to a calendar from the feed store. "Relic," he says, tapping it. "I've been called worse by better."`,
      `On my last evening at the ranch, June puts a record on the old turntable in the living room — "Tumbleweed Waltz," by a local band called the Dry Creek Boys, which played at their wedding in 1970. Buck stands and holds out his hand.`,
      `"Don't you dare," she says.`,
      `"I dare."`,
      `She takes his hand. Asked later whether he thinks he will win, he says he doesn't know. "I'll tell you what my dad would've said," he says. "Nine's better than ninety. Whatever that means in a Senate race."`,
    ].join('\n\n'),
    pass: [
      ["Forty-six years, he has never been late", "June Tharp", "direct"],
      ["He's out there with that heifer", "June Tharp", "direct"],
      ["He'll say it was the heifer", "June Tharp", "direct"],
      ["Heifer,", "Buck Tharp", "direct"],
      ["Buck has done a lot for this district", "Marcus Dealey", "direct"],
      ["I'm running against 1996", "Marcus Dealey", "direct"],
      ["1996 was a good year", "Buck Tharp", "direct"],
      ["Ask him what he was doing in 1996", "Buck Tharp", "direct"],
      ["Nine's better than ninety", "Walt Tharp", "direct", 0],
      ["I've been chasing that sentence", "Buck Tharp", "direct"],
      ["He tells it like it was a Western", "Callie Tharp-Ruiz", "direct"],
      ["Grandpa Walt was a mean drunk", "Callie Tharp-Ruiz", "direct"],
      ["Dad's version has better lighting", "Callie Tharp-Ruiz", "direct"],
      ["She's got the facts right", "Buck Tharp", "direct"],
      ["Between us we've got a story", "Buck Tharp", "direct"],
      ["every single time, in every single election", "Otis Fenn", "direct"],
      ["I vote Civic because my daddy did", "Otis Fenn", "direct"],
      ["Somebody's got to keep him honest", "Otis Fenn", "direct"],
      ["You've never kept me anything", "Buck Tharp", "direct"],
      ["That was one time", "Buck Tharp", "direct"],
      ["Dealey came by", "Otis Fenn", "direct"],
      ["Nobody's asked me what I thought", "Otis Fenn", "direct"],
      ["I might vote for the kid", "Otis Fenn", "direct"],
      ["Don't tell Buck.", "Otis Fenn", "direct"],
      ["Don't tell Buck,", "Buck Tharp", "direct"],
      ["He's been saying that since 1962", "Buck Tharp", "direct"],
      ["the only man in the building who reads the bills", "Loretta Vance", "direct"],
      ["He's killed more of my bills", "Loretta Vance", "direct"],
      ["Don't print that", "Loretta Vance", "direct"],
      ["Then print that I said it with love", "Loretta Vance", "direct"],
      ["June does,", "Buck Tharp", "direct"],
      ["That's the same thing", "Buck Tharp", "direct"],
      ["a relic of the old politics", "mailers", "direct"],
      ["Relic,", "Buck Tharp", "direct"],
      ["I've been called worse by better", "Buck Tharp", "direct"],
      ["Don't you dare", "June Tharp", "direct"],
      ["I'll tell you what my dad would've said", "Buck Tharp", "direct"],
      ["Nine's better than ninety", "Buck Tharp", "direct", 1],
      ["Whatever that means in a Senate race", "Buck Tharp", "direct"],
    ],
    wrong: [
      ["Are you worried about him?", ["Wade Corliss","Corliss","I","~Corliss","~writer","~reporter"]], // got null
      ["About being seventy?", ["Eldon Tharp","Buck Tharp","Eldon \"Buck\" Tharp","~Buck"]], // got null
      ["probably a thousand times", ["Callie Tharp-Ruiz","Tharp-Ruiz"]], // got "Buck Tharp"
      ["Get your boots on", ["Walt Tharp"]], // got "Grandpa Walt"
      ["It's still dark", ["Eldon Tharp","Buck Tharp","Eldon \"Buck\" Tharp","~Buck"]], // got "Grandpa Walt"
      ["Cows don't know it's dark", ["Walt Tharp"]], // got "Grandpa Walt"
      ["I kept you out of the stock pond", ["Otis Fenn","Fenn"]], // got "Buck Tharp"
      ["One time's all it takes, Eldon", ["Otis Fenn","Fenn"]], // got "Buck Tharp"
      ["Do you really not own a computer?", ["Wade Corliss","Corliss","I","~Corliss","~writer","~reporter"]], // got null
      ["I dare.", ["Eldon Tharp","Buck Tharp","Eldon \"Buck\" Tharp","~Buck"]], // got "June Tharp"
    ],
    noSpeaker: [
      ["Buck", false, 0],
    ],
  },
  {
    name: "a letter from a bellwether county: a hymn epigraph, regulars at a diner counter trading lines, a waitress, a union president and a welder (and his wife, same surname), two women pastors side by side, two sisters-in-law (same surname) trading lines, a night-shift worker known by first name",
    published: "2016-10-31",
    floor: 33/42, // speaker accuracy measured when written (33 right of 42 found, 42 expected)
    text: [
      `Letter from Corley County: The Undecideds`,
      `In a county that has picked the winner in every presidential election for half a century, nobody wants to be the first to say it out loud.`,
      `By Nathaniel Oake`,
      `“The county keeps its own counsel, and the counsel keeps the county.” —Mercy Albee, “Corley Hymnal”`,
      `At six-fifteen on a Tuesday morning, the Bluebird Diner in Hatchett is already full, and the long counter along the front window belongs, by long custom, to the same eight men. They are retired, mostly — two machinists, a mail carrier, a man who sold insurance, a couple of farmers — and they have been arguing about politics at this counter, they tell me, since the counter was installed. “Since before,” corrects Hal Brisbane, a retired machinist. “We argued standing up.”`,
      `Hal is seventy-four and has voted for both parties' nominees over the years, and he has not decided this year. Neither has the man next to him, Dutch Kowalczyk, who carried mail in Hatchett for thirty-three years.`,
      `“I'm waiting for one of them to say something true,” Dutch says. “I might be waiting a while.”`,
      `“You'll be waiting till you're dead,” Hal says.`,
      `“Then I'll vote from the grave. This is Corley County. Wouldn't be the first time.”`,
      `The counter laughs. The waitress, a woman named Bev Strand who has worked the morning shift for nineteen years, refills the coffee without being asked and tells me that she has a rule: no politics talk until the second cup. “They break it every day,” she says. “I've stopped fining them.”`,
      `Who is she voting for? “That's between me and the curtain,” Bev says.`,
      `* * *`,
      `Across town, at the Allied Fabricators union hall on Depot Street, Ray Dunphy is setting up folding chairs for a phone bank. Dunphy is the local's president, a compact man with a gray crew cut, and he has a problem: about a third of his members, he estimates, are planning to vote Frontier this year, against the union's endorsement.`,
      `“I've got guys who've voted Civic for forty years telling me they're done,” he says. “I ask them why and they say, ‘Ray, what did the Civics ever do for me?’ And I start listing things, and they say, ‘That was 1985.’ ”`,
      `One of those guys is Terry Boyle, a welder who has been a member of the local for twenty-two years. He is at the union hall, it turns out, to pick up his dues card, and he agrees to talk in the parking lot. “Ray's a good man,” Boyle says. “But Ray's been telling me the same thing since I was twenty-five, and I'm forty-seven, and my plant closed.”`,
      `Boyle's plant, a maker of truck axles, shut down in 2013. He now drives ninety minutes each way to a job in Lisle City. He says he's voting Frontier, “probably,” and then, after a pause, “definitely.” His wife, Kim, who is sitting in the truck with the window down, leans out. “He said probably,” she says. “Put down probably.”`,
      `* * *`,
      `The Rev. Alma Pritchard has been the pastor of Second Street Church in Hatchett for sixteen years, and she says the election has done something to her congregation she has never seen before. “People are changing pews,” she says. “I'm not being metaphorical. There are families who sat together for twenty years who now sit on opposite sides of the aisle.”`,
      `She preached on it in September — a sermon she titled “The Other Side of the Aisle” — and afterward, she tells me, a woman in her seventies came up to her at the door, shaking. “She said, ‘Pastor, my son won't speak to me,’ ” Pritchard recalls. “And I didn't have anything for her. Twenty-six years in ministry and I didn't have one word.”`,
      `I ask her what she would say now. She thinks about it. “I'd say, ‘Me neither,’ ” she says. “Which isn't much. But it's true.”`,
      `Her associate pastor, Lorraine Haskett, who is thirty-one, is less patient. “Jesus didn't say, ‘Blessed are the undecided,’ ” Haskett says. “At some point you have to choose.” Pritchard, sitting next to her, raises an eyebrow. “She's young,” she says. “She'll learn to hedge.”`,
      `* * *`,
      `On Friday night, at the Hatchett High football game, the bleachers are the closest thing the county has to a town meeting. Two women in matching booster-club sweatshirts, sisters-in-law named Paula Greer and Renee Greer, are arguing amiably about the Senate race while their sons warm up on the field. “I'm voting for whoever leaves my pension alone,” Paula says.`,
      `“That's both of them, supposedly,” Renee says. “They all say that.”`,
      `“Then I'm voting for whoever says it louder.”`,
      `“That's not how it works, Paula.”`,
      `“That's exactly how it works. Have you been watching?”`,
      `Renee turns to me. “She's been like this since the primaries,” she says. “Write down that I'm the reasonable one.”`,
      `* * *`,
      `Back at the Bluebird, on my last morning, the counter is debating the debate. Dutch thought the Frontier nominee won. Hal thought nobody won. A younger man at the end of the counter, who says only that his name is Cody and that he works nights at the distribution center, thinks they're all missing the point.`,
      `“You guys keep asking who won,” Cody says. “Nobody on my shift watched it. We were working. That's who won. Nobody.”`,
      `There is a pause at the counter.`,
      `“Kid's got a point,” Dutch says finally.`,
      `“Kid's always got a point,” Hal says. “Kid never buys the coffee.”`,
      `Bev, passing with the pot, refills Cody's cup and waves away his dollar. “On the house,” she says. “Don't tell these two.”`,
    ].join('\n\n'),
    pass: [
      ["The county keeps its own counsel", "Mercy Albee", "direct"],
      ["Since before", "Hal Brisbane", "direct"],
      ["We argued standing up", "Hal Brisbane", "direct"],
      ["I'm waiting for one of them to say something true", "Dutch Kowalczyk", "direct"],
      ["I might be waiting a while", "Dutch Kowalczyk", "direct"],
      ["You'll be waiting till you're dead", "Hal Brisbane", "direct"],
      ["That's between me and the curtain", "Bev Strand", "direct"],
      ["I've got guys who've voted Civic", "Ray Dunphy", "direct"],
      ["Ray's a good man", "Terry Boyle", "direct"],
      ["But Ray's been telling me the same thing", "Terry Boyle", "direct"],
      ["probably,", "Terry Boyle", "partial", 0],
      ["definitely.", "Terry Boyle", "partial"],
      ["People are changing pews", "Alma Pritchard", "direct"],
      ["I'm not being metaphorical", "Alma Pritchard", "direct"],
      ["And I didn't have anything for her", "Alma Pritchard", "direct"],
      ["Me neither", "Alma Pritchard", "partial"],
      ["Which isn't much", "Alma Pritchard", "direct"],
      ["At some point you have to choose", "Lorraine Haskett", "direct"],
      ["She's young", "Alma Pritchard", "direct"],
      ["She'll learn to hedge", "Alma Pritchard", "direct"],
      ["I'm voting for whoever leaves my pension alone", "Paula Greer", "direct"],
      ["That's both of them, supposedly", "Renee Greer", "direct"],
      ["They all say that", "Renee Greer", "direct"],
      ["That's not how it works, Paula", "Renee Greer", "direct"],
      ["She's been like this since the primaries", "Renee Greer", "direct"],
      ["Write down that I'm the reasonable one", "Renee Greer", "direct"],
      ["You guys keep asking who won", "Cody", "direct"],
      ["That's who won. Nobody", "Cody", "direct"],
      ["Kid's got a point", "Dutch Kowalczyk", "direct"],
      ["Kid's always got a point", "Hal Brisbane", "direct"],
      ["Kid never buys the coffee", "Hal Brisbane", "direct"],
      ["On the house", "Bev Strand", "direct"],
      ["Don't tell these two", "Bev Strand", "direct"],
    ],
    wrong: [
      ["Then I'll vote from the grave", ["Dutch Kowalczyk","Kowalczyk"]], // got "Hal Brisbane"
      ["Wouldn't be the first time", ["Dutch Kowalczyk","Kowalczyk"]], // got "Hal Brisbane"
      ["They break it every day", ["Bev Strand","Strand"]], // got "the waitress"
      ["I've stopped fining them", ["Bev Strand","Strand"]], // got "the waitress"
      ["He said probably", ["Kim Boyle","~Kim"]], // got "Allied Fabricators"
      ["Put down probably", ["Kim Boyle","~Kim"]], // got "Allied Fabricators"
      ["Pastor, my son won't speak to me", ["~woman","~congregant"]], // got "Alma Pritchard"
      ["Then I'm voting for whoever says it louder", ["Paula Greer"]], // got "Renee Greer"
      ["That's exactly how it works", ["Paula Greer"]], // got "Renee Greer"
    ],
    noSpeaker: [
      "Corley Hymnal",
      "The Other Side of the Aisle",
    ],
  },
  {
    name: "a software founder running for Senate: a coach's saying as epigraph, his memoir, his twin brother (same surname), the coach recalling a tournament, an ex-partner's quote running across paragraphs, his pastor",
    published: "2016-11-03",
    floor: 36/44, // speaker accuracy measured when written (36 right of 44 found, 44 expected)
    text: [
      `The Optimizer`,
      `Julian Achterberg built a company that knew what you wanted before you did. Now he wants to know what a state wants.`,
      `By Rosalind Maier`,
      `“Every system is perfectly designed to get the results it gets.” —Lorne Beckwith`,
      `Julian Achterberg is explaining the difference between a bug and a feature, and I have made the mistake of asking. “A bug is when the system does something you didn't intend,” he says, leaning forward across the table of a hotel conference room in Stellan, where he has just finished a fund-raiser. “A feature is when it does something you didn't intend, and you decide to take credit.” He sits back, pleased. “Congress is mostly features.”`,
      `Achterberg, forty-five, is a two-term Frontier Party congressman and his party's nominee for an open Senate seat, and he is, by the standard measures, winning: up six in the last three public polls against the Civic nominee, the former attorney general Frances Odegaard, who has called him “a very expensive algorithm.” He is also, by his own admission, “not a natural at this.”`,
      `“I don't enjoy the rope line,” he tells me. “I enjoy the part after, when you look at the data and figure out which handshakes mattered.” When I ask him whether he can tell yet, he says, “Not yet. Give me a few more cycles.”`,
      `* * *`,
      `In his 2013 memoir, “What the Code Knew,” Achterberg describes growing up in Fennimore, a river town where his father managed a grain elevator and his mother taught piano in the living room. He was, he writes, “a kid who wanted to know how the toaster worked and then wanted to know why we needed a toaster.” He and his twin brother, Owen, shared a bedroom until they were eighteen.`,
      `“We split the room with masking tape,” he writes. “Owen's side had posters. My side had a disassembled radio. Our mother used to stand in the doorway and say, ‘One of you is going to be an engineer and one of you is going to be happy,’ and we both knew which was which.”`,
      `Owen Achterberg, who is a high-school band director in Fennimore, laughs when I read him the passage. “She did say that,” he says. “She said it about once a week. What Julian leaves out is that she'd look at me when she got to the happy part, and I was twelve and I thought that was an insult.”`,
      `Was it? “I'm fifty-fifty on that,” Owen says. “Ask me after the election.”`,
      `The twins talk most days, Owen says, usually about nothing. He will not vote for his brother — he has been a Civic Party member since college — and he says Julian has never once asked him to.`,
      `“He knows better,” Owen says. “And honestly I think he likes that there's one person he can't persuade. He gets bored otherwise.”`,
      `* * *`,
      `Lorne Beckwith coached debate at Fennimore High for thirty-four years, and he remembers the Achterberg twins as a matched set that didn't match. He is eighty now, living in a retirement community outside Stellan, and he has kept every trophy his teams won, including, on a shelf above the television, a two-foot gold cup from the 1988 state tournament.`,
      `“Julian's partner that year got mono the week before state,” Beckwith says. “So I put Owen in. Owen had never debated in his life. He played the trombone.”`,
      `What happened?`,
      `“Julian wrote every word Owen said. Every word. On index cards. And Owen got up there and read them like he was reading a eulogy — slow, very sad — and the judges ate it up. They thought it was a style.” He laughs until he coughs. “They won the whole thing. I don't think Julian has ever forgiven him.”`,
      `I ask Beckwith about the line in the epigraph — the one about systems, which Achterberg has quoted in speeches for years. He waves a hand. “I stole that from a management book,” he says. “I don't remember which one. Tell him it's not mine. He won't believe you.”`,
      `* * *`,
      `The company Achterberg founded in 2001, Pellucid, made software that helped retailers predict what customers would buy. His co-founder was Sunita Ravel, a statistician he met at a conference in Stellan, and for nine years the two of them ran Pellucid together, until Achterberg bought her out in 2010 — a transaction that, according to court filings, was litigated for fourteen months before it was settled. Ravel now runs a foundation in Dorrance. She agreed to talk about her former partner for the first time.`,
      `“The first thing you need to understand about Julian,” she says, “is that he really does believe every problem is a software problem. Traffic. The deficit. His marriage, at one point, which — I'll let him tell you about that.`,
      `“The second thing is that sometimes he's right. Often enough to be dangerous. That's the part people miss when they make fun of him.”`,
      `The buyout, she says, was about control. She remembers the meeting in which he proposed it, in a conference room with a whiteboard covered in his handwriting.`,
      `“He said, ‘Sunita, I've modeled this forty ways, and every way it comes out better if I run it alone.’ And I said, ‘Did you model what happens to us?’ And he looked at me like I'd asked him to model the weather on Mars.”`,
      `Achterberg, asked about the meeting, does not dispute her account. In the memoir, he gives it a single sentence: “I was right about the company and wrong about almost everything else.” When I read Ravel that line, she is quiet for a while.`,
      `“That's generous,” she says. “For Julian, that's practically a sonnet.”`,
      `* * *`,
      `On a Sunday near the end of October, Achterberg attends services at Grace Reformed in Fennimore, the church he grew up in, where the pastor, the Rev. Dale Strom, has known him since his baptism. After the service, Strom, a stooped man in a cardigan, walks me through the fellowship hall.`,
      `“He asked me once, when he was fifteen, whether God was deterministic,” Strom says. “I said, ‘Julian, that's a question for a much better pastor than me.’ And he said, ‘Then who should I ask?’ And I said, ‘Ask Him.’ ” The pastor smiles. “He's still working on it, I think.”`,
      `Outside, in the parking lot, Achterberg is shaking hands — the rope line he says he doesn't enjoy — and he is, it must be said, very good at it. An elderly woman in a purple coat holds his hand a beat too long and tells him he's too thin. “I'm optimizing,” he tells her. She doesn't laugh. He does.`,
      `On the drive back to Stellan, I ask him the question I've been saving: What would he tell the twelve-year-old with the disassembled radio?`,
      `He thinks about it for almost a full mile. “I'd tell him the radio's not the point,” he says. “I'd tell him to go to Owen's side of the room once in a while. He won't listen. I didn't.”`,
    ].join('\n\n'),
    pass: [
      ["Every system is perfectly designed", "Lorne Beckwith", "direct"],
      ["A bug is when the system does something", "Julian Achterberg", "direct"],
      ["A feature is when it does something", "Julian Achterberg", "direct"],
      ["Congress is mostly features", "Julian Achterberg", "direct"],
      ["a very expensive algorithm", "Frances Odegaard", "partial"],
      ["not a natural at this", "Julian Achterberg", "direct"],
      ["I don't enjoy the rope line", "Julian Achterberg", "direct"],
      ["I enjoy the part after", "Julian Achterberg", "direct"],
      ["Give me a few more cycles", "Julian Achterberg", "direct"],
      ["a kid who wanted to know how the toaster worked", "Julian Achterberg", "direct"],
      ["She did say that", "Owen Achterberg", "direct"],
      ["What Julian leaves out", "Owen Achterberg", "direct"],
      ["I'm fifty-fifty on that", "Owen Achterberg", "direct"],
      ["Ask me after the election", "Owen Achterberg", "direct"],
      ["He knows better", "Owen Achterberg", "direct"],
      ["there's one person he can't persuade", "Owen Achterberg", "direct"],
      ["Julian's partner that year got mono", "Lorne Beckwith", "direct"],
      ["He played the trombone", "Lorne Beckwith", "direct"],
      ["I stole that from a management book", "Lorne Beckwith", "direct"],
      ["Tell him it's not mine", "Lorne Beckwith", "direct"],
      ["The first thing you need to understand about Julian", "Sunita Ravel", "direct"],
      ["I'll let him tell you about that", "Sunita Ravel", "direct"],
      ["The second thing is that sometimes he's right", "Sunita Ravel", "direct"],
      ["That's the part people miss", "Sunita Ravel", "direct"],
      ["Did you model what happens to us?", "Sunita Ravel", "direct"],
      ["And he looked at me like", "Sunita Ravel", "direct"],
      ["I was right about the company", "Julian Achterberg", "direct"],
      ["That's generous", "Sunita Ravel", "direct"],
      ["that's practically a sonnet", "Sunita Ravel", "direct"],
      ["He asked me once, when he was fifteen", "Dale Strom", "direct"],
      ["that's a question for a much better pastor", "Dale Strom", "direct"],
      ["Ask Him.", "Dale Strom", "direct"],
      ["He's still working on it", "Dale Strom", "direct"],
      ["I'm optimizing", "Julian Achterberg", "direct"],
      ["I'd tell him the radio's not the point", "Julian Achterberg", "direct"],
      ["He won't listen", "Julian Achterberg", "direct"],
    ],
    wrong: [
      ["We split the room with masking tape", ["Julian Achterberg"]], // got "Owen Achterberg"
      ["One of you is going to be an engineer", ["~mother"]], // got "Owen Achterberg"
      ["and we both knew which was which", ["Julian Achterberg"]], // got "Owen Achterberg"
      ["Julian wrote every word Owen said", ["Lorne Beckwith","Beckwith"]], // got null
      ["They thought it was a style", ["Lorne Beckwith","Beckwith"]], // got null
      ["I don't think Julian has ever forgiven him", ["Lorne Beckwith","Beckwith"]], // got "Owen Achterberg"
      ["I've modeled this forty ways", ["Julian Achterberg"]], // got "Sunita Ravel"
      ["Then who should I ask?", ["Julian Achterberg"]], // got "Dale Strom"
    ],
    noSpeaker: [
      "What the Code Knew",
    ],
  },
];
checkSpeakerSet(ARTICLES, { tightest: true });
