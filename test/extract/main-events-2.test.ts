import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysFound, actorsNamed, mentions, type EventArticle as Article } from '../support/event-sets.ts';

/**
 * Second round of fictional news articles (Nov 2016 - early 2018 style), each with the day its main
 * event happened and its main actor, read as title, teaser and body (as the benchmark scores them).
 * An article's main event counts as dated when any event or any date mention carries that day; its
 * actor counts as found when an event's actors contain a capitalised word of the actor's name.
 * Only what the extractor gets right today is asserted; known misses are listed at the end.
 */


const concession: Article = {
  "id": "concession",
  "published": "2016-11-10",
  "date": "2016-11-09",
  "actor": "Margaret Oyelowo-Haines",
  "title": "Oyelowo-Haines concedes Carrick Senate race, urges supporters to \"stay in the room\"",
  "description": "The Democrat conceded a day after Election Day, ending one of the most expensive Senate races in the country.",
  "text": "By Tomas Reidy, Associated Press\nPublished 6:02 AM EST Nov 10, 2016\n\nDALLOWAY, Carrick (AP) — Democrat Margaret Oyelowo-Haines conceded the Carrick Senate race on Wednesday afternoon, calling Republican Sen. Everett Pruitt to congratulate him a day after Election Day left her nearly 60,000 votes behind.\n\n\"The voters have spoken, and I respect what they said, even if I wish they had said it a little differently,\" Oyelowo-Haines told about 300 supporters in a hotel ballroom in Dalloway, the state capital.\n\nPruitt, 64, won a third term with 51.2 percent of the vote, according to unofficial results. He thanked his opponent in a brief statement and said he would return to Washington \"ready to work with whoever picks up the phone.\"\n\nThe race drew more than $90 million in outside spending, a record for the state. Oyelowo-Haines, a former county prosecutor, had led in several polls in October, but her support slipped in the final two weeks.\n\nShe did not rule out running again. Asked about 2018, when the state's governor's seat opens up, she smiled and said: \"Ask me after Thanksgiving.\"\n\nCarrick last sent a Democrat to the Senate in 1994. Turnout on Tuesday was about 67 percent, slightly higher than in 2012, the secretary of state's office said.\n\nPhoto: Margaret Oyelowo-Haines speaks to supporters in Dalloway on Wednesday, Nov. 9, 2016. (AP Photo/Lena Carvalho)"
};

test('a Senate candidate conceding on Wednesday, reported on Thursday: the main event is dated 2016-11-09', () => {
  assert.ok(daysFound(concession).includes(concession.date));
});

test('a Senate candidate conceding on Wednesday, reported on Thursday: Margaret Oyelowo-Haines is among the actors', () => {
  assert.ok(mentions(actorsNamed(concession), concession.actor));
});

const missile: Article = {
  "id": "missile",
  "published": "2017-07-26",
  "date": "2017-07-27",
  "actor": "Kessania",
  "title": "Kessania fires missile over sea, neighbors condemn \"reckless\" launch",
  "description": "",
  "text": "By Hana Ridgeway and Olek Brandt, CNN\nUpdated 8:47 PM ET, Wed July 26, 2017\n\n(CNN) Kessania launched a ballistic missile into the Soren Sea early Thursday local time, the defense ministry of neighboring Veradan said, the isolated state's third launch in two months.\n\nThe missile was fired from near the northern city of Tamsk at about 6:10 a.m. local time and flew some 900 kilometers before splashing down inside Veradan's exclusive economic zone, the ministry said in a statement.\n\nVeradan's Prime Minister Ilse Manderby condemned the test as \"reckless and unacceptable\" and said her government would seek an emergency meeting of the United Nations Security Council.\n\nKessania has conducted 11 missile tests this year. In its previous launch, on June 4, a missile broke up shortly after liftoff, according to Western officials. Its leader, Marshal Ruven Adar, has vowed to build a missile able to reach any target \"across the ocean.\"\n\nAnalysts said the flight suggested a longer range than earlier tests. \"This is a significant step,\" said Dario Pellen, a missile expert at the Halvard Institute. \"They are clearly learning from their failures.\"\n\nSanctions imposed in March 2016 have done little to slow the program, according to a UN panel report released in February.\n\nCNN's Mira Solvik contributed to this report."
};

test('a missile launch early Thursday local time, reported on Wednesday US time: the main event is dated 2017-07-27', () => {
  assert.ok(daysFound(missile).includes(missile.date));
});

test('a missile launch early Thursday local time, reported on Wednesday US time: Kessania is among the actors', () => {
  assert.ok(mentions(actorsNamed(missile), missile.actor));
});

