import { test } from 'node:test';
import { check } from '../support/date-sets.ts';

// A second set of fictional wire-service articles (people, towns, companies, teams and events are
// invented), in the style of late-1990s AP / Xinhua / NYT News Service copy: refugees and air raids,
// a judge's impeachment trial, an Asian currency slide, Y2K preparations, a football game, peace
// talks, an election campaign, a fraud trial, a tornado and a quarterly earnings report. Each
// expression is annotated with the calendar value TimeML would give it, counted from the
// publication date (or the dateline's day) or, for "a day later", "that night", "the following
// Saturday" and the like, from the date just mentioned. Weeks, seasons, quarters, durations and
// PRESENT_REF are left out, as in TempEval-3.
//
// Scoring is TempEval-3's: a mention is found when it overlaps the annotated span by at least half
// of the shorter span, and its value is right when, cut to the annotated granularity, it equals the
// annotation ("1998-09-30" is right for "1998"; "1998" is not right for "1998-04").
//
// Expressions marked 'gap' are resolved wrongly (or missed) today; their values are not asserted,
// but each article asserts a floor on the share of values it gets right.

test('AP refugee story from the Balkans with night raids, a summit date and a promise made a day later', () => {
  check({
    published: '1999-04-16',
    text: `PRIZAV, Serbia (AP) -- Ethnic Albanian refugees who crossed into neighboring Valdonia late Thursday said Serb police had emptied their village of Dolna Reka on Tuesday and set fire to the mosque that night.

More than 4,000 people arrived at the Kastel border crossing over the weekend, and aid officials said Friday that the camp at Brezna, built for 1,500 people in early April, was now holding three times that number.

"They came at midnight Wednesday with trucks and lists of names," said Fadil Hoxhaj, 52, a teacher who walked for two days through the hills. "By Thursday morning there was nobody left."

NATO began its air campaign against Yugoslavia on March 24, and alliance spokesman Col. Pieter Vandermeer said Friday that the previous night's raids were the heaviest since the campaign began. He said foreign ministers would meet in Brussels next Tuesday to review the operation, and that alliance leaders would discuss the crisis at their summit in Washington on April 23.

The U.N. refugee agency said it had registered 310,000 refugees in Valdonia since the end of March. The agency appealed last week for $143 million, and spokeswoman Ilse Marten said a second appeal would follow by May 1.

Valdonian officials, who closed the border for 36 hours on April 8, said the government would not accept more refugees unless Western countries take in at least 20,000 people by the end of the month. Germany agreed Wednesday to take 10,000, and Italy said a day later it would take 5,000.

The exodus is the largest in Europe since 1945. Many of those arriving Thursday had already fled their homes once, when fighting between Serb forces and ethnic Albanian rebels displaced more than 250,000 people. A cease-fire negotiated in October 1998 collapsed early this year.`,
    gold: [
      ['late Thursday', '1999-04-15'],
      ['Tuesday', '1999-04-13'],
      ['that night', '1999-04-13'],
      ['Friday', '1999-04-16'],
      ['early April', '1999-04'],
      ['midnight Wednesday', '1999-04-14'],
      ['Thursday morning', '1999-04-15'],
      ['March 24', '1999-03-24'],
      ['Friday', '1999-04-16'],
      ['the previous night', '1999-04-15'],
      ['next Tuesday', '1999-04-20'],
      ['April 23', '1999-04-23'],
      ['the end of March', '1999-03'],
      ['May 1', '1999-05-01'],
      ['April 8', '1999-04-08'],
      ['the end of the month', '1999-04'],
      ['Wednesday', '1999-04-14'],
      ['a day later', '1999-04-15'],
      ['1945', '1945'],
      ['Thursday', '1999-04-15'],
      ['October 1998', '1998-10'],
      ['early this year', '1999'],
    ],
    floor: 1,
  });
});

