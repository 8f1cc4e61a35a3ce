import { test } from 'node:test';
import { check } from '../support/date-sets.ts';
// A fourth set of fictional wire articles, written by a tester who had not read the extractor's rules
// (every person, place, company and event is invented) in the AQUAINT styles of 1998-2000: three New
// York Times News Service pieces (an island ferry line founded in 1912, a museum theft of 1997 retold
// before a plea, a state budget with fiscal 1989 to fiscal 2001), three AP Worldstream stories (a river
// flood beating a 1937 record, a general strike after Monday's vote, a world-court ruling dated in
// European order), three Xinhua stories (grain output, a railway opened a day before publication, a
// parliamentary delegation) and three AP domestic stories (a Fourth of July wildfire, a school closing,
// shoppers the day after Christmas 1999). They cover weekdays in past and future clauses, bare
// month-days anchored to a year just mentioned, holidays (Christmas Eve, Labor Day, Thanksgiving,
// Independence Day, New Year's Day, Presidents' Day), fiscal years, spelled-out and numeric ordinals
// ('the 5th of May that year', 'the 21st of September 1998'), dates in quotes, appositive weekdays and
// relative chains ('the following January', 'the year after that', 'the Monday after that'). Values
// follow TimeML, counted from the publication date (or the Xinhua dateline's day) or from the date just
// mentioned; weeks, halves, seasons, durations, decades, centuries and bare times of day are left out, as
// in TempEval-3. A final test holds one-sentence probes, most of them reductions of the articles' misses.
// Expressions marked 'gap' are wrong (or missed) today and not asserted; each floor is the current share
// of right values.
test('NYT feature: an island ferry line founded in 1912 will make its last run on Sept. 30', () => {
  check({
    published: '1999-08-09',
    text: `SHELBURNE ISLAND, Maine -- For 87 years the ferry Abigail Tate and her predecessors have crossed the four miles of gray water between this island and the mainland town of Carrick Harbor. On Sept. 30, if the state Department of Transportation has its way, the last crossing will leave the island dock at 4:15 in the afternoon, and the Tate will be towed to a scrapyard in Portland.
The decision, announced on July 28, ended a fight that had gone on since the spring of 1997, when the department first proposed replacing the ferry with a subsidized water-taxi service. Islanders packed a hearing in Augusta that May, and the Legislature voted the following January to keep the ferry running for "at least two more seasons." The two seasons end this fall.
"They told us in 1998 it was temporary, and we believed them," said Ruth Ellery, 71, who has ridden the ferry to the mainland every Tuesday since 1953 to buy groceries. "More fool us."
The service began on June 3, 1912, when a Carrick Harbor merchant named Josiah Tate put a converted lobster smack into service with room for 11 passengers and a horse. His son Ezra replaced it in 1926 with a steam ferry, the first Abigail Tate, named for his mother. That boat burned at her mooring on Christmas Eve 1944; the second Abigail Tate, a diesel, entered service the following June and ran until 1971, when the state bought the line from the Tate family for $240,000.
The present boat, built in Bath, arrived on April 11, 1972. It was supposed to last 25 years. Engineers who inspected it last October found corrosion in 40 percent of the hull plates, and in a report delivered to the department on Feb. 2 they estimated the cost of repairs at $3.1 million, roughly what the line has lost since fiscal 1994.
Transportation Commissioner Dale Morency said on Friday that the decision was about safety, not money. "I am not going to be the commissioner who put 60 people on a boat I had been told was unsafe," he said in an interview in his office. The water taxis, which carry 12 passengers each, will begin running on Oct. 1, the day after the ferry's last run, and will operate year-round, he said.
Islanders are not persuaded. On Saturday, about 200 of them, roughly half the winter population, rode the Tate to Carrick Harbor and marched to the town green carrying signs that read "Save Our Boat." They plan to do it again on Labor Day, and a lawyer for the island's association, Peter Kilgallon, said he would ask a Superior Court judge on Aug. 16 to block the sale.
The ferry's defenders point out that the line carried 61,000 passengers last year, more than in any year since 1989, and that summer traffic this year is running 8 percent ahead of 1998. The ferry's captain, Walter Bissonette, has made the crossing since Aug. 14, 1975, his 19th birthday. "I've missed maybe 30 days in 24 years," he said. "One of them was the day my daughter was born. Another was the blizzard of '78."
Bissonette, who will turn 43 on Saturday, said he had been offered a job with the water-taxi company and had not decided whether to take it. He has until Sept. 15 to answer. "Ask me on the last day," he said, and went back to coiling a line on the stern.`,
    gold: [
      ['Sept. 30', '1999-09-30'], ['July 28', '1999-07-28'], ['that May', '1997-05'],
      ['the following January', '1998-01'], ['1998', '1998'], ['1953', '1953'],
      ['June 3, 1912', '1912-06-03'], ['1926', '1926'], ['Christmas Eve 1944', '1944-12-24'],
      ['the following June', '1945-06'], ['1971', '1971'], ['April 11, 1972', '1972-04-11'],
      ['last October', '1998-10'], ['Feb. 2', '1999-02-02'], ['fiscal 1994', '1994'],
      ['Friday', '1999-08-06'], ['Oct. 1', '1999-10-01'], ['the day after', '1999-10-01', 'gap'],
      ['Saturday', '1999-08-07'], ['Labor Day', '1999-09-06'], ['Aug. 16', '1999-08-16'],
      ['last year', '1998'], ['1989', '1989'], ['this year', '1999'],
      ['1998', '1998'], ['Aug. 14, 1975', '1975-08-14'], ["'78", '1978'],
      ['Saturday', '1999-08-14'], ['Sept. 15', '1999-09-15'],
    ],
    floor: 0.96,
  });
});
test('NYT news: a stolen altarpiece is back on the wall; the 1997 theft and the 1999 arrest retold before a plea', () => {
  check({
    published: '2000-04-17',
    text: `BOSTON -- Nearly three years after two men in delivery uniforms walked out of the Whitcombe Museum of Art with a Flemish altarpiece wrapped in moving blankets, the painting is back on its wall, and the man accused of arranging the theft is expected to plead guilty on Wednesday in federal court.
The altarpiece, a triptych attributed to a follower of Rogier van der Weyden, was recovered on March 29 in a storage locker in Worcester, museum officials disclosed last week. It was rehung on Saturday, in time for the museum's annual spring benefit, and on Sunday more than 3,000 people lined up to see it.
The theft took place on July 6, 1997, a Sunday, during a heat wave that had forced the museum to shut down part of its air-conditioning system. The two men had first come to the loading dock on Thursday, July 3, with paperwork for a loan to a museum in Hartford, and were told to come back after the Independence Day holiday. They returned three days later, presented the same papers to a different guard and left with the triptych in the back of a rented van.
For 18 months, the investigation went nowhere. Then, in January 1999, a Providence antiques dealer named Carl Oberholt was arrested on unrelated charges and told agents that he knew who had commissioned the theft. He named Lionel Vasquez-Reyes, a Miami art adviser, who was indicted that April and arrested on May 12, 1999, at Logan Airport, where he had just arrived on a flight from Madrid.
Vasquez-Reyes pleaded not guilty and spent the next 10 months insisting that he had never seen the painting. His trial was scheduled to open on March 6. On March 2, his lawyers asked for a delay; on the 8th, prosecutors told the judge that they had "new information." Three weeks later, the painting was found.
According to a plea agreement filed on Thursday, Vasquez-Reyes will admit to conspiring to transport stolen property across state lines and will serve no more than six years. Prosecutors said he had led investigators to the locker in Worcester after the government agreed not to charge his brother, who rented it in August 1997 under a false name.
The museum's director, Anne Sorensen-Pike, who took the job in 1995 and was nearly forced out after the theft, said on Friday that she had not slept well since the morning of July 7, 1997, when the head of security called her at home. "The last time I felt like this was the day I started," she said. "I'll sleep on Wednesday night, after he stands up in court."
The museum's insurer, which paid $4.5 million in 1998, said on Monday that it would seek to recover the money from the Vasquez-Reyes family. The museum plans to install a new security system by Labor Day and to close the gallery for two weeks in September while it is wired. "We are not going to do this twice," Sorensen-Pike said.
The triptych itself appears to have survived its 33 months in a locker with little damage. It was last cleaned in 1989, and a conservator who examined it on April 3 found only a small scrape along the lower edge of the left panel. The museum has asked the conservator to write a full report by June 1.`,
    gold: [
      ['Wednesday', '2000-04-19'], ['March 29', '2000-03-29'], ['Saturday', '2000-04-15'],
      ['Sunday', '2000-04-16'], ['July 6, 1997', '1997-07-06'], ['a Sunday', '1997-07-06'],
      ['Thursday, July 3', '1997-07-03'], ['Independence Day', '1997-07-04'], ['three days later', '1997-07-06', 'gap'],
      ['January 1999', '1999-01'], ['that April', '1999-04'], ['May 12, 1999', '1999-05-12'],
      ['March 6', '2000-03-06'], ['March 2', '2000-03-02'], ['the 8th', '2000-03-08'],
      ['Thursday', '2000-04-13'], ['August 1997', '1997-08'], ['1995', '1995'],
      ['Friday', '2000-04-14'], ['July 7, 1997', '1997-07-07'], ['Wednesday night', '2000-04-19'],
      ['1998', '1998'], ['Monday', '2000-04-17'], ['Labor Day', '2000-09-04'],
      ['September', '2000-09'], ['1989', '1989'], ['April 3', '2000-04-03'],
      ['June 1', '2000-06-01'],
    ],
    floor: 0.96,
  });
});
test("NYT news: a state surplus for fiscal 1999 and a gap in fiscal 2001; last year's late budget recalled", () => {
  check({
    published: '1998-12-03',
    text: `ALBANY -- Gov. Harlan Teague's budget office said on Wednesday that the state would end fiscal 1999 with a surplus of about $1.4 billion, nearly twice what it had projected in January, and warned that much of the money would be needed to cover a gap that could reach $2 billion in fiscal 2001.
The figures, in a 46-page report delivered to legislative leaders the day before Thanksgiving, show that personal income tax collections from April through October ran 11 percent ahead of the same period last year, driven largely by capital gains from the stock market's rise in 1997.
But the market's slide in August and September, the report said, would cut into collections in the final months of the current fiscal year, which ends March 31, and in fiscal 2000, which begins the next day.
Teague, a Republican who was re-elected on Nov. 3 by 14 points, must submit his budget by Feb. 1. Aides said he would propose a second round of tax cuts, on top of the $3.6 billion package the Legislature approved in 1997, when the state budget was 125 days late and was not signed until Aug. 4.
The Assembly speaker, Marcus DiLeo, a Democrat, said Wednesday that he was "not in a tax-cutting mood" and that the surplus should go to schools and to the state's pension fund. "We heard the same song in 1995, and the year after that we were borrowing to pay the bills," he said.
Last year's budget fight began in earnest on Jan. 14, when the governor proposed closing four psychiatric centers, and did not end until the summer. Legislative leaders have said they want to avoid a repeat. They plan to meet with the governor on Monday, the first of what DiLeo called "weekly sessions until we get it done," and have set a target of April 1 for passing the budget, something the state has not managed since 1984.
The comptroller, Eleanor Haskins, said in a statement Thursday that the report was "too optimistic by half." Her office will release its own estimate on Dec. 15. In a report issued in October 1997, her office had predicted a deficit for fiscal 1998 that never materialized, and Teague's aides have not let her forget it.
The governor will deliver his State of the State address on Jan. 6, and the budget office will issue its next update the following day. Budget officials said that update would include the first estimate of December tax receipts, which are usually the largest of the year because of estimated payments due on Dec. 15 and on Jan. 15.
The surplus is the largest since fiscal 1989, when the state ended the year with $1.1 billion in the bank, only to spend it all the year after. "Every governor who has had a surplus in this building has believed it would last," said Roberta Finch, a former budget director who served from 1983 to 1990. "None of them were right."`,
    gold: [
      ['Wednesday', '1998-12-02'], ['fiscal 1999', '1999'], ['January', '1998-01'],
      ['fiscal 2001', '2001'], ['the day before Thanksgiving', '1998-11-25', 'gap'], ['April', '1998-04'],
      ['October', '1998-10'], ['last year', '1997'], ['1997', '1997'],
      ['August', '1998-08'], ['September', '1998-09'], ['March 31', '1999-03-31'],
      ['fiscal 2000', '2000'], ['the next day', '1999-04-01'], ['Nov. 3', '1998-11-03'],
      ['Feb. 1', '1999-02-01'], ['1997', '1997'], ['Aug. 4', '1997-08-04'],
      ['Wednesday', '1998-12-02'], ['1995', '1995'], ['the year after that', '1996', 'gap'],
      ["Last year's", '1997'], ['Jan. 14', '1997-01-14'], ['Monday', '1998-12-07'],
      ['April 1', '1999-04-01'], ['1984', '1984'], ['Thursday', '1998-12-03'],
      ['Dec. 15', '1998-12-15'], ['October 1997', '1997-10'], ['fiscal 1998', '1998'],
      ['Jan. 6', '1999-01-06'], ['the following day', '1999-01-07'], ['December', '1998-12'],
      ['Dec. 15', '1998-12-15'], ['Jan. 15', '1999-01-15'], ['fiscal 1989', '1989'],
      ['the year', '1989', 'gap'], ['the year after', '1990', 'gap'], ['1983', '1983'],
      ['1990', '1990'],
    ],
    floor: 0.9,
  });
});
test('AP Worldstream: a river breaks its 1937 record; 47 dead since last Thursday; a no-confidence motion in September', () => {
  check({
    published: '1998-07-22',
    text: `KORVAT, Dravenia (AP) -- Rescue workers in rubber boats pulled hundreds of villagers from rooftops on Wednesday as the Selva River rose to its highest level in more than 60 years, and the government said at least 47 people had died since the rains began last Thursday.
The river crested at 9.4 meters (31 feet) early Wednesday at the town of Brelnik, surpassing the record of 9.1 meters set on Aug. 11, 1937, according to the state hydrological service. Officials expected a second crest on Friday, when water from the mountains reaches the lowlands.
Prime Minister Tomas Halvek, who flew over the flooded region on Tuesday, declared a state of emergency in six provinces and said the army would send 5,000 more soldiers by the weekend. "We have not seen anything like this since 1937, and nobody alive remembers what to do," he told reporters in Brelnik on Tuesday evening.
The disaster comes a year after floods along the Selva and its tributaries killed 22 people and destroyed 9,000 homes. After those floods, in July 1997, the government promised to strengthen 300 kilometers (190 miles) of levees by the end of this year. Only about a third of the work has been finished, the Transport Ministry acknowledged last month.
The opposition Farmers' Party called on Halvek to resign and said it would introduce a no-confidence motion when parliament returns from its summer recess on Sept. 8. Party leader Ivana Kosar said the government had spent money meant for the levees on a new highway to the capital, which was opened with great fanfare on May 1.
In the village of Dunje, 40 kilometers (25 miles) east of Brelnik, Marta Lisic, 68, said the water had entered her house at 3 a.m. Monday. "On Sunday the river was in its banks. By Monday morning it was in my kitchen, and yesterday it was on the roof," she said at a school gym where she was sheltering with 400 others.
The European Union pledged 2 million ECU ($2.2 million) in emergency aid on Tuesday, and neighboring countries sent helicopters and water purification equipment. The Red Cross said it would launch an international appeal on July 27.
Dravenia's worst flood on record, in August 1937, killed more than 300 people and destroyed the old bridge at Brelnik, which was not rebuilt until 1952. Meteorologists said the current rains were expected to ease by Saturday but could return next week.`,
    gold: [
      ['Wednesday', '1998-07-22'], ['last Thursday', '1998-07-16'], ['Wednesday', '1998-07-22'],
      ['Aug. 11, 1937', '1937-08-11'], ['Friday', '1998-07-24', 'gap'], ['Tuesday', '1998-07-21'],
      ['1937', '1937'], ['Tuesday evening', '1998-07-21'], ['July 1997', '1997-07'],
      ['the end of this year', '1998'], ['last month', '1998-06'], ['Sept. 8', '1998-09-08'],
      ['May 1', '1998-05-01'], ['Monday', '1998-07-20'], ['Sunday', '1998-07-19'],
      ['Monday morning', '1998-07-20'], ['yesterday', '1998-07-21'], ['Tuesday', '1998-07-21'],
      ['July 27', '1998-07-27'], ['August 1937', '1937-08'], ['1952', '1952'],
      ['Saturday', '1998-07-25'],
    ],
    floor: 0.95,
  });
});
test("AP Worldstream: a general strike after Monday's pension vote; the 1991 strike that toppled a government", () => {
  check({
    published: '2000-10-05',
    text: `SAN LORENZO DEL MAR, Costa Verde (AP) -- A general strike shut down ports, banks and most public transport across Costa Verde on Thursday, the third day of protests against a pension law that parliament approved in Monday's vote by a margin of just two seats.
Union leaders said the strike would continue through Saturday and threatened to extend it indefinitely unless President Rafael Obregon Lugo vetoed the law before it takes effect on Jan. 1. Obregon, who has until Oct. 17 to sign or veto the bill, said in a televised address on Wednesday night that he would "listen to every voice" but gave no indication of his decision.
The law raises the retirement age from 60 to 65 over 10 years, beginning in 2002, and trims benefits for public employees. It was drafted after the International Monetary Fund, in a letter dated "March 15, 2000," warned that the pension system would run out of money by 2006.
Police said 23 people were arrested on Tuesday after protesters set fire to tires outside parliament, and 14 more were detained the next day. Interior Minister Gloria Sandoval said security forces had shown "extraordinary restraint" and accused opposition parties of organizing the violence ahead of municipal elections on Nov. 26.
It is the largest strike since Sept. 9, 1991, when a walkout by transport workers brought down the government of then-Prime Minister Julio Arenas. That strike lasted 11 days. The government resigned on the last day, and new elections were held the following March.
On Thursday, ships waiting to unload at San Lorenzo, the country's main port, stretched to the horizon. The port authority said 41 vessels were at anchor, compared with six on Sunday. Exporters said banana shipments due in European markets by Oct. 12 would be lost.
The finance minister, Ernesto Villalba, said on Tuesday that the strike was costing the economy $30 million a day. He said the country had borrowed $1.2 billion from the IMF since 1998 and could not afford to lose the fund's support. An IMF team is due to arrive on Oct. 23 for a review that was postponed from last month.
Obregon, a former central bank governor, was elected in May 1999 on a promise not to touch pensions. His approval rating has fallen from 61 percent in January to 28 percent in a poll published on Sunday by the newspaper El Heraldo.
In the capital's central market, vendors who had stayed open on Wednesday shuttered their stalls Thursday morning. "My father marched in 1991, and I marched on Tuesday," said Ana Lucia Fuentes, 34, who sells vegetables. "If the president signs this law, I will march again on Monday, and the Monday after that."`,
    gold: [
      ['Thursday', '2000-10-05'], ["Monday's", '2000-10-02'], ['Saturday', '2000-10-07'],
      ['Jan. 1', '2001-01-01'], ['Oct. 17', '2000-10-17'], ['Wednesday night', '2000-10-04'],
      ['2002', '2002'], ['March 15, 2000', '2000-03-15'], ['2006', '2006'],
      ['Tuesday', '2000-10-03'], ['the next day', '2000-10-04'], ['Nov. 26', '2000-11-26'],
      ['Sept. 9, 1991', '1991-09-09'], ['the following March', '1992-03'], ['Thursday', '2000-10-05'],
      ['Sunday', '2000-10-01'], ['Oct. 12', '2000-10-12'], ['Tuesday', '2000-10-03'],
      ['1998', '1998'], ['Oct. 23', '2000-10-23'], ['last month', '2000-09'],
      ['May 1999', '1999-05'], ['January', '2000-01'], ['Sunday', '2000-10-01'],
      ['Wednesday', '2000-10-04'], ['Thursday morning', '2000-10-05'], ['1991', '1991'],
      ['Tuesday', '2000-10-03'], ['Monday', '2000-10-09'], ['the Monday after that', '2000-10-16', 'gap'],
    ],
    floor: 0.96,
  });
});
test('AP Worldstream: the world court will rule on "Wednesday 14 April 1999" in a border case going back to a 1921 treaty', () => {
  check({
    published: '1999-03-30',
    text: `THE HAGUE, Netherlands (AP) -- The International Court of Justice will rule next month in a border dispute between Ardania and Velistan that has simmered since the two countries separated in 1993, the court announced Tuesday.
In a statement, the court's registry said judgment would be delivered "on Wednesday 14 April 1999 at 10 a.m." in the Great Hall of Justice. Both governments have said they will accept the ruling.
The dispute concerns the Marl Valley, a 340-square-kilometer (130-square-mile) strip of farmland and forest along the Ister River. Ardania says the border was fixed by a treaty signed on 2 June 1921; Velistan argues that the treaty was superseded by a protocol of 19 November 1947, which placed the valley under a joint commission.
The two countries took the case to the court on 8 July 1996, after a shooting on the border that May left two Velistani customs officers dead. Hearings were held in The Hague in October and November of last year.
Ardania's foreign minister, Pieter Voskuijl, said on Monday that his government had "full confidence" in the court. Velistan's deputy prime minister, Alenka Moric, who led her country's team at the hearings, was more cautious. "We said in 1996 that we would respect the judgment, and we say it again now," she told reporters in Velistan's capital, Dravograd, on Sunday.
The ruling comes as both countries prepare for talks on joining the European Union. EU foreign ministers are expected to discuss the two applications at a meeting in Luxembourg on April 26, and a diplomat in Brussels said Tuesday that "an unresolved border is the last thing either of them needs."
The valley has about 12,000 inhabitants, most of them ethnic Ardanians. Velistan has administered it since the spring of 1993, when its troops moved in after clashes that killed 17 people. A ceasefire was signed on the 5th of May that year and has largely held, although monitors from the Organization for Security and Cooperation in Europe recorded 31 violations last year, up from 19 in 1997.
The most serious recent incident took place on Jan. 17, when a Velistani patrol fired on a tractor that had crossed the demarcation line. Nobody was hurt. Two days later, the two governments agreed to set up a hotline between their border commanders. It has been used twice, most recently on Thursday, according to OSCE spokesman Henrik Sandvall.
The court's 15 judges began deliberating after the last hearing on Dec. 3. The court has ruled in three earlier border cases between European states, in 1986, 1992 and 1994, and in each case both sides complied within a year. A fourth case, between two Baltic neighbors, was filed on the 21st of September 1998 and will be heard next year.`,
    gold: [
      ['next month', '1999-04'], ['1993', '1993'], ['Tuesday', '1999-03-30'],
      ['Wednesday 14 April 1999', '1999-04-14'], ['2 June 1921', '1921-06-02'], ['19 November 1947', '1947-11-19'],
      ['8 July 1996', '1996-07-08'], ['that May', '1996-05'], ['October', '1998-10'],
      ['November of last year', '1998-11'], ['Monday', '1999-03-29'], ['1996', '1996'],
      ['Sunday', '1999-03-28'], ['April 26', '1999-04-26'], ['Tuesday', '1999-03-30'],
      ['the 5th of May that year', '1993-05-05'], ['last year', '1998'], ['1997', '1997'],
      ['Jan. 17', '1999-01-17'], ['Two days later', '1999-01-19'], ['Thursday', '1999-03-25'],
      ['Dec. 3', '1998-12-03'], ['1986', '1986'], ['1992', '1992'],
      ['1994', '1994'], ['the 21st of September 1998', '1998-09-21'], ['next year', '2000'],
    ],
    floor: 1,
  });
});
test("Xinhua: grain output this year close to last year's record; protective prices to change from next year", () => {
  check({
    published: '1999-10-18',
    text: `BEIJING, October 18 (Xinhua) -- China's total grain output is expected to reach 505 million tons this year, close to last year's record of 512 million tons, despite drought in the north and flooding in several southern provinces, Vice-Minister of Agriculture Han Lisheng said here today.
Speaking at a national conference on autumn sowing, Han said the country had now produced more than 490 million tons of grain for four consecutive years, and that per capita grain output had reached 400 kilograms, a level set as a target in 1990.
He said grain output in the past five years had averaged 493 million tons, compared with 446 million tons during the Eighth Five-Year Plan period (1991-1995). Output first topped 500 million tons in 1996.
The summer grain harvest, brought in by the end of July, totaled 113 million tons, down 2.1 percent from a year earlier, mainly because of a severe drought in Xiling, Tanghe and Mingshan provinces that lasted from March to June.
The autumn harvest, which accounts for about 60 percent of the annual total, is now under way and will be largely completed by mid-November, Han said. Early estimates show that the autumn crop will increase by 1.5 percent over 1998.
Han said China would keep grain production stable at about 500 million tons a year through the end of 2000, and would focus on improving quality rather than increasing quantity. The state will continue to buy grain from farmers at protective prices, a policy introduced in June 1998, but prices for early-season indica rice will no longer be protected from next year.
The State Council decided on September 28 to lower the protective price of wheat produced in the southern provinces, starting from the 2000 harvest. The decision will be officially announced on November 1, he said.
By the end of September, state grain reserves had reached a historic high, and grain depots in several provinces were full. Since 1998, the central government has allocated 34 billion yuan for building new depots with a total capacity of 25 million tons, and the last of them will be completed by the end of 2000.
On Friday, the ministry released figures showing that the per capita cash income of farmers rose 3.8 percent in the first three quarters, slower than the 4.3 percent growth recorded for the whole of 1998. Han said the ministry would hold a national meeting on adjusting the structure of agricultural production in Beijing from December 6 to 8.`,
    gold: [
      ['October 18', '1999-10-18'], ['this year', '1999'], ["last year's", '1998'],
      ['today', '1999-10-18'], ['1990', '1990'], ['1991', '1991', 'gap'],
      ['1995', '1995', 'gap'], ['1996', '1996'], ['the end of July', '1999-07'],
      ['a year earlier', '1998'], ['March', '1999-03'], ['June', '1999-06'],
      ['mid-November', '1999-11'], ['1998', '1998'], ['the end of 2000', '2000'],
      ['June 1998', '1998-06'], ['next year', '2000'], ['September 28', '1999-09-28'],
      ['2000', '2000'], ['November 1', '1999-11-01'], ['the end of September', '1999-09'],
      ['1998', '1998'], ['the end of 2000', '2000'], ['Friday', '1999-10-15'],
      ['1998', '1998'], ['December 6', '1999-12-06'], ['8', '1999-12-08'],
    ],
    floor: 0.92,
  });
});
test('Xinhua: a mountain railway opens six months early, filed the day before publication', () => {
  check({
    published: '2000-06-27',
    text: `YUNXI, June 26 (Xinhua) -- The 612-kilometer Yunxi-Baitang railway, the first rail link between the mountainous west of Songling Province and the coast, was opened to traffic today, six months ahead of schedule.
Construction of the railway began in December 1995 and was originally scheduled to be completed by the end of 2000. It cost 11.6 billion yuan (1.4 billion U.S. dollars), of which 3 billion yuan came from a World Bank loan signed in 1994.
Vice-Minister of Railways Qiao Zhengwen cut the ribbon at a ceremony attended by more than 10,000 people at Yunxi's new railway station. The first passenger train left at 9:30 a.m. and is scheduled to arrive in Baitang at 1 a.m. tomorrow, Qiao said.
The railway will carry five million tons of freight in its first full year of operation, rising to 15 million tons by 2005, according to the Songling provincial government. Freight services will start on July 1, the 79th anniversary of the founding of the Communist Party of China.
The line passes through 11 counties, eight of which were classified as poverty-stricken by the central government in 1994. Per capita income in the area was less than half the provincial average last year.
"The railway is the most important thing that has happened to this region since the founding of New China in 1949," said Wang Shufen, a 63-year-old farmer from Liuping County who was among the first passengers.
The railway was built by 30,000 workers. The most difficult section, the 7.2-kilometer Qingfeng Tunnel, was holed through on October 8, 1998, after three years of work. The track was joined on April 30 this year, and a trial run was held on May 20.
The railway is part of the country's efforts to develop its western regions, a strategy announced by the central government earlier this year. In the past five years, China has invested more than 200 billion yuan in railway construction in the west, and another 12 new lines are planned to be started before the end of 2005.
On Sunday, the Ministry of Railways announced that passenger trains throughout the country would be speeded up from October 21, the third such speed-up since April 1997.
Qiao said the Yunxi-Baitang line would be electrified by 2003. A second line, linking Yunxi with Chengyang in the neighboring province, will be started in March next year, and a feasibility study for a third line will be completed by the end of this year.`,
    gold: [
      ['June 26', '2000-06-26'], ['today', '2000-06-26'], ['December 1995', '1995-12'],
      ['the end of 2000', '2000'], ['1994', '1994'], ['tomorrow', '2000-06-27'],
      ['2005', '2005'], ['July 1', '2000-07-01'], ['1994', '1994'],
      ['last year', '1999'], ['1949', '1949'], ['October 8, 1998', '1998-10-08'],
      ['April 30 this year', '2000-04-30'], ['May 20', '2000-05-20'], ['earlier this year', '2000'],
      ['the end of 2005', '2005'], ['Sunday', '2000-06-25'], ['October 21', '2000-10-21'],
      ['April 1997', '1997-04'], ['2003', '2003'], ['March next year', '2001-03'],
      ['the end of this year', '2000'],
    ],
    floor: 1,
  });
});
test('Xinhua: a vice-premier meets a Pacific parliamentary delegation; ties established on November 14, 1975', () => {
  check({
    published: '1998-11-05',
    text: `BEIJING, November 5 (Xinhua) -- Chinese Vice-Premier Ma Zhiyuan met here this afternoon with a delegation from the Parliament of the Tamarind Islands led by Speaker Josefa Ravu, and said that China valued its friendly relations with the island nation.
Ma said that since the two countries established diplomatic relations on November 14, 1975, their relations had developed smoothly, and high-level exchanges had increased in recent years. He recalled his visit to the Tamarind Islands in September 1996 and said the agreement on economic and technical cooperation signed during that visit had been fully implemented by the end of last year.
Ravu said her delegation's visit, the first by a Tamarind parliamentary delegation since 1991, coincided with the 23rd anniversary of diplomatic ties, which falls on November 14. She thanked China for its assistance in building a hospital in the capital, Port Nalu, which was completed in March this year, and for sending a medical team every year since 1985.
The Tamarind Islands, a nation of 780,000 people in the South Pacific, gained independence in October 1970 and joined the United Nations the following year.
The two sides also exchanged views on regional fisheries. Ravu said her country would host a regional fisheries conference in April next year and hoped China would send a delegation.
Ravu's delegation arrived in Beijing on Tuesday at the invitation of the Standing Committee of the National People's Congress. Earlier today, the delegation held talks with Li Dongsheng, vice-chairman of the NPC Standing Committee. The two sides signed a memorandum on exchanges between the two legislatures, which will take effect on January 1, 1999.
Trade between China and the Tamarind Islands reached 46 million U.S. dollars in 1997, up 18 percent over the previous year, according to Chinese customs statistics. Chinese companies have built two fish-processing plants on the islands since 1994.
The delegation will leave Beijing on Saturday for Shanghai and the southern city of Xiamen, and is scheduled to return home on November 12. In Shanghai it will visit the Pudong New Area, which was set up in 1990. In Xiamen, the delegation will tour a fishing port whose expansion was financed in part by a loan agreement signed with the Tamarind government last year.`,
    gold: [
      ['November 5', '1998-11-05'], ['November 14, 1975', '1975-11-14'], ['September 1996', '1996-09'],
      ['the end of last year', '1997'], ['1991', '1991'], ['November 14', '1998-11-14'],
      ['March this year', '1998-03'], ['1985', '1985'], ['October 1970', '1970-10'],
      ['the following year', '1971'], ['April next year', '1999-04'], ['Tuesday', '1998-11-03'],
      ['Earlier today', '1998-11-05'], ['January 1, 1999', '1999-01-01'], ['1997', '1997'],
      ['the previous year', '1996'], ['1994', '1994'], ['Saturday', '1998-11-07'],
      ['November 12', '1998-11-12'], ['1990', '1990'], ['last year', '1997'],
    ],
    floor: 1,
  });
});
test('AP: a Fourth of July bottle rocket starts a wildfire; containment not expected before Sunday', () => {
  check({
    published: '2000-07-06',
    text: `PINE HOLLOW, Colo. (AP) -- A wildfire that began with a Fourth of July bottle rocket had burned 14,000 acres and destroyed 37 homes by Thursday, and fire officials said they did not expect to contain it before Sunday.
The fire started Tuesday evening in a ravine near the Elk Crossing subdivision, about 40 miles southwest of Denver, where residents said teenagers had been setting off fireworks despite a ban imposed by the county on June 20. By Wednesday morning it had jumped the highway, and by nightfall 1,200 people had been evacuated.
"It was the worst Independence Day of my life," said Loretta Quinlan, 58, who lost the cabin her grandfather built in 1938. "We were sitting on the porch watching the neighbors' fireworks, and two hours later we were driving out with the dog and the photo albums."
Sheriff's investigators questioned three youths on Wednesday and said charges could be filed as early as Friday. The governor declared a disaster emergency for the county on Wednesday afternoon, freeing state money for the firefight.
It is the largest fire in the county since the Mesa Ridge fire, which began on July 2, 1996, and burned 11,000 acres. That fire was also started by fireworks, set off two days early, and county commissioners banned the sale of fireworks the following year.
The ban was lifted in 1999 after a petition drive by fireworks retailers, and reimposed this year when forecasters predicted a dry summer. Rainfall in Pine Hollow since Jan. 1 has been 38 percent of normal, and May was the driest on record.
About 900 firefighters were on the lines Thursday, including crews flown in from Montana and Oregon on Wednesday night. Fire officials said winds were expected to pick up Friday afternoon, and a red-flag warning was in effect until Saturday.
Evacuees were being housed at a high school in Bailey Creek. The Red Cross said it would keep the shelter open at least until July 15. Residents of Elk Crossing will be allowed to return "no earlier than Monday, July 10," the sheriff's office said in a statement.
Last year, Colorado wildfires burned 74,000 acres, less than half the total of the year before. State forester Dennis Arbogast said on Thursday that this season could be worse than either. "We had one good rain on May 3 and nothing since," he said.`,
    gold: [
      ['Fourth of July', '2000-07-04'], ['Thursday', '2000-07-06'], ['Sunday', '2000-07-09'],
      ['Tuesday evening', '2000-07-04'], ['June 20', '2000-06-20'], ['Wednesday morning', '2000-07-05'],
      ['Independence Day', '2000-07-04'], ['1938', '1938'], ['Wednesday', '2000-07-05'],
      ['Friday', '2000-07-07'], ['Wednesday afternoon', '2000-07-05'], ['July 2, 1996', '1996-07-02'],
      ['the following year', '1997'], ['1999', '1999'], ['this year', '2000'],
      ['Jan. 1', '2000-01-01'], ['May', '2000-05'], ['Thursday', '2000-07-06'],
      ['Wednesday night', '2000-07-05'], ['Friday afternoon', '2000-07-07'], ['Saturday', '2000-07-08'],
      ['July 15', '2000-07-15'], ['Monday, July 10', '2000-07-10'], ['Last year', '1999'],
      ['the year before', '1998'], ['Thursday', '2000-07-06'], ['May 3', '2000-05-03'],
    ],
    floor: 1,
  });
});
test('AP: a school board closes a 1921 building; a boiler that failed on Feb. 9 of last year, a Monday', () => {
  check({
    published: '1999-01-14',
    text: `MILLBROOK, Ohio (AP) -- The Millbrook school board voted 4-3 on Wednesday night to close Lincoln Elementary, the district's oldest school, at the end of the school year, ending a fight that began when the building's boiler failed last winter.
Lincoln, which opened on Sept. 6, 1921, will hold its last classes on June 10. Its 212 pupils will be split between two other schools. The board also voted to put a $14 million bond issue on the May 4 ballot to build a new elementary school on the north side of town.
Parents who had packed the high school auditorium since 7 p.m. booed when the vote was announced shortly before midnight. "They made up their minds in December and this was theater," said Carla Mendenhall, whose two children attend Lincoln. "Nobody on that board changed a vote tonight."
The district has been trying to close the school since 1995, when an engineer's report estimated that it would cost $2.3 million to bring it up to code. Voters rejected a bond issue for a new school in November 1996 and again the following May. Last year, the board put off a decision after 600 people signed a petition.
The boiler failed on Feb. 9 of last year, a Monday, and the school was closed for the rest of that week while a contractor from Toledo installed a temporary unit. Superintendent Gerald Whitcomb said the district had spent $180,000 on repairs since then and could not justify spending more. "I went to school in that building in 1958," he said. "Nobody loves it more than I do."
Board member Janice Orr, who voted against closing the school, said she would ask the board to reconsider at its next meeting on Jan. 27. State law allows a vote to be reconsidered within 14 days.
The vote came as the district struggled to catch up after the storm. Schools reopened on Tuesday after being closed since Jan. 4, when classes were to resume after the holiday break; the storm began on New Year's Day and dropped 19 inches of snow on the county. The district will make up the lost days on Presidents' Day and on June 7 and 8.
The board will hold a public hearing on the bond issue on Feb. 3 at the high school. Whitcomb said he hoped to break ground on the new school in the spring of 2000 if the bond passes. A similar measure failed in the neighboring Cedar Falls district on Nov. 3 by fewer than 200 votes.`,
    gold: [
      ['Wednesday night', '1999-01-13'], ['Sept. 6, 1921', '1921-09-06'], ['June 10', '1999-06-10', 'gap'],
      ['May 4', '1999-05-04', 'gap'], ['December', '1998-12'], ['1995', '1995'],
      ['November 1996', '1996-11'], ['the following May', '1997-05'], ['Last year', '1998'],
      ['Feb. 9 of last year', '1998-02-09'], ['a Monday', '1998-02-09', 'gap'], ['1958', '1958'],
      ['Jan. 27', '1999-01-27'], ['Tuesday', '1999-01-12'], ['Jan. 4', '1999-01-04'],
      ["New Year's Day", '1999-01-01'], ["Presidents' Day", '1999-02-15'], ['June 7', '1999-06-07'],
      ['8', '1999-06-08'], ['Feb. 3', '1999-02-03'], ['Nov. 3', '1998-11-03'],
    ],
    floor: 0.85,
  });
});
test("AP: the day after Christmas, shoppers return gifts and buy batteries before New Year's Eve 1999", () => {
  check({
    published: '1999-12-27',
    text: `NEW YORK (AP) -- Shoppers crowded stores on Sunday, the day after Christmas, to return unwanted gifts and hunt for bargains, capping what retailers said was the best holiday season since 1992. Many said they were stocking up on batteries, bottled water and canned food as much as on sweaters.
Sales in the five weeks from Thanksgiving through Christmas Eve rose 8.9 percent from a year earlier, according to the Retail Merchants Council, a trade group. Electronics and toys led the gains, and sales of portable generators tripled.
"Saturday was quiet, as it always is, but yesterday looked like Dec. 23," said Marvin Eckstein, manager of a discount electronics store in Fairlawn Heights, N.J. "And today is even busier. People want generators, flashlights, radios. Everybody is thinking about Friday night."
Federal officials, who have spent months reassuring the public about the millennium computer problem, said on Monday that 99 percent of the nation's power companies, banks and phone companies were ready for Jan. 1. A federal command center in Washington will open on Wednesday and will brief reporters every four hours from Friday through Jan. 3.
Banks reported a modest rise in cash withdrawals. Treasury officials, who ordered an extra $50 billion in currency printed this year as a precaution, said demand for cash in the days before Christmas was about 10 percent higher than a year ago.
Retailers said stores would close early on Friday, New Year's Eve, and many will stay closed on Saturday, New Year's Day. Several large chains said they would reopen on Sunday, Jan. 2, with clearance sales.
For the season, the council forecast that holiday sales would total $184 billion, up from $169 billion in 1998. The final figures will be released on Jan. 12. In 1997, the council had predicted a 6 percent increase and got 3.1 percent; the year before, it overestimated by 2 points.
Not everyone was buying. At a shopping mall in Oak Meadow, Ill., Dolores Petrakis, 74, said she had stocked up on nothing. "I lived through the big snow of January 1967," she said. "I'll live through this."
The council's chief economist, Rosalind Tate, said she expected sales growth to slow next year as interest rates rise, and predicted a 4 percent gain for Christmas 2000.`,
    gold: [
      ['Sunday', '1999-12-26'], ['the day after Christmas', '1999-12-26', 'gap'], ['1992', '1992'],
      ['Thanksgiving', '1999-11-25'], ['Christmas Eve', '1999-12-24'], ['a year earlier', '1998'],
      ['Saturday', '1999-12-25'], ['yesterday', '1999-12-26'], ['Dec. 23', '1999-12-23'],
      ['today', '1999-12-27'], ['Friday night', '1999-12-31', 'gap'], ['Monday', '1999-12-27'],
      ['Jan. 1', '2000-01-01'], ['Wednesday', '1999-12-29'], ['Friday', '1999-12-31'],
      ['Jan. 3', '2000-01-03'], ['this year', '1999'], ['Christmas', '1999-12-25'],
      ['a year ago', '1998'], ['Friday', '1999-12-31'], ["New Year's Eve", '1999-12-31'],
      ['Saturday', '2000-01-01'], ["New Year's Day", '2000-01-01'], ['Sunday, Jan. 2', '2000-01-02'],
      ['1998', '1998'], ['Jan. 12', '2000-01-12'], ['1997', '1997'],
      ['the year before', '1996'], ['January 1967', '1967-01'], ['next year', '2000'],
      ['Christmas 2000', '2000-12-25'],
    ],
    floor: 0.93,
  });
});
test('one-sentence probes: anchors after a past year, tense of the clause, holiday offsets, year chains, ranges', () => {
  const probes: [string, string, number, [string, string, 'gap'?][]][] = [
  ['1999-05-17', 'The fifth of May was a Wednesday this year.', 1, [['The fifth of May', '1999-05-05'], ['this year', '1999']]],
  ['1999-05-17', 'The accord was signed on the twenty-first of March, 1998, in Vienna.', 1, [['the twenty-first of March, 1998', '1998-03-21']]],
  ['1999-05-17', 'The ministry said the vote would take place on Friday 4 June 1999.', 1, [['Friday 4 June 1999', '1999-06-04']]],
  ['1999-05-20', "Ahead of Monday's vote, both parties bought radio time.", 1, [["Monday's", '1999-05-24']]],
  ['1999-05-20', "Monday's vote left both parties bitter.", 1, [["Monday's", '1999-05-17']]],
  ['1999-05-20', 'The body was found the day before yesterday.', 1, [['the day before yesterday', '1999-05-18']]],
  ['1999-05-20', 'The results will be announced the day after tomorrow.', 1, [['the day after tomorrow', '1999-05-22']]],
  ['1999-05-20', 'The dam broke on April 2, 1997, and the town was evacuated two days later.', 1, [['April 2, 1997', '1997-04-02'], ['two days later', '1997-04-04']]],
  ['1999-05-20', 'The mill closed in 1994, a year after it was sold.', 1, [['1994', '1994']]],
  ['1999-05-20', 'The strike began in 1986; a year earlier, wages had been frozen.', 1, [['1986', '1986'], ['a year earlier', '1985']]],
  ['1999-02-10', "The storm began on New Year's Day and lasted three days.", 1, [["New Year's Day", '1999-01-01']]],
  ['1998-08-01', 'More than 40,000 people watched the fireworks on Independence Day.', 1, [['Independence Day', '1998-07-04']]],
  ['1998-11-20', 'Stores plan to hire 20,000 extra workers before Christmas.', 1, [['Christmas', '1998-12-25']]],
  ['1999-03-10', 'The state sold the bonds last Christmas.', 1, [['last Christmas', '1998-12-25']]],
  ['1999-03-10', 'The program will be cut in fiscal 2001, the agency said.', 1, [['fiscal 2001', '2001']]],
  ['1999-03-10', 'The program cost $4 million in fiscal year 1997.', 1, [['fiscal year 1997', '1997']]],
  ['1999-03-10', 'The plant opened in September 1987, and it made a profit that year.', 1, [['September 1987', '1987-09'], ['that year', '1987']]],
  ['1999-03-10', 'Prices fell sharply earlier this month.', 1, [['earlier this month', '1999-03']]],
  ['1999-03-10', 'The court will rule later this month.', 1, [['later this month', '1999-03']]],
  ['1999-03-10', 'He was arrested in June 1996; the month before, he had sold his house.', 1, [['June 1996', '1996-06'], ['the month before', '1996-05']]],
  ['1999-03-10', 'She won the primary in May 1994 and lost the election the following November.', 1, [['May 1994', '1994-05'], ['the following November', '1994-11']]],
  ['1999-01-10', 'The memo announced a meeting for "Tuesday, Jan. 12."', 1, [['Tuesday, Jan. 12', '1999-01-12']]],
  ['1999-01-10', 'The letter was dated "Dec. 30, 1998."', 1, [['Dec. 30, 1998', '1998-12-30']]],
  ['1999-03-10', 'The plant opened in 1987. On May 5, a fire destroyed its warehouse.', 0.5, [['1987', '1987'], ['May 5', '1987-05-05', 'gap']]],
  ['1999-03-10', 'He was arrested on Dec. 30, 1996, and released on Jan. 2.', 1, [['Dec. 30, 1996', '1996-12-30'], ['Jan. 2', '1997-01-02']]],
  ['1999-03-10', 'The committee will meet next Monday to decide.', 1, [['next Monday', '1999-03-15']]],
  ['1999-03-10', 'The governor will sign the bill this Friday.', 1, [['this Friday', '1999-03-12']]],
  ['1999-03-10', 'Rebels seized the town on March 1; government troops retook it the previous day.', 1, [['March 1', '1999-03-01'], ['the previous day', '1999-02-28']]],
  ['1999-03-10', 'Rebels seized the town on Feb. 26 and held it until the following day.', 1, [['Feb. 26', '1999-02-26'], ['the following day', '1999-02-27']]],
  ['1999-03-10', 'Investors expect the merger to be completed in mid-April.', 1, [['mid-April', '1999-04']]],
  ['1999-03-10', 'The company was founded in early 1997 by two engineers.', 1, [['early 1997', '1997']]],
  ['1999-03-10', 'Rent is due by the end of the month.', 1, [['the end of the month', '1999-03']]],
  ['1999-03-10', "Yesterday's decision surprised investors.", 1, [["Yesterday's", '1999-03-09']]],
  ['1999-03-10', "Tomorrow's meeting has been canceled.", 1, [["Tomorrow's", '1999-03-11']]],
  ['1999-03-10', 'Growth has slowed since the beginning of this year.', 1, [['the beginning of this year', '1999']]],
  ['1999-03-10', 'The new tariff will take effect on Jan. 1 next year.', 1, [['Jan. 1 next year', '2000-01-01']]],
  ['1999-03-10', 'The deadline is Feb. 29, 2000.', 1, [['Feb. 29, 2000', '2000-02-29']]],
  ['1998-10-20', 'Turnout is expected to be low on Election Day.', 1, [['Election Day', '1998-11-03']]],
  ['1998-11-30', 'Travelers jammed the airports on Thanksgiving Day.', 1, [['Thanksgiving Day', '1998-11-26']]],
  ['1999-03-10', 'The treaty was signed on the 20th of last month.', 1, [['the 20th of last month', '1999-02-20']]],
  ['1999-03-10', 'The two men met in Paris on Jan. 8, 1997, and again on the same day a year later.', 1, [['Jan. 8, 1997', '1997-01-08'], ['a year later', '1998']]],
  ['1999-03-10', 'The bank reported a loss in 1996, and the next year it was sold.', 1, [['1996', '1996'], ['the next year', '1997']]],
  ['1999-03-10', "He first ran for office in '92 and won in '96.", 1, [["'92", '1992'], ["'96", '1996']]],
  ['1999-03-10', 'The rally was set for March 21st in the capital.', 1, [['March 21st', '1999-03-21']]],
  ['1999-03-10', 'The vote will be held on Sunday, the 14th.', 1, [['Sunday, the 14th', '1999-03-14']]],
  ['1999-03-10', 'The museum reopened on the fifth of February after repairs.', 1, [['the fifth of February', '1999-02-05']]],
  ['1998-12-03', 'The Legislature approved the package in 1997, when the budget was not signed until Aug. 4.', 1, [['1997', '1997'], ['Aug. 4', '1997-08-04']]],
  ['1998-12-03', "Last year's budget fight began on Jan. 14, when the governor proposed closing four centers.", 1, [["Last year's", '1997'], ['Jan. 14', '1997-01-14']]],
  ['1998-12-03', 'Leaders have set a target of April 1 for passing the budget.', 1, [['April 1', '1999-04-01']]],
  ['1998-12-03', 'The bank failed in 1995, and the year after that its director fled.', 1, [['1995', '1995'], ['the year after that', '1996']]],
  ['1998-12-03', 'The surplus is the largest since fiscal 1989, when the state ended the year with $1.1 billion in the bank, only to spend it all the year after.', 0.33, [['fiscal 1989', '1989'], ['the year', '1989', 'gap'], ['the year after', '1990', 'gap']]],
  ['1998-12-03', 'The fiscal year ends March 31, and fiscal 2000 begins the next day.', 1, [['March 31', '1999-03-31'], ['fiscal 2000', '2000'], ['the next day', '1999-04-01']]],
  ['1998-12-03', 'The report was delivered to legislative leaders the day before Thanksgiving.', 0, [['the day before Thanksgiving', '1998-11-25', 'gap']]],
  ['1999-12-27', 'The stores reopened the day after Christmas.', 0, [['the day after Christmas', '1999-12-26', 'gap']]],
  ['1998-07-22', 'A second crest was expected on Friday.', 1, [['Friday', '1998-07-24']]],
  ['2000-10-05', 'Union leaders said the law takes effect on Jan. 1.', 1, [['Jan. 1', '2001-01-01']]],
  ['2000-10-05', 'It is the largest strike since Sept. 9, 1991. New elections were held the following March.', 1, [['Sept. 9, 1991', '1991-09-09'], ['the following March', '1992-03']]],
  ['1999-03-30', 'The case was filed in May 1996. Hearings were held in October and November of last year.', 1, [['May 1996', '1996-05'], ['October', '1998-10'], ['November of last year', '1998-11']]],
  ['1999-10-18', 'Output averaged 446 million tons during the Eighth Five-Year Plan period (1991-1995).', 0, [['1991', '1991', 'gap'], ['1995', '1995', 'gap']]],
  ['2000-07-06', 'A Fourth of July bottle rocket started the fire.', 1, [['Fourth of July', '2000-07-04']]],
  ['2000-07-06', 'Last year fires burned 74,000 acres; the year before, they burned 160,000.', 1, [['Last year', '1999'], ['the year before', '1998']]],
  ['1999-01-14', 'The school will hold its last classes on June 10.', 0, [['June 10', '1999-06-10', 'gap']]],
  ['1999-01-14', 'The board voted to close the school, which opened on Sept. 6, 1921. "They made up their minds in December," said a parent.', 1, [['Sept. 6, 1921', '1921-09-06'], ['December', '1998-12']]],
  ['1999-01-14', 'The boiler failed on Feb. 9 of last year, a Monday.', 0.5, [['Feb. 9 of last year', '1998-02-09'], ['a Monday', '1998-02-09', 'gap']]],
  ['1999-12-27', '"Everybody is thinking about Friday night," he said.', 0, [['Friday night', '1999-12-31', 'gap']]],
  ['1999-12-27', 'Many stores will stay closed on Saturday.', 1, [['Saturday', '2000-01-01']]],
  ['2000-04-17', 'The theft took place on July 6, 1997. The men had first come on Thursday, July 3.', 1, [['July 6, 1997', '1997-07-06'], ['Thursday, July 3', '1997-07-03']]],
  ['2000-04-17', 'The museum plans to close the gallery for two weeks in September while it is wired.', 1, [['September', '2000-09']]],
  ['1999-08-09', "The water taxis will begin running on Oct. 1, the day after the ferry's last run.", 0.5, [['Oct. 1', '1999-10-01'], ['the day after', '1999-10-01', 'gap']]],
  ];
  for (const [published, text, floor, gold] of probes) check({ published, text, gold, floor });
});
