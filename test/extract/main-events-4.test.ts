import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysFound, dated, actorsNamed, mentions, type EventArticle as Article } from '../support/event-sets.ts';
/**
 * Fourth round of fictional news articles (November 2016 styles: wire, broadcaster, broadsheet, tabloid,
 * cable news, tech, sports and entertainment sites), each with the day its main event happened — mostly not
 * the publication day, once the day after it (a quake "in the early hours of Wednesday, local time" in a US Tuesday piece),
 * twice a day still to come — and its main actor, read as title, teaser and body (as the benchmark scores
 * them). An article's main event counts as dated when any event or any date mention carries that day; its
 * actor counts as found when an event's actors contain a capitalised word of the actor's name. Every
 * person, place, company, team and programme is invented. Only what the extractor gets right today is
 * asserted; known misses are listed at the end.
 */
const derbyWinner: Article = {
  "id": "derby-winner",
  "published": "2016-11-21",
  "date": "2016-11-20",
  "actor": "Harwick Rovers",
  "title": "Harwick Rovers go top after late Osei header sinks Castlebridge",
  "description": "Kwame Osei's 89th-minute winner settled a bad-tempered derby and sent Rovers top for the first time in 11 years.",
  "text": "By Gareth Lyle, Matchday Sport\n\nHarwick Rovers moved to the top of the Premier Division for the first time in 11 years after Kwame Osei's late header earned a 2-1 win over fierce local rivals Castlebridge City at Millfield Road.\n\nOsei, who had come off the bench only eight minutes earlier, rose above two defenders to meet Danny Kerrigan's corner in the 89th minute, sparking wild celebrations among a sell-out crowd of 31,400.\n\nCastlebridge had led through a Tomas Varga penalty on 23 minutes, awarded after Rovers captain Lewis Dunne was adjudged to have clipped Sammy Oduya in the box. Rovers levelled just before the hour when Kerrigan curled a free-kick into the top corner from 25 yards.\n\nSunday's derby, the 140th meeting between the clubs, was a fractious affair. Referee Martin Hales showed nine yellow cards and sent off Castlebridge midfielder Jonah Platt for a second bookable offence in the 71st minute.\n\n\"Today was about the fans,\" Osei said afterwards. \"They have waited a long time to see us up there and we wanted to give them something to remember. I just closed my eyes and attacked the ball.\"\n\nRovers manager Stuart Cragg, who took charge in the summer after the club narrowly avoided relegation, refused to get carried away. \"It's November. Nobody gets a trophy for being top in November,\" he said. \"But I'm proud of the way the lads kept going when it wasn't happening for us.\"\n\nCastlebridge boss Alan Fenwick was furious about the penalty that was not given when Oduya went down under a challenge from Rovers goalkeeper Ben Shaw in stoppage time. \"Everyone in the ground saw it apart from the one man who matters,\" he said. \"We will be asking for an explanation.\"\n\nThe result leaves Rovers a point clear of Dunholm Athletic, who were held 0-0 at Portlake on Saturday. Castlebridge drop to seventh.\n\nRovers travel to Dunholm on Saturday for a top-of-the-table clash before hosting Kelby Town in the League Cup quarter-final next Tuesday.\n\nThe club said police had made four arrests outside the ground after the final whistle, all for public order offences."
};
test('a football result reported the next morning, the day only as "Sunday\'s derby", "today" only inside a quote: the main event is dated 2016-11-20', () => {
  assert.ok(dated(daysFound(derbyWinner), derbyWinner.date));
});
test('a football result reported the next morning, the day only as "Sunday\'s derby", "today" only inside a quote: Harwick Rovers is among the actors', () => {
  assert.ok(mentions(actorsNamed(derbyWinner), derbyWinner.actor));
});
const singerDeath: Article = {
  "id": "singer-death",
  "published": "2016-11-14",
  "date": "2016-11-12",
  "actor": "Lorna Vale",
  "title": "Soul legend Lorna Vale dies aged 74 after short illness, family reveal",
  "description": "The singer behind 1970s hit Harbour Lights passed away at her home in Cobham Heath on Saturday, her family announced yesterday.",
  "text": "By Kirsty Allard for the Daily Post\n\nSoul singer Lorna Vale, whose 1974 hit Harbour Lights topped the charts for six weeks, has died at the age of 74.\n\nThe star passed away peacefully at home surrounded by her three children, according to a statement released by her family yesterday.\n\nShe had been diagnosed with pancreatic cancer in September but had kept the illness private, telling only close friends and her longtime manager, Ronnie Castell.\n\n'Mum was the bravest person we have ever known,' the statement said. 'She sang until the very end, and the house was full of music. We ask for privacy as we come to terms with our loss.'\n\nTributes poured in last night from across the music world. Singer Jade Amory, who duetted with Vale on a charity single in 2009, wrote on Twitter: 'Heartbroken. Lorna taught me how to breathe through a song. There was nobody like her.'\n\nBorn Lorna Vallance in the docklands of Port Sallow in 1942, she was spotted singing in a working men's club at 16 and signed her first record deal two years later.\n\nShe went on to release 14 studio albums and sell more than 20 million records worldwide. Harbour Lights, written by her first husband, songwriter Terry Mace, has been covered more than 200 times.\n\nHer career stalled in the 1980s amid a bitter legal battle with her former label, Crestline Records, over unpaid royalties - a fight she eventually won in 1991.\n\nA comeback album, Still Water, went platinum in 2004 and introduced her to a new generation of fans. She was made an OBE in 2010 for services to music.\n\nVale married three times and is survived by her children, Marcus, 48, Anna, 45, and Joe, 39, and seven grandchildren.\n\nHer final public appearance was at the Carlton Hall in Port Sallow in July, where she received a standing ovation after a surprise performance of Harbour Lights.\n\nFuneral arrangements will be announced in the coming days. Her family has asked that any donations go to a pancreatic cancer charity."
};
test('a singer\'s death "on Saturday" given only in the standfirst, the body saying the family announced it "yesterday" (Monday paper): the main event is dated 2016-11-12', () => {
  assert.ok(dated(daysFound(singerDeath), singerDeath.date));
});
test('a singer\'s death "on Saturday" given only in the standfirst, the body saying the family announced it "yesterday" (Monday paper): Lorna Vale is among the actors', () => {
  assert.ok(mentions(actorsNamed(singerDeath), singerDeath.actor));
});
const veranianElection: Article = {
  "id": "veranian-election",
  "published": "2016-11-14",
  "date": "2016-11-13",
  "actor": "Civic Union",
  "title": "Opposition Civic Union wins Veranian election but falls short of majority",
  "description": "Tomas Ardelean needs coalition partners after nationalist vote surges.",
  "text": "STRAVNO, Nov 14 (Reuters) - Verania's opposition Civic Union won the most seats in Sunday's parliamentary election but fell short of a majority, near-complete results showed on Monday, leaving its leader Tomas Ardelean needing partners to form a government.\n\nWith 98 percent of votes counted, the centre-right Civic Union had 31.4 percent, ahead of Prime Minister Iulia Brancovan's ruling Social Democrats on 24.9 percent, the central electoral commission said.\n\nThe nationalist Homeland Front came third with 14.2 percent, more than doubling its score from four years ago, a result that could make it kingmaker in the 240-seat parliament.\n\nArdelean, a 51-year-old former mayor of Stravno, told cheering supporters at his party's headquarters shortly after midnight that voters had \"chosen change\" after two years of corruption scandals that forced three ministers to resign.\n\n\"Verania has said clearly that it wants a government that is clean, competent and European,\" he said. He ruled out a coalition with the Homeland Front but said he would talk to \"all democratic parties\".\n\nBrancovan conceded defeat but said her party would not join a government led by Ardelean. \"The voters have sent us to opposition and we will respect that,\" she said.\n\nTurnout was 56 percent, up from 48 percent in the last election, the commission said.\n\nAnalysts said coalition talks could take weeks. The Civic Union is projected to win about 84 seats, well short of the 121 needed for a majority. The liberal Renewal Party, on course for 22 seats, is its most likely partner, but the two would still need the support of smaller groups.\n\nThe leu currency firmed 0.4 percent against the euro on Monday morning and the yield on Verania's 10-year bonds fell 12 basis points, as investors bet on a more market-friendly government.\n\nPresident Dragos Ilie is expected to begin consultations with party leaders next week and must nominate a candidate for prime minister within 30 days of the final results being published.\n\nThe campaign was overshadowed by a row over Verania's request for a new 2 billion euro loan from the Regional Stabilisation Fund, which Ardelean has promised to renegotiate.\n\n(Reporting by Andrei Luca; Editing by Mark Heller)"
};
test('a foreign parliamentary election named as "Sunday\'s parliamentary election" under a same-day Reuters dateline: the main event is dated 2016-11-13', () => {
  assert.ok(dated(daysFound(veranianElection), veranianElection.date));
});
test('a foreign parliamentary election named as "Sunday\'s parliamentary election" under a same-day Reuters dateline: Civic Union is among the actors', () => {
  assert.ok(mentions(actorsNamed(veranianElection), veranianElection.actor));
});
const tramCrash: Article = {
  "id": "tram-crash",
  "published": "2016-11-10",
  "date": "2016-11-09",
  "actor": "Lakeside Metro tram",
  "title": "Dunmere tram crash: Death toll rises to seven",
  "description": "A seventh person has died after a tram overturned on a sharp bend in Dunmere on Wednesday morning.",
  "text": "A seventh person has died after a tram overturned on a tight bend in Dunmere.\n\nThe woman, 63, died in hospital overnight, police said. Fifty-one other people were injured, 16 of them seriously.\n\nThe Lakeside Metro tram, which was carrying about 70 passengers, came off the rails at Kellen Junction at about 06:10 GMT as it travelled from Ashby Cross towards the city centre.\n\nInvestigators from the Tramway Safety Board said the tram appeared to have been travelling at about 45mph (72km/h) as it entered a curve with a speed limit of 12mph.\n\nThe driver, a 42-year-old man from Dunmere, was arrested on suspicion of manslaughter and has since been released on bail.\n\nChief Superintendent Alison Crewe of Dunmere Police said all seven people who died had now been identified and their families informed. \"This is a tragedy that has touched the whole city,\" she said. \"Our thoughts are with everyone who has lost a loved one.\"\n\nSix of the dead were pronounced dead at the scene. Emergency services worked for more than eight hours to free passengers trapped in the wreckage, which lay on its side across the junction.\n\nPassenger Mark Dolan, 29, who suffered a broken arm, said the tram \"felt like it was going far too fast\" in the seconds before the crash. \"There was a huge bang and then everything went dark. People were screaming,\" he said.\n\nThe Tramway Safety Board said its inquiry would examine the condition of the track and the tram, and whether the driver may have fallen asleep or lost awareness.\n\nLakeside Metro, which runs the network under contract to the city council, said it was co-operating fully with the investigation. Its managing director, Paul Hirst, said the company was \"devastated\".\n\nThe line between Ashby Cross and the city centre is expected to remain closed until at least Monday while the wreckage is removed and repairs are carried out.\n\nIt is the first fatal crash on the Dunmere network since it opened in 1998.\n\nFlowers have been left at the junction, and a book of condolence has been opened at the city's town hall."
};
test('a tram crash "on Wednesday morning" given in the standfirst, with the toll rising "overnight", reported on Thursday: the main event is dated 2016-11-09', () => {
  assert.ok(dated(daysFound(tramCrash), tramCrash.date));
});
const wellRescue: Article = {
  "id": "well-rescue",
  "published": "2016-11-18",
  "date": "2016-11-17",
  "actor": "Civil Defense rescuers",
  "title": "Boy, 4, pulled alive from well after 30-hour rescue in Terravela",
  "description": "Rescuers dug a parallel shaft to reach Mateo Rojas, who fell into the narrow well while playing.",
  "text": "(CNN) - A 4-year-old boy who fell into a narrow well shaft in southern Terravela was pulled out alive late Thursday local time, more than 30 hours after he disappeared while playing near his grandparents' farm.\n\nMateo Rojas was carried out of the shaft by a Civil Defense rescuer to cheers and applause from hundreds of villagers who had kept vigil through the night in the hamlet of San Ildo, about 300 kilometers south of the capital, Villarosa.\n\nVideo broadcast on local television showed the boy, wrapped in a thermal blanket, being placed on a stretcher and taken to a waiting ambulance. He was flown by helicopter to a children's hospital in the city of Palmar, where doctors said he was dehydrated and had a broken wrist but was \"conscious and talking.\"\n\n\"He asked for his mother and for a glass of milk,\" Dr. Elena Suarez told reporters outside the hospital. \"Those were very good signs.\"\n\nMateo fell into the disused well, which is about 25 centimeters wide, on Wednesday afternoon. He became lodged about 18 meters down, too deep for rescuers to reach him with ropes.\n\nTerravela's Civil Defense agency brought in mining engineers and heavy machinery to dig a parallel shaft and then a horizontal tunnel, working in shifts around the clock. Progress was slowed by hard rock, and at one point rescuers had to stop drilling for several hours because of fears the well might collapse.\n\nThroughout the operation rescuers lowered a tube to supply oxygen, and a camera allowed them to see that the boy was moving.\n\n\"We never lost hope,\" Civil Defense commander Raul Benitez said. \"Every time we saw his little hand move on the screen, it gave us strength.\"\n\nPresident Carla Mendieta thanked the rescuers in a post on Twitter, calling them \"heroes of the nation.\"\n\nLocal officials said the well had been dug decades ago and was covered only with a sheet of corrugated metal. The government said it would order an inventory of abandoned wells across the region.\n\nCNN's Sofia Marquez contributed to this report."
};
test('a boy pulled from a well "late Thursday local time", CNN piece dated Friday: the main event is dated 2016-11-17', () => {
  assert.ok(dated(daysFound(wellRescue), wellRescue.date));
});
const minersRescue: Article = {
  "id": "miners-rescue",
  "published": "2016-11-27",
  "date": "2016-11-26",
  "actor": "Dolna Gora miners",
  "title": "All 11 miners rescued after 3 days trapped underground in Korvania",
  "description": "Families wept as the last of the men was winched to the surface at the Dolna Gora colliery.",
  "text": "DOLNA GORA, Korvania (AP) - All 11 miners trapped for more than three days after a roof collapse at a coal mine in northern Korvania were brought to the surface in the early hours of Saturday, officials said, ending an ordeal that had gripped the nation.\n\nThe men, aged between 24 and 58, were winched up one by one in a narrow rescue capsule through a borehole drilled into the chamber where they had taken refuge, 420 meters (1,380 feet) below ground at the Dolna Gora colliery.\n\nThe last of them, shift foreman Pavel Hrubic, emerged at about 4:30 a.m., raising his fist as relatives and rescue workers gathered at the pithead broke into applause.\n\n\"We knew they would come for us. We just didn't know when,\" Hrubic, 58, told reporters before being taken to hospital. \"We shared everything - the water, the bread, the jokes.\"\n\nThe miners were trapped on Tuesday night when part of a tunnel roof gave way about 2 kilometers (1.2 miles) from the main shaft. Rescuers made contact with them on Wednesday through a small probe hole and used it to send down water, food and medicine.\n\nNine of the men were in stable condition Sunday, and two were being treated for crush injuries to their legs, the regional hospital in Veliko said.\n\nMining Minister Stefan Korda, who spent much of the operation at the site, praised what he called \"a textbook rescue\" and said the government would investigate the cause of the collapse.\n\nThe mine's operator, Korvania Coal, said it had suspended work at the colliery. Its chief executive, Milan Berec, apologized to the families and said the company would cover all medical costs.\n\nTrade unions have accused the company of cutting safety spending. In 2014, four miners died in a methane explosion at another of its pits.\n\nKorvania, a country of about 9 million people, relies on coal for more than half of its electricity.\n\n___\n\nAssociated Press writer Irena Sokol in Veliko contributed to this report."
};
test('trapped miners brought up "in the early hours of Saturday", reported on Sunday: the main event is dated 2016-11-26', () => {
  assert.ok(dated(daysFound(minersRescue), minersRescue.date));
});
test('trapped miners brought up "in the early hours of Saturday", reported on Sunday: Dolna Gora miners is among the actors', () => {
  assert.ok(mentions(actorsNamed(minersRescue), minersRescue.actor));
});
const careHomeVerdict: Article = {
  "id": "care-home-verdict",
  "published": "2016-11-23",
  "date": "2016-11-22",
  "actor": "Graham Pellow",
  "title": "Care home boss guilty of manslaughter over death of resident left in freezing garden",
  "description": "Jury at Lindford crown court convicts Graham Pellow after hearing that staff shortages were ignored for months.",
  "text": "Helen Rowe\nWed 23 Nov 2016 07.00 GMT\n\nThe former manager of a care home where an 86-year-old woman with dementia died of hypothermia after being left in a garden overnight has been found guilty of gross negligence manslaughter.\n\nGraham Pellow, 58, who ran the Elmfield House care home in Lindford, was convicted by a jury on Tuesday after nine hours of deliberations. He was remanded in custody and will be sentenced on 16 December.\n\nMargaret Ashworth was found unconscious on a bench in the home's garden on the morning of 14 January 2015, when overnight temperatures had fallen to -4C. She died in hospital two days later.\n\nThe trial at Lindford crown court heard that only one carer had been on duty for 34 residents that night, despite Pellow having been told repeatedly that at least three were needed.\n\nProsecutor Simon Barrow QC told jurors that Pellow had \"ignored warning after warning\" and falsified staffing rotas to hide the shortages from inspectors. A door alarm that would have sounded when Ashworth went outside had been switched off for months because, Pellow told staff, it \"kept waking people up\".\n\nPellow, from Oakhurst, had denied the charge, claiming he had raised staffing concerns with the home's owners, Silverleaf Care. The jury rejected his account after hearing evidence that he had turned down offers of agency staff to stay within his budget.\n\nAshworth's daughter, Linda Freeman, said outside court: \"Mum was a kind and funny woman who deserved to be safe. Nothing will bring her back, but today a jury has said clearly that what happened to her was a crime.\"\n\nSilverleaf Care, which sold the home in 2015, was fined £300,000 last year after admitting health and safety breaches.\n\nThe case has renewed calls for a minimum staffing ratio in care homes. Frances Keane of the campaign group Dignity in Care said: \"Until there are legal minimums, there will be more Elmfield Houses.\"\n\nThe Care Standards Commission said it had since overhauled how it checked staffing records during inspections."
};
test('a jury verdict "on Tuesday" in a Wednesday broadsheet, with sentencing set for a December date: the main event is dated 2016-11-22', () => {
  assert.ok(dated(daysFound(careHomeVerdict), careHomeVerdict.date));
});
test('a jury verdict "on Tuesday" in a Wednesday broadsheet, with sentencing set for a December date: Graham Pellow is among the actors', () => {
  assert.ok(mentions(actorsNamed(careHomeVerdict), careHomeVerdict.actor));
});
const kelmarkResults: Article = {
  "id": "kelmark-results",
  "published": "2016-11-04",
  "date": "2016-11-03",
  "actor": "Kelmark Foods",
  "title": "Kelmark Foods profit beats estimates as snack sales jump",
  "description": "Shares rise in extended trading; company raises full-year forecast.",
  "text": "Nov 3 (Reuters) - Kelmark Foods Inc reported a better-than-expected quarterly profit as demand for its snack bars and frozen breakfasts rose and cost cuts helped offset higher prices for nuts and dairy, sending its shares up 4.2 percent in extended trading.\n\nThe company, which makes Crunchwell bars and Sunnyfield waffles, also raised its full-year profit forecast to $2.85-$2.95 per share from $2.70-$2.85.\n\nNet sales rose 6.1 percent to $3.42 billion in the third quarter ended Sept. 30, beating the average analyst estimate of $3.33 billion, according to data provider Consenso.\n\nSales at the snacks unit, its biggest, jumped 9.4 percent, helped by the launch of a protein bar range aimed at younger consumers and strong back-to-school promotions.\n\n\"Our brands are winning with shoppers who want convenience without compromise,\" Chief Executive Laura Finnegan said in a statement.\n\nNet income attributable to Kelmark rose to $318 million, or 76 cents per share, from $271 million, or 64 cents per share, a year earlier. Excluding items, the company earned 81 cents per share, beating analysts' average estimate of 73 cents.\n\nKelmark has been closing plants and cutting jobs as part of a plan to save $400 million a year by 2018. The company said on a call with analysts that it had achieved about $250 million of those savings so far.\n\nFinnegan, who took over in January, has also been trying to sell slower-growing businesses. In August, Kelmark agreed to sell its canned soup unit to private equity firm Ridgeway Partners for $610 million.\n\nAnalysts said the results suggested the turnaround was gaining traction. \"This was a clean beat, and the guidance raise is better than we expected,\" said Evan Marsh, an analyst at Brightwater Securities.\n\nThe company's gross margin widened to 34.8 percent from 33.1 percent.\n\nKelmark's shares had fallen about 8 percent this year through Thursday's close, underperforming the broader food sector.\n\n(Reporting by Priya Nair in Bengaluru; Editing by Sunil Rao)"
};
test('quarterly results whose only day is the Reuters dateline "Nov 3", read the next day: the main event is dated 2016-11-03', () => {
  assert.ok(dated(daysFound(kelmarkResults), kelmarkResults.date));
});
test('quarterly results whose only day is the Reuters dateline "Nov 3", read the next day: Kelmark Foods is among the actors', () => {
  assert.ok(mentions(actorsNamed(kelmarkResults), kelmarkResults.actor));
});
const tabletLaunch: Article = {
  "id": "tablet-launch",
  "published": "2016-11-16",
  "date": "2016-11-15",
  "actor": "Quillo",
  "title": "Quillo unveils the Slate X, a $499 tablet with a built-in keyboard",
  "description": "The device ships Dec. 2, with pre-orders opening this Friday.",
  "text": "By Dana Whitfield, GadgetWire\n\nQuillo has finally shown off the tablet it has been teasing for months, and it is a bigger departure than many expected.\n\nThe Slate X, unveiled on Tuesday at a packed event in Port Averly, has a 12-inch screen and a magnetic keyboard that folds into the case. It will go on sale Dec. 2 for $499, with a stylus costing an extra $79. Pre-orders open this Friday in the United States, Canada and six European countries.\n\nQuillo chief executive Rohan Mehta spent much of the hour-long presentation pitching the Slate X as a laptop replacement rather than a big phone. \"We asked people what stopped them leaving their laptop at home,\" he said on stage. \"The answer was always the keyboard. So we fixed the keyboard.\"\n\nThe tablet runs on Quillo's own Q7 processor, which the company claims is 40 percent faster than the chip in last year's Slate 2. Battery life is rated at 13 hours.\n\nIn my brief time with it, the keyboard felt surprisingly solid, with more travel than most tablet covers. The screen is bright and sharp, though the bezels are thicker than on rival devices from Norvik and Tessel.\n\nThere are compromises. The Slate X has a single USB-C port, no headphone jack and only 64GB of storage in the base model. Moving up to 256GB costs $649.\n\nQuillo also announced a new version of its Loop operating system with a split-screen mode and a desktop-style file manager, which will arrive as a free update for older Slates in January.\n\nThe company has struggled in tablets, where its market share fell to 7 percent last year, according to the research firm Tabulate. Analysts said the Slate X was a smart bet on business customers.\n\n\"It's the first Quillo product in a while that has a clear reason to exist,\" said Tabulate analyst Joanna Price.\n\nWe'll have a full review before the Dec. 2 launch."
};
test('a tablet unveiled "on Tuesday" that goes on sale on a future date, on a tech site the next day: the main event is dated 2016-11-15', () => {
  assert.ok(dated(daysFound(tabletLaunch), tabletLaunch.date));
});
test('a tablet unveiled "on Tuesday" that goes on sale on a future date, on a tech site the next day: Quillo is among the actors', () => {
  assert.ok(mentions(actorsNamed(tabletLaunch), tabletLaunch.actor));
});
const leadersMeeting: Article = {
  "id": "leaders-meeting",
  "published": "2016-11-22",
  "date": "2016-11-21",
  "actor": "Helen Marlow and Anton Reszek",
  "title": "Marlow and Reszek agree to restart trade talks after Strandhall meeting",
  "description": "The prime minister said the two countries had \"turned a page\" after a year of tension over fishing rights.",
  "text": "Prime Minister Helen Marlow and President Anton Reszek of Valdia have agreed to restart talks on a trade deal, after a year in which relations were soured by a row over fishing rights.\n\nThe two leaders met for 90 minutes at the Strandhall Palace on Monday evening, their first face-to-face talks since Mr Reszek was elected in the spring.\n\nIn a joint statement, they said officials would meet in January with the aim of concluding an agreement by the end of 2017. They also agreed to set up a joint commission on fisheries and to resume regular ministerial meetings.\n\nSpeaking to reporters afterwards, Mrs Marlow said the two countries had \"turned a page\". \"We have had our disagreements, and no doubt we will have more,\" she said. \"But tonight we agreed that we have far more in common than divides us.\"\n\nMr Reszek said the meeting had been \"frank and friendly\". He added: \"Valdia wants a strong partnership with its neighbours. That begins with trust, and trust begins with talking.\"\n\nRelations between the two countries deteriorated last year after Valdian trawlers were accused of fishing illegally in Westmark waters. In March, Westmark's coastguard seized two Valdian boats, prompting protests outside its embassy in Valdia's capital, Koros.\n\nTrade between the two countries is worth about £11bn a year, with Valdia the third-largest market for Westmark's exports of machinery and cars.\n\nBusiness groups welcomed the announcement. The Westmark Chamber of Commerce said it would give firms \"the certainty they have been crying out for\".\n\nBut opposition leader David Fane said the government had given too much ground on fishing. \"The prime minister has traded away our coastal communities for a photo opportunity,\" he said.\n\nThe BBC's diplomatic correspondent Rachel Owusu said the meeting had been carefully choreographed, with both sides keen to avoid any repeat of the angry exchanges of the summer.\n\nMr Reszek will address a business forum in the capital on Tuesday before travelling on to Ostmark."
};
test('two leaders meeting "on Monday evening", reported on Tuesday: the main event is dated 2016-11-21', () => {
  assert.ok(dated(daysFound(leadersMeeting), leadersMeeting.date));
});
test('two leaders meeting "on Monday evening", reported on Tuesday: Helen Marlow and Anton Reszek is among the actors', () => {
  assert.ok(mentions(actorsNamed(leadersMeeting), leadersMeeting.actor));
});
const hospitalProtest: Article = {
  "id": "hospital-protest",
  "published": "2016-11-21",
  "date": "2016-11-19",
  "actor": "Save Kingsmead Hospital campaigners",
  "title": "Thousands march against closure of Kingsmead hospital A&E",
  "description": "Organisers said 15,000 people joined the protest in Alderbury on Saturday, the biggest in the town for decades.",
  "text": "Tom Harker\nMon 21 Nov 2016 06.00 GMT\n\nThousands of people marched through Alderbury at the weekend in protest at plans to close the accident and emergency department at Kingsmead hospital, in what campaigners said was the town's biggest demonstration for a generation.\n\nOrganisers from the Save Kingsmead Hospital campaign put the crowd at 15,000; police estimated 9,000. Marchers, many pushing prams or carrying placards reading \"Our A&E, our lives\", walked two miles from the railway station to the hospital gates, where speakers addressed a rally.\n\nUnder proposals from the Eastvale health trust, emergency services would be moved to Carlford general hospital, 22 miles away, and Kingsmead would become an urgent care centre open from 8am to 10pm.\n\nThe trust says the change is needed because it cannot recruit enough senior doctors to staff two emergency departments safely. It says patients with the most serious conditions, such as heart attacks and strokes, are already taken directly to specialist centres.\n\nBut campaigners say the journey to Carlford can take more than an hour at peak times, and that the closure will put lives at risk.\n\n\"Every minute counts in an emergency,\" said Dr Anjali Mehta, a retired GP and one of the campaign's founders. \"Nobody in this town believes that sending an ambulance down the A31 in rush hour is safer.\"\n\nThe local MP, Stephen Wragg, who joined the march, said he would raise the issue in the Commons this week. \"The people of Alderbury have spoken, and the trust needs to listen,\" he said.\n\nA smaller candlelit vigil was held outside the hospital on Sunday evening.\n\nA spokesperson for the Eastvale health trust said no decision had been made and that the proposals were out to public consultation until 16 December. \"We understand the strength of feeling and we want to hear from as many people as possible,\" the spokesperson said.\n\nThe trust's board is expected to make a final decision in February.\n\nCampaigners have also launched a legal challenge, arguing that the consultation is flawed because it offers only one option."
};
test('a protest march "at the weekend", the day ("on Saturday") only in the standfirst, Monday paper: the main event is dated 2016-11-19', () => {
  assert.ok(dated(daysFound(hospitalProtest), hospitalProtest.date));
});
test('a protest march "at the weekend", the day ("on Saturday") only in the standfirst, Monday paper: Save Kingsmead Hospital campaigners is among the actors', () => {
  assert.ok(mentions(actorsNamed(hospitalProtest), hospitalProtest.actor));
});
const tavuniQuake: Article = {
  "id": "tavuni-quake",
  "published": "2016-11-15",
  "date": "2016-11-16",
  "actor": "earthquake off the coast of Tavuni",
  "title": "Powerful 7.3 earthquake strikes off Tavuni, triggering tsunami warning",
  "description": "Residents fled to high ground as sirens sounded along the coast.",
  "text": "(CNN) - A powerful 7.3-magnitude earthquake struck off the coast of Tavuni in the early hours of Wednesday, local time, shaking buildings across the island nation and prompting a tsunami warning for its eastern shores.\n\nThe quake hit at 3:12 a.m. Wednesday (2:12 p.m. ET Tuesday) at a depth of about 22 kilometers, roughly 80 kilometers east of the port city of Meranu, according to the Pacific Seismic Monitoring Center.\n\nThere were no immediate reports of deaths, but officials said several houses had collapsed in villages near Meranu and power was cut to large parts of the city.\n\n\"It was very long and very strong. Everything fell off the shelves,\" Meranu resident Losa Tuilagi told CNN by phone. \"We ran outside in the dark with the children and drove up the hill.\"\n\nSirens sounded along the east coast, and thousands of people spent the night on high ground. Tavuni's National Disaster Office said waves of up to 60 centimeters had been recorded at Meranu harbor about 40 minutes after the quake, and lifted the tsunami warning about three hours later.\n\nPrime Minister Iosefa Lealai said emergency teams were checking roads and bridges and that the main airport at Nuku Vale was operating normally.\n\n\"We are very lucky that the sea stayed calm,\" he said in a radio address. \"But many families have lost their homes tonight, and we will help them.\"\n\nAt least 14 aftershocks were recorded in the hours that followed, the strongest measuring 5.8.\n\nTavuni, a nation of about 300,000 people, sits on the so-called Ring of Fire, an arc of volcanoes and fault lines around the ocean basin where most of the world's earthquakes occur. A 2009 quake and tsunami killed 47 people on its southern coast.\n\nNeighboring countries said they were ready to send help if asked. Aid agencies said they were sending tarpaulins and water purification tablets to Meranu.\n\nCNN's James Okafor contributed to this report."
};
test('an earthquake "in the early hours of Wednesday, local time" reported by a US broadcaster on Tuesday (the event is a day after publication): the main event is dated 2016-11-16', () => {
  assert.ok(dated(daysFound(tavuniQuake), tavuniQuake.date));
});
test('an earthquake "in the early hours of Wednesday, local time" reported by a US broadcaster on Tuesday (the event is a day after publication): earthquake off the coast of Tavuni is among the actors', () => {
  assert.ok(mentions(actorsNamed(tavuniQuake), tavuniQuake.actor));
});
const dinerArrest: Article = {
  "id": "diner-arrest",
  "published": "2016-11-18",
  "date": "2016-11-17",
  "actor": "Dwayne Kessler",
  "title": "Police arrest suspect in deadly Riverton diner shooting after nationwide manhunt",
  "description": "Dwayne Kessler, 31, was found hiding at a relative's home two states away.",
  "text": "Police have arrested a man suspected of opening fire inside a crowded diner in Riverton last weekend, killing two people and wounding four others, ending a manhunt that stretched across three states.\n\nDwayne Kessler, 31, was taken into custody without incident Thursday at a relative's home in Lamont, about 400 miles from the scene of the shooting, Riverton Police Chief Carla Dominguez said at a news conference.\n\n\"This community has been living in fear for five days. Tonight they can sleep a little easier,\" Dominguez said.\n\nKessler faces two counts of murder and four counts of attempted murder. He is expected to be extradited to Delmont County in the coming days.\n\nInvestigators say Kessler walked into the Blue Kettle Diner on Main Street shortly after 8 a.m. last Saturday and fired at least 12 shots from a handgun before fleeing in a pickup truck. Two customers, 67-year-old retired firefighter Earl Haines and 24-year-old waitress Brianna Cole, were killed.\n\nPolice said Kessler had been fired from a job at the diner two weeks earlier and had argued with the owner. He was identified as a suspect earlier this week after surveillance video was released to the public and tips poured in.\n\nThe state Bureau of Investigation joined the search Monday, and Kessler was added to the state's most-wanted list. Federal marshals said a tip from a neighbor in Lamont led officers to the house.\n\nCole's mother, Denise Cole, told Fox News she was relieved by the arrest. \"I want him to look me in the eye in court,\" she said. \"Brianna was working to pay for nursing school. She was the light of our family.\"\n\nHaines was remembered as a hero by witnesses who said he tried to shield a young couple from the gunfire.\n\nA vigil for the victims was held Wednesday night at Riverton's First Baptist Church, drawing hundreds of people.\n\nKessler's public defender could not immediately be reached for comment. His first court appearance is expected Monday.\n\nThe diner has been closed since the shooting. Its owner, Frank Petrakis, said he hoped to reopen in December."
};
test('a suspect arrested "Thursday" over a shooting "last Saturday", US cable news site, Friday: the main event is dated 2016-11-17', () => {
  assert.ok(dated(daysFound(dinerArrest), dinerArrest.date));
});
test('a suspect arrested "Thursday" over a shooting "last Saturday", US cable news site, Friday: Dwayne Kessler is among the actors', () => {
  assert.ok(mentions(actorsNamed(dinerArrest), dinerArrest.actor));
});
const musicAwards: Article = {
  "id": "music-awards",
  "published": "2016-11-07",
  "date": "2016-11-06",
  "actor": "Sadie Marsh",
  "title": "Sadie Marsh sweeps the Northern Music Awards with four wins",
  "description": "The singer-songwriter beat Pale Harbour and Kit Danvers to album of the year.",
  "text": "By Leah Conroy, Showbeat\n\nSadie Marsh was the big winner at the Northern Music Awards last night, taking home four prizes including album of the year for her breakthrough record Glasshouse.\n\nThe 23-year-old from Calderford also won best female artist, song of the year for Paper Cuts and the fans' choice award at a ceremony at the Calderford Arena hosted by comedian Joel Abara.\n\nAn emotional Marsh dedicated the album prize to her late grandmother. \"She bought me my first guitar from a charity shop for six quid,\" she said, fighting back tears. \"I wish she was here to see this.\"\n\nIndie band Pale Harbour, who had led the nominations with five, left with two awards: best group and best live act. Frontman Connor Reilly joked that they would \"have a word\" with Marsh at the after-party.\n\nVeteran rocker Kit Danvers received the outstanding contribution award and closed the show with a medley of his hits, joined on stage by Marsh for a duet of his 1988 single Northern Lights.\n\nRapper Jaye B was named best newcomer, while the international artist award went to Norland-born singer Marie Lacroix, who accepted by video link from a tour stop in Lisbonne.\n\nThe ceremony was not without controversy. Presenter Abara drew boos when he mocked the organisers over ticket prices, and grime collective Eastside Boys walked out after losing best group, later complaining on social media that the awards \"don't respect the scene\".\n\nOrganisers said more than 11,000 people attended the event, the biggest in its 14-year history, and the broadcast drew an audience of 2.4 million, up from 1.9 million last year.\n\nMarsh's Glasshouse, released in March, has spent 31 weeks in the album chart. She begins a sold-out arena tour in Portlake on Friday.\n\nFull list of winners:\nAlbum of the year: Sadie Marsh, Glasshouse\nBest female artist: Sadie Marsh\nBest male artist: Owen Tate\nBest group: Pale Harbour\nSong of the year: Sadie Marsh, Paper Cuts\nBest newcomer: Jaye B\nBest live act: Pale Harbour\nFans' choice: Sadie Marsh"
};
test('an awards ceremony held "last night", Monday entertainment piece: the main event is dated 2016-11-06', () => {
  assert.ok(dated(daysFound(musicAwards), musicAwards.date));
});
test('an awards ceremony held "last night", Monday entertainment piece: Sadie Marsh is among the actors', () => {
  assert.ok(mentions(actorsNamed(musicAwards), musicAwards.actor));
});
const rugbySigning: Article = {
  "id": "rugby-signing",
  "published": "2016-11-24",
  "date": "2016-11-23",
  "actor": "Caerwen Dragons",
  "title": "Caerwen Dragons land Kestland lock Aled Pryce on three-year deal",
  "description": "The 27-year-old will join at the end of the season after turning down a new contract.",
  "text": "By Rhodri Evans, Try Line\n\nCaerwen Dragons have pulled off the signing of the summer a good seven months early after agreeing a three-year deal with Kestland international lock Aled Pryce.\n\nThe Dragons announced the capture of the 27-year-old late on Wednesday night, ending weeks of speculation over his future. Pryce will join from Marlow Harriers at the end of the current season.\n\nPryce, who has won 34 caps and started all three of Kestland's autumn internationals, had been offered a new deal by Harriers but turned it down to return to the region where he began his career.\n\n\"Caerwen is home. It's where I learned the game, and I always said I wanted to come back while I still had my best years ahead of me,\" Pryce said in a statement released by the club. \"This is a squad that can win trophies and I want to be part of that.\"\n\nDragons head coach Lyndon Price described the 6ft 8in second-row as \"one of the best locks in the northern hemisphere\".\n\n\"Aled brings size, a fantastic lineout brain and real leadership,\" he said. \"Getting a deal done this early is a huge statement of intent from the club.\"\n\nPryce's move is a blow to Harriers, who are top of the Premiership and had made him their captain for the European campaign. Harriers director of rugby Simon Oakes said he was \"disappointed but not surprised\".\n\n\"We made Aled a very strong offer. In the end the pull of home was too great, and we respect that,\" Oakes said. \"He will give everything for us until the end of the season.\"\n\nThe signing is a boost to the Kestland Rugby Union's efforts to keep its top players in the domestic game. Union chief executive Gwen Morris welcomed the deal and said talks with several other overseas-based players were \"progressing well\".\n\nPryce is expected to be named in the Harriers side to face Dunholm at the weekend.\n\nThe Dragons, who are sixth in the league, host Portlake on Saturday."
};
test('a rugby signing announced "late on Wednesday night", sports site Thursday: the main event is dated 2016-11-23', () => {
  assert.ok(dated(daysFound(rugbySigning), rugbySigning.date));
});
test('a rugby signing announced "late on Wednesday night", sports site Thursday: Caerwen Dragons is among the actors', () => {
  assert.ok(mentions(actorsNamed(rugbySigning), rugbySigning.actor));
});
const stormWarning: Article = {
  "id": "storm-warning",
  "published": "2016-11-18",
  "date": "2016-11-20",
  "actor": "Storm Agatha",
  "title": "Storm Agatha to bring 80mph gusts and flooding on Sunday",
  "description": "An amber warning covers the west coast from Sunday morning until Monday lunchtime, with travel chaos likely.",
  "text": "By Rebecca Shaw, Weather Correspondent for the Daily Post\n\nCoastal towns are braced for 80mph gusts and torrential rain on Sunday as the first named storm of the winter sweeps in from the Atlantic.\n\nThe National Weather Office yesterday issued an amber warning for Wrexmoor, Tarn and the Kell Islands, telling people to expect travel disruption, power cuts and possible damage to buildings.\n\nForecasters said large waves were likely to throw shingle and debris on to seafronts and coastal roads, and that there was 'a danger to life' from flying debris.\n\n'Agatha is a vigorous system and we expect it to bring the strongest winds of the autumn so far,' said chief forecaster Neil Farrow. 'People should plan ahead and avoid unnecessary journeys on Sunday afternoon and evening.'\n\nUp to 60mm of rain could fall on high ground in Tarn, where the ground is already saturated after a wet October. The Environment Service has issued 14 flood alerts and said further warnings were likely over the weekend.\n\nA less severe yellow warning for wind covers most of the rest of the country from Saturday night until Monday evening.\n\nFerry operator Islandline said sailings to the Kell Islands were likely to be cancelled on Sunday and Monday, and advised passengers to check before travelling. Railnet Westland said speed restrictions would be imposed on exposed routes.\n\nPower company Westgrid said it had put extra engineers on standby and urged customers to charge mobile phones and keep torches handy.\n\nThe storm is the first of the season to be named under the scheme run by the National Weather Office and its counterpart in Norland, which began last year.\n\nForecasters say conditions should improve by Tuesday, although it will turn much colder, with a risk of frost and snow on high ground later next week.\n\nLast winter, Storm Conrad caused an estimated £120m of damage and left 40,000 homes without electricity, some of them for four days.\n\nCouncils in Tarn have begun handing out sandbags, and schools on the Kell Islands said they would decide on Sunday evening whether to open on Monday."
};
test('a storm forecast for "Sunday" in a Friday tabloid, the day given by a headline infinitive, "braced for" and "from Sunday morning until Monday": the main event is dated 2016-11-20', () => {
  assert.ok(dated(daysFound(stormWarning), stormWarning.date));
});
test('a storm forecast for "Sunday" in a Friday tabloid, the day given by a headline infinitive, "braced for" and "from Sunday morning until Monday": Storm Agatha is among the actors', () => {
  assert.ok(mentions(actorsNamed(stormWarning), stormWarning.actor));
});
const ministerInterview: Article = {
  "id": "minister-interview",
  "published": "2016-11-28",
  "date": "2016-11-27",
  "actor": "Hamish Ferrier",
  "title": "Party is 'sleepwalking into a split', warns former foreign secretary",
  "description": "Hamish Ferrier said the leadership had 'lost touch' with its voters and called for an emergency conference.",
  "text": "By Simon Hale, Political Editor for the Daily Post\n\nFormer foreign secretary Hamish Ferrier last night faced a furious backlash from party loyalists after warning that the Unionist Party was 'sleepwalking into a split'.\n\nIn a remarkable intervention, Mr Ferrier, 66, told the Sunday Forum programme yesterday that the leadership had 'lost touch' with its own voters and called for an emergency party conference before Christmas.\n\n'I have been a member of this party for 45 years and I have never seen it so divided,' he said. 'There are people in the Cabinet who barely speak to each other. If we carry on like this, we will split, and we will deserve to.'\n\nHe singled out Chancellor Philippa Dray, whose autumn budget included cuts to rural transport grants, accusing her of 'treating our heartlands like a cashpoint'.\n\nThe comments, his first television interview since he stepped down from the front bench in 2014, prompted an angry response from colleagues.\n\nOne senior minister said Mr Ferrier was 'a yesterday's man trying to make himself relevant', while party chairman Giles Ormond said: 'Hamish has made a great contribution, but this kind of public sniping only helps our opponents.'\n\nHowever, a string of backbenchers rallied to his side last night, with two saying privately that they would back a motion calling for the conference.\n\nPrime Minister Edward Lyle is understood to be irritated by the interview, which came days after his party fell to its lowest poll rating in six years.\n\nA Kellan House source said the Prime Minister would meet backbench MPs on Wednesday to 'listen to their concerns'.\n\nMr Ferrier, MP for Kilmorrow East since 1987, has been a vocal critic of the leadership's handling of the economy. Friends say he is not planning a leadership bid himself but wants to force a change of direction.\n\nThe latest poll from Pollwise, published on Saturday, put the opposition Labour Alliance on 38 per cent, seven points ahead of the Unionists.\n\nThe Unionist Party's next scheduled conference is not due until October."
};
test('an interview-based piece: what a former minister said "yesterday" on a Sunday programme, Monday tabloid: the main event is dated 2016-11-27', () => {
  assert.ok(dated(daysFound(ministerInterview), ministerInterview.date));
});
test('an interview-based piece: what a former minister said "yesterday" on a Sunday programme, Monday tabloid: Hamish Ferrier is among the actors', () => {
  assert.ok(mentions(actorsNamed(ministerInterview), ministerInterview.actor));
});
const ostraviaReferendum: Article = {
  "id": "ostravia-referendum",
  "published": "2016-11-12",
  "date": "2016-11-09",
  "actor": "Ostravian voters",
  "title": "Ostravia voters back term limits in referendum, official results show",
  "description": "Turnout cleared the 50 percent threshold by less than a point.",
  "text": "BELGRAVA, Ostravia (AP) - Ostravian voters approved a constitutional amendment limiting presidents to two terms, according to final results of the Nov. 9 referendum released Friday, dealing a blow to President Viktor Halasz, who had campaigned against the change.\n\nThe Central Electoral Commission said 54.2 percent of those who voted backed the amendment and 45.8 percent opposed it. Turnout was 50.7 percent, just above the 50 percent needed for the result to be valid.\n\nThe amendment means Halasz, who has been in power since 2004, will be barred from running again when his current term ends in 2019. He had argued that term limits would \"tie the hands of the people\".\n\nOpposition leader Katrin Molnar, who led the campaign for the change, called the result \"a victory for democracy\" and urged the president to respect it.\n\n\"For 12 years, one man has decided everything in this country,\" she told supporters in the capital, Belgrava. \"Now the people have decided something too.\"\n\nHalasz's office said in a brief statement that the president \"takes note\" of the results and would address the nation next week. Some of his allies in parliament have said they will challenge the result in the Constitutional Court, alleging irregularities at polling stations abroad.\n\nInternational observers from the Council for Democratic Elections said the vote was \"generally well run\" but criticized heavy pro-government bias in state media coverage during the campaign.\n\nThe referendum was called after a petition backed by more than 400,000 signatures, the first time Ostravia's citizens have used a 2011 law allowing popular initiatives.\n\nPreliminary results published on election night had shown the two sides running almost level, and the count was slowed by a recount in four districts.\n\nOstravia, a country of 5 million people, has seen growing protests over corruption and media freedom in the past two years.\n\n___\n\nAssociated Press writer Dan Keller in Vienna contributed."
};
test('a referendum named only as "the Nov. 9 referendum", with official results announced "Friday", AP Saturday: the main event is dated 2016-11-09', () => {
  assert.ok(dated(daysFound(ostraviaReferendum), ostraviaReferendum.date));
});
test('a referendum named only as "the Nov. 9 referendum", with official results announced "Friday", AP Saturday: Ostravian voters is among the actors', () => {
  assert.ok(mentions(actorsNamed(ostraviaReferendum), ostraviaReferendum.actor));
});
const tellburgFinal: Article = {
  "id": "tellburg-final",
  "published": "2016-11-14",
  "date": "2016-11-13",
  "actor": "Ana Kostadin",
  "title": "Kostadin beats Verhoeven to win Tellburg Masters title",
  "description": "The 22-year-old claims the biggest title of her career with a three-set victory.",
  "text": "TELLBURG, Nov 13 (Reuters) - Ana Kostadin won the biggest title of her career at the season-ending Tellburg Masters, fighting back from a set down to beat world number one Lotte Verhoeven 4-6 6-3 6-4 in a tense final.\n\nThe 22-year-old, who only qualified for the eight-woman event as an alternate after an injury withdrawal, broke serve in the ninth game of the deciding set and held her nerve to serve out the match at the second attempt.\n\n\"I came here as the last player in the draw and I leave with the trophy. I can't believe it,\" Kostadin said during the presentation ceremony. \"Lotte has been the best player all year, so to beat her today means everything.\"\n\nVerhoeven, who had won all four of her previous matches in the tournament without dropping a set, made 41 unforced errors and struggled with her first serve throughout.\n\n\"She played better on the big points. That's all there is to say,\" said the 26-year-old. \"It's been an incredible year for me and I'm not going to let one match change that.\"\n\nKostadin took home $2.1 million in prize money and will rise to a career-high fifth in the rankings on Monday.\n\nHer victory caps a remarkable rise for a player who was ranked outside the top 100 at the start of 2015. She reached her first grand slam semi-final at the Coral Bay Open in September and beat three top-10 players in Tellburg.\n\nVerhoeven will still finish the year as the number one, a position she has held since April.\n\nBoth players are expected to lead their countries in the Nations Cup final in Portvale on Nov. 26-27.\n\nEarlier, Elise Marchetti and Ruth Okonkwo won the doubles title, beating the top seeds 7-5 6-7(4) 10-6 in a match tiebreak.\n\n(Reporting by Tom Gardner; Editing by Ken Ferris)"
};
test('a tennis final whose only day is the Reuters dateline "Nov 13", "today" in a quote, read on Monday: the main event is dated 2016-11-13', () => {
  assert.ok(dated(daysFound(tellburgFinal), tellburgFinal.date));
});
test('a tennis final whose only day is the Reuters dateline "Nov 13", "today" in a quote, read on Monday: Ana Kostadin is among the actors', () => {
  assert.ok(mentions(actorsNamed(tellburgFinal), tellburgFinal.actor));
});
const actorDeath: Article = {
  "id": "actor-death",
  "published": "2016-11-10",
  "date": "2016-11-08",
  "actor": "Derek Fallow",
  "title": "Derek Fallow Dead: 'Harbor Street' Star Was 68",
  "description": "Fallow died Tuesday in Santa Rosalia after a battle with lung cancer, his publicist said.",
  "text": "By Marcy Klein, StageScreen\n\nDerek Fallow, the gravel-voiced character actor best known for playing the gruff dock foreman Sal Moretti on the long-running drama Harbor Street, has died. He was 68.\n\nHis publicist, Jan Corby, confirmed the news in a statement Wednesday, saying Fallow had been diagnosed with lung cancer last year and died surrounded by his wife and two sons.\n\n\"Derek was a giant of a man with the softest heart,\" Corby said. \"He loved his family, his craft and a good argument about baseball, in that order.\"\n\nBorn in Millbrook, Fallow worked as a longshoreman and a bartender before landing his first screen role in the 1979 crime film Night Shift at Pier Nine. He went on to appear in more than 60 films and 200 episodes of television.\n\nHarbor Street, which ran for nine seasons on the Coastline network from 1994 to 2003, made him a household name and earned him two Golden Reel nominations. His catchphrase, \"Not on my dock,\" became a fixture of late-night comedy sketches.\n\nLater roles included a corrupt sheriff in the Western series Dust County and a scene-stealing turn as a grieving father in the 2012 indie drama Slow Water, which won him an Indie Screen Award.\n\nCo-stars paid tribute on social media. \"He taught me how to hit a mark and how to throw a punch that looked real,\" wrote actress Nina Castellano, who played his daughter on Harbor Street. \"Rest easy, Sal.\"\n\nDirector Paul Renner, who cast him in Slow Water, called him \"the most honest actor I ever worked with.\"\n\nFallow was also a longtime advocate for union workers and served two terms on the board of the Screen Performers Guild.\n\nHe is survived by his wife of 41 years, Teresa; his sons Michael and Anthony; and four grandchildren.\n\nA private funeral will be held for family. A public memorial is planned for early next year."
};
test('an actor\'s death "Tuesday" given only in the standfirst, the body saying his publicist confirmed it "Wednesday", read on Thursday: the main event is dated 2016-11-08', () => {
  assert.ok(dated(daysFound(actorDeath), actorDeath.date));
});
test('an actor\'s death "Tuesday" given only in the standfirst, the body saying his publicist confirmed it "Wednesday", read on Thursday: Derek Fallow is among the actors', () => {
  assert.ok(mentions(actorsNamed(actorDeath), actorDeath.actor));
});
const beloskDerailment: Article = {
  "id": "belosk-derailment",
  "published": "2016-11-20",
  "date": "2016-11-19",
  "actor": "Belosk Express",
  "title": "Death toll in Ostrolia train derailment rises to 41",
  "description": "Rescuers are still searching the wreckage of the overnight Belosk Express.",
  "text": "KARVIN, Ostrolia (AP) - The death toll from the derailment of a crowded overnight passenger train in western Ostrolia rose to 41 on Sunday as rescuers cut through mangled carriages in search of survivors, officials said.\n\nFourteen carriages of the Belosk Express, traveling from the capital, Karvin, to the port city of Belosk with about 600 passengers on board, left the tracks near the village of Pesk shortly after 11 p.m. Saturday. At least 130 people were injured.\n\nSeveral carriages overturned and two were crushed against each other, making it difficult for rescuers to reach those trapped inside. Heavy cranes arrived at the site on Sunday morning.\n\n\"We are still hearing voices from one of the coaches,\" regional emergency chief Ivo Danek told reporters at the scene. \"We will not stop until everyone is out.\"\n\nTransport Minister Lena Sarova said a fractured rail was the most likely cause but that sabotage had not been ruled out. She said the government would pay compensation of 10,000 kruna to the families of each of the dead.\n\nSurvivors described being thrown from their bunks as the train jolted and tipped over. \"I woke up on the ceiling,\" said Marek Holub, 34, who was traveling with his wife and daughter. \"It was dark and people were crying for help. We climbed out through a window.\"\n\nHospitals in the nearby towns of Rudna and Stary Les said they were overwhelmed and appealed for blood donors.\n\nPrime Minister Tomas Vrba declared Monday a day of national mourning and canceled a planned visit abroad.\n\nOstrolia's rail network has been criticized for years of underinvestment. A report by the state audit office last year found that a fifth of its track was in poor condition and in need of urgent repair.\n\nIt is the country's deadliest rail accident since 1998, when 56 people died in a collision near Karvin.\n\n___\n\nAssociated Press writer Petra Novak contributed to this report."
};
test('a train derailment "late Saturday" with the toll rising "on Sunday", AP Sunday: the main event is dated 2016-11-19', () => {
  assert.ok(dated(daysFound(beloskDerailment), beloskDerailment.date));
});
test('a train derailment "late Saturday" with the toll rising "on Sunday", AP Sunday: Belosk Express is among the actors', () => {
  assert.ok(mentions(actorsNamed(beloskDerailment), beloskDerailment.actor));
});
const supermarketResults: Article = {
  "id": "supermarket-results",
  "published": "2016-11-15",
  "date": "2016-11-15",
  "actor": "Harcastle",
  "title": "Harcastle profits fall 9% as price war bites",
  "description": "The supermarket chain says it will keep cutting prices despite the hit to margins.",
  "text": "Supermarket chain Harcastle has reported a 9% fall in half-year profits, blaming a fierce price war with discount rivals.\n\nPre-tax profits for the six months to 30 September fell to £412m from £453m a year earlier, although sales rose 1.8% to £9.7bn.\n\nChief executive Fiona Grant said the company would \"keep investing in lower prices\" in the run-up to Christmas, despite the hit to margins.\n\n\"Customers are telling us very clearly that price matters more than ever,\" she said. \"We will not be undercut.\"\n\nHarcastle, the country's third-biggest grocer, has cut the price of more than 1,500 products since the spring in an attempt to win back shoppers from discounters Aldmart and Penny Lane, which have been growing rapidly.\n\nLike-for-like sales, which strip out the impact of new store openings, rose 0.6%, the first increase in three years.\n\nShares in the company fell 5% in morning trading.\n\nAnalysts said the results showed the chain was stabilising, but at a cost. \"They are running to stand still,\" said Clive Baxter of Northgate Securities. \"Volumes are recovering, but margins are being squeezed hard.\"\n\nThe company also confirmed plans to close 12 underperforming stores and cut 1,100 jobs in its head office, as first reported last month. It said most of the job losses would be voluntary.\n\nThe grocer is also facing higher costs from the weaker pound, which has pushed up the price of imported food. Ms Grant said Harcastle would try to absorb as much of those increases as possible, but warned that \"some prices will rise\" next year.\n\nThe Shopworkers' Alliance said it was disappointed by the store closures and would seek talks with the company.\n\nHarcastle's rival Bramley's is due to report its results on Thursday."
};
test('a supermarket\'s half-year results reported the same day ("has reported"): the main event is dated 2016-11-15', () => {
  assert.ok(dated(daysFound(supermarketResults), supermarketResults.date));
});
test('a supermarket\'s half-year results reported the same day ("has reported"): Harcastle is among the actors', () => {
  assert.ok(mentions(actorsNamed(supermarketResults), supermarketResults.actor));
});
const consoleLaunch: Article = {
  "id": "console-launch",
  "published": "2016-11-23",
  "date": "2016-11-25",
  "actor": "Norvik PlayCube",
  "title": "Norvik's PlayCube 2 goes on sale Friday. Here's what you need to know",
  "description": "Stores will have limited stock on Black Friday, and pre-orders sold out in hours.",
  "text": "By Jordan Pike, PixelBeat\n\nNorvik's PlayCube 2 goes on sale Friday, and if you haven't pre-ordered one, you may have a fight on your hands.\n\nThe console launches in North Meridia and six European countries on Black Friday at $399 for the standard model and $499 for the Pro bundle, which includes a second controller and a copy of Skyrider Legends. Norvik confirmed the date at a press event in Tessaly last month.\n\nPre-orders sold out at most major retailers within hours when they opened in October, and Norvik has warned that stock will be \"tight\" through the holidays.\n\n\"We are producing consoles as fast as we can,\" Norvik's head of hardware, Mika Sorensen, told PixelBeat. \"We would rather be honest with fans now than have them disappointed on launch day.\"\n\nBig-box chain ValueMart says its stores will open at 6 a.m. Friday with about 40 units per store, handed out on a first-come, first-served basis. Rival GameBarn will hold midnight openings at 300 locations and is limiting customers to one console each.\n\nThe PlayCube 2 is a big step up from the original. It has a custom eight-core processor, 12GB of memory and support for 4K output, although most launch games run at a lower resolution and are upscaled. A 1TB hard drive comes as standard.\n\nThere are 22 launch titles, including Skyrider Legends, the racing game Overdrive 3 and a remastered version of the 2009 cult hit Lantern Hollow. Backward compatibility with original PlayCube discs will arrive in a software update in the spring.\n\nEarly reviews have been mostly positive, praising the console's quiet cooling system and redesigned controller while criticizing the cluttered home screen.\n\nAnalysts expect the PlayCube 2 to outsell Tessel's rival Orbit this holiday season. Research firm Tabulate forecasts Norvik will ship 3.5 million units by the end of December.\n\nIf you do manage to get one, Norvik says a day-one system update of about 2GB will need to be downloaded before you can play online, so it may be worth setting it up before the big day.\n\nOur full review will be published Thursday."
};
test('a console that "goes on sale Friday" (Black Friday), on a tech site two days before: the main event is dated 2016-11-25', () => {
  assert.ok(dated(daysFound(consoleLaunch), consoleLaunch.date));
});
test('a console that "goes on sale Friday" (Black Friday), on a tech site two days before: Norvik PlayCube is among the actors', () => {
  assert.ok(mentions(actorsNamed(consoleLaunch), consoleLaunch.actor));
});
const ardmellonFloods: Article = {
  "id": "ardmellon-floods",
  "published": "2016-11-28",
  "date": "2016-11-25",
  "actor": "Ardmellon floods",
  "title": "Ardmellon floods: Clean-up begins as residents count cost",
  "description": "Dozens of homes and businesses were flooded when a month's rain fell in 12 hours.",
  "text": "The clean-up has begun in Ardmellon after flash floods swept through the town on Friday night, forcing dozens of people from their homes.\n\nAbout 120 homes and 40 businesses were flooded when the River Mell burst its banks after a month's worth of rain fell in just 12 hours.\n\nFirefighters rescued 27 people, including an elderly couple who were lifted from an upstairs window by boat. No-one was seriously hurt.\n\nResidents spent the weekend pumping water out of their homes and piling ruined furniture and carpets on the pavements.\n\n\"The water came in so fast, it was up to my knees in about ten minutes,\" said Morag Lennie, 71, whose house on Bridge Street was flooded for the second time in four years. \"I've lost everything downstairs again. I don't know if I can face starting over.\"\n\nThe Coastal and Rivers Agency said its gauges recorded the river rising by more than two metres in three hours, the fastest rise since records began in 1962.\n\nLocal councillor Iain Baird said the town's flood defences, which were due to be upgraded after the 2012 floods, had been \"completely overwhelmed\".\n\n\"We were promised new defences four years ago and we are still waiting,\" he said. \"People here are angry, and they have every right to be.\"\n\nThe regional government said the £6m scheme had been delayed by a dispute over land but would begin in the spring. Environment Minister Kathleen Dorran, who visited Ardmellon on Sunday, said she would set up a hardship fund for households and businesses affected.\n\nThe Ardmellon-Corran road reopened on Sunday afternoon, but the main railway line remains closed between Ardmellon and Tolbain because of damage to a bridge. Replacement buses are running.\n\nForecasters have warned of more heavy rain in the area on Wednesday.\n\nThe local primary school, which was used as a rest centre over the weekend, will stay closed today while it is cleaned."
};
test('flash floods "on Friday night", read on Monday (three days back), broadcaster style: the main event is dated 2016-11-25', () => {
  assert.ok(dated(daysFound(ardmellonFloods), ardmellonFloods.date));
});
/**
 * Known misses (not asserted):
 * - tram-crash: a tram crash "on Wednesday morning" given in the standfirst, with the toll rising "overnight", reported on Thursday — Lakeside Metro tram is not among the actors
 * - well-rescue: a boy pulled from a well "late Thursday local time", CNN piece dated Friday — Civil Defense rescuers is not among the actors
 * - ardmellon-floods: flash floods "on Friday night", read on Monday (three days back), broadcaster style — Ardmellon floods is not among the actors
 */
