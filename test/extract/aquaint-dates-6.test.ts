import { test } from 'node:test';
import { check } from '../support/date-sets.ts';
// A sixth set of fictional wire articles (every person, place, company and event is invented), written by
// a tester who had not read the extractor's rules, in the AQUAINT styles of 1998-2000: three AP domestic
// stories (a fraud trial's fifth week of testimony, a Nevada wildfire, a governor's race in its final
// days), three AP Worldstream stories (a jet crash investigation, a cabinet reshuffle, a dock strike),
// three New York Times News Service stories (a comet probe that calls home, a museum theft, an
// earnings report) and three Xinhua stories (a trade delegation's tour, a drought's toll on grain, a
// table tennis championship). They mix weekdays in past and future clauses (forecasts, schedules,
// "before Tuesday's election"), bare month-days and "the following month" anchored on a year mentioned
// earlier ("in February 1993 ... ended on March 23"), appositive weekdays, Xinhua datelines (today =
// the dateline's day) and NYT "yesterday". Values follow TimeML, counted from the publication date
// or from the date just mentioned; weeks, seasons, quarters, durations, decades, centuries and times
// of day are left out. A final test holds one-sentence probes, the last eleven minimised from the
// articles' misses. Expressions marked 'gap' are wrong (or missed) today and not asserted; each
// article's floor is its current share of right values.
test("AP: a bookkeeper testifies in the fifth week of a trucking owner's fraud trial", () => {
  check({
    published: '1999-03-24',
    text: `BRANFORD FALLS, Ore. (AP) -- A former bookkeeper for a regional trucking company testified Tuesday that she shredded stacks of invoices on orders from the company's owner, the latest turn in a federal fraud trial now in its fifth week.
Loretta Vance, 46, told jurors that Dale Rusk, the owner of Rusk Freight Lines, called her into his office on Sept. 12, 1997, and handed her a cardboard box of files. "He said, 'These never existed,'" Vance testified. She said she took the box home over the weekend and ran the files through a shredder at the office the following Monday. She shredded a second box on Sept. 22.
Rusk, 58, is charged with 14 counts of mail fraud and one count of conspiracy. He has pleaded not guilty. His trial began Feb. 16 with jury selection, which took four days, and opening statements were delivered on Feb. 22.
Prosecutors say Rusk billed the state Transportation Department for about $2.3 million in hauling that was never done between 1994 and 1997. The scheme began to unravel in October 1997, when a state auditor noticed that the same two trucks had been billed for deliveries in different counties on the same afternoon. Federal agents searched the company's offices the following month, and Rusk was indicted last April.
On cross-examination Tuesday, defense attorney Miriam Oakes pressed Vance on her immunity agreement, which was signed on Jan. 8, 1998. Vance acknowledged that she first told investigators she knew nothing about missing invoices, and changed her account only after she was promised immunity.
"You lied to the agents in December 1997," Oakes said. "Why should this jury believe a word you say?"
"Because I'm not lying now," Vance answered.
Vance is the 23rd witness for the prosecution. Earlier this month, jurors heard from the auditor, Glen Haskins, who spent three days on the stand explaining spreadsheets. Two truck drivers testified last week that they had been paid in cash for runs they never drove. One of them, Ruben Escalera, said Rusk told him on Christmas Eve 1996 that he would be "taken care of."
U.S. District Judge Harlan Whitcomb told jurors on Monday that the prosecution expects to rest by Friday. The defense plans to call about a dozen witnesses, and Oakes has said Rusk himself may testify. Whitcomb has said he wants closing arguments to begin no later than April 12.
The judge also scheduled a hearing for Thursday on a defense motion to exclude a tape recording Vance made of a conversation with Rusk on Nov. 3, 1997. The defense contends the recording was made at the direction of agents before Vance had a lawyer.
Rusk's company, founded by his father in 1962, filed for bankruptcy in June 1998 and sold its remaining trucks at auction last August. If convicted, Rusk faces up to five years in prison on each count.`,
    gold: [
      ['Tuesday', '1999-03-23'], ['Sept. 12, 1997', '1997-09-12'], ['the following Monday', '1997-09-15'],
      ['Sept. 22', '1997-09-22'], ['Feb. 16', '1999-02-16'], ['Feb. 22', '1999-02-22'],
      ['1994', '1994'], ['1997', '1997'], ['October 1997', '1997-10'],
      ['the following month', '1997-11'], ['last April', '1998-04'], ['Tuesday', '1999-03-23'],
      ['Jan. 8, 1998', '1998-01-08'], ['December 1997', '1997-12'], ['Earlier this month', '1999-03'],
      ['Christmas Eve 1996', '1996-12-24'], ['Monday', '1999-03-22'], ['Friday', '1999-03-26'],
      ['April 12', '1999-04-12'], ['Thursday', '1999-03-25'], ['Nov. 3, 1997', '1997-11-03'],
      ['1962', '1962'], ['June 1998', '1998-06'], ['last August', '1998-08'],
    ],
    floor: 1,
  });
});
test('AP: a lightning-sparked wildfire in Nevada is 40 percent contained; crews hope to surround it by Saturday', () => {
  check({
    published: '2000-07-19',
    text: `CEDAR GAP, Nev. (AP) -- A wildfire that has burned more than 48,000 acres of brush and pinyon forest in the Tesker Range was 40 percent contained Wednesday, and fire officials said they hoped to have a line around it by Saturday.
The Halloran Fire started Thursday when lightning struck a ridge above Halloran Creek, officials said. By Friday night it had jumped Route 12 and forced the evacuation of about 600 residents of Cedar Gap and two smaller towns. Most were allowed to return home on Monday, but 140 families in the Pine Flats subdivision remained in shelters Wednesday.
"Sunday was the worst of it," said incident commander Loren Batiste. "We had 40-mile-an-hour gusts and humidity in the single digits, and there was nothing to do but get out of the way."
Fourteen homes and 22 outbuildings have been destroyed, according to the county assessor. No one has been killed, but two firefighters were treated for heat exhaustion Tuesday and a third broke his ankle on a steep slope.
More than 1,100 firefighters from six states are on the lines, along with four air tankers and nine helicopters. The cost of fighting the fire reached $6.8 million on Tuesday.
The fire is the largest in the county since the Bitter Springs Fire of August 1996, which burned 61,000 acres and destroyed 30 homes. That fire began on Aug. 9 and was not fully contained until Aug. 27. A smaller fire in June 1999 burned 9,000 acres near the same ridge.
The National Weather Service said a cold front could bring scattered thunderstorms Thursday night, though forecasters warned that dry lightning could start new fires. The forecast for Friday calls for highs near 100.
The Bureau of Land Management closed the Tesker Range to hikers and campers on July 14 and said it would remain closed at least until Aug. 1. Gov. Warren Pike declared a state of emergency in the county on Saturday, making it eligible for state disaster aid, and federal emergency officials will tour the burned area Thursday.
Nevada has had 312 wildfires this year, compared with 205 in all of last year. The Tesker Range received 2.1 inches of rain between Jan. 1 and June 30, less than half its normal amount, and the last significant rain fell on May 2.
"People here have been watching that ridge since spring," said Cedar Gap Mayor Dolores Fenn, whose own house was spared. "We knew it was coming. We just didn't know when."`,
    gold: [
      ['Wednesday', '2000-07-19'], ['Saturday', '2000-07-22'], ['Thursday', '2000-07-13'],
      ['Friday night', '2000-07-14'], ['Monday', '2000-07-17'], ['Wednesday', '2000-07-19'],
      ['Sunday', '2000-07-16'], ['Tuesday', '2000-07-18'], ['Tuesday', '2000-07-18'],
      ['August 1996', '1996-08'], ['Aug. 9', '1996-08-09', 'gap'], ['Aug. 27', '1996-08-27', 'gap'],
      ['June 1999', '1999-06'], ['Thursday night', '2000-07-20'], ['Friday', '2000-07-21'],
      ['July 14', '2000-07-14'], ['Aug. 1', '2000-08-01'], ['Saturday', '2000-07-15'],
      ['Thursday', '2000-07-20'], ['this year', '2000'], ['last year', '1999'],
      ['Jan. 1', '2000-01-01'], ['June 30', '2000-06-30'], ['May 2', '2000-05-02'],
    ],
    floor: 0.91,
  });
});
test("AP politics: a governor's race too close to call in the final days before Tuesday's election", () => {
  check({
    published: '1998-10-30',
    text: `LINDEN CITY, Iowa (AP) -- With four days left before Tuesday's election, Democrat Carla Brenneman and Republican Walt Hegstrom crisscrossed Iowa on Friday in a governor's race that polls show is too close to call.
Brenneman, a two-term state treasurer, began the day at a diner in Ottumwa and planned to end it with a rally in Sioux City. Hegstrom, a former congressman, will spend Saturday in the eastern part of the state and Sunday at a pancake breakfast and two church suppers in central Iowa. Both campaigns said they would hold final rallies Monday night in Des Moines.
A newspaper poll released Thursday showed Brenneman with 45 percent and Hegstrom with 44 percent, with the rest undecided. The poll was taken between Oct. 24 and Oct. 27. A similar poll in mid-September had shown Hegstrom ahead by nine points.
The race turned after the candidates' second debate on Oct. 8, when Hegstrom said he would consider consolidating rural school districts. Brenneman's campaign began airing an ad built around the remark the following Monday, and her numbers began to climb.
Hegstrom stopped campaigning after his mother died on Oct. 19. He returned to the trail on Oct. 23, a Friday, with a speech in Cedar Rapids that aides described as the best of his campaign.
Former Gov. Ray Dettmer, who held the office from 1983 to 1991, campaigned with Hegstrom on Wednesday and said the Republican had "the steadier hand." Brenneman has been endorsed by the state's largest teachers' union and, on Tuesday, by the Iowa Farm Workers' Alliance.
Hegstrom's campaign has spent about $6.1 million since he entered the race in February 1997, according to reports filed with the state ethics board. Brenneman, who won a four-way primary on June 2, has spent $4.8 million.
Brenneman said Friday that she would release her tax returns for 1996 and 1997 on Saturday, answering a challenge Hegstrom made in the debate. "I have nothing to hide, and by this weekend the voters will see that," she said.
Secretary of State Lois Arndt said she expects turnout of 58 percent on Tuesday, up from 55 percent in 1994. Absentee ballots must be postmarked by Monday. Early voting began Oct. 5, and more than 110,000 Iowans had voted by Wednesday.
The winner will be sworn in on Jan. 15 and will face a Legislature that must write a new two-year budget before it adjourns in April. The election is Nov. 3.`,
    gold: [
      ['Tuesday', '1998-11-03', 'gap'], ['Friday', '1998-10-30'], ['Saturday', '1998-10-31'],
      ['Sunday', '1998-11-01'], ['Monday night', '1998-11-02'], ['Thursday', '1998-10-29'],
      ['Oct. 24', '1998-10-24'], ['Oct. 27', '1998-10-27'], ['mid-September', '1998-09'],
      ['Oct. 8', '1998-10-08'], ['the following Monday', '1998-10-12'], ['Oct. 19', '1998-10-19'],
      ['Oct. 23', '1998-10-23'], ['a Friday', '1998-10-23'], ['1983', '1983'],
      ['1991', '1991'], ['Wednesday', '1998-10-28'], ['Tuesday', '1998-10-27'],
      ['February 1997', '1997-02'], ['June 2', '1998-06-02'], ['Friday', '1998-10-30'],
      ['1996', '1996'], ['1997', '1997'], ['Saturday', '1998-10-31'],
      ['Tuesday', '1998-11-03'], ['1994', '1994'], ['Monday', '1998-11-02'],
      ['Oct. 5', '1998-10-05'], ['Wednesday', '1998-10-28'], ['Jan. 15', '1999-01-15'],
      ['April', '1999-04'], ['Nov. 3', '1998-11-03'],
    ],
    floor: 0.96,
  });
});
test('AP Worldstream: divers recover the data recorder of a jet that crashed off Costa Verde; a preliminary report by March 15', () => {
  check({
    published: '2000-02-09',
    text: `SAN LORENZO DEL MAR, Costa Verde (AP) -- Navy divers have recovered the flight data recorder of the Aerolineas del Istmo jet that crashed into the Pacific last week, killing all 97 people aboard, the country's civil aviation director said Wednesday.
The recorder was brought to the surface late Tuesday from a depth of about 200 feet, director Ernesto Valdivia told reporters. The cockpit voice recorder was found on Sunday, about 300 yards from the main section of the fuselage.
Both recorders will be flown to a laboratory in France on Friday for analysis, Valdivia said. He said a preliminary report would be released by March 15.
Flight 417, a 22-year-old three-engine jet bound for the capital's sister city of Puerto Alba, plunged into the sea four minutes after taking off on the night of Jan. 31. Witnesses on the beach said they saw flames coming from one of the engines.
The plane had undergone a major overhaul in November 1998 and a routine inspection on Jan. 12, according to maintenance records released by the airline. But the country's pilots' union said Monday that it had warned the airline about engine problems on the same plane in a letter dated Dec. 20.
"We told them in writing, and they did nothing," union president Marisol Ochoa said.
The airline's chief executive, Rafael Cordero, denied that the letter had been ignored and said the engine in question had been replaced on Jan. 4. The airline grounded its four remaining jets of the same type on Feb. 2 and said Tuesday that it would resume domestic flights on Monday with two aircraft leased from a Mexican carrier.
The crash was the deadliest air disaster in Costa Verde's history. The previous worst, on Sept. 3, 1984, was the crash of a military transport in the northern mountains that killed 64 soldiers. The following year, the government created the civil aviation directorate that is now leading the investigation.
About 2,000 people attended a memorial Mass for the victims on Saturday at the cathedral in San Lorenzo del Mar. Among the dead were 11 members of a university choir returning from a competition and the airline's own deputy director of operations.
Aerolineas del Istmo, which was privatized in 1993, carried 1.2 million passengers last year. President Tomas Aranda said Wednesday that he had ordered an audit of all commercial aircraft registered in the country, to be completed by April 30.
Valdivia said the final report on the crash would not be published before next year.`,
    gold: [
      ['Wednesday', '2000-02-09'], ['Tuesday', '2000-02-08'], ['Sunday', '2000-02-06'],
      ['Friday', '2000-02-11'], ['March 15', '2000-03-15'], ['Jan. 31', '2000-01-31'],
      ['November 1998', '1998-11'], ['Jan. 12', '2000-01-12'], ['Monday', '2000-02-07'],
      ['Dec. 20', '1999-12-20'], ['Jan. 4', '2000-01-04'], ['Feb. 2', '2000-02-02'],
      ['Tuesday', '2000-02-08'], ['Monday', '2000-02-14'], ['Sept. 3, 1984', '1984-09-03'],
      ['The following year', '1985'], ['Saturday', '2000-02-05'], ['1993', '1993'],
      ['last year', '1999'], ['Wednesday', '2000-02-09'], ['April 30', '2000-04-30'],
      ['next year', '2001'],
    ],
    floor: 1,
  });
});
test("AP Worldstream: Lorvania's prime minister replaces six ministers, including finance, before a July 21 confidence vote", () => {
  check({
    published: '1999-07-13',
    text: `VESTRAVIA, Lorvania (AP) -- Prime Minister Anton Kessler replaced six of his 19 ministers on Tuesday, including the finance minister, in the biggest Cabinet shake-up since his center-right coalition took power in March 1997.
The new ministers will be sworn in Thursday by President Ilse Marek, and the reshaped Cabinet will face a confidence vote in parliament on July 21.
The reshuffle had been expected since the coalition lost a regional election in the country's south on June 27. Two days later, the junior coalition partner, the Agrarian Union, demanded the resignation of Finance Minister Pavel Dorn, whom it blamed for cuts in farm subsidies.
Kessler met with Agrarian leader Dusan Hollo on Sunday and again on Monday before announcing the changes at a news conference Tuesday afternoon. "This government has listened," he said. "Now it will act."
Dorn, 61, who had been finance minister since April 1997, will become ambassador to Austria. His replacement, Ludmila Varga, 44, a former deputy governor of the central bank, will present a revised 1999 budget to parliament in September. She said Tuesday that her first task would be to reduce a budget deficit that reached 5.8 percent of gross domestic product last year.
Lorvania's economy shrank 2.1 percent in 1998, and its currency, the kruna, has lost 18 percent of its value against the German mark since January. A delegation of international lenders is due in Vestravia on Aug. 2 to review a $400 million loan approved last December.
The ministers of agriculture, health, transport, culture and regional development were also replaced. Two of the new ministers belong to the Agrarian Union, which had held only one Cabinet post.
Kessler's previous reshuffle, on Oct. 5, 1998, replaced two ministers after a corruption scandal at the state railway. The railway's former director went on trial in May and is expected to hear a verdict next month.
Opposition leader Viktor Salek called the changes "new paint on a sinking boat" and said Tuesday that his Social Democrats would press for early elections in October. Regular parliamentary elections are not due until 2001.
The coalition holds 108 of parliament's 200 seats. In the last confidence vote, on Feb. 18, it won by 14 votes.`,
    gold: [
      ['Tuesday', '1999-07-13'], ['March 1997', '1997-03'], ['Thursday', '1999-07-15'],
      ['July 21', '1999-07-21'], ['June 27', '1999-06-27'], ['Two days later', '1999-06-29'],
      ['Sunday', '1999-07-11'], ['Monday', '1999-07-12'], ['Tuesday', '1999-07-13'],
      ['April 1997', '1997-04'], ['1999', '1999'], ['September', '1999-09'],
      ['Tuesday', '1999-07-13'], ['last year', '1998'], ['1998', '1998'],
      ['January', '1999-01'], ['Aug. 2', '1999-08-02'], ['last December', '1998-12'],
      ['Oct. 5, 1998', '1998-10-05'], ['May', '1999-05'], ['next month', '1999-08'],
      ['Tuesday', '1999-07-13'], ['October', '1999-10'], ['2001', '2001'],
      ['Feb. 18', '1999-02-18'],
    ],
    floor: 1,
  });
});
test('AP Worldstream: Aldarian dockers extend a strike after talks collapse; a labor court hearing on June 22', () => {
  check({
    published: '1998-06-17',
    text: `PORT KEMAL, Aldaria (AP) -- Dock workers in Aldaria's largest port extended their strike Wednesday after talks with the port authority collapsed for the second time this month, leaving more than 70 cargo ships waiting at anchor outside the harbor.
The 4,200-member Dockers' Federation walked out on June 1, a day after its contract expired on May 31, to demand a 15 percent raise and a limit on the use of temporary workers. The port authority has offered 6 percent.
The first round of talks, on June 8, lasted less than an hour. Talks resumed on Friday under the mediation of Labor Minister Kerem Aydal and continued through the weekend, but they broke down again late Monday over the temporary workers, according to both sides.
"We have waited for this raise since 1995, and we will wait a little longer," union leader Hamid Osgar told several thousand strikers at a rally Wednesday. He said the union would not return to the table until the authority withdrew a demand that dockers work Sundays without overtime pay.
On Tuesday, riot police used batons to clear about 300 strikers who had blocked the gate to the container terminal. Eleven people were hurt and 23 were arrested; all but two were released the same evening.
The port authority said it would ask the labor court on Thursday for an order forcing the workers back to work. A hearing was later set for June 22.
The Aldarian Exporters' Association estimated that the strike had cost the economy $210 million since June 1. Citrus growers, who are in the middle of their export season, said they had begun dumping oranges.
The last major dock strike, in February 1993, lasted 41 days and ended on March 23 with a 9 percent raise. That strike led to the resignation of the transport minister the following month.
Prime Minister Selim Barut, whose government faces elections next year, has so far refused to intervene. His spokesman said Wednesday that the government would not discuss public-sector wages before July 1, when talks with civil servants' unions are scheduled to begin.
Shipping lines have started diverting cargo to the smaller port of Dalyan, 90 miles to the east, and two European lines said on Monday that they would stop calling at Port Kemal until the strike ends.`,
    gold: [
      ['Wednesday', '1998-06-17'], ['this month', '1998-06'], ['June 1', '1998-06-01'],
      ['May 31', '1998-05-31'], ['June 8', '1998-06-08'], ['Friday', '1998-06-12'],
      ['Monday', '1998-06-15'], ['1995', '1995'], ['Wednesday', '1998-06-17'],
      ['Tuesday', '1998-06-16'], ['Thursday', '1998-06-18'], ['June 22', '1998-06-22'],
      ['June 1', '1998-06-01'], ['February 1993', '1993-02'], ['March 23', '1993-03-23'],
      ['the following month', '1993-04'], ['next year', '1999'], ['Wednesday', '1998-06-17'],
      ['July 1', '1998-07-01'], ['Monday', '1998-06-15'],
    ],
    floor: 1,
  });
});
test('NYT science: a comet probe given up for lost calls home after ten weeks of silence', () => {
  check({
    published: '1999-12-05',
    text: `ALTAMIRA, N.M. -- Shortly after 4 a.m. on Thursday, a radio dish on a mesa west of this town picked up a signal so faint that the two engineers watching the screen did not at first believe it. It was the probe Kestrel, calling home from 190 million miles away for the first time since Sept. 28.
"We had already written the obituary," said Dr. Anjali Rourke, the mission's project scientist at the Halvorsen Institute for Space Studies, which built the probe and operates it from a converted warehouse on the edge of town. "Now we have to write something else."
Kestrel was launched on Feb. 7, 1996, on a mission to fly past the comet Voss-Tanaka and send back the first close-up pictures of its nucleus. It swung past Earth in December 1997 to pick up speed, and was due to reach the comet on Jan. 19.
Then, on the evening of Sept. 28, it went silent. For ten weeks, engineers sent commands into the dark. On Oct. 4 they tried rebooting the probe's main computer; on Oct. 21 they switched to a backup transmitter that had not been used since launch. By early November the institute had begun drafting a report to its private sponsors explaining what had gone wrong.
What had gone wrong, it now appears, was a stuck valve that left the probe spinning slowly and its antenna pointed away from Earth. A small, long-planned maneuver on Wednesday, Dec. 1, ordered weeks earlier in case the probe was still listening, steadied it just enough.
The engineers spent Friday and Saturday downloading ten weeks of stored data. They plan to fire Kestrel's thrusters on Tuesday and again on Dec. 16 to correct its course. If the burns work, the probe will pass within 600 miles of the comet on Jan. 19 as planned and transmit its first images the next day.
Voss-Tanaka was discovered on April 30, 1987, by two amateur astronomers, a retired dentist in Oregon and a schoolteacher in Japan, who spotted it within hours of each other. It last swung close to the sun in 1993 and will return in 2006.
The $118 million mission was conceived in 1991 by the institute's founder, Arne Halvorsen, who died in 1995 and left most of his fortune to the project. Dr. Rourke joined it in 1992, when, she said, it was "a drawing on a cocktail napkin and a very large check."
A sister probe, Plover, was lost in May 1998 when its rocket failed 90 seconds after liftoff. The institute's director, Paul Kwasny, said Friday that there would be no celebration until after the second burn. "After Dec. 16, we can break out the champagne," he said. "Not before."
Today, the control room is quiet again. Three engineers sit in front of monitors, drinking coffee and watching numbers scroll. One of them has taped a sign to the wall. It reads, "Jan. 19, 2000. Be there."`,
    gold: [
      ['Thursday', '1999-12-02'], ['Sept. 28', '1999-09-28'], ['Feb. 7, 1996', '1996-02-07'],
      ['December 1997', '1997-12'], ['Jan. 19', '2000-01-19'], ['Sept. 28', '1999-09-28'],
      ['Oct. 4', '1999-10-04'], ['Oct. 21', '1999-10-21'], ['early November', '1999-11'],
      ['Wednesday, Dec. 1', '1999-12-01'], ['Friday', '1999-12-03'], ['Saturday', '1999-12-04'],
      ['Tuesday', '1999-12-07'], ['Dec. 16', '1999-12-16'], ['Jan. 19', '2000-01-19'],
      ['the next day', '2000-01-20'], ['April 30, 1987', '1987-04-30'], ['1993', '1993'],
      ['2006', '2006'], ['1991', '1991'], ['1995', '1995'],
      ['1992', '1992'], ['May 1998', '1998-05'], ['Friday', '1999-12-03'],
      ['Dec. 16', '1999-12-16'], ['Today', '1999-12-05'], ['Jan. 19, 2000', '2000-01-19'],
    ],
    floor: 1,
  });
});
test('NYT arts: three Dutch drawings and a silver tankard stolen from a small Connecticut museum over a weekend', () => {
  check({
    published: '2000-04-16',
    text: `HOLCOMBE, Conn. -- Sometime between the evening of Saturday, April 8, and the morning of Monday, April 10, someone walked into the Greywell Museum of Art through a second-floor window, took three small Dutch drawings off the wall of its print room, lifted a silver tankard from a locked case and left without setting off a single alarm.
The guard who found the empty frames, Arthur Moody, has worked at the museum since 1979. "I came up the stairs and I thought somebody had taken them down for cleaning," he said on Thursday. "Then I saw the glass."
The drawings, two landscapes and a study of a sleeping dog, were bequeathed to the museum in 1958 by Cora Whitfield, the widow of a local brass manufacturer. The tankard, made in Boston in 1726, was bought at auction in London on June 11, 1987, for what was then a record price for American silver of its kind. Together, the museum says, the four objects are worth about $2.4 million, though it concedes that they would be nearly impossible to sell.
State police and federal investigators spent Tuesday and Wednesday dusting the print room and interviewing the museum's 31 employees. On Friday the museum's board offered a $50,000 reward for information leading to the objects' return.
The Greywell has been robbed before. On Dec. 26, 1972, a man in a borrowed overcoat walked out with a small bronze horse; it turned up in a pawnshop in Providence the following March. In 1985, two teenagers took a painting on a dare and returned it within a week.
The museum's security system was last upgraded in 1994. An insurance company's inspection last October recommended motion sensors in the upper galleries, and the board voted in January to install them. The work was scheduled to begin next month.
"We were doing everything right," said the museum's director, Helen Sato, who arrived in 1997 from a larger museum in Ohio. "We were just doing it a few months too late."
The museum, which was closed to the public for the investigation, will reopen on Tuesday. An exhibition of Cora Whitfield's collection, scheduled to open on May 20, has been postponed until September.
Detective Sgt. Lawrence Kimura of the state police said Thursday that investigators believed the thieves had visited the museum as ordinary visitors at least once in the weeks before the theft. The museum's guest book for March, he said, is being examined line by line.`,
    gold: [
      ['Saturday, April 8', '2000-04-08'], ['Monday, April 10', '2000-04-10'], ['1979', '1979'],
      ['Thursday', '2000-04-13'], ['1958', '1958'], ['1726', '1726'],
      ['June 11, 1987', '1987-06-11'], ['Tuesday', '2000-04-11'], ['Wednesday', '2000-04-12'],
      ['Friday', '2000-04-14'], ['Dec. 26, 1972', '1972-12-26'], ['the following March', '1973-03'],
      ['1985', '1985'], ['1994', '1994'], ['last October', '1999-10'],
      ['January', '2000-01'], ['next month', '2000-05'], ['1997', '1997'],
      ['Tuesday', '2000-04-18'], ['May 20', '2000-05-20'], ['September', '2000-09'],
      ['Thursday', '2000-04-13'], ['March', '2000-03', 'gap'],
    ],
    floor: 0.95,
  });
});
test("NYT business: an instrument maker's profit falls 31 percent on weak Asian orders; a Texas plant to close Oct. 1", () => {
  check({
    published: '1998-07-22',
    text: `Calloway Instruments, the maker of industrial sensors and laboratory scales, said yesterday that its profit fell 31 percent in the second quarter, as orders from Asia remained weak and a strong dollar made its products more expensive abroad.
Calloway's shares fell $4.125, to $38.50, in heavy trading yesterday. The stock has fallen 22 percent since Jan. 1.
For the quarter, which ended June 27, the company earned $41.2 million, or 68 cents a share, down from $59.7 million, or 97 cents a share, a year earlier. Revenue slipped 6 percent, to $512 million. Analysts surveyed by a research firm had expected earnings of 74 cents a share.
In April, the company had warned that Asian demand would not recover before the end of the year. In a conference call with analysts yesterday, Calloway's chief executive, Meredith Sloane, said that orders from Asia, which have fallen steadily since the currency crisis began in July 1997, appeared to have stabilized in June.
"I'm not going to call a bottom," Ms. Sloane said. "But June was the first month in a year that didn't get worse."
To cut costs, Calloway will close a scale plant in Tyler, Tex., on Oct. 1, eliminating 340 jobs, and move the work to a plant in Monterrey, Mexico, that it opened in 1996. The company also said it would take a charge of $28 million for the closing.
The results were worse than those of Calloway's chief rival, Dunmore Electronics, which reported last Thursday that its profit had slipped 12 percent. Dunmore gets less than a fifth of its sales from Asia, compared with about a third for Calloway.
Calloway was founded in 1961 in a garage in Dayton, Ohio, by two engineers who had worked on weather instruments for the Army. It went public in 1983 and grew largely by acquisition, buying a German sensor maker in January 1996 for $210 million. Ms. Sloane, who joined the company as a sales engineer in 1977, became chief executive in March 1995.
The board will meet today to consider a proposal to buy back up to five million shares, a person close to the company said. Calloway's annual meeting is set for Aug. 14, and the company will report third-quarter results on Oct. 20.
The board declared a quarterly dividend of 9 cents a share, payable Sept. 10 to shareholders of record on Aug. 20.`,
    gold: [
      ['yesterday', '1998-07-21'], ['yesterday', '1998-07-21'], ['Jan. 1', '1998-01-01'],
      ['June 27', '1998-06-27'], ['April', '1998-04'], ['the end of the year', '1998'],
      ['yesterday', '1998-07-21'], ['July 1997', '1997-07'], ['June', '1998-06', 'gap'],
      ['June', '1998-06'], ['Oct. 1', '1998-10-01'], ['1996', '1996'],
      ['last Thursday', '1998-07-16'], ['1961', '1961'], ['1983', '1983'],
      ['January 1996', '1996-01'], ['1977', '1977'], ['March 1995', '1995-03'],
      ['today', '1998-07-22'], ['Aug. 14', '1998-08-14'], ['Oct. 20', '1998-10-20'],
      ['Sept. 10', '1998-09-10'], ['Aug. 20', '1998-08-20'],
    ],
    floor: 0.95,
  });
});
test('Xinhua: a Chinese trade delegation reaches Rivania on the third leg of a five-nation Latin American tour', () => {
  check({
    published: '1999-06-10',
    text: `RIVANO, June 9 (Xinhua) -- A Chinese trade delegation led by Vice-Minister of Foreign Trade and Economic Cooperation Zhao Minghua arrived here today for a three-day visit to Rivania, the third leg of a tour of five Latin American countries.
Zhao held talks with Rivanian Minister of Commerce Alfredo Serrat shortly after his arrival. The two sides agreed to expand trade in copper, fishmeal and light industrial products and to encourage Chinese enterprises to set up joint ventures in Rivania.
Trade between China and Rivania reached 412 million U.S. dollars in 1998, up 17 percent over 1997. In the first four months of this year, bilateral trade totaled 151 million dollars, Serrat said.
Zhao said that China attached great importance to its relations with Latin American countries, and that the friendship between China and Rivania had stood the test of time since the two countries established diplomatic relations on March 2, 1971.
Serrat recalled that Rivanian President Hector Alvear visited China in April last year, and said the visit had opened "a new chapter" in bilateral cooperation.
The delegation arrived in Latin America on May 30 and visited Pelagua from May 31 to June 3 and Costa Serrana from June 4 to June 8. In Costa Serrana, it signed a framework agreement on a textile joint venture on Monday, and yesterday it visited a copper mine in the country's north.
The delegation will leave for Altavista on Saturday, and conclude its tour in Monteclaro, where it will stay from June 15 to June 18.
Zhao will attend the opening of a Chinese commodities fair in Rivano tomorrow. The fair, the first of its kind in Rivania, will run until June 20 and features some 200 Chinese enterprises.
The China-Rivania mixed commission on economic and trade cooperation will hold its fifth session in Beijing in October. The previous session was held in Rivano in November 1997.`,
    gold: [
      ['June 9', '1999-06-09'], ['today', '1999-06-09'], ['1998', '1998'],
      ['1997', '1997'], ['this year', '1999'], ['March 2, 1971', '1971-03-02'],
      ['April last year', '1998-04'], ['May 30', '1999-05-30'], ['May 31', '1999-05-31'],
      ['June 3', '1999-06-03'], ['June 4', '1999-06-04'], ['June 8', '1999-06-08'],
      ['Monday', '1999-06-07'], ['yesterday', '1999-06-08'], ['Saturday', '1999-06-12'],
      ['June 15', '1999-06-15'], ['June 18', '1999-06-18'], ['tomorrow', '1999-06-10'],
      ['June 20', '1999-06-20'], ['October', '1999-10'], ['November 1997', '1997-11'],
    ],
    floor: 1,
  });
});
test('Xinhua: drought cuts summer grain output in a central Chinese province; rain forecast Thursday will not be enough', () => {
  check({
    published: '1999-08-04',
    text: `LUOCHENG, August 3 (Xinhua) -- A severe drought has cut summer grain output in central China's Heyuan Province by an estimated 1.2 million tons, provincial officials said here today.
The province has received less than 40 percent of its normal rainfall since April 1, and the drought worsened in July, when temperatures exceeded 38 degrees Celsius on 17 days. More than 2.3 million people and 1.1 million head of livestock face shortages of drinking water.
Vice-governor Sun Lifang told a press conference that the provincial government had allocated 150 million yuan (18 million U.S. dollars) on Monday for irrigation projects, well-drilling and the transport of drinking water to the worst-hit counties.
The State Council sent a working group to the province on July 26, and Vice-Premier Gao Renjie inspected drought-stricken areas in the province's north on Sunday. Gao urged local officials to "take every measure" to protect the autumn harvest.
The provincial meteorological bureau forecast scattered showers for Thursday and Friday, but said the rain would not be enough to relieve the drought.
Heyuan's summer grain output reached 9.8 million tons last year. Sun said that output this year was expected to fall to about 8.6 million tons, the lowest level since 1994.
The drought is the worst to hit the province since 1978, according to the provincial water resources department. The provincial flood control and drought relief headquarters has been on emergency alert since June 20.
Water rationing in Luocheng, the provincial capital, which began on July 18, will continue at least until August 15. Factories in the city have been ordered to cut water use by 30 percent.
Sun said that the province would expand the area sown with drought-resistant crops, and that autumn sowing would begin in mid-September. The province also plans to complete 14 new reservoirs by the end of 2000 under a program launched in 1996.
Heyuan is one of China's major grain-producing provinces, accounting for about 6 percent of the country's total grain output in 1998.`,
    gold: [
      ['August 3', '1999-08-03'], ['today', '1999-08-03'], ['April 1', '1999-04-01'],
      ['July', '1999-07'], ['Monday', '1999-08-02'], ['July 26', '1999-07-26'],
      ['Sunday', '1999-08-01'], ['Thursday', '1999-08-05'], ['Friday', '1999-08-06'],
      ['last year', '1998'], ['this year', '1999'], ['1994', '1994'],
      ['1978', '1978'], ['June 20', '1999-06-20'], ['July 18', '1999-07-18'],
      ['August 15', '1999-08-15'], ['mid-September', '1999-09'], ['2000', '2000'],
      ['1996', '1996'], ['1998', '1998'],
    ],
    floor: 1,
  });
});
test("Xinhua sports: Jiangrui wins the women's team title at the national table tennis championships", () => {
  check({
    published: '2000-08-28',
    text: `LANHE, August 27 (Xinhua) -- Jiangrui Province won the women's team title at the National Table Tennis Championships here today, beating defending champion Donghai 3-1 in the final.
Liu Yan, who missed last year's championships with a knee injury, won both of her singles matches in the final, and teamed with Chen Xiaowei to win the doubles.
It was Jiangrui's first women's team title since 1994. The province finished second in 1997 and 1998, losing both finals to Donghai.
"I waited a long time for this moment," said Liu, 22, who won the world junior title in 1996. "Last year I could only watch on television."
The championships opened on August 20 and will conclude on Wednesday with the men's and women's singles finals. On Saturday, Donghai won the men's team title, beating Beiling 3-2 in a final that lasted nearly four hours.
Jiangrui's coach, Wang Dezhi, who took over the team on January 5 last year, said that the victory was the result of "two years of hard work." He said Liu and Chen would both be candidates for the national team that will compete at the World Team Cup, which opens on September 12.
In the women's singles semifinals on Tuesday, Chen will face Donghai's Zhou Mei, who beat her in the final of a national ranking tournament in Shenyang on June 18. Jiangrui's victory capped a strong year for the province's athletes. In May, its men's badminton team won the national team title, and on July 9 its swimmers set two national records at the national swimming championships in Tianbei.
A total of 286 players from 31 provinces, autonomous regions and municipalities and the People's Liberation Army are competing in the championships, which have been held annually since 1956.
The national team's head coach said on Friday that the squad for the Asian Championships in October would be named after the championships end. The next national championships will be held in the southern city of Haizhou in August 2001.`,
    gold: [
      ['August 27', '2000-08-27'], ['today', '2000-08-27'], ['last year', '1999'],
      ['1994', '1994'], ['1997', '1997'], ['1998', '1998'],
      ['1996', '1996'], ['Last year', '1999'], ['August 20', '2000-08-20'],
      ['Wednesday', '2000-08-30'], ['Saturday', '2000-08-26'], ['January 5 last year', '1999-01-05'],
      ['September 12', '2000-09-12'], ['Tuesday', '2000-08-29', 'gap'], ['June 18', '2000-06-18'],
      ['May', '2000-05'], ['July 9', '2000-07-09'], ['1956', '1956'],
      ['Friday', '2000-08-25'], ['October', '2000-10'], ['August 2001', '2001-08'],
    ],
    floor: 0.95,
  });
});
test('one-sentence probes: tense of the clause, anchors from an earlier year, holidays, relative chains', () => {
  const probes: [string, string, number, [string, string, 'gap'?][]][] = [
  ['1999-12-20', 'The new state law takes effect Jan. 1.', 1, [['Jan. 1', '2000-01-01']]],
  ['2000-01-05', 'Retail sales rose sharply in December, the commerce department said.', 1, [['December', '1999-12']]],
  ['1999-03-24', 'The defendant was arrested last Oct. 14 outside a bank.', 0, [['last Oct. 14', '1998-10-14', 'gap']]],
  ['1998-06-17', "The union's contract expired on May 31, a Sunday.", 1, [['May 31', '1998-05-31'], ['a Sunday', '1998-05-31']]],
  ['1999-11-30', 'Shoppers crowded the malls on the day after Thanksgiving.', 0, [['the day after Thanksgiving', '1999-11-26', 'gap']]],
  ['1998-10-30', 'Polls will be open from 7 a.m. to 8 p.m. on Election Day.', 1, [['Election Day', '1998-11-03']]],
  ['1999-12-20', "The museum will be closed on New Year's Day.", 1, [["New Year's Day", '2000-01-01']]],
  ['1999-05-17', 'The ferry left port on March 3, 1998, and sank two days later.', 1, [['March 3, 1998', '1998-03-03'], ['two days later', '1998-03-05']]],
  ['1999-05-17', 'The ferry sank on March 5, 1998; it had been inspected the previous day.', 1, [['March 5, 1998', '1998-03-05'], ['the previous day', '1998-03-04']]],
  ['1999-08-04', 'Rainfall has been below normal since the end of June.', 1, [['the end of June', '1999-06']]],
  ['1999-07-13', 'The ministers will be sworn in early next month.', 1, [['early next month', '1999-08']]],
  ['1999-06-10', 'The fair closes on the 15th.', 1, [['the 15th', '1999-06-15']]],
  ['1999-06-10', 'The two leaders last met in August of last year.', 1, [['August of last year', '1998-08']]],
  ['1999-06-10', 'The plant was closed two years ago.', 1, [['two years ago', '1997']]],
  ['1999-06-10', 'The company warned investors three months ago.', 1, [['three months ago', '1999-03']]],
  ['1999-06-10', 'The suspect was arrested 10 days ago in Ohio.', 1, [['10 days ago', '1999-05-31']]],
  ['1999-06-10', 'The bridge opened in 1994 and was closed for repairs the following year.', 1, [['1994', '1994'], ['the following year', '1995']]],
  ['1999-06-10', 'She joined the firm in 1985 and became a partner the next year.', 1, [['1985', '1985'], ['the next year', '1986']]],
  ['1999-06-10', 'He was elected on Nov. 8, 1994, and was sworn in later that month.', 1, [['Nov. 8, 1994', '1994-11-08'], ['later that month', '1994-11']]],
  ['1999-06-10', 'The fund was created in May 1993; the previous December, its founder had sold his company.', 1, [['May 1993', '1993-05'], ['the previous December', '1992-12']]],
  ['1999-09-23', 'Voters will go to the polls on Sunday, Oct. 3.', 1, [['Sunday, Oct. 3', '1999-10-03']]],
  ['1999-09-23', 'The talks were held on Friday, Sept. 17, in Geneva.', 1, [['Friday, Sept. 17', '1999-09-17']]],
  ['1999-09-23', 'The three-day conference opens this Saturday.', 1, [['this Saturday', '1999-09-25']]],
  ['1999-09-23', 'Police raided the warehouse last Saturday.', 1, [['last Saturday', '1999-09-18']]],
  ['1999-09-23', 'The committee will vote next Tuesday.', 1, [['next Tuesday', '1999-09-28']]],
  ['1999-09-23', "He said Monday's talks had been productive.", 1, [["Monday's", '1999-09-20']]],
  ['1999-09-23', 'The verdict is expected Monday.', 1, [['Monday', '1999-09-27']]],
  ['1999-09-23', 'Chinese tourists are expected to travel in record numbers over National Day.', 1, [['National Day', '1999-10-01']]],
  ['1999-08-30', 'Crews hope to finish repaving the highway before Labor Day.', 1, [['Labor Day', '1999-09-06']]],
  ['1999-09-20', 'Families will gather for the Mid-Autumn Festival on Friday.', 0.5, [['the Mid-Autumn Festival', '1999-09-24', 'gap'], ['Friday', '1999-09-24']]],
  ['1999-04-20', 'Workers will march in the capital on May Day.', 1, [['May Day', '1999-05-01']]],
  ['1999-09-23', 'The attack happened on Sept. 3 last year.', 1, [['Sept. 3 last year', '1998-09-03']]],
  ['1999-09-23', 'The bank had lost money earlier this year.', 1, [['earlier this year', '1999']]],
  ['1999-09-23', 'The project will be finished by the end of next year.', 1, [['the end of next year', '2000']]],
  ['2000-02-09', 'The airline was founded on Jan. 30, 1970, and began flying that day.', 1, [['Jan. 30, 1970', '1970-01-30'], ['that day', '1970-01-30']]],
  ['2000-02-09', 'The crash came on Jan. 31, a day after the airline marked its 30th anniversary.', 1, [['Jan. 31', '2000-01-31']]],
  ['1998-07-22', 'The company will report its results on Tuesday, July 28.', 1, [['Tuesday, July 28', '1998-07-28']]],
  ['1998-07-22', 'Calloway shares rose on Friday after an analyst raised his rating.', 1, [['Friday', '1998-07-17']]],
  ['1999-12-05', 'The probe was shipped to the launch site on the 4th of July, 1997.', 1, [['the 4th of July, 1997', '1997-07-04']]],
  ['1999-03-24', 'The scheme unraveled in October 1997 when two trucks were billed on the same day; agents raided the offices the following month.', 1, [['October 1997', '1997-10'], ['the following month', '1997-11']]],
  ['2000-07-19', 'The Bitter Springs Fire of August 1996 began on Aug. 9 and was contained on Aug. 27.', 1, [['August 1996', '1996-08'], ['Aug. 9', '1996-08-09'], ['Aug. 27', '1996-08-27']]],
  ['2000-07-19', 'A cold front could bring scattered thunderstorms Thursday night.', 1, [['Thursday night', '2000-07-20']]],
  ['1999-08-04', 'The bureau forecast scattered showers for Thursday and Friday.', 1, [['Thursday', '1999-08-05'], ['Friday', '1999-08-06']]],
  ['1998-10-30', "With four days left before Tuesday's election, the candidates crisscrossed the state on Friday.", 0.5, [['Tuesday', '1998-11-03', 'gap'], ['Friday', '1998-10-30']]],
  ['1998-10-30', 'Arndt expects turnout of 58 percent on Tuesday.', 1, [['Tuesday', '1998-11-03']]],
  ['1998-06-17', 'The last dock strike, in February 1993, ended on March 23.', 1, [['February 1993', '1993-02'], ['March 23', '1993-03-23']]],
  ['2000-04-16', 'The guest book for March is missing.', 0, [['March', '2000-03', 'gap']]],
  ['1998-07-22', 'Orders from Asia, which have fallen steadily since the currency crisis began in July 1997, appeared to have stabilized in June.', 0.5, [['July 1997', '1997-07'], ['June', '1998-06', 'gap']]],
  ['2000-08-28', 'In the final on Tuesday, the two teams will meet again.', 1, [['Tuesday', '2000-08-29']]],
  ['2000-08-28', 'The coach said the squad for the Asian Championships in October would be named soon.', 1, [['October', '2000-10']]],
  ];
  for (const [published, text, floor, gold] of probes) check({ published, text, gold, floor });
});
