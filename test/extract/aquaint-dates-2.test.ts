import { test } from 'node:test';
import { check } from '../support/date-sets.ts';
// A third set of fictional wire articles (every person, place, company and event is invented) in the
// AQUAINT styles of 1998-2000: three New York Times News Service features (a conductor's profile, an
// aviator's obituary running from 1920 to the 1990s, a knife maker's company history), three AP
// Worldstream stories (an election, an earthquake, an island summit), three Xinhua stories (provincial
// trade, a vice-premier's visit, ski tourism) and three AP domestic stories (a campaign-finance trial, an
// ice storm, a coach's firing). They move back and forth in time: relative chains ("the next morning",
// "the following February", "that October") that resolve against the event just mentioned, bare
// month-days in past narratives, weekdays in future and past contexts, dates inside quotes and
// appositive weekdays ("on March 14, 1986, a Friday,"). Values follow TimeML, counted from the
// publication date (or the Xinhua dateline's day) or from the date just mentioned; weeks, seasons,
// quarters, durations, decades and centuries are left out, as in TempEval-3. A final test holds
// one-sentence probes. Expressions marked 'gap' are wrong (or missed) today and not asserted; each
// article's floor is its current share of right values.
test('NYT profile of an orchestra conductor awaiting a contract vote, with her life story from the 1960s', () => {
  check({
    published: '1999-02-21',
    text: `PORT ALDEN, Va. -- The timpani were supposed to arrive on Tuesday. They came on Thursday instead, strapped to the back of a borrowed flatbed, two hours before the Tidewater Philharmonic's first rehearsal of Mahler's Second Symphony, and Marguerite Delacroix-Hume, the orchestra's music director, helped carry them up the ramp herself.
"I have been carrying things up ramps since 1971," she said on Friday, sitting in a dressing room that doubles as her office. "It's the part of the job nobody puts in the brochure."
Delacroix-Hume, 52, will conduct the Mahler next Saturday, the last program before the orchestra's board votes on March 9 on whether to extend her contract through 2003. It is, by her count, the 211th concert she has led here since she arrived in the fall of 1991, when the orchestra had 41 players, a deficit of $380,000 and a season of six concerts.
She grew up in New Orleans, the daughter of a Creole pharmacist and a church organist from Ohio. Her mother put her at the keyboard at 4. By 1963 she was playing for Sunday services at St. Brendan's, and in May 1965 she won a citywide piano competition with a Chopin ballade she still refuses to play in public. That summer her father sold the pharmacy, and the following January the family moved to Cincinnati, where she finished high school.
At the conservatory there she switched from piano to conducting in 1969, against the advice of a teacher who told her that there were no jobs for women on the podium. She spent the next decade proving him partly right. She was an assistant conductor in Louisville from 1974 to 1978, guest-conducted wherever she was asked, and in 1981 took a job leading a youth orchestra in Toledo that paid $11,000 a year.
The break came on March 14, 1986, a Friday, when the music director of the Cleveland Chamber Sinfonia fell ill an hour before a concert. Delacroix-Hume, who happened to be in the audience, conducted Beethoven's Seventh without a rehearsal. The next morning, a critic for The Plain Dealer called it "the most alarming performance of the season." On the following Monday, the orchestra offered her a job.
She stayed in Cleveland five years. In April 1991 she was one of three finalists for the job in Port Alden. By June she had it. That fall, she programmed Ives, Ellington and a Haydn symphony on the same night, and 140 subscribers canceled. "I learned something that season," she said. "I learned that I was right about the Haydn."
The orchestra now plays 38 concerts a year and has not run a deficit since 1994. Its budget this year is $4.2 million, up from $1.1 million in 1992. Last month it signed a recording agreement with a small Danish label, and in April it will tour four cities in North Carolina, its first tour since 1997.
Not everyone is happy. Two board members resigned in December, saying the orchestra was spending too much on commissions. A third, Harold Ainsley, said on Wednesday that he would vote against extending her contract. "She is a fine musician," he said. "But on March 9 we are voting on a budget, not a musician."
Delacroix-Hume said she would not campaign for the vote. She plans to spend the week before it in Copenhagen, recording Nielsen's Fourth, and to fly back on March 8, the day before the board meets.
On Thursday night, after the timpani were in place, she stayed at the hall until nearly midnight, marking bowings into the second violins' parts. "The first time I conducted the Mahler was on Nov. 2, 1979, in Louisville," she said. "I was 32 and I was terrified. I'm still terrified. That's how you know it's the right piece."`,
    gold: [
      ['Tuesday', '1999-02-16'], ['Thursday', '1999-02-18'], ['1971', '1971'],
      ['Friday', '1999-02-19'], ['next Saturday', '1999-02-27'], ['March 9', '1999-03-09'],
      ['2003', '2003'], ['1963', '1963'], ['May 1965', '1965-05'],
      ['the following January', '1966-01'], ['1969', '1969'], ['1974', '1974'],
      ['1978', '1978'], ['1981', '1981'], ['March 14, 1986', '1986-03-14'],
      ['a Friday', '1986-03-14'], ['The next morning', '1986-03-15'], ['the following Monday', '1986-03-17'],
      ['April 1991', '1991-04'], ['June', '1991-06'], ['1994', '1994'],
      ['this year', '1999'], ['1992', '1992'], ['Last month', '1999-01'],
      ['April', '1999-04', 'gap'], ['1997', '1997'], ['December', '1998-12'],
      ['Wednesday', '1999-02-17'], ['March 9', '1999-03-09'], ['March 8', '1999-03-08'],
      ['the day before', '1999-03-08', 'gap'], ['Thursday night', '1999-02-18'], ['Nov. 2, 1979', '1979-11-02'],
    ],
    floor: 0.93,
  });
});
test('NYT obituary of a crop-dusting pioneer, born in 1920, who ferried bombers in the war', () => {
  check({
    published: '1998-11-12',
    text: `Edna Mae Pruett, who learned to fly in a borrowed biplane at 15, ferried warplanes across Britain during World War II and later built one of the largest agricultural aviation companies in the South, died on Monday at her home in Greer's Landing, Miss. She was 78.
The cause was heart failure, said her son, Thomas Pruett Hale, who took over the company, Delta Wing Services, in 1989.
Mrs. Pruett was born on Aug. 19, 1920, in a farmhouse outside Itta Bena, the fifth of seven children of a cotton farmer and a schoolteacher. A barnstorming pilot landed in her father's pasture in the summer of 1934 and, for a dollar, took her up for 10 minutes. By the following spring she was sweeping out the hangar at the Greenwood airfield in exchange for lessons, and on June 2, 1936, she flew solo for the first time.
She earned her private license in 1938 and her commercial license a year later, one of fewer than 700 women in the country to hold one. When the Air Transport Auxiliary in Britain began recruiting American women pilots in the spring of 1942, she was among the first 25 to sign up. She sailed from Halifax in March and was flying Spitfires from the factories to front-line airfields by May.
In her logbooks, now at the state archives in Jackson, she recorded 1,116 flights in 38 types of aircraft. The entry for Christmas Eve 1943 reads: "Anson to Hawarden. Fog. Never again." She flew again the next day.
She came home in September 1945 to a country with no jobs for women pilots. For two years she sold insurance in Jackson. Then, in 1947, with a $3,000 loan from a brother and a war-surplus Stearman, she started spraying cotton fields around Greenwood. The first season she lost money. By 1952 she had six planes and nine pilots, all of them men, and in 1958 Delta Wing became the first crop-dusting company in Mississippi to be licensed to spray by night.
She married Carl Hale, a mechanic, on April 4, 1950. Their son was born the next year. Mr. Hale died in 1971.
In the 1960s the company expanded into Arkansas and Louisiana, and during the floods of the spring of 1973 its planes dropped sandbags and food to families stranded along the Yazoo. In an interview in 1993, Mrs. Pruett called that "the only flying I ever did that I'm sure was worth the gasoline."
She stopped flying in 1985, after the Federal Aviation Administration declined to renew her medical certificate, but she kept going to the office every morning until last year. On her 75th birthday, in August 1995, the company's pilots flew over her house in formation. "Nobody consulted me," she said at the time. "They'd have been fired."
In 1996, the company, which now operates 44 aircraft in five states, was sold to a group of investors from Memphis. Mr. Hale remains its president.
In addition to her son, Mrs. Pruett is survived by two sisters, Lottie Pruett Moss of Itta Bena and Jewel Pruett of Baton Rouge, La.; four grandchildren; and a great-grandson. A memorial service will be held on Saturday at First Methodist Church in Greenwood, and her ashes will be scattered from a Stearman over the Delta on Nov. 21, which would have been the 62nd anniversary of her first paid flight.`,
    gold: [
      ['Monday', '1998-11-09'], ['1989', '1989'], ['Aug. 19, 1920', '1920-08-19'],
      ['June 2, 1936', '1936-06-02'], ['1938', '1938'], ['a year later', '1939'],
      ['March', '1942-03', 'gap'], ['May', '1942-05', 'gap'], ['Christmas Eve 1943', '1943-12-24'],
      ['the next day', '1943-12-25'], ['September 1945', '1945-09'], ['1947', '1947'],
      ['1952', '1952'], ['1958', '1958'], ['April 4, 1950', '1950-04-04'],
      ['the next year', '1951'], ['1971', '1971'], ['1993', '1993'],
      ['1985', '1985'], ['last year', '1997'], ['August 1995', '1995-08'],
      ['1996', '1996'], ['Saturday', '1998-11-14'], ['Nov. 21', '1998-11-21'],
    ],
    floor: 0.91,
  });
});
test('NYT business feature on the closing of a knife factory founded in 1911', () => {
  check({
    published: '2000-03-08',
    text: `MILLBROOK, Pa. -- For most of the 20th century, the whistle at the Kessler Brothers plant on Canal Street blew at 6:45 every morning. On Friday it will blow for the last time.
Kessler Brothers, which has made kitchen knives in this town of 9,000 since 1911, announced last Thursday that it would move its remaining production to a plant in Monterrey, Mexico, and close the Millbrook factory by the end of the month. About 230 workers will lose their jobs.
The company's story is, in many ways, the story of American manufacturing in the century now ending. August and Friedrich Kessler, brothers from Solingen, Germany, arrived in Philadelphia in 1906 and opened a grinding shop in a rented barn here five years later. By 1925 they employed 300 people. The Depression nearly finished them: in the spring of 1932 the company missed two payrolls, and on Oct. 11 of that year, a Tuesday, the First National Bank of Millbrook foreclosed on the barn.
The brothers bought it back the following February with money borrowed from their workers, and the company has been owned, at least in part, by its employees ever since. The war saved it. From 1942 to 1945 Kessler made bayonets and survival knives for the Army, and its work force reached 1,100.
In June 1951, Friedrich's son, Walter, introduced the Kessler Chef, a carbon-steel knife with a walnut handle that sold for $4.95. By December it was in 1,400 stores. That Christmas, Kessler took out its first national advertisement, in Life magazine, and in 1955 it opened a second plant, in Altoona.
The decline began in the 1970s, as cheaper knives from Japan and then Taiwan flooded American department stores. Kessler closed the Altoona plant on Jan. 15, 1982, and a year later sold a 51 percent stake to Consolidated Housewares of Chicago. Consolidated sold it in turn to a British company, Harrington Steel, in 1994, and Harrington was bought last summer by Grupo Valcan of Monterrey.
"We heard the rumors in August," said Donna Reitz, 49, who has sharpened blades on the third-floor line since 1974. "In November they told us everything was fine. On March 2, they told us it was over."
Grupo Valcan's chief executive, Rodrigo Ybarra, said in a telephone interview on Monday that the decision had been made "with great sadness" and that the Millbrook plant had lost money in each of the last three years. The company's sales fell 8 percent in 1999, to $61 million, and it expects them to fall again this year.
The town has been here before. When the Altoona plant closed in 1982, Millbrook's mayor, Frank Dzurilla, promised that Canal Street would never be empty. He is now 81 and still lives two blocks from the plant. "I said that in 1982, and I meant it," he said. "I'd say it again today, but nobody would believe me."
The state's Department of Labor said on Tuesday that it would open a job center in the former Kessler showroom next month and that workers would be eligible for retraining under the federal trade adjustment program. The first session is scheduled for April 3, a Monday.
Employees will keep their shares, which the company valued at $14 a share in its last annual report, in January. Walter Kessler, who ran the company from 1959 until 1981 and died in 1997, is buried in the Lutheran cemetery on the hill above the plant. His daughter, Ilse Kessler Brandt, said she would be at the gate on Friday when the whistle blows.
"My grandfather's brother built this with his hands," she said. "I don't know what you say to that. I suppose you say thank you."`,
    gold: [
      ['Friday', '2000-03-10'], ['1911', '1911'], ['last Thursday', '2000-03-02'],
      ['the end of the month', '2000-03'], ['1906', '1906'], ['five years later', '1911'],
      ['1925', '1925'], ['Oct. 11', '1932-10-11'], ['a Tuesday', '1932-10-11', 'gap'],
      ['the following February', '1933-02', 'gap'], ['1942', '1942'], ['1945', '1945'],
      ['June 1951', '1951-06'], ['December', '1951-12'], ['That Christmas', '1951-12-25'],
      ['1955', '1955'], ['Jan. 15, 1982', '1982-01-15'], ['a year later', '1983'],
      ['1994', '1994'], ['August', '1999-08'], ['1974', '1974'],
      ['November', '1999-11'], ['March 2', '2000-03-02'], ['Monday', '2000-03-06'],
      ['1999', '1999'], ['this year', '2000'], ['1982', '1982'],
      ['1982', '1982'], ['today', '2000-03-08'], ['Tuesday', '2000-03-07'],
      ['next month', '2000-04'], ['April 3', '2000-04-03'], ['a Monday', '2000-04-03'],
      ['January', '2000-01'], ['1959', '1959'], ['1981', '1981'],
      ['1997', '1997'], ['Friday', '2000-03-10'],
    ],
    floor: 0.94,
  });
});
test('AP Worldstream: opposition wins a parliamentary election; the prime minister will resign Wednesday', () => {
  check({
    published: '1999-05-17',
    text: `DRAVEC, Velenia (AP) -- Velenia's governing Social Democrats conceded defeat Monday after official results from Saturday's parliamentary election gave the opposition Civic Union a majority for the first time since the country's independence in 1991.
The Central Election Commission said late Sunday that the Civic Union had won 79 of the 150 seats, with 41.6 percent of the vote. Prime Minister Anton Verbic's party won 48 seats, down from 71 in the last election four years ago.
Verbic, 56, said at a news conference that he would submit his resignation to President Ilona Maresh on Wednesday, the day the commission is due to certify the results. "The people spoke on Saturday, and I heard them," he said.
Civic Union leader Marek Dussan, a 44-year-old economist who spent two years in prison under the communist government, is expected to be asked to form a government by the end of the month. He told supporters in the main square early Sunday that his first trip abroad would be to Brussels, where the European Union is to review Velenia's membership application in June.
Turnout was 68 percent, higher than in 1995 but lower than the 74 percent recorded in the first free election, on March 30, 1990.
The campaign was dominated by the collapse last year of the state-owned Velenska Bank, which froze the savings of nearly 300,000 people in October. The bank's former director, Pavel Stragar, was arrested on Jan. 12 and charged two days later with fraud. His trial is to open next month.
International observers from the Organization for Security and Cooperation in Europe said Sunday that the vote had been generally free and fair, though they criticized state television for giving the government three times as much air time as the opposition in the final week of the campaign. The observers' mission, which arrived on April 20, will issue its final report on June 4.
Hundreds of Civic Union supporters celebrated through Saturday night in Dravec's Old Town, and police said the next morning that 14 people had been detained for public drunkenness. There was no violence, unlike in 1996, when protests over a disputed local election left two people dead.
The new parliament will hold its first session on May 28, a Friday. Dussan said the day before the vote that he would name his Cabinet "within a week of being asked, not a day more."
Markets reacted calmly. The velen was steady against the German mark on Monday, and the Dravec stock exchange, which had fallen 9 percent in the three weeks before the election, rose 2.3 percent.`,
    gold: [
      ['Monday', '1999-05-17'], ["Saturday's", '1999-05-15'], ['1991', '1991'],
      ['late Sunday', '1999-05-16'], ['four years ago', '1995'], ['Wednesday', '1999-05-19'],
      ['Saturday', '1999-05-15'], ['the end of the month', '1999-05'], ['early Sunday', '1999-05-16'],
      ['June', '1999-06'], ['1995', '1995'], ['March 30, 1990', '1990-03-30'],
      ['last year', '1998'], ['October', '1998-10'], ['Jan. 12', '1999-01-12'],
      ['two days later', '1999-01-14'], ['next month', '1999-06'], ['Sunday', '1999-05-16'],
      ['April 20', '1999-04-20'], ['June 4', '1999-06-04'], ['Saturday night', '1999-05-15'],
      ['the next morning', '1999-05-16'], ['1996', '1996'], ['May 28', '1999-05-28'],
      ['a Friday', '1999-05-28'], ['the day before the vote', '1999-05-14', 'gap'], ['Monday', '1999-05-17'],
    ],
    floor: 0.96,
  });
});
test('AP Worldstream: girl rescued three days after an earthquake; an earlier tremor was ignored', () => {
  check({
    published: '1999-09-23',
    text: `KORVASH, Aldania (AP) -- Rescuers pulled a 9-year-old girl alive from the rubble of a collapsed apartment block Thursday, three days after an earthquake that killed at least 1,240 people in the mountains of southern Aldania.
The girl, Selin Avakova, had been trapped with her grandmother since the magnitude-7.1 quake struck before dawn on Monday. The grandmother died on Tuesday night, rescuers said.
"She kept asking what day it was," said Lt. Dmitri Oresko of the civil defense brigade. "I told her, 'It's Thursday, and tomorrow you'll be home.'"
The government declared three days of national mourning beginning Friday, and President Yusuf Dairov, who cut short a visit to Italy on Monday, toured the worst-hit town of Barzan on Wednesday. He promised that every family that lost its home would be rehoused by the end of the year.
Aftershocks continued. The strongest, of magnitude 5.6, struck just after 4 p.m. on Tuesday and brought down a school that had been damaged in the main quake. No one was inside.
The United Nations said Wednesday that it would send a team of 40 search-and-rescue specialists, and the European Union pledged 3 million euros (dlrs 3.2 million) in emergency aid. A second EU shipment of tents and blankets is due next Monday. Aid officials warned that snow usually reaches the mountain villages by the middle of October, leaving about three weeks to put roofs over the heads of an estimated 60,000 homeless people.
It was the deadliest earthquake in Aldania since May 1970, when a quake in the same region killed more than 4,000 people. After that disaster, the government adopted building codes that engineers say were widely ignored. In 1988, a parliamentary commission found that nearly half the apartment blocks built in the south since 1975 did not meet the standards. The commission's report was shelved the following year.
Public anger grew Wednesday as residents of Barzan accused contractors of using too little cement. Prosecutors said the same day that they had opened an investigation into the builders of six blocks that collapsed, all of them completed between 1992 and 1994.
Seismologists at the National Observatory said a smaller quake, of magnitude 4.2, had struck the same fault on Aug. 30, three weeks before the disaster, but that there was no way to know it was a warning. "We recorded it, we reported it on Aug. 31, and nobody paid attention, including us," said the observatory's director, Nadia Hafez.
The death toll is expected to rise. The Red Crescent said Thursday that 2,300 people remained missing, and that rescue teams would continue searching through the weekend.`,
    gold: [
      ['Thursday', '1999-09-23'], ['Monday', '1999-09-20'], ['Tuesday night', '1999-09-21'],
      ['Thursday', '1999-09-23'], ['tomorrow', '1999-09-24'], ['Friday', '1999-09-24'],
      ['Monday', '1999-09-20'], ['Wednesday', '1999-09-22'], ['the end of the year', '1999'],
      ['Tuesday', '1999-09-21'], ['Wednesday', '1999-09-22'], ['next Monday', '1999-09-27'],
      ['the middle of October', '1999-10'], ['May 1970', '1970-05'], ['1988', '1988'],
      ['1975', '1975'], ['the following year', '1989'], ['Wednesday', '1999-09-22'],
      ['the same day', '1999-09-22'], ['1992', '1992'], ['1994', '1994'],
      ['Aug. 30', '1999-08-30'], ['Aug. 31', '1999-08-31'], ['Thursday', '1999-09-23'],
    ],
    floor: 1,
  });
});
test('AP Worldstream: island summit agrees tariff cuts; a fishing dispute keeps one leader away until Thursday', () => {
  check({
    published: '2000-06-14',
    text: `VAITUPA, Tolanesia (AP) -- Leaders of the 11-nation Coral Sea Community opened a two-day summit Wednesday with an agreement to cut tariffs on fish and timber by half by 2003, but failed to settle a dispute over fishing rights that has soured relations between two of its largest members since last year.
Foreign ministers had worked on the tariff deal through Monday night and into Tuesday morning, and a final text was approved at breakfast on Wednesday, officials said.
The fishing dispute between Tolanesia and the Marangi Islands dates to Nov. 9, 1999, when a Tolanesian patrol boat seized two Marangi trawlers near the Ruaki atoll. Marangi recalled its ambassador the next day, and in January it filed a complaint with the community's arbitration panel, which is to rule by the end of August.
Marangi's prime minister, Tevita Lomanu, skipped Wednesday's opening session. His spokesman said Lomanu would arrive on Thursday for the closing ceremony. "The prime minister will attend on Thursday if the seized boats are released by Wednesday night," the spokesman, Hale Fonoti, said Tuesday.
Tolanesian President Sione Vaka, the summit's host, said the boats would be released "when the courts decide, not when a spokesman decides." A Tolanesian court fined the trawlers' captains on May 22 and ordered the boats forfeited. An appeal was heard last Friday, and a ruling is expected next week.
The community was founded in 1987 with five members, and has held a summit every two years since 1990. The last summit, in Port Selwyn in June 1998, was overshadowed by the Asian financial crisis, which had cut tourism in the region by a third the previous year.
Economists say the tariff cuts could add 1.5 percent to regional trade in the first year. Tariffs will fall by 20 percent on Jan. 1, 2001, and by further steps each year until 2003.
The leaders are also expected to approve on Thursday a plan to set up a regional disaster fund, an idea proposed after Cyclone Mele killed 112 people in the northern islands on Feb. 27 last year. The fund's first contributions are due by Dec. 31.
Outside the conference center, about 300 demonstrators protested Tuesday against logging in the islands' rain forests. Police said they had arrested six people on Monday who tried to block the road from the airport, and released them the following morning.
The next summit will be held in the Marangi capital, Haleta, in 2002 -- if, one diplomat said Wednesday, "the Marangis are still speaking to us by then."`,
    gold: [
      ['Wednesday', '2000-06-14'], ['2003', '2003'], ['last year', '1999'],
      ['Monday night', '2000-06-12'], ['Tuesday morning', '2000-06-13'], ['Wednesday', '2000-06-14'],
      ['Nov. 9, 1999', '1999-11-09'], ['the next day', '1999-11-10'], ['January', '2000-01'],
      ['the end of August', '2000-08'], ["Wednesday's", '2000-06-14'], ['Thursday', '2000-06-15'],
      ['Thursday', '2000-06-15'], ['Wednesday night', '2000-06-14'], ['Tuesday', '2000-06-13'],
      ['May 22', '2000-05-22'], ['last Friday', '2000-06-09'], ['1987', '1987'],
      ['1990', '1990'], ['June 1998', '1998-06'], ['the previous year', '1997'],
      ['Jan. 1, 2001', '2001-01-01'], ['2003', '2003'], ['Thursday', '2000-06-15'],
      ['Feb. 27 last year', '1999-02-27'], ['Dec. 31', '2000-12-31'], ['Tuesday', '2000-06-13'],
      ['Monday', '2000-06-12'], ['the following morning', '2000-06-13'], ['2002', '2002'],
      ['Wednesday', '2000-06-14'],
    ],
    floor: 1,
  });
});
test("Xinhua: a province's first-quarter foreign trade, filed the day before publication", () => {
  check({
    published: '1999-04-22',
    text: `HANGDU, April 21 (Xinhua) -- Foreign trade in east China's Jinhai Province rose 11.4 percent in the first quarter of this year to 3.2 billion U.S. dollars, the provincial foreign trade commission announced here today.
Exports grew 13 percent to 2.1 billion dollars, reversing a decline that began in the second half of 1998 as the Asian financial crisis cut demand from neighboring countries. Imports rose 8.2 percent.
Wu Jianguo, director of the commission, told a press conference that the province's exports to the European Union and North America had grown steadily since 1995, and now accounted for 46 percent of the total, compared with 29 percent in 1994.
Jinhai has set a target of 15 billion dollars in foreign trade for 1999, up 9 percent from last year's 13.8 billion dollars, Wu said. In the past two years, the province has approved 1,260 foreign-funded enterprises, with contracted foreign investment of 4.7 billion dollars.
In March alone, exports reached 820 million dollars, the highest monthly figure since December 1997. Wu attributed the growth to the central government's decision to raise export tax rebates on textiles, machinery and electronics from Jan. 1 this year.
The province's 13 development zones will receive priority in the allocation of bank credit in the second and third quarters, and a new container terminal at Beilun Port, under construction since October 1997, will begin operation on May 1, Wu said.
Under the Ninth Five-Year Plan (1996-2000), Jinhai aims to raise its annual foreign trade to 20 billion dollars by the end of this century. Officials said on Tuesday that the target was still within reach, although growth had slowed from an average of 22 percent a year between 1991 and 1995.
The provincial government held a meeting on Monday to discuss measures to encourage private enterprises to export directly. Since Jan. 1, 1999, 37 private companies in the province have been granted the right to trade directly abroad, compared with only four in the whole of 1998.
Jinhai, with a population of 38 million, produced 6.3 percent of China's exports last year. The provincial government will hold its annual export commodities fair in Hangdu from June 8 to June 14, and more than 4,000 foreign businessmen are expected to attend, the commission said.
Separately, the Jinhai Statistics Bureau said on Wednesday that the province's gross domestic product grew 8.9 percent in the first quarter, slightly above the national average. The bureau will publish its figures for the first four months on May 12.`,
    gold: [
      ['April 21', '1999-04-21'], ['today', '1999-04-21'], ['1995', '1995'],
      ['1994', '1994'], ['1999', '1999'], ["last year's", '1998'],
      ['March', '1999-03'], ['December 1997', '1997-12'], ['Jan. 1 this year', '1999-01-01'],
      ['October 1997', '1997-10'], ['May 1', '1999-05-01'], ['1996', '1996', 'gap'],
      ['2000', '2000', 'gap'], ['Tuesday', '1999-04-20'], ['1991', '1991'],
      ['1995', '1995'], ['Monday', '1999-04-19'], ['Jan. 1, 1999', '1999-01-01'],
      ['1998', '1998'], ['last year', '1998'], ['June 8', '1999-06-08'],
      ['June 14', '1999-06-14'], ['Wednesday', '1999-04-21'], ['May 12', '1999-05-12'],
    ],
    floor: 0.91,
  });
});
test('Xinhua: a Chinese vice-premier signs five agreements on a four-day visit', () => {
  check({
    published: '1998-08-12',
    text: `VALMORA, August 11 (Xinhua) -- Chinese Vice-Premier Liang Wenhui held talks here today with Estavian President Andres Kolvane on expanding economic cooperation, and the two sides signed five agreements covering trade, civil aviation and agricultural research. The agreements had been initialed by the two foreign ministers the day before.
Liang arrived in Valmora on Sunday for a four-day official visit, the first by a Chinese vice-premier since the two countries established diplomatic relations on October 3, 1972.
During the talks, Kolvane said that relations between the two countries had developed smoothly over the past 26 years. He recalled his own visit to China in May 1996, and said he looked forward to attending the celebrations marking the 50th anniversary of the founding of the People's Republic of China next year.
Liang thanked Estavia for its support at the session of the United Nations Commission on Human Rights in Geneva in April, and said China was ready to work with Estavia in international affairs.
Bilateral trade reached 312 million U.S. dollars in 1997, up 18 percent from the previous year, and rose a further 9 percent in the first half of this year, according to Chinese customs figures. Liang said the two sides should aim to double trade by the year 2000.
Under one of the agreements signed today, Estavia Airlines will begin twice-weekly flights between Valmora and Nanxiang on October 28, and China will provide Estavia with an interest-free loan of 50 million yuan for the construction of a rice research center, which is scheduled to be completed by the end of next year.
The two countries' first trade agreement, signed in Beijing on March 4, 1985, was revised on September 15, 1994. The two sides also agreed to hold the third session of their joint economic commission in Beijing in the first quarter of 1999. The second session was held in Valmora in November 1996, and the first in 1993.
Before the talks, Liang laid a wreath at the Monument to National Independence. On Monday, he visited a Chinese-built hydroelectric station on the Ostra River, which went into operation on June 30 last year.
Kolvane will meet Liang again on Wednesday before the vice-premier leaves for the neighboring Republic of Durant, the second leg of a tour that will also take him to two other countries. He is due back in Beijing on August 22.`,
    gold: [
      ['August 11', '1998-08-11'], ['today', '1998-08-11'], ['the day before', '1998-08-10'],
      ['Sunday', '1998-08-09'], ['October 3, 1972', '1972-10-03'], ['May 1996', '1996-05'],
      ['next year', '1999'], ['April', '1998-04'], ['1997', '1997'],
      ['the previous year', '1996'], ['the year 2000', '2000'], ['today', '1998-08-11'],
      ['October 28', '1998-10-28'], ['the end of next year', '1999'], ['March 4, 1985', '1985-03-04'],
      ['September 15, 1994', '1994-09-15'], ['November 1996', '1996-11'], ['1993', '1993'],
      ['Monday', '1998-08-10'], ['June 30 last year', '1997-06-30'], ['Wednesday', '1998-08-12'],
      ['August 22', '1998-08-22'],
    ],
    floor: 1,
  });
});
test('Xinhua: ski tourism booms in a northern province; the 1998-99 season and the Ninth Five-Year Plan', () => {
  check({
    published: '2000-01-19',
    text: `SONGBEI, January 18 (Xinhua) -- Ski resorts in northeast China's Heilin Province received 412,000 visitors between Dec. 1 and Jan. 15, up 36 percent from the same period of the 1998-99 season, the provincial tourism bureau announced here today.
Revenue from ski tourism reached 186 million yuan (22.5 million U.S. dollars) in the period, the bureau said. It expects the season, which will end in late March, to bring in more than 400 million yuan, compared with 290 million yuan in the 1998-99 season and only 45 million yuan in 1995.
Heilin has built 11 new ski resorts since 1996, when the provincial government made winter tourism a priority in its Ninth Five-Year Plan (1996-2000). The largest, at Baiyun Mountain, opened on Dec. 18, 1998, and hosted the national ski championships last February.
Bureau director Zhao Lihua told reporters today that the province will invest another 1.2 billion yuan in ski facilities and roads by the end of this year, and aims to attract two million winter tourists a year by 2005. The Tenth Five-Year Plan, to be drafted this year, will give priority to linking the resorts with the provincial capital by expressway.
The annual Songbei Ice and Snow Festival opened on Jan. 5 and will run until Feb. 20. The festival's organizing committee said on Monday that 1.1 million people had visited its ice sculpture park in the first ten days, a record. Last year's festival drew 2.6 million visitors in 45 days.
Heavy snow on Sunday and Monday closed the Songbei-Huaping highway for 30 hours, but it reopened on Tuesday morning, the provincial communications department said. Forecasters said temperatures would drop to minus 35 degrees Celsius on Thursday and Friday.
The province's tourism revenue totaled 8.7 billion yuan in 1999, up 12 percent from the previous year. In the past two years, winter tourism has created 23,000 jobs, mostly in areas affected by the restructuring of state-owned forestry and coal enterprises, Zhao said.
The State Council approved the province's winter tourism development plan in September 1997. Since then, 14 international hotels have opened in Songbei, and a new terminal at Songbei Airport will open before the Spring Festival, which falls on Feb. 5 this year.`,
    gold: [
      ['January 18', '2000-01-18'], ['Dec. 1', '1999-12-01'], ['Jan. 15', '2000-01-15'],
      ['today', '2000-01-18'], ['late March', '2000-03'], ['1995', '1995'],
      ['1996', '1996'], ['1996', '1996', 'gap'], ['2000', '2000', 'gap'],
      ['Dec. 18, 1998', '1998-12-18'], ['last February', '1999-02'], ['today', '2000-01-18'],
      ['the end of this year', '2000'], ['2005', '2005'], ['this year', '2000'],
      ['Jan. 5', '2000-01-05'], ['Feb. 20', '2000-02-20'], ['Monday', '2000-01-17'],
      ["Last year's", '1999'], ['Sunday', '2000-01-16'], ['Monday', '2000-01-17'],
      ['Tuesday morning', '2000-01-18'], ['Thursday', '2000-01-20'], ['Friday', '2000-01-21'],
      ['1999', '1999'], ['the previous year', '1998'], ['September 1997', '1997-09'],
      ['the Spring Festival', '2000-02-05', 'gap'], ['Feb. 5 this year', '2000-02-05'],
    ],
    floor: 0.89,
  });
});
test('AP: ex-commissioner convicted of illegal 1996 campaign contributions a week before the election', () => {
  check({
    published: '1998-10-28',
    text: `FAIRHAVEN, Ore. (AP) -- A former county commissioner was convicted Tuesday of funneling $84,000 in illegal contributions to a congressional candidate during the 1996 campaign, ending a three-week trial that featured testimony from the candidate himself.
The jury of seven women and five men got the case Monday afternoon and deliberated for about 11 hours before returning its verdict against Dale R. Whitlock, 61, who served on the Clatsop Ridge County Commission from 1984 until last year.
U.S. District Judge Amelia Castaneda set sentencing for Jan. 19. Whitlock faces up to five years in prison on each of four counts.
Prosecutors said Whitlock recruited 23 friends and relatives to write checks of $1,000 each -- the legal maximum -- to the campaign of Republican Gordon Lask in the summer of 1996, then reimbursed them with money from his real estate business. Lask, who lost the race to Democratic Rep. Carol Mendenhall by 3,000 votes on Nov. 5, 1996, testified last Thursday that he knew nothing about the scheme.
Mendenhall faces Lask again in Tuesday's election, and Lask said Tuesday night that the verdict "has nothing to do with me and everything to do with a man I trusted." Polls close at 8 p.m. Nov. 3.
The investigation began in April 1997, after a bookkeeper at Whitlock Properties, Janice Orr, went to the FBI with copies of the checks. Whitlock was indicted that October. Orr told jurors that on March 3, 1997, a Monday, Whitlock had called her into his office and told her to shred the ledgers. She copied them instead and mailed them to the Federal Election Commission the next day.
"I didn't want to go to jail for Dale Whitlock," Orr testified on Oct. 14. "I liked him. I still like him. But I wasn't going to go to jail."
Defense attorney Bruce Hemmings argued that Whitlock believed the reimbursements were legal because a county party official had told him so in 1995. He said Tuesday that he would appeal. "We'll file the notice by Friday," he said outside the courthouse. "This isn't over. It wasn't over on Monday night and it isn't over now."
Whitlock's trial was the fourth in Oregon arising from contributions in the 1996 campaign, and the first to end in a conviction. The Federal Election Commission fined Lask's campaign committee $12,000 in June, and Whitlock himself was fined $500 by the state elections board four years ago for filing a disclosure report late.`,
    gold: [
      ['Tuesday', '1998-10-27'], ['1996', '1996'], ['Monday afternoon', '1998-10-26'],
      ['1984', '1984'], ['last year', '1997'], ['Jan. 19', '1999-01-19'],
      ['Nov. 5, 1996', '1996-11-05'], ['last Thursday', '1998-10-22'], ["Tuesday's", '1998-11-03'],
      ['Tuesday night', '1998-10-27'], ['Nov. 3', '1998-11-03'], ['April 1997', '1997-04'],
      ['that October', '1997-10'], ['March 3, 1997', '1997-03-03'], ['a Monday', '1997-03-03'],
      ['the next day', '1997-03-04'], ['Oct. 14', '1998-10-14'], ['1995', '1995'],
      ['Tuesday', '1998-10-27'], ['Friday', '1998-10-30'], ['Monday night', '1998-10-26'],
      ['1996', '1996'], ['June', '1998-06'], ['four years ago', '1994'],
    ],
    floor: 1,
  });
});
test("AP: ice storm on Valentine's Day cuts power to 340,000; crews promise power by Sunday", () => {
  check({
    published: '2000-02-15',
    text: `CEDAR FORKS, Ky. (AP) -- An ice storm that coated much of the Green River valley on Monday left more than 340,000 homes and businesses without power Tuesday, and utility officials warned that some rural customers might not have electricity again until the weekend.
At least nine deaths were blamed on the storm, including a Marlow County man who was killed Monday night when a tree fell on his pickup truck.
The storm arrived on Valentine's Day, a day after record warmth: the temperature in Cedar Forks reached 71 degrees on Sunday, breaking the record for the date of 68, set in 1938. By Monday morning freezing rain was falling across four states.
Power to the city's water plant failed at 3 a.m. Monday, and a backup generator quit two hours later. Water service was restored the next afternoon.
Gov. Harlan Tuttle declared a state of emergency in 31 counties late Monday and asked for federal disaster aid on Tuesday. National Guard troops began clearing roads before dawn Tuesday.
"We haven't seen ice like this since '94," said Cedar Forks Mayor Jo Ellen Briscoe. In that storm, on Feb. 10, 1994, ice up to two inches thick brought down 12,000 utility poles, and some customers waited 17 days for power.
Bluegrass Power Cooperative said Tuesday that about 1,800 line workers, including crews from Georgia and Alabama, were working 16-hour shifts. A spokeswoman, Tammy Rucker, said the utility expected to restore power to 80 percent of its customers by Thursday night and to the rest by Sunday.
Schools in 40 districts were closed Tuesday and most will stay closed through Wednesday. Marlow State University postponed its Tuesday night basketball game against Ridgeway to Feb. 24.
More bad weather is on the way. The National Weather Service said a second system could bring snow on Thursday, and forecasters expect temperatures to stay below freezing until early next week.
The region's heaviest snowfall on record came on March 13, 1993, when a blizzard dropped 20 inches on Cedar Forks. Last winter was one of the mildest on record; the city got 2.3 inches of snow all season, the least since 1932.`,
    gold: [
      ['Monday', '2000-02-14'], ['Tuesday', '2000-02-15'], ['Monday night', '2000-02-14'],
      ["Valentine's Day", '2000-02-14'], ['Sunday', '2000-02-13'], ['1938', '1938'],
      ['Monday morning', '2000-02-14'], ['Monday', '2000-02-14'], ['the next afternoon', '2000-02-15'],
      ['late Monday', '2000-02-14'], ['Tuesday', '2000-02-15'], ['Tuesday', '2000-02-15'],
      ["'94", '1994'], ['Feb. 10, 1994', '1994-02-10'], ['Tuesday', '2000-02-15'],
      ['Thursday night', '2000-02-17'], ['Sunday', '2000-02-20'], ['Tuesday', '2000-02-15'],
      ['Wednesday', '2000-02-16'], ['Tuesday night', '2000-02-15'], ['Feb. 24', '2000-02-24'],
      ['Thursday', '2000-02-17'], ['March 13, 1993', '1993-03-13'], ['1932', '1932'],
    ],
    floor: 1,
  });
});
test('AP sports: a college football coach is fired after a 3-8 season; his 1995 bowl team recalled', () => {
  check({
    published: '1999-11-30',
    text: `RIDGEWAY, Ind. (AP) -- Ridgeway State fired football coach Lyle Brannigan on Monday, two days after a 41-10 loss to rival Northern Plains ended a season in which the Hawks went 3-8.
Brannigan, 54, was 31-35 in six seasons at Ridgeway State. He led the Hawks to the Heartland Bowl four years ago, their first bowl appearance since 1981, and was named conference coach of the year after that season.
"Lyle built this program back up, and we're grateful," athletic director Wendy Sorensen said at a news conference Monday night. "But we went 4-7 last season and 3-8 this season, and we decided it was time."
Brannigan, who has two years left on a contract that pays him $310,000 a year, learned of the decision Sunday afternoon, a day after Saturday's loss, in a meeting with Sorensen and university president Carl Vetter. He did not attend Monday's news conference. He is expected to meet with his players on Wednesday, and will be paid through the end of the year.
Sorensen said a search committee would meet for the first time next Monday and that she hoped to have a new coach in place before the national signing day on Feb. 2.
Brannigan came to Ridgeway State from Bellmont College in December 1993, taking over a team that had gone 1-10 the season before. His first team went 5-6. In 1995, behind quarterback Travis Oyelaran, the Hawks won eight games, beat Northern Plains for the first time in 11 years on Nov. 18 and lost the Heartland Bowl to Delmarva Tech on Dec. 23.
The decline began the following season. Oyelaran left early and was drafted by Kansas City on April 20, 1996, and the Hawks went 5-6 in 1996, 6-5 in 1997 and 4-7 in 1998.
Attendance at Hawks Stadium, which was expanded to 42,000 seats in 1997, averaged 23,600 this fall, the lowest since 1990. The university's trustees approved a $14 million renovation of the football offices in March, and Sorensen said Monday that the project would go ahead.
Among those mentioned as possible successors is defensive coordinator Mike Tallis, who interviewed for the head coaching job at Bellmont last December. Tallis said Monday night that he would "love to be considered."
Players were told of the decision at a team meeting Monday morning. "Coach recruited me in my parents' living room on Jan. 10, 1996," said senior linebacker DeShawn Pryor. "I'll never forget it. It was a Wednesday, and it was snowing."`,
    gold: [
      ['Monday', '1999-11-29'], ['four years ago', '1995'], ['1981', '1981'],
      ['Monday night', '1999-11-29'], ['Sunday afternoon', '1999-11-28'], ["Saturday's", '1999-11-27'],
      ["Monday's", '1999-11-29'], ['Wednesday', '1999-12-01'], ['the end of the year', '1999'],
      ['next Monday', '1999-12-06'], ['Feb. 2', '2000-02-02'], ['December 1993', '1993-12'],
      ['1995', '1995'], ['Nov. 18', '1995-11-18'], ['Dec. 23', '1995-12-23'],
      ['April 20, 1996', '1996-04-20'], ['1996', '1996'], ['1997', '1997'],
      ['1998', '1998'], ['1997', '1997'], ['1990', '1990'],
      ['March', '1999-03'], ['Monday', '1999-11-29'], ['last December', '1998-12'],
      ['Monday night', '1999-11-29'], ['Monday morning', '1999-11-29'], ['Jan. 10, 1996', '1996-01-10'],
      ['a Wednesday', '1996-01-10', 'gap'],
    ],
    floor: 0.96,
  });
});
test('one-sentence probes: appositive weekdays, narrative months, holidays, year ranges, tense of the clause', () => {
  const probes: [string, string, number, [string, string, 'gap'?][]][] = [
  ['1999-02-21', 'The clinic closed on the Tuesday before last, and has not reopened.', 0, [['the Tuesday before last', '1999-02-09', 'gap']]],
  ['1999-02-21', 'The mayor said Sunday that the vote would be held as planned.', 1, [['Sunday', '1999-02-21']]],
  ['1998-08-12', 'The talks will resume Monday in the capital, officials said.', 1, [['Monday', '1998-08-17']]],
  ['1999-04-22', 'The committee meets this Friday to choose a new chairman.', 1, [['this Friday', '1999-04-23']]],
  ['1999-04-22', 'Police said the two men were arrested this past Sunday outside a bar.', 1, [['this past Sunday', '1999-04-18']]],
  ['1999-04-22', 'BEIJING, April 21 (Xinhua) -- The delegation left for Hanoi yesterday, the ministry said.', 1, [['April 21', '1999-04-21'], ['yesterday', '1999-04-20']]],
  ['2000-01-04', 'Fire officials said the blaze began Dec. 28 in a storage shed.', 1, [['Dec. 28', '1999-12-28']]],
  ['1998-12-20', 'The new governor will take office Jan. 3 in a ceremony at the statehouse.', 1, [['Jan. 3', '1999-01-03']]],
  ['1999-03-04', 'The company announced late last month that it would cut 400 jobs.', 1, [['late last month', '1999-02']]],
  ['1999-03-04', 'A final decision is expected early next month.', 1, [['early next month', '1999-04']]],
  ['1998-06-01', 'He was arrested on May 14. The previous Thursday he had bought a rifle in Tulsa.', 1, [['May 14', '1998-05-14'], ['The previous Thursday', '1998-05-07']]],
  ['1998-06-01', 'The bill passed the House on May 6, and the Senate took it up the following Tuesday.', 1, [['May 6', '1998-05-06'], ['the following Tuesday', '1998-05-12']]],
  ['1999-07-08', 'The dam failed on June 30, 1987, and 40 people died that day.', 1, [['June 30, 1987', '1987-06-30'], ['that day', '1987-06-30']]],
  ['1999-07-08', 'The strike began in October 1996 and a second one followed the same month in Ohio.', 1, [['October 1996', '1996-10'], ['the same month', '1996-10']]],
  ['1999-07-08', 'The plant opened in 1984, and the union arrived the year before.', 1, [['1984', '1984'], ['the year before', '1983']]],
  ['1999-03-04', 'The hearing will be held on the 15th, the clerk said.', 1, [['the 15th', '1999-03-15']]],
  ['1999-03-04', 'The treaty was signed on March 3rd in Oslo.', 1, [['March 3rd', '1999-03-03']]],
  ['1999-03-10', 'The two ministers met in Cairo on 3 March 1999 to discuss water rights.', 1, [['3 March 1999', '1999-03-03']]],
  ['1999-03-10', "1998's record harvest pushed grain prices to a five-year low.", 1, [["1998's", '1998']]],
  ['1999-03-10', "Veterans of the '97 strike held a reunion in the union hall.", 1, [["'97", '1997']]],
  ['1999-03-10', 'The agency spent $4 million in fiscal 1998 on the program.', 1, [['fiscal 1998', '1998']]],
  ['1999-12-20', "The city plans a fireworks show on New Year's Eve.", 1, [["New Year's Eve", '1999-12-31']]],
  ['1998-12-20', 'Volunteers will serve 2,000 meals on Christmas Day.', 1, [['Christmas Day', '1998-12-25']]],
  ['1998-11-20', 'Travel agents expect record crowds over Thanksgiving.', 1, [['Thanksgiving', '1998-11-26']]],
  ['1999-08-25', 'The bridge will reopen by Labor Day, the state said.', 1, [['Labor Day', '1999-09-06']]],
  ['1998-10-28', 'Turnout on Election Day is expected to be low.', 1, [['Election Day', '1998-11-03']]],
  ['1999-07-08', 'The plane landed on June 2, 1980. The next morning the crew was gone.', 1, [['June 2, 1980', '1980-06-02'], ['The next morning', '1980-06-03']]],
  ['1999-07-08', 'He joined the bank in 1984 and three years later was its president.', 1, [['1984', '1984'], ['three years later', '1987']]],
  ['1999-07-08', 'The merger closed in October 1996; talks had begun five months earlier.', 1, [['October 1996', '1996-10'], ['five months earlier', '1996-05']]],
  ['1999-07-08', "The airline expects to return to profit by year's end.", 1, [["year's end", '1999']]],
  ['1999-07-08', 'The program will run through the end of 2001.', 1, [['the end of 2001', '2001']]],
  ['2000-02-10', 'Officials moved the deadline to Feb. 29 because of the storm.', 1, [['Feb. 29', '2000-02-29']]],
  ['1999-03-04', 'The painting was stolen last Dec. 12 from a gallery in Lyon.', 0, [['last Dec. 12', '1998-12-12', 'gap']]],
  ['1999-04-22', 'A year ago today, the first refugees crossed the border.', 1, [['A year ago today', '1998-04-22']]],
  ['1999-11-30', 'The museum will reopen next March after a renovation.', 1, [['next March', '2000-03']]],
  ['1999-02-21', 'Sales fell sharply last March and never recovered.', 1, [['last March', '1998-03']]],
  ['1999-02-21', 'The company lost its biggest customer in November, a spokesman said.', 1, [['November', '1998-11']]],
  ['1998-11-12', 'The store will open its doors in December.', 1, [['December', '1998-12']]],
  ['1999-07-08', 'The minister resigned two years ago over a bribery scandal.', 1, [['two years ago', '1997']]],
  ['1999-07-08', 'Six months ago, the factory employed 900 people.', 1, [['Six months ago', '1999-01']]],
  ['1999-07-08', 'The suspect was seen 10 days ago in Reno.', 1, [['10 days ago', '1999-06-28']]],
  ['1998-10-28', 'Voters go to the polls on Tuesday, Nov. 3, in 36 states.', 1, [['Tuesday, Nov. 3', '1998-11-03']]],
  ['1998-10-28', 'The shipment arrived the day before yesterday.', 1, [['the day before yesterday', '1998-10-26']]],
  ['1999-07-08', 'Prices rose in April of last year and fell the following spring.', 1, [['April of last year', '1998-04']]],
  ['1999-07-08', 'The fire started on May 4, 1987, a Monday, and burned for a week.', 1, [['May 4, 1987', '1987-05-04'], ['a Monday', '1987-05-04']]],
  ['1999-07-08', 'He was hired on March 3, 1997, a Monday. The next day he quit.', 1, [['March 3, 1997', '1997-03-03'], ['a Monday', '1997-03-03'], ['The next day', '1997-03-04']]],
  ['1999-07-08', 'The museum reopens on Sept. 20, a Monday, after repairs.', 1, [['Sept. 20', '1999-09-20'], ['a Monday', '1999-09-20']]],
  ['1999-07-08', 'She arrived in June 1951. By December she was running the shop.', 1, [['June 1951', '1951-06'], ['December', '1951-12']]],
  ['1999-07-08', 'The probe began in April 1997, and he was indicted that October.', 1, [['April 1997', '1997-04'], ['that October', '1997-10']]],
  ['1999-07-08', 'The league was founded in 1962. In March, it signed its first television contract.', 0.5, [['1962', '1962'], ['March', '1962-03', 'gap']]],
  ['1999-07-08', 'The flood came in the spring of 1973; by May, 30,000 people had left.', 1, [['May', '1973-05']]],
  ['1999-02-21', 'The orchestra will tour four cities in April.', 1, [['April', '1999-04']]],
  ['1999-11-30', 'The school hopes to name a new coach before signing day on Feb. 2.', 1, [['Feb. 2', '2000-02-02']]],
  ['1999-09-23', 'The government declared three days of mourning beginning Friday.', 1, [['Friday', '1999-09-24']]],
  ['1999-09-23', 'The festival, which opened Tuesday, runs until Sunday.', 1, [['Tuesday', '1999-09-21'], ['Sunday', '1999-09-26']]],
  ['1999-09-23', 'Flights will be suspended starting Monday, the airline said Wednesday.', 1, [['Monday', '1999-09-27'], ['Wednesday', '1999-09-22']]],
  ['1999-05-17', 'The candidate said the day before the vote that he would accept the result.', 0, [['the day before the vote', '1999-05-14', 'gap']]],
  ['1999-05-17', 'The vote was held on May 15. The previous day, the president had urged calm.', 1, [['May 15', '1999-05-15'], ['The previous day', '1999-05-14']]],
  ['1999-05-17', 'Police raided the office on May 3. Two days earlier, the editor had fled.', 1, [['May 3', '1999-05-03'], ['Two days earlier', '1999-05-01']]],
  ['1999-05-17', 'The party was founded in June 1990, and later that year it won its first seat.', 1, [['June 1990', '1990-06'], ['later that year', '1990']]],
  ['1999-05-17', 'The strike started Oct. 2, 1996, and earlier that month talks had collapsed.', 1, [['Oct. 2, 1996', '1996-10-02'], ['earlier that month', '1996-10']]],
  ['1999-05-17', 'The plan covers the period 1996-2000.', 0, [['1996', '1996', 'gap'], ['2000', '2000', 'gap']]],
  ['1999-05-17', 'Growth averaged 9 percent in 1991-95.', 0, [['1991', '1991', 'gap']]],
  ['2000-01-19', 'Traffic will peak before the Spring Festival.', 0, [['the Spring Festival', '2000-02-05', 'gap']]],
  ['1999-03-20', 'The shrine expects a million pilgrims at Easter.', 1, [['Easter', '1999-04-04']]],
  ['1999-05-17', 'The beaches open on Memorial Day.', 1, [['Memorial Day', '1999-05-31']]],
  ['1999-05-17', 'The parade on the Fourth of July will be shorter this year.', 1, [['the Fourth of July', '1999-07-04'], ['this year', '1999']]],
  ['1999-05-17', 'The company moved to Ohio in mid-1997 and to Texas in late 1998.', 1, [['mid-1997', '1997'], ['late 1998', '1998']]],
  ['1999-05-17', 'Voters rejected the measure in the March 3 referendum.', 1, [['March 3', '1999-03-03']]],
  ['1999-05-17', 'The talks will be held June 8 and 9 in Geneva.', 1, [['June 8', '1999-06-08'], ['9', '1999-06-09']]],
  ['1999-05-17', 'Results are due between June 8 and 14, officials said.', 1, [['June 8', '1999-06-08'], ['14', '1999-06-14']]],
  ['1999-05-17', 'The ceasefire collapsed on the night of Nov. 9.', 1, [['Nov. 9', '1998-11-09']]],
  ['1999-05-17', 'The ship sank on Jan. 4, 1990. Divers found it a month later.', 1, [['Jan. 4, 1990', '1990-01-04'], ['a month later', '1990-02']]],
  ['1999-05-17', 'The bank collapsed in 1994 and its director fled a year earlier.', 1, [['1994', '1994'], ['a year earlier', '1993']]],
  ['1999-05-17', "Next year's budget will be smaller, and last Friday's vote showed it.", 1, [["Next year's", '2000'], ["last Friday's", '1999-05-14']]],
  ['1999-05-17', 'Officials said Monday that the polls would reopen on Wednesday, May 19.', 1, [['Monday', '1999-05-17'], ['Wednesday, May 19', '1999-05-19']]],
  ['1999-05-17', 'Elections were held on 30 March 1990 and 2 April 1994.', 1, [['30 March 1990', '1990-03-30'], ['2 April 1994', '1994-04-02']]],
  ['1999-05-17', 'The treaty was signed on the 12th of April last year.', 1, [['the 12th of April last year', '1998-04-12']]],
  ['1999-09-23', 'The schools will stay closed until Monday.', 1, [['Monday', '1999-09-27']]],
  ['1999-09-23', 'The president cut short a visit to Italy on Monday.', 1, [['Monday', '1999-09-20']]],
  ['1999-09-23', 'The minister lost the vote in parliament on Monday.', 1, [['Monday', '1999-09-20']]],
  ['1999-02-21', 'He resigned in January; in March he will run for mayor.', 1, [['January', '1999-01'], ['March', '1999-03']]],
  ['1999-02-21', 'She arrived in April 1991. By December she had the job.', 1, [['April 1991', '1991-04'], ['December', '1991-12']]],
  ['1999-11-30', 'She hoped to have a new coach in place before Feb. 2.', 1, [['Feb. 2', '2000-02-02']]],
  ['2000-03-08', 'The bank foreclosed in October 1932. That Christmas, the brothers were broke.', 1, [['October 1932', '1932-10'], ['That Christmas', '1932-12-25']]],
  ['1999-05-17', 'The tribunal will sit on the 20th and 21st of this month.', 0.5, [['the 20th', '1999-05-20'], ['21st', '1999-05-21', 'gap']]],
  ];
  for (const [published, text, floor, gold] of probes) check({ published, text, gold, floor });
});