test('NYT News Service report on the rules for a judge impeachment trial and the coming budget fight', () => {
  check({
    published: '1999-01-14',
    text: `WASHINGTON -- Senate leaders agreed late Wednesday on rules for the impeachment trial of U.S. District Judge Warren T. Ashby, clearing the way for opening arguments to begin next Tuesday.

The House voted 261-163 on Dec. 18 to impeach Ashby on two counts of perjury, the first impeachment of a federal judge since 1989. The articles were delivered to the Senate on Jan. 7, and senators were sworn in as jurors later that week.

Under the agreement, the 13 House managers will have until Jan. 22 to present their case, and Ashby's lawyers will then have three days to respond. A final vote could come later this month or early in February, aides said.

"We intend to finish this by Presidents' Day," said Sen. Loren Pike, R-Kan., who negotiated the rules with Democrats over the weekend and again on Monday. "Nobody wants this hanging over the budget debate."

The budget fight is expected to dominate the spring. The White House will send its fiscal 2000 budget to Congress on Feb. 1, and Republicans said Wednesday they would again insist on the $792 billion tax cut that died in the final days of last year's session.

Ashby, 58, was appointed to the federal bench in 1985. He was indicted in March 1997 on charges that he took bribes from a bail bondsman and was acquitted by a jury a year later, but a judicial council found in September that he had lied to the grand jury.

His lawyer, Dana Whitcomb, said Thursday she would ask the Senate to dismiss the case before the trial opens. "The House rushed this through in the last two weeks of December," she said. "The Senate should not make the same mistake."

A similar motion was rejected 9-1 by the Judiciary Committee on Jan. 11. The Senate last held an impeachment trial in 1989.`,
    gold: [
      ['late Wednesday', '1999-01-13'],
      ['next Tuesday', '1999-01-19'],
      ['Dec. 18', '1998-12-18'],
      ['1989', '1989'],
      ['Jan. 7', '1999-01-07'],
      ['Jan. 22', '1999-01-22'],
      ['later this month', '1999-01'],
      ['February', '1999-02'],
      ["Presidents' Day", '1999-02-15'],
      ['Monday', '1999-01-11'],
      ['fiscal 2000', '2000'],
      ['Feb. 1', '1999-02-01'],
      ['Wednesday', '1999-01-13'],
      ["last year's", '1998'],
      ['1985', '1985'],
      ['March 1997', '1997-03'],
      ['a year later', '1998'],
      ['September', '1998-09'],
      ['Thursday', '1999-01-14'],
      ['December', '1998-12'],
      ['Jan. 11', '1999-01-11'],
      ['1989', '1989'],
    ],
    floor: 1,
  });
});

test('Xinhua markets story from Jakarta filed the day before publication', () => {
  check({
    published: '1998-06-05',
    text: `JAKARTA, June 4 (Xinhua) -- The Indonesian rupiah fell to 11,950 against the U.S. dollar here today, its weakest level since January, as traders worried that talks with the International Monetary Fund (IMF) on a new aid package would drag into next month.

The currency had closed at 11,200 on Wednesday. It has lost more than 75 percent of its value since 1997's crisis began in July last year.

Central bank governor Suharjo Wiranata told reporters today that the bank would keep its benchmark one-month interest rate at 58 percent at least until the end of June. He said the government expected to receive the next 1-billion-dollar IMF installment by mid-July.

The Jakarta Composite Index dropped 2.8 percent to 421.6 points, the lowest close since Dec. 15, 1997. Trading was thin ahead of Friday's release of May inflation figures, which analysts expect to show prices rising more than 50 percent from a year earlier.

Foreign debt talks will resume in Frankfurt on June 15, a spokesman for the government's debt team said. Indonesian companies owe about 80 billion dollars abroad, and most suspended payments in the first half of the year.

In 1997, the economy grew 4.7 percent. The government now forecasts a contraction of 10 percent this year, and the finance ministry said Monday that the budget for the fiscal year that began April 1 would be revised for the third time. Political parties have demanded that it include funds for next year's elections.

Regional markets were mixed. Bangkok's SET index rose 1.2 percent after the Thai baht firmed on Tuesday's news of a Japanese credit line, and Manila will release its April trade figures next Wednesday.`,
    gold: [
      ['June 4', '1998-06-04'],
      ['today', '1998-06-04'],
      ['January', '1998-01'],
      ['next month', '1998-07'],
      ['Wednesday', '1998-06-03'],
      ["1997's", '1997'],
      ['July last year', '1997-07'],
      ['today', '1998-06-04'],
      ['the end of June', '1998-06'],
      ['mid-July', '1998-07'],
      ['Dec. 15, 1997', '1997-12-15'],
      ["Friday's", '1998-06-05'],
      ['May', '1998-05'],
      ['a year earlier', '1997'],
      ['June 15', '1998-06-15'],
      ['1997', '1997'],
      ['this year', '1998'],
      ['Monday', '1998-06-01'],
      ['April 1', '1998-04-01'],
      ["next year's", '1999'],
      ["Tuesday's", '1998-06-02'],
      ['April', '1998-04'],
      ['next Wednesday', '1998-06-10'],
    ],
    floor: 1,
  });
});

