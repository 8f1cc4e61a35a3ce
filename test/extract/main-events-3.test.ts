import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysFound, dated, actorsNamed, mentions, type EventArticle as Article } from '../support/event-sets.ts';
/**
 * Third round of fictional news articles (2016-2018 styles: wire, broadcaster, broadsheet, tabloid,
 * local paper, tech and business sites), each with the day its main event happened — mostly not the
 * publication day — and its main actor, read as title, teaser and body (as the benchmark scores them).
 * An article's main event counts as dated when any event or any date mention carries that day (or,
 * where only a month is known, a day or month inside it); its actor counts as found when an event's
 * actors contain a capitalised word of the actor's name. Every person, place and organisation is
 * invented. Only what the extractor gets right today is asserted; known misses are listed at the end.
 */
const sewageFine: Article = {
  "id": "sewage-fine",
  "published": "2017-05-17",
  "date": "2017-05-16",
  "actor": "Harrowgate Water",
  "title": "Harrowgate Water fined record £14m for pumping sewage into Ulverdale rivers",
  "description": "Judge says utility showed 'shocking disregard' for the environment after more than 600 illegal spills",
  "text": "Sandra Okoye Environment correspondent\nWed 17 May 2017 06.00 BST\n\nHarrowgate Water has been fined a record £14m for pumping raw sewage into rivers and streams across Ulverdale over five years, in what a judge described as \"a shocking disregard\" for the environment.\n\nSentencing the company at Kelderby crown court yesterday, Judge Fiona Ashcombe said the utility had allowed more than 600 illegal discharges between 2011 and 2016 and had misled regulators about the scale of the problem.\n\n\"This was not a one-off accident. It was a pattern of conduct, tolerated at a senior level, in which profit was put before the health of rivers and the people who use them,\" she said.\n\nThe company pleaded guilty in March to 48 charges brought by the Rivers Agency, the largest prosecution of its kind.\n\nInvestigators found that staff at two treatment works near Ashby Moor had switched off alarms that would have alerted them to overflows, and that records submitted to the regulator had been altered on at least nine occasions. One spill, in August 2014, killed an estimated 20,000 fish along a four-mile stretch of the River Tarne.\n\nHarrowgate Water, which serves 2.3 million customers, said it accepted the judgment \"in full\" and apologised. Its chief executive, Martin Deverell, said: \"We let our customers and the environment down. We have changed the leadership at the sites concerned and invested £40m in new monitoring equipment.\"\n\nCampaigners welcomed the fine but said it was small compared with the company's profits, which reached £310m last year. \"Fourteen million pounds is a rounding error for a business like this,\" said Clare Obi of the Ulverdale Rivers Trust. \"Until directors face personal consequences, nothing will change.\"\n\nThe fine surpasses the previous record of £9.6m, imposed on another water company in 2015. Ministers have faced pressure to give regulators stronger powers after a string of prosecutions.\n\nA spokesperson for the environment department said the sentence \"sends a clear message that polluters will pay\".\n\nShares in Harrowgate's parent company, Norcastle Utilities, are expected to come under pressure when trading opens this morning.\n\nThe company has 28 days to appeal."
};
test('a court fine reported the next morning as "yesterday" in a British broadsheet: the main event is dated 2017-05-16', () => {
  assert.ok(dated(daysFound(sewageFine), sewageFine.date));
});
test('a court fine reported the next morning as "yesterday" in a British broadsheet: Harrowgate Water is among the actors', () => {
  assert.ok(mentions(actorsNamed(sewageFine), sewageFine.actor));
});
const rallyArrest: Article = {
  "id": "rally-arrest",
  "published": "2017-09-18",
  "date": "2017-09-16",
  "actor": "Dmitar Kovanec",
  "title": "Opposition leader Kovanec held after police break up Velgrad rally",
  "description": "A court is due to decide whether he stays in custody.",
  "text": "VELGRAD, Dravonia (AP) — Dravonian police detained opposition leader Dmitar Kovanec on Saturday as they broke up an anti-government rally in the capital with tear gas and batons, his party said, in the most serious crackdown since protests began in June.\n\nKovanec, 46, was bundled into an unmarked van as he addressed several thousand supporters in Liberty Square, according to witnesses and video posted online. Police said 112 people were detained in all and 17 officers were injured.\n\nA court in Velgrad was due to rule Monday on a prosecutor's request to keep Kovanec in custody for 30 days on charges of organizing mass unrest, which carry a sentence of up to eight years. His lawyer, Ana Brezic, said she had not been allowed to see him until Sunday evening.\n\n\"He is being held because he is the only person who can beat the president in a fair election,\" Brezic told The Associated Press by phone.\n\nPresident Luka Tarvanic's office said the rally had not been authorized and accused organizers of trying to \"storm state institutions.\" Interior Minister Goran Pelic said police had acted \"with restraint.\"\n\nThe European Union's foreign policy chief called for Kovanec's immediate release, and the U.S. Embassy in Velgrad said it was \"deeply concerned\" by the arrests.\n\nThe protests began after parliament passed a law in June that critics say gives the president control over the appointment of judges. Kovanec's Freedom Alliance has called another rally for Sept. 23.\n\nDravonia, a nation of 7 million, is due to hold parliamentary elections next spring.\n\n___\n\nAssociated Press writer Milan Oberst in Vienna contributed to this report."
};
test('an opposition leader detained "on Saturday", reported on Monday with a court hearing due that day: the main event is dated 2017-09-16', () => {
  assert.ok(dated(daysFound(rallyArrest), rallyArrest.date));
});
test('an opposition leader detained "on Saturday", reported on Monday with a court hearing due that day: Dmitar Kovanec is among the actors', () => {
  assert.ok(mentions(actorsNamed(rallyArrest), rallyArrest.actor));
});
const startupLayoffs: Article = {
  "id": "startup-layoffs",
  "published": "2018-02-13",
  "date": "2018-02-07",
  "actor": "Pellucid Labs",
  "title": "Pellucid Labs cuts 200 jobs as funding round collapses",
  "description": "The augmented-reality startup told staff last week; investors balked at a $1.1bn valuation.",
  "text": "By Jonah Feld, TechLedger\n\nPellucid Labs, the augmented-reality startup once valued at more than $1 billion, has laid off about 200 employees, or roughly a third of its workforce, after a planned funding round fell apart, according to people familiar with the matter and internal messages seen by TechLedger.\n\nThe cuts were announced to staff in an all-hands meeting last week. In a memo sent the same day, Feb. 7, co-founder and chief executive Anika Sorensen wrote that the company needed to \"extend our runway and focus relentlessly on shipping.\"\n\n\"This is the hardest message I've ever had to write,\" Sorensen said in the memo. \"The people leaving have built something remarkable.\"\n\nPellucid, based in Redwood Hollow, California, has raised $480 million since 2013, including from two large chipmakers. It had been in talks since the autumn to raise a further $250 million at a valuation of about $1.1 billion, but the lead investor pulled out in January, two of the people said.\n\nThe company's headset, the Lumen, was due to ship in the second half of 2017 but has been delayed twice. Developers who attended a demonstration in December said the device still overheated after about 40 minutes of use.\n\nMost of the layoffs hit the hardware and marketing teams. Departing employees will receive eight weeks of severance and continued health insurance until June, according to the memo.\n\nA Pellucid spokesperson confirmed \"a restructuring\" but declined to give numbers. \"We remain fully committed to bringing Lumen to customers this year,\" the spokesperson said.\n\nThe cuts come as investors grow warier of consumer hardware. Two other AR companies, Halo Optic and Vantage Reality, have shut down since October, and venture funding for headset makers fell by almost half last year, according to the research firm Seedline.\n\nUpdate, 11:20 a.m. PT: A former employee said staff in the company's Portside office were told on Monday that the office would close in April."
};
test('layoffs told to staff "last week", the day given once as "the same day, Feb. 7", with a later update naming Monday: the main event is dated 2018-02-07', () => {
  assert.ok(dated(daysFound(startupLayoffs), startupLayoffs.date));
});
test('layoffs told to staff "last week", the day given once as "the same day, Feb. 7", with a later update naming Monday: Pellucid Labs is among the actors', () => {
  assert.ok(mentions(actorsNamed(startupLayoffs), startupLayoffs.actor));
});
const budgetVote: Article = {
  "id": "budget-vote",
  "published": "2017-11-10",
  "date": "2017-11-09",
  "actor": "Ostrelland's parliament",
  "title": "Ostrelland parliament passes austerity budget after marathon debate",
  "description": "",
  "text": "HAVNBORG (Reuters) - Ostrelland's parliament approved a 2018 budget with 4.2 billion crowns of spending cuts late on Thursday, handing Prime Minister Saskia Venn a narrow victory after weeks of wrangling within her three-party coalition.\n\nThe Landsrat voted 91-86 in favour after a debate that lasted more than 11 hours, with two members of the junior coalition partner, the Rural League, abstaining.\n\nThe budget raises the pension age by a year to 68, freezes public sector wages and cuts subsidies for wind power, measures Venn says are needed to bring the deficit below 3 percent of gross domestic product by 2019 as required by the country's fiscal rules.\n\n\"This was not a budget anyone loved, but it is a budget the country needed,\" Venn told reporters outside the chamber shortly after midnight.\n\nOpposition Social Democrat leader Jens Aakerholt said the cuts would hit the poorest hardest and vowed to reverse them if his party won the next election, due by September 2019.\n\nUnions have called a one-day public sector strike for Nov. 21.\n\nThe crown firmed 0.3 percent against the euro on Friday morning. Ratings agency Halden Ratings, which put Ostrelland's A+ rating on negative watch in July, said it would review the budget in the coming weeks.\n\nThe vote capped a turbulent autumn for Venn's government. In October, Finance Minister Per Lindqvist resigned after clashing with the Rural League over farm subsidies, and the coalition survived a no-confidence motion on Oct. 26 by just three votes.\n\n(Reporting by Mette Skov; Editing by Alison Wray)"
};
test('a budget passed "late on Thursday", reported Friday, with the prime minister speaking "shortly after midnight": the main event is dated 2017-11-09', () => {
  assert.ok(dated(daysFound(budgetVote), budgetVote.date));
});
test('a budget passed "late on Thursday", reported Friday, with the prime minister speaking "shortly after midnight": Ostrelland\'s parliament is among the actors', () => {
  assert.ok(mentions(actorsNamed(budgetVote), budgetVote.actor));
});
const mountainRescue: Article = {
  "id": "mountain-rescue",
  "published": "2017-07-31",
  "date": "2017-07-30",
  "actor": "Glen Morrach Mountain Rescue Team",
  "title": "Ben Carrach: Climbers rescued from ledge after nine-hour ordeal",
  "description": "Two men were stranded on the mountain's north face in thick cloud and rain.",
  "text": "Two climbers who spent nine hours stranded on a narrow ledge on Ben Carrach have been rescued in a \"very challenging\" operation.\n\nMembers of Glen Morrach Mountain Rescue Team reached the men, both in their 20s, in the early hours of Sunday after they became cragfast on the mountain's north face.\n\nThe pair, from the Harrowfield area, raised the alarm at about 16:30 BST on Saturday using a mobile phone. Thick cloud prevented a coastguard helicopter from reaching them, so a team of 18 volunteers climbed in darkness and heavy rain.\n\nTeam leader Iain MacRury said the rescuers finally reached the ledge at about 02:15 and lowered the men 150m to safer ground using ropes. They were walked off the hill and arrived at the team's base in Kinlochmorrach shortly after 07:00.\n\n\"They were cold and very tired, but they'd done the right thing by staying put and calling for help,\" Mr MacRury said. \"Another hour or two of that weather and it would have been a different story.\"\n\nNeither man needed hospital treatment.\n\nIt was the team's 61st call-out of the year, compared with 48 by the same point in 2016. Mr MacRury said many incidents involved walkers following routes on smartphone apps without proper maps or equipment.\n\nThe north face of Ben Carrach, one of the most popular climbing venues in the Morrach range, has claimed seven lives since 2010.\n\nPolice said the climbers had been \"well equipped\" but had been caught out by a sudden change in conditions.\n\nThe Morrach Mountaineering Council urged summer visitors to check the forecast before setting out and to carry a head torch, a map and a compass."
};
test('a rescue completed "in the early hours of Sunday" after an alarm raised on Saturday, reported on Monday: the main event is dated 2017-07-30', () => {
  assert.ok(dated(daysFound(mountainRescue), mountainRescue.date));
});
test('a rescue completed "in the early hours of Sunday" after an alarm raised on Saturday, reported on Monday: Glen Morrach Mountain Rescue Team is among the actors', () => {
  assert.ok(mentions(actorsNamed(mountainRescue), mountainRescue.actor));
});
const mayorObituary: Article = {
  "id": "mayor-obituary",
  "published": "2016-12-08",
  "date": "2016-12-03",
  "actor": "Gil Abernathy",
  "title": "Gil Abernathy, Pine Hollow's mayor for 16 years, dies at 81",
  "description": "Services will be held Dec. 12 at First Methodist Church.",
  "text": "By Teresa Whitlow\nPine Hollow Courier\n\nGilbert \"Gil\" Abernathy, who served four terms as mayor of Pine Hollow and oversaw the rebuilding of downtown after the 1989 flood, died Dec. 3 at his home on Sycamore Lane. He was 81.\n\nHis daughter, Carol Abernathy-Reese, said he died peacefully after a long illness, surrounded by family.\n\nBorn in 1935 in nearby Cullen Springs, Abernathy served in the Army before returning to run his father's hardware store on Main Street, which he kept open until 2004. He was elected to the city council in 1975 and won his first mayoral race in 1985.\n\nIt was the flood of April 1989 that defined his time in office. When the Tallow River rose 14 feet in a single night and swamped 300 homes, Abernathy slept at City Hall for nearly two weeks, coordinating volunteers and lobbying the state for emergency money.\n\n\"Gil didn't wait for anybody's permission,\" said former council member Dolores Vance, who served alongside him for a decade. \"He just started handing out shovels.\"\n\nUnder his leadership the city built the flood wall along Front Street, opened its first library branch on the east side and lured the Kessler Tool plant, which still employs about 400 people.\n\nAbernathy did not seek re-election in 2001, saying it was \"time for younger legs.\" He remained a fixture at council meetings, often sitting in the front row with a thermos of coffee.\n\nMayor Rhonda Pike ordered flags at City Hall lowered to half-staff through Monday. \"Pine Hollow is a city that looks the way it does because of Gil Abernathy,\" she said in a statement Tuesday.\n\nHe is survived by his wife of 58 years, Marjorie; two daughters; five grandchildren and two great-grandchildren.\n\nVisitation will be from 5 to 8 p.m. Dec. 11 at Holloway Funeral Home. A funeral service will be held at 11 a.m. Dec. 12 at First Methodist Church, with burial to follow at Oak Ridge Cemetery.\n\nIn lieu of flowers, the family asks that donations be made to the Pine Hollow Library Foundation."
};
test('a local obituary: died "Dec. 3", with visitation and funeral dates in the following week: the main event is dated 2016-12-03', () => {
  assert.ok(dated(daysFound(mayorObituary), mayorObituary.date));
});
test('a local obituary: died "Dec. 3", with visitation and funeral dates in the following week: Gil Abernathy is among the actors', () => {
  assert.ok(mentions(actorsNamed(mayorObituary), mayorObituary.actor));
});
const takeoverTimezone: Article = {
  "id": "takeover-timezone",
  "published": "2017-03-22",
  "date": "2017-03-21",
  "actor": "Calverton Systems",
  "title": "Calverton Systems to buy Hanbay's Meridia Networks for US$6.8b",
  "description": "Shares of the chip-testing firm jump 31 per cent in early trade after the American deal.",
  "text": "HANBAY - American technology group Calverton Systems has agreed to buy Hanbay-listed Meridia Networks for US$6.8 billion (HB$9.5 billion) in cash, in what would be the largest foreign takeover of a local tech company.\n\nThe deal was announced in the United States on Tuesday (March 21) after the close of trading there, or early on Wednesday morning Hanbay time. Calverton will pay HB$4.10 a share, a 38 per cent premium to Meridia's last traded price.\n\nMeridia shares surged 31 per cent to HB$3.88 when trading opened on Wednesday morning, before easing slightly. About 41 million shares changed hands in the first hour.\n\nCalverton chief executive Douglas Reyes said the acquisition would give the company \"a world-class engineering base in Asia\" and access to Meridia's customers among the region's smartphone makers.\n\nMeridia, founded in 1998 by engineer Tan Wei Leng, makes equipment used to test network chips and employs about 2,600 people, 1,100 of them in Hanbay. Mr Tan, who owns about 14 per cent of the company, has agreed to vote in favour of the deal.\n\n\"This is a good outcome for shareholders and for our people,\" Mr Tan said in a statement to the Hanbay Exchange. He will stay on as head of Asia operations for the combined company.\n\nThe deal requires approval from Meridia shareholders and from competition regulators in several countries, and is expected to close by the end of the year.\n\nAnalysts said the price was generous. \"Calverton is paying for growth it can't build quickly on its own,\" said Ms Ong Li Ting, an analyst at Straits Equity Research. \"But for Meridia's shareholders, it's hard to say no.\"\n\nThe Hanbay Economic Board said it welcomed the investment and had received assurances that the company's research centre in Kallang Point would be expanded.\n\nMeridia's shares had fallen 22 per cent over the past year amid a slowdown in orders from handset makers."
};
test('a US takeover announced "on Tuesday (March 21)" after the US close, reported on Wednesday morning in an Asian city-state: the main event is dated 2017-03-21', () => {
  assert.ok(dated(daysFound(takeoverTimezone), takeoverTimezone.date));
});
test('a US takeover announced "on Tuesday (March 21)" after the US close, reported on Wednesday morning in an Asian city-state: Calverton Systems is among the actors', () => {
  assert.ok(mentions(actorsNamed(takeoverTimezone), takeoverTimezone.actor));
});
const railStrike: Article = {
  "id": "rail-strike",
  "published": "2017-10-05",
  "date": "2017-10-09",
  "actor": "Rail and Maritime Workers' Federation",
  "title": "Rail workers to walk out on Monday as pay talks collapse",
  "description": "Commuters warned of 'severe disruption' on Tarrant Rail routes.",
  "text": "Commuters across the south of Kellshire face severe disruption on Monday after members of the Rail and Maritime Workers' Federation (RMWF) voted to stage a 24-hour strike in a dispute over pay and the role of guards.\n\nTalks between the union and Tarrant Rail broke down on Wednesday evening after nine hours, the union said. Its members will walk out from 00:01 on Monday.\n\nTarrant Rail, which runs 1,900 services a day, said it expected to operate fewer than half of its trains and urged passengers to work from home if they could. No trains will run at all on the Harwick and Sellmouth branch lines.\n\nRMWF general secretary Frank Moyles said the company had \"walked away from the table\" after offering a 1.8% increase, well below inflation. \"Our members have not taken this decision lightly. But they will not stand by while the company removes guards from trains and puts passengers at risk,\" he said.\n\nTarrant Rail's managing director, Helen Stroud, said the offer was \"fair and affordable\" and accused the union of \"holding passengers to ransom\". She said the company had guaranteed that no guard would lose their job.\n\nIt will be the seventh strike on the network this year. The last, on 28 August, wrecked the bank holiday getaway for thousands of families.\n\nThe union has warned that further walkouts could follow in November if no agreement is reached. A ballot of drivers, who are represented by a separate union, closes on 17 October.\n\nPassenger group Kellshire Rail Users said season-ticket holders should be compensated. \"People are paying £4,000 a year for a service that simply isn't there,\" said its chair, Priya Nandra.\n\nThe transport department said it was \"disappointed\" and urged both sides to return to talks, which the Conciliation Service has offered to host on Friday."
};
test('a strike announced for "Monday" (a future day), the headline event, reported on the Thursday before: the main event is dated 2017-10-09', () => {
  assert.ok(dated(daysFound(railStrike), railStrike.date));
});
test('a strike announced for "Monday" (a future day), the headline event, reported on the Thursday before: Rail and Maritime Workers\' Federation is among the actors', () => {
  assert.ok(mentions(actorsNamed(railStrike), railStrike.actor));
});
const tabloidCollapse: Article = {
  "id": "tabloid-collapse",
  "published": "2018-04-14",
  "date": "2018-04-13",
  "actor": "Kayleigh Tremlett",
  "title": "Love Villa's Kayleigh Tremlett rushed to hospital after collapsing on dance floor at Puerto Salino club",
  "description": "Reality star, 26, was 'dancing one minute and on the floor the next', says pal",
  "text": "By Chloe Barnard For The Daily Globe\nPUBLISHED: 09:14 BST, 14 April 2018\n\nLove Villa star Kayleigh Tremlett was rushed to hospital last night after collapsing on the dance floor of a nightclub in Puerto Salino.\n\nThe 26-year-old, who found fame on the hit dating show in 2016, was celebrating a friend's birthday at the exclusive Club Azur when she fell ill at about 11pm, onlookers said.\n\nOne clubber told the Globe: \"She was dancing one minute and on the floor the next. Her friends were screaming for someone to call an ambulance.\"\n\nParamedics treated Kayleigh at the scene before taking her to Hospital San Rafael, where she was kept in overnight for tests.\n\nA spokesman for the star said this morning: \"Kayleigh is feeling much better and is grateful to the staff for their care. She had been unwell with a virus earlier in the week and had not eaten properly. She wants to reassure fans she is fine.\"\n\nHer boyfriend, footballer Jordan Mabey, 24, who plays for Harwick City, is flying out to be by her side, friends said.\n\nIt has been a whirlwind year for Kayleigh, who launched her own swimwear range in February and is rumoured to be in talks to join the next series of celebrity skating show Frozen Stars.\n\nShe shared a photo from her hospital bed in the early hours, showing a drip attached to her hand, with the caption: \"Not how I planned to spend Friday night... thanks for all the love xx.\"\n\nThe post had been liked more than 80,000 times by 8am.\n\nLast month Kayleigh revealed she had been struggling with anxiety since leaving the villa, telling fans: \"It's not all glamour, guys.\""
};
test('a tabloid "last night" in a Saturday paper, with "this morning" updates and the star\'s own "Friday night" caption: the main event is dated 2018-04-13', () => {
  assert.ok(dated(daysFound(tabloidCollapse), tabloidCollapse.date));
});
test('a tabloid "last night" in a Saturday paper, with "this morning" updates and the star\'s own "Friday night" caption: Kayleigh Tremlett is among the actors', () => {
  assert.ok(mentions(actorsNamed(tabloidCollapse), tabloidCollapse.actor));
});
const bankHeist: Article = {
  "id": "bank-heist",
  "published": "2017-08-17",
  "date": "2017-08-14",
  "actor": "Sonkar gang",
  "title": "Rs 2.3 crore looted from Kalinagar bank, Sonkar gang suspected",
  "description": "CCTV shows five masked men; police form four teams to track the accused.",
  "text": "KALINAGAR: Armed men suspected to belong to the notorious Sonkar gang decamped with cash and gold ornaments worth Rs 2.3 crore from the Kalinagar branch of the Deshmukh Cooperative Bank on the intervening night of August 14 and 15, police said on Wednesday.\n\nThe robbery came to light only on Wednesday morning when staff reopened the branch after the Independence Day holiday and found a hole cut through the rear wall of the strongroom, superintendent of police (SP) Rajesh Tandon told reporters.\n\n\"Prima facie, the accused entered through an adjoining vacant shop, which they had rented a month ago under a fake name. They worked through the night using gas cutters,\" Tandon said.\n\nCCTV footage from a nearby jewellery showroom shows five masked men loading bags into a white SUV at around 11.40 pm on Monday. The vehicle was later found abandoned near the Rampur toll plaza, about 40 km away.\n\nPolice have formed four teams to trace the accused. The Sonkar gang, allegedly led by Bhola Sonkar, 38, is wanted in at least 11 bank robberies across three districts since 2014. Sonkar escaped from police custody in March last year while being taken to a court hearing.\n\nBranch manager Sunita Mehra said the vault held Rs 1.6 crore in cash and gold pledged by around 300 customers against loans. \"We had requested extra patrolling before the long weekend. Customers are very worried about their gold,\" she said.\n\nBank officials said the alarm system had been disconnected, apparently from inside the vacant shop, and the security guard had been on leave since August 12.\n\nAngry customers gathered outside the branch on Thursday, demanding that the bank compensate them. Bank chairman Vinod Deshmukh assured them that all pledged gold was insured.\n\nThe district collector has ordered a security audit of all bank branches in Kalinagar."
};
test('an Indian-English crime report: "on the intervening night of August 14 and 15", discovered after a holiday and reported days later: the main event is dated 2017-08-14', () => {
  assert.ok(dated(daysFound(bankHeist), bankHeist.date));
});
test('an Indian-English crime report: "on the intervening night of August 14 and 15", discovered after a holiday and reported days later: Sonkar gang is among the actors', () => {
  assert.ok(mentions(actorsNamed(bankHeist), bankHeist.actor));
});
const appOutage: Article = {
  "id": "app-outage",
  "published": "2018-03-03",
  "date": "2018-03-02",
  "actor": "Quillon",
  "title": "Quillon outage knocks messaging app offline for millions",
  "description": "",
  "text": "By Dana Whitfield | March 2, 2018, 5:48 PM PT\n\nQuillon, the messaging app used by more than 300 million people, went down for nearly four hours earlier today, leaving users across North America and Europe unable to send messages or make calls.\n\nThe outage began at around 9:15 a.m. PT, according to outage tracker DownWatch, which logged more than 1.2 million problem reports at its peak. Service was fully restored by 1:05 p.m. PT, the company said.\n\nIn a blog post this afternoon, Quillon's vice president of infrastructure, Rahul Menon, blamed \"a configuration change to our routing layer that was rolled out more widely than intended.\" He said no user data had been lost or exposed.\n\n\"We know how much people rely on Quillon to stay in touch, and we're sorry,\" Menon wrote. \"We're reviewing our processes to make sure this doesn't happen again.\"\n\nThe outage is the second in a month for Quillon, which was acquired by social network Fable in 2016 for $4.2 billion. On Feb. 6, a smaller disruption affected voice calls in parts of Asia for about 90 minutes.\n\nBusinesses that use Quillon to talk to customers were hit particularly hard. \"We had about 40,000 customers who couldn't reach us this morning,\" said Lena Osterhout, chief operating officer of regional airline Belvoir Air, which handles most rebookings through the app.\n\nOn the social network Chirp, #QuillonDown trended for most of the day, with users sharing jokes about having to make phone calls \"like it's 2005.\"\n\nRival apps Natter and Postbox both said they saw sign-ups jump during the outage.\n\nShares of Fable closed down 1.4 percent."
};
test('a tech-site story dated by its own "March 2, 2018, 5:48 PM PT" byline and "earlier today", while the feed date is the next day (UTC): the main event is dated 2018-03-02', () => {
  assert.ok(dated(daysFound(appOutage), appOutage.date));
});
test('a tech-site story dated by its own "March 2, 2018, 5:48 PM PT" byline and "earlier today", while the feed date is the next day (UTC): Quillon is among the actors', () => {
  assert.ok(mentions(actorsNamed(appOutage), appOutage.actor));
});
const earningsThursday: Article = {
  "id": "earnings-thursday",
  "published": "2017-10-27",
  "date": "2017-10-26",
  "actor": "Brightwater Foods",
  "title": "Brightwater Foods profit tumbles as snack sales slump",
  "description": "Shares fall 9% after the packaged-food maker cuts its full-year outlook.",
  "text": "(MarketLine) -- Brightwater Foods Inc. said quarterly profit fell 34 percent as shoppers turned away from its chips and cookies, and the packaged-food maker cut its forecast for the year, sending its shares to a four-year low.\n\nNet income in the three months ended Sept. 30 fell to $212 million, or 71 cents a share, from $321 million, or $1.06, a year earlier, the company said on Thursday. Excluding one-time items, earnings were 84 cents a share, missing the 92-cent average estimate of analysts surveyed by Factline.\n\nRevenue slipped 4 percent to $3.1 billion.\n\nThe shares fell 9.2 percent to $41.15 on Thursday, their biggest one-day decline since 2009. They edged down a further 1.1 percent in premarket trading on Friday.\n\nChief Executive Officer Laura Fenwick said on a call with analysts that the company was \"not where we want to be\" and announced a review of its snack portfolio, including the possible sale of its Crispin's pretzel brand.\n\n\"Consumers are shifting faster than we anticipated toward fresh and private-label products,\" Fenwick said. \"We are going to be much more aggressive about where we invest.\"\n\nBrightwater now expects adjusted earnings of $3.30 to $3.40 a share for fiscal 2017, down from its previous forecast of $3.60 to $3.70.\n\nThe company, based in Millbrook, has struggled as big grocery chains push their own cheaper brands and younger shoppers shun processed snacks. Brightwater said in July it would close two plants and cut 1,100 jobs.\n\n\"It's a tough backdrop, and there's no quick fix,\" said Aaron Pike, an analyst at Harcourt Securities, who cut his price target to $40 from $48.\n\nBrightwater will give more details of its turnaround plan at an investor day on Dec. 5."
};
test('quarterly results reported "on Thursday" in a Friday story, among a quarter end (Sept. 30), a fiscal year and a future investor day: the main event is dated 2017-10-26', () => {
  assert.ok(dated(daysFound(earningsThursday), earningsThursday.date));
});
test('quarterly results reported "on Thursday" in a Friday story, among a quarter end (Sept. 30), a fiscal year and a future investor day: Brightwater Foods is among the actors', () => {
  assert.ok(mentions(actorsNamed(earningsThursday), earningsThursday.actor));
});
const nyeArrest: Article = {
  "id": "nye-arrest",
  "published": "2018-01-02",
  "date": "2017-12-31",
  "actor": "Orrin Calloway",
  "title": "Fugitive banker Orrin Calloway arrested in Valmora after five years on the run",
  "description": "Arrest at airport on New Year's Eve ends international manhunt.",
  "text": "Orrin Calloway, the former chief executive of collapsed lender Halvern Trust who fled the country in 2012 leaving depositors an estimated €900m out of pocket, has been arrested in Valmora, police there said.\n\nCalloway, 58, was detained at Santa Lucera international airport on New Year's Eve as he tried to board a flight using a forged passport, Valmoran federal police said in a statement on Monday.\n\nPolice said he had been living under a false name in a gated community on the coast for at least two years and had grown a beard and lost weight. He was recognised by a border officer who had seen his photograph on an international wanted list.\n\nAn extradition hearing is scheduled for 15 January. Calloway's Valmoran lawyer, Inés Carvalho, said her client would fight extradition and that he \"has never been given the chance to defend himself before an impartial court.\"\n\nHalvern Trust collapsed in October 2012, wiping out the savings of about 40,000 depositors, many of them pensioners. Calloway was convicted in absentia in 2014 of fraud and false accounting and sentenced to 12 years in prison.\n\n\"Today is a good day for every family that lost its savings,\" Finance Minister Beatrix Holm said on Monday. \"The law has a long memory.\"\n\nThe Halvern Depositors' Association, which has campaigned for compensation for five years, said members had been celebrating since the news broke. \"Some of us cried,\" said its chair, Walter Greaves, 74, who lost £180,000.\n\nInvestigators believe Calloway moved tens of millions through shell companies in the months before the bank failed. Only about a fifth of the missing money has been recovered.\n\nTwo other former Halvern directors served prison sentences and were released last year."
};
test('a fugitive arrested "on New Year\'s Eve", reported on Jan. 2 with a police statement "on Monday" (New Year\'s Day): the main event is dated 2017-12-31', () => {
  assert.ok(dated(daysFound(nyeArrest), nyeArrest.date));
});
test('a fugitive arrested "on New Year\'s Eve", reported on Jan. 2 with a police statement "on Monday" (New Year\'s Day): Orrin Calloway is among the actors', () => {
  assert.ok(mentions(actorsNamed(nyeArrest), nyeArrest.actor));
});
const marathonRecord: Article = {
  "id": "marathon-record",
  "published": "2017-10-10",
  "date": "2017-10-08",
  "actor": "Marcus Oyelaran",
  "title": "Oyelaran's record run in Halvard puts him in world title frame",
  "description": "The 24-year-old took almost a minute off the course record in only his second marathon.",
  "text": "By Tom Okonedo, SportsDesk\n\nMarcus Oyelaran was not supposed to win in Halvard. He was supposed to pace the leaders to halfway and drop out.\n\nInstead the 24-year-old stayed on the shoulder of defending champion Elias Mwangale through 30 kilometres, went clear on the long drag up Harbour Road and crossed the line in 2:05:41 on Sunday, taking 58 seconds off the course record in only his second marathon.\n\n\"At 25k my coach was shouting at me to stop, and I just thought, 'Why?'\" Oyelaran said afterwards, still wrapped in a foil blanket. \"My legs felt good. Today was my day.\"\n\nMwangale faded to fourth. Compatriot Jonah Kiberu was second in 2:06:30, with last year's runner-up, Daniel Ferrante, third.\n\nOyelaran's manager, Rosa Lindqvist, confirmed on Monday that he had been offered a place in the elite field for the Port Amsel Marathon on Nov. 5, although she said no decision would be made until he had recovered. \"He's young. We are not going to burn him out for an appearance fee,\" she said.\n\nThe time makes Oyelaran the fourth-fastest man in the world this year and puts him in contention for a place on his country's team for next summer's world championships.\n\nRace director Piet Hollander said the conditions — 9C, overcast and almost windless — had been \"as close to perfect as we ever get.\" The women's race was won by Alina Brenner in 2:22:18.\n\nA record 38,000 runners started the race, which raised more than €2 million for charity."
};
test('a sports feature on a marathon won "on Sunday", published Tuesday, looking ahead to a race on Nov. 5: the main event is dated 2017-10-08', () => {
  assert.ok(dated(daysFound(marathonRecord), marathonRecord.date));
});
test('a sports feature on a marathon won "on Sunday", published Tuesday, looking ahead to a race on Nov. 5: Marcus Oyelaran is among the actors', () => {
  assert.ok(mentions(actorsNamed(marathonRecord), marathonRecord.actor));
});
const cycloneLocalTime: Article = {
  "id": "cyclone-local-time",
  "published": "2017-02-20",
  "date": "2017-02-21",
  "actor": "Cyclone Darla",
  "title": "Cyclone Darla slams into Tamarind Coast as thousands flee",
  "description": "",
  "text": "By Priya Castellane and Ben Harlow, CNN\nUpdated 10:32 PM ET, Mon February 20, 2017\n\n(CNN) Cyclone Darla made landfall on Corvallia's Tamarind Coast early Tuesday local time, packing winds of up to 230 kilometers per hour (143 mph) and forcing tens of thousands of people from their homes.\n\nThe Category 4 storm crossed the coast near the town of Port Willet at around 7 a.m., the Corvallian Bureau of Meteorology said, bringing down power lines and tearing roofs from houses. More than 60,000 homes were without power.\n\n\"We are seeing destructive winds and a dangerous storm surge along a long stretch of coast,\" bureau forecaster Amelia Pryce said in a video briefing. \"People need to stay inside and stay away from windows.\"\n\nAuthorities had ordered the evacuation of low-lying parts of Port Willet and nearby Mackaby on Monday, and about 25,000 people spent the night in shelters and with relatives, according to state officials.\n\nPremier Lachlan Dorsey said there were no reports of deaths so far but warned that it could be hours before emergency crews could reach some communities. \"This is going to be a long and difficult day,\" he said.\n\nDarla is expected to weaken as it moves inland but could dump up to 500 millimeters (20 inches) of rain over the next 48 hours, raising the risk of flash flooding.\n\nThe Tamarind Coast is home to much of Corvallia's sugar cane industry and a popular tourist strip. Cyclone Ivor, which struck the same region in March 2011, caused damage estimated at more than $2 billion.\n\nCNN's Sam Rourke contributed to this report."
};
test('a cyclone landfall "early Tuesday local time" in a US story dated Monday evening ET: the main event is dated 2017-02-21', () => {
  assert.ok(dated(daysFound(cycloneLocalTime), cycloneLocalTime.date));
});
test('a cyclone landfall "early Tuesday local time" in a US story dated Monday evening ET: Cyclone Darla is among the actors', () => {
  assert.ok(mentions(actorsNamed(cycloneLocalTime), cycloneLocalTime.actor));
});
const regulatorProbe: Article = {
  "id": "regulator-probe",
  "published": "2017-10-02",
  "date": "2017-09",
  "actor": "Halvard Financial Authority",
  "title": "Regulator probes Castlebridge Bank over currency mortgages",
  "description": "The watchdog is examining loans sold to about 14,000 homeowners.",
  "text": "By Laura Simms, Ledger Times\n\nThe Halvard Financial Authority opened an investigation late last month into whether Castlebridge Bank mis-sold foreign-currency mortgages to thousands of homeowners, the regulator confirmed on Monday.\n\nThe inquiry will examine about 14,000 loans denominated in Swiss-style francs that Castlebridge sold between 2006 and 2009, many of them to first-time buyers. When the home currency collapsed in 2009, monthly repayments on some of the loans more than doubled.\n\n\"We have opened an investigation into the sale of these products and will examine whether customers were given clear information about the risks,\" the authority said in a statement. It declined to say when the investigation would conclude.\n\nCastlebridge, the country's third-biggest lender, said it was co-operating fully. \"We believe we acted in line with the rules at the time,\" a spokesman said.\n\nCampaigners have been pushing for an inquiry for years. The Currency Borrowers' Union says some of its members lost their homes after falling behind on payments. \"This is eight years too late, but it is welcome,\" said its chair, Tomas Verhaar.\n\nThe bank set aside 120 million euros in its second-quarter results to cover potential claims. Analysts at Kestrel Capital said the final bill could be three times that if the regulator orders full compensation.\n\nCastlebridge shares fell 2.3 percent on Monday.\n\nThe authority fined rival lender Nordvik Bank 18 million euros in March for similar failings."
};
test('a probe opened "late last month", reported at the start of the next month (gold is a month): the main event is dated 2017-09', () => {
  assert.ok(dated(daysFound(regulatorProbe), regulatorProbe.date));
});
test('a probe opened "late last month", reported at the start of the next month (gold is a month): Halvard Financial Authority is among the actors', () => {
  assert.ok(mentions(actorsNamed(regulatorProbe), regulatorProbe.actor));
});
const policeAppeal: Article = {
  "id": "police-appeal",
  "published": "2017-10-16",
  "date": "2017-10-15",
  "actor": "Wexmoor Police",
  "title": "Man left with serious head injuries after attack by gang in Wexmoor town centre",
  "description": "Police are appealing for witnesses and have released CCTV images of four men.",
  "text": "By Harriet Cole\nWexmoor Evening Post\n\nA man was left with serious head injuries after being attacked by a group of men in Wexmoor town centre at the weekend.\n\nThe 29-year-old victim was punched and kicked repeatedly outside the Red Lion pub in Market Street in the early hours, Wexmoor Police said. He was taken to Harrowfield General Hospital, where he remains in a stable condition.\n\nOfficers believe the attack followed a row inside the pub shortly before closing time. Four men left in the direction of the bus station.\n\nDetective Sergeant Kerry Bland said: \"This was a sustained and cowardly attack on a man who was walking home. The area would have been busy with people leaving pubs and clubs, and I am sure someone saw what happened or filmed it on their phone.\"\n\nPolice have released CCTV images of four men they would like to speak to. One is described as white, in his early 20s, with short dark hair and wearing a light blue shirt.\n\nA 22-year-old man from Ashby Moor was arrested on suspicion of grievous bodily harm and has been released under investigation.\n\nIt is the third serious assault in the town centre since August. Councillor Pam Edgell, who represents the town centre ward, said she would ask for extra patrols on Friday and Saturday nights. \"People need to feel safe on a night out,\" she said.\n\nAnyone with information is asked to call Wexmoor Police on 101, quoting log 0087 of 15/10/2017, or contact Crimestoppers anonymously."
};
test('a local-paper police appeal: attack "at the weekend" and "in the early hours", dated only by "log 0087 of 15/10/2017": Wexmoor Police is among the actors', () => {
  assert.ok(mentions(actorsNamed(policeAppeal), policeAppeal.actor));
});
const borderShelling: Article = {
  "id": "border-shelling",
  "published": "2017-10-12",
  "date": "2017-10-11",
  "actor": "Kessanian troops",
  "title": "Four civilians killed as shells hit border town of Varn",
  "description": "",
  "text": "VARN, Morvania (Reuters) - Kessanian troops shelled the Morvanian border town of Varn late on Wednesday, killing four civilians including a child and damaging a hospital, local officials said, in the deadliest flare-up along the disputed frontier this year.\n\nArtillery fire began at around 10 p.m. and lasted for more than an hour, residents said. Two shells struck the roof of the town's only hospital, forcing staff to move patients to the basement.\n\n\"We heard the whistle and then the whole building shook,\" said nurse Alena Dobrik, 34, speaking by phone. \"The children's ward has no windows left.\"\n\nMorvania's defence ministry said its forces had returned fire and accused Kessania of violating a ceasefire agreed in May. Kessania's military said in a statement on Thursday that it had responded to \"provocations\" by Morvanian units who had fired on one of its observation posts.\n\nThe two neighbours have fought intermittently over the mountainous Selt region since the early 1990s. More than 3,000 people have been killed and tens of thousands displaced.\n\nMorvanian President Teodor Haskel called an emergency meeting of his security council and said he would ask international monitors to investigate. \"Those who fired on a hospital will answer for it,\" he said in a televised address.\n\nMonitors from the regional security organisation, who patrol parts of the frontier, said they had recorded more than 200 explosions in the area overnight.\n\nVarn, a town of about 12,000 people, lies 3 km from the line of contact. Many residents spent Thursday clearing glass and debris from their homes, and some families left for relatives further from the border.\n\n(Reporting by Irina Solchak; Writing by Paul Verran; Editing by Jon Mercer)"
};
test('shelling "late on Wednesday" by an actor named only with a demonym ("Kessanian troops"): the main event is dated 2017-10-11', () => {
  assert.ok(dated(daysFound(borderShelling), borderShelling.date));
});
const shippingCyberattack: Article = {
  "id": "shipping-cyberattack",
  "published": "2017-06-29",
  "date": "2017-06-27",
  "actor": "Halden Line",
  "title": "Shipping giant still crippled two days after ransomware attack",
  "description": "Ports from Rotterhaven to Port Sallow report delays as Halden Line switches to paper.",
  "text": "By Nadia Ferris, ITWire\n\nThe world's second-biggest container shipping company, Halden Line, said on Thursday that several of its systems were still down after Tuesday's ransomware attack, forcing staff at some of its terminals to process cargo using pen and paper.\n\nThe company, which carries roughly one in six of the world's shipping containers, said it had begun restoring its booking system but could not say when its terminals would be fully back to normal.\n\n\"We are making progress, but this is a complex situation and we will not cut corners on security,\" chief information officer Mats Lindgaard said in a statement. He declined to say whether the company had paid a ransom.\n\nThe malware, which security researchers have dubbed NightLatch, first appeared on computers at Halden's headquarters in Aarvik on Tuesday morning and spread through its global network within hours. It encrypts hard drives and demands payment in bitcoin.\n\nAt least 14 terminals operated by Halden's ports division were affected. At Rotterhaven, one of the company's largest hubs, trucks queued for up to 10 hours on Wednesday, according to the local haulage association.\n\nResearchers at the security firm Greyfort said NightLatch appeared to have spread through a compromised update to an accounting program used by many companies in the region. At least 30 other businesses, including a pharmaceutical maker and a chain of bakeries, have reported infections.\n\nShares of Halden's parent, Halden Group, fell 2.1 percent on Wednesday and were flat on Thursday.\n\nAnalysts at Kestrel Capital estimated that the disruption could cost the company $50 million to $100 million."
};
test('a cyberattack named only as "Tuesday\'s attack", reported on Thursday, the company introduced in an appositive: the main event is dated 2017-06-27', () => {
  assert.ok(dated(daysFound(shippingCyberattack), shippingCyberattack.date));
});
test('a cyberattack named only as "Tuesday\'s attack", reported on Thursday, the company introduced in an appositive: Halden Line is among the actors', () => {
  assert.ok(mentions(actorsNamed(shippingCyberattack), shippingCyberattack.actor));
});
const telecomCuts: Article = {
  "id": "telecom-cuts",
  "published": "2017-10-04",
  "date": "2017-10-03",
  "actor": "Norbridge",
  "title": "Norbridge to axe 2,500 jobs as mobile price war bites",
  "description": "Shares fall 6% after the telecoms group warns on profits.",
  "text": "By Oliver Crane, Business Reporter\n\nShares in Norbridge fell 6% on Tuesday after the telecoms group said it would cut 2,500 jobs over the next two years and warned that a price war in the mobile market would hit profits.\n\nThe cuts, about 9% of the workforce, will fall mainly on call centres and middle management, the company said. It plans to close its customer service sites in Dunmore and Kellsby by the end of next year and move some work to partners abroad.\n\nChief executive Ruth Ambler said the group had to \"become simpler and leaner\" to compete with cut-price rivals that have driven down the cost of mobile contracts by almost a fifth in two years.\n\n\"These are difficult decisions which affect colleagues who have served our customers well, and we will support them through the process,\" she said.\n\nNorbridge now expects underlying earnings for the year to March to be between £1.9bn and £2bn, down from previous guidance of £2.1bn.\n\nThe Communication Workers' Guild, which represents about 8,000 Norbridge staff, said it would fight compulsory redundancies. \"Customers already wait 40 minutes to get through to a human being. Cutting call centres will only make that worse,\" said national officer Deepak Malhi.\n\nThe group has been under pressure from investors since the summer, when activist fund Corvid Partners built a 4% stake and called for a break-up of the business.\n\nAnalysts at Harcourt Securities said the cuts would save about £180m a year but questioned whether they would be enough. \"This is cost-cutting, not a strategy,\" said analyst Helen Fairley.\n\nNorbridge will set out a fuller plan at an investor day in February."
};
test('job cuts announced "on Tuesday", the company named mostly as "Norbridge" / "the telecoms group": the main event is dated 2017-10-03', () => {
  assert.ok(dated(daysFound(telecomCuts), telecomCuts.date));
});
test('job cuts announced "on Tuesday", the company named mostly as "Norbridge" / "the telecoms group": Norbridge is among the actors', () => {
  assert.ok(mentions(actorsNamed(telecomCuts), telecomCuts.actor));
});
/**
 * Known misses (not asserted):
 * - police-appeal: a local-paper police appeal: attack "at the weekend" and "in the early hours", dated only by "log 0087 of 15/10/2017" — 2017-10-15 is not found
 * - border-shelling: shelling "late on Wednesday" by an actor named only with a demonym ("Kessanian troops") — Kessanian troops is not among the actors
 */
