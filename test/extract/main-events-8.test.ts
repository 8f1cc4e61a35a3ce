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
 * Set 8: thirty fictional main-event articles written by a tester who had not read the extractor's rules (blind,
 * adversarial), in wire, newspaper, broadcaster, local-weekly and machine-translated (Spanish-, German- and
 * Portuguese-style) registers, on politics, disasters, courts, business, diplomacy, protests, sports and science.
 * Thirteen main events are dated relative to ANOTHER event in the text rather than to the publication day: a visit
 * "two days after the earthquake" (quake "early on Monday"), a senate vote "a day after" the lower house voted "on
 * Tuesday", a march "on the eve of the summit" (opened "on Thursday"), a bid withdrawn "the day before" a meeting
 * that "had been due" on Friday, a coach sacked "a day after" a Saturday defeat, a sentence "a week after" a March 3
 * conviction, a march "the morning after" results on Sunday night, a dam failing "early the following morning" after
 * Saturday storms, a seizure "the previous Thursday" before a Monday disclosure, a withdrawal "two days before
 * Sunday's election" (the publication day), a resignation "hours after" a Wednesday ruling, a strike ended "48 hours
 * after it began on Monday morning", and an upset "on the second day" of a tournament "which began on Monday".
 * Others: "on Tuesday" across a month end, "last Saturday"/"last Tuesday" in weeklies (the latter read on a Tuesday),
 * "on Monday" read on Friday with "earlier this week"/"late last month" background, "this past Sunday", "this past
 * Wednesday" and "in the night to Sunday" in translated copy, an UPDATED same-day story, the day only in the headline
 * under a dated dateline, "Monday's vote", "overnight into Sunday", an anniversary unveiling "this morning", "this
 * Sunday (2)", "on 28 February" made public later, "yesterday", "on Friday" across a year end, "on Christmas Eve".
 * Gold per article: the main event's calendar day (27 of 30 not the publication day), its main actor and its place.
 * A day counts as found when any event or date mention carries it; an actor when some event's actors contain a
 * capitalised word of it; the joint check wants both on one event; the place check wants some event's place to match.
 * Every person, place, company, team, outlet and journal is invented. Only what the extractor gets right today is
 * asserted; known misses are listed at the end.
 */