test('AP Y2K readiness story two days before the date change', () => {
  check({
    published: '1999-12-29',
    text: `NEW YORK (AP) -- With three days left before the year 2000, banks, utilities and airlines said Wednesday they were ready for the date change, though many will keep extra staff on duty through the holiday weekend.

The Federal Reserve has shipped an extra $50 billion in currency to banks since October in case customers withdraw large sums before Jan. 1. Fed spokeswoman Alma Ruddick said Tuesday that demand for cash had been lower than expected.

Stock and bond markets will close early on Friday, Dec. 31, 1999, and reopen Monday, Jan. 3. The New York Stock Exchange said it would run a final test of its trading systems on Thursday night.

"We started working on this in 1996, and by the end of 1998 we had fixed most of our code," said Harold Benning, technology chief at Corliss Savings Bank. "This is the last week of a three-year project."

Airline officials said flights would operate normally at midnight Friday, although several carriers have cut schedules on New Year's Eve because of weak demand. The Federal Aviation Administration said its air traffic computers passed their last test on Dec. 10.

The president's council on the Y2K problem will begin monitoring reports from around the world at 7 a.m. EST Friday, when the new year arrives in New Zealand. The council said it would issue its first status report Saturday morning and a final report on Jan. 7.

Government officials estimate that the United States has spent about $100 billion on Y2K repairs since 1995. The Commerce Department said last month that most of that money went to replacing old computers rather than fixing software.

Not everyone is worried. A survey released Monday found that 62 percent of Americans planned to stay home on the last night of the year, and only 3 percent had withdrawn extra cash.

In Tokyo, where markets closed for the year on Tuesday, the government has put 3,000 officials on call. Japanese markets will reopen Jan. 4.`,
    gold: [
      ['the year 2000', '2000'],
      ['Wednesday', '1999-12-29'],
      ['October', '1999-10'],
      ['Jan. 1', '2000-01-01'],
      ['Tuesday', '1999-12-28'],
      ['Friday, Dec. 31, 1999', '1999-12-31'],
      ['Monday, Jan. 3', '2000-01-03'],
      ['Thursday night', '1999-12-30'],
      ['1996', '1996'],
      ['the end of 1998', '1998'],
      ['midnight Friday', '1999-12-31'],
      ["New Year's Eve", '1999-12-31'],
      ['Dec. 10', '1999-12-10'],
      ['Friday', '1999-12-31'],
      ['Saturday morning', '2000-01-01'],
      ['Jan. 7', '2000-01-07'],
      ['1995', '1995'],
      ['last month', '1999-11'],
      ['Monday', '1999-12-27'],
      ['Tuesday', '1999-12-28'],
      ['Jan. 4', '2000-01-04'],
    ],
    floor: 1,
  });
});

test('AP college football game story with the rest of the season ahead', () => {
  check({
    published: '1999-11-08',
    text: `MIDLAND, Texas (AP) -- Brett Okafor threw for 312 yards and three touchdowns Saturday as Western Plains beat Carroll State 34-17, keeping alive the Mustangs' hopes of a first conference title since 1991.

The victory came a week after a 21-20 loss at Bexley that coach Ray Dunning called "the worst afternoon of my career." Western Plains (7-2) plays at Tri-County next Saturday and finishes the regular season at home against Bexley State on Nov. 20.

Okafor, a junior who missed three games in September with a broken wrist, completed 24 of 31 passes. He was named the conference's offensive player of the week on Monday for the second time this season.

Carroll State (4-5) has lost four straight since its Oct. 9 upset of top-ranked Lamar Tech. The Cougars were without running back Deion Pruitt, who was suspended Thursday for violating team rules. Athletic director Gail Summers said Friday the suspension would last through the end of the month.

The Mustangs went 3-8 in 1998, and Dunning, hired in December 1997, said before the season that he needed "two more recruiting classes" to compete. A crowd of 41,220, the largest at Mustang Stadium since Sept. 12, 1987, watched Saturday's game.

Dunning, whose contract runs through the 2000 season, is expected to sign an extension this month. The school's board of regents meets Thursday, and a vote on the contract could come as early as Nov. 18.

Bowl officials will announce their pairings on Dec. 5. The conference championship game is set for the following Saturday in San Antonio.`,
    gold: [
      ['Saturday', '1999-11-06'],
      ['1991', '1991'],
      ['next Saturday', '1999-11-13'],
      ['Nov. 20', '1999-11-20'],
      ['September', '1999-09'],
      ['Monday', '1999-11-08'],
      ['Oct. 9', '1999-10-09'],
      ['Thursday', '1999-11-04'],
      ['Friday', '1999-11-05'],
      ['the end of the month', '1999-11'],
      ['1998', '1998'],
      ['December 1997', '1997-12'],
      ['Sept. 12, 1987', '1987-09-12'],
      ["Saturday's", '1999-11-06'],
      ['2000', '2000'],
      ['this month', '1999-11'],
      ['Thursday', '1999-11-11'],
      ['Nov. 18', '1999-11-18'],
      ['Dec. 5', '1999-12-05'],
      ['the following Saturday', '1999-12-11'],
    ],
    floor: 1,
  });
});