const derailment: Article = {
  "id": "derailment",
  "published": "2017-02-16",
  "date": "2017-02-14",
  "actor": "Velsk Regional Railways",
  "title": "Brennick line to stay shut as investigators study derailed train",
  "description": "Commuters face a week of replacement buses.",
  "text": "BRENNICK, Velmoria (Reuters) - The main rail line between Brennick and Tolm would stay closed until at least Monday after Tuesday's derailment of a commuter train that injured 43 people, Velsk Regional Railways said.\n\nThe operator said cranes needed to lift three overturned carriages from the embankment could not reach the site until the ground froze.\n\nTransport Minister Aurel Kiss told parliament on Thursday that the train had been travelling at 68 km/h on a stretch limited to 40 km/h. \"Speed was a factor. Whether it was the only factor is what the inquiry must find out,\" he said.\n\nEleven passengers remain in hospital, two of them in a serious condition, according to the Brennick regional health authority.\n\nThe driver, a 51-year-old with 22 years of experience, has been suspended on full pay. The rail workers' union said he had complained in writing in November about a faulty speed indicator on the same unit.\n\nVelsk Regional Railways, which carries some 80,000 passengers a day, was fined in 2015 after a signal failure caused a collision at Tolm station. Its chief executive, Ottilie Varga, apologised to passengers and said replacement buses would run every 15 minutes.\n\nThe line is expected to reopen on Feb. 20, the company said."
};

test('a follow-up two days after a derailment named only as "Tuesday\'s derailment": the main event is dated 2017-02-14', () => {
  assert.ok(daysFound(derailment).includes(derailment.date));
});

test('a follow-up two days after a derailment named only as "Tuesday\'s derailment": Velsk Regional Railways is among the actors', () => {
  assert.ok(mentions(actorsNamed(derailment), derailment.actor));
});

const relegation: Article = {
  "id": "relegation",
  "published": "2017-04-10",
  "date": "2017-04-08",
  "actor": "Dunmore Athletic",
  "title": "Dunmore Athletic relegated after 40 years in top flight",
  "description": "",
  "text": "By Rhys Calloway, Sports Reporter\n\nDunmore Athletic faces a first season in the second tier in four decades after losing 2-0 at Pellham City on Saturday.\n\nGoals from Kofi Marden and a late penalty by Jaume Rovira condemned the Harbourmen, who needed a win to keep alive their faint hopes of survival.\n\nManager Graham Lisle, appointed in January after the dismissal of Peter Oakes, said he would stay on. \"I didn't come here for one season. We will rebuild and we will be back,\" he told reporters.\n\nDunmore's 1977 league title and their run to the European Cup semi-finals in 1984 are part of club folklore, but the last decade has been a struggle. The club was sold to the Haverford Capital group in 2014 and has had five managers since.\n\nAbout 4,000 travelling supporters sang throughout the second half. Some stayed behind after the final whistle, and stewards had to persuade them to leave.\n\nPellham City moved up to eighth with the win.\n\nThe club's finances are also a worry. Accounts filed in December showed debts of 38 million pounds, and the loss of top-flight television money is expected to cost about half that in revenue next season.\n\nLisle said he had already spoken to the chairman, Victor Haverford, about the summer transfer budget. \"Some players will leave. That is football. The ones who stay have to want to be here,\" he said."
};

test('a relegation by a defeat "on Saturday", reported on Monday: the main event is dated 2017-04-08', () => {
  assert.ok(daysFound(relegation).includes(relegation.date));
});

test('a relegation by a defeat "on Saturday", reported on Monday: Dunmore Athletic is among the actors', () => {
  assert.ok(mentions(actorsNamed(relegation), relegation.actor));
});

const breach: Article = {
  "id": "breach",
  "published": "2017-09-08",
  "date": "2017-09-07",
  "actor": "Quillmark Credit",
  "title": "Quillmark Credit says hackers stole data of 19 million customers",
  "description": "The credit bureau disclosed the breach more than a month after discovering it.",
  "text": "By Anika Ferro | NEW YORK\n\nCredit reporting firm Quillmark Credit said late Thursday that hackers had accessed names, Social Security numbers and birth dates of as many as 19 million customers, one of the largest data breaches ever disclosed by a US company.\n\nThe Atlanta-based company said the intruders exploited a weakness in a web application between mid-May and July. It discovered the breach on July 29 and hired an outside security firm to investigate.\n\nQuillmark shares fell 12 percent in after-hours trading.\n\n\"This is clearly a disappointing event for our company, and one that strikes at the heart of who we are,\" Chief Executive Roland Whitcombe said in a statement. He apologized to customers and said the company would offer free credit monitoring for a year.\n\nThree senior executives sold shares worth a combined $1.6 million in the days after the breach was discovered, regulatory filings show. A company spokeswoman said they had not known about the intrusion at the time.\n\nSenator Darla Finnegan, a Democrat, called for hearings. \"Nineteen million Americans deserve to know why it took six weeks to tell them,\" she said.\n\nQuillmark, founded in 1921, holds data on more than 600 million consumers worldwide."
};

