import { test } from 'node:test';
import { check } from '../support/date-sets.ts';
// A fifth set of fictional wire articles (every person, place, company and event is invented), written by a
// tester who had not read the extractor's rules, in the AQUAINT styles of 1998-2000: an AP markets wrap
// published on a Saturday about "Friday" and "last October", a New York Times Washington story on a
// whistle-blower appeal running from 1991 to "yesterday", an AP domestic story on a thrice-scrubbed rocket
// countdown, a New York Times baseball season recap and playoff schedule, a New York Times obituary of an
// atmospheric chemist (1911-1999), an AP Worldstream story on rounds of talks over a breakaway region, a
// Xinhua grain-price report ("the same month last year", "by 2005", "31 August"), an AP wrap of a fictional
// hurricane season, a New York Times merger timeline, an AP election recount, an AP school-calendar dispute
// and a Xinhua museum exhibition story. They test weekdays in past and future contexts (including present-tense
// schedules), possessive weekdays ("Monday's argument"), holidays (Columbus Day, Thanksgiving, Memorial Day,
// Orthodox Christmas, National Day, International Museum Day), "the day after Thanksgiving", "the Tuesday
// before Thanksgiving", appositive weekdays on relative dates ("the next morning, a Friday"), anaphoric
// ordinals ("the 18th" for an earlier Jan. 18), European-order dates, "mid-July", "the end of June",
// "late 1998", "earlier this month", and relative chains across paragraphs. Values follow TimeML, counted
// from the publication date (or the Xinhua dateline's day, or the speaker's day) or from the date just
// mentioned; weeks, seasons, quarters, halves, durations, decades, centuries and bare times of day are left
// out, as in TempEval-3; fiscal years are not annotated. A final test holds one-sentence probes, most of
// them minimised from the articles' misses. Expressions marked 'gap' are wrong (or missed) today and not
// asserted; each article's floor is its current share of right values.
test('AP markets wrap published on a Saturday: the worst week since last October, with Friday, Thursday and next Tuesday', () => {
  check({
    published: '1999-10-16',
    text: `NEW YORK (AP) -- Stocks slid for a third straight session on Friday, capping the market's worst week since last October, after a surprise jump in wholesale prices revived fears that the central bank will raise interest rates again when its policy committee meets Nov. 16.
The Harwick Industrial Index fell 187.43 points, or 1.8 percent, to 10,019.71, its lowest close since Aug. 10. The index had closed at 10,207.14 on Thursday and had briefly topped 10,400 on Monday, when trading was thin because the bond market was closed for Columbus Day.
Broader indicators also retreated. The Calloway Composite lost 2.3 percent for the day and 6.1 percent for the week, erasing most of its gains since the end of June. The Brennan index of smaller technology companies dropped 41.02 to 2,731.19, well below the record of 2,919.33 it set on Oct. 6.
"People came in thinking the worst was over on Wednesday, and then they saw the producer-price number," said Lydia Okonkwo-Barr, chief market strategist at Fenwick Hale Securities. "Nobody wants to own stocks over a weekend with a rate decision a month away."
The government reported before the opening bell that wholesale prices rose 1.1 percent in September, the biggest monthly increase since November 1990. Economists had expected a rise of 0.4 percent. Excluding food and energy, prices rose 0.6 percent, the most since late 1998.
Friday's losses came after a speech on Thursday night by a senior central bank official, Walter Dressler-Kane, who told a business group in Pittsburgh that "the risks are no longer balanced." Traders read the remark as a sign that the bank's policy committee was leaning toward a rate increase.
Bond prices fell sharply. The yield on the 30-year Treasury bond, which moves opposite its price, rose to 6.33 percent from 6.21 percent late Thursday, the highest since Sept. 29, 1997.
Among individual stocks, Tressel Pharmaceuticals plunged $9.81 to $38.25 after the company said on Friday that regulators had asked for more data on its arthritis drug, delaying approval until at least the middle of next year. Tressel had said in July that it expected approval "by the end of 1999."
Ardmore Retail Group rose $2.13 to $51.50 after reporting on Thursday that sales at stores open at least a year rose 7 percent in September from a year earlier.
Kestrel Airlines fell $1.44 to $22.06. The carrier warned on Wednesday that fuel costs would push its profit for the third quarter below last year's level, and said it would report results on Oct. 21.
For the week, the Harwick index lost 630.79 points, or 5.9 percent, its biggest weekly drop since the week that ended Oct. 9, 1998. The Calloway Composite is now down 3.2 percent since Jan. 1, after being up as much as 11 percent in mid-July.
Declining issues outnumbered advancers by about 3 to 1 on the Big Board, where volume came to 1.12 billion shares, up from 927 million on Thursday.
Overseas, markets also fell. The benchmark index in Tokyo lost 1.6 percent on Friday, and indexes in Frankfurt and London each closed more than 1 percent lower.
Analysts said the next test would come on Tuesday, when the government releases its consumer-price report for September, and on Oct. 28, when the first estimate of third-quarter economic growth is due.
"If Tuesday's number is hot too, we could see 9,500 on the Harwick before Halloween," Okonkwo-Barr said. "Then again, people said that last October, and the index finished the year up 16 percent."`,
    gold: [
      ['Friday', '1999-10-15'], ['last October', '1998-10'], ['Nov. 16', '1999-11-16'],
      ['Aug. 10', '1999-08-10'], ['Thursday', '1999-10-14'], ['Monday', '1999-10-11'],
      ['Columbus Day', '1999-10-11'], ['the end of June', '1999-06'], ['Oct. 6', '1999-10-06'],
      ['Wednesday', '1999-10-13'], ['September', '1999-09'], ['November 1990', '1990-11'],
      ['late 1998', '1998'], ['Friday', '1999-10-15'], ['Thursday night', '1999-10-14'],
      ['late Thursday', '1999-10-14'], ['Sept. 29, 1997', '1997-09-29'], ['Friday', '1999-10-15'],
      ['the middle of next year', '2000'], ['July', '1999-07'], ['the end of 1999', '1999'],
      ['Thursday', '1999-10-14'], ['September', '1999-09'], ['a year earlier', '1998'],
      ['Wednesday', '1999-10-13'], ['last year', '1998'], ['Oct. 21', '1999-10-21'],
      ['Oct. 9, 1998', '1998-10-09'], ['Jan. 1', '1999-01-01'], ['mid-July', '1999-07'],
      ['Thursday', '1999-10-14'], ['Friday', '1999-10-15'], ['Tuesday', '1999-10-19'],
      ['September', '1999-09'], ['Oct. 28', '1999-10-28'], ['Tuesday', '1999-10-19'],
      ['Halloween', '1999-10-31'], ['last October', '1998-10'], ['the year', '1998', 'gap'],
    ],
    floor: 0.97,
  });
});
test("NYT Washington story on a welder's whistle-blower suit from her 1991 firing to a second appeal argued yesterday", () => {
  check({
    published: '2000-03-07',
    text: `WASHINGTON -- For nine years, Dorothy Szalai-Prentiss has kept a folder of every court paper in her case against the shipbuilder that fired her. Yesterday it held 1,412 pages, and she carried it into the federal appeals courthouse in Warrenton Falls, Va., for what her lawyers hope will be the last time.
Mrs. Szalai-Prentiss, a welder at the Tidemark Marine yard in Port Callum, Md., was fired on Feb. 14, 1991, a Thursday, two days after she told federal safety inspectors that the company had falsified X-ray tests on hull seams. The company said then, and still says, that she was dismissed for missing work. She sued in August 1991.
Her case has since been before four judges, two juries and the Supreme Court, and it has outlasted two of her lawyers and the company's original owners, who sold Tidemark in 1996.
The first trial began on Oct. 5, 1993. Eleven days later, a jury awarded her $2.3 million, finding that the company had fired her in retaliation. But the following April the trial judge, Harlan W. Brandt, set the verdict aside, ruling that the inspectors she had spoken with were not covered by the whistle-blower statute.
The appeals court heard her challenge on Dec. 6, 1995, and ruled on June 2, 1997, a Monday, that Judge Brandt had read the law too narrowly. The company asked the Supreme Court to intervene; the justices declined on Jan. 12, 1998, without comment.
"I thought that was the end of it," Mrs. Szalai-Prentiss said on Sunday in an interview at her home. "That was in January 1998. It is now March 2000, and I am still waiting for a check."
A second jury heard the case last fall and on Nov. 19, 1999, awarded her $1.7 million, less than the first. Tidemark appealed again in January, arguing that the judge who presided over the retrial, Lorna Vickery, should have excluded testimony from a former inspector who had since died.
At yesterday's hearing, the three-judge panel seemed skeptical of the company's argument. "You have had since 1991 to find this witness's notes," Judge Emil Korsgaard told the company's lawyer, Bradford Lyle. "Why are we hearing about them in the year 2000?"
Mr. Lyle said on Friday that the company had found the notes only in December, in a warehouse that the new owners had leased since 1997.
The panel did not say when it would rule. Decisions from the court typically come within three to six months, which would put a ruling sometime between June and September. Her lawyer, Rachel Odum-Feist, said she would ask the court today to expedite its decision because of her client's health. Mrs. Szalai-Prentiss, who turned 60 last month, had heart surgery on Dec. 28.
The case has become a small landmark in employment law. Congress cited the 1997 ruling when it amended the whistle-blower statute in 1998, and at least 40 other courts have relied on it.
If the panel upholds the verdict, Tidemark could again ask the Supreme Court to take the case. Mr. Lyle would not say yesterday whether it would.
Mrs. Szalai-Prentiss said she would return to the courthouse tomorrow to pick up a transcript of Monday's argument. "I've read every one of them," she said. "I read the one from 1993 again over the weekend. I was younger then. So was the judge."`,
    gold: [
      ['Yesterday', '2000-03-06'], ['Feb. 14, 1991', '1991-02-14'], ['a Thursday', '1991-02-14'],
      ['August 1991', '1991-08'], ['1996', '1996'], ['Oct. 5, 1993', '1993-10-05'],
      ['Eleven days later', '1993-10-16'], ['the following April', '1994-04'], ['Dec. 6, 1995', '1995-12-06'],
      ['June 2, 1997', '1997-06-02'], ['a Monday', '1997-06-02'], ['Jan. 12, 1998', '1998-01-12'],
      ['Sunday', '2000-03-05'], ['January 1998', '1998-01'], ['March 2000', '2000-03'],
      ['Nov. 19, 1999', '1999-11-19'], ['January', '2000-01'], ['yesterday', '2000-03-06'],
      ['1991', '1991'], ['the year 2000', '2000'], ['Friday', '2000-03-03'],
      ['December', '1999-12'], ['1997', '1997'], ['June', '2000-06'],
      ['September', '2000-09'], ['today', '2000-03-07'], ['last month', '2000-02'],
      ['Dec. 28', '1999-12-28'], ['1997', '1997'], ['1998', '1998'],
      ['yesterday', '2000-03-06'], ['tomorrow', '2000-03-08'], ['Monday', '2000-03-06', 'gap'],
      ['1993', '1993'],
    ],
    floor: 0.97,
  });
});
test('AP domestic story on a third scrubbed countdown, with a launch slipping from Dec. 9 to Feb. 22, March 28, April 4 and Thursday', () => {
  check({
    published: '2000-04-12',
    text: `CAPE HALLORAN, Fla. (AP) -- For the third time in eight days, engineers at the Halloran Launch Complex stopped the countdown of a Corvid II rocket on Tuesday, this time 31 seconds before liftoff, when a sensor reported a pressure drop in a second-stage fuel line.
The launch, carrying a $210 million weather satellite for a consortium of 11 Latin American countries, is now set for Thursday at 6:14 a.m., the start of a 47-minute window. If that attempt fails, the next opportunity is Saturday, and after that not until April 22, because the range is booked for a military test.
"We'd rather be on the ground wishing we were in the air than in the air wishing we were on the ground," said the launch director, Wendell Amsterdam-Cruz. He said a team had worked through the night to replace the sensor. The countdown will resume at 9 p.m. Wednesday.
The Corvid II, built by Aldergrove Rocket Systems of Marlow, Ala., was originally supposed to fly on Dec. 9, 1999. That date slipped to Feb. 22 after a test of the rocket's first stage failed in Utah on Nov. 30, and then to March 28, and then to April 4, when the first countdown was halted because of high winds aloft.
A second attempt the next day was scrubbed when a fishing boat strayed into the restricted zone offshore. The range safety office said Wednesday that the boat's owner, a retired dentist from Palmetto Shoals, had been fined $5,000.
The satellite's owners have a lot riding on the schedule. Their current satellite, launched in May 1991, was designed to last seven years and is running low on fuel. Controllers said last month that it could fail "any day now," and the consortium has said it wants the replacement in orbit before the Atlantic hurricane season begins June 1.
Aldergrove has had a difficult year. In January, it lost a $90 million contract to launch communications satellites after a customer complained about delays, and its stock has fallen by half since Oct. 15. The company reported a loss of $44 million last year, after earning $12 million in 1998.
The company's chief executive, Marisol Fenwick-Tate, watched Tuesday's countdown from the control center and said afterward that she expected the rocket to fly "this week, no question." She said the company still planned four launches this year and six next year.
Weather forecasters gave a 70 percent chance of acceptable conditions for Thursday morning, dropping to 50 percent on Saturday as a cold front approaches.
The Corvid rocket has flown successfully nine times since its debut on Aug. 8, 1996. Its only failure came on its fourth flight, on March 3, 1998, when a faulty valve forced controllers to destroy it 40 seconds after liftoff. Investigators finished their report the following June, and the rocket returned to flight on Nov. 2 of that year.
"I've been to a lot of countdowns since 1996," said Fenwick-Tate. "April 4 was the first time the weather beat us. Tuesday was the first time a sensor did. Thursday, I'm hoping, is the first time nothing does."`,
    gold: [
      ['Tuesday', '2000-04-11'], ['Thursday', '2000-04-13'], ['Saturday', '2000-04-15'],
      ['April 22', '2000-04-22'], ['Wednesday', '2000-04-12'], ['Dec. 9, 1999', '1999-12-09'],
      ['Feb. 22', '2000-02-22'], ['Nov. 30', '1999-11-30'], ['March 28', '2000-03-28'],
      ['April 4', '2000-04-04'], ['the next day', '2000-04-05'], ['Wednesday', '2000-04-12'],
      ['May 1991', '1991-05'], ['last month', '2000-03'], ['June 1', '2000-06-01'],
      ['January', '2000-01'], ['Oct. 15', '1999-10-15'], ['last year', '1999'],
      ['1998', '1998'], ['Tuesday', '2000-04-11'], ['this year', '2000'],
      ['next year', '2001'], ['Thursday morning', '2000-04-13'], ['Saturday', '2000-04-15', 'gap'],
      ['Aug. 8, 1996', '1996-08-08'], ['March 3, 1998', '1998-03-03'], ['the following June', '1998-06'],
      ['Nov. 2', '1998-11-02'], ['that year', '1998'], ['1996', '1996'],
      ['April 4', '2000-04-04'], ['Tuesday', '2000-04-11'], ['Thursday', '2000-04-13', 'gap'],
    ],
    floor: 0.93,
  });
});
test("NYT sports recap of a fictional baseball team's season, from its April 3 opener to yesterday's clincher and the playoff schedule", () => {
  check({
    published: '1998-09-28',
    text: `ALDER BAY, Ore. -- When the Alder Bay Pilots lost their home opener on April 3, in front of 9,000 people and a great many empty seats, their new manager, Teodoro Vance, told reporters that the team was better than it looked. Nobody believed him. Vance had been hired last November after 22 years as a minor league coach, and the Pilots had finished last in three of the previous four seasons.
Yesterday, the Pilots beat the Riverside Stags, 6-2, before a sellout crowd of 41,220 to finish the regular season with 94 victories, the most in the franchise's 31-year history and enough to win the Western Division by two games.
"In April, I said we were better than we looked," Vance said after the game, spraying a bottle of sparkling cider at his bench coach. "I didn't say how much better."
The season turned slowly. The Pilots were 11 games under .500 on May 20, after a 14-inning loss at Granite Falls, and by Memorial Day they had fired their pitching coach and demoted their opening-day starter. On the Fourth of July they were in last place, 13 games behind Cascadia.
On Aug. 22, a Saturday, they still trailed Cascadia by eight and a half games. The next day, Vance benched his two highest-paid players, the outfielders Dwayne Okafor-Lisle and Rudy Penhallow, and started two rookies who had been called up from Class AAA the previous week. Beginning that Tuesday, the Pilots won 24 of their next 30 games.
They took over first place for good on Sept. 15, the night the rookie shortstop, Esteban Quill, hit two home runs in a 7-5 victory over Cascadia, and they clinched the division on Friday night with a 4-3 victory in 11 innings. Saturday's game, a 3-1 loss, meant nothing; Vance rested every regular.
Yesterday's game meant a little more. Okafor-Lisle, who has been the team's most valuable player in every season since 1994, drove in four runs, and the crowd gave him a standing ovation when he left the game in the eighth inning. "I sat for a week in August and thought about what kind of teammate I wanted to be," he said. "The answer was, the kind that sits if it helps."
The Pilots will open the division series at home on Wednesday against Cascadia, with Game 2 on Thursday. The series moves to Cascadia for Game 3 on Saturday and, if necessary, Game 4 on Sunday. A deciding Game 5 would be played here on Oct. 6.
The last time the Pilots reached the postseason was in 1987, when they lost the league championship series in seven games. Only three players from that team are still in the major leagues.
Attendance this year reached 2.1 million, up from 1.4 million last year, and the team's owner, Philippa Grayle, said yesterday that she would discuss a contract extension with Vance after the playoffs, "maybe in November." His current contract runs through 2000.
"He came here last November with a suitcase and a binder," Grayle said. "Today he got a cider shower. Next Sunday, if we win Game 4, he gets a parade."`,
    gold: [
      ['April 3', '1998-04-03'], ['last November', '1997-11'], ['Yesterday', '1998-09-27'],
      ['April', '1998-04'], ['May 20', '1998-05-20'], ['Memorial Day', '1998-05-25'],
      ['the Fourth of July', '1998-07-04'], ['Aug. 22', '1998-08-22'], ['a Saturday', '1998-08-22'],
      ['The next day', '1998-08-23'], ['that Tuesday', '1998-08-25', 'gap'], ['Sept. 15', '1998-09-15'],
      ['Friday night', '1998-09-25'], ['Saturday', '1998-09-26'], ['Yesterday', '1998-09-27'],
      ['1994', '1994'], ['August', '1998-08'], ['Wednesday', '1998-09-30'],
      ['Thursday', '1998-10-01'], ['Saturday', '1998-10-03', 'gap'], ['Sunday', '1998-10-04'],
      ['Oct. 6', '1998-10-06'], ['1987', '1987'], ['this year', '1998'],
      ['last year', '1997'], ['yesterday', '1998-09-27'], ['November', '1998-11'],
      ['2000', '2000'], ['last November', '1997-11'], ['Today', '1998-09-27', 'gap'],
      ['Next Sunday', '1998-10-04'],
    ],
    floor: 0.9,
  });
});
test('NYT obituary of an atmospheric chemist, born in 1911, from a Christmas Day 1920 snowflake to a June 26 memorial', () => {
  check({
    published: '1999-06-10',
    text: `Dr. Ingrid Solvang-Marsh, a physical chemist whose studies of ice crystals helped explain how clouds make rain, died on Tuesday at a nursing home in Hadley Cove, Mass. She was 88.
Her death was announced yesterday by the Halvorsen Institute of Atmospheric Science, where she worked from 1937 until her retirement in 1981.
Dr. Solvang-Marsh was born on March 3, 1911, in Brekke Falls, Minn., the daughter of Norwegian immigrants who ran a dairy farm. She liked to say that her career began on a particular afternoon. "I started looking at snowflakes on Christmas Day, 1920, with my father's reading glass," she told an interviewer in 1994, "and I never really stopped."
She graduated from Northfield State College in 1932 and earned a doctorate in chemistry there in 1936, one of two women in her class. She joined the Halvorsen Institute the following year as a laboratory assistant, paid less than the men who washed its glassware.
In a paper published on Jan. 17, 1949, she showed that certain dust particles could trigger freezing in supercooled cloud droplets at temperatures far warmer than had been thought possible. The paper drew little notice until the following month, when a cloud-seeding experiment over the Sangre Plateau produced a snowstorm that closed two highways and made the front page of several newspapers.
By 1953 she was running her own laboratory, and by the end of that year she had a staff of nine. In October 1962 she testified before a Senate subcommittee on weather modification, warning that seeding clouds over one state could steal rain from the next. She testified again on May 4, 1966, a Wednesday, and the next day the subcommittee's chairman introduced a bill requiring federal permits for cloud seeding. It never came to a vote.
She won the Arden Medal for atmospheric science in 1971, the first woman to receive it. In 1975 she married Walter Marsh, a retired surveyor, who died in 1990.
Colleagues remembered her as exacting and funny. "She would read your draft on a Friday and hand it back on Monday covered in red ink, with one sentence at the bottom saying it was the best thing you had ever written," said Dr. Paul Ekwueme-Strand, the institute's director.
She retired in 1981 but kept an office at the institute until last year, and as recently as March she was reviewing papers for a journal. Her 88th birthday, on March 3, was celebrated with a cake decorated with a sugar snowflake, which she examined with a hand lens before allowing anyone to cut it.
She is survived by a stepdaughter, Annelise Marsh of Tacoma, and two step-grandsons. A memorial service will be held on June 26 at the institute's chapel.`,
    gold: [
      ['Tuesday', '1999-06-08'], ['yesterday', '1999-06-09'], ['1937', '1937'],
      ['1981', '1981'], ['March 3, 1911', '1911-03-03'], ['Christmas Day, 1920', '1920-12-25'],
      ['1994', '1994'], ['1932', '1932'], ['1936', '1936'],
      ['the following year', '1937'], ['Jan. 17, 1949', '1949-01-17'], ['the following month', '1949-02'],
      ['1953', '1953'], ['the end of that year', '1953'], ['October 1962', '1962-10'],
      ['May 4, 1966', '1966-05-04'], ['a Wednesday', '1966-05-04'], ['the next day', '1966-05-05'],
      ['1971', '1971'], ['1975', '1975'], ['1990', '1990'],
      ['1981', '1981'], ['last year', '1998'], ['March', '1999-03', 'gap'],
      ['March 3', '1999-03-03'], ['June 26', '1999-06-26'],
    ],
    floor: 0.96,
  });
});
test('AP Worldstream story on a third round of talks over a breakaway region, from a December cease-fire to a Feb. 28 round', () => {
  check({
    published: '2000-02-15',
    text: `SVETIGRAD, Dravenia (AP) -- Negotiators for Dravenia and its breakaway region of Kolnar ended a third round of talks on Tuesday without agreement on the region's status, but agreed to meet again on Feb. 28, the mediator said.
The round, held at a government villa on Lake Orsava, began Monday. Tuesday's session ran until shortly before midnight.
"We have made progress on prisoners and on the roads, and no progress at all on the map," said the mediator, Aksel Brandvold, a retired diplomat appointed by the regional security organization last year.
The talks began on Jan. 10, three weeks after a cease-fire took effect on Dec. 20. The cease-fire ended fighting that broke out in March 1998 and killed more than 2,000 people. It held through New Year's Day and through Orthodox Christmas on Jan. 7, the first such holidays without fighting since 1997.
The first round lasted four days and produced an agreement to exchange prisoners, which took place on Jan. 21, a Friday, at a bridge over the Vel River. The second round began Jan. 31 and collapsed two days later, when Kolnar's delegation walked out over the shelling of a village near the cease-fire line.
Brandvold said on Sunday that he had spent the previous day in Kolnar's main town, Drevsk, persuading its leader, Bogdan Ilic-Hara, to send a delegation back to the lake.
Kolnar declared independence on Sept. 9, 1992, but no country has recognized it. Dravenia's president, Katarina Velsh, has said she will accept nothing beyond the autonomy the region enjoyed under the 1974 constitution, which her predecessor abolished in 1991.
"The first of March is not a deadline for us," Velsh's spokesman, Dusan Marek, said Tuesday. "We have waited since 1991. We can wait."
But the negotiators do face a deadline of sorts. The mandate of the 400 unarmed international monitors patrolling the cease-fire line expires March 31, and the council that sent them will vote on an extension in the middle of March. Diplomats said the vote was likely on March 15.
Brandvold said a fourth round could be held in early April if the mandate was extended. He said he would travel to both capitals later this month.
Last year, a similar effort by a group of neighboring countries foundered after six weeks, when both sides refused to sit in the same room. This time, the delegations have eaten together every night, Brandvold said.
In Drevsk, residents said on Tuesday that the roads to the south had been reopened on Feb. 3 for the first time since the fighting began, and that buses had been running daily since Feb. 7. "On Monday my sister came to visit from Svetigrad," said Milena Horvat, 61, who sells vegetables at the town's market. "The last time she came was in 1998, before the war. We cried the whole day."`,
    gold: [
      ['Tuesday', '2000-02-15'], ['Feb. 28', '2000-02-28'], ['Monday', '2000-02-14'],
      ['Tuesday', '2000-02-15'], ['last year', '1999'], ['Jan. 10', '2000-01-10'],
      ['Dec. 20', '1999-12-20'], ['March 1998', '1998-03'], ["New Year's Day", '2000-01-01'],
      ['Orthodox Christmas', '2000-01-07', 'gap'], ['Jan. 7', '2000-01-07'], ['1997', '1997'],
      ['Jan. 21', '2000-01-21'], ['a Friday', '2000-01-21'], ['Jan. 31', '2000-01-31'],
      ['two days later', '2000-02-02'], ['Sunday', '2000-02-13'], ['the previous day', '2000-02-12'],
      ['Sept. 9, 1992', '1992-09-09'], ['1974', '1974'], ['1991', '1991'],
      ['The first of March', '2000-03-01'], ['Tuesday', '2000-02-15'], ['1991', '1991'],
      ['March 31', '2000-03-31'], ['the middle of March', '2000-03'], ['March 15', '2000-03-15'],
      ['early April', '2000-04'], ['later this month', '2000-02'], ['Last year', '1999'],
      ['Tuesday', '2000-02-15'], ['Feb. 3', '2000-02-03'], ['Feb. 7', '2000-02-07'],
      ['Monday', '2000-02-14'], ['1998', '1998'],
    ],
    floor: 0.97,
  });
});
test('Xinhua report on provincial grain prices dated August 2, with "today", "the same month last year", European-order dates and "by 2005"', () => {
  check({
    published: '2000-08-03',
    text: `YUNZHOU, August 2 (Xinhua) -- Grain purchase prices in east China's Yunlan Province rose for the third consecutive month in July, ending a slide that began in late 1997, according to figures released here today by the provincial price bureau.
The average purchase price of wheat in July was 1.12 yuan per kilogram, up 4.6 percent from June and 2.8 percent from the same month last year, the bureau said. Rice prices rose 3.9 percent over July 1999, while the price of corn, which had fallen for 21 consecutive months, stabilized.
Chen Weiliang, deputy director of the bureau, told a press conference on Tuesday that the rise reflected both a smaller wheat crop and the province's decision to raise the protective purchase price for wheat on 1 June.
"Farmers were selling at a loss for most of last year," Chen said. "Since June, they are selling at a small profit. That is a big change for a family with two mu of land."
The summer grain purchase, which started on June 20, will end on 31 August, and the autumn purchase will begin on October 8, after the National Day holiday. More than 3,000 farmers sold wheat at the Yunzhou municipal grain depot yesterday, the depot's manager said, compared with about 1,800 a day in late June.
Last year's bumper harvest of 28.6 million tons left the province's granaries overflowing. Grain in storage stood at a record 19 million tons at the end of last year, forcing local governments to rent warehouses from factories and schools, and the provincial government spent 1.4 billion yuan in 1999 on storage subsidies alone.
The province's total grain output had already reached 27.3 million tons in 1998, and has exceeded 25 million tons in every year since 1995.
Under a plan approved by the provincial people's congress in March, Yunlan will cut its wheat area by 15 percent by 2005 and expand the area under vegetables, fruit, tea and medicinal herbs. Vice-Governor Liu Jianhong said in a speech on July 28 that the province would spend 600 million yuan this year and next year on irrigation and cold-storage facilities for the new crops.
Liu said the province had signed agreements on 12 May with two food-processing companies from Hong Kong and Singapore, which will open plants in Yunzhou by the end of 2001.
Farmers in the province's northern counties began planting autumn corn and soybeans early this month, the provincial agriculture department said. It forecast that the autumn harvest would be 6 percent smaller than last year's because of a drought in May and June.
The State Grain Reserve Administration will hold a grain auction in Yunzhou on August 18, the first to be held outside the national capital since the auctions began in 1998, the bureau said.
Per capita cash income of the province's farmers reached 2,210 yuan in 1999, up 3.8 percent from the previous year, according to the provincial statistics bureau.`,
    gold: [
      ['August 2', '2000-08-02'], ['July', '2000-07'], ['late 1997', '1997'],
      ['today', '2000-08-02'], ['July', '2000-07'], ['June', '2000-06'],
      ['the same month last year', '1999-07', 'gap'], ['July 1999', '1999-07'], ['Tuesday', '2000-08-01'],
      ['1 June', '2000-06-01'], ['last year', '1999'], ['June', '2000-06'],
      ['June 20', '2000-06-20'], ['31 August', '2000-08-31'], ['October 8', '2000-10-08'],
      ['National Day', '2000-10-01', 'gap'], ['yesterday', '2000-08-01'], ['late June', '2000-06'],
      ['Last year', '1999'], ['the end of last year', '1999'], ['1999', '1999'],
      ['1998', '1998'], ['1995', '1995'], ['March', '2000-03'],
      ['2005', '2005'], ['July 28', '2000-07-28'], ['this year', '2000'],
      ['next year', '2001'], ['12 May', '2000-05-12'], ['the end of 2001', '2001'],
      ['early this month', '2000-08'], ['last year', '1999'], ['May', '2000-05'],
      ['June', '2000-06'], ['August 18', '2000-08-18'], ['1998', '1998'],
      ['1999', '1999'], ['the previous year', '1998'],
    ],
    floor: 0.94,
  });
});
test('AP domestic wrap of a fictional hurricane season on its last day, from June 1 through Thanksgiving to next year', () => {
  check({
    published: '1999-11-30',
    text: `PORT SABAL, Fla. (AP) -- The Atlantic hurricane season ends today, and forecasters at the Gulf Coast Storm Center here say they will not miss it.
Since the season began June 1, fourteen named storms have formed, eight of them hurricanes, matching the count for the 1995 season. Damage from this year's storms is estimated at $6.2 billion, the most since 1992.
The season started late. The first storm, Tropical Storm Amadeo, did not form until July 2, a month later than usual, and it fizzled two days later over open water.
Then came Hurricane Odalys, which struck the Carolina coast early on Sept. 14 with winds of 115 mph. It stalled offshore, and the rain did not stop until the 17th. The next morning, rivers in 30 counties were above flood stage.
Hurricane Lorcan, a Category 4 storm, brushed the Sabal Islands on Oct. 3 and weakened the same day over cooler water. Residents of the islands were allowed to return on Oct. 10. Some are still living in trailers, and county officials say the last of them should be in permanent housing by Memorial Day.
Three more storms formed in October, and the last of the season, Tropical Storm Yvette, dissipated over the central Atlantic on Nov. 19.
"People forget that the season doesn't really care about the calendar," the center's director, Lucinda Ferrante-Oyelaran, said on Friday, the day after Thanksgiving. "We've had storms in December. We had one on Christmas Eve in 1954. But I'm not going to complain about a quiet Thanksgiving."
Insurers said Monday that they had paid 212,000 claims from Odalys alone, more than for any storm since 1992, and that they expected to pay 40,000 more by the end of January.
Forecasters at Northridge State University, who predicted in early April and again on Aug. 6 that the season would be busier than normal, will issue their first forecast for next year on Dec. 3. They said in August that they expected the 2000 season to be about as active as this one.
The record for named storms in a single season, 21, was set in 1933.
The center's staff will spend the off-season rewriting its evacuation maps for the coastal counties, a job that begins tomorrow and is supposed to be finished by May 15, two weeks before the 2000 season begins on June 1.
"We'll be ready on June 1," Ferrante-Oyelaran said. "We always are. It's the people on the coast I worry about. Half of them moved here after 1995, and most of them have never seen a real one."`,
    gold: [
      ['today', '1999-11-30'], ['June 1', '1999-06-01'], ['1995', '1995'],
      ['this year', '1999'], ['1992', '1992'], ['July 2', '1999-07-02'],
      ['two days later', '1999-07-04', 'gap'], ['Sept. 14', '1999-09-14'], ['the 17th', '1999-09-17'],
      ['The next morning', '1999-09-18'], ['Oct. 3', '1999-10-03'], ['the same day', '1999-10-03'],
      ['Oct. 10', '1999-10-10'], ['Memorial Day', '2000-05-29'], ['October', '1999-10'],
      ['Nov. 19', '1999-11-19'], ['Friday', '1999-11-26'], ['the day after Thanksgiving', '1999-11-26', 'gap'],
      ['Christmas Eve', '1954-12-24'], ['1954', '1954'], ['Thanksgiving', '1999-11-25'],
      ['Monday', '1999-11-29'], ['1992', '1992'], ['the end of January', '2000-01'],
      ['early April', '1999-04'], ['Aug. 6', '1999-08-06'], ['next year', '2000'],
      ['Dec. 3', '1999-12-03'], ['August', '1999-08'], ['2000', '2000'],
      ['1933', '1933'], ['tomorrow', '1999-12-01'], ['May 15', '2000-05-15'],
      ['2000', '2000'], ['June 1', '2000-06-01'], ['June 1', '2000-06-01'],
      ['1995', '1995'],
    ],
    floor: 0.94,
  });
});
test("NYT business story tracing a food merger from a Jan. 27 dinner to yesterday's approval and a Jan. 18 vote", () => {
  check({
    published: '1999-12-14',
    text: `Federal antitrust regulators cleared the way yesterday for Brackwell Foods' $7.1 billion acquisition of Orchard Vale Inc., the juice and frozen-vegetable company, on the condition that Brackwell sell three juice plants by March 31.
The approval came 10 weeks after the companies announced the deal on Oct. 4, and nearly a year after their chief executives first discussed it over dinner at a trade conference in Palm Harbor on Jan. 27.
"Jan. 27 was the day it started," Brackwell's chairman, Harold Pennick-Ames, said in an interview yesterday. "We had the fish. By dessert we had a rough idea of the price. It took us eight months to agree on the rest."
According to a proxy statement filed with securities regulators on Nov. 12, the talks stalled over price, resumed in late August and accelerated after Sept. 17, when Orchard Vale's largest shareholder, the family trust of its founder, agreed to support a sale. The boards of both companies met on Sept. 30. Brackwell's board approved the deal within hours, and Orchard Vale's board approved it the next morning, a Friday.
The deal was valued at $8.4 billion when it was announced, but Brackwell's shares have fallen 16 percent since then, closing on Friday at $41.25, and the value of the stock Orchard Vale's holders will receive has fallen with them.
Shareholders of both companies will vote on Jan. 18, at separate meetings in Akron and Modesto. Brackwell expects the deal to close by the end of February.
Mr. Pennick-Ames, 63, will run the combined company until the end of 2001, when he plans to retire. Orchard Vale's chief executive, Marguerite Oduya, will become vice chairman and leave on June 30, 2000.
Orchard Vale earned $212 million in the fiscal year that ended on Aug. 31, up from $187 million a year earlier, on sales of $3.3 billion. Brackwell, which was founded in 1921 and made its first acquisition in 1986, has bought 11 companies since 1994, but none nearly as large.
Earlier this month, Brackwell said it would close a cereal plant in Lorain, Ohio, in March, eliminating 340 jobs. Union officials said on Monday that they expected more closings once the merger was complete.
The combination would be the second-largest in the food industry this year, after a $9.3 billion deal between two dairy companies that was agreed to in June and completed on Nov. 1.
Analysts said yesterday's approval removed the last big obstacle. "The regulators were the only question," said Ruth Azarian-Bell, who follows food companies for Castlegate Securities. "The vote on the 18th is a formality."
Some investors are less sure. Cormorant Capital, which owns 4 percent of Orchard Vale, said on Thursday that it would vote against the deal unless Brackwell raised its offer, and it has hired a proxy solicitor. Brackwell said the same day that it would not raise its price.
"We said in October that this was a full price," Mr. Pennick-Ames said. "It's a full price in December. It will be a full price on the 18th."`,
    gold: [
      ['yesterday', '1999-12-13'], ['March 31', '2000-03-31'], ['Oct. 4', '1999-10-04'],
      ['Jan. 27', '1999-01-27'], ['Jan. 27', '1999-01-27'], ['yesterday', '1999-12-13'],
      ['Nov. 12', '1999-11-12'], ['late August', '1999-08'], ['Sept. 17', '1999-09-17'],
      ['Sept. 30', '1999-09-30'], ['the next morning', '1999-10-01'], ['a Friday', '1999-10-01'],
      ['Friday', '1999-12-10'], ['Jan. 18', '2000-01-18'], ['the end of February', '2000-02'],
      ['the end of 2001', '2001'], ['June 30, 2000', '2000-06-30'], ['Aug. 31', '1999-08-31'],
      ['a year earlier', '1998'], ['1921', '1921'], ['1986', '1986'],
      ['1994', '1994'], ['Earlier this month', '1999-12'], ['March', '2000-03'],
      ['Monday', '1999-12-13'], ['this year', '1999'], ['June', '1999-06'],
      ['Nov. 1', '1999-11-01'], ['yesterday', '1999-12-13'], ['the 18th', '2000-01-18'],
      ['Thursday', '1999-12-09'], ['the same day', '1999-12-09'], ['October', '1999-10'],
      ['December', '1999-12'], ['the 18th', '2000-01-18'],
    ],
    floor: 1,
  });
});
test('AP domestic story on a state Senate recount in its fourth day, with Election Day, last Thursday and the Tuesday before Thanksgiving', () => {
  check({
    published: '1998-11-19',
    text: `LAUREL SPRINGS, Ky. (AP) -- The recount in the race for the 14th District state Senate seat entered its fourth day today with the Democrat, Franklin Osei-Whitaker, leading by nine votes, a reversal of the 14-vote margin that had made his Republican opponent the winner two weeks ago.
The recount began Monday, after the Coventry County board of elections certified results on Nov. 10 showing Margaret Tillotson-Reyes, the Republican, winning by 14 votes out of more than 31,000 cast on Election Day, Nov. 3.
On election night, Osei-Whitaker had led by 212 votes. But a canvass last Thursday found that two precincts had reported their totals twice, and the lead switched.
On Tuesday, lawyers for Tillotson-Reyes asked the circuit court to stop the recount, arguing that the board had no authority to order one without a petition. Judge Howard Lanskey refused the same day.
Wednesday's count of absentee ballots from the county's western precincts turned the race around again. Of 611 ballots examined, election workers rejected 37, most of them for missing signatures, and Osei-Whitaker gained 23 votes.
The board's chairman, Eldon Fairweather, said yesterday that he expected to finish counting by Friday but that the board might need until the Tuesday before Thanksgiving to rule on about 90 challenged ballots.
"We are not going to be here on Thanksgiving, I can promise you that," he said. "My wife has told me so."
Under state law, the loser has 10 days after the board certifies the recount to contest the result in court, which could push the dispute into December. The new Senate convenes Jan. 5, and the 14th District seat could determine which party controls it; Republicans now hold 19 of the 38 seats.
The seat has been held since 1982 by Senator Amos Pruitt, a Democrat, who did not run this year. In 1994, he won by 1,100 votes. The last recount of a legislative race in the state, in 1990, took three weeks and changed the result by four votes.
The two candidates appeared together on Sunday at a church supper in Laurel Springs and shook hands for photographers. Neither would predict the outcome.
"I'd rather be ahead by nine than behind by nine," Osei-Whitaker said today. "But I was ahead by 212 on Nov. 3, and behind by 14 on Nov. 12, so I'm not measuring the drapes."
Tillotson-Reyes said she would decide after the board's final count whether to go to court. A hearing on her first lawsuit, which is still pending, is scheduled for Dec. 2.
"If the count is done tomorrow, we'll know where we stand by Monday," she said.`,
    gold: [
      ['today', '1998-11-19'], ['Monday', '1998-11-16'], ['Nov. 10', '1998-11-10'],
      ['Election Day', '1998-11-03'], ['Nov. 3', '1998-11-03'], ['last Thursday', '1998-11-12'],
      ['Tuesday', '1998-11-17'], ['the same day', '1998-11-17'], ['Wednesday', '1998-11-18'],
      ['yesterday', '1998-11-18'], ['Friday', '1998-11-20'], ['the Tuesday before Thanksgiving', '1998-11-24', 'gap'],
      ['Thanksgiving', '1998-11-26'], ['December', '1998-12'], ['Jan. 5', '1999-01-05'],
      ['1982', '1982'], ['this year', '1998'], ['1994', '1994'],
      ['1990', '1990'], ['Sunday', '1998-11-15'], ['today', '1998-11-19'],
      ['Nov. 3', '1998-11-03'], ['Nov. 12', '1998-11-12'], ['Dec. 2', '1998-12-02'],
      ['tomorrow', '1998-11-20'], ['Monday', '1998-11-23'],
    ],
    floor: 0.96,
  });
});
test('AP domestic story on a school-calendar fight: classes starting next Monday, three weeks before Labor Day', () => {
  check({
    published: '1999-08-10',
    text: `CEDAR HOLLOW, Tenn. (AP) -- More than 400 parents packed a school board meeting Monday night to protest a calendar that will start classes in the Marion Ridge district next Monday, three weeks before Labor Day.
The board voted 5-4 on July 27 to move the first day of school up from Aug. 30, saying the earlier start would let students take semester exams before winter break instead of after it. Last year, classes began Aug. 24, and in 1997 they began Aug. 28.
"The 16th of August is still summer," said Carla Muenster-Ruiz, who has three children in district schools and organized a petition against the change. "It's 97 degrees. The buses don't have air conditioning. My kids will be sitting in a trailer classroom sweating through algebra."
The new calendar ends the school year on May 19, ten days before Memorial Day. Winter break will run from Dec. 20 to Jan. 3.
Superintendent Leonard Achebe-Holm said on Friday that the district had surveyed teachers in April and that 71 percent favored the earlier start. He said the board would not revisit the decision. "The calendar was adopted in public, after two hearings, on July 27," he said. "Families have had two weeks to plan."
Parents said two weeks was not enough. Last Tuesday, a group of them delivered a petition with 2,300 signatures to the board's office, asking for a special meeting. The board agreed to hear them on Monday, and more than 60 people signed up to speak.
A second hearing is scheduled for Thursday, and teachers are due back in their classrooms that morning. Board member Theresa Kowalczyk, who voted against the calendar, said she would move on Thursday to push the first day back to Aug. 23, a week later.
The district has fought over its calendar before. It adopted a year-round schedule in 1995 and dropped it two years later after parents complained that siblings in different schools had different vacations.
State law has required 180 days of instruction since 1993. A bill that would bar any district in the state from starting classes before the last Monday in August was introduced in February but never got out of committee. Its sponsor, state Rep. Lamar Bixby-Ng, said yesterday that he would introduce it again when the legislature convenes in January.
Four of the nine board seats are on the ballot in November, and at least two candidates have already said they will run against the early start.
"They can move the first day of school," Muenster-Ruiz said after Monday's meeting. "We can move the board."`,
    gold: [
      ['Monday night', '1999-08-09'], ['next Monday', '1999-08-16'], ['Labor Day', '1999-09-06'],
      ['July 27', '1999-07-27'], ['Aug. 30', '1999-08-30'], ['Last year', '1998'],
      ['Aug. 24', '1998-08-24'], ['1997', '1997'], ['Aug. 28', '1997-08-28'],
      ['The 16th of August', '1999-08-16'], ['May 19', '2000-05-19'], ['Memorial Day', '2000-05-29', 'gap'],
      ['Dec. 20', '1999-12-20'], ['Jan. 3', '2000-01-03'], ['Friday', '1999-08-06'],
      ['April', '1999-04'], ['July 27', '1999-07-27'], ['Last Tuesday', '1999-08-03'],
      ['Monday', '1999-08-09'], ['Thursday', '1999-08-12'], ['Thursday', '1999-08-12'],
      ['Aug. 23', '1999-08-23'], ['1995', '1995'], ['two years later', '1997'],
      ['1993', '1993'], ['February', '1999-02'], ['yesterday', '1999-08-09'],
      ['January', '2000-01'], ['November', '1999-11'], ['Monday', '1999-08-09'],
    ],
    floor: 0.96,
  });
});
test('Xinhua story on a bronze exhibition opening on its May 17 dateline and running until 31 October, with International Museum Day and National Day', () => {
  check({
    published: '2000-05-18',
    text: `HEXIAN, May 17 (Xinhua) -- An exhibition of 240 bronze vessels, bells and weapons unearthed from a Western Zhou dynasty tomb opened today at the Hexian Provincial Museum and will run until 31 October, museum officials said.
The tomb was discovered by farmers digging an irrigation channel in Lishui Village on March 8, 1997, and was excavated by a team of 40 archaeologists over the following two years. Its contents were first shown to the public at the Jinhe Municipal Museum from March to May last year, when they drew more than 180,000 visitors.
Curator Zhang Meiling told reporters on Monday that the Hexian exhibition adds 65 pieces that had not been restored in time for the Jinhe show, including a set of nine bells that were played in public today for the first time in nearly 3,000 years.
Admission will be free on Thursday, International Museum Day, and during the National Day holiday, which begins on October 1. The museum expects more than 300,000 visitors before the exhibition closes.
The Hexian Provincial Museum, founded in 1958, reopened on 1 January 1999 after a three-year renovation financed by the provincial government and a loan from a foreign development bank. It received 1.6 million visitors last year, and 140,000 during the Spring Festival holiday in February alone.
Zhang said the museum held 14 exhibitions last year and plans 18 this year, including a show of Song dynasty ceramics that will open on September 12.
After it closes here, the bronze exhibition will travel to museums in three other provinces in early 2001, and to Europe in 2002 under an agreement signed in Hexian on 3 April. A catalogue in Chinese and English will be published in June.
The excavation's leader, Professor Wang Guodong of Hexian University, said at today's opening ceremony that the tomb was the most important discovery in the province since 1976, when the tomb of a Warring States period official was found near the provincial capital.
"When the farmers called us on March 8, they said they had found some old pots," he said. "We drove out the next morning. By the end of that month we knew it was a nobleman's tomb."
Provincial officials said on Tuesday that entrance tickets for the first week had already sold out. The museum will extend its opening hours until 8 p.m. on Saturdays and Sundays from May 20.`,
    gold: [
      ['May 17', '2000-05-17'], ['today', '2000-05-17'], ['31 October', '2000-10-31'],
      ['March 8, 1997', '1997-03-08'], ['March', '1999-03'], ['May last year', '1999-05'],
      ['Monday', '2000-05-15'], ['today', '2000-05-17'], ['Thursday', '2000-05-18'],
      ['International Museum Day', '2000-05-18', 'gap'], ['October 1', '2000-10-01'], ['1958', '1958'],
      ['1 January 1999', '1999-01-01'], ['last year', '1999'], ['February', '1999-02'],
      ['last year', '1999'], ['this year', '2000'], ['September 12', '2000-09-12'],
      ['early 2001', '2001'], ['2002', '2002'], ['3 April', '2000-04-03'],
      ['June', '2000-06'], ['today', '2000-05-17'], ['1976', '1976'],
      ['March 8', '1997-03-08'], ['the next morning', '1997-03-09'], ['the end of that month', '1997-03'],
      ['Tuesday', '2000-05-16'], ['May 20', '2000-05-20'],
    ],
    floor: 0.96,
  });
});
test('one-sentence probes: holidays, present-tense schedules, anchored chains, anaphoric ordinals, speaker-time today', () => {
  const probes: [string, string, number, [string, string, 'gap'?][]][] = [
  ['1999-10-16', 'Trading was thin on Monday because the bond market was closed for Columbus Day.', 1, [['Monday', '1999-10-11'], ['Columbus Day', '1999-10-11']]],
  ['1999-10-16', 'People said the same thing last October, and the index finished the year up 16 percent.', 0.5, [['last October', '1998-10'], ['the year', '1998', 'gap']]],
  ['2000-03-07', "She will pick up a transcript of Monday's argument tomorrow.", 0.5, [['Monday', '2000-03-06', 'gap'], ['tomorrow', '2000-03-08']]],
  ['2000-04-12', 'Forecasters gave a 50 percent chance of good weather on Saturday as a cold front approaches.', 0, [['Saturday', '2000-04-15', 'gap']]],
  ['2000-04-12', 'If that attempt fails, the next opportunity is Saturday.', 1, [['Saturday', '2000-04-15']]],
  ['2000-04-12', "\"Thursday, I'm hoping, is the day nothing goes wrong,\" she said.", 0, [['Thursday', '2000-04-13', 'gap']]],
  ['1998-09-28', 'On Aug. 22 they trailed by eight games; beginning that Tuesday, they won 24 of 30.', 0.5, [['Aug. 22', '1998-08-22'], ['that Tuesday', '1998-08-25', 'gap']]],
  ['1998-09-28', 'The series moves to Cascadia for Game 3 on Saturday.', 0, [['Saturday', '1998-10-03', 'gap']]],
  ['1998-09-28', 'Game 4, if necessary, is on Sunday.', 1, [['Sunday', '1998-10-04']]],
  ['1998-09-28', 'The owner said yesterday that she would discuss an extension after the playoffs, maybe in November.', 1, [['yesterday', '1998-09-27'], ['November', '1998-11']]],
  ['1998-09-28', 'The owner said yesterday: "Today he got a cider shower."', 0.5, [['yesterday', '1998-09-27'], ['Today', '1998-09-27', 'gap']]],
  ['1998-09-28', 'They were in last place on the Fourth of July.', 1, [['the Fourth of July', '1998-07-04']]],
  ['1999-06-10', 'She retired in 1981, and as recently as March she was reviewing papers.', 0.5, [['1981', '1981'], ['March', '1999-03', 'gap']]],
  ['1999-06-10', 'She earned her doctorate in 1936 and joined the institute the following year.', 1, [['1936', '1936'], ['the following year', '1937']]],
  ['2000-02-15', 'The truce held through Orthodox Christmas on Jan. 7.', 0.5, [['Orthodox Christmas', '2000-01-07', 'gap'], ['Jan. 7', '2000-01-07']]],
  ['2000-02-15', 'The mediator flew in on Sunday; the previous day he had met the rebel leader.', 1, [['Sunday', '2000-02-13'], ['the previous day', '2000-02-12']]],
  ['2000-02-15', '"The first of March is not a deadline for us," the spokesman said.', 1, [['The first of March', '2000-03-01']]],
  ['2000-08-03', 'Wheat prices in July were 2.8 percent higher than in the same month last year.', 0.5, [['July', '2000-07'], ['the same month last year', '1999-07', 'gap']]],
  ['2000-08-03', 'Output in July rose 3 percent over the same month of 1999.', 0.5, [['July', '2000-07'], ['the same month of 1999', '1999-07', 'gap']]],
  ['2000-08-03', 'Tourist sites expect record crowds on National Day.', 0, [['National Day', '2000-10-01', 'gap']]],
  ['2000-08-03', "The autumn harvest will be smaller than last year's because of a drought in May and June.", 1, [['last year', '1999'], ['May', '2000-05'], ['June', '2000-06']]],
  ['2000-08-03', 'YUNZHOU, August 2 (Xinhua) -- Farmers sold 3,000 tons of wheat at the depot yesterday.', 1, [['August 2', '2000-08-02'], ['yesterday', '2000-08-01']]],
  ['2000-08-03', 'The province will cut its wheat area by 15 percent by 2005.', 1, [['2005', '2005']]],
  ['1999-11-30', 'The first storm of the season did not form until July 2.', 1, [['July 2', '1999-07-02']]],
  ['1999-11-30', 'The storm formed on July 2 and fizzled two days later.', 1, [['July 2', '1999-07-02'], ['two days later', '1999-07-04']]],
  ['1999-11-30', 'The director spoke on Friday, the day after Thanksgiving.', 0.5, [['Friday', '1999-11-26'], ['the day after Thanksgiving', '1999-11-26', 'gap']]],
  ['1999-11-30', 'A storm struck the coast on Christmas Eve in 1954.', 1, [['Christmas Eve', '1954-12-24'], ['1954', '1954']]],
  ['1999-11-30', 'The hurricane struck on Sept. 14, and the rain did not stop until the 17th.', 1, [['Sept. 14', '1999-09-14'], ['the 17th', '1999-09-17']]],
  ['1999-11-30', 'The last families should be in permanent homes by Memorial Day.', 1, [['Memorial Day', '2000-05-29']]],
  ['1999-12-14', 'The boards met on Sept. 30 and approved the deal the next morning, a Friday.', 1, [['Sept. 30', '1999-09-30'], ['the next morning', '1999-10-01'], ['a Friday', '1999-10-01']]],
  ['1999-12-14', 'Shareholders vote on Jan. 18, and analysts call the vote on the 18th a formality.', 1, [['Jan. 18', '2000-01-18'], ['the 18th', '2000-01-18']]],
  ['1999-12-14', 'Shareholders will vote on Jan. 18. The company closed a plant in March. "The vote on the 18th is a formality," an analyst said.', 1, [['Jan. 18', '2000-01-18'], ['March', '1999-03'], ['the 18th', '2000-01-18']]],
  ['1999-12-14', 'Profits were weak late last year.', 1, [['late last year', '1998']]],
  ['1999-12-14', 'Sales fell earlier this month.', 1, [['earlier this month', '1999-12']]],
  ['1999-12-14', 'The new rules take effect on the 1st.', 1, [['the 1st', '2000-01-01']]],
  ['1999-12-14', 'The chairman will run the company until the end of 2001.', 1, [['the end of 2001', '2001']]],
  ['1998-11-19', 'The board may need until the Tuesday before Thanksgiving to finish.', 0, [['the Tuesday before Thanksgiving', '1998-11-24', 'gap']]],
  ['1998-11-19', 'A canvass last Thursday found the error.', 1, [['last Thursday', '1998-11-12']]],
  ['1999-08-10', 'Last year, classes began Aug. 24.', 1, [['Last year', '1998'], ['Aug. 24', '1998-08-24']]],
  ['1999-08-10', 'In 1997 classes began Aug. 28.', 1, [['1997', '1997'], ['Aug. 28', '1997-08-28']]],
  ['1999-08-10', 'The new calendar ends the school year on May 19, ten days before Memorial Day.', 0.5, [['May 19', '2000-05-19'], ['Memorial Day', '2000-05-29', 'gap']]],
  ['1999-08-10', 'Four board seats are on the ballot in November.', 1, [['November', '1999-11']]],
  ['1999-08-10', 'The election is in November.', 0, [['November', '1999-11', 'gap']]],
  ['1999-08-10', 'Last year classes began on Aug. 24, and in 1997 they began Aug. 28.', 1, [['Last year', '1998'], ['Aug. 24', '1998-08-24'], ['1997', '1997'], ['Aug. 28', '1997-08-28']]],
  ['1999-08-10', '"The 16th of August is still summer," one parent said.', 1, [['The 16th of August', '1999-08-16']]],
  ['2000-05-18', 'Admission will be free on Thursday, International Museum Day.', 0.5, [['Thursday', '2000-05-18'], ['International Museum Day', '2000-05-18', 'gap']]],
  ['2000-05-18', 'The tomb was found on March 8, 1997. "When the farmers called us on March 8, we drove out the next morning," he said.', 1, [['March 8, 1997', '1997-03-08'], ['March 8', '1997-03-08'], ['the next morning', '1997-03-09']]],
  ['2000-05-18', 'It was shown at another museum from March to May last year.', 1, [['March', '1999-03'], ['May last year', '1999-05']]],
  ['2000-03-07', 'The verdict came on Nov. 19, 1999; a year earlier the company had settled another case.', 1, [['Nov. 19, 1999', '1999-11-19'], ['a year earlier', '1998']]],
  ['2000-04-12', 'The rocket failed on March 3, 1998, and returned to flight on Nov. 2 of that year.', 1, [['March 3, 1998', '1998-03-03'], ['Nov. 2', '1998-11-02'], ['that year', '1998']]],
  ['2000-06-21', 'The bill was signed on 12 March.', 1, [['12 March', '2000-03-12']]],
  ['1999-03-04', 'The council will vote in mid-March, and the plant will close at the end of June.', 1, [['mid-March', '1999-03'], ['the end of June', '1999-06']]],
  ['1999-10-16', "Stocks fell on Friday, and Friday's losses erased the week's gains.", 1, [['Friday', '1999-10-15'], ['Friday', '1999-10-15']]],
  ['1999-10-16', "The airline will report results on Oct. 21 and expects its profit to fall below last year's level.", 1, [['Oct. 21', '1999-10-21'], ['last year', '1998']]],
  ];
  for (const [published, text, floor, gold] of probes) check({ published, text, gold, floor });
});