test('Xinhua report on Middle East peace talks filed the evening before publication', () => {
  check({
    published: '1998-02-12',
    text: `JERUSALEM, Feb. 11 (Xinhua) -- Israeli and Palestinian negotiators will resume talks on a further Israeli troop withdrawal from the West Bank in Cairo on Sunday, a Palestinian official said here today.

The talks broke off last Thursday after Israel rejected a U.S. proposal for a 13 percent pullback, said Nabil Hamdan, a senior aide to the Palestinian leadership. He said the Palestinian side had received a new American paper on Monday and would give its answer before the Cairo meeting.

The Israeli prime minister's office said in a statement on Tuesday that Israel would not discuss the final status of Jerusalem before May 1999, when the five-year interim period set by the 1993 Oslo accords expires.

U.S. envoy Martin Hollis is due in the region on Feb. 18, a week from today, and will shuttle between the two sides until the end of the month. "If we do not have an agreement by March, the whole process is in danger," Hamdan said.

The peace process has been largely frozen since March 1997, when Israel began building a new Jewish neighborhood in east Jerusalem. A suicide bombing in a Jerusalem market on July 30, 1997, killed 16 people, and Israel sealed off the West Bank and Gaza Strip the day before the funerals.

The last face-to-face meeting between the two leaders was on Oct. 8 last year. Arab foreign ministers are scheduled to meet in Damascus on Feb. 21 to coordinate their positions, and the Arab League will hold an emergency session the following day.`,
    gold: [
      ['Feb. 11', '1998-02-11'],
      ['Sunday', '1998-02-15'],
      ['today', '1998-02-11'],
      ['last Thursday', '1998-02-05'],
      ['Monday', '1998-02-09'],
      ['Tuesday', '1998-02-10'],
      ['May 1999', '1999-05'],
      ['1993', '1993'],
      ['Feb. 18', '1998-02-18'],
      ['a week from today', '1998-02-18', 'gap'], // today: 1998-02-11 [today]
      ['the end of the month', '1998-02'],
      ['March', '1998-03'],
      ['March 1997', '1997-03'],
      ['July 30, 1997', '1997-07-30'],
      ['Oct. 8 last year', '1997-10-08'],
      ['Feb. 21', '1998-02-21'],
      ['the following day', '1998-02-22'],
    ],
    floor: 0.94,
  });
});

