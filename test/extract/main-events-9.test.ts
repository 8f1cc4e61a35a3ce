import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read, daysFound, dated, actorsNamed, mentions, type EventArticle as Article } from '../support/event-sets.ts';

/** The actor is named (as the shared helper checks), or a lower-case form such as "the police" contains the gold "Police". */
const named = (names: string[], actor: string): boolean => mentions(names, actor) || names.some((n) => n.toLowerCase().includes(actor.toLowerCase()));
/** Some event is dated to the main event's day and names the main actor among its own actors. */
const datedWithActor = (a: Article): boolean => read(a).events.some((e) => dated([e.date ?? ''], a.date) && named(e.actors, a.actor));
const placeWords = (p: string): string[] => p.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}-]/gu, '')).filter((w) => /^\p{Lu}/u.test(w));
/** Some event's place contains a capitalised word of one of the gold places (or is contained in one). */
const placedAt = (a: Article, gold: string[]): boolean =>
  read(a).events.some((e) => !!e.place && gold.some((g) => placeWords(g).some((w) => (e.place ?? '').includes(w)) || g.includes(e.place ?? '')));
/**
 * Set 9: thirty fictional main-event articles written by a tester who had not read the extractor's rules (blind,
 * adversarial), set in October-December 2016 around a US election: wire, US and British newspaper, broadcaster,
 * local-weekly and machine-translated (Spanish-, German-, French- and Portuguese-style) copy on elections and their
 * aftermath, courts, disasters, accidents, business, sports, crime, protests and diplomacy.
 * Ten main events fall on the publication day ("earlier today" beside "the Nov. 8 election", "on Monday", "shortly
 * after midnight Sunday", "this Saturday (26)", "this Sunday", "on Tuesday", an UPDATED story with only "at about
 * 10:15 a.m.", "on Saturday", "this morning" on a Dec. 7 anniversary, "early on Thanksgiving morning"); the rest are
 * earlier, dated as a reporter would: "on election night, hours after the polls closed", "the day after the
 * election", "on Black Friday", "late Sunday" after storms "over the weekend", "yesterday" (British), "last week"
 * with the weekday two paragraphs later, "the previous evening", "the night before" a Monday news conference, "two
 * days later" after a Monday robbery, "a week after the election", "on Tuesday evening" (German-style), "filed late
 * Monday", "late on Sunday night" after "Saturday's defeat", the weekday only in a headline ("in Thursday ruling"),
 * "At Thursday's meeting" after "last week", "this weekend" then "Saturday afternoon", "on Nov. 21" in a story led by
 * a later filing, "this Wednesday (23)" (Portuguese-style), a US victory "at 11.20pm local time on Tuesday - 4.20am
 * today in Britain", and one main event AFTER the publication day: a quake "at 6:02 a.m. Tuesday local time (2:02
 * p.m. EST Monday)" reported from New York on Monday (gold = the local day).
 * Gold per article: the main event's calendar day, its main actor and its place. A day counts as found when any event
 * or date mention carries it; an actor when some event's actors contain a capitalised word of it; the joint check
 * wants both on one event; the place check wants some event's place to match. Every person, place, company, team,
 * outlet and school is invented. Only what the extractor gets right today is asserted; known misses are listed at
 * the end.
 */