test('a data breach disclosed on Thursday, months after it happened: the main event is dated 2017-09-07', () => {
  assert.ok(daysFound(breach).includes(breach.date));
});

test('a data breach disclosed on Thursday, months after it happened: Quillmark Credit is among the actors', () => {
  assert.ok(mentions(actorsNamed(breach), breach.actor));
});

const tonightVote: Article = {
  "id": "tonight-vote",
  "published": "2017-07-28",
  "date": "2017-07-27",
  "actor": "Curtis Wendell",
  "title": "Hallam Senate rejects budget in late-night vote",
  "description": "A last-minute defection sank the governor's spending plan.",
  "text": "By Joanne Pirelli, Hallam Capitol Bureau\n\nHALLAM CITY — The Hallam State Senate tonight rejected Gov. Ruth Stiller's $41 billion budget by a single vote, after Majority Leader Curtis Wendell broke with his own party in a dramatic speech on the chamber floor.\n\nThe 20-19 vote came shortly before 11 p.m. ET, more than four weeks after the start of the fiscal year on July 1. State parks and motor vehicle offices have been operating on emergency funding since then.\n\n\"I cannot ask the people of this state to pay more for less,\" Wendell said, drawing gasps from the gallery. He had voted for a nearly identical plan in the House in 2015.\n\nStiller, a Democrat elected in 2014, called the vote \"a betrayal of every family waiting for this budget\" and said she would call lawmakers back into session next week.\n\nThe plan would have raised the state sales tax by half a cent and closed two prisons. Business groups had lobbied hard against the tax increase.\n\nCredit rating agency Morrow & Dane warned last month that it could downgrade the state if no budget was in place by August."
};

test('a late-night vote written as "tonight" in an evening story dated the next day: Curtis Wendell is among the actors', () => {
  assert.ok(mentions(actorsNamed(tonightVote), tonightVote.actor));
});

const anniversary: Article = {
  "id": "anniversary",
  "published": "2017-11-13",
  "date": "2017-11-12",
  "actor": "Elsa Brandvold",
  "title": "Kellvik remembers dam victims one year on",
  "description": "Hundreds gathered beside the rebuilt dam to mark a year since the disaster.",
  "text": "By Sigrun Holm, BBC News\n\nHundreds of people gathered in Kellvik on Sunday to remember the 27 people who died when the Marrow Hill dam burst a year ago.\n\nMayor Elsa Brandvold read out the names of the victims at a ceremony beside the rebuilt dam, as church bells rang across the valley at 4:17 pm, the minute the wall gave way on 12 November 2016.\n\n\"We have rebuilt the houses. We have not rebuilt the families,\" she said.\n\nThe flood swept away 140 homes and the town's only bridge. A government inquiry published in June found that warnings about cracks in the dam had been ignored for at least three years.\n\nThe operator of the dam, Ostervall Hydro, has since been charged with negligent manslaughter. Its trial is due to begin in March.\n\nMany survivors still live in temporary housing. Anna Liljeborg, 46, who lost her mother in the flood, said she had been promised a new flat \"by Christmas\" for the second year running.\n\nPhoto caption: Relatives lay flowers at the Marrow Hill memorial in Kellvik.\n\nThe rebuilt dam, which cost the equivalent of 90 million euros, was reopened in September with a new monitoring system that sends readings to the regional emergency centre every ten minutes."
};

test('a memorial "on Sunday", one year after a dam burst: the main event is dated 2017-11-12', () => {
  assert.ok(daysFound(anniversary).includes(anniversary.date));
});

test('a memorial "on Sunday", one year after a dam burst: Elsa Brandvold is among the actors', () => {
  assert.ok(mentions(actorsNamed(anniversary), anniversary.actor));
});