test('AP story from Jakarta in the last week of a parliamentary election campaign', () => {
  check({
    published: '1999-06-01',
    text: `JAKARTA, Indonesia (AP) -- Hundreds of thousands of supporters of the opposition Democratic Unity Party jammed the streets of the capital Tuesday, as campaigning for next Monday's parliamentary elections entered its final week.

The June 7 vote will be the first free national election since 1955. More than 110 million people are registered, and 48 parties are taking part. Campaigning will end at midnight Friday, followed by a three-day cooling-off period.

Election commission chairman Rudi Sastrowardoyo said Monday that ballots had reached every province except Irian Jaya, where shipments were delayed by bad weather over the weekend. He said counting would begin on the evening of the vote, but official results would not be announced until June 21 at the earliest.

The new parliament will meet in late August, and the People's Consultative Assembly is to choose a president in November. The caretaker president, who took office when his predecessor resigned on May 21, 1998, has said he will run. Officials want the results certified before Independence Day.

Violence has marred the campaign. Four people were killed in clashes between rival supporters in Central Java on Sunday, police said, and a bomb exploded outside a party office in Medan a day later.

The rupiah and stocks rallied on hopes of a peaceful vote. The currency closed at 7,950 to the dollar on Monday, its strongest level since August 1997, and the Jakarta Composite Index has risen 38 percent since January.

More than 500 foreign observers are monitoring the vote. The European Union's team will issue a preliminary report on June 9.`,
    gold: [
      ['Tuesday', '1999-06-01'],
      ["next Monday's", '1999-06-07'],
      ['June 7', '1999-06-07'],
      ['1955', '1955'],
      ['midnight Friday', '1999-06-04'],
      ['Monday', '1999-05-31'],
      ['June 21', '1999-06-21'],
      ['late August', '1999-08'],
      ['November', '1999-11'],
      ['May 21, 1998', '1998-05-21'],
      ['Independence Day', '1999-08-17', 'gap'], // today: 1999-07-04 [Independence Day]
      ['Sunday', '1999-05-30'],
      ['a day later', '1999-05-31'],
      ['Monday', '1999-05-31'],
      ['August 1997', '1997-08'],
      ['January', '1999-01'],
      ['June 9', '1999-06-09'],
    ],
    floor: 0.94,
  });
});

test('AP court story on a fraud trial date, a hearing a week from Monday and sentencing in May', () => {
  check({
    published: '2000-02-24',
    text: `LOS ANGELES (AP) -- A federal judge on Wednesday refused to move the fraud trial of former Pacific Crest Savings chairman Leland Ostrow out of Los Angeles, ruling that pretrial publicity had not made a fair trial impossible. The trial is set to begin on April 12.

Ostrow was indicted last June on 14 counts of securities and bank fraud stemming from the collapse of Pacific Crest, which regulators seized in October 1998.

U.S. District Judge Naomi Farrell also gave prosecutors until March 15 to turn over grand jury transcripts and scheduled a hearing for a week from Monday on defense motions to suppress evidence seized in a raid on Ostrow's offices on Nov. 3, 1998.

Defense lawyer Gerald Minsky said he would appeal Wednesday's ruling to the 9th U.S. Circuit Court of Appeals by Friday. "Every potential juror in this city has read about my client," he said.

Prosecutors said in a filing Tuesday that two former Pacific Crest executives had agreed to testify against Ostrow. Both pleaded guilty in December and are to be sentenced in May.

The thrift, which had assets of $1.2 billion in fiscal 1997, was closed on Oct. 30, 1998, three days after state examiners reported large losses on real estate loans. A bankruptcy judge approved the sale of its remaining branches earlier this month, and depositors with uninsured accounts are expected to receive about 11 cents on the dollar by the end of the year.

Ostrow, 61, remains free on $2 million bail. If convicted, he faces up to 140 years in prison. A similar case against a San Diego thrift executive ended in a mistrial three years ago.`,
    gold: [
      ['Wednesday', '2000-02-23'],
      ['April 12', '2000-04-12'],
      ['last June', '1999-06'],
      ['October 1998', '1998-10'],
      ['March 15', '2000-03-15'],
      ['a week from Monday', '2000-03-06', 'gap'], // today: 2000-02-28 [Monday]
      ['Nov. 3, 1998', '1998-11-03'],
      ["Wednesday's", '2000-02-23'],
      ['Friday', '2000-02-25'],
      ['Tuesday', '2000-02-22'],
      ['December', '1999-12'],
      ['May', '2000-05'],
      ['fiscal 1997', '1997'],
      ['Oct. 30, 1998', '1998-10-30'],
      ['earlier this month', '2000-02'],
      ['the end of the year', '2000'],
      ['three years ago', '1997'],
    ],
    floor: 0.94,
  });
});

