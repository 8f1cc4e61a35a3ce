import { test } from 'node:test';
import { check } from '../support/date-sets.ts';
// Fictional wire copy in the three AQUAINT styles (Xinhua English, AP, NYT News Service), dated
// 1998-2000: a provincial trade report, a budget speech, a state visit, a flood-hit harvest, a
// parliament budget crisis, Y2K preparations, a treasurer's guilty plea, a presidential election, a
// mill town, an amateur's comet, a civic symphony at 50 and a governor's race. People, towns,
// companies and events are invented. Each expression is annotated with the calendar value TimeML
// gives it (DATE timexes valued YYYY, YYYY-MM or YYYY-MM-DD), counted from the publication date or,
// for "two days later", "that same day", "the previous Friday" and bare month-days inside a story
// set in an earlier year, from the date just mentioned. Durations, weeks, seasons, quarters, halves
// and fiscal-year ranges are left out, as in TempEval-3. Part-of-day forms ("Tuesday night") are kept
// with the day they fall on. Scoring is TempEval-3's (see test/support/date-sets.ts).
// Expressions marked 'gap' are wrong (or missed) today; they are not asserted, but each article and
// probe asserts a floor on its share of right values.
test('Xinhua: a northwest province reports foreign trade growth and sets targets for 1999', () => {
  check({
    published: '1999-03-03',
    text: `BEIJING, March 3 (Xinhua) -- The foreign trade volume of northwest China's Henglan Province reached 2.31 billion U.S. dollars last year, up 14.6 percent over the previous year, the provincial foreign trade bureau announced here on Wednesday.
Bureau director Tang Weiming told a press conference that textiles, leather goods and processed farm produce accounted for 62 percent of the province's exports, and that Henglan signed 318 new contracts with overseas investors in 1998, involving 740 million dollars.
"The Asian financial crisis hit our markets in Southeast Asia hard in the second half of last year, but we made up the losses in Europe and Latin America," Tang said.
Since 1996, Henglan has approved a total of 1,240 foreign-funded enterprises, most of them in the Qiaoshan Economic and Technological Development Zone, which was set up in May 1992 with the approval of the State Council.
According to Tang, the province expects exports in the first half of this year to grow by at least 8 percent, and aims to raise its annual foreign trade volume to 3 billion dollars by the end of 1999. A trade fair to be held in Qiaoshan early next month is expected to attract more than 2,000 business people from 30 countries and regions.
The bureau also decided this month to simplify customs procedures for exporters from April 1, cutting the time needed to clear goods from five days to two.
Provincial Governor Lu Anping said in his government work report on Monday that Henglan had kept its economic growth above 9 percent for the past five years, and that the province's gross domestic product grew 10.2 percent to 64.5 billion yuan last year.
He said the provincial government would invest 3.8 billion yuan in highways, power stations and water conservancy projects this year, up 20 percent from the 1998 level. A 310-kilometer expressway linking Qiaoshan with the provincial capital of Lanfeng, which began construction in October 1997, is scheduled to open to traffic by the end of this year.
The provincial people's congress, which opened its annual session on Sunday, will close on Friday after approving the government's budget and the 1999 plan for economic and social development, officials said.`,
    gold: [
      ['March 3', '1999-03-03'],
      ['last year', '1998'],
      ['the previous year', '1997'],
      ['Wednesday', '1999-03-03'],
      ['1998', '1998'],
      ['1996', '1996'],
      ['May 1992', '1992-05'],
      ['the end of 1999', '1999'],
      ['early next month', '1999-04'],
      ['this month', '1999-03'],
      ['April 1', '1999-04-01'],
      ['Monday', '1999-03-01'],
      ['last year', '1998'],
      ['this year', '1999'],
      ['1998', '1998'],
      ['October 1997', '1997-10'],
      ['the end of this year', '1999'],
      ['Sunday', '1999-02-28'],
      ['Friday', '1999-03-05'],
      ['1999', '1999'],
    ],
    floor: 1,
  });
});
test('Xinhua: a South Asian government presents its budget for the new fiscal year', () => {
  check({
    published: '1998-06-17',
    text: `MARRAK, June 17 (Xinhua) -- The Suvanian government on Wednesday presented a budget of 412 billion rupees for the 1998-1999 fiscal year beginning July 1, pledging to cut the budget deficit to 4.5 percent of gross domestic product (GDP).
Presenting the budget to the National Assembly, Finance Minister Haroon Qadiri said the deficit for the 1997-1998 fiscal year, which ends on June 30, was estimated at 5.8 percent of GDP, higher than the target of 5 percent set in June last year.
Qadiri said the economy had been hit hard by floods in August last year and by the suspension of foreign aid after the border clashes with neighboring Darrand in late April. The cabinet approved the budget proposals at a special meeting on Tuesday.
He said the government would raise 18 billion rupees in new taxes, mainly by extending the general sales tax to retail trade from September 1, and would reduce defense spending for the first time since 1991.
The Marrak Stock Exchange's 100-share index rose 2.3 percent on Wednesday after the budget speech, recovering part of the losses it suffered on Monday.
Opposition leader Shirin Azad said her Suvanian People's League would vote against the budget, which she called "anti-poor." The assembly is expected to pass the budget before the end of this month.
Qadiri also said talks with the International Monetary Fund (IMF) on a new three-year loan would resume in Marrak on July 6. An IMF mission visited Marrak last month but left without an agreement.
The foreign exchange reserves of the State Bank of Suvania fell to 1.1 billion U.S. dollars by the end of May from 1.7 billion dollars at the end of 1997, according to figures released by the bank on June 10.
The minister said the government had privatized 42 state enterprises since 1993 and planned to sell its 60 percent stake in Suvania International Airlines by the end of the year. Fourteen more enterprises would be offered to foreign investors in the 1999-2000 fiscal year, and a new privatization law would be put before parliament in January next year, he said.`,
    gold: [
      ['June 17', '1998-06-17'],
      ['Wednesday', '1998-06-17'],
      ['July 1', '1998-07-01'],
      ['June 30', '1998-06-30'],
      ['June last year', '1997-06'],
      ['August last year', '1997-08'],
      ['late April', '1998-04'],
      ['Tuesday', '1998-06-16'],
      ['September 1', '1998-09-01'],
      ['1991', '1991'],
      ['Wednesday', '1998-06-17'],
      ['Monday', '1998-06-15'],
      ['the end of this month', '1998-06'],
      ['July 6', '1998-07-06'],
      ['last month', '1998-05'],
      ['the end of May', '1998-05'],
      ['the end of 1997', '1997'],
      ['June 10', '1998-06-10'],
      ['1993', '1993'],
      ['the end of the year', '1998'],
      ['January next year', '1999-01'],
    ],
    floor: 1,
  });
});
test('Xinhua: a European president will visit China; trade and EU talks', () => {
  check({
    published: '2000-06-07',
    text: `VELNA, June 7 (Xinhua) -- Oravian President Stefan Dravik will pay a state visit to China from June 19 to June 23 at the invitation of the Chinese government, Oravian Foreign Ministry spokesman Ivo Marek announced here on Wednesday.
Marek told a regular press briefing that Dravik, who took office in January last year, would hold talks with Chinese leaders on expanding economic and technological cooperation, and would visit the cities of Shanghai and Xi'an.
The visit will be Dravik's first to Asia since he was elected in December 1998. His special envoy, Deputy Foreign Minister Lena Horvat, will arrive in Beijing on Thursday to prepare for the visit, Marek said.
Trade between the two countries reached 312 million U.S. dollars last year, up 23 percent from 1998, and rose a further 17 percent in the first four months of this year, according to Oravian customs figures.
Oravia and China established diplomatic relations in October 1952, and the first Oravian ambassador presented his credentials in Beijing on Dec. 3. The joint economic commission of the two countries, which last met in Velna in November, will hold its next session in Beijing later this year.
Marek said the two sides would sign agreements on investment protection, civil aviation and cultural exchanges during the visit.
Separately, Oravian Prime Minister Jan Kostor said on Tuesday that the country hoped to complete negotiations on joining the European Union by the end of 2002. Kostor, who met a visiting delegation of the European Commission on Monday, said Oravia had closed eight of the 31 chapters of the negotiations since March 1998.
Oravia's economy grew 2.4 percent in 1999 after contracting for two consecutive years, and the government expects growth of 3.5 percent this year. Inflation fell to 6.1 percent in May from 9.8 percent a year earlier.
Parliament is scheduled to vote on the 2001 state budget in early December, and the government will submit the draft to parliament by September 30, Kostor said.`,
    gold: [
      ['June 7', '2000-06-07'],
      ['June 19', '2000-06-19'],
      ['June 23', '2000-06-23'],
      ['Wednesday', '2000-06-07'],
      ['January last year', '1999-01'],
      ['December 1998', '1998-12'],
      ['Thursday', '2000-06-08'],
      ['last year', '1999'],
      ['1998', '1998'],
      ['October 1952', '1952-10'],
      ['Dec. 3', '1952-12-03'],
      ['November', '1999-11'],
      ['later this year', '2000'],
      ['Tuesday', '2000-06-06'],
      ['the end of 2002', '2002'],
      ['Monday', '2000-06-05'],
      ['March 1998', '1998-03'],
      ['1999', '1999'],
      ['this year', '2000'],
      ['May', '2000-05'],
      ['a year earlier', '1999-05'],
      ['2001', '2001'],
      ['early December', '2000-12'],
      ['September 30', '2000-09-30'],
    ],
    floor: 1,
  });
});
test('Xinhua: a flood-hit central province still expects a good grain harvest', () => {
  check({
    published: '1999-10-12',
    text: `CHANGYUAN, October 12 (Xinhua) -- Grain output in central China's Tanhe Province is expected to reach 42.6 million tons this year, the second highest in history, despite the floods that hit the province in early July, provincial officials said here today.
The province's grain output has topped 40 million tons every year since 1996, and reached a record 43.8 million tons in 1997.
Vice Governor Zhou Liqun told Xinhua that the autumn harvest, which began in mid-September, was 85 percent complete by Sunday, and that the sowing of winter wheat would be finished by the end of this month.
The floods, which lasted from July 3 to July 21, inundated 380,000 hectares of farmland and left 126 people dead. The provincial government has since allocated 1.2 billion yuan for rebuilding dikes along the Tanhe River. The first phase of the work will be completed by the end of this year, and the second phase will start next March, Zhou said.
The State Council issued a circular on October 6 urging local governments to protect farmers' interests in grain purchases. Two days later, the provincial government sent 40 work teams to the counties to check that state grain depots were paying the protective prices in cash.
Grain purchase prices were cut by 6 percent in June last year, and the central government made a further adjustment on September 28, reducing the prices for early rice and spring wheat of poor quality.
Farmers' per capita net income in the province rose 4.1 percent in the first nine months to 1,630 yuan, compared with a growth of 7.5 percent for the whole of 1998, according to the provincial statistics bureau.
The provincial government will hold a work conference on rural affairs in Changyuan on Friday, and a provincial trade fair for farm produce will open on November 8, officials said.`,
    gold: [
      ['October 12', '1999-10-12'],
      ['this year', '1999'],
      ['early July', '1999-07'],
      ['today', '1999-10-12'],
      ['1996', '1996'],
      ['1997', '1997'],
      ['mid-September', '1999-09'],
      ['Sunday', '1999-10-10'],
      ['the end of this month', '1999-10'],
      ['July 3', '1999-07-03'],
      ['July 21', '1999-07-21'],
      ['the end of this year', '1999'],
      ['next March', '2000-03'],
      ['October 6', '1999-10-06'],
      ['Two days later', '1999-10-08'],
      ['June last year', '1998-06'],
      ['September 28', '1999-09-28'],
      ['1998', '1998'],
      ['Friday', '1999-10-15'],
      ['November 8', '1999-11-08'],
    ],
    floor: 1,
  });
});
test('AP: a parliament rejects an emergency budget as the currency slides', () => {
  check({
    published: '1998-11-25',
    text: `VOSTAGRAD, Varnia (AP) -- Varnia's parliament rejected the government's emergency budget Tuesday night, deepening a crisis that has sent the national currency to record lows and prompted the finance minister to resign a day earlier.
The 214-177 vote came after 11 hours of angry debate. Prime Minister Anton Belak said Wednesday he would resubmit the budget later this month with deeper spending cuts.
"We have no time left," Belak told reporters. "If this budget is not passed by Dec. 15, we will not be able to pay pensions in January."
The talar fell 9 percent against the dollar Wednesday morning, to 41.2 talars, and has lost 38 percent of its value since Aug. 20, when the central bank stopped defending it.
The International Monetary Fund suspended a $2.1 billion loan program two weeks ago, saying Varnia had missed targets it agreed to in the spring. IMF officials are expected in Vostagrad in the coming days.
Finance Minister Petra Lindholm, who negotiated the loan, resigned Monday, citing "irreconcilable differences" with Belak's coalition partners.
Belak's Social Democrats came first in the 1996 election but have governed with two smaller parties since March 1997. The coalition nearly collapsed last Thursday, when the Farmers' Party walked out of a Cabinet meeting over proposed cuts in grain subsidies.
Opposition leader Milos Tarvik called for early elections, and his Civic Union said it would hold a rally in the capital Saturday.
Earlier this year, the government promised to cut the budget deficit to 3 percent of gross domestic product by the end of 1999. Analysts now say the deficit will exceed 7 percent.
Parliament is scheduled to break for the holidays Dec. 23 and reconvene Jan. 5. Central bank governor Ivo Sarkan said he would not raise interest rates again before next spring.`,
    gold: [
      ['Tuesday night', '1998-11-24'],
      ['a day earlier', '1998-11-23'],
      ['Wednesday', '1998-11-25'],
      ['later this month', '1998-11'],
      ['Dec. 15', '1998-12-15'],
      ['January', '1999-01'],
      ['Wednesday morning', '1998-11-25'],
      ['Aug. 20', '1998-08-20'],
      ['two weeks ago', '1998-11-11'],
      ['Monday', '1998-11-23'],
      ['1996', '1996'],
      ['March 1997', '1997-03'],
      ['last Thursday', '1998-11-19'],
      ['Saturday', '1998-11-28'],
      ['Earlier this year', '1998'],
      ['the end of 1999', '1999'],
      ['Dec. 23', '1998-12-23'],
      ['Jan. 5', '1999-01-05'],
    ],
    floor: 1,
  });
});
test('AP: a small-town utility and the state get ready for the year 2000', () => {
  check({
    published: '1999-12-30',
    text: `PORT ALDEN, Wash. (AP) -- Engineers at the Tillicum Valley Power Cooperative ran their last full test of backup generators Wednesday night, and general manager Roy Haskins said the utility was ready for whatever happens at midnight on Dec. 31, 1999.
"We've been working on this since early 1997," Haskins said. "If the lights go out Saturday morning, it won't be because of a computer."
The county's 911 dispatch center will switch to paper logs at 11 p.m. Friday as a precaution, and the Port Alden police will put all 46 officers on duty New Year's Eve.
State emergency management director Carla Rinaldi said Thursday that 31 of the state's 39 counties had filed readiness reports by Dec. 15, the deadline set in September. A statewide drill two weeks ago turned up problems in eight small water districts, all of which have since been fixed, she said.
Rinaldi's office will run its emergency operations center around the clock from Friday afternoon until at least Jan. 3, and a follow-up review is planned for Jan. 5.
Banks in the region reported heavy but orderly withdrawals last Thursday. The regional Federal Reserve office had said a day earlier that it had shipped extra cash to member banks as a precaution.
Earlier this year, the Legislature set aside $12 million to help small towns and water districts fix their computers. Rinaldi said about $3 million was left unspent and would be returned to the general fund, and the state will publish a full report on its Y2K spending next spring.
Haskins, 61, who joined the cooperative in 1968 as a lineman, plans to retire in March.
"I didn't want to leave before 2000," he said. "I wanted to see how it came out."`,
    gold: [
      ['Wednesday night', '1999-12-29'],
      ['Dec. 31, 1999', '1999-12-31'],
      ['early 1997', '1997'],
      ['Saturday morning', '2000-01-01'],
      ['Friday', '1999-12-31'],
      ["New Year's Eve", '1999-12-31'],
      ['Thursday', '1999-12-30'],
      ['Dec. 15', '1999-12-15'],
      ['September', '1999-09'],
      ['two weeks ago', '1999-12-16'],
      ['Friday afternoon', '1999-12-31'],
      ['Jan. 3', '2000-01-03'],
      ['Jan. 5', '2000-01-05'],
      ['last Thursday', '1999-12-23'],
      ['a day earlier', '1999-12-22'],
      ['Earlier this year', '1999'],
      ['1968', '1968'],
      ['March', '2000-03'],
      ['2000', '2000'],
    ],
    floor: 1,
  });
});
test('AP: a former county treasurer loses a bid to withdraw his guilty plea', () => {
  check({
    published: '2000-04-20',
    text: `HALBERT FALLS, Iowa (AP) -- A former county treasurer who admitted stealing $1.4 million in tax payments will be sentenced Friday after a judge refused to let him withdraw his guilty plea.
Dale Everly, 54, pleaded guilty in February to 11 counts of theft and official misconduct. His new lawyer, Marsha Quint, argued Tuesday that Everly had been pressured into the plea by his previous attorney, but District Judge Alan Mertz ruled a day later that the plea was "knowing and voluntary."
Everly testified Monday that he had not understood he could face up to 10 years in prison on each count.
Prosecutors say Everly began diverting tax payments into a private account in 1995, a year after he was first elected, and kept at it until state auditors discovered the shortfall in December 1998, a month after he won a second term. He resigned the following month and was arrested on Jan. 28.
Sentencing had originally been set for April 7 but was postponed at the defense's request. Two weeks ago, the state auditor's office released a final report that put the county's total losses, including interest and audit costs, at more than $1.9 million.
County supervisors voted last Thursday to sue the company that bonded Everly for the rest. Board chairman Gary Lutz said the board would vote later this month on hiring an outside firm to handle tax collections.
"Earlier this year we thought we'd get most of it back from his retirement account," Lutz said. "Now we're looking at maybe half."
Quint said Wednesday she would appeal the judge's ruling in the coming days. Everly, who has been free on bond since his arrest, is expected to be taken into custody after Friday's hearing.`,
    gold: [
      ['Friday', '2000-04-21'],
      ['February', '2000-02'],
      ['Tuesday', '2000-04-18'],
      ['a day later', '2000-04-19'],
      ['Monday', '2000-04-17'],
      ['1995', '1995'],
      ['December 1998', '1998-12'],
      ['the following month', '1999-01'],
      ['Jan. 28', '1999-01-28'],
      ['April 7', '2000-04-07'],
      ['Two weeks ago', '2000-04-06'],
      ['last Thursday', '2000-04-13'],
      ['later this month', '2000-04'],
      ['Earlier this year', '2000'],
      ['Wednesday', '2000-04-19'],
      ["Friday's", '2000-04-21', 'gap'], // today: 2000-04-14
    ],
    floor: 0.93,
  });
});
test('AP: rival rallies on the eve of a presidential election', () => {
  check({
    published: '2000-11-02',
    text: `SANTA ISOLDA, Marenza (AP) -- With Sunday's presidential election three days away, opposition candidate Rafael Ocampo drew more than 50,000 people to a rally in the capital Wednesday night. A day earlier, Interior Minister Elena Duarte, the ruling party's candidate, had filled the city's main soccer stadium.
Polls published last Thursday gave Ocampo a lead of 4 percentage points, within the margin of error.
The campaign officially ends Thursday. The electoral tribunal said it would announce preliminary results Monday and official results by Nov. 20. If no candidate wins more than half the vote, a runoff will be held Dec. 10.
President Tomas Arrieta won his first term in 1992 and was re-elected in the 1996 election, narrowly defeating Ocampo in a runoff held Dec. 8. The constitution bars him from seeking a third term.
Ocampo, 47, a former mayor of the capital, has promised to renegotiate the country's $3 billion debt with the International Monetary Fund if he takes office Jan. 15.
"The people have waited four years for this," he told supporters. "On Sunday they will be heard."
Violence has marred the campaign. Two campaign workers were shot dead in the northern city of Puerto Lindo on Oct. 22, and a bomb damaged ruling party offices there two weeks ago. No one was hurt in the bombing.
Earlier this year, Congress approved a law requiring transparent ballot boxes and allowing party observers at every polling station. About 180 observers from the Organization of American Republics arrived Tuesday, and more are expected in the coming days.
The electoral tribunal will certify the results later this month. The new Congress, also chosen Sunday, will be sworn in next spring.`,
    gold: [
      ["Sunday's", '2000-11-05'],
      ['Wednesday night', '2000-11-01'],
      ['A day earlier', '2000-10-31'],
      ['last Thursday', '2000-10-26'],
      ['Thursday', '2000-11-02'],
      ['Monday', '2000-11-06'],
      ['Nov. 20', '2000-11-20'],
      ['Dec. 10', '2000-12-10'],
      ['1992', '1992'],
      ['1996', '1996'],
      ['Dec. 8', '1996-12-08', 'gap'], // today: 2000-12-08
      ['Jan. 15', '2001-01-15'],
      ['Sunday', '2000-11-05'],
      ['Oct. 22', '2000-10-22'],
      ['two weeks ago', '2000-10-19'],
      ['Earlier this year', '2000'],
      ['Tuesday', '2000-10-31'],
      ['later this month', '2000-11'],
      ['Sunday', '2000-11-05', 'gap'], // today: 2000-10-29
    ],
    floor: 0.89,
  });
});
test('NYT: a mill town rebuilds after its knitting mill closes', () => {
  check({
    published: '1999-07-15',
    text: `CORLISS FALLS, N.Y. -- For 80 years, the whistle at the Abner & Pratt knitting mill told this town when to wake up, when to eat lunch and when to go home. It blew for the last time on a gray afternoon in the fall of 1994, when the company's new owners shut the mill and moved its last 340 jobs overseas. The final paychecks went out on Dec. 16.
Three years later, the town's only supermarket closed, too. A decade ago, Corliss Falls had 6,100 residents; the 2000 census is expected to count fewer than 4,500.
But in the fall of 1997, a group of former mill workers led by Ruth Kessel, now 68, persuaded the county to buy the empty brick building for $1. Kessel, who started at the mill in 1949 at 18 and ran its payroll office for three decades, still keeps the whistle's pull cord in a drawer in her kitchen.
"We'd spent three years feeling sorry for ourselves," she said. "Somebody had to start."
The first tenant, a maker of custom kayaks called Bluewater Craft, signed its lease on March 9, 1998. That same day, the county announced a $2 million grant to fix the roof and the wiring. The previous Friday, the state economic development agency had agreed to lend the project another $1.5 million at 2 percent interest. Work on the roof began on April 20 and was finished by Aug. 14.
The town council voted on Thursday, June 4, 1998, to waive property taxes on the building for 10 years. The following Monday, the first trucks from Bluewater Craft backed up to the old loading dock.
In mid-1998, the building reopened as the Millrace Business Center. It now houses 14 businesses, from a bakery to a company that writes software for dairy farms, and employs 162 people. By year's end, the center's manager, Paul Okafor, expects to have 210 people working there.
"It's not 340 jobs with a pension," Okafor said. "But it's 162 paychecks that weren't here two years ago."
On Monday, the center's board voted to spend $400,000 to turn the mill's old dye house into space for four more companies. Mayor Dennis Ohlin said Tuesday that the town would apply for a state grant to cover half the cost, with the application due Sept. 1.
Next month, on the 85th anniversary of the mill's opening, the town will hold a street fair in front of the building. Kessel has been asked to pull the cord.
"It still works," she said. "I checked last week."
Not everyone is convinced that the center can replace what was lost. Earl Dunphy, 59, who worked in the mill's shipping department from 1962 until it closed, now drives 40 miles each way to a warehouse job. He said he had applied for a job at Bluewater Craft in April but never heard back.
"It's nice for the young people," he said. "For the rest of us, the mill was the town."`,
    gold: [
      ['Dec. 16', '1994-12-16', 'gap'], // today: 1998-12-16
      ['Three years later', '1997', 'gap'], // today: 2001
      ['A decade ago', '1989'],
      ['2000', '2000'],
      ['1949', '1949'],
      ['March 9, 1998', '1998-03-09'],
      ['That same day', '1998-03-09'],
      ['The previous Friday', '1998-03-06'],
      ['April 20', '1998-04-20'],
      ['Aug. 14', '1998-08-14'],
      ['Thursday, June 4, 1998', '1998-06-04'],
      ['The following Monday', '1998-06-08'],
      ['mid-1998', '1998'],
      ["year's end", '1999'],
      ['two years ago', '1997'],
      ['Monday', '1999-07-12'],
      ['Tuesday', '1999-07-13'],
      ['Sept. 1', '1999-09-01'],
      ['Next month', '1999-08'],
      ['1962', '1962'],
      ['April', '1999-04'],
    ],
    floor: 0.9,
  });
});
test('NYT: an amateur astronomer, his comet and an observatory turning 50', () => {
  check({
    published: '1998-03-04',
    text: `MOUNT ORRIN, Ariz. -- Walter Pell was 71 years old, retired from a career selling crop insurance and peering through a telescope he had built from a kit, when he found the comet that now bears his name.
It was the night of Jan. 12, 1996, and Pell, bundled in two coats on the roof of his garage in nearby Dustin Flats, noticed a faint, fuzzy patch of light in the constellation Hydra that was on none of his charts. He telephoned the observatory here the next morning. That same day, astronomers on the mountain confirmed the find, and the following Monday the Central Bureau for Minor Bodies issued a circular naming the object Comet Pell.
By Feb. 20, the comet was visible through binoculars. A year later, in April, it passed within 40 million miles of Earth and was bright enough to see from a city sidewalk. Pell, who turned 73 last month, has since given more than 200 talks at schools and libraries.
"I was just a fellow who couldn't sleep," he said.
The Mount Orrin Observatory, run by a consortium of four universities, was founded in 1948 by the astronomer Margaret Hale Dunning. A decade ago, it nearly closed, when two of the universities withdrew over the cost of maintaining its aging instruments.
In the fall of 1997, the consortium announced plans for a new 3.5-meter telescope, the first major instrument built on the mountain since 1971. Construction began last October and is expected to be finished in mid-1999.
The consortium's board approved the final $4 million for the project on Feb. 23. The previous Friday, the National Science Foundation had agreed to match that amount.
"Without that, we would have had to stop at the foundation," said the observatory's director, Dr. Anita Corvo, who came here from a university in Chile in 1989. By year's end, she said, the dome and mount should be in place.
On May 21, the observatory will mark the 50th anniversary of its first observation with a public open house, and Pell will be the guest of honor.
Astronomers here said Monday that new measurements show the comet swings around the sun every 11 years, meaning it will return in 2007. A public viewing night, with a talk by Pell, is planned for Friday.
Pell says he intends to be on his garage roof for the comet's return. "I'll be 82," he said. "I'll wear three coats."`,
    gold: [
      ['Jan. 12, 1996', '1996-01-12'],
      ['the next morning', '1996-01-13'],
      ['That same day', '1996-01-13'],
      ['the following Monday', '1996-01-15'],
      ['Feb. 20', '1996-02-20'],
      ['A year later', '1997'],
      ['April', '1997-04'],
      ['last month', '1998-02'],
      ['1948', '1948'],
      ['A decade ago', '1988'],
      ['1971', '1971'],
      ['last October', '1997-10'],
      ['mid-1999', '1999'],
      ['Feb. 23', '1998-02-23'],
      ['The previous Friday', '1998-02-20'],
      ['1989', '1989'],
      ["year's end", '1998'],
      ['May 21', '1998-05-21'],
      ['Monday', '1998-03-02'],
      ['2007', '2007'],
      ['Friday', '1998-03-06'],
    ],
    floor: 1,
  });
});
test('NYT: a civic symphony turns 50 and plays its first program again', () => {
  check({
    published: '2000-01-06',
    text: `BRAMWELL, Minn. -- The Bramwell Civic Symphony gave its first concert on Jan. 8, 1950, in the gymnasium of the town's high school, with 31 musicians, a borrowed timpani and a conductor who also taught chemistry. On Saturday, the orchestra will mark its 50th anniversary by playing the same program -- Weber, Schubert and a waltz by the orchestra's founder, Hedda Lindqvist -- in the same gymnasium.
Lindqvist, who led the orchestra for 37 years, died in 1987 at 88. Her granddaughter, Karin Lindqvist Moe, will play second violin on Saturday.
The orchestra's history has not been smooth. In 1994, it lost its hall when the old Opera House was condemned, and it spent three seasons in a church basement. Three years later, in the fall of 1997, it came within a few weeks of bankruptcy. The board voted on Nov. 18 to cancel the rest of the season, then reversed itself a week later, after a local bank agreed to extend its line of credit.
"A decade ago, we had 1,400 subscribers," said the board president, Elaine Fortier. "By 1997, we had 600."
The turnaround began in mid-1998, when a Bramwell software company, Northfield Systems, gave the orchestra $750,000 and the use of a renovated warehouse for rehearsals. The board hired a new music director, Paolo Vance, on Dec. 14, 1998. The previous Friday, his predecessor, Arne Sundby, had conducted his final concert after 16 years.
Under Vance, 34, subscriptions rose to 1,100 last year, and the orchestra sold out its New Year's Eve concert for the first time. Rehearsals for the anniversary concert began Monday.
The orchestra hopes to raise $3 million for an endowment by year's end, and last month it received a pledge of $500,000 from a retired banker who asked not to be named. Fortier said the board would announce the rest of its anniversary season next month.
"People here don't say much," Vance said. "But they come, and they stay for the waltz."`,
    gold: [
      ['Jan. 8, 1950', '1950-01-08'],
      ['Saturday', '2000-01-08'],
      ['1987', '1987'],
      ['Saturday', '2000-01-08'],
      ['1994', '1994'],
      ['Three years later', '1997'],
      ['Nov. 18', '1997-11-18', 'gap'], // today: 1999-11-18
      ['a week later', '1997-11-25', 'gap'], // today: 1999-11-25
      ['A decade ago', '1990'],
      ['1997', '1997'],
      ['mid-1998', '1998'],
      ['Dec. 14, 1998', '1998-12-14'],
      ['The previous Friday', '1998-12-11'],
      ['last year', '1999'],
      ["New Year's Eve", '1999-12-31'],
      ['Monday', '2000-01-03'],
      ["year's end", '2000'],
      ['last month', '1999-12'],
      ['next month', '2000-02'],
    ],
    floor: 0.89,
  });
});
test('NYT: a profile of a candidate for governor in a tight race', () => {
  check({
    published: '2000-09-14',
    text: `ELDER CREEK, Mont. -- Marian Tolliver was 29 when she first ran for the Legislature, in 1986, and lost by 212 votes to a rancher who had held the seat since 1970. Two years later, she won it by 900.
A decade ago, she was the only woman on the state Senate's finance committee. Now, at 43, the former schoolteacher is the Democratic nominee for governor, and polls show her running even with her Republican opponent, Lt. Gov. Dwight Harlan.
Tolliver won the Democratic primary on June 6 with 58 percent of the vote. That same day, Harlan beat two rivals with 41 percent, and the following Monday he challenged her to a series of 10 debates. She accepted three.
The first is set for Sunday in Fort Wendell. The last will be held on Oct. 29, nine days before the Nov. 7 election.
At a rally Tuesday at the county fairgrounds here, Tolliver spoke for 20 minutes about school funding and said almost nothing about Harlan. The previous Friday, Harlan's campaign had begun running television advertisements accusing her of voting for 14 tax increases.
"She voted for every one of them," said Harlan's spokesman, Curt Bauer. Tolliver's campaign says 11 of the 14 were fee increases for hunting and fishing licenses, approved by both parties in 1995.
Tolliver's path to the nomination began in mid-1998, when the popular Democratic attorney general, Ray Ostrander, decided not to run. She announced her candidacy on Feb. 2, 1999, in the gymnasium of the school where she once taught. Three months later, she had raised $600,000. On Aug. 1, she hired a campaign manager, Nora Beck, who had run Ostrander's last two races.
Democrats have not won the governor's office here since the 1984 election. In the 1996 election, the party's nominee got 37 percent.
"I'm not going to win this by pretending to be somebody else," Tolliver said in an interview Wednesday. "People here have known me for a long time."
Her campaign expects to spend $2.5 million by year's end, most of it on television in the last month of the race. Harlan, who had $3.1 million in the bank on Aug. 31, according to his latest report, plans to spend more.
Early voting begins Oct. 2, and Tolliver will turn 44 the day before.`,
    gold: [
      ['1986', '1986'],
      ['1970', '1970'],
      ['Two years later', '1988'],
      ['A decade ago', '1990'],
      ['June 6', '2000-06-06'],
      ['That same day', '2000-06-06'],
      ['the following Monday', '2000-06-12'],
      ['Sunday', '2000-09-17'],
      ['Oct. 29', '2000-10-29'],
      ['Nov. 7', '2000-11-07'],
      ['Tuesday', '2000-09-12'],
      ['The previous Friday', '2000-09-08'],
      ['1995', '1995'],
      ['mid-1998', '1998'],
      ['Feb. 2, 1999', '1999-02-02'],
      ['Three months later', '1999-05'],
      ['Aug. 1', '1999-08-01', 'gap'], // today: 2000-08-01
      ['1984', '1984'],
      ['1996', '1996'],
      ['Wednesday', '2000-09-13'],
      ["year's end", '2000'],
      ['Aug. 31', '2000-08-31'],
      ['Oct. 2', '2000-10-02'],
      ['the day before', '2000-10-01'],
    ],
    floor: 0.95,
  });
});
// One-sentence probes of tricky shapes, each with its own publication date.
const probes: { note: string; published: string; text: string; gold: [string, string, 'gap'?][]; floor: number }[] = [
  { note: 'weekday, future by modal will', published: '1999-05-21', text: 'The Kelmar Senate will vote on the water bill Tuesday.', floor: 1, gold: [
    ['Tuesday', '1999-05-25'],
  ] },
  { note: 'weekday, past tense', published: '1999-05-21', text: 'The Kelmar Senate voted on the water bill Tuesday.', floor: 1, gold: [
    ['Tuesday', '1999-05-18'],
  ] },
  { note: 'possessive weekday, future event', published: '1999-05-21', text: "Voters in Kelmar go to the polls in Sunday's referendum on the dam.", floor: 1, gold: [
    ["Sunday's", '1999-05-23'],
  ] },
  { note: 'possessive weekday, past event', published: '1999-05-21', text: "Officials are still investigating Wednesday's explosion at the Pardo refinery.", floor: 1, gold: [
    ["Wednesday's", '1999-05-19'],
  ] },
  { note: 'weekday, future by modal could', published: '1999-12-30', text: 'Power in Port Alden could go out Saturday, the utility warned.', floor: 1, gold: [
    ['Saturday', '2000-01-01'],
  ] },
  { note: 'weekday, future in an if-clause', published: '1999-12-30', text: 'If the lights go out Saturday, the Port Alden shelters will open.', floor: 1, gold: [
    ['Saturday', '2000-01-01'],
  ] },
  { note: 'weekday, progressive used for the future', published: '1999-06-01', text: 'The Oravian minister is leaving for Velna on Thursday.', floor: 1, gold: [
    ['Thursday', '1999-06-03'],
  ] },
  { note: 'possessive weekday after "after", future', published: '2000-04-20', text: "Everly is expected to be taken into custody after Friday's hearing.", floor: 0, gold: [
    ["Friday's", '2000-04-21', 'gap'], // today: 2000-04-14
  ] },
  { note: 'possessive weekday with "away", future', published: '2000-11-02', text: "With Sunday's election three days away, Ocampo drew 50,000 people to a rally.", floor: 1, gold: [
    ["Sunday's", '2000-11-05'],
  ] },
  { note: 'weekday after a clock time, present for future', published: '2000-11-02', text: 'Polls in Marenza close at 6 p.m. Sunday.', floor: 1, gold: [
    ['Sunday', '2000-11-05'],
  ] },
  { note: 'future-in-the-past: said Monday that ... would', published: '1999-06-01', text: "Officials said Monday that Thursday's summit in Velna would focus on trade.", floor: 1, gold: [
    ['Monday', '1999-05-31'],
    ["Thursday's", '1999-06-03'],
  ] },
  { note: 'began X and lasts until Y', published: '1999-06-01', text: 'The curfew in Marrak began Friday and lasts until Monday.', floor: 1, gold: [
    ['Friday', '1999-05-28'],
    ['Monday', '1999-06-07'],
  ] },
  { note: 'weekday 3 days before a Monday publication, across the year', published: '1999-01-04', text: 'The talar was pegged to the new currency on Friday.', floor: 1, gold: [
    ['Friday', '1999-01-01'],
  ] },
  { note: 'weekday future across month end', published: '1998-03-04', text: 'The Oravian delegation will leave on Sunday for a five-day visit.', floor: 1, gold: [
    ['Sunday', '1998-03-08'],
  ] },
  { note: 'weekday past across month start', published: '1998-03-04', text: 'The Oravian delegation left on Sunday for a five-day visit.', floor: 1, gold: [
    ['Sunday', '1998-03-01'],
  ] },
  { note: 'this + weekday', published: '2000-02-24', text: 'The Corvain council meets this Friday to pick a new chairman.', floor: 1, gold: [
    ['this Friday', '2000-02-25'],
  ] },
  { note: 'late + weekday', published: '2000-02-24', text: 'The fire at the Halden warehouse broke out late Sunday.', floor: 1, gold: [
    ['late Sunday', '2000-02-20'],
  ] },
  { note: 'early on + weekday + month-day', published: '1998-11-25', text: 'Corvain shops will close early on Thursday, Dec. 24.', floor: 1, gold: [
    ['Thursday, Dec. 24', '1998-12-24'],
  ] },
  { note: 'month-day early next year', published: '1999-12-29', text: 'The new currency board takes over on Jan. 3.', floor: 1, gold: [
    ['Jan. 3', '2000-01-03'],
  ] },
  { note: 'holiday next year', published: '1999-12-29', text: "Markets in Velna will be closed on New Year's Day.", floor: 1, gold: [
    ["New Year's Day", '2000-01-01'],
  ] },
  { note: 'weekday + month-day across the year', published: '1999-12-29', text: 'Trading on the Velna exchange resumes Monday, Jan. 3.', floor: 1, gold: [
    ['Monday, Jan. 3', '2000-01-03'],
  ] },
  { note: 'month-day late previous year', published: '1998-01-06', text: 'The Corvain city council approved the plan on Dec. 29.', floor: 1, gold: [
    ['Dec. 29', '1997-12-29'],
  ] },
  { note: 'bare month, previous year', published: '1998-01-06', text: 'Consumer prices in Oravia rose 4 percent in December.', floor: 1, gold: [
    ['December', '1997-12'],
  ] },
  { note: 'bare month, future by modal', published: '1999-10-12', text: 'The new harbor rules will take effect in March.', floor: 1, gold: [
    ['March', '2000-03'],
  ] },
  { note: 'bare month, past', published: '1999-10-12', text: 'Exports from Tanhe fell 3 percent in March.', floor: 1, gold: [
    ['March', '1999-03'],
  ] },
  { note: 'last + month name', published: '1999-06-01', text: 'The mayor of Corvain resigned last March.', floor: 1, gold: [
    ['last March', '1999-03'],
  ] },
  { note: 'past-tense month-day a month after the publication day-of-year', published: '1999-06-01', text: 'Halden Mining paid its last dividend on July 1.', floor: 0, gold: [
    ['July 1', '1998-07-01', 'gap'], // today: 1999-07-01
  ] },
  { note: 'holiday + last year', published: '1999-06-01', text: 'The Tavira accord took effect on Independence Day last year.', floor: 1, gold: [
    ['Independence Day last year', '1998-07-04'],
  ] },
  { note: 'month-day after a full date in an earlier year', published: '1999-06-01', text: 'The Pardo strike began on Jan. 12, 1996, and ended on Feb. 2.', floor: 1, gold: [
    ['Jan. 12, 1996', '1996-01-12'],
    ['Feb. 2', '1996-02-02'],
  ] },
  { note: 'month-day after a full date, across the year end', published: '1999-06-01', text: 'The Pardo strike began on Dec. 28, 1996, and ended on Jan. 9.', floor: 1, gold: [
    ['Dec. 28, 1996', '1996-12-28'],
    ['Jan. 9', '1997-01-09'],
  ] },
  { note: 'By + month-day after a full date', published: '1999-06-01', text: 'The Kesh dam burst on Oct. 2, 1995. By Oct. 5, 300 people were dead.', floor: 1, gold: [
    ['Oct. 2, 1995', '1995-10-02'],
    ['Oct. 5', '1995-10-05'],
  ] },
  { note: 'bare months after an explicit year', published: '1999-06-01', text: 'In 1996, the Pardo strike began in June and ended in August.', floor: 1, gold: [
    ['1996', '1996'],
    ['June', '1996-06'],
    ['August', '1996-08'],
  ] },
  { note: 'bare month after month-year', published: '1999-06-01', text: 'The Kesh dam burst in October 1995. In November, the army arrived.', floor: 1, gold: [
    ['October 1995', '1995-10'],
    ['November', '1995-11'],
  ] },
  { note: 'The following + month name', published: '1999-06-01', text: 'The Kesh dam burst in October 1995. The following March, the army arrived.', floor: 1, gold: [
    ['October 1995', '1995-10'],
    ['The following March', '1996-03'],
  ] },
  { note: 'month in reported future, anchored to a past speech', published: '1999-06-01', text: 'Ocampo said on Jan. 5, 1997, that the war would end by April.', floor: 0.5, gold: [
    ['Jan. 5, 1997', '1997-01-05'],
    ['April', '1997-04', 'gap'], // today: 2000-04
  ] },
  { note: 'weekday after a weekday-dated past event', published: '1999-06-01', text: 'The Pardo strike began on Monday, June 3, 1996. On Friday, the army moved in.', floor: 0.5, gold: [
    ['Monday, June 3, 1996', '1996-06-03'],
    ['Friday', '1996-06-07', 'gap'], // today: 1999-05-28
  ] },
  { note: 'appositive weekday then the following weekday', published: '1999-06-01', text: 'The plan was unveiled on March 3, a Wednesday. The following Tuesday the government gave in.', floor: 1, gold: [
    ['March 3', '1999-03-03'],
    ['The following Tuesday', '1999-03-09'],
  ] },
  { note: 'chain: N days later', published: '1999-06-01', text: 'The ministry announced the plan on March 3. Two days later, the dockworkers union called a strike.', floor: 1, gold: [
    ['March 3', '1999-03-03'],
    ['Two days later', '1999-03-05'],
  ] },
  { note: 'chain: the following day in a leap year', published: '2000-06-01', text: 'The Tavira treaty was signed on Feb. 28, and the following day it took effect.', floor: 1, gold: [
    ['Feb. 28', '2000-02-28'],
    ['the following day', '2000-02-29'],
  ] },
  { note: 'chain: the previous year after an explicit year', published: '1999-06-01', text: 'In 1995, Halden Mining lost $40 million, after earning $12 million the previous year.', floor: 1, gold: [
    ['1995', '1995'],
    ['the previous year', '1994'],
  ] },
  { note: 'chain: a year earlier after month-year', published: '1999-06-01', text: 'Bluefield Credit was founded in March 1996; a year earlier, its founder had quit the state bank.', floor: 1, gold: [
    ['March 1996', '1996-03'],
    ['a year earlier', '1995'],
  ] },
  { note: 'chain: the day before', published: '2000-02-24', text: 'The Marrak court met on Feb. 8. The day before, the defense had asked for a delay.', floor: 1, gold: [
    ['Feb. 8', '2000-02-08'],
    ['The day before', '2000-02-07'],
  ] },
  { note: 'chain: That same day', published: '1999-06-01', text: 'Bluewater Craft signed its lease on March 9, 1998. That same day, the county announced a grant.', floor: 1, gold: [
    ['March 9, 1998', '1998-03-09'],
    ['That same day', '1998-03-09'],
  ] },
  { note: 'chain: the previous weekday', published: '2000-02-24', text: 'The Kelmar vote was held on Jan. 30. The previous Thursday, party leaders had agreed on the date.', floor: 1, gold: [
    ['Jan. 30', '2000-01-30'],
    ['The previous Thursday', '2000-01-27'],
  ] },
  { note: 'ordinal day of this month', published: '1999-06-03', text: 'Applications for the Halden grants must be filed by the 15th.', floor: 1, gold: [
    ['the 15th', '1999-06-15'],
  ] },
  { note: 'ordinal day + of this month', published: '1999-06-03', text: 'Applications for the Halden grants must be filed by the 15th of this month.', floor: 1, gold: [
    ['the 15th of this month', '1999-06-15'],
  ] },
  { note: 'day range, bare second day', published: '1999-06-03', text: 'The Kelmar talks will run from June 14 to 18.', floor: 1, gold: [
    ['June 14', '1999-06-14'],
    ['18', '1999-06-18'],
  ] },
  { note: 'month-day and bare day', published: '1998-03-09', text: 'The Oravian summit is set for April 14 and 15.', floor: 1, gold: [
    ['April 14', '1998-04-14'],
    ['15', '1998-04-15'],
  ] },
  { note: 'the + apostrophe year', published: '1998-09-03', text: "Losses from the '97 crisis have still not been recovered, the Marrak exchange said.", floor: 1, gold: [
    ["'97", '1997'],
  ] },
  { note: 'holiday name + year', published: '1998-03-09', text: 'Walter Pell was born on the Fourth of July, 1926.', floor: 1, gold: [
    ['the Fourth of July, 1926', '1926-07-04'],
  ] },
  { note: 'N days from now', published: '1999-06-01', text: 'The Corliss plant will reopen three days from now.', floor: 1, gold: [
    ['three days from now', '1999-06-04'],
  ] },
  { note: 'the year after next', published: '1999-06-01', text: 'The Corliss plant will reopen the year after next.', floor: 1, gold: [
    ['the year after next', '2001'],
  ] },
  { note: 'the day before yesterday', published: '1998-04-15', text: 'The Oravian trade minister arrived here the day before yesterday.', floor: 1, gold: [
    ['the day before yesterday', '1998-04-13'],
  ] },
  { note: 'N months ago', published: '1998-04-15', text: 'The Pardo mine was closed three months ago.', floor: 1, gold: [
    ['three months ago', '1998-01'],
  ] },
  { note: 'the end of next month', published: '1998-04-15', text: "Halden Mining's bridge loan expires at the end of next month.", floor: 1, gold: [
    ['the end of next month', '1998-05'],
  ] },
  { note: 'holiday + this year + weekday-date', published: '1998-11-25', text: 'Christmas Day falls on a Friday this year.', floor: 1, gold: [
    ['Christmas Day', '1998-12-25'],
    ['this year', '1998'],
  ] },
  { note: 'holiday: Thanksgiving', published: '2000-11-02', text: 'The Marenza trade bill must pass before Thanksgiving, aides said.', floor: 1, gold: [
    ['Thanksgiving', '2000-11-23'],
  ] },
];
for (const p of probes) {
  test(`probe: ${p.note}`, () => check({ published: p.published, text: p.text, gold: p.gold, floor: p.floor }));
}