const thanksgiving: Article = {
  "id": "thanksgiving",
  "published": "2016-11-28",
  "date": "2016-11-25",
  "actor": "Halberd Home Stores",
  "title": "Retailer apologizes after shoppers hurt in doorbuster crush",
  "description": "Eleven people were treated for injuries at a suburban store.",
  "text": "By Kyle Emmerich, USA TODAY\n\nHalberd Home Stores apologized Monday after eleven shoppers were injured in a crush at one of its stores in suburban Wexford on the day after Thanksgiving.\n\nVideo posted online showed hundreds of people pushing through the store's front doors when they opened at 5 a.m. for a sale on televisions and laptops. Two people were taken to the hospital with broken bones, the Wexford County fire department said.\n\n\"What happened in Wexford is not who we are,\" Halberd chief executive Dana Kowalczyk said in a statement. The chain said it would review crowd-control plans at its 212 stores before the Christmas season.\n\nA Wexford police spokesman said no arrests had been made.\n\nRetail analysts said the chain had advertised unusually deep discounts this year to win back customers after a weak 2015. Halberd's sales fell 4 percent in the third quarter, the company reported earlier this month.\n\nHoliday weekend sales across the industry rose about 3 percent from a year earlier, according to preliminary figures from the Retail Council.\n\nCrowd-safety experts have long warned about early-morning doorbuster sales. In 2008, a worker at another chain was trampled to death on Long Island, prompting new federal guidance on crowd management. \"Retailers know how to do this safely. It costs money, and some of them choose not to spend it,\" said Paul Greer, a former fire marshal who advises stores."
};

test('a crush at a store "the day after Thanksgiving", reported on Monday: the main event is dated 2016-11-25', () => {
  assert.ok(daysFound(thanksgiving).includes(thanksgiving.date));
});

test('a crush at a store "the day after Thanksgiving", reported on Monday: Halberd Home Stores is among the actors', () => {
  assert.ok(mentions(actorsNamed(thanksgiving), thanksgiving.actor));
});

const ferry: Article = {
  "id": "ferry",
  "published": "2017-01-15",
  "date": "2017-01-13",
  "actor": "Tarrow Sea Lines",
  "title": "Ferry disaster: divers search hull as hopes fade for 60 missing",
  "description": "",
  "text": "PORT ESSEL, Marrland (AP) — Navy divers are hoping to reach dozens of passengers still trapped inside the Tarrow Sea Lines ferry that sank off Ildra Island on Friday, officials said, as relatives kept vigil at the harbor.\n\nAt least 23 people have been confirmed dead and 114 were rescued. About 60 remain missing, according to the coast guard, which said rough seas had forced divers to suspend the search several times.\n\nThe 30-year-old vessel, the Ildra Star, was carrying more than 200 passengers and about 40 vehicles on the four-hour crossing. Survivors said it began to list sharply shortly after a loud bang.\n\n\"People were screaming, children were screaming. The lights went out and the water came in,\" said Bastian Orr, 34, a mechanic who swam to a fishing boat.\n\nTarrow Sea Lines said in a statement it was cooperating fully with investigators. The company's operating license was briefly suspended in 2013 over safety violations.\n\nPresident Gerta Valdis declared three days of national mourning and ordered an inquiry into ferry safety, the country's third major ferry accident since 2009.\n\nThe Ildra Star was built in 1987 and had been sold twice before Tarrow Sea Lines bought it in 2011. Maritime experts said older ferries of its type were vulnerable to flooding through the vehicle deck."
};

test('divers "hoping to reach" passengers of a ferry that sank on Friday, reported on Sunday: the main event is dated 2017-01-13', () => {
  assert.ok(daysFound(ferry).includes(ferry.date));
});

test('divers "hoping to reach" passengers of a ferry that sank on Friday, reported on Sunday: Tarrow Sea Lines is among the actors', () => {
  assert.ok(mentions(actorsNamed(ferry), ferry.actor));
});

const mine: Article = {
  "id": "mine",
  "published": "2017-05-03",
  "date": "2017-05-01",
  "actor": "Dremmel Coal",
  "title": "Dremmel mine blast: rescuers find more bodies",
  "description": "Relatives waited outside the mine gates for news.",
  "text": "SORVIK, Ostravia (Reuters) - The death toll is expected to climb after the methane explosion at a Dremmel Coal pit near Sorvik on Monday, rescuers said, as they recovered five more bodies from a collapsed gallery 800 meters underground.\n\nThe confirmed toll stands at 19, with seven miners still unaccounted for, said Petr Hollos, head of the regional mine rescue service.\n\n\"The air down there is still bad and the roof is unstable, so we move slowly,\" he told reporters outside the pit.\n\nDremmel Coal, the country's largest private coal producer, said methane levels had been within legal limits when the shift began. Its shares fell 8 percent in Prague-style trading on Tuesday before being suspended.\n\nEconomy Minister Rada Kurtz ordered safety checks at all deep mines. Unions say staff cuts since 2014 have left too few inspectors to monitor ventilation.\n\nThe blast is the worst in the country's mining industry since a 2006 fire killed 31 men at the nearby Hedvik colliery.\n\nAbout 30,000 people work in the Sorvik coal basin, where most pits date from the 1950s. The government had planned to close the least profitable ones by 2020 but postponed the decision last year after protests."
};