test('AP tornado story with storms expected over the weekend and funerals next week', () => {
  check({
    published: '2000-05-19',
    text: `HARLOW, Kan. (AP) -- Residents of this farming town of 2,100 began clearing debris Friday after a tornado with winds of more than 200 mph tore through the business district Wednesday evening, killing three people and injuring 41.

It was the deadliest storm in Kansas since May 3, 1999, when a string of tornadoes killed six people near Wichita. Gov. Dale Purcell toured the damage Thursday and said he would ask for a federal disaster declaration.

The National Weather Service said the twister touched down at 6:42 p.m. Wednesday about four miles southwest of town and stayed on the ground for 23 minutes. Forecasters had issued a tornado watch for the area at 2 p.m. that day.

More storms are expected Saturday and Sunday, and the weather service said the risk of severe weather would remain high until at least Tuesday.

Harlow's only grocery store, which opened in 1957 and survived the great flood of 1961, was destroyed. Owner Walt Brueck said he hoped to reopen by Labor Day.

The storm was the 11th tornado to hit Kansas this month, compared with six in all of May last year. The state had an unusually dry April, and farmers had already cut their wheat estimates.

Insurance adjusters arrived Thursday night. The Red Cross said it had opened a shelter at the high school on Wednesday night and served 600 meals the next day. The same storm system had spawned two smaller tornadoes in Nebraska on Monday.

Services for two of the victims will be held Monday and Tuesday at Harlow Methodist Church. A memorial service for all three is planned for June 3.`,
    gold: [
      ['Friday', '2000-05-19'],
      ['Wednesday evening', '2000-05-17'],
      ['May 3, 1999', '1999-05-03'],
      ['Thursday', '2000-05-18'],
      ['Wednesday', '2000-05-17'],
      ['that day', '2000-05-17'],
      ['Saturday', '2000-05-20'],
      ['Sunday', '2000-05-21'],
      ['Tuesday', '2000-05-23'],
      ['1957', '1957'],
      ['1961', '1961'],
      ['Labor Day', '2000-09-04'],
      ['this month', '2000-05'],
      ['May last year', '1999-05'],
      ['April', '2000-04'],
      ['Thursday night', '2000-05-18'],
      ['Wednesday night', '2000-05-17'],
      ['the next day', '2000-05-18'],
      ['Monday', '2000-05-15'],
      ['Monday', '2000-05-22'],
      ['Tuesday', '2000-05-23'],
      ['June 3', '2000-06-03'],
    ],
    floor: 1,
  });
});

test('NYT News Service earnings and stock market story with a fiscal year ending next June', () => {
  check({
    published: '1998-10-22',
    text: `NEW YORK -- Shares of Calloway Foods Inc. rose $2.25 to $41.50 on Wednesday after the company reported third-quarter earnings that beat analysts' estimates and said it would complete its $3.4 billion acquisition of Brenner Dairy Co. by the end of the year.

Calloway said net income in the quarter ended Sept. 26 rose to $88.4 million, or 61 cents a share, from $71.2 million, or 50 cents a share. Sales rose 6 percent, to $1.9 billion.

The merger, announced in July, was approved by Brenner shareholders on Oct. 9 and is awaiting clearance from the Federal Trade Commission, which asked for more information on Aug. 28. Chairman Philip Arden said Wednesday that he expected a decision soon and that the combined company would begin trading under a new symbol on Jan. 4.

For fiscal 1999, which ends June 30, Calloway raised its earnings forecast to $2.55 a share. The company said it would close three plants and cut 1,200 jobs by mid-1999.

Calloway last reported a quarterly loss in 1996. Its shares traded at $29 a year ago, and they have risen 23 percent since January and 8 percent since last Thursday.

The broader market also gained. The Dow Jones industrial average rose 39.27 points to 8,519.23 on Wednesday, extending a rally that began after the Federal Reserve cut interest rates on Oct. 15, its second cut since Sept. 29. The Dow is still 9 percent below its record close of 9,337.97 on July 17.

Traders will watch for the government's first estimate of third-quarter economic growth, due Oct. 30, and the Fed's next policy meeting on Nov. 17.`,
    gold: [
      ['Wednesday', '1998-10-21'],
      ['the end of the year', '1998'],
      ['Sept. 26', '1998-09-26'],
      ['July', '1998-07'],
      ['Oct. 9', '1998-10-09'],
      ['Aug. 28', '1998-08-28'],
      ['Wednesday', '1998-10-21'],
      ['Jan. 4', '1999-01-04'],
      ['fiscal 1999', '1999'],
      ['June 30', '1999-06-30'],
      ['mid-1999', '1999'],
      ['1996', '1996'],
      ['a year ago', '1997'],
      ['January', '1998-01'],
      ['last Thursday', '1998-10-15'],
      ['Wednesday', '1998-10-21'],
      ['Oct. 15', '1998-10-15'],
      ['Sept. 29', '1998-09-29'],
      ['July 17', '1998-07-17'],
      ['Oct. 30', '1998-10-30'],
      ['Nov. 17', '1998-11-17'],
    ],
    floor: 1,
  });
});
