import { test } from 'node:test';
import { check } from '../support/date-sets.ts';
// A seventh set of fictional wire articles (every person, place, company and event is invented), written
// by a tester who had not read the extractor's rules, in the AQUAINT styles of 1996-2000: three AP domestic
// stories (a school-board recall vote, a river's flood crest forecast with the dates of earlier floods, a
// murder trial's sentencing schedule), three AP Worldstream stories (oil ministers agreeing an output cut,
// a hostage standoff ending after six days, a state visit's itinerary), three New York Times News Service
// stories (a pennant race, a merger's regulatory timeline, an obituary) and three Xinhua stories (a
// provincial harvest report, a bridge opening with its construction milestones, a visiting delegation's
// talks). They lean on weekdays in past and future clauses (schedules read from an arrival day, "had been
// scheduled to leave Wednesday", "I'd rather find out on Friday"), "the day before", "a day later", "the
// year before", dates inside quotations, anniversaries, "last month"/"next month", holidays (New Year's,
// Easter, Labor Day, the Fourth of July, National Day, the Spring Festival) and bare month-days after an
// earlier year ("in March 1996 ... on May 11"). Values follow TimeML, counted from the publication date
// or from the date just mentioned; weeks, seasons, quarters, durations, decades, centuries and times of
// day are left out. A final test holds one-sentence probes, the last nineteen minimised from the
// articles' misses. Expressions marked 'gap' are wrong (or missed) today and not asserted; each
// article's floor is its current share of right values.
test('AP: voters recall three school-board members over the closing of two rural schools', () => {
  check({
    published: '1997-11-05',
    text: `PINE HOLLOW, Wis. (AP) -- Voters in the Pine Hollow school district recalled three of the five members of the school board Tuesday, ending a bitter eight-month fight over the closing of two rural elementary schools.
Unofficial returns showed each of the three board members losing by margins of more than 2-to-1. About 61 percent of the district's registered voters cast ballots, compared with 34 percent in the regular board election last April.
The recall drive began in March, a week after the board voted 3-2 to close the Elm Grove and Tyler Creek schools at the end of the school year.
"We told them on Feb. 27 that the whole town would be watching," said Carla Wendt, a mother of three who organized the petition drive. "They closed the schools anyway. Tuesday was our answer."
Organizers turned in 4,118 signatures on June 16, and the county clerk certified the petitions on July 2. The three board members challenged the signatures in court, but a circuit judge rejected their challenge on Aug. 29, a Friday, and the vote was set for Nov. 4.
Board president Gordon Fisk, who was first elected in 1989, said Wednesday he would not contest the results. "The people have spoken, and I'll have my desk cleaned out by Friday," he said.
The recall leaves the board with two members, one short of a quorum. Under state law, the county school administrator must appoint interim members within 30 days. They will serve until a special election, which the county clerk said would probably be held Feb. 17.
The two remaining members, Alma Ruiz and Peter Szabo, had voted against the closings. Ruiz said she would ask the administrator on Monday to move quickly. "We have a budget due Dec. 1 and a teachers' contract that runs out the day after New Year's," she said.
The closings took effect in June, and about 190 pupils now ride buses to schools in town. Parents say some children spend more than an hour on the bus each way. The district saved about $410,000 this year, according to its business manager, Lyle Brandt.
Fisk said the board had debated the closings since last year, when enrollment fell below 1,900 for the first time since 1971. "Nobody on that board wanted to close a school," he said. "We had the numbers in front of us and we did what the numbers said."
Recalls of school-board members are rare in Wisconsin. The last one in the region came in 1995, when voters in neighboring Arlen County removed two members in a special election on Nov. 14 of that year.
Wendt said the recall committee would meet Thursday to decide whether to field candidates in the special election. The new board's first regular meeting is scheduled for Nov. 17, and the group plans to ask that both schools be reopened next fall.
"We're not going away," she said. "We'll be back at that meeting, and the one after it, and the one after that."`,
    gold: [
      ['Tuesday', '1997-11-04'], ['last April', '1997-04'], ['March', '1997-03'],
      ['Feb. 27', '1997-02-27'], ['Tuesday', '1997-11-04'], ['June 16', '1997-06-16'],
      ['July 2', '1997-07-02'], ['Aug. 29', '1997-08-29'], ['Friday', '1997-08-29'],
      ['Nov. 4', '1997-11-04'], ['1989', '1989'], ['Wednesday', '1997-11-05'],
      ['Friday', '1997-11-07'], ['Feb. 17', '1998-02-17'], ['Monday', '1997-11-10'],
      ['Dec. 1', '1997-12-01'], ["the day after New Year's", '1998-01-02', 'gap'], ['June', '1997-06'],
      ['this year', '1997'], ['last year', '1996'], ['1971', '1971'],
      ['1995', '1995'], ['Nov. 14', '1995-11-14'], ['Thursday', '1997-11-06'],
      ['Nov. 17', '1997-11-17'],
    ],
    floor: 0.96,
  });
});
test('AP: the Kessel River will crest Friday at its highest level since 1993, forecasters say', () => {
  check({
    published: '1998-03-11',
    text: `CARROLTON, Mo. (AP) -- The Kessel River is expected to crest Friday at 31.5 feet in Carrolton, more than 10 feet above flood stage and the highest level since the record flood of 1993, the National Weather Service said Wednesday.
The river rose nearly 4 feet between Monday and Tuesday after as much as 6 inches of rain fell on the upper basin over the weekend. The crest had been forecast for Saturday, but hydrologist Dennis Albrecht said the water was moving faster than expected.
"If we get no more rain, it should start dropping Sunday or Monday," Albrecht said. "If we get another inch on Thursday, all bets are off."
The Kessel reached 38.2 feet here on July 31, 1993, after weeks of rain across the Midwest. The previous record, 33.9 feet, was set on April 22, 1973. A smaller flood on March 2, 1997, topped out at 27 feet.
In 1993 the river stayed above flood stage from June 28 until Aug. 19, and more than 300 homes in the river bottoms were damaged. Since then the city has bought out 212 of those homes with federal money and built a 2-mile floodwall, which was finished last October. The wall is designed to hold back water up to 36 feet.
"This is the first real test," Mayor Jean Pruitt said Tuesday. "I think it will hold. I'd rather find out on Friday than in the middle of a bigger flood next year."
Volunteers filled about 40,000 sandbags Monday and Tuesday to protect the water treatment plant and a low-lying neighborhood of mobile homes outside the wall. Inmates from the county jail joined them on Wednesday.
Rising water closed State Highway 24 near Fenwick on Monday. A day later, Gov. Roy Castellan declared a state of emergency in nine counties and sent 150 National Guard troops to help with sandbagging and traffic control.
Downstream, at Harlow Landing, the river is expected to crest Saturday at 29 feet, about 4 feet below the levee there. The Corps of Engineers said it would have crews watching the levee around the clock beginning Thursday.
Schools were closed Wednesday in the Fenwick district and will stay closed through Friday. The Red Cross opened a shelter at the Fenwick armory, where 41 people spent the night.
At the Kessel Cafe, two blocks from the floodwall, owner Betty Moser was stacking chairs on tables. "My dad lost his house in '93," she said. "I moved up the hill in 1994, and I still get nervous every time it rains like this. But I'm staying open until they tell me to go."
The weather service said another storm system could bring up to an inch of rain to the basin on Sunday. A forecast issued Wednesday called for the river to fall below flood stage in Carrolton by March 20 if that storm misses the area.`,
    gold: [
      ['Friday', '1998-03-13'], ['1993', '1993'], ['Wednesday', '1998-03-11'],
      ['Monday', '1998-03-09'], ['Tuesday', '1998-03-10'], ['Saturday', '1998-03-14'],
      ['Sunday', '1998-03-15'], ['Monday', '1998-03-16'], ['Thursday', '1998-03-12'],
      ['July 31, 1993', '1993-07-31'], ['April 22, 1973', '1973-04-22'], ['March 2, 1997', '1997-03-02'],
      ['1993', '1993'], ['June 28', '1993-06-28'], ['Aug. 19', '1993-08-19'],
      ['last October', '1997-10'], ['Tuesday', '1998-03-10'], ['Friday', '1998-03-13', 'gap'],
      ['next year', '1999'], ['Monday', '1998-03-09'], ['Tuesday', '1998-03-10'],
      ['Wednesday', '1998-03-11'], ['Monday', '1998-03-09'], ['A day later', '1998-03-10'],
      ['Saturday', '1998-03-14'], ['Thursday', '1998-03-12'], ['Wednesday', '1998-03-11'],
      ['Friday', '1998-03-13'], ["'93", '1993'], ['1994', '1994'],
      ['Sunday', '1998-03-15'], ['Wednesday', '1998-03-11'], ['March 20', '1998-03-20'],
    ],
    floor: 0.96,
  });
});
test('AP: jury that convicted ex-deputy of double murder will weigh death penalty starting Monday', () => {
  check({
    published: '1998-02-20',
    text: `ASHBY, Ky. (AP) -- The jury that convicted a former sheriff's deputy of killing his estranged wife and her friend will return Monday to begin hearing evidence on whether he should be sentenced to death, a judge ruled Friday.
The jury deliberated about 11 hours over two days before finding Wade Pickering, 34, guilty Thursday of two counts of murder in the shooting deaths of Renee Pickering and Dana Holcomb on May 9, 1996.
Circuit Judge Eleanor Marsh told jurors to report back at 9 a.m. Monday. She said the penalty phase should last no more than three days and that she expected the jury to begin deliberating by Thursday.
Jurors may recommend death, life without parole for 25 years, or a prison term of 20 to 50 years. Marsh will then hold a formal sentencing hearing, which she set for March 27. Under state law, the judge cannot impose a harsher sentence than the one the jury recommends.
Pickering's lawyer, Thomas Geary, said he would file a motion for a new trial by March 2. "We respect the verdict, but this jury heard things on Feb. 11 that it never should have heard," Geary said, referring to testimony from a former girlfriend of Pickering's about threats he made in 1994. Marsh had allowed that testimony over defense objections.
The trial began Jan. 26 with jury selection, which took more than a week because of heavy publicity. It was moved to Ashby from Pickering's home county in November after the defense argued that he could not get a fair trial there.
A first trial, in Greer County, ended in a mistrial last September when a juror was found to have discussed the case with a co-worker.
Prosecutors said Pickering, then a deputy in the Greer County Sheriff's Department, had threatened his wife repeatedly after she filed for divorce in March 1996. He was arrested two days after the killings, on May 11, at a motel in eastern Tennessee. The department fired him in June of that year.
Commonwealth's Attorney Neal Barrow said Friday he would call Renee Pickering's mother and two of Holcomb's sisters during the penalty phase. The defense is expected to call a psychologist and several former co-workers.
"He was a good deputy for eight years," Geary said. "One terrible night doesn't erase that, and we'll ask the jury to remember it."
Renee Pickering's mother, Ida Lyle, sat in the front row for every day of testimony. She said she would mark the second anniversary of the killings, on May 9, at her daughter's grave.
"For two years I've been waiting for Thursday," Lyle said outside the courthouse. "Now I'm waiting for Monday. I want to be able to tell her this year that it's over."
Kentucky has executed one inmate since the U.S. Supreme Court allowed states to resume executions in 1976. A spokeswoman for the state Department of Corrections said 28 men are on death row.`,
    gold: [
      ['Monday', '1998-02-23'], ['Friday', '1998-02-20'], ['Thursday', '1998-02-19'],
      ['May 9, 1996', '1996-05-09'], ['Monday', '1998-02-23', 'gap'], ['Thursday', '1998-02-26'],
      ['March 27', '1998-03-27'], ['March 2', '1998-03-02'], ['Feb. 11', '1998-02-11'],
      ['1994', '1994'], ['Jan. 26', '1998-01-26'], ['November', '1997-11'],
      ['last September', '1997-09'], ['March 1996', '1996-03'], ['May 11', '1996-05-11'],
      ['June of that year', '1996-06'], ['Friday', '1998-02-20'], ['May 9', '1998-05-09'],
      ['Thursday', '1998-02-19', 'gap'], ['Monday', '1998-02-23'], ['this year', '1998'],
      ['1976', '1976'],
    ],
    floor: 0.9,
  });
});
test('AP Worldstream: oil exporters agree to first output cut since 1994; crude rallies', () => {
  check({
    published: '1998-03-23',
    text: `GENEVA (AP) -- Oil ministers from the 11 member states of the Petroleum Exporters' Council agreed Monday to cut production by 1.1 million barrels a day beginning April 1, their first coordinated cut since 1994.
The agreement capped two days of closed-door talks that began Saturday at a lakeside hotel. It came after the council's two largest producers, Ardania and Kesh, announced Sunday that they would shoulder most of the reduction between them.
Benchmark crude for May delivery rose 87 cents to $14.62 a barrel in London trading Monday, after gaining $1.14 on Friday, when word of the Ardania-Kesh talks first leaked. Prices had sunk to $12.80 on March 16, the lowest since June 1989.
"Nobody in this room wants to see $10 oil again," said the council's president, Ardanian Oil Minister Faisal al-Nouri. "We saw it in 1986, and we remember what it did to our budgets."
The cut is to remain in force until the end of the year, ministers said, but will be reviewed at the council's regular meeting on June 24.
The council last met in November, when it raised its official output ceiling by 10 percent. Many analysts now call that decision a mistake, because it came just as demand in Asia was collapsing. Crude sold for $19.35 a barrel on Nov. 26, the day the ceiling was raised, and has lost about a third of its value since.
Some delegates doubted that all members would honor the new quotas. "In 1994 we all agreed, and within four months half of us were pumping over quota," Kesh's minister, Bahram Sadri, told reporters Sunday. "This time the monitoring will be real."
The council said an independent firm would audit members' output every month, and the first report would be released in May.
Varnia, which is not a member, pledged on Thursday to trim its exports by 200,000 barrels a day, and two other independent producers said Monday they would consider similar steps. Ministers from the council will meet with them in Geneva next month.
Prices averaged $15.60 a barrel in 1993 and $17.10 the year before. Most council members drew up their 1998 budgets assuming an average of $17, and several have already announced spending cuts. Ardania's parliament is to debate an emergency budget on Wednesday.
Traders said the market's next test would come Tuesday, when an industry group releases its weekly estimate of crude inventories in consuming countries. "The cut is real, but the tanks are full," said Henrik Solberg, an analyst at a brokerage in Oslo. "We won't know until April whether it bites."
Al-Nouri said the council would not hesitate to cut again. "If we have to come back before June, we will come back," he said.`,
    gold: [
      ['Monday', '1998-03-23'], ['April 1', '1998-04-01'], ['1994', '1994'],
      ['Saturday', '1998-03-21'], ['Sunday', '1998-03-22'], ['May', '1998-05', 'gap'],
      ['Monday', '1998-03-23'], ['Friday', '1998-03-20'], ['March 16', '1998-03-16'],
      ['June 1989', '1989-06'], ['1986', '1986'], ['the end of the year', '1998'],
      ['June 24', '1998-06-24'], ['November', '1997-11'], ['Nov. 26', '1997-11-26'],
      ['1994', '1994'], ['Sunday', '1998-03-22'], ['May', '1998-05'],
      ['Thursday', '1998-03-19'], ['Monday', '1998-03-23'], ['next month', '1998-04'],
      ['1993', '1993'], ['the year before', '1992'], ['1998', '1998'],
      ['Wednesday', '1998-03-25'], ['Tuesday', '1998-03-24'], ['April', '1998-04'],
      ['June', '1998-06'],
    ],
    floor: 0.96,
  });
});
test('AP Worldstream: rebels free last hostages and surrender after six-day standoff', () => {
  check({
    published: '1999-06-14',
    text: `SAN TEODORO, Marivia (AP) -- Rebels who had held 27 people inside a provincial agriculture office for six days freed their last 10 hostages Monday and surrendered to police, ending a standoff that began June 8.
The six gunmen, members of a small group called the Peasant Front of the North, stormed the building in the town of Vilanueva last Tuesday, during a ceremony to hand out land titles. They released 11 women and children on Thursday and six more hostages on Saturday, after the government agreed to let a Red Cross doctor into the building.
The final 10, including the deputy provincial governor, walked out shortly before noon Monday, blinking in the sunlight and waving to relatives behind a police line. None was seriously hurt, officials said.
Interior Minister Rodrigo Paz said the rebels had been promised that their grievances would be heard by a congressional committee on June 30, and that they would be tried in a civilian court rather than by the military.
"On Sunday we were very close to going in," Paz told reporters in the capital. "The day before, they had threatened to kill one hostage every hour. Thank God it did not come to that."
The Peasant Front first appeared in 1996, when it occupied a radio station for two days. Its leader, Tomas Ibarra, was arrested in August 1997 and is serving a 12-year sentence for kidnapping. The gunmen had demanded his release.
Ibarra's sister, Lucia, who acted as a go-between during the standoff, said her brother had sent a message urging the men to give up. "He has been in prison since Aug. 14, 1997," she said. "Today is his birthday, and he wanted this to end without blood."
President Alberto Serrano, who had been scheduled to leave Wednesday on a state visit to three South American countries, will go ahead with the trip, his office said Monday.
The standoff was the longest in Marivia since 1991, when leftist students held the Education Ministry from Dec. 3 to Dec. 19. That siege ended with a police assault in which four people died.
Peasant groups plan a march in the capital on July 1, the anniversary of the 1962 land reform law, to demand faster distribution of state land. Congress is scheduled to vote next month on a bill that would double the budget of the land agency.
Residents of Vilanueva, a town of 18,000 in the coffee-growing hills north of the capital, poured into the main square Monday afternoon. "Since Tuesday nobody has slept," said shopkeeper Elena Duarte. "Tonight we will sleep."`,
    gold: [
      ['Monday', '1999-06-14'], ['June 8', '1999-06-08'], ['last Tuesday', '1999-06-08'],
      ['Thursday', '1999-06-10'], ['Saturday', '1999-06-12'], ['Monday', '1999-06-14'],
      ['June 30', '1999-06-30'], ['Sunday', '1999-06-13'], ['The day before', '1999-06-12'],
      ['1996', '1996'], ['August 1997', '1997-08'], ['Aug. 14, 1997', '1997-08-14'],
      ['Today', '1999-06-14'], ['Wednesday', '1999-06-16', 'gap'], ['Monday', '1999-06-14'],
      ['1991', '1991'], ['Dec. 3', '1991-12-03'], ['Dec. 19', '1991-12-19'],
      ['July 1', '1999-07-01'], ['1962', '1962'], ['next month', '1999-07'],
      ['Monday', '1999-06-14'], ['Tuesday', '1999-06-08'],
    ],
    floor: 0.95,
  });
});
test('AP Worldstream: Tessarian president to make first state visit to Valdoria', () => {
  check({
    published: '2000-05-10',
    text: `LORAVO, Valdoria (AP) -- President Miroslav Hanek of Tessaria will arrive here Sunday for a five-day visit, the first by a Tessarian head of state since the two countries restored diplomatic ties in 1992, Valdoria's Foreign Ministry said Wednesday.
Hanek will meet President Ilse Korvan on Monday, and the two are expected to sign a trade agreement and a treaty settling their disputed river border on Tuesday, ministry spokesman Pavel Rusk said.
On Wednesday, Hanek will address parliament -- the first foreign leader to do so since it moved into its new building last year -- and then travel to the port city of Sarenne, where he will lay a wreath at a memorial to sailors killed in 1944. He flies to the northern city of Brask on Thursday and returns home Friday, May 19.
"We have waited since 1992 for this visit, and on Monday we will finally shake hands," Korvan said in a speech Tuesday.
The visit was first planned for last October but was postponed after a dispute over fishing rights in the Gulf of Sarenne flared again. Relations had soured badly in 1997, when Tessarian patrol boats seized three Valdorian trawlers; the year before, the two governments had come close to agreeing on the border.
Talks on the border treaty resumed in March 1998. The first round ended on April 3 without agreement, and negotiators met 14 more times before initialing the text in Loravo last month.
The treaty must still be ratified by both parliaments. Rusk said Valdoria's parliament could vote on it before its summer recess, which begins July 14.
Police said Wednesday they would close the city's main boulevard to traffic from Saturday through Tuesday. A nationalist opposition party, which says the treaty gives away Valdorian territory, has called a protest for Monday outside the presidential palace.
Hanek, 61, a former economics professor, took office in January 1999. He has made improving ties with Tessaria's neighbors a priority and visited two other bordering states last year.
Valdoria hopes Tessaria will support its application to join the Northern Trade Association, which is to be considered at the group's summit on June 19. Tessaria, a founding member, has a veto over new members.
"This is not only about a river," said Anna Vesely, a political scientist at Loravo University. "Everyone understands that June 19 is the real date to watch."`,
    gold: [
      ['Sunday', '2000-05-14'], ['1992', '1992'], ['Wednesday', '2000-05-10'],
      ['Monday', '2000-05-15'], ['Tuesday', '2000-05-16'], ['Wednesday', '2000-05-17', 'gap'],
      ['last year', '1999'], ['1944', '1944'], ['Thursday', '2000-05-18', 'gap'],
      ['Friday, May 19', '2000-05-19'], ['1992', '1992'], ['Monday', '2000-05-15', 'gap'],
      ['Tuesday', '2000-05-09'], ['last October', '1999-10'], ['1997', '1997'],
      ['the year before', '1996'], ['March 1998', '1998-03'], ['April 3', '1998-04-03', 'gap'],
      ['last month', '2000-04'], ['July 14', '2000-07-14'], ['Wednesday', '2000-05-10'],
      ['Saturday', '2000-05-13'], ['Tuesday', '2000-05-16'], ['Monday', '2000-05-15'],
      ['January 1999', '1999-01'], ['last year', '1999'], ['June 19', '2000-06-19'],
      ['June 19', '2000-06-19', 'gap'],
    ],
    floor: 0.82,
  });
});
test('NYT: the Stags, eight games back on Aug. 11, open a showdown with the Pilots two games in front', () => {
  check({
    published: '1996-09-20',
    text: `ASHFORD, Ohio _ On Aug. 11, after a doubleheader sweep here left them eight games behind the Bay City Pilots, the Brooklyn Stags sat in a silent clubhouse while their manager, Lou Castellano, kicked over a laundry cart.
Since then the Stags have won 27 of 36 games, and after beating the Ashford Capitals, 6-3, yesterday, they lead the Pilots by two games with nine left to play. The Pilots lost, 5-1, in Toledo.
The two teams open a three-game series at Stags Field today, and the Stags will send their best pitcher, Tom Brennan, to the mound on three days' rest.
"I told them on Aug. 12, the day after we got swept, that nobody was going to remember August," Castellano said. "I told them people remember September. I didn't know I'd be right."
The Stags have not won a pennant since 1981. The last time they held first place this late was 1989, when they lost eight of their last 10 games and finished third. The year before, they had lost the pennant on the final day of the season.
The Pilots won six of the first 10 meetings between the teams this year, including a 14-inning game on May 3 that ended when a Stags outfielder lost a fly ball in the lights. The teams have not met since July 21.
Brennan (18-7) missed most of 1995 after elbow surgery that April. He has won his last seven starts, and Castellano said he would pitch again Wednesday if the race was still close. "He asked for the ball," Castellano said. "You don't say no to that."
Much of the Stags' surge has come from Dario Mendez, a 23-year-old shortstop who was called up from Class AAA Norfolk on July 4 when the starter, Ray Quinlan, broke his wrist. Mendez is batting .341 since the Fourth of July and has driven in 31 runs.
The Pilots, meanwhile, have lost four of five games since Saturday, and their closer, Glenn Ostrow, has blown three saves in that stretch. Their manager, Stan Wilkes, called a team meeting before yesterday's game that lasted nearly an hour.
"We're still in first place in our heads," Wilkes said afterward. "We'll find out Sunday if we're in first place in the standings."
The regular season ends Sept. 29, a Sunday. If the teams finish tied, they will play a one-game playoff Monday, Sept. 30, at a park chosen by a coin flip that was held Tuesday; the Stags won it. The division series would open Oct. 1.
Tickets for this weekend's series at Stags Field sold out Tuesday in less than two hours, the club said. Scalpers outside the park yesterday were asking $150 for seats that cost $12 at the window.
Castellano, who played for the Stags' last pennant winner in 1981, has not let his players look at the standings in the clubhouse since Aug. 12. "They can look on Sept. 30," he said. "Or Sept. 29, if we're lucky."`,
    gold: [
      ['Aug. 11', '1996-08-11'], ['yesterday', '1996-09-19'], ['today', '1996-09-20'],
      ['Aug. 12', '1996-08-12'], ['August', '1996-08'], ['September', '1996-09'],
      ['1981', '1981'], ['1989', '1989'], ['The year before', '1988'],
      ['this year', '1996'], ['May 3', '1996-05-03'], ['July 21', '1996-07-21'],
      ['1995', '1995'], ['that April', '1995-04'], ['Wednesday', '1996-09-25'],
      ['July 4', '1996-07-04'], ['the Fourth of July', '1996-07-04'], ['Saturday', '1996-09-14'],
      ['yesterday', '1996-09-19'], ['Sunday', '1996-09-22'], ['Sept. 29', '1996-09-29'],
      ['Sunday', '1996-09-29'], ['Monday, Sept. 30', '1996-09-30'], ['Tuesday', '1996-09-17'],
      ['Oct. 1', '1996-10-01'], ['Tuesday', '1996-09-17'], ['yesterday', '1996-09-19'],
      ['1981', '1981'], ['Aug. 12', '1996-08-12'], ['Sept. 30', '1996-09-30'],
      ['Sept. 29', '1996-09-29'],
    ],
    floor: 1,
  });
});
test('NYT: Meridian and Atlas now expect approval of their merger by the end of March', () => {
  check({
    published: '1998-12-09',
    text: `Meridian Telephone and Atlas Cable said yesterday that they now expected federal regulators to approve their $14 billion merger by the end of March, about three months later than the companies had predicted when they announced the deal in June.
The delay reflects a broader review by the Justice Department, which asked the companies on Sept. 3 for thousands of additional documents about the deal's effect on local telephone and high-speed Internet competition in 11 states. The request stopped the clock on the department's review until the companies certified that they had complied, which they did on Monday.
"We have sent them something like 400 boxes since Labor Day," said Meridian's general counsel, Sandra Whitfield. "We think they now have everything they could possibly want."
Under the law, the department now has 30 days to decide whether to sue to block the deal, although the companies and regulators often agree to extend such deadlines. People close to the review said that the department's antitrust lawyers were focused on Atlas's cable systems in the Denver and Phoenix areas, and that the companies might be asked to sell some of them.
The Federal Communications Commission, which must also approve the transfer of Atlas's licenses, will hold a public hearing on Jan. 12. The period for written comments closes Feb. 1.
State regulators in New York approved the deal last month. California's Public Utilities Commission is to vote on Dec. 17, and commissions in four other states have yet to schedule hearings.
The companies first announced the deal on June 15 and filed their applications with the F.C.C. on July 20. Shareholders of both companies approved it at separate meetings on Nov. 19.
Meridian's chairman, Walter Dunmore, said in an interview on Monday that he had hoped to close by New Year's Day. "Now I'd say Easter," he said. "But the important thing is that nothing we have heard from Washington suggests a deal-breaker."
Under the merger agreement, Atlas would have to pay Meridian a $450 million breakup fee if it accepted a competing offer before the deal closes, and either company may walk away if the merger is not completed by Dec. 31, 1999.
Meridian's shares rose $1.25, to $48.375, yesterday in New York Stock Exchange trading. They had fallen 11 percent since Oct. 8, when reports first surfaced that the Justice Department was considering a challenge. Atlas shares closed unchanged at $31.50.
Analysts noted that a smaller telephone-cable combination, Pacifica Bell's purchase of Cablevista, took 14 months to win approval. That deal was announced in February 1996 and completed the following April, after Pacifica agreed to sell cable systems in three cities.
"Fourteen months was considered slow at the time," said Irwin Lasko, a telecommunications analyst at Granger Securities. "By the standards of this year, it's about average."
A spokeswoman for the Justice Department declined to comment yesterday.`,
    gold: [
      ['yesterday', '1998-12-08'], ['the end of March', '1999-03'], ['June', '1998-06'],
      ['Sept. 3', '1998-09-03'], ['Monday', '1998-12-07'], ['Labor Day', '1998-09-07'],
      ['Jan. 12', '1999-01-12'], ['Feb. 1', '1999-02-01'], ['last month', '1998-11'],
      ['Dec. 17', '1998-12-17'], ['June 15', '1998-06-15'], ['July 20', '1998-07-20'],
      ['Nov. 19', '1998-11-19'], ['Monday', '1998-12-07'], ["New Year's Day", '1999-01-01'],
      ['Easter', '1999-04-04', 'gap'], ['Dec. 31, 1999', '1999-12-31'], ['yesterday', '1998-12-08'],
      ['Oct. 8', '1998-10-08'], ['February 1996', '1996-02'], ['the following April', '1997-04', 'gap'],
      ['this year', '1998'], ['yesterday', '1998-12-08'],
    ],
    floor: 0.91,
  });
});
test('NYT: Harriet Lindqvist, 87, marine biologist who charted the deep reefs, dies', () => {
  check({
    published: '2000-01-13',
    text: `Harriet Lindqvist, a marine biologist whose dives in the 1950's helped map the deep coral reefs of the western Atlantic, died on Tuesday at her home in Woods Landing, Mass. She was 87.
The cause was heart failure, said her daughter, Karin Lindqvist Moore. Dr. Lindqvist had been admitted to a hospital in Falmouth on New Year's Eve and went home on Jan. 6.
Harriet Ann Lindqvist was born on March 3, 1912, in Duluth, Minn., the daughter of a Swedish-born ship's carpenter. She often said her career began on July 19, 1918, the day her father took her to see Lake Superior from the deck of an ore boat. "I have been lucky since that day," she told an interviewer in 1995.
She graduated from the University of Minnesota in 1933 and earned a doctorate in zoology from Radcliffe in 1939, one of the first women to receive one there. She married a fellow biologist, Eric Moore, in 1941; he died in 1988.
During World War II she worked for the Navy on underwater acoustics, a subject she could not discuss publicly until 1958. After the war she joined the staff of the Cape Marine Station, where she remained for 30 years.
On Aug. 4, 1952, she and a colleague descended to 640 feet off Bermuda in a borrowed diving sphere, the deepest dive by a woman at the time. Four days later, they went down again and brought back the first photographs of a living deep-water coral colony. Her 1961 book, "The Reef Below the Reef," sold more than 200,000 copies and was translated into nine languages.
She won the Agassiz Medal of the Boston Society of Natural History in 1974, and the year before she had been elected to the National Academy of Sciences.
Dr. Lindqvist retired in June 1977 but kept an office at the marine station until last year, and she continued to review papers for scientific journals well into her 80's. On her 80th birthday, in 1992, former students chartered a boat and took her diving in the Florida Keys.
"She went down to 40 feet that day and stayed longer than any of us," said Dr. Paul Ferrante, who studied with her in the 1960's. "She surfaced and said, 'Same time next year?'"
Her daughter said Dr. Lindqvist had been working on a memoir until December and had finished nine chapters.
In addition to her daughter, of Woods Landing, she is survived by a son, Peter Moore of Seattle; five grandchildren; and a sister, Greta Lindqvist, of Duluth.
A memorial service will be held on Feb. 5 at the Cape Marine Station chapel.`,
    gold: [
      ['Tuesday', '2000-01-11'], ["New Year's Eve", '1999-12-31'], ['Jan. 6', '2000-01-06'],
      ['March 3, 1912', '1912-03-03'], ['July 19, 1918', '1918-07-19'], ['that day', '1918-07-19'],
      ['1995', '1995'], ['1933', '1933'], ['1939', '1939'],
      ['1941', '1941'], ['1988', '1988'], ['1958', '1958'],
      ['Aug. 4, 1952', '1952-08-04'], ['Four days later', '1952-08-08'], ['1961', '1961'],
      ['1974', '1974'], ['the year before', '1973'], ['June 1977', '1977-06'],
      ['last year', '1999'], ['1992', '1992'], ['that day', '1992-03-03', 'gap'],
      ['next year', '1993', 'gap'], ['December', '1999-12'], ['Feb. 5', '2000-02-05'],
    ],
    floor: 0.91,
  });
});
test('Xinhua: Yunhe Province reports record grain harvest', () => {
  check({
    published: '1997-10-08',
    text: `JINSHAN, October 8 (Xinhua) -- Farmers in east China's Yunhe Province have brought in a record grain harvest of 21.6 million tons this year, up 4.2 percent over last year, provincial officials said here today.
The harvest of late rice, which began on September 20, is expected to be completed by October 25, said Liu Guoqiang, director of the provincial agriculture department. Output of summer grain, announced in July, reached 8.3 million tons, also a record.
Liu attributed the good harvest to favorable weather, the wider use of improved seed strains and a province-wide campaign to repair irrigation works. Since 1995, the province has invested 1.2 billion yuan (about 145 million U.S. dollars) in reservoirs, canals and pumping stations, he said.
Yunhe suffered a severe drought in 1994 which cut its grain output by nearly one-fifth, and the year before, floods along the Qingshui River destroyed crops on 300,000 hectares.
Speaking at a provincial meeting on rural work on Monday, Governor Zhang Wenhua urged local officials to make sure that farmers are paid in full and on time for grain sold to the state. "Not one farmer should receive an IOU this year," Zhang said.
State grain stations across the province began purchasing the new crop on October 1, National Day, and had bought 2.1 million tons by Tuesday, according to the provincial grain bureau.
Last month, the provincial government raised the state purchase price for rice by 5 percent, the second increase since 1996.
Officials said sowing of winter wheat on 1.4 million hectares is under way and is expected to be finished next month.
The province aims to raise annual grain output to 23 million tons by the year 2000, Liu said. An exhibition of new farm machinery and seed varieties will open tomorrow in Jinshan and run until October 15.
Cotton output, however, fell by about 6 percent from last year after heavy rains in August damaged the crop in the northern counties, the department said. State purchases of cotton will begin on November 1.
Yunhe, with a population of 48 million, is one of China's major grain-producing provinces. It produced 20.7 million tons of grain in 1996 and 19.1 million tons in 1995.`,
    gold: [
      ['October 8', '1997-10-08'], ['this year', '1997'], ['last year', '1996'],
      ['today', '1997-10-08'], ['September 20', '1997-09-20'], ['October 25', '1997-10-25'],
      ['July', '1997-07'], ['1995', '1995'], ['1994', '1994'],
      ['the year before', '1993'], ['Monday', '1997-10-06'], ['this year', '1997'],
      ['October 1', '1997-10-01'], ['National Day', '1997-10-01'], ['Tuesday', '1997-10-07'],
      ['Last month', '1997-09'], ['1996', '1996'], ['next month', '1997-11'],
      ['the year 2000', '2000'], ['tomorrow', '1997-10-09'], ['October 15', '1997-10-15'],
      ['last year', '1996'], ['August', '1997-08'], ['November 1', '1997-11-01'],
      ['1996', '1996'], ['1995', '1995'],
    ],
    floor: 1,
  });
});
test('Xinhua: Tianmen Bridge over the Lanjiang River opens to traffic', () => {
  check({
    published: '1999-12-28',
    text: `WUSHAN, December 28 (Xinhua) -- The 1,680-meter Tianmen Bridge across the Lanjiang River, the longest cable-stayed bridge in central China, was opened to traffic here today, ending more than four years of construction.
Vice Governor Sun Peilin cut the ribbon at a ceremony attended by more than 10,000 people, including construction workers, local residents and officials from neighboring provinces. The first vehicles crossed the bridge shortly after the ceremony.
Construction of the bridge, which cost 1.9 billion yuan, began on October 12, 1995. The two main towers, each 186 meters high, were completed in June 1997, and the last section of the deck was put in place on May 18 this year, joining the two halves of the bridge.
"On May 18 we stood in the middle of the river for the first time," said chief engineer Hu Dejiang. "Today the people can stand there with us."
The bridge had originally been scheduled to open on October 1, to mark the 50th anniversary of the founding of the People's Republic of China, but the opening was postponed after engineers decided to replace a batch of stay cables. Load tests were carried out from November 20 to November 26, and the bridge passed its final inspection on Monday.
Before the bridge was built, residents of the two banks depended on ferries, which were often suspended in fog and high water. A ferry accident on January 9, 1994, in which 31 people were drowned, prompted the provincial government to speed up the project. Its feasibility study was approved in 1993, and the year before, surveyors had begun drilling on the riverbed.
The bridge will be toll-free until the Spring Festival, which falls on February 5 next year, said Tang Mingyuan, director of the provincial communications department. A new bus route across the bridge will begin service on January 1.
Tang said construction of a second bridge, 40 kilometers downstream, will begin in March 2000 and is expected to be completed in 2003.
Local officials expect the bridge to carry 24,000 vehicles a day by 2001, and say it will cut the travel time between Wushan and the provincial capital from five hours to less than three.
Shopkeeper Wang Lihua, who lives on the north bank, said she had crossed the river by ferry almost every day since 1985. "Last year the ferry was stopped for nine days in July because of the flood," she said. "From now on I will not have to worry."`,
    gold: [
      ['December 28', '1999-12-28'], ['today', '1999-12-28'], ['October 12, 1995', '1995-10-12'],
      ['June 1997', '1997-06'], ['May 18 this year', '1999-05-18'], ['May 18', '1999-05-18'],
      ['Today', '1999-12-28'], ['October 1', '1999-10-01', 'gap'], ['November 20', '1999-11-20'],
      ['November 26', '1999-11-26'], ['Monday', '1999-12-27'], ['January 9, 1994', '1994-01-09'],
      ['1993', '1993'], ['the year before', '1992'], ['the Spring Festival', '2000-02-05', 'gap'],
      ['February 5 next year', '2000-02-05'], ['January 1', '2000-01-01'], ['March 2000', '2000-03'],
      ['2003', '2003'], ['2001', '2001'], ['1985', '1985'],
      ['Last year', '1998'], ['July', '1998-07', 'gap'],
    ],
    floor: 0.86,
  });
});
test('Xinhua: Chinese vice premier holds talks with Kalvarian delegation', () => {
  check({
    published: '1996-05-16',
    text: `BEIJING, May 16 (Xinhua) -- Chinese Vice Premier Zhao Mingde held talks here today with a government delegation from Kalvaria led by Deputy Prime Minister Andris Kalnins, and the two sides agreed to expand cooperation in trade, transport and agriculture.
Zhao welcomed the delegation, which arrived in Beijing on Tuesday for a six-day visit, and said that relations between China and Kalvaria have developed smoothly since the two countries established diplomatic ties on June 2, 1979.
Trade between the two countries reached 340 million U.S. dollars last year, up 12 percent from 1994, Zhao said, adding that there is still great potential for growth.
Kalnins said the Kalvarian government attaches great importance to its relations with China. "Since our meeting in Riga on March 11 last year, much has been achieved," he said, referring to his first meeting with Zhao. He reaffirmed that his government adheres to the one-China policy.
Kalvarian President Janis Ozols visited China in September 1994, and Chinese Premier Li Jianhua paid an official visit to Kalvaria the following year. The two countries signed an agreement on the mutual protection of investments in 1995.
On Wednesday, the delegation visited a joint-venture textile plant in the Beijing suburbs, and yesterday Kalnins and Chinese Minister of Foreign Trade Wu Yiping signed an agreement on cooperation in agricultural science and technology.
According to the agreement, Kalvaria will send dairy and forestry experts to China, and the two sides will hold a seminar on plant protection in Beijing in October.
The intergovernmental committee on economic and trade cooperation will hold its fifth session in the Kalvarian capital next month, officials said. The fourth session was held in Beijing in November 1994.
Zhao accepted an invitation from Kalnins to visit Kalvaria next year. The date of the visit will be decided through diplomatic channels.
The delegation will leave Beijing on Saturday for Shanghai, where it will tour the Pudong New Area, and will return home on Monday, May 20.
Before arriving in China, the delegation spent four days in Mongolia, from May 9 to May 13, Kalvarian officials said.
Earlier this month, a Kalvarian trade delegation visited Guangzhou and attended the spring session of the Chinese Export Commodities Fair.`,
    gold: [
      ['May 16', '1996-05-16'], ['today', '1996-05-16'], ['Tuesday', '1996-05-14'],
      ['June 2, 1979', '1979-06-02'], ['last year', '1995'], ['1994', '1994'],
      ['March 11 last year', '1995-03-11'], ['September 1994', '1994-09'], ['the following year', '1995'],
      ['1995', '1995'], ['Wednesday', '1996-05-15'], ['yesterday', '1996-05-15'],
      ['October', '1996-10'], ['next month', '1996-06'], ['November 1994', '1994-11'],
      ['next year', '1997'], ['Saturday', '1996-05-18'], ['Monday, May 20', '1996-05-20'],
      ['May 9', '1996-05-09'], ['May 13', '1996-05-13'], ['Earlier this month', '1996-05'],
    ],
    floor: 1,
  });
});
test('one-sentence probes: tense of the clause, anchors from an earlier year, holidays, relative chains', () => {
  const probes: [string, string, number, [string, string, 'gap'?][]][] = [
  ['1998-03-11', 'The river is expected to crest on Friday, two days after it reached 28 feet.', 1, [['Friday', '1998-03-13']]],
  ['1997-11-05', 'The county clerk said the results would be certified on Monday.', 1, [['Monday', '1997-11-10']]],
  ['1998-02-20', 'The jury found him guilty on Thursday, and the judge set sentencing for March 27.', 1, [['Thursday', '1998-02-19'], ['March 27', '1998-03-27']]],
  ['1998-02-20', 'He was arrested on May 11, 1996, two days after the killings.', 1, [['May 11, 1996', '1996-05-11']]],
  ['1998-03-23', 'The ministers met on Saturday; a day later, the two largest producers announced their own cut.', 1, [['Saturday', '1998-03-21'], ['a day later', '1998-03-22']]],
  ['1998-03-23', 'Prices fell to $12.80 on March 16, a Monday, the lowest since June 1989.', 1, [['March 16', '1998-03-16'], ['Monday', '1998-03-16'], ['June 1989', '1989-06']]],
  ['1999-06-14', 'The standoff began on Tuesday and ended six days later.', 1, [['Tuesday', '1999-06-08'], ['six days later', '1999-06-14']]],
  ['1999-06-14', 'The rebels freed 11 women and children on Friday and six more the following day.', 1, [['Friday', '1999-06-11'], ['the following day', '1999-06-12']]],
  ['2000-05-10', 'The president will arrive on Sunday and leave on Friday, May 19.', 1, [['Sunday', '2000-05-14'], ['Friday, May 19', '2000-05-19']]],
  ['2000-05-10', 'The visit had been planned for last October.', 1, [['last October', '1999-10']]],
  ['1996-09-20', 'The Stags, who were eight games behind on Aug. 11, have won 27 of 36 since.', 1, [['Aug. 11', '1996-08-11']]],
  ['1996-09-20', 'The regular season ends on Sept. 29, a Sunday.', 1, [['Sept. 29', '1996-09-29'], ['Sunday', '1996-09-29']]],
  ['1996-09-20', 'The Stags last won the pennant in 1981, and the year before they finished last.', 1, [['1981', '1981'], ['the year before', '1980']]],
  ['1998-12-09', 'State regulators approved the deal last month, and the F.C.C. will hold a hearing next month.', 1, [['last month', '1998-11'], ['next month', '1999-01']]],
  ['1998-12-09', "The companies hope to close the deal by New Year's Day.", 1, [["New Year's Day", '1999-01-01']]],
  ['2000-01-13', 'She was born on March 3, 1912, and died on Tuesday.', 1, [['March 3, 1912', '1912-03-03'], ['Tuesday', '2000-01-11']]],
  ['2000-01-13', 'She made her deepest dive on Aug. 4, 1952, and four days later she went down again.', 1, [['Aug. 4, 1952', '1952-08-04'], ['four days later', '1952-08-08']]],
  ['1997-10-08', 'JINSHAN, October 8 (Xinhua) -- The exhibition will open tomorrow and close on October 15.', 1, [['October 8', '1997-10-08'], ['tomorrow', '1997-10-09'], ['October 15', '1997-10-15']]],
  ['1997-10-08', 'Grain output rose 4 percent this year, after a drought in 1994 and floods the year before.', 1, [['this year', '1997'], ['1994', '1994'], ['the year before', '1993']]],
  ['1999-12-28', 'The bridge was opened to traffic today, more than four years after construction began on October 12, 1995.', 1, [['today', '1999-12-28'], ['October 12, 1995', '1995-10-12']]],
  ['1996-05-16', 'The delegation arrived on Tuesday and will leave on Saturday.', 1, [['Tuesday', '1996-05-14'], ['Saturday', '1996-05-18']]],
  ['1996-05-16', 'The president visited China in September 1994, and the premier paid a return visit the following year.', 1, [['September 1994', '1994-09'], ['the following year', '1995']]],
  ['1997-11-05', 'Recall ballots in the second district must be returned by Christmas Eve.', 1, [['Christmas Eve', '1997-12-24']]],
  ['1999-06-14', 'Congress will vote on the bill next month, on the anniversary of the 1962 land reform.', 1, [['next month', '1999-07'], ['1962', '1962']]],
  ['1998-02-20', 'The judge ruled on Friday, a day after the verdict.', 1, [['Friday', '1998-02-20']]],
  ['1996-09-20', 'Mendez has hit .341 since the Fourth of July.', 1, [['the Fourth of July', '1996-07-04']]],
  ['1998-12-09', 'The shares had fallen since Oct. 8, when reports of the challenge surfaced.', 1, [['Oct. 8', '1998-10-08']]],
  ['1997-10-08', 'State purchases began on October 1, National Day.', 0.5, [['October 1', '1997-10-01'], ['National Day', '1997-10-01', 'gap']]],
  ['1997-11-05', "The teachers' contract runs out the day after New Year's.", 0, [["the day after New Year's", '1998-01-02', 'gap']]],
  ['1998-03-11', "\"I'd rather find out on Friday,\" the mayor said.", 0, [['Friday', '1998-03-13', 'gap']]],
  ['1998-02-20', 'The judge told jurors to report back Monday.', 0, [['Monday', '1998-02-23', 'gap']]],
  ['1998-02-20', 'She filed for divorce in March 1996; he was arrested on May 11 and fired in June of that year.', 1, [['March 1996', '1996-03'], ['May 11', '1996-05-11'], ['June of that year', '1996-06']]],
  ['1998-03-23', 'Crude for May delivery rose 87 cents.', 0, [['May', '1998-05', 'gap']]],
  ['1999-06-14', 'The president, who had been scheduled to leave Wednesday on a state visit, will go ahead with the trip.', 0, [['Wednesday', '1999-06-16', 'gap']]],
  ['2000-05-10', 'The president arrives on Sunday, meets his host on Monday and will address parliament on Wednesday.', 0.66, [['Sunday', '2000-05-14'], ['Monday', '2000-05-15'], ['Wednesday', '2000-05-17', 'gap']]],
  ['2000-05-10', 'He will fly to Brask on Thursday and return home on Friday, May 19.', 0.5, [['Thursday', '2000-05-18', 'gap'], ['Friday, May 19', '2000-05-19']]],
  ['2000-05-10', '"We have waited a long time, and on Monday we will finally shake hands," the president said.', 0, [['Monday', '2000-05-15', 'gap']]],
  ['2000-05-10', 'Talks resumed in March 1998, and the first round ended on April 3.', 1, [['March 1998', '1998-03'], ['April 3', '1998-04-03']]],
  ['2000-05-10', 'Everyone understands that June 19 is the real date to watch.', 0, [['June 19', '2000-06-19', 'gap']]],
  ['1998-12-09', "\"We hoped to close by New Year's Day; now I'd say Easter,\" the chairman said.", 0.5, [["New Year's Day", '1999-01-01'], ['Easter', '1999-04-04', 'gap']]],
  ['1998-12-09', 'That deal took 14 months: it was announced in February 1996 and completed the following April.', 0.5, [['February 1996', '1996-02'], ['the following April', '1997-04', 'gap']]],
  ['2000-01-13', 'She went diving on her 80th birthday, in 1992, and asked her students, "Same time next year?"', 0.5, [['1992', '1992'], ['next year', '1993', 'gap']]],
  ['1999-12-28', 'The bridge had originally been scheduled to open on October 1.', 0, [['October 1', '1999-10-01', 'gap']]],
  ['1999-12-28', 'The bridge will be toll-free until the Spring Festival.', 0, [['the Spring Festival', '2000-02-05', 'gap']]],
  ['1999-12-28', '"Last year the ferry was stopped in July," she said.', 0.5, [['Last year', '1998'], ['July', '1998-07', 'gap']]],
  ['1996-09-20', 'The Stags have not won a pennant since 1981. The year before, they finished last.', 0.5, [['1981', '1981'], ['The year before', '1980', 'gap']]],
  ['1997-10-08', 'Millions of people travelled over National Day.', 0, [['National Day', '1997-10-01', 'gap']]],
  ];
  for (const [published, text, floor, gold] of probes) check({ published, text, gold, floor });
});