test('a mine blast "on Monday" after "the death toll is expected to climb", reported on Wednesday: the main event is dated 2017-05-01', () => {
  assert.ok(daysFound(mine).includes(mine.date));
});

test('a mine blast "on Monday" after "the death toll is expected to climb", reported on Wednesday: Dremmel Coal is among the actors', () => {
  assert.ok(mentions(actorsNamed(mine), mine.actor));
});

const obituary: Article = {
  "id": "obituary",
  "published": "2017-10-16",
  "date": "2017-10-15",
  "actor": "Lenny Ashcombe",
  "title": "Lenny Ashcombe, voice of \"Harbour Lights\", dies at 71",
  "description": "The singer sold more than 30 million records.",
  "text": "By Ciara Molloy, The Guardian\n\nLenny Ashcombe, the husky-voiced singer whose 1979 ballad Harbour Lights became one of the most played songs on British radio, was set to begin a farewell tour in November but died on Sunday at his home in Devon, aged 71.\n\nHis publicist, Marion Frye, said he had been treated for lung cancer since the spring. \"He sang until the very end. He was rehearsing a fortnight ago,\" she said.\n\nBorn in Plymouth in 1946, Ashcombe worked as a docker before his band, the Tidewaiters, was signed by Orrin Records in 1971. After the group split in 1976 he went solo, and Harbour Lights spent nine weeks at number one.\n\nHe won two Ivor Novello awards and was appointed MBE in 2009. Paul Denning, who produced his last album, called him \"the kindest man in a hard business\".\n\nTributes poured in from fellow musicians. The singer Aoife Brennan wrote: \"A voice like a warm coat on a cold night.\"\n\nAshcombe is survived by his wife, Judith, and three children. A private funeral will be held in Devon.\n\nHis later albums sold modestly, but a 2012 television documentary brought Harbour Lights to a new generation, and the song has been streamed more than 200 million times."
};

test('a singer who "was set to begin a farewell tour" but "died on Sunday", reported on Monday: the main event is dated 2017-10-15', () => {
  assert.ok(daysFound(obituary).includes(obituary.date));
});

test('a singer who "was set to begin a farewell tour" but "died on Sunday", reported on Monday: Lenny Ashcombe is among the actors', () => {
  assert.ok(mentions(actorsNamed(obituary), obituary.actor));
});

const leagueTitle: Article = {
  "id": "league-title",
  "published": "2017-05-22",
  "date": "2017-05-20",
  "actor": "Kestrel United",
  "title": "Kestrel United clinch first league title in 31 years",
  "description": "",
  "text": "By Owen Tallis\n\nKestrel United, who will meet Ardmore in the cup final, beat Halden Town 3-1 on Saturday to clinch their first league championship in 31 years.\n\nStriker Femi Adeyemo scored twice in the first half, and captain Luis Soler added a third from a free kick before Halden pulled one back through Dominik Kral.\n\nThousands of fans poured onto the pitch at the final whistle. Police said the celebrations in the town centre went on into the early hours but were largely peaceful, with four arrests.\n\nCoach Marta Lindqvist, who took over in the summer of 2015 with the club fighting relegation, said the title belonged to the supporters. \"Two years ago we were nearly finished. Look at us now,\" she said.\n\nUnited last won the league in 1986, when they were led by her former teammate, the late Alan Birch.\n\nThe club's owners have promised a parade through the town once the season is over.\n\nThe title is worth an estimated 25 million euros in prize money and a place in next season's Champions Cup group stage, a windfall for a club whose annual budget is among the smallest in the division.\n\nAdeyemo, 23, finished the season with 21 league goals, the most by a United player since 1991."
};

test('a title clinched "on Saturday" by a team "who will meet" a rival in a final, reported on Monday: the main event is dated 2017-05-20', () => {
  assert.ok(daysFound(leagueTitle).includes(leagueTitle.date));
});

test('a title clinched "on Saturday" by a team "who will meet" a rival in a final, reported on Monday: Kestrel United is among the actors', () => {
  assert.ok(mentions(actorsNamed(leagueTitle), leagueTitle.actor));
});