const concedeElectionNight: Article = {
  "id": "concede-election-night",
  "published": "2016-11-09",
  "date": "2016-11-08",
  "actor": "Rep. Dale Harrow",
  "title": "Harrow concedes Iowa's 5th after four terms",
  "description": "The Republican congressman told supporters in Marlow Springs he had called his Democratic challenger to congratulate her.",
  "text": "MARLOW SPRINGS, Iowa (UPN) - Four-term Republican Rep. Dale Harrow conceded defeat on election night, hours after the polls closed, telling a subdued crowd at the Prairie Rose Hotel that voters in Iowa's 5th District had \"asked for a change and deserve to get one.\"\n\nHarrow, 61, who first won the seat in the Tea Party wave of 2010, trailed Democrat Nora Vick by about 9,000 votes with more than 90 percent of precincts reporting when he took the stage shortly before 11 p.m.\n\n\"I called Nora a few minutes ago and congratulated her. I told her this district is full of good people and she should listen to every one of them,\" Harrow said.\n\nVick, a former school superintendent from Delane County, had made the closure of two rural hospitals the centre of her campaign. She will be sworn in on Jan. 3.\n\nHarrow's loss was one of the few bright spots for Democrats in the Midwest on Tuesday. Turnout in the district was 71 percent, up from 64 percent in 2012, according to the county auditors' unofficial figures.\n\nHarrow's campaign manager, Jeff Olander, said Wednesday that the congressman had not ruled out a rematch in 2018. \"He is going to spend Thanksgiving with his grandchildren and then think about it,\" Olander said.\n\nThe congressman's office in Marlow Springs will remain open until the end of the session in December, staff said."
};
const concedeElectionNightPlace = ["Marlow Springs"];
test('set 9, a congressman conceding "on election night, hours after the polls closed", read the next morning, with a 2010 first win, a January swearing-in and a 2018 rematch: the main event is dated 2016-11-08', () => {
  assert.ok(dated(daysFound(concedeElectionNight), concedeElectionNight.date));
});
test('set 9, a congressman conceding "on election night, hours after the polls closed", read the next morning, with a 2010 first win, a January swearing-in and a 2018 rematch: Rep. Dale Harrow is among the actors', () => {
  assert.ok(named(actorsNamed(concedeElectionNight), concedeElectionNight.actor));
});
test('set 9, a congressman conceding "on election night, hours after the polls closed", read the next morning, with a 2010 first win, a January swearing-in and a 2018 rematch: an event dated 2016-11-08 names Rep. Dale Harrow', () => {
  assert.ok(datedWithActor(concedeElectionNight));
});
test('set 9, a congressman conceding "on election night, hours after the polls closed", read the next morning, with a 2010 first win, a January swearing-in and a 2018 rematch: an event is placed at Marlow Springs', () => {
  assert.ok(placedAt(concedeElectionNight, concedeElectionNightPlace));
});
const walkoutDayAfterElection: Article = {
  "id": "walkout-day-after-election",
  "published": "2016-11-10",
  "date": "2016-11-09",
  "actor": "Students for a Fair Vote",
  "title": "Hundreds of Larkin State students walk out of class",
  "description": "Organizers say a second rally is planned for the weekend.",
  "text": "LARKIN, Ore. — Hundreds of students at Larkin State University walked out of their classes the day after the election, marching across campus to the steps of the administration building, where speakers took turns at a borrowed megaphone.\n\nThe walkout was organized by Students for a Fair Vote, a group formed in the spring to register young voters, which called it on social media shortly after 8 a.m. By noon, campus police estimated that 700 people had gathered on the quad.\n\n\"We did everything we were told to do. We registered, we knocked on doors, we voted,\" said Amara Delgado, 20, a sophomore from Medford Lake. \"Now we're told to just accept it. We're not going to be quiet.\"\n\nUniversity President Lionel Farrow sent an email to students and staff on Wednesday afternoon saying he respected the right to protest and asking faculty not to penalize students who missed class.\n\nA smaller group of students supporting candidates who won on Tuesday held a counter-demonstration near the library. Campus police said there were no arrests and no injuries.\n\nStudents for a Fair Vote said it would hold a candlelight vigil on Thursday night and a larger rally downtown on Saturday at Pioneer Square. The group's president, Theo Marsh, said members would also push the student senate to pass a resolution at its next meeting, on Nov. 17.\n\nThe university's enrollment has grown by about 30 percent since 2011, driven largely by students from out of state."
};
const walkoutDayAfterElectionPlace = ["Larkin","Larkin State University"];
test('set 9, a campus walkout "the day after the election", read on Thursday, with a vigil "tonight" and a rally planned for Saturday: the main event is dated 2016-11-09', () => {
  assert.ok(dated(daysFound(walkoutDayAfterElection), walkoutDayAfterElection.date));
});
test('set 9, a campus walkout "the day after the election", read on Thursday, with a vigil "tonight" and a rally planned for Saturday: Students for a Fair Vote is among the actors', () => {
  assert.ok(named(actorsNamed(walkoutDayAfterElection), walkoutDayAfterElection.actor));
});
test('set 9, a campus walkout "the day after the election", read on Thursday, with a vigil "tonight" and a rally planned for Saturday: an event is placed at Larkin / Larkin State University', () => {
  assert.ok(placedAt(walkoutDayAfterElection, walkoutDayAfterElectionPlace));
});
const thanksgivingMorningFire: Article = {
  "id": "thanksgiving-morning-fire",
  "published": "2016-11-24",
  "date": "2016-11-24",
  "actor": "Rowanville Fire Department",
  "title": "Thanksgiving fire leaves 40 homeless in Rowanville",
  "description": "No one was seriously hurt, but the blaze gutted a three-story apartment building on Canal Street.",
  "text": "ROWANVILLE, Pa. — Forty people were left homeless early on Thanksgiving morning when fire tore through a three-story apartment building on Canal Street, the Rowanville Fire Department said.\n\nFirefighters were called at 4:52 a.m. and arrived to find flames coming from the roof, Chief Walter Brandt told reporters at the scene. Crews from four neighboring companies helped bring the fire under control by about 7:30 a.m.\n\nTwo residents were treated for smoke inhalation, and one firefighter suffered a minor hand injury. Everyone who lived in the building's 16 units was accounted for, Brandt said.\n\n\"People came down the fire escapes in their pajamas with their kids and their dogs. It could have been so much worse,\" said neighbor Dolores Kane, who opened her home to two families.\n\nThe cause is under investigation, but Brandt said investigators were looking at a space heater on the second floor. The same block lost two row houses to a fire in 2009.\n\nThe Red Cross said it had opened a shelter at the Rowanville Community Center that would remain open through the weekend. Several local restaurants delivered Thanksgiving meals to the shelter by midday.\n\nThe building's owner, Keystone Rentals, said in a statement it would help tenants find temporary housing. The city's code enforcement office inspected the property in March and found no violations, records show."
};
const thanksgivingMorningFirePlace = ["Rowanville"];
test('set 9, a fire "early on Thanksgiving morning" read the same day, with a 2009 fire at the same block and a Red Cross shelter open "through the weekend": the main event is dated 2016-11-24', () => {
  assert.ok(dated(daysFound(thanksgivingMorningFire), thanksgivingMorningFire.date));
});
test('set 9, a fire "early on Thanksgiving morning" read the same day, with a 2009 fire at the same block and a Red Cross shelter open "through the weekend": Rowanville Fire Department is among the actors', () => {
  assert.ok(named(actorsNamed(thanksgivingMorningFire), thanksgivingMorningFire.actor));
});
test('set 9, a fire "early on Thanksgiving morning" read the same day, with a 2009 fire at the same block and a Red Cross shelter open "through the weekend": an event dated 2016-11-24 names Rowanville Fire Department', () => {
  assert.ok(datedWithActor(thanksgivingMorningFire));
});
test('set 9, a fire "early on Thanksgiving morning" read the same day, with a 2009 fire at the same block and a Red Cross shelter open "through the weekend": an event is placed at Rowanville', () => {
  assert.ok(placedAt(thanksgivingMorningFire, thanksgivingMorningFirePlace));
});
const blackFridayCrush: Article = {
  "id": "black-friday-crush",
  "published": "2016-11-27",
  "date": "2016-11-25",
  "actor": "Gallant Mart",
  "title": "Gallant Mart store stays shut after Black Friday crush",
  "description": "Seven shoppers were hurt when the doors opened for the early-bird sale.",
  "text": "FENWICK, Texas — A Gallant Mart store in Fenwick remained closed Sunday, two days after a crush at its front doors on Black Friday sent seven shoppers to the hospital.\n\nThe retailer shut the store on Friday morning after hundreds of people pushed through the entrance when doors opened at 6 a.m. for a sale on televisions and game consoles, according to the Fenwick Police Department.\n\nA 67-year-old woman was knocked to the ground and suffered a broken hip, police said. Six others, including a store employee, were treated for cuts and bruises.\n\nGallant Mart said in a statement on Saturday that it had closed the store \"out of an abundance of caution\" and was reviewing its crowd-control plans at all 212 of its stores in Texas and Oklahoma.\n\n\"Nothing is more important than the safety of our customers and associates,\" the statement said.\n\nShoppers had lined up outside the store since Thanksgiving afternoon. Several said there were only two security guards on duty and no barriers to manage the line.\n\nCity fire marshal Renee Ochoa said her office would inspect the store next week before it is allowed to reopen. It was the second injury incident at a Gallant Mart on Black Friday in three years; a man was trampled at a store in Corliss in 2014.\n\nThe company, based in Amarillo, reported $4.1 billion in sales last year."
};
const blackFridayCrushPlace = ["Fenwick"];
test('set 9, a store closure after a crowd crush "on Black Friday", read on Sunday, with a Saturday statement and an inspection "next week": the main event is dated 2016-11-25', () => {
  assert.ok(dated(daysFound(blackFridayCrush), blackFridayCrush.date));
});
test('set 9, a store closure after a crowd crush "on Black Friday", read on Sunday, with a Saturday statement and an inspection "next week": Gallant Mart is among the actors', () => {
  assert.ok(named(actorsNamed(blackFridayCrush), blackFridayCrush.actor));
});
test('set 9, a store closure after a crowd crush "on Black Friday", read on Sunday, with a Saturday statement and an inspection "next week": an event dated 2016-11-25 names Gallant Mart', () => {
  assert.ok(datedWithActor(blackFridayCrush));
});
test('set 9, a store closure after a crowd crush "on Black Friday", read on Sunday, with a Saturday statement and an inspection "next week": an event is placed at Fenwick', () => {
  assert.ok(placedAt(blackFridayCrush, blackFridayCrushPlace));
});
const certifyEarlierToday: Article = {
  "id": "certify-earlier-today",
  "published": "2016-11-15",
  "date": "2016-11-15",
  "actor": "Haldane County Board of Elections",
  "title": "Haldane County certifies sheriff race; challenger weighs recount",
  "description": "Incumbent Sheriff Royce Pelham won a fourth term by 212 votes.",
  "text": "The Haldane County Board of Elections certified the results of the Nov. 8 election earlier today, confirming that incumbent Sheriff Royce Pelham won a fourth term by 212 votes out of more than 58,000 cast.\n\nThe three-member board voted unanimously to certify after a canvass that added 1,103 provisional and late-arriving absentee ballots to the count. Pelham's lead shrank from 341 votes on election night.\n\nHis challenger, former sheriff's lieutenant Marcy Dunn, has until 5 p.m. Friday to request a recount. Dunn said after the meeting that she had not decided.\n\n\"I owe it to the people who voted for me to make sure every ballot was counted correctly,\" she said. \"But I'm also not going to put the county through an expensive recount if the numbers don't justify it.\"\n\nUnder state law, a candidate who loses by less than half of one percent can request a recount at no cost. Pelham's margin was about 0.36 percent.\n\nBoard chairman Eugene Watts said the canvass had found no irregularities. \"Our staff have worked every day since the election, including the weekend,\" he said.\n\nThe state Board of Canvassers will certify statewide results on Nov. 28. Pelham, a Republican, was first elected in 2004.\n\nHaldane County last held a countywide recount in 2008, in a race for county commissioner."
};
const certifyEarlierTodayPlace = ["Haldane County"];
test('set 9, a board certifying results "earlier today", with the Nov. 8 election, a recount deadline "Friday" and a state certification on Nov. 28: the main event is dated 2016-11-15', () => {
  assert.ok(dated(daysFound(certifyEarlierToday), certifyEarlierToday.date));
});
test('set 9, a board certifying results "earlier today", with the Nov. 8 election, a recount deadline "Friday" and a state certification on Nov. 28: Haldane County Board of Elections is among the actors', () => {
  assert.ok(named(actorsNamed(certifyEarlierToday), certifyEarlierToday.actor));
});
test('set 9, a board certifying results "earlier today", with the Nov. 8 election, a recount deadline "Friday" and a state certification on Nov. 28: an event dated 2016-11-15 names Haldane County Board of Elections', () => {
  assert.ok(datedWithActor(certifyEarlierToday));
});
const mergerMonday: Article = {
  "id": "merger-monday",
  "published": "2016-11-21",
  "date": "2016-11-21",
  "actor": "Corvath Foods",
  "title": "Corvath Foods to buy snack maker Pellwood in $6.2 billion deal",
  "description": "The deal would create the third-largest packaged snack company in North America.",
  "text": "(Meridian Wire) - Corvath Foods Inc said on Monday it would buy Pellwood Snacks for about $6.2 billion in cash and stock, betting that salty snacks will keep growing as shoppers turn away from breakfast cereal and canned soup.\n\nCorvath, based in Brennan Falls, Minnesota, will pay $58.50 per share, a premium of 27 percent to Pellwood's closing price on Friday. Including debt, the deal values Pellwood at about $7.4 billion.\n\nThe companies have been in talks since August, people familiar with the matter said. Corvath made an unsolicited approach for Pellwood in 2015 that was rejected as too low.\n\n\"Pellwood's brands are exactly where consumers are going,\" Corvath Chief Executive Sandra Mulhall said on a call with analysts. She said the combined company would cut about $300 million in annual costs by 2019, partly by closing overlapping plants.\n\nPellwood shares jumped 23 percent to $56.90 in morning trading on the New York Stock Exchange. Corvath shares fell 2.4 percent.\n\nThe deal, which requires approval from Pellwood shareholders and antitrust regulators, is expected to close in the second half of 2017. Pellwood's founding family, which controls about 18 percent of its shares, has agreed to vote in favour.\n\nGideon & Pratt advised Corvath, while Marchetti Bros advised Pellwood."
};
const mergerMondayPlace = ["Brennan Falls"];
test('set 9, a takeover announced "on Monday", read the same day, with talks since August, a 2015 failed bid and closing "in the second half of 2017": the main event is dated 2016-11-21', () => {
  assert.ok(dated(daysFound(mergerMonday), mergerMonday.date));
});
test('set 9, a takeover announced "on Monday", read the same day, with talks since August, a 2015 failed bid and closing "in the second half of 2017": Corvath Foods is among the actors', () => {
  assert.ok(named(actorsNamed(mergerMonday), mergerMonday.actor));
});
test('set 9, a takeover announced "on Monday", read the same day, with talks since August, a 2015 failed bid and closing "in the second half of 2017": an event dated 2016-11-21 names Corvath Foods', () => {
  assert.ok(datedWithActor(mergerMonday));
});
test('set 9, a takeover announced "on Monday", read the same day, with talks since August, a 2015 failed bid and closing "in the second half of 2017": an event is placed at Brennan Falls', () => {
  assert.ok(placedAt(mergerMonday, mergerMondayPlace));
});
const lateSundayEmergency: Article = {
  "id": "late-sunday-emergency",
  "published": "2016-11-28",
  "date": "2016-11-27",
  "actor": "Gov. Ellen Strand",
  "title": "Strand declares emergency after tornadoes kill 4 in north Alabama",
  "description": "The storms destroyed dozens of homes in Pike Hollow and damaged a school.",
  "text": "PIKE HOLLOW, Ala. (UPN) — Gov. Ellen Strand declared a state of emergency for six north Alabama counties late Sunday after a string of tornadoes tore through the region over the weekend, killing four people and destroying dozens of homes.\n\nThe worst damage was in Pike Hollow, a town of about 2,300 people, where a tornado packing winds estimated at 140 mph flattened a mobile home park shortly after 9 p.m. Saturday. Three of the four deaths were there, Jackson County Coroner Bill Tatum said.\n\nStrand toured the town by helicopter on Sunday afternoon before signing the declaration, which allows state agencies to move equipment and personnel into the area and opens the way for federal aid.\n\n\"I've seen a lot of storm damage in my life, but what I saw today in Pike Hollow breaks your heart,\" Strand said.\n\nThe National Weather Service said it would send survey teams on Tuesday to rate the tornadoes. At least five were reported between Saturday evening and early Sunday.\n\nPike Hollow Elementary School lost part of its roof and will be closed for the rest of the week, school officials said.\n\nResidents said the storms brought back memories of the April 2011 outbreak, which killed more than 200 people across the state. Volunteers from churches in three counties were clearing debris on Monday morning."
};
const lateSundayEmergencyPlace = ["Pike Hollow","Alabama"];
test('set 9, an emergency declared "late Sunday" after storms "over the weekend", read on Monday, with an April 2011 outbreak and a damage survey "on Tuesday": the main event is dated 2016-11-27', () => {
  assert.ok(dated(daysFound(lateSundayEmergency), lateSundayEmergency.date));
});
test('set 9, an emergency declared "late Sunday" after storms "over the weekend", read on Monday, with an April 2011 outbreak and a damage survey "on Tuesday": Gov. Ellen Strand is among the actors', () => {
  assert.ok(named(actorsNamed(lateSundayEmergency), lateSundayEmergency.actor));
});
test('set 9, an emergency declared "late Sunday" after storms "over the weekend", read on Monday, with an April 2011 outbreak and a damage survey "on Tuesday": an event dated 2016-11-27 names Gov. Ellen Strand', () => {
  assert.ok(datedWithActor(lateSundayEmergency));
});
test('set 9, an emergency declared "late Sunday" after storms "over the weekend", read on Monday, with an April 2011 outbreak and a damage survey "on Tuesday": an event is placed at Pike Hollow / Alabama', () => {
  assert.ok(placedAt(lateSundayEmergency, lateSundayEmergencyPlace));
});
const yesterdayCrownCourt: Article = {
  "id": "yesterday-crown-court",
  "published": "2016-11-17",
  "date": "2016-11-16",
  "actor": "Gareth Pollock",
  "title": "Nurse who stole from dying patients is jailed for eight years",
  "description": "Gareth Pollock took more than £90,000 from elderly patients on a hospice ward, the court heard.",
  "text": "A nurse who stole more than £90,000 from dying patients was jailed for eight years yesterday.\n\nGareth Pollock, 44, used bank cards taken from the bedside lockers of patients at St Ailred's Hospice in Carden to withdraw cash and buy electronics and holidays between 2013 and 2014.\n\nSentencing him at Carden Crown Court, Judge Imogen Rathbone said he had committed \"a gross breach of trust against people at their most vulnerable\".\n\n\"You were trusted to care for them in the last weeks of their lives, and you saw them instead as an opportunity,\" she said.\n\nPollock, of Hestley Road, Carden, was convicted last month of 23 counts of fraud and theft after a three-week trial. He had denied the charges, claiming the patients had given him permission to use their cards.\n\nThe court heard that one victim, retired teacher Margaret Hull, 81, had her savings of £31,000 emptied in the fortnight before she died. Her son, David, said in a statement read to the court that the family would \"never forgive him\".\n\nPollock was suspended by the hospice in December 2014 after a relative noticed unusual withdrawals. He has since been struck off by the nursing regulator.\n\nA confiscation hearing to recover the money will be held in the new year. Detective Sergeant Paul Ainsley, of Carden Police, said outside court: \"This was a despicable crime.\""
};
const yesterdayCrownCourtPlace = ["Carden Crown Court","Carden"];
test('set 9, British daily: a nurse jailed "yesterday", read on Thursday, with offences in 2013-2014, a verdict "last month" and a review date in 2020: the main event is dated 2016-11-16', () => {
  assert.ok(dated(daysFound(yesterdayCrownCourt), yesterdayCrownCourt.date));
});
test('set 9, British daily: a nurse jailed "yesterday", read on Thursday, with offences in 2013-2014, a verdict "last month" and a review date in 2020: Gareth Pollock is among the actors', () => {
  assert.ok(named(actorsNamed(yesterdayCrownCourt), yesterdayCrownCourt.actor));
});
const lastWeekCrashWednesday: Article = {
  "id": "last-week-crash-wednesday",
  "published": "2016-11-14",
  "date": "2016-11-09",
  "actor": "Tallis Air",
  "title": "Investigators recover recorders from Tallis Air crash",
  "description": "The NTSB said the turboprop's engines appeared to have been working when it struck trees.",
  "text": "COLD HARBOR, Maine — Federal investigators said Monday that they had recovered both flight recorders from the wreckage of the Tallis Air commuter plane that went down in woods near Cold Harbor Regional Airport last week, killing six of the 11 people on board.\n\nNational Transportation Safety Board member Louise Drayton said at a news conference that the recorders had been sent to the agency's laboratory in Washington and that investigators hoped to have initial data within days.\n\nThe twin-engine turboprop, operating Tallis Air Flight 318 from Boston, struck trees about a mile short of the runway at 6:14 p.m. on Wednesday as it approached in fog and light rain. Five passengers survived with serious injuries.\n\nDrayton said there was no sign of an engine failure. \"Both propellers show evidence of rotation at impact,\" she said.\n\nTallis Air, a regional carrier that flies 14 routes in New England, suspended its Cold Harbor service after the crash. Chief executive Martin Selby said on Friday that the airline was cooperating fully.\n\nThe airline's planes have had two previous accidents, neither fatal, since it began operating in 2004, according to NTSB records.\n\nDrayton said the board would issue an interim report within 30 days. A final report typically takes a year or more.\n\nA memorial service for the victims, who included a local high school teacher and her husband, will be held Saturday at St. Brendan's Church."
};
const lastWeekCrashWednesdayPlace = ["Cold Harbor","Cold Harbor Regional Airport"];
test('set 9, a plane crash referred to as "last week\'s crash", its day only "on Wednesday" in a later paragraph, read on Monday, with an interim report "within 30 days": the main event is dated 2016-11-09', () => {
  assert.ok(dated(daysFound(lastWeekCrashWednesday), lastWeekCrashWednesday.date));
});
test('set 9, a plane crash referred to as "last week\'s crash", its day only "on Wednesday" in a later paragraph, read on Monday, with an interim report "within 30 days": Tallis Air is among the actors', () => {
  assert.ok(named(actorsNamed(lastWeekCrashWednesday), lastWeekCrashWednesday.actor));
});
test('set 9, a plane crash referred to as "last week\'s crash", its day only "on Wednesday" in a later paragraph, read on Monday, with an interim report "within 30 days": an event is placed at Cold Harbor / Cold Harbor Regional Airport', () => {
  assert.ok(placedAt(lastWeekCrashWednesday, lastWeekCrashWednesdayPlace));
});
const quakeLocalTuesday: Article = {
  "id": "quake-local-tuesday",
  "published": "2016-11-21",
  "date": "2016-11-22",
  "actor": "Oceanic Tsunami Warning Center",
  "title": "Strong quake strikes off Kaluan Islands; tsunami warning lifted",
  "description": "Residents of the island capital fled to higher ground before dawn.",
  "text": "NEW YORK (CNB) -- A powerful magnitude 7.1 earthquake struck off the Kaluan Islands in the western Pacific at 6:02 a.m. Tuesday local time (2:02 p.m. EST Monday), prompting the Oceanic Tsunami Warning Center to issue a tsunami warning for coasts within 300 kilometers of the epicenter.\n\nThe quake was centered about 90 kilometers southeast of Port Meriam, the islands' capital, at a depth of 33 kilometers, according to the center.\n\nThe warning center lifted the warning about three hours later after tide gauges recorded waves of no more than 40 centimeters.\n\nResidents of Port Meriam said they were woken by violent shaking that lasted nearly a minute. \"Everything fell off the shelves. We grabbed the children and ran up the hill,\" hotel worker Sefa Tanoa told CNB by phone.\n\nThe islands' disaster office said there were no immediate reports of deaths, but that a bridge on the coastal highway had cracked and power was out across much of the main island.\n\nThe Kaluan Islands, home to about 110,000 people, sit on one of the most active stretches of the Pacific \"Ring of Fire.\" A magnitude 7.8 quake in 1997 and the tsunami that followed killed more than 300 people.\n\nAftershocks continued into the afternoon local time, the largest measuring 5.6. The islands' prime minister, Ioane Rafe, is expected to tour the damaged areas on Wednesday."
};
const quakeLocalTuesdayPlace = ["Kaluan Islands","Port Meriam"];
test('set 9, US evening copy: a quake "at 6:02 a.m. Tuesday local time (2:02 p.m. EST Monday)", read on Monday in New York, so the local day is after publication; warning lifted "about three hours later": the main event is dated 2016-11-22', () => {
  assert.ok(dated(daysFound(quakeLocalTuesday), quakeLocalTuesday.date));
});
test('set 9, US evening copy: a quake "at 6:02 a.m. Tuesday local time (2:02 p.m. EST Monday)", read on Monday in New York, so the local day is after publication; warning lifted "about three hours later": Oceanic Tsunami Warning Center is among the actors', () => {
  assert.ok(named(actorsNamed(quakeLocalTuesday), quakeLocalTuesday.actor));
});
test('set 9, US evening copy: a quake "at 6:02 a.m. Tuesday local time (2:02 p.m. EST Monday)", read on Monday in New York, so the local day is after publication; warning lifted "about three hours later": an event dated 2016-11-22 names Oceanic Tsunami Warning Center', () => {
  assert.ok(datedWithActor(quakeLocalTuesday));
});
const arrestAfterMidnight: Article = {
  "id": "arrest-after-midnight",
  "published": "2016-11-06",
  "date": "2016-11-06",
  "actor": "Police",
  "title": "Man held after shooting at Dunmore bar wounds two",
  "description": "The suspect was arrested a few blocks from the Red Lantern tavern, police said.",
  "text": "DUNMORE, N.Y. — Police arrested a 24-year-old man shortly after midnight Sunday, about 40 minutes after two people were shot inside a crowded bar in downtown Dunmore, authorities said.\n\nOfficers were called to the Red Lantern tavern on Mill Street at 11:22 p.m. Saturday after a fight between two groups of patrons spilled onto the dance floor and a man pulled a handgun, Police Chief Anthony Ruiz said.\n\nA 31-year-old man was shot in the leg and a 27-year-old woman was grazed by a bullet in the arm. Both were taken to Dunmore General Hospital and were in stable condition Sunday morning, Ruiz said.\n\nThe suspect, Kyle J. Barnett of Oriskany Falls, ran from the bar and was found hiding behind a garage on Prospect Avenue, police said. A handgun was recovered nearby.\n\nBarnett was charged with two counts of first-degree assault and criminal possession of a weapon. He was being held at the county jail and is expected to be arraigned Monday in Dunmore City Court.\n\n\"Our officers did an outstanding job. They had him in custody before most of the people at the bar had even been interviewed,\" Ruiz said.\n\nThe Red Lantern had its liquor license suspended for 30 days in 2015 after a series of fights. The owner, Sal Ferrante, did not return calls on Sunday.\n\nAnyone with video from the bar is asked to contact the police department's detective bureau."
};
const arrestAfterMidnightPlace = ["Dunmore","Red Lantern"];
test('set 9, police arrest "shortly after midnight" after a bar shooting "late Saturday", read on Sunday, with an arraignment "Monday" and a 2015 licence suspension: the main event is dated 2016-11-06', () => {
  assert.ok(dated(daysFound(arrestAfterMidnight), arrestAfterMidnight.date));
});
test('set 9, police arrest "shortly after midnight" after a bar shooting "late Saturday", read on Sunday, with an arraignment "Monday" and a 2015 licence suspension: Police is among the actors', () => {
  assert.ok(named(actorsNamed(arrestAfterMidnight), arrestAfterMidnight.actor));
});
test('set 9, police arrest "shortly after midnight" after a bar shooting "late Saturday", read on Sunday, with an arraignment "Monday" and a 2015 licence suspension: an event dated 2016-11-06 names Police', () => {
  assert.ok(datedWithActor(arrestAfterMidnight));
});
test('set 9, police arrest "shortly after midnight" after a bar shooting "late Saturday", read on Sunday, with an arraignment "Monday" and a 2015 licence suspension: an event is placed at Dunmore / Red Lantern', () => {
  assert.ok(placedAt(arrestAfterMidnight, arrestAfterMidnightPlace));
});
const noConfidencePreviousEvening: Article = {
  "id": "no-confidence-previous-evening",
  "published": "2016-12-02",
  "date": "2016-12-01",
  "actor": "Parliament",
  "title": "Varenia wakes up without a government",
  "description": "President Oksana Lind will begin consultations with party leaders next week.",
  "text": "VAREN, Dec 2 (Balt-Info) — Varenia woke up on Friday without a government for the first time in nine years, after Parliament voted to dismiss Prime Minister Andris Kalve the previous evening.\n\nThe no-confidence motion, tabled by the opposition Green Farmers' Union, passed with 54 votes in the 100-seat chamber, after the junior coalition partner, the Unity party, announced that it would no longer support the government.\n\nKalve, 57, who had led three successive coalitions since 2007, left the chamber without speaking to reporters. In a brief statement posted on his party's website before midnight, he said he accepted \"the will of the representatives of the people\".\n\nThe crisis began in October, when prosecutors opened an investigation into the awarding of contracts for a new ferry terminal in the port of Salaspa. Kalve has denied wrongdoing.\n\nPresident Oksana Lind said on Friday morning that Kalve's cabinet would remain in office in a caretaker role. She will begin consultations with party leaders on Monday.\n\n\"Varenia needs a stable government before the budget is due, and I intend to see that it has one,\" Lind told reporters at the presidential palace.\n\nAnalysts said the most likely candidate for prime minister was Unity's leader, former finance minister Gatis Berzin. The next regular election is not due until October 2018; the last was held in 2014.\n\nVarenian bond yields rose slightly on Friday, and the central bank said it saw no risk to financial stability."
};
const noConfidencePreviousEveningPlace = ["Varen","Varenia"];
test('set 9, a parliament ousting a prime minister "the previous evening", the article opening on the following morning, read on Friday, with consultations "on Monday" and a 2014 election: the main event is dated 2016-12-01', () => {
  assert.ok(dated(daysFound(noConfidencePreviousEvening), noConfidencePreviousEvening.date));
});
test('set 9, a parliament ousting a prime minister "the previous evening", the article opening on the following morning, read on Friday, with consultations "on Monday" and a 2014 election: Parliament is among the actors', () => {
  assert.ok(named(actorsNamed(noConfidencePreviousEvening), noConfidencePreviousEvening.actor));
});
test('set 9, a parliament ousting a prime minister "the previous evening", the article opening on the following morning, read on Friday, with consultations "on Monday" and a 2014 election: an event dated 2016-12-01 names Parliament', () => {
  assert.ok(datedWithActor(noConfidencePreviousEvening));
});
test('set 9, a parliament ousting a prime minister "the previous evening", the article opening on the following morning, read on Friday, with consultations "on Monday" and a 2014 election: an event is placed at Varen / Varenia', () => {
  assert.ok(placedAt(noConfidencePreviousEvening, noConfidencePreviousEveningPlace));
});
const coachNightBefore: Article = {
  "id": "coach-night-before",
  "published": "2016-11-07",
  "date": "2016-11-06",
  "actor": "Lake Tamsin Mariners",
  "title": "Mariners' Crane says 5-4 team is \"just getting started\"",
  "description": "The coach praised rookie quarterback Eli Brandt after a last-minute win.",
  "text": "LAKE TAMSIN, Wis. — Lake Tamsin Mariners coach Russ Crane walked into his Monday news conference still hoarse from the night before, when his team beat the Cardell Hawks 27-24 on a touchdown pass with 11 seconds left at a sold-out Dorsey Field.\n\n\"I've been doing this 30 years and I don't think I've ever yelled that loud,\" Crane said. \"Those guys don't quit. They showed it again.\"\n\nRookie quarterback Eli Brandt threw for 318 yards and three touchdowns, including the winning 22-yard throw to tight end Marcus Oyelaran, as the Mariners improved to 5-4 and climbed into a tie for second place in their division.\n\nBrandt, a fourth-round pick from Ridgeway State, took over as the starter in Week 4 after veteran Colt Hammond broke his collarbone.\n\n\"He's got ice in his veins,\" Crane said of Brandt. \"He doesn't know enough yet to be nervous.\"\n\nThe Mariners have not reached the playoffs since 2003, the last time they finished with a winning record. They have a bye next week before playing at Port Lyle on Nov. 20 and hosting the Hawks again on Thanksgiving.\n\nCrane said linebacker DeShawn Pryor, who left Sunday's game with a knee injury, would have an MRI exam on Tuesday. The team also waived backup kicker Tom Ferris."
};
const coachNightBeforePlace = ["Dorsey Field","Lake Tamsin"];
test('set 9, a coach\'s Monday press conference about a win "the night before", read on Monday, with a Thanksgiving game, a 2003 record and a bye "next week": the main event is dated 2016-11-06', () => {
  assert.ok(dated(daysFound(coachNightBefore), coachNightBefore.date));
});
test('set 9, a coach\'s Monday press conference about a win "the night before", read on Monday, with a Thanksgiving game, a 2003 record and a bye "next week": Lake Tamsin Mariners is among the actors', () => {
  assert.ok(named(actorsNamed(coachNightBefore), coachNightBefore.actor));
});
test('set 9, a coach\'s Monday press conference about a win "the night before", read on Monday, with a Thanksgiving game, a 2003 record and a bye "next week": an event is placed at Dorsey Field / Lake Tamsin', () => {
  assert.ok(placedAt(coachNightBefore, coachNightBeforePlace));
});
const arrestTwoDaysLater: Article = {
  "id": "arrest-two-days-later",
  "published": "2016-11-18",
  "date": "2016-11-16",
  "actor": "Tolland Parish Sheriff's Office",
  "title": "Suspect in Tolland bank robbery caught at motel",
  "description": "Deputies found about $9,000 in cash in the suspect's room, the sheriff said.",
  "text": "BELLE PRAIRIE, La. — A man suspected of robbing a bank in Tolland Parish on Monday was arrested two days later at a motel in Belle Prairie, about 80 miles away, the Tolland Parish Sheriff's Office said.\n\nDeputies and Belle Prairie police officers surrounded the Starlite Motor Inn on U.S. 71 and arrested Jerome T. Vance, 38, without incident after a clerk recognized him from surveillance photos released by the sheriff's office, Sheriff Clay Dupree said.\n\nVance is accused of walking into the First Delta Bank branch in Garnet on Monday morning, handing a teller a note saying he had a gun and leaving with about $14,000. No one was hurt.\n\nDeputies found about $9,000 in cash and a pellet pistol in Vance's motel room, Dupree said. A car stolen from Garnet the same morning was found in the motel parking lot.\n\n\"Somebody saw that picture on Facebook and made a phone call. That's how this works,\" Dupree said at a news conference Thursday.\n\nVance, of Shreveport, was booked into the Tolland Parish jail on charges of armed robbery and theft of a motor vehicle. He appeared before a judge on Thursday and was held without bail. He was convicted of a robbery in Caddo Parish in 2012 and was released from prison in May, records show.\n\nThe FBI is also investigating and federal charges are possible, a spokeswoman said."
};
const arrestTwoDaysLaterPlace = ["Belle Prairie"];
test('set 9, an arrest "two days later" after a bank robbery "on Monday", read on Friday, with a court appearance "on Thursday" and a 2012 conviction: the main event is dated 2016-11-16', () => {
  assert.ok(dated(daysFound(arrestTwoDaysLater), arrestTwoDaysLater.date));
});
test('set 9, an arrest "two days later" after a bank robbery "on Monday", read on Friday, with a court appearance "on Thursday" and a 2012 conviction: Tolland Parish Sheriff\'s Office is among the actors', () => {
  assert.ok(named(actorsNamed(arrestTwoDaysLater), arrestTwoDaysLater.actor));
});
const weekAfterCabinet: Article = {
  "id": "week-after-cabinet",
  "published": "2016-11-20",
  "date": "2016-11-15",
  "actor": "Governor-elect Tom Bexley",
  "title": "Bexley moves quickly to build his team",
  "description": "The governor-elect has already named a chief of staff and a budget director, with more announcements expected.",
  "text": "PORT ADAIR — Tom Bexley has wasted little time.\n\nA week after the election, the governor-elect stood in the lobby of the Harbor Building in downtown Port Adair and introduced longtime state Sen. Gloria Nance as his chief of staff, the first appointment of an administration that takes office Jan. 9.\n\n\"Gloria knows this building better than anyone, and she knows where the bodies are buried, figuratively speaking,\" Bexley said to laughter from the small crowd of supporters and reporters.\n\nSince then, Bexley has named former county executive Phil Amato as budget director and has met twice with the outgoing governor, Democrat Harriet Sayles, to discuss the transition. His team has moved into temporary offices on the fourth floor of the Harbor Building.\n\nBexley, a Republican businessman who lost the 2012 governor's race by fewer than 20,000 votes, won the Nov. 8 election by nearly 6 points. He will be the state's first Republican governor since 1999.\n\nNance, 63, has served in the state Senate since 2002 and is known as a skilled negotiator. Democrats praised the pick. \"She is someone we can work with,\" said House Speaker Luis Ortega.\n\nBexley's transition director, Karen Wills, said more cabinet announcements would come after Thanksgiving. The governor-elect is also expected to name a new commissioner of education, a post that has been vacant since August.\n\nBexley spent Saturday at a fundraiser for the inaugural committee in Lowell Bay."
};
const weekAfterCabinetPlace = ["Port Adair"];
test('set 9, a governor-elect naming his chief of staff "a week after the election", read on Sunday, with a Jan. 9 inauguration, a 2012 defeat and further picks "after Thanksgiving": the main event is dated 2016-11-15', () => {
  assert.ok(dated(daysFound(weekAfterCabinet), weekAfterCabinet.date));
});
test('set 9, a governor-elect naming his chief of staff "a week after the election", read on Sunday, with a Jan. 9 inauguration, a 2012 defeat and further picks "after Thanksgiving": Governor-elect Tom Bexley is among the actors', () => {
  assert.ok(named(actorsNamed(weekAfterCabinet), weekAfterCabinet.actor));
});
test('set 9, a governor-elect naming his chief of staff "a week after the election", read on Sunday, with a Jan. 9 inauguration, a 2012 defeat and further picks "after Thanksgiving": an event is placed at Port Adair', () => {
  assert.ok(placedAt(weekAfterCabinet, weekAfterCabinetPlace));
});
const mtSpanishThisSaturday: Article = {
  "id": "mt-spanish-this-saturday",
  "published": "2016-11-26",
  "date": "2016-11-26",
  "actor": "Congress of the Republic",
  "title": "Congress approves the tax reform in the last debate",
  "description": "With 61 votes in favor, the plenary of the Senate gave green light to the project of the Executive.",
  "text": "San Esteban. - The Congress of the Republic approved this Saturday (26) in fourth and last debate the structural tax reform presented by the Government of President Julián Arredondo, after a session that extended more than 14 hours.\n\nThe plenary of the Senate approved the text with 61 votes in favor and 22 against, after the House of Representatives had done the same in the early morning. The reform increases the value added tax from 15% to 18% and creates a new tax on dividends.\n\nThe project was filed by the Minister of Finance, Rodrigo Salcedo Marín, the past 3 of March and had suffered numerous modifications in its passage through the commissions.\n\n\"Today the country gives a step of responsibility with the future generations,\" declared the minister to the journalists at the exit of the Capitol.\n\nThe opposition, headed by the senator Beatriz Ocampo, of the Alianza Solidaria del Sur, announced that it will demand the law before the Constitutional Court. \"This is a reform against the poor and the middle class,\" she affirmed.\n\nThe president Arredondo is expected to sanction the law this next Monday, and the majority of the measures will enter in vigor from the 1 of January of 2017.\n\nAccording to the calculations of the Ministry, the reform will collect some 6.5 billions of pesos additional in 2017, that represent 0.7% of the gross domestic product."
};
const mtSpanishThisSaturdayPlace = ["San Esteban"];
test('set 9, machine-translated Spanish-style copy: "this Saturday (26)" read the same day, with a bill filed "last 3 of March", a Monday sanction and effect "from 1 January": the main event is dated 2016-11-26', () => {
  assert.ok(dated(daysFound(mtSpanishThisSaturday), mtSpanishThisSaturday.date));
});
test('set 9, machine-translated Spanish-style copy: "this Saturday (26)" read the same day, with a bill filed "last 3 of March", a Monday sanction and effect "from 1 January": Congress of the Republic is among the actors', () => {
  assert.ok(named(actorsNamed(mtSpanishThisSaturday), mtSpanishThisSaturday.actor));
});
test('set 9, machine-translated Spanish-style copy: "this Saturday (26)" read the same day, with a bill filed "last 3 of March", a Monday sanction and effect "from 1 January": an event dated 2016-11-26 names Congress of the Republic', () => {
  assert.ok(datedWithActor(mtSpanishThisSaturday));
});
const mtGermanTuesdayEvening: Article = {
  "id": "mt-german-tuesday-evening",
  "published": "2016-11-03",
  "date": "2016-11-01",
  "actor": "Reinhold Brautigam",
  "title": "After loss in the state election: Brautigam resigns as party chairman",
  "description": "The presidium of the Citizens' Party wants to present a successor until the party congress in December.",
  "text": "Kelbach. After the heavy losses at the municipal elections the state chairman of the Citizens' Party (BP), Reinhold Brautigam, has declared his resignation. The 58-year-old announced the step on Tuesday evening in front of the state executive committee in Kelbach, as several participants confirmed to our newspaper.\n\n\"I take over the responsibility for this result,\" Brautigam was quoted. The party had achieved in the municipal elections at the end of October only 19.4 percent, the worst result since its foundation in 1949.\n\nAlready on Wednesday the presidium came together for a crisis meeting. As a possible successor the parliamentary group chairwoman Katrin Oehler is traded, who had demanded in the last weeks openly a \"new beginning\". Oehler herself did not want to express herself on Wednesday.\n\nBrautigam had led the state association since 2009. Under his leadership the BP had governed until 2014 together with the Liberals, before it went into the opposition.\n\nThe new chairman is to be elected at an extraordinary party congress on 10 December in Rellingen. In March the state election takes place, in which the party wants to win back the government participation.\n\nThe opposition leader Jens Harder (Social Democrats) called the resignation \"overdue\". The Greens spoke of a \"party in free fall\"."
};
const mtGermanTuesdayEveningPlace = ["Kelbach"];
test('set 9, machine-translated German-style copy: a party chairman resigning "on Tuesday evening" read on Thursday, with a Wednesday presidium meeting, a party congress "on 10 December" and a March election: the main event is dated 2016-11-01', () => {
  assert.ok(dated(daysFound(mtGermanTuesdayEvening), mtGermanTuesdayEvening.date));
});
test('set 9, machine-translated German-style copy: a party chairman resigning "on Tuesday evening" read on Thursday, with a Wednesday presidium meeting, a party congress "on 10 December" and a March election: Reinhold Brautigam is among the actors', () => {
  assert.ok(named(actorsNamed(mtGermanTuesdayEvening), mtGermanTuesdayEvening.actor));
});
test('set 9, machine-translated German-style copy: a party chairman resigning "on Tuesday evening" read on Thursday, with a Wednesday presidium meeting, a party congress "on 10 December" and a March election: an event is placed at Kelbach', () => {
  assert.ok(placedAt(mtGermanTuesdayEvening, mtGermanTuesdayEveningPlace));
});
const mtFrenchThisSunday: Article = {
  "id": "mt-french-this-sunday",
  "published": "2016-11-13",
  "date": "2016-11-13",
  "actor": "Édouard Vasselin",
  "title": "Presidential: Édouard Vasselin launches himself in the race",
  "description": "The former Prime Minister made official his candidacy in his fief of Lormont-sur-Aude, in front of some 2,000 supporters.",
  "text": "It is done. Édouard Vasselin, former Prime Minister, announced this Sunday his candidacy for the presidential election of next spring, during a meeting in his fief of Lormont-sur-Aude, where he was mayor during eighteen years.\n\nIn front of some 2,000 supporters gathered in the municipal gymnasium, the 64-year-old declared: \"I am candidate because the country needs to be repaired, and I know how to repair.\" He promised a reduction of 100,000 civil servant posts and a reform of the unemployment insurance.\n\nVasselin will have to pass first through the primary of the right and the centre, organized on 22 and 29 January. He will face notably the former minister of the Interior Gilles Marchand and the deputy Claire Bonnefoy, who declared themselves in September.\n\nAccording to a survey published Friday, he would collect 24% of the voices at the first round of the primary, behind Marchand (31%).\n\nBeaten in 2012 at the primary of his camp, Vasselin had announced then his retirement from national political life, before returning progressively since two years. \"I did not forget the lessons of 2012,\" he affirmed this Sunday.\n\nThe candidate will hold his first big meeting in the capital on 3 December. His campaign director, the senator Pascal Ribaud, indicated that the programme would be presented in detail \"before Christmas\"."
};
const mtFrenchThisSundayPlace = ["Lormont-sur-Aude"];
test('set 9, machine-translated French-style copy: a former prime minister declaring his candidacy "this Sunday" read the same day, with a primary "on 22 and 29 January" and a 2012 defeat: the main event is dated 2016-11-13', () => {
  assert.ok(dated(daysFound(mtFrenchThisSunday), mtFrenchThisSunday.date));
});
test('set 9, machine-translated French-style copy: a former prime minister declaring his candidacy "this Sunday" read the same day, with a primary "on 22 and 29 January" and a 2012 defeat: Édouard Vasselin is among the actors', () => {
  assert.ok(named(actorsNamed(mtFrenchThisSunday), mtFrenchThisSunday.actor));
});
test('set 9, machine-translated French-style copy: a former prime minister declaring his candidacy "this Sunday" read the same day, with a primary "on 22 and 29 January" and a 2012 defeat: an event dated 2016-11-13 names Édouard Vasselin', () => {
  assert.ok(datedWithActor(mtFrenchThisSunday));
});
const courtArgumentsTuesday: Article = {
  "id": "court-arguments-tuesday",
  "published": "2016-11-29",
  "date": "2016-11-29",
  "actor": "Supreme Court",
  "title": "Justices skeptical of school funding law",
  "description": "Several members of the court questioned whether the 2015 law meets the state constitution's guarantee of a quality education.",
  "text": "CARVER CITY — Members of the state Supreme Court sharply questioned lawyers for the state on Tuesday over a 2015 law that changed how money is divided among rural and urban school districts.\n\nThe court heard about 90 minutes of arguments in a lawsuit brought by the Rural Schools Alliance, which represents 112 districts and says the formula shortchanges small schools by as much as $1,800 per student.\n\n\"How does a school with 40 kids and one bus keep the lights on under this formula?\" Justice Miriam Falkner asked Assistant Attorney General Derek Pruitt.\n\nPruitt said the Legislature had broad discretion to set school funding and that the new formula had increased total spending by $34 million. \"The constitution does not require that every district receive the same amount,\" he said.\n\nA district judge in Ashby County ruled in June that parts of the law were unconstitutional, but put the ruling on hold pending the appeal.\n\nThe alliance's lawyer, Rebecca Stroud, told the justices that four small districts had closed since the law took effect. \"These are communities losing their schools,\" she said.\n\nThe court is not expected to rule until early next year, possibly before the Legislature convenes Jan. 2. Lawmakers from both parties have said they are waiting for the ruling before writing the next school budget."
};
const courtArgumentsTuesdayPlace = ["Carver City"];
test('set 9, a state supreme court hearing arguments "on Tuesday" read the same day, with a 2015 law, a June lower-court ruling and a decision expected "early next year": the main event is dated 2016-11-29', () => {
  assert.ok(dated(daysFound(courtArgumentsTuesday), courtArgumentsTuesday.date));
});
test('set 9, a state supreme court hearing arguments "on Tuesday" read the same day, with a 2015 law, a June lower-court ruling and a decision expected "early next year": Supreme Court is among the actors', () => {
  assert.ok(named(actorsNamed(courtArgumentsTuesday), courtArgumentsTuesday.actor));
});
test('set 9, a state supreme court hearing arguments "on Tuesday" read the same day, with a 2015 law, a June lower-court ruling and a decision expected "early next year": an event dated 2016-11-29 names Supreme Court', () => {
  assert.ok(datedWithActor(courtArgumentsTuesday));
});
test('set 9, a state supreme court hearing arguments "on Tuesday" read the same day, with a 2015 law, a June lower-court ruling and a decision expected "early next year": an event is placed at Carver City', () => {
  assert.ok(placedAt(courtArgumentsTuesday, courtArgumentsTuesdayPlace));
});
const recountLateMonday: Article = {
  "id": "recount-late-monday",
  "published": "2016-11-30",
  "date": "2016-11-28",
  "actor": "Ruth Dannel",
  "title": "Third-party candidate seeks recount in Kessler County",
  "description": "Ruth Dannel, who won 3 percent of the vote for the state's U.S. Senate seat, says she wants to test the county's voting machines.",
  "text": "Ruth Dannel, the Independent Progress candidate for U.S. Senate, filed a petition late Monday asking for a hand recount of all ballots cast in Kessler County, the state's second-largest county, in the Nov. 8 election.\n\nDannel, who finished a distant third with about 3 percent of the vote, said she was not trying to change the outcome of the race but wanted to check whether the county's optical-scan machines had counted ballots accurately.\n\n\"If the machines are right, a recount will show it. If they're not, we all need to know,\" Dannel said at a news conference on Tuesday outside the Kessler County Courthouse.\n\nThe petition was delivered to the county clerk's office about 20 minutes before the 5 p.m. deadline, along with a check for $46,000 to cover the estimated cost.\n\nCounty Clerk Janet Moss said Tuesday that her office was reviewing the petition and that a hearing before the county board of canvassers would be held on Friday. If approved, a recount would begin next week and would have to be finished by Dec. 13, the federal deadline for states to settle disputes over presidential electors.\n\nThe Republican incumbent, Sen. Paul Wexford, won re-election by about 180,000 votes statewide. His campaign called the petition \"a waste of taxpayer time.\"\n\nKessler County last conducted a countywide recount in 2006."
};
const recountLateMondayPlace = ["Kessler County"];
test('set 9, a recount petition "filed late Monday", read on Wednesday, with the Nov. 8 election, a hearing "on Friday" and a Dec. 13 federal deadline: the main event is dated 2016-11-28', () => {
  assert.ok(dated(daysFound(recountLateMonday), recountLateMonday.date));
});
test('set 9, a recount petition "filed late Monday", read on Wednesday, with the Nov. 8 election, a hearing "on Friday" and a Dec. 13 federal deadline: Ruth Dannel is among the actors', () => {
  assert.ok(named(actorsNamed(recountLateMonday), recountLateMonday.actor));
});
test('set 9, a recount petition "filed late Monday", read on Wednesday, with the Nov. 8 election, a hearing "on Friday" and a Dec. 13 federal deadline: an event dated 2016-11-28 names Ruth Dannel', () => {
  assert.ok(datedWithActor(recountLateMonday));
});
test('set 9, a recount petition "filed late Monday", read on Wednesday, with the Nov. 8 election, a hearing "on Friday" and a Dec. 13 federal deadline: an event is placed at Kessler County', () => {
  assert.ok(placedAt(recountLateMonday, recountLateMondayPlace));
});
const managerSackedSundayNight: Article = {
  "id": "manager-sacked-sunday-night",
  "published": "2016-11-21",
  "date": "2016-11-20",
  "actor": "Brinford Rovers",
  "title": "Rovers wield the axe as Dawlish pays for Saturday's humiliation",
  "description": "The Brinford board acted after a run of one win in 11 league games left the club in the relegation zone.",
  "text": "Brinford Rovers have sacked manager Neil Dawlish after just 18 months in charge, with the club sliding towards the bottom of League One.\n\nThe decision was confirmed in a short statement on the club's website late on Sunday night, a little over 24 hours after Saturday's 4-0 home defeat by Castlemoor Town, which was greeted by chants of \"Dawlish out\" from the Eastgate End.\n\n\"The board would like to thank Neil for his hard work and commitment and wishes him well for the future,\" the statement said. Assistant manager Gary Pike will take charge of the team on a caretaker basis.\n\nDawlish, 46, was appointed in May 2015 after leading Harnley Athletic to promotion, and guided Rovers to a respectable 11th place last season. But the club have won just once in 11 league matches this season and sit 22nd, a point from safety.\n\nChairman Roger Whitlam had publicly backed Dawlish only a fortnight ago, telling supporters at a fans' forum that the manager had \"the full support of the board\".\n\nPike's first game in charge will be at home to Seaford United on Tuesday. Former Rovers captain Lee Harcourt, now coaching in the academy, and ex-Wexcombe boss Alan Prentice are among the early favourites with the bookmakers.\n\nRovers' last permanent manager to be sacked mid-season was Terry Blake, in January 2011."
};
const managerSackedSundayNightPlace = ["Brinford"];
test('set 9, British back-page copy: a manager sacked "at the weekend", the statement issued "late on Sunday night" after "Saturday\'s 4-0 home defeat", read on Monday, with an appointment in May 2015 and a game "on Tuesday": the main event is dated 2016-11-20', () => {
  assert.ok(dated(daysFound(managerSackedSundayNight), managerSackedSundayNight.date));
});
test('set 9, British back-page copy: a manager sacked "at the weekend", the statement issued "late on Sunday night" after "Saturday\'s 4-0 home defeat", read on Monday, with an appointment in May 2015 and a game "on Tuesday": Brinford Rovers is among the actors', () => {
  assert.ok(named(actorsNamed(managerSackedSundayNight), managerSackedSundayNight.actor));
});
const updatedPlantExplosion: Article = {
  "id": "updated-plant-explosion",
  "published": "2016-11-16",
  "date": "2016-11-16",
  "actor": "Helmcrest Chemical",
  "title": "Explosion at Helmcrest plant injures 9; shelter order lifted",
  "description": "A blast in a storage unit sent a column of black smoke over Pointe Sauvage.",
  "text": "UPDATED 6:45 p.m.\n\nPOINTE SAUVAGE, La. — An explosion tore through a storage unit at the Helmcrest Chemical plant at about 10:15 a.m., injuring nine workers and sending a plume of black smoke over this small riverside town, company and parish officials said.\n\nThree of the injured were taken to University Medical Center in New Orleans with serious burns. The other six were treated at the scene or at a local clinic and released, Helmcrest spokeswoman Tanya Guidry said.\n\nHelmcrest said the blast happened in a unit that stores a solvent used to make plastics additives. The fire was put out by the plant's own fire brigade, with help from the Pointe Sauvage Volunteer Fire Department, by about 11:30 a.m.\n\nParish officials ordered residents within a mile of the plant to stay indoors with windows closed. The order was lifted at 2 p.m. after air monitoring found no harmful levels of chemicals, Parish President Ray Theriot said.\n\n\"We heard a boom and the windows rattled. My daughter thought it was thunder,\" said Annette Hebert, who lives about half a mile from the plant.\n\nThe federal Occupational Safety and Health Administration fined Helmcrest $62,000 in 2013 over safety violations at the plant, including problems with its storage tanks. The company said those issues had been corrected.\n\nHelmcrest, which employs about 480 people at Pointe Sauvage, said it would conduct a full investigation. The U.S. Chemical Safety Board said it was sending a team that would arrive Thursday.\n\nThis story has been updated with the lifting of the shelter-in-place order and comment from the company."
};
const updatedPlantExplosionPlace = ["Pointe Sauvage","Helmcrest Chemical plant"];
test('set 9, an UPDATED same-day story: a plant explosion "at about 10:15 a.m." with no weekday in the body, update stamped "6:45 p.m.", a 2013 OSHA fine and a shelter order lifted "at 2 p.m.": the main event is dated 2016-11-16', () => {
  assert.ok(dated(daysFound(updatedPlantExplosion), updatedPlantExplosion.date));
});
test('set 9, an UPDATED same-day story: a plant explosion "at about 10:15 a.m." with no weekday in the body, update stamped "6:45 p.m.", a 2013 OSHA fine and a shelter order lifted "at 2 p.m.": Helmcrest Chemical is among the actors', () => {
  assert.ok(named(actorsNamed(updatedPlantExplosion), updatedPlantExplosion.actor));
});
test('set 9, an UPDATED same-day story: a plant explosion "at about 10:15 a.m." with no weekday in the body, update stamped "6:45 p.m.", a 2013 OSHA fine and a shelter order lifted "at 2 p.m.": an event is placed at Pointe Sauvage / Helmcrest Chemical plant', () => {
  assert.ok(placedAt(updatedPlantExplosion, updatedPlantExplosionPlace));
});
const headlineThursdayRuling: Article = {
  "id": "headline-thursday-ruling",
  "published": "2016-11-05",
  "date": "2016-11-03",
  "actor": "Judge Alma Kettering",
  "title": "Federal judge halts Silver Fork mine in Thursday ruling",
  "description": "The order stops work on the gravel mine until regulators complete a new review of its effects on the Silver Fork River.",
  "text": "FORT RAINES, N.D. — A federal judge has ordered a halt to construction at the Silver Fork gravel mine, ruling that the Army Corps of Engineers failed to properly study how the project would affect a river that supplies drinking water to two towns.\n\nU.S. District Judge Alma Kettering, in a ruling issued late in the day, said the agency had \"simply ignored\" evidence submitted by the Silver Fork Water Users Association that the mine's settling ponds could leak into the river during spring floods.\n\n\"An agency may not close its eyes to facts that are inconvenient to the conclusion it has already reached,\" Kettering wrote in a 42-page opinion.\n\nThe Corps granted the mine's permit in 2014. The water users' group sued in 2015, and the judge heard arguments in the case in Fort Raines in September.\n\nPrairie Aggregates LLC, which is building the mine, said in a statement on Friday that it was disappointed and was considering an appeal to the 8th Circuit. The company said about 60 construction workers would be laid off.\n\n\"This is a victory for every family that turns on a tap in Silver Fork and Ames Crossing,\" said association president Linda Hovde.\n\nKettering ordered the Corps to complete a new environmental assessment. She scheduled a status hearing for Dec. 12."
};
const headlineThursdayRulingPlace = ["Fort Raines"];
test('set 9, the weekday only in the headline ("in Thursday ruling"), the body saying "in a ruling issued late in the day", read on Saturday, with a 2014 permit, a Friday company statement and a hearing "on Dec. 12": the main event is dated 2016-11-03', () => {
  assert.ok(dated(daysFound(headlineThursdayRuling), headlineThursdayRuling.date));
});
test('set 9, the weekday only in the headline ("in Thursday ruling"), the body saying "in a ruling issued late in the day", read on Saturday, with a 2014 permit, a Friday company statement and a hearing "on Dec. 12": Judge Alma Kettering is among the actors', () => {
  assert.ok(named(actorsNamed(headlineThursdayRuling), headlineThursdayRuling.actor));
});
test('set 9, the weekday only in the headline ("in Thursday ruling"), the body saying "in a ruling issued late in the day", read on Saturday, with a 2014 permit, a Friday company statement and a hearing "on Dec. 12": an event is placed at Fort Raines', () => {
  assert.ok(placedAt(headlineThursdayRuling, headlineThursdayRulingPlace));
});
const ministerArrivesSaturday: Article = {
  "id": "minister-arrives-saturday",
  "published": "2016-11-19",
  "date": "2016-11-19",
  "actor": "Tomas Hallgren",
  "title": "Nordmark's foreign minister in Sarkand for talks on detained sailors",
  "description": "Hallgren is the most senior Nordmark official to visit since relations were frozen in 2013.",
  "text": "SARKAND, Nov 19 (NWA) - Nordmark's Foreign Minister Tomas Hallgren arrived in Sarkand on Saturday for talks on the release of 14 Nordmark sailors held since their fishing trawler was seized in disputed waters in August.\n\nHallgren, who was met at the airport by Deputy Foreign Minister Ruslan Temirov, is the most senior Nordmark official to visit the country since the two governments froze high-level contacts in 2013 over a fishing rights dispute.\n\nHe is due to meet Foreign Minister Aidar Kassym on Sunday and may also be received by President Nurlan Sadykov, officials said.\n\n\"We come with an open hand. Our first priority is to bring our sailors home to their families before Christmas,\" Hallgren told reporters on arrival.\n\nSarkand's coast guard detained the trawler Solvik on Aug. 22, accusing its crew of fishing illegally in its exclusive economic zone. A court in the port of Aktau-Kul sentenced the captain to two years in prison in October; the other 13 crew members are awaiting trial.\n\nNordmark says the trawler was in international waters. The families of the sailors held a vigil outside the Sarkand embassy in Nordhavn on Friday.\n\nDiplomats said a deal could involve Nordmark dropping its objections to Sarkand's bid to join a regional fisheries commission, which will hold a summit next month. Kassym said on Friday that Sarkand was \"ready to listen\"."
};
const ministerArrivesSaturdayPlace = ["Sarkand"];
test('set 9, a foreign minister arriving "on Saturday" read the same day, with talks "on Sunday", a 2013 agreement and a summit "next month": the main event is dated 2016-11-19', () => {
  assert.ok(dated(daysFound(ministerArrivesSaturday), ministerArrivesSaturday.date));
});
test('set 9, a foreign minister arriving "on Saturday" read the same day, with talks "on Sunday", a 2013 agreement and a summit "next month": Tomas Hallgren is among the actors', () => {
  assert.ok(named(actorsNamed(ministerArrivesSaturday), ministerArrivesSaturday.actor));
});
test('set 9, a foreign minister arriving "on Saturday" read the same day, with talks "on Sunday", a 2013 agreement and a summit "next month": an event dated 2016-11-19 names Tomas Hallgren', () => {
  assert.ok(datedWithActor(ministerArrivesSaturday));
});
test('set 9, a foreign minister arriving "on Saturday" read the same day, with talks "on Sunday", a 2013 agreement and a summit "next month": an event is placed at Sarkand', () => {
  assert.ok(placedAt(ministerArrivesSaturday, ministerArrivesSaturdayPlace));
});
const schoolBoardLastWeek: Article = {
  "id": "school-board-last-week",
  "published": "2016-12-05",
  "date": "2016-12-01",
  "actor": "Quillan Township School Board",
  "title": "Board votes to close Elm Street School",
  "description": "Parents vowed to keep fighting the decision, which will send 180 pupils to two other schools next fall.",
  "text": "QUILLAN — The Quillan Township School Board voted 5-2 last week to close Elm Street School at the end of the school year, ending nearly nine decades of classes at the township's oldest building.\n\nAt Thursday's meeting, which drew more than 200 people to the high school auditorium, board members said the 1928 building needed $6.8 million in repairs, including a new roof and heating system, and that enrollment had fallen to 180 pupils in a building designed for 400.\n\n\"Nobody up here wanted to do this,\" board President Carol Whitcomb said before the vote. \"But we cannot ask taxpayers to pour millions into a building that is half empty.\"\n\nPupils will be split between Lincoln Elementary and Harbor View Elementary starting next fall. The district estimates it will save about $700,000 a year.\n\nParents spoke for nearly three hours, many of them in tears. \"This school is the heart of this neighborhood,\" said Jenna Alvarez, whose two children attend Elm Street. \"You're taking that away.\"\n\nBoard members Frank Doyle and Maria Santos voted against the closure, arguing the district should have waited for a facilities study due in March.\n\nA parents' group, Save Elm Street, said it would ask the board to reconsider at its next meeting on Dec. 15 and was talking to a lawyer. The last day of classes at Elm Street will be June 16.\n\nThe township closed its last school, Pinecrest Elementary, in 2009."
};
const schoolBoardLastWeekPlace = ["Quillan","Quillan Township"];
test('set 9, local weekly: a school closure voted "last week", the day only in "At Thursday\'s meeting", read on Monday, with a 1928 opening, a June closing date and a meeting "on Dec. 15": the main event is dated 2016-12-01', () => {
  assert.ok(dated(daysFound(schoolBoardLastWeek), schoolBoardLastWeek.date));
});
test('set 9, local weekly: a school closure voted "last week", the day only in "At Thursday\'s meeting", read on Monday, with a 1928 opening, a June closing date and a meeting "on Dec. 15": Quillan Township School Board is among the actors', () => {
  assert.ok(named(actorsNamed(schoolBoardLastWeek), schoolBoardLastWeek.actor));
});
test('set 9, local weekly: a school closure voted "last week", the day only in "At Thursday\'s meeting", read on Monday, with a 1928 opening, a June closing date and a meeting "on Dec. 15": an event is placed at Quillan / Quillan Township', () => {
  assert.ok(placedAt(schoolBoardLastWeek, schoolBoardLastWeekPlace));
});
const protestArrestsThisWeekend: Article = {
  "id": "protest-arrests-this-weekend",
  "published": "2016-10-30",
  "date": "2016-10-29",
  "actor": "Marsh County Sheriff's Office",
  "title": "Deputies arrest 31 at Aldon Ridge pipeline camp",
  "description": "Protesters said deputies used pepper spray; the sheriff said officers were pelted with rocks.",
  "text": "ALDON RIDGE, Neb. — The Marsh County Sheriff's Office arrested 31 people this weekend at a protest camp blocking construction of the Prairie Crossing oil pipeline, the largest number of arrests since demonstrators set up camp in the summer.\n\nDeputies in riot gear moved in on Saturday afternoon after protesters chained themselves to two excavators and refused orders to leave a construction site on private land about two miles east of Aldon Ridge, Sheriff Dale Brunner said.\n\nBrunner said officers were hit with rocks and bottles and that one deputy suffered a cut to his face. Protesters said deputies used pepper spray on people who were sitting peacefully on the ground.\n\n\"We gave them every chance to walk away,\" Brunner said at a news conference Sunday. \"They chose not to.\"\n\nThose arrested were charged with trespassing and obstruction and taken to the county jail in Harlow. Most had been released on bail by Sunday morning. Court dates have been set for mid-November.\n\nA state judge issued an injunction in September barring protesters from the construction site. The pipeline's builder, Heartland Midstream Partners, says the project is 70 percent complete and should be in service next year.\n\nCamp organizer Joanna Redhawk said the protesters would not leave. \"They can arrest us every day,\" she said. Supporters plan a march from Aldon Ridge to the county courthouse next Saturday.\n\nNebraska's governor has not commented on the arrests."
};
const protestArrestsThisWeekendPlace = ["Aldon Ridge"];
test('set 9, arrests "this weekend", the day given as "Saturday afternoon", read on Sunday, with a September injunction, a march "next Saturday" and court dates "in mid-November": the main event is dated 2016-10-29', () => {
  assert.ok(dated(daysFound(protestArrestsThisWeekend), protestArrestsThisWeekend.date));
});
test('set 9, arrests "this weekend", the day given as "Saturday afternoon", read on Sunday, with a September injunction, a march "next Saturday" and court dates "in mid-November": Marsh County Sheriff\'s Office is among the actors', () => {
  assert.ok(named(actorsNamed(protestArrestsThisWeekend), protestArrestsThisWeekend.actor));
});
test('set 9, arrests "this weekend", the day given as "Saturday afternoon", read on Sunday, with a September injunction, a march "next Saturday" and court dates "in mid-November": an event is placed at Aldon Ridge', () => {
  assert.ok(placedAt(protestArrestsThisWeekend, protestArrestsThisWeekendPlace));
});
const memorialThisMorning: Article = {
  "id": "memorial-this-morning",
  "published": "2016-12-07",
  "date": "2016-12-07",
  "actor": "Mayor Denise Albright",
  "title": "Gilford Bay honors its Pearl Harbor sailors, 75 years on",
  "description": "A new bronze plaque in Veterans Park lists the names of the eleven local men killed on Dec. 7, 1941.",
  "text": "GILFORD BAY — Under a gray sky and a light drizzle, Mayor Denise Albright unveiled a bronze plaque in Veterans Park this morning honoring the eleven Gilford Bay men who died in the attack on Pearl Harbor on Dec. 7, 1941.\n\nAbout 300 people, including schoolchildren, veterans and relatives of the fallen, stood in silence at 7:55 a.m. Hawaii time — 12:55 p.m. here — as a bell rang once for each name.\n\n\"Seventy-five years ago today, this town lost eleven of its sons in a single morning,\" Albright said. \"We owe it to them to say their names out loud, and to teach our children to say them too.\"\n\nThe plaque replaces a smaller marker dedicated in 1991, on the 50th anniversary, which had been damaged by vandals last year. It was paid for by donations from the local VFW post and the Gilford Bay Historical Society.\n\nAmong those at the ceremony was Ruth Cahill, 88, whose older brother, Seaman 2nd Class James Cahill, was killed aboard one of the battleships moored in the harbor that morning. \"I was 13. I remember my mother dropping the telephone,\" she said.\n\nThe historical society has opened an exhibit on the town's wartime history at the public library, which runs through January. A parade honoring veterans of all wars will take place on Saturday, starting at 11 a.m. on Main Street."
};
const memorialThisMorningPlace = ["Gilford Bay","Veterans Park"];
test('set 9, a plaque unveiled "this morning" on an anniversary read the same day, with the background "Dec. 7, 1941", a 1991 dedication and a parade "on Saturday": the main event is dated 2016-12-07', () => {
  assert.ok(dated(daysFound(memorialThisMorning), memorialThisMorning.date));
});
test('set 9, a plaque unveiled "this morning" on an anniversary read the same day, with the background "Dec. 7, 1941", a 1991 dedication and a parade "on Saturday": Mayor Denise Albright is among the actors', () => {
  assert.ok(named(actorsNamed(memorialThisMorning), memorialThisMorning.actor));
});
test('set 9, a plaque unveiled "this morning" on an anniversary read the same day, with the background "Dec. 7, 1941", a 1991 dedication and a parade "on Saturday": an event dated 2016-12-07 names Mayor Denise Albright', () => {
  assert.ok(datedWithActor(memorialThisMorning));
});
test('set 9, a plaque unveiled "this morning" on an anniversary read the same day, with the background "Dec. 7, 1941", a 1991 dedication and a parade "on Saturday": an event is placed at Gilford Bay / Veterans Park', () => {
  assert.ok(placedAt(memorialThisMorning, memorialThisMorningPlace));
});
const britishPaperUsNight: Article = {
  "id": "british-paper-us-night",
  "published": "2016-11-09",
  "date": "2016-11-08",
  "actor": "Helen Marsh",
  "title": "Ashworth-born Helen wins seat in US Congress",
  "description": "Former Ashworth Grammar pupil becomes first British-born member of the House in a decade.",
  "text": "A woman who grew up in Ashworth has been elected to the United States Congress.\n\nHelen Marsh, 47, who left the town for America in 1998, declared victory in Pennsylvania's 19th congressional district at 11.20pm local time on Tuesday – 4.20am today in Britain – as results showed her with an unassailable lead over her Republican opponent.\n\nSpeaking to cheering supporters at a hotel in Glenmoor, the Democrat said: \"My mum and dad are watching this back home in Ashworth, probably in their dressing gowns. Mum, Dad – we did it.\"\n\nMrs Marsh, a former nurse who went on to run a chain of community health clinics, won by around 11,000 votes, according to unofficial results.\n\nHer parents, Brian and Sheila Horrocks, of Moorside Avenue, said they had stayed up all night to follow the count on the internet. \"We're so proud we could burst,\" said Mrs Horrocks, 74. \"She always stood up for people, even at school.\"\n\nMrs Marsh attended Ashworth Grammar School and trained at the town's infirmary before marrying American doctor Tom Marsh and moving to Pennsylvania. She became a US citizen in 2005.\n\nShe will be sworn in at the Capitol in Washington in January. Ashworth Council leader Pat Greenhalgh said the town would invite her to a civic reception when she next visits."
};
const britishPaperUsNightPlace = ["Glenmoor","Pennsylvania"];
test('set 9, British regional paper on a US victory "at 11.20pm local time on Tuesday – 4.20am today in Britain", read on Wednesday, with emigration in 1998 and a January swearing-in: the main event is dated 2016-11-08', () => {
  assert.ok(dated(daysFound(britishPaperUsNight), britishPaperUsNight.date));
});
test('set 9, British regional paper on a US victory "at 11.20pm local time on Tuesday – 4.20am today in Britain", read on Wednesday, with emigration in 1998 and a January swearing-in: Helen Marsh is among the actors', () => {
  assert.ok(named(actorsNamed(britishPaperUsNight), britishPaperUsNight.actor));
});
test('set 9, British regional paper on a US victory "at 11.20pm local time on Tuesday – 4.20am today in Britain", read on Wednesday, with emigration in 1998 and a January swearing-in: an event dated 2016-11-08 names Helen Marsh', () => {
  assert.ok(datedWithActor(britishPaperUsNight));
});
const sentencedNov21: Article = {
  "id": "sentenced-nov-21",
  "published": "2016-11-23",
  "date": "2016-11-21",
  "actor": "Judge Harlan Voss",
  "title": "Ex-treasurer files appeal a day after 11-year sentence",
  "description": "Former county treasurer Leonard Pike was convicted in September of diverting $3.2 million in public funds.",
  "text": "MARSTON — Lawyers for former Dunmoor County Treasurer Leonard Pike filed notice of appeal Tuesday, a day after he was sentenced to 11 years in prison for stealing more than $3 million in public money.\n\nU.S. District Judge Harlan Voss imposed the sentence on Nov. 21 in a packed courtroom at the federal courthouse in Marston, calling Pike's crimes \"a betrayal of every taxpayer in the county.\"\n\nVoss also ordered Pike, 59, to repay $3.2 million and forfeit his house on Lake Ardis and a vintage car collection.\n\nA jury convicted Pike on Sept. 14 of wire fraud, money laundering and tax evasion after a two-week trial. Prosecutors said he diverted county funds into a shell company between 2011 and 2014 and used the money to pay gambling debts and buy classic cars.\n\nIn the notice filed Tuesday, Pike's attorney, Sam Ruggiero, said the appeal would challenge the judge's refusal to suppress evidence seized from Pike's home in 2015.\n\nPike had asked to remain free while he appealed, but Voss denied the request. He reported to the federal detention center in Marston on Tuesday morning.\n\nDunmoor County Executive Ann Loring said the county had tightened its financial controls. An independent audit of the treasurer's office is due to be presented to the county board on Jan. 9."
};
const sentencedNov21Place = ["Marston"];
test('set 9, a sentencing "on Nov. 21" in a Wednesday story that leads with a Tuesday filing "a day after" it, with a Sept. 14 conviction, a 2011-2014 scheme and a report date "Jan. 9": the main event is dated 2016-11-21', () => {
  assert.ok(dated(daysFound(sentencedNov21), sentencedNov21.date));
});
test('set 9, a sentencing "on Nov. 21" in a Wednesday story that leads with a Tuesday filing "a day after" it, with a Sept. 14 conviction, a 2011-2014 scheme and a report date "Jan. 9": Judge Harlan Voss is among the actors', () => {
  assert.ok(named(actorsNamed(sentencedNov21), sentencedNov21.actor));
});
test('set 9, a sentencing "on Nov. 21" in a Wednesday story that leads with a Tuesday filing "a day after" it, with a Sept. 14 conviction, a 2011-2014 scheme and a report date "Jan. 9": an event dated 2016-11-21 names Judge Harlan Voss', () => {
  assert.ok(datedWithActor(sentencedNov21));
});
test('set 9, a sentencing "on Nov. 21" in a Wednesday story that leads with a Tuesday filing "a day after" it, with a Sept. 14 conviction, a 2011-2014 scheme and a report date "Jan. 9": an event is placed at Marston', () => {
  assert.ok(placedAt(sentencedNov21, sentencedNov21Place));
});
const mtPortugueseWednesday23: Article = {
  "id": "mt-portuguese-wednesday-23",
  "published": "2016-11-24",
  "date": "2016-11-23",
  "actor": "Federal Police",
  "title": "PF deflagrates operation against fraud in school meals in Porto Veríssimo",
  "description": "Seven people were arrested, among them a former municipal secretary; the damage to the public coffers is estimated in R$ 48 million.",
  "text": "The Federal Police (PF) deflagrated this Wednesday (23) the Operation Merenda Limpa, which investigates a scheme of fraud in contracts of school meals in the city hall of Porto Veríssimo. According to the corporation, the damage to the public coffers can reach R$ 48 million.\n\nAround 120 federal police officers fulfilled 7 mandates of temporary prison and 22 of search and apprehension in Porto Veríssimo and in two other municipalities of the state. Among the arrested is the former municipal secretary of Education Válter Figueiredo Lins, who occupied the post between 2012 and 2015.\n\nAccording to the investigations, companies linked to relatives of public servants won licitations with overpriced values and delivered food in smaller quantity than contracted. In some schools, the children received only bread and juice during weeks.\n\nThe operation is the second phase of an investigation that began in March, when the PF apprehended documents in the headquarters of the Secretary of Education.\n\nIn note, the city hall of Porto Veríssimo affirmed that it collaborates with the investigations and that the current administration \"has no relation with the facts investigated\". The defence of Válter Lins did not return the contacts of the reporting until the closing of this edition.\n\nThe arrested were taken to the headquarters of the PF in the capital, where they must give testimony. The temporary prisons have a duration of five days. The Federal Public Ministry must present denunciation next week."
};
const mtPortugueseWednesday23Place = ["Porto Veríssimo"];
test('set 9, machine-translated Portuguese-style copy: an operation launched "this Wednesday (23)" read on Thursday, with frauds "between 2012 and 2015", a previous phase "in March" and testimony "next week": the main event is dated 2016-11-23', () => {
  assert.ok(dated(daysFound(mtPortugueseWednesday23), mtPortugueseWednesday23.date));
});
test('set 9, machine-translated Portuguese-style copy: an operation launched "this Wednesday (23)" read on Thursday, with frauds "between 2012 and 2015", a previous phase "in March" and testimony "next week": Federal Police is among the actors', () => {
  assert.ok(named(actorsNamed(mtPortugueseWednesday23), mtPortugueseWednesday23.actor));
});
test('set 9, machine-translated Portuguese-style copy: an operation launched "this Wednesday (23)" read on Thursday, with frauds "between 2012 and 2015", a previous phase "in March" and testimony "next week": an event dated 2016-11-23 names Federal Police', () => {
  assert.ok(datedWithActor(mtPortugueseWednesday23));
});
test('set 9, machine-translated Portuguese-style copy: an operation launched "this Wednesday (23)" read on Thursday, with frauds "between 2012 and 2015", a previous phase "in March" and testimony "next week": an event is placed at Porto Veríssimo', () => {
  assert.ok(placedAt(mtPortugueseWednesday23, mtPortugueseWednesday23Place));
});
/**
 * Known misses (not asserted):
 * - walkout-day-after-election: no event dated 2016-11-09 names Students for a Fair Vote
 * - certify-earlier-today: no event is placed at Haldane County
 * - yesterday-crown-court: no event dated 2016-11-16 names Gareth Pollock
 * - yesterday-crown-court: no event is placed at Carden Crown Court / Carden
 * - last-week-crash-wednesday: no event dated 2016-11-09 names Tallis Air
 * - quake-local-tuesday: no event is placed at Kaluan Islands / Port Meriam
 * - coach-night-before: no event dated 2016-11-06 names Lake Tamsin Mariners
 * - arrest-two-days-later: no event dated 2016-11-16 names Tolland Parish Sheriff's Office
 * - arrest-two-days-later: no event is placed at Belle Prairie
 * - week-after-cabinet: no event dated 2016-11-15 names Governor-elect Tom Bexley
 * - mt-spanish-this-saturday: no event is placed at San Esteban
 * - mt-german-tuesday-evening: no event dated 2016-11-01 names Reinhold Brautigam
 * - mt-french-this-sunday: no event is placed at Lormont-sur-Aude
 * - manager-sacked-sunday-night: no event dated 2016-11-20 names Brinford Rovers
 * - manager-sacked-sunday-night: no event is placed at Brinford
 * - updated-plant-explosion: no event dated 2016-11-16 names Helmcrest Chemical
 * - headline-thursday-ruling: no event dated 2016-11-03 names Judge Alma Kettering
 * - school-board-last-week: no event dated 2016-12-01 names Quillan Township School Board
 * - protest-arrests-this-weekend: no event dated 2016-10-29 names Marsh County Sheriff's Office
 * - british-paper-us-night: no event is placed at Glenmoor / Pennsylvania
 * - merger-monday (not scored): "a premium of 27 percent to Pellwood's closing price on Friday" (published Monday) is dated to the coming Friday 2016-11-25, not 2016-11-18
 * - coach-night-before (not scored): "would have an MRI exam on Tuesday" (published Monday) is dated 2016-11-01, not 2016-11-08
 * - mt-german-tuesday-evening (not scored): "In March the state election takes place" (published November 2016) is dated 2016-03
 * - mt-french-this-sunday (not scored): "the primary ..., organized on 22 and 29 January" ("will have to pass", published November 2016) is dated 2016-01-29
 * - memorial-this-morning (not scored): "Seventy-five years ago today" yields a date mention "five years ago" = 2011
 * - walkout-day-after-election (not scored): the quoted "Now we're told to just accept it" yields a date mention
 * - certify-earlier-today (not scored): "certified the results of the Nov. 8 election earlier today" dates the certification event 2016-11-08 (the joint check passes only through the headline event)
 * - week-after-cabinet (not scored): with "the first appointment of an administration that takes office Jan. 9" in the same sentence, "A week after the election, the governor-elect ... introduced ..." is dated 2017-01-09
 * - late-sunday-emergency (not scored): "what I saw today" in a quote spoken on Sunday is dated the Monday publication day
 * - last-week-crash-wednesday (not scored): "operating Tallis Air Flight 318 from Boston, struck trees ... on Wednesday" is placed at Boston (the origin)
 * - manager-sacked-sunday-night / certify-earlier-today (weak gold): the place is named only inside the club's or the board's name
 */