const quakeVisit: Article = {
  "id": "quake-visit",
  "published": "2019-03-15",
  "date": "2019-03-13",
  "actor": "President Hedda Arnsvik",
  "title": "Arnsvik promises to rebuild Torvik as death toll reaches 212",
  "description": "The president toured the shattered old town and met families sleeping in tents, as aid agencies warned of a shortage of clean water.",
  "text": "TORVIK, Hallmark Isles (Nordpress) - President Hedda Arnsvik promised to rebuild \"every house and every school\" in the earthquake-hit town of Torvik, as rescuers said the death toll from the disaster had risen to 212.\n\nThe magnitude 6.8 quake struck early on Monday, about 14 km beneath the Skarre peninsula, flattening much of Torvik's historic centre and cutting the only road to the coast.\n\nArnsvik flew into Torvik by military helicopter two days after the earthquake, walking through the ruins of the old market square and stopping to speak with families who had spent the nights in tents pitched on the town's football pitch.\n\n\"I have seen what you have lost. The state will not leave you alone with this,\" she told a crowd gathered outside the collapsed town hall. She said the government would release an emergency fund of 400 million crowns and that soldiers would remain in the region \"for as long as they are needed\".\n\nSome residents heckled the president, accusing the authorities of having ignored warnings that many older buildings did not meet earthquake standards introduced after the 1987 Skarre quake, which killed 41 people.\n\nA strong aftershock on Thursday brought down several already damaged buildings but caused no new deaths, the civil protection agency said. More than 9,000 people remain without homes.\n\nAid groups warned on Friday that water supplies were running low. The Hallmark Red Cross said it had delivered 60,000 litres of bottled water but that the town's pumping station would not be repaired before next week.\n\nParliament is due to hold a special session on the reconstruction on March 26."
};
const quakeVisitPlace = ["Torvik"];
test('set 8, a president\'s visit to a quake town dated only "two days after the earthquake", the quake "early on Monday", read on Friday, with a 1987 quake and a Thursday aftershock: the main event is dated 2019-03-13', () => {
  assert.ok(dated(daysFound(quakeVisit), quakeVisit.date));
});
test('set 8, a president\'s visit to a quake town dated only "two days after the earthquake", the quake "early on Monday", read on Friday, with a 1987 quake and a Thursday aftershock: President Hedda Arnsvik is among the actors', () => {
  assert.ok(named(actorsNamed(quakeVisit), quakeVisit.actor));
});
test('set 8, a president\'s visit to a quake town dated only "two days after the earthquake", the quake "early on Monday", read on Friday, with a 1987 quake and a Thursday aftershock: an event dated 2019-03-13 names President Hedda Arnsvik', () => {
  assert.ok(datedWithActor(quakeVisit));
});
test('set 8, a president\'s visit to a quake town dated only "two days after the earthquake", the quake "early on Monday", read on Friday, with a 1987 quake and a Thursday aftershock: an event is placed at Torvik', () => {
  assert.ok(placedAt(quakeVisit, quakeVisitPlace));
});
const senateDayAfter: Article = {
  "id": "senate-day-after",
  "published": "2021-06-11",
  "date": "2021-06-09",
  "actor": "Senate",
  "title": "Caldran senate backs ban on short-term rentals in city centres",
  "description": "The measure, which passed by 51 votes to 38, now goes to President Ruy Almaden, who has said he will sign it.",
  "text": "MONTEVELL (Caldran Wire) — Caldra's Senate has approved a law banning short-term holiday rentals in the historic centres of the country's five largest cities, handing a victory to housing campaigners after a two-year fight.\n\nSenators voted 51 to 38 in favour of the bill a day after the Chamber of Deputies approved it by a wide margin on Tuesday, following a late amendment that exempts owners who rent out a single room in the home they live in.\n\nThe vote in Montevell followed six hours of debate in which opponents, led by the Liberal Renewal group, argued the measure would destroy thousands of small businesses and hurt tourism as the industry recovers from the pandemic.\n\n\"This law is written against families who saved all their lives to buy one flat,\" said Senator Ines Vasquero. Supporters said rents in central Montevell had risen by 58 percent since 2015.\n\nPresident Ruy Almaden is expected to sign the law next week. Most of its provisions take effect on July 1, though landlords will have until the end of the year to cancel existing bookings.\n\nThe rental platform Stayhaven, which lists more than 40,000 Caldran properties, said on Thursday that it was studying the text and \"considering all options\", including a court challenge.\n\nHousing Minister Dalia Ferreiro called the vote \"a turning point\". She said the government would also present a plan this autumn to convert empty offices into social housing."
};
const senateDayAfterPlace = ["Montevell"];
test('set 8, a senate vote dated only as "a day after the lower house approved it", the lower house vote "on Tuesday", read on Friday, with a signing "next week" and a July 1 start: the main event is dated 2021-06-09', () => {
  assert.ok(dated(daysFound(senateDayAfter), senateDayAfter.date));
});
test('set 8, a senate vote dated only as "a day after the lower house approved it", the lower house vote "on Tuesday", read on Friday, with a signing "next week" and a July 1 start: an event is placed at Montevell', () => {
  assert.ok(placedAt(senateDayAfter, senateDayAfterPlace));
});
const eveSummit: Article = {
  "id": "eve-summit",
  "published": "2018-11-09",
  "date": "2018-11-07",
  "actor": "Northern Labour Alliance",
  "title": "Tens of thousands march against trade pact as leaders gather in Halvern",
  "description": "Police estimated the crowd at 35,000; organisers said more than 80,000 took part.",
  "text": "HALVERN, Nov 9 (Ostwire) - Tens of thousands of people marched through Halvern on the eve of the summit of Baltic Rim leaders, in the largest protest the port city has seen in a decade.\n\nThe march was organised by the Northern Labour Alliance, a coalition of 23 unions, which says the proposed Rim trade pact will allow companies to move jobs to countries with weaker labour laws.\n\nMarchers carrying red flags and banners reading \"Our jobs are not for sale\" set off from the shipyards in the afternoon and walked to the congress centre, where security fences had been put up days earlier.\n\nPolice estimated the crowd at 35,000. The alliance put the figure at more than 80,000. Police said the march was largely peaceful, though officers used pepper spray against a small group that tried to climb the fences near the conference entrance. Eleven people were detained.\n\n\"They will talk about growth behind those fences, but nobody inside will talk about the welder who loses his job,\" alliance chairwoman Britt Solhaug told the crowd.\n\nThe summit opened on Thursday with a session on energy security. Leaders of the eleven member states are due to sign a joint declaration at a closing session on Saturday, though diplomats said differences remained over fishing quotas.\n\nA second, smaller demonstration is planned for Saturday morning near the harbour. Halvern's mayor, Erik Tande, has asked shops in the old town to close early."
};
const eveSummitPlace = ["Halvern"];
test('set 8, a protest march "on the eve of the summit", the summit opening "on Thursday", read on Friday, with a closing session due Saturday: the main event is dated 2018-11-07', () => {
  assert.ok(dated(daysFound(eveSummit), eveSummit.date));
});
test('set 8, a protest march "on the eve of the summit", the summit opening "on Thursday", read on Friday, with a closing session due Saturday: an event is placed at Halvern', () => {
  assert.ok(placedAt(eveSummit, eveSummitPlace));
});
const bidDayBefore: Article = {
  "id": "bid-day-before",
  "published": "2022-09-19",
  "date": "2022-09-15",
  "actor": "Brennor Group",
  "title": "Brennor walks away from Kelso Foods, blames \"unrealistic\" demands",
  "description": "Kelso shares fell 19% on Friday after the Aldsberg-based group withdrew its 2.1 billion euro offer.",
  "text": "ALDSBERG, Sept 19 (Finance Desk) — Brennor Group has abandoned its 2.1 billion euro takeover of Kelso Foods, ending a three-month courtship that had divided the dairy maker's largest shareholders.\n\nKelso's shareholders had been due to vote on the offer at an extraordinary general meeting on Friday. Brennor withdrew the bid the day before, saying in a short statement from its Aldsberg headquarters that a group of investors had made \"unrealistic\" demands for a higher price.\n\nThe meeting was cancelled. Kelso shares fell 19 percent on Friday to 31.40 euros, below the 38 euros a share that Brennor first offered in June and well under the 41.20 euros at which they closed on Wednesday.\n\nBrennor chief executive Ottilie Marchetti told analysts on a call that the group had \"gone as far as we responsibly could\". She said Brennor would now look at smaller acquisitions and would return about 500 million euros to its own shareholders through a buyback starting next month.\n\nHedge fund Greyfield Partners, which owns about 9 percent of Kelso and had led the opposition, said it regretted the decision but believed the company was worth \"at least 46 euros a share\".\n\nKelso chairman Pieter Vos said the board would \"continue to deliver on our standalone plan\". The company reports half-year results on October 4.\n\nAnalysts at Harlan Securities said the failed deal left Kelso exposed. \"The board now has to prove that the share price was ever justified without a bid,\" they wrote in a note on Monday."
};
const bidDayBeforePlace = ["Aldsberg"];
test('set 8, a takeover bid withdrawn "the day before" a shareholder meeting "on Friday", read the next Monday, with a bid made in June and a share price from Wednesday: the main event is dated 2022-09-15', () => {
  assert.ok(dated(daysFound(bidDayBefore), bidDayBefore.date));
});
test('set 8, a takeover bid withdrawn "the day before" a shareholder meeting "on Friday", read the next Monday, with a bid made in June and a share price from Wednesday: Brennor Group is among the actors', () => {
  assert.ok(named(actorsNamed(bidDayBefore), bidDayBefore.actor));
});
test('set 8, a takeover bid withdrawn "the day before" a shareholder meeting "on Friday", read the next Monday, with a bid made in June and a share price from Wednesday: an event dated 2022-09-15 names Brennor Group', () => {
  assert.ok(datedWithActor(bidDayBefore));
});
test('set 8, a takeover bid withdrawn "the day before" a shareholder meeting "on Friday", read the next Monday, with a bid made in June and a share price from Wednesday: an event is placed at Aldsberg', () => {
  assert.ok(placedAt(bidDayBefore, bidDayBeforePlace));
});
const coachDayAfter: Article = {
  "id": "coach-day-after",
  "published": "2020-02-04",
  "date": "2020-02-02",
  "actor": "FC Drevna",
  "title": "Drevna sack Holm after derby humiliation",
  "description": "Assistant Tomas Brecka will take charge of the team for Wednesday's cup quarter-final.",
  "text": "FC Drevna have sacked head coach Anders Holm a day after their 4-0 defeat by city rivals Sporting Drevna on Saturday left them one point above the relegation places.\n\nThe club said in a statement that the board had \"lost confidence that the current direction will keep us in the division\" and thanked Holm, who was appointed in May 2018, for his work.\n\nHolm led Drevna to a fourth-place finish in his first season, but the team have won only three of 19 league games this term. Saturday's derby, in front of a sold-out crowd of 31,000, was their heaviest home defeat against their neighbours in 26 years.\n\nSupporters turned their backs on the pitch in the second half and some threw seat cushions onto the running track after the final whistle. Club president Milan Kosar was booed as he left the directors' box.\n\nAssistant coach Tomas Brecka will take charge of the team for Wednesday's cup quarter-final away to Union Sallo. Kosar told reporters at the training ground on Monday that the club hoped to name a permanent successor \"within ten days\".\n\nHolm, 52, said in an interview with a local radio station that he was \"disappointed but not surprised\". He said: \"Football is about results, and ours were not good enough. I wish the players all the best.\"\n\nFormer Drevna midfielder Jiri Ondrak, who now coaches the under-19 team, is seen as a leading candidate."
};
const coachDayAfterPlace = ["Drevna"];
test('set 8, a coach sacked "a day after" a 4-0 defeat "on Saturday", read on Tuesday, with a cup match "on Wednesday" and an appointment in 2018: the main event is dated 2020-02-02', () => {
  assert.ok(dated(daysFound(coachDayAfter), coachDayAfter.date));
});
test('set 8, a coach sacked "a day after" a 4-0 defeat "on Saturday", read on Tuesday, with a cup match "on Wednesday" and an appointment in 2018: FC Drevna is among the actors', () => {
  assert.ok(named(actorsNamed(coachDayAfter), coachDayAfter.actor));
});
test('set 8, a coach sacked "a day after" a 4-0 defeat "on Saturday", read on Tuesday, with a cup match "on Wednesday" and an appointment in 2018: an event dated 2020-02-02 names FC Drevna', () => {
  assert.ok(datedWithActor(coachDayAfter));
});
const sentenceWeekAfter: Article = {
  "id": "sentence-week-after",
  "published": "2017-03-12",
  "date": "2017-03-10",
  "actor": "Kasimir Drozd",
  "title": "Former Velmor mayor jailed for six years over housing bribes",
  "description": "Kasimir Drozd, who ran the city for 12 years, must also repay 1.4 million zlots, the court ruled.",
  "text": "Former Velmor mayor Kasimir Drozd was sentenced to six years in prison for taking bribes from property developers, a week after a jury at Velmor District Court convicted him on March 3 on four counts of corruption.\n\nDrozd, 63, who ran the city for 12 years until his arrest in 2015, showed no emotion as Judge Miriam Osterholt read out the sentence. His wife wept in the public gallery.\n\nThe court found that Drozd had accepted cash, a holiday villa and the renovation of his daughter's flat from three developers between 2011 and 2014 in return for approving building permits on protected land along the river.\n\n\"The defendant treated the city as his private property and its planning office as a shop,\" Osterholt said. She ordered him to repay 1.4 million zlots and banned him from holding public office for ten years.\n\nTwo of the developers, who testified against Drozd in exchange for reduced charges, received suspended sentences last year.\n\nDrozd's lawyer, Benedikt Raus, said his client would appeal. \"Mr Drozd has always maintained his innocence and he will continue to do so,\" Raus told reporters on the courthouse steps. The defence has 14 days to lodge an appeal.\n\nVelmor's current mayor, Lena Szabo, said the verdict \"closes a dark chapter\" for the city. An audit of all building permits issued during Drozd's tenure is due to be published in June."
};
const sentenceWeekAfterPlace = ["Velmor"];
test('set 8, a sentencing dated only as "a week after" a conviction "on March 3", read on Sunday, with an appeal deadline and offences from 2011-2014: the main event is dated 2017-03-10', () => {
  assert.ok(dated(daysFound(sentenceWeekAfter), sentenceWeekAfter.date));
});
test('set 8, a sentencing dated only as "a week after" a conviction "on March 3", read on Sunday, with an appeal deadline and offences from 2011-2014: Kasimir Drozd is among the actors', () => {
  assert.ok(named(actorsNamed(sentenceWeekAfter), sentenceWeekAfter.actor));
});
test('set 8, a sentencing dated only as "a week after" a conviction "on March 3", read on Sunday, with an appeal deadline and offences from 2011-2014: an event dated 2017-03-10 names Kasimir Drozd', () => {
  assert.ok(datedWithActor(sentenceWeekAfter));
});
test('set 8, a sentencing dated only as "a week after" a conviction "on March 3", read on Sunday, with an appeal deadline and offences from 2011-2014: an event is placed at Velmor', () => {
  assert.ok(placedAt(sentenceWeekAfter, sentenceWeekAfterPlace));
});
const protestMorningAfter: Article = {
  "id": "protest-morning-after",
  "published": "2023-05-24",
  "date": "2023-05-22",
  "actor": "Tamsin Orevu",
  "title": "Opposition leader Orevu leads march, rejects election result",
  "description": "Thousands followed Orevu through the capital as police fired tear gas near the electoral commission.",
  "text": "KESSALY — Opposition leader Tamsin Orevu led thousands of supporters through the streets of Kessaly the morning after the electoral commission announced on Sunday night that President Daniel Mbeki-Laure had won a third term with 54 percent of the vote.\n\nOrevu, who was credited with 39 percent, said the count had been \"manufactured\" and called on her supporters to stay on the streets \"until every ballot is counted in the open\".\n\nMarchers set off from the Unity Monument shortly after dawn and headed for the commission's headquarters on Independence Avenue. Police fired tear gas and water cannon as the crowd approached the building, and witnesses said several people were injured in the stampede that followed.\n\nShe was briefly detained by officers near the commission, according to her party, the Movement for Democratic Change, but was released about two hours later. Police spokesman Col. Isaac Nendo said she had been \"escorted to safety\" and not arrested.\n\nInternational observers from the regional bloc said on Tuesday that voting had been \"largely orderly\" but noted \"serious irregularities\" in the transmission of results from about 600 polling stations.\n\nThe opposition has until Friday to file a challenge at the Constitutional Court. Orevu said her lawyers would do so \"with boxes of evidence\".\n\nMbeki-Laure, who is due to be sworn in on June 12, urged calm in a televised address and said he would be \"president of all citizens, including those who did not vote for me\"."
};
const protestMorningAfterPlace = ["Kessaly"];
test('set 8, an opposition march "the morning after" results were announced "on Sunday night", read on Wednesday, with a court deadline "by Friday" and an inauguration on June 12: the main event is dated 2023-05-22', () => {
  assert.ok(dated(daysFound(protestMorningAfter), protestMorningAfter.date));
});
test('set 8, an opposition march "the morning after" results were announced "on Sunday night", read on Wednesday, with a court deadline "by Friday" and an inauguration on June 12: Tamsin Orevu is among the actors', () => {
  assert.ok(named(actorsNamed(protestMorningAfter), protestMorningAfter.actor));
});
test('set 8, an opposition march "the morning after" results were announced "on Sunday night", read on Wednesday, with a court deadline "by Friday" and an inauguration on June 12: an event dated 2023-05-22 names Tamsin Orevu', () => {
  assert.ok(datedWithActor(protestMorningAfter));
});
test('set 8, an opposition march "the morning after" results were announced "on Sunday night", read on Wednesday, with a court deadline "by Friday" and an inauguration on June 12: an event is placed at Kessaly', () => {
  assert.ok(placedAt(protestMorningAfter, protestMorningAfterPlace));
});
const damFollowingMorning: Article = {
  "id": "dam-following-morning",
  "published": "2016-08-16",
  "date": "2016-08-14",
  "actor": "Mirren Dam",
  "title": "Dam failure floods Harle as residents accuse water board of ignoring warnings",
  "description": "Three people died and more than 400 homes were flooded when the Mirren Dam gave way after record rainfall.",
  "text": "By Colm Faraday, Harle\n\nThree people died and more than 400 homes were flooded after the Mirren Dam gave way above the town of Harle, sending a wall of water down the valley as residents slept.\n\nThe region was hit by violent thunderstorms on Saturday, with 140mm of rain recorded at the Mirren weather station in less than twelve hours – almost twice the August average for the whole month.\n\nThe dam failed early the following morning, at around 4.20am, according to the Upper Vale Water Board, which operates the 70-year-old structure. Residents said they had only a few minutes' warning from sirens before the water reached the lower streets.\n\n\"We heard a roar like a train, and then the water was at the windows,\" said Agnes Morrow, 71, who was rescued from her roof by a fire crew in a boat.\n\nThe dead were named on Monday as a farmer, his adult son and a 68-year-old woman whose car was swept off the valley road.\n\nThe water board said the dam had passed its last full safety inspection in 2009 and a partial one last year. But residents produced letters showing that they had complained about seepage at the base of the dam as recently as April.\n\nBoard chief executive Roland Pike said an independent investigation would be carried out. \"Our thoughts are with the families,\" he said.\n\nThe Environment Minister, Gail Threlfall, is due to visit Harle on Wednesday."
};
const damFollowingMorningPlace = ["Harle"];
test('set 8, a dam burst "early the following morning" after storms "on Saturday", read on Tuesday, with a 2009 inspection and a Wednesday visit: the main event is dated 2016-08-14', () => {
  assert.ok(dated(daysFound(damFollowingMorning), damFollowingMorning.date));
});
test('set 8, a dam burst "early the following morning" after storms "on Saturday", read on Tuesday, with a 2009 inspection and a Wednesday visit: Mirren Dam is among the actors', () => {
  assert.ok(named(actorsNamed(damFollowingMorning), damFollowingMorning.actor));
});
const tankerPreviousThursday: Article = {
  "id": "tanker-previous-thursday",
  "published": "2019-10-01",
  "date": "2019-09-26",
  "actor": "Zarani coast guard",
  "title": "Shipping firm says tanker held by Zarani coast guard for five days",
  "description": "The Laurel Star and its 22 crew members are being held at the port of Qasr Almira, the owner said.",
  "text": "ATHENS-PIRAEUS, Oct 1 (Maritime Desk) — The Zarani coast guard seized the oil products tanker Laurel Star off Cape Durran and escorted it to the port of Qasr Almira, the vessel's owner said, in a disclosure that came days after the fact and drew criticism from crew families.\n\nHalcyon Tankers said in a statement on Monday that the vessel, carrying 38,000 tonnes of diesel, had been boarded by armed coast guard officers the previous Thursday while sailing in international waters about 19 nautical miles from Cape Durran.\n\nThe company said it had delayed announcing the seizure \"on the advice of authorities\" while it sought to establish contact with the ship's master. All 22 crew members, from four countries, were safe, it said.\n\nZarani state television said on Monday evening that the tanker had been detained for \"smuggling fuel\" and that its cargo would be confiscated. It showed footage of uniformed men aboard the vessel, filmed at night.\n\nRelatives of the crew said they had been told nothing for days. \"My husband called on Wednesday night and said everything was normal. Then silence,\" said the wife of the ship's chief engineer, speaking by telephone from Manila.\n\nHalcyon said it was working with the flag state, the Republic of Palmera, and that diplomats were expected to meet Zarani officials later this week.\n\nIt is the third tanker seized in the area this year. In July, the coast guard held a smaller vessel, the Aster, for 40 days before releasing it without charge."
};
const tankerPreviousThursdayPlace = ["Cape Durran"];
test('set 8, a tanker seizure dated only "the previous Thursday" relative to a company disclosure "on Monday", read on Tuesday across a month boundary, with talks "later this week": the main event is dated 2019-09-26', () => {
  assert.ok(dated(daysFound(tankerPreviousThursday), tankerPreviousThursday.date));
});
test('set 8, a tanker seizure dated only "the previous Thursday" relative to a company disclosure "on Monday", read on Tuesday across a month boundary, with talks "later this week": Zarani coast guard is among the actors', () => {
  assert.ok(named(actorsNamed(tankerPreviousThursday), tankerPreviousThursday.actor));
});
test('set 8, a tanker seizure dated only "the previous Thursday" relative to a company disclosure "on Monday", read on Tuesday across a month boundary, with talks "later this week": an event is placed at Cape Durran', () => {
  assert.ok(placedAt(tankerPreviousThursday, tankerPreviousThursdayPlace));
});
const withdrawTwoDaysBefore: Article = {
  "id": "withdraw-two-days-before",
  "published": "2024-04-12",
  "date": "2024-04-12",
  "actor": "Ilario Montesca",
  "title": "Montesca quits presidential race and backs rival",
  "description": "The centrist former mayor urged his supporters to vote for Alba Corrin in a bid to block the governing party's candidate.",
  "text": "SANTA BRISA (Radio Nacional Online) - Centrist candidate Ilario Montesca withdrew from the presidential race two days before Sunday's election and urged his supporters to vote for the opposition leader Alba Corrin, transforming a contest that had been expected to go to a run-off.\n\nMontesca, a former mayor of Santa Brisa who had been polling third with around 14 percent, made the announcement at a packed press conference at his campaign headquarters in the capital.\n\n\"I have a choice between my ambition and my country. I choose my country,\" he said, his voice breaking. \"Alba Corrin and I disagree on many things, but we agree that the rule of law is not negotiable.\"\n\nHis name will remain on the ballot papers, which have already been printed, but the electoral tribunal said votes cast for him would be counted as valid and recorded separately.\n\nCorrin, who held a rally in the northern city of Puerto Lanza on Wednesday, thanked Montesca in a message on social media and said she would \"honour the trust\" of his voters.\n\nThe governing party's candidate, Interior Minister Federico Salas, who leads most polls with about 41 percent, called the move \"a backroom deal between losers\".\n\nIf no candidate wins more than half of the votes on Sunday, a run-off between the top two will be held on May 5. Polls close at 6 p.m. and first results are expected around midnight."
};
const withdrawTwoDaysBeforePlace = ["Santa Brisa"];
test('set 8, a candidate\'s withdrawal on the publication day, dated only as "two days before Sunday\'s election", with rallies on earlier days and a run-off on May 5: the main event is dated 2024-04-12', () => {
  assert.ok(dated(daysFound(withdrawTwoDaysBefore), withdrawTwoDaysBefore.date));
});
test('set 8, a candidate\'s withdrawal on the publication day, dated only as "two days before Sunday\'s election", with rallies on earlier days and a run-off on May 5: Ilario Montesca is among the actors', () => {
  assert.ok(named(actorsNamed(withdrawTwoDaysBefore), withdrawTwoDaysBefore.actor));
});
test('set 8, a candidate\'s withdrawal on the publication day, dated only as "two days before Sunday\'s election", with rallies on earlier days and a run-off on May 5: an event dated 2024-04-12 names Ilario Montesca', () => {
  assert.ok(datedWithActor(withdrawTwoDaysBefore));
});
test('set 8, a candidate\'s withdrawal on the publication day, dated only as "two days before Sunday\'s election", with rallies on earlier days and a run-off on May 5: an event is placed at Santa Brisa', () => {
  assert.ok(placedAt(withdrawTwoDaysBefore, withdrawTwoDaysBeforePlace));
});
const resignHoursAfterRuling: Article = {
  "id": "resign-hours-after-ruling",
  "published": "2018-06-22",
  "date": "2018-06-20",
  "actor": "Pavel Roskin",
  "title": "Interior minister Roskin resigns after court strikes down surveillance law",
  "description": "Prime Minister Irena Vales accepted the resignation and said a successor would be named next week.",
  "text": "BRENEC, June 22 (CEN) - Interior Minister Pavel Roskin has resigned after the Constitutional Court struck down the surveillance law he had championed, plunging the governing coalition into its deepest crisis since taking office.\n\nThe court ruled on Wednesday that the law, which allowed police to access the phone and internet records of any citizen without a judge's approval, violated the constitution's guarantee of privacy. The justices voted nine to two.\n\nHours after the ruling, Roskin handed his resignation letter to Prime Minister Irena Vales at her office in Brenec. \"I respect the court's decision, and I take political responsibility for it,\" he said in a statement read out by a ministry spokesman. He did not take questions.\n\nRoskin, 58, a former police chief, had pushed the law through parliament in March despite objections from the junior coalition partner, the Civic Liberals, and warnings from the data protection office.\n\nVales accepted the resignation on Thursday and thanked Roskin for \"years of loyal service\". She said she would propose a successor to President Matej Horak on Monday.\n\nThe Civic Liberals said they would stay in the government but demanded that the ministry be taken out of the hands of Roskin's party. Opposition leader Simona Kral called for early elections.\n\nThe ruling also means that data collected under the law since it took effect on April 1 must be deleted, the court said."
};
const resignHoursAfterRulingPlace = ["Brenec"];
test('set 8, a minister\'s resignation dated only as "hours after" a court ruling "on Wednesday", read on Friday, with a law passed in March and a successor due Monday: the main event is dated 2018-06-20', () => {
  assert.ok(dated(daysFound(resignHoursAfterRuling), resignHoursAfterRuling.date));
});
test('set 8, a minister\'s resignation dated only as "hours after" a court ruling "on Wednesday", read on Friday, with a law passed in March and a successor due Monday: Pavel Roskin is among the actors', () => {
  assert.ok(named(actorsNamed(resignHoursAfterRuling), resignHoursAfterRuling.actor));
});
test('set 8, a minister\'s resignation dated only as "hours after" a court ruling "on Wednesday", read on Friday, with a law passed in March and a successor due Monday: an event dated 2018-06-20 names Pavel Roskin', () => {
  assert.ok(datedWithActor(resignHoursAfterRuling));
});
test('set 8, a minister\'s resignation dated only as "hours after" a court ruling "on Wednesday", read on Friday, with a law passed in March and a successor due Monday: an event is placed at Brenec', () => {
  assert.ok(placedAt(resignHoursAfterRuling, resignHoursAfterRulingPlace));
});
const strike48Hours: Article = {
  "id": "strike-48-hours",
  "published": "2021-03-05",
  "date": "2021-03-03",
  "actor": "Ostmark Railworkers' Union",
  "title": "Rail strike called off after pay deal, services back to normal",
  "description": "The union accepted a 4.2 percent pay rise over two years, ending the first national rail strike in more than a decade.",
  "text": "KELDBY — The Ostmark Railworkers' Union called off its national strike 48 hours after it began on Monday morning, after reaching a pay agreement with the state rail operator in talks mediated by the labour ministry.\n\nThe walkout had halted almost all passenger and freight trains across the country, leaving commuters stranded and forcing car makers in the south to scale back production.\n\nUnion leader Karin Mollberg announced the deal outside the ministry's building in Keldby, flanked by negotiators who had been in talks for 19 hours. \"Our members showed that they cannot be taken for granted,\" she said.\n\nUnder the agreement, rail workers will receive a 4.2 percent pay rise over two years, the first part of it from April, plus a one-off payment of 600 crowns. The operator, Ostmark Rail, also agreed to hire 800 additional train drivers by 2023.\n\nOstmark Rail chief executive Henrik Dahl said the deal was \"expensive but fair\". He said trains had been running normally since Thursday morning.\n\nThe union's 31,000 members will vote on the agreement in a ballot to be held within three weeks. Mollberg said she would recommend acceptance.\n\nThe strike, the first nationwide rail stoppage since 2009, cost the economy an estimated 90 million crowns a day, according to the chamber of commerce."
};
const strike48HoursPlace = ["Keldby"];
test('set 8, a strike ended "48 hours after it began on Monday morning", read on Friday, with the deal\'s pay rise from April and a ballot "within three weeks": the main event is dated 2021-03-03', () => {
  assert.ok(dated(daysFound(strike48Hours), strike48Hours.date));
});
test('set 8, a strike ended "48 hours after it began on Monday morning", read on Friday, with the deal\'s pay rise from April and a ballot "within three weeks": Ostmark Railworkers\' Union is among the actors', () => {
  assert.ok(named(actorsNamed(strike48Hours), strike48Hours.actor));
});
test('set 8, a strike ended "48 hours after it began on Monday morning", read on Friday, with the deal\'s pay rise from April and a ballot "within three weeks": an event dated 2021-03-03 names Ostmark Railworkers\' Union', () => {
  assert.ok(datedWithActor(strike48Hours));
});
test('set 8, a strike ended "48 hours after it began on Monday morning", read on Friday, with the deal\'s pay rise from April and a ballot "within three weeks": an event is placed at Keldby', () => {
  assert.ok(placedAt(strike48Hours, strike48HoursPlace));
});
const launchTuesday: Article = {
  "id": "launch-tuesday",
  "published": "2020-10-01",
  "date": "2020-09-29",
  "actor": "Aurelia",
  "title": "Aurelia puts first weather satellite into orbit",
  "description": "The launch from Sorrin comes 14 months after a failed attempt destroyed the country's first satellite.",
  "text": "Aurelia became the latest country to put its own satellite into orbit when a Vanta-2 rocket lifted off from the Sorrin launch complex on Tuesday carrying a 340-kilogram weather satellite.\n\nThe Aurelian Space Agency said the satellite, named Cirrus-1, separated from the rocket's upper stage about 19 minutes after launch and had sent its first signals to the ground station in Lake Ambo.\n\n\"Today we have joined a very small club,\" agency director Dr Mirela Stanescu said at a news conference after the launch. \"After last year, a lot of people said we should give up. The team did not.\"\n\nThe agency's first attempt, in July 2019, ended when the rocket's second stage failed to ignite and the vehicle broke up over the ocean, destroying a communications satellite built with help from a foreign university.\n\nCirrus-1 is designed to provide images of cloud cover and sea surface temperature every 15 minutes, which the agency says will improve warnings for the cyclones that hit Aurelia's coast each autumn.\n\nEngineers will spend about six weeks testing its instruments before the first images are released to forecasters.\n\nThe agency plans to launch a second, identical satellite on December 3 and hopes to send a small lunar probe by 2024. Parliament approved a 25 percent increase in the space budget in August.\n\nScience Minister Tomas Okonjo, who watched the launch from Sorrin, said the project had created more than 1,200 jobs."
};
const launchTuesdayPlace = ["Sorrin"];
test('set 8, a rocket launch "on Tuesday" read on Thursday across a month boundary, with a July 2019 failure, a December 3 launch and a 2024 target: the main event is dated 2020-09-29', () => {
  assert.ok(dated(daysFound(launchTuesday), launchTuesday.date));
});
test('set 8, a rocket launch "on Tuesday" read on Thursday across a month boundary, with a July 2019 failure, a December 3 launch and a 2024 target: Aurelia is among the actors', () => {
  assert.ok(named(actorsNamed(launchTuesday), launchTuesday.actor));
});
test('set 8, a rocket launch "on Tuesday" read on Thursday across a month boundary, with a July 2019 failure, a December 3 launch and a 2024 target: an event dated 2020-09-29 names Aurelia', () => {
  assert.ok(datedWithActor(launchTuesday));
});
test('set 8, a rocket launch "on Tuesday" read on Thursday across a month boundary, with a July 2019 failure, a December 3 launch and a 2024 target: an event is placed at Sorrin', () => {
  assert.ok(placedAt(launchTuesday, launchTuesdayPlace));
});
const marchLastSaturday: Article = {
  "id": "march-last-saturday",
  "published": "2019-07-10",
  "date": "2019-07-06",
  "actor": "Save Fennick Green",
  "title": "Hundreds march to save Fennick Green from housing plan",
  "description": "Campaigners say the 140-home scheme would destroy the last open space in the north of the town.",
  "text": "FENNICK AND DISTRICT ADVERTISER\n\nAround 700 people joined a march organised by residents' group Save Fennick Green last Saturday, in protest at plans to build 140 homes on the town's last large open space.\n\nThe marchers, many pushing buggies or walking dogs, set off from the Green at 11am and walked the mile to the council offices on Market Street, where they handed in a petition with 4,300 signatures.\n\nGroup chairman Derek Ashdown said: \"This is where our children learned to ride bikes and where we hold the summer fete. Once it is gone, it is gone for good.\"\n\nThe land was sold by the county council to developer Harrowgate Homes in 2017 for a reported £2.6 million. The company says the scheme includes 42 affordable homes and a new play area, and that half of the site would remain open.\n\nHarrowgate director Sonia Patel said the firm had listened to residents and cut the number of homes from 180. \"We understand people's attachment to the Green, but Fennick needs housing for young families,\" she said.\n\nThe planning application will be decided at a meeting of the district council's planning committee on July 23. Council officers have recommended approval.\n\nTown councillor Jean Okafor, who spoke at the rally, said she would ask the committee to defer the decision until a traffic survey had been carried out.\n\nAnyone wishing to comment on the application has until next Friday to do so."
};
const marchLastSaturdayPlace = ["Fennick"];
test('set 8, a local weekly\'s march "last Saturday" read on Wednesday, with a planning meeting on July 23 and a land sale in 2017: the main event is dated 2019-07-06', () => {
  assert.ok(dated(daysFound(marchLastSaturday), marchLastSaturday.date));
});
test('set 8, a local weekly\'s march "last Saturday" read on Wednesday, with a planning meeting on July 23 and a land sale in 2017: Save Fennick Green is among the actors', () => {
  assert.ok(named(actorsNamed(marchLastSaturday), marchLastSaturday.actor));
});
test('set 8, a local weekly\'s march "last Saturday" read on Wednesday, with a planning meeting on July 23 and a land sale in 2017: an event dated 2019-07-06 names Save Fennick Green', () => {
  assert.ok(datedWithActor(marchLastSaturday));
});
const fineMondayInFriday: Article = {
  "id": "fine-monday-in-friday",
  "published": "2022-01-14",
  "date": "2022-01-10",
  "actor": "Financial Conduct Board",
  "title": "Harbridge Bank fined record 84 million over money-laundering failures",
  "description": "The regulator said the bank had ignored red flags on accounts linked to a shell-company network for nearly four years.",
  "text": "CADDON (Business Wire Service) – The Financial Conduct Board fined Harbridge Bank a record 84 million dollars on Monday for failing to stop criminals from laundering money through its accounts, the largest penalty the regulator has ever imposed.\n\nThe board said in its final notice that Harbridge had processed more than 1.1 billion dollars in suspicious payments between 2016 and 2020 for a network of 212 shell companies, despite repeated alerts from its own compliance staff.\n\n\"These were not subtle warning signs. They were flashing red lights, and the bank drove straight through them,\" said the board's head of enforcement, Olivia Marsh, at a briefing in Caddon.\n\nHarbridge, which did not contest the findings, qualified for a 30 percent discount for settling early. Chief executive Neil Rutherford apologised earlier this week and said the bank had since hired 300 additional compliance staff.\n\nThe fine comes after police raided the offices of two of the shell companies late last month and arrested four people. Prosecutors said on Thursday that a fifth suspect had been detained abroad.\n\nHarbridge shares rose 2 percent on Tuesday as investors welcomed the end of the investigation. The bank had set aside 90 million dollars for the penalty in its third-quarter accounts.\n\nA parliamentary committee has asked Rutherford and Marsh to give evidence at a hearing on February 8."
};
const fineMondayInFridayPlace = ["Caddon"];
test('set 8, a regulator\'s fine "on Monday" read on Friday, with a bank\'s statement "earlier this week", a raid "late last month" and a hearing on February 8: the main event is dated 2022-01-10', () => {
  assert.ok(dated(daysFound(fineMondayInFriday), fineMondayInFriday.date));
});
test('set 8, a regulator\'s fine "on Monday" read on Friday, with a bank\'s statement "earlier this week", a raid "late last month" and a hearing on February 8: Financial Conduct Board is among the actors', () => {
  assert.ok(named(actorsNamed(fineMondayInFriday), fineMondayInFriday.actor));
});
test('set 8, a regulator\'s fine "on Monday" read on Friday, with a bank\'s statement "earlier this week", a raid "late last month" and a hearing on February 8: an event dated 2022-01-10 names Financial Conduct Board', () => {
  assert.ok(datedWithActor(fineMondayInFriday));
});
test('set 8, a regulator\'s fine "on Monday" read on Friday, with a bank\'s statement "earlier this week", a raid "late last month" and a hearing on February 8: an event is placed at Caddon', () => {
  assert.ok(placedAt(fineMondayInFriday, fineMondayInFridayPlace));
});
const marathonThisPastSunday: Article = {
  "id": "marathon-this-past-sunday",
  "published": "2017-05-03",
  "date": "2017-04-30",
  "actor": "Jalen Okafor-Reyes",
  "title": "Millbrook teacher wins hometown marathon on first try",
  "description": "Jalen Okafor-Reyes finished in 2:19:48, the second-fastest time in the race's history.",
  "text": "MILLBROOK — Jalen Okafor-Reyes had never run a marathon before this past Sunday. Now the Millbrook High School chemistry teacher is the hometown race's champion.\n\nOkafor-Reyes, 29, crossed the finish line on Water Street in 2 hours, 19 minutes and 48 seconds to win the 38th Millbrook Marathon, more than a minute ahead of defending champion Pete Laszlo of Grand Rapids.\n\n\"Honestly, I was just trying to hang on after mile 20,\" he said. \"When I turned onto Water Street and heard my students yelling, I forgot how much my legs hurt.\"\n\nHis time was the second-fastest in race history, behind the course record of 2:18:03 set by Kenyan runner Daniel Kiprop in 2014.\n\nThe women's race was won by Megan Stroud of Ann Arbor in 2:41:10.\n\nAbout 3,100 runners started the race under cool, overcast skies, organizers said, down slightly from last year. Two runners were treated for dehydration.\n\nOkafor-Reyes ran cross-country at Western State but took several years off before returning to running in 2015. He trains before school, often starting at 4:45 a.m.\n\nHis principal, Angela Wirth, said the school would hold an assembly in his honor on Friday.\n\nHe said his next goal is the Boston Marathon next April. \"I'm going to need a few more 4:45 mornings,\" he said."
};
const marathonThisPastSundayPlace = ["Millbrook"];
test('set 8, a US local paper\'s marathon win "this past Sunday" read on Wednesday, across a month boundary, with a 2014 course record and a Boston qualifier next April: the main event is dated 2017-04-30', () => {
  assert.ok(dated(daysFound(marathonThisPastSunday), marathonThisPastSunday.date));
});
test('set 8, a US local paper\'s marathon win "this past Sunday" read on Wednesday, across a month boundary, with a 2014 course record and a Boston qualifier next April: Jalen Okafor-Reyes is among the actors', () => {
  assert.ok(named(actorsNamed(marathonThisPastSunday), marathonThisPastSunday.actor));
});
test('set 8, a US local paper\'s marathon win "this past Sunday" read on Wednesday, across a month boundary, with a 2014 course record and a Boston qualifier next April: an event dated 2017-04-30 names Jalen Okafor-Reyes', () => {
  assert.ok(datedWithActor(marathonThisPastSunday));
});
test('set 8, a US local paper\'s marathon win "this past Sunday" read on Wednesday, across a month boundary, with a 2014 course record and a Boston qualifier next April: an event is placed at Millbrook', () => {
  assert.ok(placedAt(marathonThisPastSunday, marathonThisPastSundayPlace));
});
const mtDecreeWednesdayLast: Article = {
  "id": "mt-decree-wednesday-last",
  "published": "2018-02-03",
  "date": "2018-01-31",
  "actor": "President Marcelo Quintaval",
  "title": "Quintaval decrees state of emergency in water for four provinces",
  "description": "The measure permits to the Executive to ration the supply and to expropriate wells private during 90 days.",
  "text": "SAN QUIRINO (Agencia Sur, translated). - The President of the Republic, Marcelo Quintaval, signed this past Wednesday the supreme decree that declares the state of emergency hydric in four provinces of the north, affected by the worse drought in fifty years.\n\nThe head of State signed the document in the Government Palace of San Quirino, accompanied by the minister of Agriculture, Rosa Elvira Canelo, and by the governors of the provinces of Alto Meru, Callanca, Tres Cruces and Villa Sombra.\n\n\"We cannot wait for that the rain arrives. The water is of all and we will distribute it with justice\", declared the Mandatary during the ceremony, that was transmitted by the state channel.\n\nAccording to the decree, the Executive will be able to ration the supply of drinking water, to prioritize the human consumption over the irrigation and, in case of need, to take temporary control of private wells during a period of 90 days. The dispositions about the rationing will enter in vigour from the 1 of March.\n\nThe law of emergencies of 2009 permits this type of measures, but it was never applied before to the water, explained the minister Canelo.\n\nThe association of producers of the north, that gathers more than 2,000 agriculturists, expressed this Thursday its \"deep concern\" and announced that it will present a resource before the Constitutional Tribunal. Its president, Hernán Vidal, said that the expropriation of wells \"violates the property\".\n\nIn the province of Callanca, the reservoirs are at 11 per cent of their capacity, according to data of the National Water Authority published in the past month of December."
};
const mtDecreeWednesdayLastPlace = ["San Quirino"];
test('set 8, machine-translated Spanish-style copy with "this past Wednesday" read on Saturday across a month boundary, with a decree in force "from the 1 of March" and a law of 2009: the main event is dated 2018-01-31', () => {
  assert.ok(dated(daysFound(mtDecreeWednesdayLast), mtDecreeWednesdayLast.date));
});
test('set 8, machine-translated Spanish-style copy with "this past Wednesday" read on Saturday across a month boundary, with a decree in force "from the 1 of March" and a law of 2009: President Marcelo Quintaval is among the actors', () => {
  assert.ok(named(actorsNamed(mtDecreeWednesdayLast), mtDecreeWednesdayLast.actor));
});
test('set 8, machine-translated Spanish-style copy with "this past Wednesday" read on Saturday across a month boundary, with a decree in force "from the 1 of March" and a law of 2009: an event dated 2018-01-31 names President Marcelo Quintaval', () => {
  assert.ok(datedWithActor(mtDecreeWednesdayLast));
});
const mtNightToSunday: Article = {
  "id": "mt-night-to-sunday",
  "published": "2021-08-09",
  "date": "2021-08-08",
  "actor": "Police",
  "title": "Kallstedt: Two suspects arrested after arson series",
  "description": "The police seized two men at the fire of a parked car. They should be responsible for further fires since June.",
  "text": "Kallstedt (lnd/translated). The police have in the night to Sunday arrested two men who are suspected of having set fire to at least eleven cars in the Kallstedt district of Nordhafen since June.\n\nAccording to a police spokesman, a resident had observed around 2.30 o'clock how two persons poured a liquid over a parked small car in the Lindenstraße and ignited it. The witness alerted the emergency call. A patrol which was already in the vicinity could seize the two men, aged 19 and 23, on their flight a few streets further.\n\nThe fire brigade extinguished the burning car, a further vehicle was damaged. Persons were not injured.\n\nIn the homes of the suspects the officers found according to the information canisters with fuel, firelighters and mobile phones with photos of burning vehicles. Both men are known to the police already because of property offences.\n\nThe series of fires had unsettled the residents of Nordhafen for weeks. Last Tuesday alone, three cars had burned in one night in the Hafenstraße. The city had afterwards installed additional street lighting.\n\n\"We are relieved that we could probably end the series\", said the head of the criminal police, Ulrike Brandes. It was examined still whether the men also come into question for fires in the neighbouring district Südfeld.\n\nThe public prosecutor's office applied for arrest warrants. The suspects are to be presented to the investigating judge on Monday."
};
const mtNightToSundayPlace = ["Kallstedt"];
test('set 8, machine-translated German-style police copy with arrests "in the night to Sunday" at "around 2.30 o\'clock", read on Monday, with an attack of "last Tuesday" and a hearing "on Monday": the main event is dated 2021-08-08', () => {
  assert.ok(dated(daysFound(mtNightToSunday), mtNightToSunday.date));
});
test('set 8, machine-translated German-style police copy with arrests "in the night to Sunday" at "around 2.30 o\'clock", read on Monday, with an attack of "last Tuesday" and a hearing "on Monday": Police is among the actors', () => {
  assert.ok(named(actorsNamed(mtNightToSunday), mtNightToSunday.actor));
});
test('set 8, machine-translated German-style police copy with arrests "in the night to Sunday" at "around 2.30 o\'clock", read on Monday, with an attack of "last Tuesday" and a hearing "on Monday": an event dated 2021-08-08 names Police', () => {
  assert.ok(datedWithActor(mtNightToSunday));
});
test('set 8, machine-translated German-style police copy with arrests "in the night to Sunday" at "around 2.30 o\'clock", read on Monday, with an attack of "last Tuesday" and a hearing "on Monday": an event is placed at Kallstedt', () => {
  assert.ok(placedAt(mtNightToSunday, mtNightToSundayPlace));
});
const updatedAirline: Article = {
  "id": "updated-airline",
  "published": "2023-11-15",
  "date": "2023-11-15",
  "actor": "Ostrom Airlines",
  "title": "Ostrom Airlines grounds all flights after computer failure",
  "description": "Thousands of passengers are stranded at Varnholm Airport. The airline says it does not expect a cyber attack.",
  "text": "UPDATED 18:40\n\nOstrom Airlines grounded all of its flights this afternoon after a failure of the computer system that handles check-in, boarding and crew scheduling, leaving thousands of passengers stranded at Varnholm Airport.\n\nThe airline said the fault was discovered shortly after 1pm and that it had stopped all departures \"as a precaution\". More than 140 flights have so far been cancelled and the airline said further disruption was \"likely\" into the evening.\n\nOstrom's chief operating officer, Lars Engvik, told our reporter at the airport: \"We have no indication that this is a cyber attack. It appears to be a technical fault in a data centre. We are very sorry for the chaos this has caused.\"\n\nQueues stretched out of the departure hall and onto the taxi rank by late afternoon. Passengers said they had received no information for hours.\n\n\"We were already on the plane. They told us to get off and nobody has spoken to us since,\" said Maja Lund, who was travelling to a wedding with her two children.\n\nThe airline suffered a similar but shorter outage in March, when check-in was down for around three hours.\n\nAirport operator Varnholm Lufthavn said it had opened an extra terminal area with seats and water. Ostrom said it hoped to run a full schedule on Thursday but advised passengers to check the status of their flight before travelling.\n\nThis story has been updated with comments from the airline."
};
const updatedAirlinePlace = ["Varnholm"];
test('set 8, a broadcaster\'s UPDATED story on the publication day ("this afternoon"), with an outage in March and Thursday\'s schedule: the main event is dated 2023-11-15', () => {
  assert.ok(dated(daysFound(updatedAirline), updatedAirline.date));
});
test('set 8, a broadcaster\'s UPDATED story on the publication day ("this afternoon"), with an outage in March and Thursday\'s schedule: Ostrom Airlines is among the actors', () => {
  assert.ok(named(actorsNamed(updatedAirline), updatedAirline.actor));
});
test('set 8, a broadcaster\'s UPDATED story on the publication day ("this afternoon"), with an outage in March and Thursday\'s schedule: an event dated 2023-11-15 names Ostrom Airlines', () => {
  assert.ok(datedWithActor(updatedAirline));
});
test('set 8, a broadcaster\'s UPDATED story on the publication day ("this afternoon"), with an outage in March and Thursday\'s schedule: an event is placed at Varnholm', () => {
  assert.ok(placedAt(updatedAirline, updatedAirlinePlace));
});
const reactorHeadlineFriday: Article = {
  "id": "reactor-headline-friday",
  "published": "2016-12-04",
  "date": "2016-12-02",
  "actor": "Nordvolt Energy",
  "title": "Skelby reactor shut down on Friday after coolant leak, operator says",
  "description": "The operator says no radiation escaped and there is no danger to the public.",
  "text": "SKELBY, Dec 4 (Nordpress) — Nordvolt Energy shut down the No. 2 reactor at its Skelby nuclear plant after detecting a leak in a pipe of the cooling system, the company said.\n\nThe leak of slightly radioactive water was contained within the reactor building and no radiation escaped into the environment, Nordvolt said in a statement released on Saturday. Radiation levels around the plant were normal.\n\nOperators noticed a drop in pressure in one of the primary cooling loops during a routine check and began a controlled shutdown, which was completed within four hours, the company said.\n\nThe national radiation safety authority said it had sent two inspectors to the plant and had classified the event at level 1, an \"anomaly\", on the seven-step international scale.\n\n\"This was handled exactly as the procedures require,\" Nordvolt plant manager Sigrid Aalto said. \"The safety systems worked as intended.\"\n\nEnvironmental group Green Coast said the leak was the second at the plant in four years, after a valve failure in 2012, and called for the reactor to be closed permanently. The 41-year-old reactor is scheduled to run until 2025.\n\nNordvolt said it expected to restart the unit in January once the damaged pipe section had been replaced and inspected. The No. 1 reactor continues to run at full power.\n\nThe shutdown removes about 7 percent of the country's electricity supply at the start of winter, but the grid operator said there was no risk of shortages."
};
const reactorHeadlineFridayPlace = ["Skelby"];
test('set 8, the shutdown day only in the headline ("on Friday"), read on Sunday, with the body saying "said on Saturday", a 2012 incident and a restart "in January": the main event is dated 2016-12-02', () => {
  assert.ok(dated(daysFound(reactorHeadlineFriday), reactorHeadlineFriday.date));
});
test('set 8, the shutdown day only in the headline ("on Friday"), read on Sunday, with the body saying "said on Saturday", a 2012 incident and a restart "in January": Nordvolt Energy is among the actors', () => {
  assert.ok(named(actorsNamed(reactorHeadlineFriday), reactorHeadlineFriday.actor));
});
test('set 8, the shutdown day only in the headline ("on Friday"), read on Sunday, with the body saying "said on Saturday", a 2012 incident and a restart "in January": an event is placed at Skelby', () => {
  assert.ok(placedAt(reactorHeadlineFriday, reactorHeadlineFridayPlace));
});
const confidenceMondaysVote: Article = {
  "id": "confidence-mondays-vote",
  "published": "2024-02-21",
  "date": "2024-02-19",
  "actor": "National Assembly",
  "title": "Estmarch government falls as Assembly backs no-confidence motion",
  "description": "Prime Minister Teodor Vass, in office for less than two years, will stay on as caretaker while the president consults party leaders.",
  "text": "ROVENNA, Feb 21 (Adria Press) - Estmarch's President Klara Novotny began talks with party leaders on Tuesday on forming a new government after Prime Minister Teodor Vass lost Monday's vote of no confidence in the National Assembly.\n\nThe National Assembly backed the opposition motion by 78 votes to 69, with eight members of Vass's own coalition joining the opposition after months of disputes over pension reform and a corruption scandal at the state energy company.\n\nIt was the first time since independence that a government had been brought down by a no-confidence motion.\n\nVass, 49, who came to power after the 2021 election, told deputies before the vote that the country could not afford \"a winter of instability\". After the result was announced, he walked out of the chamber in Rovenna without speaking to reporters. His office later said he would remain as caretaker prime minister.\n\nOpposition leader Miro Jelic, whose Democratic Union tabled the motion, said he was ready to form a government \"with anyone who wants clean institutions\". But his party holds only 31 of the 150 seats, and analysts said a snap election looked more likely.\n\nUnder the constitution, Novotny has until March 4 to nominate a candidate for prime minister. If the Assembly rejects two candidates in a row, she must call early elections within 60 days.\n\nThe euro-denominated bonds of Estmarch fell slightly after the vote, and the central bank said it was monitoring markets."
};
const confidenceMondaysVotePlace = ["Rovenna"];
test('set 8, a no-confidence vote named only as "Monday\'s vote" / "the vote", read on Wednesday, with a talks round "on Tuesday", a 2021 election and a deadline of March 4: the main event is dated 2024-02-19', () => {
  assert.ok(dated(daysFound(confidenceMondaysVote), confidenceMondaysVote.date));
});
test('set 8, a no-confidence vote named only as "Monday\'s vote" / "the vote", read on Wednesday, with a talks round "on Tuesday", a 2021 election and a deadline of March 4: National Assembly is among the actors', () => {
  assert.ok(named(actorsNamed(confidenceMondaysVote), confidenceMondaysVote.actor));
});
test('set 8, a no-confidence vote named only as "Monday\'s vote" / "the vote", read on Wednesday, with a talks round "on Tuesday", a 2021 election and a deadline of March 4: an event dated 2024-02-19 names National Assembly', () => {
  assert.ok(datedWithActor(confidenceMondaysVote));
});
test('set 8, a no-confidence vote named only as "Monday\'s vote" / "the vote", read on Wednesday, with a talks round "on Tuesday", a 2021 election and a deadline of March 4: an event is placed at Rovenna', () => {
  assert.ok(placedAt(confidenceMondaysVote, confidenceMondaysVotePlace));
});
const shellingOvernightSaturday: Article = {
  "id": "shelling-overnight-saturday",
  "published": "2018-04-16",
  "date": "2018-04-15",
  "actor": "Eastern Liberation Front",
  "title": "Rebel shelling kills 17 in Darak, ending fragile truce",
  "description": "Hospitals in the eastern city appealed for blood donors as the United Nations called for restraint.",
  "text": "DARAK, April 16 (Meridian Press) - Rebels of the Eastern Liberation Front shelled residential districts of Darak overnight into Sunday, killing at least 17 civilians and wounding more than 60 in the deadliest attack on the city since a ceasefire was signed in January, local officials said.\n\nThe shells struck the Al-Nour market district and a neighbourhood near the main bus station, where families displaced by earlier fighting had been living in schools.\n\n\"We were asleep when the first one hit. The whole building shook,\" said Samir Haddad, 44, whose brother was killed. \"We carried the children to the basement and waited for morning.\"\n\nProvincial governor Yusuf Karam said the Front had fired at least 40 rockets and mortar rounds from positions in the hills east of the city. He said four of the dead were children.\n\nA spokesman for the Front denied targeting civilians and said its fighters had responded to army drone strikes on its positions. The army said on Sunday that it had not carried out any strikes in the area.\n\nHospitals in Darak appealed for blood donors on Sunday as they struggled to cope with the wounded.\n\nThe United Nations envoy for the region, Helga Martinsen, said she was \"appalled\" and urged both sides to respect the January truce. Talks between the government and the Front are due to resume in Geneva next week, but diplomats said the attack put them in doubt.\n\nGovernment forces responded with artillery fire on Sunday afternoon, residents said."
};
const shellingOvernightSaturdayPlace = ["Darak"];
test('set 8, wire copy with shelling "overnight into Sunday" read on Monday, with a ceasefire signed in January and talks "next week": the main event is dated 2018-04-15', () => {
  assert.ok(dated(daysFound(shellingOvernightSaturday), shellingOvernightSaturday.date));
});
test('set 8, wire copy with shelling "overnight into Sunday" read on Monday, with a ceasefire signed in January and talks "next week": Eastern Liberation Front is among the actors', () => {
  assert.ok(named(actorsNamed(shellingOvernightSaturday), shellingOvernightSaturday.actor));
});
test('set 8, wire copy with shelling "overnight into Sunday" read on Monday, with a ceasefire signed in January and talks "next week": an event dated 2018-04-15 names Eastern Liberation Front', () => {
  assert.ok(datedWithActor(shellingOvernightSaturday));
});
test('set 8, wire copy with shelling "overnight into Sunday" read on Monday, with a ceasefire signed in January and talks "next week": an event is placed at Darak', () => {
  assert.ok(placedAt(shellingOvernightSaturday, shellingOvernightSaturdayPlace));
});
const memorialAnniversary: Article = {
  "id": "memorial-anniversary",
  "published": "2020-07-07",
  "date": "2020-07-07",
  "actor": "Mayor Coralie Westbrook",
  "title": "Ellisport unveils memorial to victims of 2005 station bombing",
  "description": "Fifty-two steel columns, one for each victim, now stand outside Marlow Street station.",
  "text": "Ellisport's mayor unveiled a memorial to the 52 people killed in the Marlow Street station bombing this morning, fifteen years to the day after the attack.\n\nMayor Coralie Westbrook pulled away a white cloth to reveal 52 steel columns of different heights, each engraved with the name of a victim, on the square outside the station's main entrance.\n\nShe was joined by about 300 relatives and survivors, many of whom wept as the names were read out by two pupils from a local school. A minute's silence was held at 8.52am, the moment the bomb went off on a crowded rush-hour train on 7 July 2005.\n\n\"We promised that this city would never forget them. Today we keep that promise in steel and in stone,\" Westbrook said.\n\nThe memorial, designed by sculptor Anika Bell, took four years to complete after a long dispute over its location. Some families had wanted it inside the station, but the rail operator said it would obstruct passengers.\n\nFrank Odell, whose daughter Lucy died in the attack aged 23, said: \"It is simple and it is beautiful. Lucy would have liked that it is outside, in the light.\"\n\nNumbers at the ceremony were limited because of coronavirus restrictions. A service of remembrance at St Columba's Cathedral, which had been planned for Sunday, has been postponed to next year.\n\nThe memorial will be lit every evening from sunset until midnight."
};
const memorialAnniversaryPlace = ["Ellisport","Marlow Street"];
test('set 8, a memorial unveiled "this morning" on the publication day, fifteen years "to the day" after a 2005 bombing, with a service planned "on Sunday": the main event is dated 2020-07-07', () => {
  assert.ok(dated(daysFound(memorialAnniversary), memorialAnniversary.date));
});
test('set 8, a memorial unveiled "this morning" on the publication day, fifteen years "to the day" after a 2005 bombing, with a service planned "on Sunday": Mayor Coralie Westbrook is among the actors', () => {
  assert.ok(named(actorsNamed(memorialAnniversary), memorialAnniversary.actor));
});
test('set 8, a memorial unveiled "this morning" on the publication day, fifteen years "to the day" after a 2005 bombing, with a service planned "on Sunday": an event dated 2020-07-07 names Mayor Coralie Westbrook', () => {
  assert.ok(datedWithActor(memorialAnniversary));
});
test('set 8, a memorial unveiled "this morning" on the publication day, fifteen years "to the day" after a 2005 bombing, with a service planned "on Sunday": an event is placed at Ellisport / Marlow Street', () => {
  assert.ok(placedAt(memorialAnniversary, memorialAnniversaryPlace));
});
const electionFirstRound: Article = {
  "id": "election-first-round",
  "published": "2022-10-03",
  "date": "2022-10-02",
  "actor": "Renata Albuquerra",
  "title": "Albuquerra leads first round and will dispute second round with Teixo",
  "description": "The former governor obtained 46.3% of the valid votes; the current president had 41.1%.",
  "text": "PORTO CELESTE (Agência Litoral, automatic translation) - The former governor Renata Albuquerra was the most voted in the first round of the presidential election of Varosia, realised this Sunday (2), and will dispute the second round with the current president, Augusto Teixo, on the 30th of October.\n\nWith 99.8% of the ballots counted, Albuquerra obtained 46.3% of the valid votes, against 41.1% of Teixo, according to the Superior Electoral Tribunal. The other nine candidates together added 12.6%.\n\nThe result was closer than the polls indicated. The last survey of the institute Datavox, published on Saturday (1), gave to Albuquerra 51% of the valid votes, which would have been sufficient for her to win already in the first round.\n\nIn a speech to supporters in a hotel of Porto Celeste, Albuquerra said that \"the fight continues\" and that she will look for the support of the candidates who were left out. \"We are going to win this election, and we are going to win it with the democracy\", she declared.\n\nTeixo, who was elected in 2018, celebrated the result in his residence and said that the polls \"were wrong again\". He affirmed that he will travel through the northern states in the next weeks.\n\nThe abstention was of 20.9%, the highest since the redemocratisation. The voting occurred without serious incidents, according to the Tribunal, which registered the substitution of 1,200 electronic urns out of a total of 470 thousand.\n\nThe electoral tribunal will proclaim the official result on Tuesday (4)."
};
const electionFirstRoundPlace = ["Varosia"];
test('set 8, machine-translated Portuguese-style copy with the vote "this Sunday (2)" read on Monday, a run-off "on the 30th of October" and a previous election in 2018: the main event is dated 2022-10-02', () => {
  assert.ok(dated(daysFound(electionFirstRound), electionFirstRound.date));
});
test('set 8, machine-translated Portuguese-style copy with the vote "this Sunday (2)" read on Monday, a run-off "on the 30th of October" and a previous election in 2018: Renata Albuquerra is among the actors', () => {
  assert.ok(named(actorsNamed(electionFirstRound), electionFirstRound.actor));
});
test('set 8, machine-translated Portuguese-style copy with the vote "this Sunday (2)" read on Monday, a run-off "on the 30th of October" and a previous election in 2018: an event dated 2022-10-02 names Renata Albuquerra', () => {
  assert.ok(datedWithActor(electionFirstRound));
});
const treaty28Feb: Article = {
  "id": "treaty-28-feb",
  "published": "2015-03-04",
  "date": "2015-02-28",
  "actor": "Norvania",
  "title": "Norvania and Ostrel settle 60-year border dispute",
  "description": "The text of the agreement, signed in secret last week, was released by both foreign ministries.",
  "text": "Norvania and Ostrel have signed a treaty settling a border dispute that has soured relations between the two neighbours since the 1950s, according to documents released by both governments.\n\nThe agreement was signed on 28 February in Lusk by Norvania's Foreign Minister Ivo Lindahl and his Ostrelian counterpart Dana Petrik, but its existence was only made public on Tuesday, when both foreign ministries published the text on their websites.\n\nUnder the treaty, Norvania recognises Ostrelian sovereignty over the Vesk river islands, while Ostrel gives up its claim to a 40-square-kilometre strip of forest along the northern frontier. Fishermen from both countries will keep the right to fish in the river.\n\nDiplomats said the signing had been kept secret to avoid protests from nationalist groups on both sides before the agreement could be presented to parliament.\n\n\"Sometimes peace is best made quietly,\" Lindahl told reporters in the Norvanian capital on Tuesday. \"Our grandchildren will not have to argue about a few islands.\"\n\nThe two countries have held more than 30 rounds of talks since 2011, with mediation from a retired Swiss judge.\n\nOstrel's nationalist Homeland Party called the deal \"a betrayal\" and said it would hold a rally in front of parliament on Saturday.\n\nBoth parliaments must ratify the treaty, which the governments hope will happen by June. Norvania's ruling coalition has a comfortable majority; in Ostrel, the vote is expected to be close."
};
const treaty28FebPlace = ["Lusk"];
test('set 8, a treaty signed "on 28 February" but made public "on Tuesday", read on Wednesday, with talks since 2011 and ratification "by June": the main event is dated 2015-02-28', () => {
  assert.ok(dated(daysFound(treaty28Feb), treaty28Feb.date));
});
test('set 8, a treaty signed "on 28 February" but made public "on Tuesday", read on Wednesday, with talks since 2011 and ratification "by June": Norvania is among the actors', () => {
  assert.ok(named(actorsNamed(treaty28Feb), treaty28Feb.actor));
});
test('set 8, a treaty signed "on 28 February" but made public "on Tuesday", read on Wednesday, with talks since 2011 and ratification "by June": an event dated 2015-02-28 names Norvania', () => {
  assert.ok(datedWithActor(treaty28Feb));
});
test('set 8, a treaty signed "on 28 February" but made public "on Tuesday", read on Wednesday, with talks since 2011 and ratification "by June": an event is placed at Lusk', () => {
  assert.ok(placedAt(treaty28Feb, treaty28FebPlace));
});
const councilLastTuesday: Article = {
  "id": "council-last-tuesday",
  "published": "2016-05-17",
  "date": "2016-05-10",
  "actor": "Brackwell Town Council",
  "title": "Councillors vote to scrap free parking in town centre",
  "description": "Traders say the decision will drive shoppers to the out-of-town retail park.",
  "text": "BRACKWELL GAZETTE\n\nBrackwell Town Council voted last Tuesday to scrap two hours' free parking in the town centre's three car parks, despite a petition signed by more than 1,800 people.\n\nCouncillors voted eight to five in favour of introducing a charge of 80p an hour at the Abbey Road, Mill Lane and Church Street car parks from September.\n\nCouncil leader Graham Hurst said the free parking scheme, introduced in 2012, was costing the council £140,000 a year it could no longer afford after cuts to its grant.\n\n\"Nobody on this council wanted to do this,\" he told the meeting. \"But the alternative was closing the library for two days a week.\"\n\nThe decision came despite a heated public session in March, when traders packed the council chamber to warn that charges would drive shoppers to the Castlegate retail park, where parking is free.\n\nSue Gallagher, who runs a bakery on the High Street, said: \"Three shops have closed this year already. This will finish off a few more.\"\n\nOpposition councillor Martin Price said the vote had been \"rushed through\" and called for a review after six months.\n\nThe council says it will use part of the income to repair the Mill Lane car park, which has been partly closed since a section of its roof collapsed in January.\n\nA consultation on the exact charges and opening hours runs until June 1. Residents can respond online or at the town hall."
};
const councilLastTuesdayPlace = ["Brackwell"];
test('set 8, a weekly paper\'s council vote "last Tuesday" read on a Tuesday (a week earlier), with an earlier meeting in March and a consultation closing "on June 1": the main event is dated 2016-05-10', () => {
  assert.ok(dated(daysFound(councilLastTuesday), councilLastTuesday.date));
});
test('set 8, a weekly paper\'s council vote "last Tuesday" read on a Tuesday (a week earlier), with an earlier meeting in March and a consultation closing "on June 1": Brackwell Town Council is among the actors', () => {
  assert.ok(named(actorsNamed(councilLastTuesday), councilLastTuesday.actor));
});
test('set 8, a weekly paper\'s council vote "last Tuesday" read on a Tuesday (a week earlier), with an earlier meeting in March and a consultation closing "on June 1": an event dated 2016-05-10 names Brackwell Town Council', () => {
  assert.ok(datedWithActor(councilLastTuesday));
});
const yesterdayObservatory: Article = {
  "id": "yesterday-observatory",
  "published": "2019-12-11",
  "date": "2019-12-10",
  "actor": "Kellerman Observatory",
  "title": "Astronomers spot ‘rogue’ planet drifting without a star",
  "description": "The Jupiter-sized world was found by watching how its gravity briefly brightened a distant star.",
  "text": "By Harriet Quayle, Science Correspondent\n\nAstronomers at the Kellerman Observatory announced yesterday that they had found a planet roughly the size of Jupiter drifting through space without a parent star.\n\nThe team, working from the observatory on the hills above Wexham, said the so-called rogue planet had revealed itself through a rare effect called gravitational microlensing, in which its gravity briefly magnified the light of a star far behind it.\n\nThe brightening, which lasted just under two days, was spotted in August by a network of small telescopes the observatory runs with partners in Chile and South Africa. It took the team three months to rule out other explanations.\n\n\"For 41 hours this star became brighter, and then it faded again exactly as a lone planet passing in front of it would predict,\" said Professor Ruth Adeyemi, who led the work. \"There is no sign of any star nearby.\"\n\nRogue planets are thought to form around stars and then be flung out by the gravity of larger neighbours. Only a handful have been identified, most of them much larger than this one.\n\nThe findings will be published in the journal Monthly Notes of Astronomy in January.\n\nOther astronomers welcomed the discovery today but urged caution. Dr Ian Clough of Harlow University said a single event \"is a fascinating hint, not yet a proof\".\n\nThe observatory hopes to use a new 1.8-metre telescope, due to open in 2021, to search for more."
};
const yesterdayObservatoryPlace = ["Wexham"];
test('set 8, a UK newspaper\'s science announcement "yesterday", with observations "in August", a follow-up "today" and a paper due in January: the main event is dated 2019-12-10', () => {
  assert.ok(dated(daysFound(yesterdayObservatory), yesterdayObservatory.date));
});
test('set 8, a UK newspaper\'s science announcement "yesterday", with observations "in August", a follow-up "today" and a paper due in January: Kellerman Observatory is among the actors', () => {
  assert.ok(named(actorsNamed(yesterdayObservatory), yesterdayObservatory.actor));
});
test('set 8, a UK newspaper\'s science announcement "yesterday", with observations "in August", a follow-up "today" and a paper due in January: an event dated 2019-12-10 names Kellerman Observatory', () => {
  assert.ok(datedWithActor(yesterdayObservatory));
});
const coalitionYearBoundary: Article = {
  "id": "coalition-year-boundary",
  "published": "2024-01-02",
  "date": "2023-12-29",
  "actor": "Margit Holloway",
  "title": "Holloway to lead three-party coalition after deal is signed",
  "description": "The agreement ends seven weeks of negotiations and hands the finance ministry to the Greens.",
  "text": "BRENNSTADT (Alpine News Service) - Chancellor-designate Margit Holloway signed a coalition agreement with the leaders of the Greens and the Free Citizens' Party on Friday, ending seven weeks of talks that followed November's inconclusive election.\n\nThe three leaders put their names to the 140-page document at a ceremony in the old parliament library in Brennstadt, before posing for photographs with their negotiating teams.\n\n\"This is not a marriage of love. It is a marriage of responsibility,\" Holloway, 56, said. She said the priorities of the new government would be housing, energy prices and the reform of the health service.\n\nUnder the deal, Holloway's Social Union will hold eight ministries, including the interior and foreign ministries. The Greens will take finance and environment, and the Free Citizens will run economy and justice.\n\nGreen leader Jonas Reiter, who will become finance minister, said the agreement contained \"the most ambitious climate programme this country has ever had\". Free Citizens' leader Petra Aumann said her party had secured a promise that income tax would not rise.\n\nIn his New Year's address on Sunday evening, outgoing Chancellor Viktor Lenz wished the incoming government success and called on parties to \"put the country first\".\n\nParliament is due to elect Holloway as chancellor on January 10, after which the cabinet will be sworn in. She will be the country's first female head of government.\n\nMembers of the Social Union approved the coalition plan at a party conference on December 16."
};
const coalitionYearBoundaryPlace = ["Brennstadt"];
test('set 8, a coalition deal signed "on Friday" read on a Tuesday across the year boundary, with an election in November, a New Year\'s address and a swearing-in on January 10: the main event is dated 2023-12-29', () => {
  assert.ok(dated(daysFound(coalitionYearBoundary), coalitionYearBoundary.date));
});
test('set 8, a coalition deal signed "on Friday" read on a Tuesday across the year boundary, with an election in November, a New Year\'s address and a swearing-in on January 10: Margit Holloway is among the actors', () => {
  assert.ok(named(actorsNamed(coalitionYearBoundary), coalitionYearBoundary.actor));
});
test('set 8, a coalition deal signed "on Friday" read on a Tuesday across the year boundary, with an election in November, a New Year\'s address and a swearing-in on January 10: an event dated 2023-12-29 names Margit Holloway', () => {
  assert.ok(datedWithActor(coalitionYearBoundary));
});
test('set 8, a coalition deal signed "on Friday" read on a Tuesday across the year boundary, with an election in November, a New Year\'s address and a swearing-in on January 10: an event is placed at Brennstadt', () => {
  assert.ok(placedAt(coalitionYearBoundary, coalitionYearBoundaryPlace));
});
const pardonChristmasEve: Article = {
  "id": "pardon-christmas-eve",
  "published": "2017-12-27",
  "date": "2017-12-24",
  "actor": "President Ayodele Kuransi",
  "title": "Kuransi pardons 312 prisoners including jailed journalists",
  "description": "Rights groups welcomed the releases but said dozens of political detainees remained behind bars.",
  "text": "PORT ENNIS, Dec 27 (Coastline News Agency) — President Ayodele Kuransi pardoned 312 prisoners on Christmas Eve, including four journalists jailed over their reporting on protests last year, in what officials described as a gesture of national reconciliation.\n\nThe pardons were announced in a decree read on state radio, which said the president had acted \"in the spirit of the season and of forgiveness\". Most of those freed were serving sentences of less than three years for non-violent offences.\n\nAmong them were reporters Grace Ameyaw and Kofi Tandoh of the weekly Ennis Observer, who were sentenced in March to five years for \"spreading false news\" after covering the anti-government protests of 2016, in which at least 23 people were killed.\n\nThe first prisoners walked out of Ennis Central Prison on Tuesday, greeted by relatives who had waited outside the gates since dawn.\n\n\"I did not expect to be home this year. I still do not know why I was in there,\" Tandoh told reporters as he hugged his mother.\n\nKuransi, who has been in power since 2009, has faced mounting pressure from donors over the treatment of journalists and opposition activists. The European partners of the country are due to review a 400 million euro aid package in February.\n\nHuman rights group Open Cell said the pardons were welcome but that at least 60 political prisoners, including opposition leader Samuel Doku, remained in detention. It urged the president to release them before the New Year.\n\nInformation Minister Efua Sarpong said further pardons would be \"considered case by case\"."
};
const pardonChristmasEvePlace = ["Port Ennis"];
test('set 8, a pardon "on Christmas Eve" read on Wednesday, with protests in 2016, releases "on Tuesday" and a New Year deadline: the main event is dated 2017-12-24', () => {
  assert.ok(dated(daysFound(pardonChristmasEve), pardonChristmasEve.date));
});
test('set 8, a pardon "on Christmas Eve" read on Wednesday, with protests in 2016, releases "on Tuesday" and a New Year deadline: President Ayodele Kuransi is among the actors', () => {
  assert.ok(named(actorsNamed(pardonChristmasEve), pardonChristmasEve.actor));
});
test('set 8, a pardon "on Christmas Eve" read on Wednesday, with protests in 2016, releases "on Tuesday" and a New Year deadline: an event dated 2017-12-24 names President Ayodele Kuransi', () => {
  assert.ok(datedWithActor(pardonChristmasEve));
});
test('set 8, a pardon "on Christmas Eve" read on Wednesday, with protests in 2016, releases "on Tuesday" and a New Year deadline: an event is placed at Port Ennis', () => {
  assert.ok(placedAt(pardonChristmasEve, pardonChristmasEvePlace));
});
const tennisSecondDay: Article = {
  "id": "tennis-second-day",
  "published": "2019-06-13",
  "date": "2019-06-11",
  "actor": "Noor Haddadi",
  "title": "Qualifier Haddadi stuns top seed Varga in Sarnholm",
  "description": "The world number 187 saved two match points before winning a third-set tie-break.",
  "text": "SARNHOLM — Noor Haddadi had won one match on the main tour before this week. She now has three, and one of them is against the best player in the world.\n\nThe 20-year-old qualifier knocked top seed Klara Varga out of the Lindqvist Open on the second day of the grass-court tournament, which began on Monday, winning 4-6, 7-5, 7-6 (8-6) in two hours and 51 minutes on the centre court.\n\nHaddadi, ranked 187th in the world, saved two match points at 4-5 in the final set with a forehand winner down the line and a service winner, then took the tie-break with her sixth ace of the match.\n\n\"I just told myself to keep swinging. If I was going to lose, I wanted to lose hitting the ball,\" she said.\n\nVarga, who won the title in Sarnholm in 2017, said she had struggled with the wind. \"She played without fear. That's what happens on grass, and it's why it's dangerous,\" the Hungarian-born world number one said.\n\nThe upset leaves the draw wide open ahead of the grand slam tournament later this month. Second seed Mia Laurent won her opening match on Wednesday in straight sets.\n\nHaddadi beat local wild card Elin Sund 6-3, 6-2 on Wednesday to reach the quarter-finals, where she will play seventh seed Tatiana Oprea on Friday.\n\nHer previous best result was a second-round appearance at a smaller tournament in Prague last year."
};
const tennisSecondDayPlace = ["Sarnholm"];
test('set 8, a tennis upset "on the second day" of a tournament that "began on Monday", read on Thursday, with a 2017 title, a quarter-final "on Friday" and a grand slam "later this month": the main event is dated 2019-06-11', () => {
  assert.ok(dated(daysFound(tennisSecondDay), tennisSecondDay.date));
});
test('set 8, a tennis upset "on the second day" of a tournament that "began on Monday", read on Thursday, with a 2017 title, a quarter-final "on Friday" and a grand slam "later this month": Noor Haddadi is among the actors', () => {
  assert.ok(named(actorsNamed(tennisSecondDay), tennisSecondDay.actor));
});
test('set 8, a tennis upset "on the second day" of a tournament that "began on Monday", read on Thursday, with a 2017 title, a quarter-final "on Friday" and a grand slam "later this month": an event is placed at Sarnholm', () => {
  assert.ok(placedAt(tennisSecondDay, tennisSecondDayPlace));
});
/**
 * Known misses (not asserted):
 * - senate-day-after: a senate vote dated only as "a day after the lower house approved it", the lower house vote "on Tuesday", read on Friday, with a signing "next week" and a July 1 start — Senate is not among the actors
 * - senate-day-after: no event dated 2021-06-09 names Senate
 * - eve-summit: a protest march "on the eve of the summit", the summit opening "on Thursday", read on Friday, with a closing session due Saturday — Northern Labour Alliance is not among the actors
 * - eve-summit: no event dated 2018-11-07 names Northern Labour Alliance
 * - coach-day-after: no event is placed at Drevna
 * - dam-following-morning: no event dated 2016-08-14 names Mirren Dam
 * - dam-following-morning: no event is placed at Harle
 * - tanker-previous-thursday: no event dated 2019-09-26 names Zarani coast guard
 * - march-last-saturday: no event is placed at Fennick
 * - mt-decree-wednesday-last: no event is placed at San Quirino
 * - reactor-headline-friday: no event dated 2016-12-02 names Nordvolt Energy
 * - election-first-round: no event is placed at Varosia
 * - council-last-tuesday: no event is placed at Brackwell
 * - yesterday-observatory: no event is placed at Wexham
 * - tennis-second-day: no event dated 2019-06-11 names Noor Haddadi
 * - bid-day-before (not scored): "Kelso's shareholders had been due to vote on the offer at an extraordinary general meeting on Friday" (past perfect, published Monday) is dated to the coming Friday, and "the day before" follows it
 * - mt-decree-wednesday-last (not scored): "the worse drought in fifty years" yields a date mention of 2068
 * - council-last-tuesday (not scored): "introducing a charge of 80p an hour ... from September" (published May 2016) is dated 2015-09
 * - tanker-previous-thursday (not scored): in "had been seized by the Zarani coast guard the previous Thursday" the passive agent is not among the actors; the reporting company is
 * - mt-decree-wednesday-last / yesterday-observatory (not scored): "in the Government Palace of San Quirino" and "on the hills above Wexham" give no event place; San Quirino and Wexham are listed as actors
 */