const transition: Article = {
  "id": "transition",
  "published": "2016-11-19",
  "date": "2016-11-18",
  "actor": "Harlan Voss",
  "title": "President-elect meets former rival, discusses Cabinet role",
  "description": "Harlan Voss and Gerald Minton spent more than an hour together.",
  "text": "By Melissa Trent and Jorge Abreu\nUpdated 9:15 AM ET, Sat November 19, 2016\n\nPresident-elect Harlan Voss met with former Gov. Gerald Minton, one of his sharpest critics during the Republican primaries, at his golf club in Bellmoor, New Jersey, on Friday, fueling speculation that Minton is under consideration for secretary of state.\n\nThe two men spoke for more than an hour and emerged together for photographers but took no questions. \"We had a far-reaching conversation,\" Minton said later in a statement. \"I look forward to continuing it.\"\n\nVoss's transition team said the president-elect would hold more meetings at the club through the weekend, including with retired Gen. Dwight Halloran.\n\nMinton called Voss \"a danger to the republic\" in a speech in March and did not attend the party's convention in July. Transition spokeswoman Keira Lund said on Friday that Voss \"does not hold grudges against people who want to serve their country.\"\n\nVoss won the Nov. 8 election with 306 electoral votes and will be inaugurated on Jan. 20.\n\nPhoto: President-elect Harlan Voss and Gerald Minton shake hands in Bellmoor, New Jersey, November 18, 2016."
};

test('a transition meeting on Friday, reported on Saturday: the main event is dated 2016-11-18', () => {
  assert.ok(daysFound(transition).includes(transition.date));
});

test('a transition meeting on Friday, reported on Saturday: Harlan Voss is among the actors', () => {
  assert.ok(mentions(actorsNamed(transition), transition.actor));
});

const awards: Article = {
  "id": "awards",
  "published": "2017-02-27",
  "date": "2017-02-26",
  "actor": "Paloma Reyes",
  "title": "\"The Salt Road\" takes best picture as Reyes makes history",
  "description": "The ceremony ran nearly four hours.",
  "text": "By Dev Chaudhry, Entertainment Correspondent\n\nLOS ANGELES — \"The Salt Road\" won best picture at the Academy-style Lumen Awards on Sunday night, and its director, Paloma Reyes, became the first Latin American woman to win best director in the prize's 62-year history.\n\nReyes, 39, thanked her grandmother, \"who taught me that every road has salt on it,\" and dedicated the award to \"every girl in Veracruz with a camera.\"\n\nVeteran actor Conrad Mayhew won best actor for the legal drama \"The Witness Stand,\" 34 years after his first nomination. Best actress went to Ingrid Solberg for \"Northern Crossing.\"\n\nThe evening's only hitch came when the host, comedian Jerome Pike, mispronounced a nominee's name twice, drawing groans from the audience.\n\nRatings were down 6 percent from last year, according to preliminary figures released on Monday.\n\nThe Salt Road, made for about $4 million, follows two sisters walking across a desert to reach their dying father. It was turned down by three studios before a small distributor bought it at a festival in 2016.\n\nPhoto: Paloma Reyes holds her award at the ceremony in Los Angeles, Feb. 26, 2017. (Reuters/Lisa Moreau)"
};

test('an awards night "Sunday night", reported on Monday: the main event is dated 2017-02-26', () => {
  assert.ok(daysFound(awards).includes(awards.date));
});

test('an awards night "Sunday night", reported on Monday: Paloma Reyes is among the actors', () => {
  assert.ok(mentions(actorsNamed(awards), awards.actor));
});

const coup: Article = {
  "id": "coup",
  "published": "2017-08-19",
  "date": "2017-08-18",
  "actor": "Benedek Oruma",
  "title": "Coup attempt crushed in Sembara, government says",
  "description": "Gunfire was heard near the presidential palace for several hours.",
  "text": "By Nadia Osei, Al Jazeera\n\nSoldiers loyal to President Aminata Kollo have put down an attempted coup in Sembara, the government said on Saturday, after a night of heavy gunfire in the capital, Lomara.\n\nA group of officers led by Colonel Benedek Oruma seized the state broadcaster late Friday and read a statement announcing the dissolution of the government and a nationwide curfew.\n\nLoyalist troops retook the broadcaster overnight, Defence Minister Samuel Achebe-Dunn said in a televised address. He said 14 people had been killed and more than 60 arrested. Oruma's whereabouts were unknown.\n\nResidents described hours of shooting near the presidential palace. \"We lay on the floor all night,\" said Fatou Dembe, a teacher who lives two streets away.\n\nKollo, who was re-elected in 2015, was abroad at the time and was due to return on Sunday, officials said.\n\nSembara has seen three successful coups since independence in 1961, the last in 1998. The African Union condemned \"any attempt to seize power by force.\"\n\nAnalysts said the attempt reflected anger in parts of the army over unpaid wages and a stalled campaign against rebels in the north."
};

test('a coup attempt "late Friday" and "overnight", reported on Saturday: the main event is dated 2017-08-18', () => {
  assert.ok(daysFound(coup).includes(coup.date));
});

test('a coup attempt "late Friday" and "overnight", reported on Saturday: Benedek Oruma is among the actors', () => {
  assert.ok(mentions(actorsNamed(coup), coup.actor));
});

const aircrash: Article = {
  "id": "aircrash",
  "published": "2017-03-16",
  "date": "2017-03-14",
  "actor": "Arvane Air",
  "title": "Investigators recover black boxes from Arvane Air jet",
  "description": "All 96 people on board were killed.",
  "text": "AMBERLY, Dessia (AP) — Investigators will examine the flight recorders of the Arvane Air jet that crashed Tuesday shortly after takeoff from Amberly, the country's civil aviation authority said.\n\nBoth recorders were found in good condition in a field about 6 kilometers from the runway, authority chief Miroslav Dunca told reporters. They will be sent to a laboratory abroad for analysis.\n\nThe twin-engine plane, bound for the coastal city of Lessa, climbed to about 1,500 meters before it lost contact with the control tower. Witnesses described seeing smoke trailing from one engine.\n\nArvane Air, a budget carrier founded in 2009, grounded its four other planes of the same type pending checks. \"Our hearts are with the families,\" chief executive Tamsin Orlo said in a video statement.\n\nFamilies will gather on Sunday for a memorial service for the victims of Tuesday's crash, the worst in the country's history.\n\nThe aircraft had passed a safety inspection in January, according to the airline. The authority said a preliminary report would be published within 30 days.\n\nDessia's last fatal air accident was in 2004, when a cargo plane crashed into a hillside near the capital, killing its five crew members."
};

test('an air crash named as "the jet that crashed Tuesday" in a sentence about what investigators will do, reported on Thursday: the main event is dated 2017-03-14', () => {
  assert.ok(daysFound(aircrash).includes(aircrash.date));
});

test('an air crash named as "the jet that crashed Tuesday" in a sentence about what investigators will do, reported on Thursday: Arvane Air is among the actors', () => {
  assert.ok(mentions(actorsNamed(aircrash), aircrash.actor));
});

const ukToday: Article = {
  "id": "uk-today",
  "published": "2016-11-17",
  "date": "2016-11-16",
  "actor": "Fiona Harcastle",
  "title": "Health minister quits over hospital waiting list scandal",
  "description": "Fiona Harcastle said she took full responsibility.",
  "text": "By Gareth Lowe, Political Editor For The Daily Mail\nPublished: 22:41 GMT, 16 November 2016 | Updated: 01:12 GMT, 17 November 2016\n\nHealth minister Fiona Harcastle sensationally quit today over a scandal involving doctored hospital waiting lists, becoming the third minister to leave the government this year.\n\nIn a letter to the Prime Minister, she said she took 'full responsibility' for failings at the Department of Health, where officials were found to have moved thousands of patients off waiting lists to meet targets.\n\nThe Prime Minister, Alistair Gough, accepted her resignation 'with great regret' and praised her 'tireless work for patients'.\n\nLabour's health spokesman, Neil Bradwell, said the resignation was 'long overdue'. 'The cover-up went on for months on her watch,' he said.\n\nAn independent review published last week found that 14 hospital trusts had manipulated figures between 2014 and 2016.\n\nMrs Harcastle, 52, MP for Thornby since 2005, was appointed health minister in July. She is expected to be replaced by junior minister Caroline Price.\n\nThe waiting list scandal first came to light in March after a whistleblower at Thornby General Hospital contacted a local newspaper. Ministers initially dismissed the claims as 'isolated errors'."
};

test('a resignation "today" in a story published late the evening before its publication date: the main event is dated 2016-11-16', () => {
  assert.ok(daysFound(ukToday).includes(ukToday.date));
});

test('a resignation "today" in a story published late the evening before its publication date: Fiona Harcastle is among the actors', () => {
  assert.ok(mentions(actorsNamed(ukToday), ukToday.actor));
});

const isoStamp: Article = {
  "id": "iso-stamp",
  "published": "2016-12-01",
  "date": "2016-11-30",
  "actor": "Harlan Voss",
  "title": "Voss picks banker Leland Crane for Treasury",
  "description": "",
  "text": "Posted 2016-11-30T23:05:44Z\nBy Ben Ashworth, Washington Correspondent\n\nPresident-elect Harlan Voss this evening named Leland Crane, a former investment banker and his campaign's finance chairman, as his nominee for Treasury secretary, the transition team said.\n\nCrane, 53, spent 17 years at the bank Hollister Brook before founding his own hedge fund in 2004. He has never held public office.\n\n\"Leland understands how money works, and he understands how it doesn't,\" Voss said in a statement.\n\nDemocrats signaled a tough confirmation fight. Senator Paula Grimaldi said Crane's firm had profited from foreclosures after the 2008 financial crisis and that she would question him closely.\n\nCrane would succeed Treasury Secretary Martin Oyler, who has held the job since 2013. The Senate Finance Committee is expected to hold hearings in January.\n\nVoss has filled six cabinet posts since winning the election on Nov. 8.\n\nCrane has donated to candidates of both parties, records show. He gave $2,700 to Grimaldi's own re-election campaign in 2012, according to filings with the Federal Election Commission.\n\nFinancial markets took the news calmly. Bank stocks, which have risen sharply since the election, edged higher in late trading.\n\nThe transition team said more announcements were likely before the end of the week."
};

test('a cabinet pick announced "this evening", with only a machine timestamp giving the day: Harlan Voss is among the actors', () => {
  assert.ok(mentions(actorsNamed(isoStamp), isoStamp.actor));
});

const caption: Article = {
  "id": "caption",
  "published": "2017-03-21",
  "date": "2017-03-18",
  "actor": "Veldhaven Citizens' Alliance",
  "title": "Tens of thousands march against pension reform",
  "description": "Organisers plan more protests.",
  "text": "By Ilse de Wit, DW\n\nOrganisers of the largest protest in Veldhaven in a decade say they will return to the streets unless the government withdraws its pension reform, after tens of thousands joined Saturday's march.\n\nThe Veldhaven Citizens' Alliance, which called the protest, said 120,000 people took part. Police put the number at 45,000.\n\nMarchers walked from the central station to parliament carrying banners reading \"Work until you die?\" The plan would raise the retirement age from 65 to 68 by 2030.\n\nLabour Minister Joost Ravel said the government would not back down. \"We respect the right to protest, but the numbers do not add up,\" he told state television.\n\nThe alliance has called a general strike for April 6.\n\nThe reform is part of a package of spending cuts the government agreed with its coalition partners in 2016. Economists say the pension system faces a deficit of several billion euros a year by the middle of the next decade.\n\nSmaller rallies were held in at least nine other towns, according to the alliance.\n\nThe alliance says it represents more than 40 unions, pensioner groups and student associations.\n\nPhoto: Protesters outside parliament in Veldhaven on March 18, 2017. (DW/M. Janssen)"
};

test('a march named "Saturday" in a future-tinged sentence, dated in the photo caption: the main event is dated 2017-03-18', () => {
  assert.ok(daysFound(caption).includes(caption.date));
});

const recall: Article = {
  "id": "recall",
  "published": "2017-10-04",
  "date": "2017-10-04",
  "actor": "Harland Motors",
  "title": "Harland Motors recalls 310,000 SUVs over brake fault",
  "description": "The automaker says no injuries have been reported.",
  "text": "By Kevin Marsh, Reuters\n\nHarland Motors is recalling about 310,000 sport utility vehicles in North America because a faulty brake hose can leak fluid and lengthen stopping distances, the company said.\n\nThe recall covers Harland Ridgeback models built between August 2014 and March 2016 at its plant in Dorrance, Ohio. The company said it knew of 37 complaints but no crashes or injuries.\n\nDealers will replace the hoses free of charge. Owners will be notified by mail starting in November, according to a filing with the National Highway Traffic Safety Administration.\n\nThe recall is Harland's fourth this year. In May, it recalled 95,000 pickups over faulty airbag sensors, and in 2015 it paid a $40 million civil penalty for delays in reporting defects.\n\nHarland shares were little changed in morning trading.\n\nThe Ridgeback, Harland's best-selling model, was redesigned for the 2017 model year. The company said vehicles built after March 2016 use a different hose supplier and are not affected.\n\nOwners with questions can call Harland customer service or check their vehicle identification number on the company's website. Dealers have been told to stop selling affected vehicles from their used-car lots."
};

test('a recall announced on the day of publication, never naming the day: the main event is dated 2017-10-04', () => {
  assert.ok(daysFound(recall).includes(recall.date));
});

test('a recall announced on the day of publication, never naming the day: Harland Motors is among the actors', () => {
  assert.ok(mentions(actorsNamed(recall), recall.actor));
});

/**
 * Known misses (not asserted):
 * - tonight-vote: a late-night vote written as "tonight" in an evening story dated the next day — 2017-07-27 is not found
 * - iso-stamp: a cabinet pick announced "this evening", with only a machine timestamp giving the day — 2016-11-30 is not found
 * - caption: a march named "Saturday" in a future-tinged sentence, dated in the photo caption — Veldhaven Citizens' Alliance is not among the actors
 */
