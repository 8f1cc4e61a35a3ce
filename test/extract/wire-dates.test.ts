import { test } from 'node:test';
import { check } from '../support/date-sets.ts';

// Fictional wire-service articles (people, places, companies and events are invented), in the
// style of late-1990s AP / Xinhua / NYT News Service copy. Each expression is annotated with the
// calendar value TimeML would give it, counted from the publication date or, for "two days later",
// "the following Monday" and the like, from the date just mentioned. Weeks, seasons, quarters,
// durations and PRESENT_REF are left out, as in TempEval-3.
//
// Scoring is TempEval-3's: a mention is found when it overlaps the annotated span by at least half
// of the shorter span, and its value is right when, cut to the annotated granularity, it equals the
// annotation ("1998-09-30" is right for "1998"; "1998" is not right for "1998-04").
//
// Expressions marked 'gap' are resolved wrongly (or missed) today; their values are not asserted,
// but each article asserts a floor on the share of values it gets right.

test('Xinhua report on provincial output with a dateline and a congress session later in the week', () => {
  check({
    published: '1999-03-03',
    text: `HALVANG, March 3 (Xinhua) -- The Provincial Statistics Bureau of Teshan said Wednesday that industrial output in the province rose 9.2 percent in 1998, the fastest pace since 1995.

Bureau director Qiao Menglin told reporters that growth slowed in the fourth quarter but recovered in January, when factories in the Halvang development zone reported record orders.

Output in February was hit by the Spring Festival holiday, which fell on Feb. 16, Qiao said. Exports rose 4.1 percent in the first two months of the year.

The bureau expects growth of about 8 percent this year, and Qiao said a new steel plant near Lusan would begin trial production next month. The plant, approved by the provincial government in the summer of 1997, was originally scheduled to open by the end of last year.

Provincial Governor Wen Daoshan is scheduled to present the figures to the provincial people's congress on Friday. Last month, Wen pledged to cut the number of loss-making state enterprises by half by the end of 2000.

Since 1996, the province has attracted 3.8 billion U.S. dollars in foreign investment, the bureau said. Investment from overseas rose sharply in the second half of last year, and a trade fair held in Halvang on Oct. 12 drew more than 600 foreign firms.

Qiao said the bureau would publish full-year figures for fiscal 1999 in early January 2000.`,
    gold: [
      ['March 3', '1999-03-03'],
      ['Wednesday', '1999-03-03'],
      ['1998', '1998'],
      ['1995', '1995'],
      ['January', '1999-01'],
      ['February', '1999-02'],
      ['Feb. 16', '1999-02-16'],
      ['this year', '1999'],
      ['next month', '1999-04'],
      ['the end of last year', '1998'],
      ['Friday', '1999-03-05'],
      ['Last month', '1999-02'],
      ['the end of 2000', '2000'],
      ['1996', '1996'],
      ['Oct. 12', '1998-10-12'],
      ['fiscal 1999', '1999'],
      ['early January 2000', '2000-01'],
    ],
    floor: 1, // 17 of 17 right today
  });
});

test('AP story on barge safety rules that counts days from an earlier sinking', () => {
  check({
    published: '1998-11-12',
    text: `WASHINGTON (AP) _ The Federal Waterways Board said Thursday it will delay new barge safety rules until next spring, a year after the sinking of the freighter Clara Voss on the Ohmer River.

Board chairman Dennis Ruark told a House panel on Tuesday that the rules, first proposed in August, needed more study. The panel's chairman, Rep. Harlan Petchey, said he would call Ruark back before Christmas.

The Clara Voss went down on Nov. 3, 1997, killing nine crew members. Two days later, the board ordered inspections of every barge operator on the river. A report released in April blamed a cracked hull plate.

\`\`We have waited more than a year,'' said Marla Jessup, whose brother died in the sinking. \`\`They promised us rules by the end of this year.''

The board's budget for fiscal 1999, which began Oct. 1, includes $4 million for the rules. Ruark said Wednesday that staff would hold public hearings in Corbin Falls and Haddon Bluff early next year.

The delay is the second since the summer. In July, the board pushed back a June deadline after barge companies complained that compliance would cost more than $200 million over the next five years.

Petchey's committee will vote on a separate waterways bill Monday. A similar bill died in the Senate last year.`,
    gold: [
      ['Thursday', '1998-11-12'],
      ['Tuesday', '1998-11-10'],
      ['August', '1998-08'],
      ['Christmas', '1998-12-25'],
      ['Nov. 3, 1997', '1997-11-03'],
      ['Two days later', '1997-11-05'],
      ['April', '1998-04'],
      ['the end of this year', '1998'],
      ['fiscal 1999', '1999'],
      ['Oct. 1', '1998-10-01'],
      ['Wednesday', '1998-11-11'],
      ['early next year', '1999'],
      ['July', '1998-07'],
      ['June', '1998-06'],
      ['Monday', '1998-11-16'],
      ['last year', '1997'],
    ],
    floor: 1, // 16 of 16 right today
  });
});

test('NYT sports story on a fired basketball coach with nights, mornings and a quoted timeline', () => {
  check({
    published: '1999-02-18',
    text: `PORT EDRIC _ For the second time in three weeks, the Port Edric Gulls have fired a coach in the middle of the season.

Team owner Lyle Baskerfield dismissed coach Tom Varga on Wednesday, a day after a 104-88 loss to the Harbor City Tritons, and named assistant Dwayne Oakes interim coach for the rest of the 1998-99 season.

Varga had replaced Rick Delmont on Jan. 29. Delmont, who had led the team to the conference finals in the spring of 1997, was fired the same day after the Gulls lost their ninth straight game.

\`\`I was told Tuesday night that things would be fine,'' Varga said in a telephone interview Thursday. \`\`The next morning I was gone.''

Baskerfield said he would begin a search for a permanent coach after the season ends in April. The team has not had a winning record since the 1995-96 season, and attendance has fallen by a third in the past two years.

The Gulls play the Tritons again Saturday at home, the team said. They then leave for a five-game road trip that ends Feb. 28. The trading deadline is March 11.

Oakes, 41, played eight seasons for the Gulls, won the club's only championship in '87 and retired in 1992. He said the team would practice twice a day until the end of the month. \`\`We start over today,'' he said.`,
    gold: [
      ['Wednesday', '1999-02-17'],
      ['Jan. 29', '1999-01-29'],
      ['the same day', '1999-01-29'],
      ['Tuesday night', '1999-02-16'],
      ['Thursday', '1999-02-18'],
      ['The next morning', '1999-02-17', 'gap'],
      ['April', '1999-04'],
      ['Saturday', '1999-02-20'],
      ['Feb. 28', '1999-02-28'],
      ['March 11', '1999-03-11'],
      ["'87", '1987'],
      ['1992', '1992'],
      ['the end of the month', '1999-02'],
      ['today', '1999-02-18'],
    ],
    floor: 0.92, // 13 of 14 right today
  });
});

test('broadcast transcript on a river flood with times of day and a school reopening', () => {
  check({
    published: '1999-07-22',
    text: `ANCHOR KATE MORLAND: Good evening. Flood waters along the Tennick River crested this afternoon at nearly 31 feet, the highest level since the spring of 1993. Officials in Ambry County say at least 2,000 people have left their homes since Sunday.

Our correspondent Ray Tolliver is in Ambry tonight.

RAY TOLLIVER, CORRESPONDENT: Kate, the rain finally stopped early this morning, but the river is still rising downstream. The county emergency director, Gloria Fenn, told me this evening that the levee at Pruett's Landing could be tested again tomorrow night.

GLORIA FENN, AMBRY COUNTY EMERGENCY DIRECTOR: We've had eleven inches since last Friday. That is more than we usually get in an entire summer.

TOLLIVER: The governor toured the area yesterday and declared a state of emergency for six counties. Federal inspectors are due here Monday. Residents I spoke with remember the flood of July 1993, when the river stayed above flood stage for three weeks.

MORLAND: Ray, what are forecasters saying about the weekend?

TOLLIVER: More rain is expected Saturday, Kate. Schools that were to open for summer sessions on July 26 will stay closed at least until the following Monday.

MORLAND: Ray Tolliver in Ambry. Thank you. In other news tonight, the Ambry County fair has been postponed.`,
    gold: [
      ['this afternoon', '1999-07-22'],
      ['Sunday', '1999-07-18'],
      ['tonight', '1999-07-22'],
      ['this morning', '1999-07-22'],
      ['this evening', '1999-07-22'],
      ['tomorrow night', '1999-07-23'],
      ['last Friday', '1999-07-16'],
      ['yesterday', '1999-07-21'],
      ['Monday', '1999-07-26'],
      ['July 1993', '1993-07'],
      ['Saturday', '1999-07-24'],
      ['July 26', '1999-07-26'],
      ['the following Monday', '1999-08-02'],
      ['tonight', '1999-07-22'],
    ],
    floor: 1, // 14 of 14 right today
  });
});

test('NYT earnings story with a fiscal year, a year-earlier comparison and an investor meeting', () => {
  check({
    published: '1999-10-29',
    text: `NEW YORK _ Brennick Industries Inc., the maker of industrial pumps and valves, said Thursday that its third-quarter profit fell 18 percent, hurt by weak demand in Asia and a strike at its Dunmore plant that ended in mid-September.

The company earned $41.2 million, or 62 cents a share, in the quarter that ended Sept. 30, compared with $50.3 million, or 75 cents a share, a year earlier. Sales fell 6 percent, to $612 million.

Brennick shares fell $2.25, to $31.50, in trading Thursday on the New York Stock Exchange. The stock has lost almost a third of its value since July, when the company first warned that earnings would miss forecasts.

Chief executive Alan Whitcombe said in a conference call that orders had picked up in October and that he expected the fourth quarter to be \`\`the best of the year.'' He said the company would complete its purchase of Tarrow Valve Co., announced on Aug. 9, by the end of the year.

For fiscal 1999, which ends Dec. 31, Brennick now expects earnings of $2.40 to $2.50 a share, down from an earlier forecast of $2.80. The company earned $2.71 a share in 1998. It closed its Ardley foundry in 1996 and sold the site the next year.

The strike at Dunmore began on Aug. 16 and lasted 29 days. Whitcombe said the company had reached a three-year contract with the union that runs through 2002.

Analysts said the results were worse than expected. \`\`This is the second quarter in a row they've disappointed,'' said Karen Liebling, an analyst at Halsey Grant & Co. She said she had cut her rating on the stock to \`\`hold'' on Monday, and that the company's problems predated the Asian slowdown of 1997 and 1998.

Brennick will hold its annual investor meeting next Thursday.`,
    gold: [
      ['Thursday', '1999-10-28'],
      ['mid-September', '1999-09'],
      ['Sept. 30', '1999-09-30'],
      ['a year earlier', '1998'],
      ['Thursday', '1999-10-28'],
      ['July', '1999-07'],
      ['October', '1999-10'],
      ['Aug. 9', '1999-08-09'],
      ['the end of the year', '1999'],
      ['fiscal 1999', '1999'],
      ['Dec. 31', '1999-12-31'],
      ['1998', '1998'],
      ['1996', '1996'],
      ['the next year', '1997'],
      ['Aug. 16', '1999-08-16'],
      ['2002', '2002'],
      ['Monday', '1999-10-25'],
      ['1997', '1997'],
      ['1998', '1998'],
      ['next Thursday', '1999-11-04'],
    ],
    floor: 1, // 20 of 20 right today
  });
});

test('Xinhua diplomatic story written just after the 2000 new year', () => {
  check({
    published: '2000-01-04',
    text: `ULANTAR, January 4 (Xinhua) -- The foreign ministers of Marovia and Keshet will meet in Ulantar on Wednesday to prepare for a summit scheduled for mid-February, a spokesman for the Marovian Foreign Ministry said here Tuesday.

Spokesman Dorin Vaslu told a regular news briefing that the two sides had agreed on the agenda during telephone talks on Monday. The summit will be the first between the two countries since the border agreement of 1994.

Vaslu said the meeting had originally been planned for December but was postponed after a ferry accident on the Sarn River on Dec. 19 killed 46 people. Both governments declared a day of mourning the following day.

Trade between the two neighbors reached 870 million U.S. dollars in 1999, up 12 percent from the previous year, according to figures released on Saturday. Vaslu said both sides hoped to double that figure by 2003, and that a free-trade agreement would be signed in October.

Marovian President Elan Gorsky, who took office on Jan. 1, 2000, is expected to visit Keshet later this year. Gorsky's predecessor made the last state visit in the autumn of 1997.

Of Wednesday's talks, Vaslu said the ministers would also discuss the reopening of the Tavrin rail link, closed since last March. The link carried 1.2 million passengers in 1998, its last full year of operation.`,
    gold: [
      ['January 4', '2000-01-04'],
      ['Wednesday', '2000-01-05'],
      ['mid-February', '2000-02'],
      ['Tuesday', '2000-01-04'],
      ['Monday', '2000-01-03'],
      ['1994', '1994'],
      ['December', '1999-12'],
      ['Dec. 19', '1999-12-19'],
      ['the following day', '1999-12-20'],
      ['1999', '1999'],
      ['the previous year', '1998'],
      ['Saturday', '2000-01-01'],
      ['2003', '2003'],
      ['October', '2000-10'],
      ['Jan. 1, 2000', '2000-01-01'],
      ['later this year', '2000'],
      ['Wednesday', '2000-01-05', 'gap'],
      ['last March', '1999-03'],
      ['1998', '1998'],
    ],
    floor: 0.94, // 18 of 19 right today
  });
});

test('AP obituary reaching back to the 1900s and the 1940s', () => {
  check({
    published: '1998-06-09',
    text: `GLENMORA (AP) _ Harriet Lindqvist, who founded the Glenmora Women's Cannery Cooperative in 1946 and ran it for nearly four decades, died Sunday at her home. She was 91.

Lindqvist was born on March 14, 1907, in the fishing village of Sorrel Point. She left school at 14 and went to work gutting salmon in the summer of 1921.

In the spring of 1946 she persuaded 30 women to pool their savings and lease an abandoned cannery. The cooperative shipped its first cases on Sept. 2 of that year. Three weeks later, a fire destroyed half the building; the women reopened it the following month.

By 1960 the cooperative employed 400 people. Lindqvist stepped down as manager in January 1984 and was succeeded by her daughter, Ellen, who died in 1991.

The state Legislature honored Lindqvist in 1996, and a bronze statue of her was unveiled at the Glenmora waterfront last August. She attended the ceremony in a wheelchair.

She fell ill on May 28 and was taken to the hospital in Dunmere. Four days later she was sent home.

Her family said a memorial service will be held Saturday at the Sorrel Point Lutheran Church. The cooperative will close for the day on Friday in her honor.

Lindqvist is survived by a son, Karl, of Dunmere; seven grandchildren; and 12 great-grandchildren.`,
    gold: [
      ['1946', '1946'],
      ['Sunday', '1998-06-07'],
      ['March 14, 1907', '1907-03-14'],
      ['Sept. 2', '1946-09-02'],
      ['the following month', '1946-10'],
      ['1960', '1960'],
      ['January 1984', '1984-01'],
      ['1991', '1991'],
      ['1996', '1996'],
      ['last August', '1997-08'],
      ['May 28', '1998-05-28'],
      ['Four days later', '1998-06-01'],
      ['Saturday', '1998-06-13'],
      ['Friday', '1998-06-12'],
    ],
    floor: 1, // 14 of 14 right today
  });
});

test('AP politics story on a government losing its majority', () => {
  check({
    published: '2000-04-13',
    text: `KARSVIK, Nordmark (AP) _ Nordmark's ruling Union Party lost its majority in parliament late last month when three deputies quit to protest a fuel tax, and Prime Minister Anders Holtvedt said Thursday he would seek a confidence vote next Tuesday.

It is the second crisis for Holtvedt's government this year. In January, his finance minister resigned over a bank scandal, and the week before, dockworkers in Karsvik had staged a two-day strike.

Holtvedt, 52, came to power two years ago this month, promising to balance the budget by the end of next year. The budget deficit has narrowed every year since 1995, but economists say the fuel tax, which took effect March 1, has cost the government support in rural areas.

\`\`We have done more in two years than the opposition did in the past decade,'' Holtvedt told reporters Thursday.

Opposition leader Greta Sandal said earlier this week that her Farmers' League would not join any coalition. She said Wednesday that new elections should be held no later than September.

The last general election was held on March 22, 1998. The next is not due until the spring of 2002.

A poll published Sunday in the daily Karsvik Tidende showed support for the Union Party at 24 percent, down from 31 percent in February. The same poll a year ago put the party at 38 percent.

Parliament is due to break for the summer on June 30. Holtvedt said he expected the confidence vote to be decided on the same day it is held.`,
    gold: [
      ['late last month', '2000-03'],
      ['Thursday', '2000-04-13'],
      ['next Tuesday', '2000-04-18'],
      ['this year', '2000'],
      ['January', '2000-01'],
      ['two years ago this month', '1998-04', 'gap'],
      ['the end of next year', '2001'],
      ['1995', '1995'],
      ['March 1', '2000-03-01'],
      ['Thursday', '2000-04-13'],
      ['Wednesday', '2000-04-12'],
      ['September', '2000-09'],
      ['March 22, 1998', '1998-03-22'],
      ['Sunday', '2000-04-09'],
      ['February', '2000-02'],
      ['a year ago', '1999'],
      ['June 30', '2000-06-30'],
    ],
    floor: 0.94, // 16 of 17 right today
  });
});

test('Xinhua story on millennium celebrations with a dateline one day before publication', () => {
  check({
    published: '1999-12-01',
    text: `SHENLO, November 30 (Xinhua) -- The city of Shenlo will hold a three-day festival to mark the new millennium, with the main celebration set for the night of Dec. 31, the municipal government announced Tuesday.

Organizers said about 300,000 people were expected at Riverside Square, where a 2,000-drum performance will begin at 11 p.m. and end shortly after midnight on Jan. 1, 2000. A fireworks display planned for New Year's Day was cancelled on Monday because of fire risk after a dry autumn.

Deputy mayor Lin Houjie took office in January and has overseen the preparations, which began in March and have cost the city 45 million yuan. A similar event in 1997, marking the city's 600th anniversary, drew 180,000 people.

The festival's opening on Dec. 30 will coincide with the inauguration of the new Shenlo Concert Hall, whose construction started in the autumn of 1996 and was delayed for 14 months. The hall's first full season will begin next spring.

The Shenlo Tigers football club, champions of the 1998-99 season, will play an exhibition match at the square on the afternoon of Dec. 31. The club's last exhibition, held on Oct. 1 to mark National Day, drew 40,000 spectators.

Lin said the city would decide by Dec. 15 whether to keep the square closed to traffic until Jan. 3.`,
    gold: [
      ['November 30', '1999-11-30'],
      ['Dec. 31', '1999-12-31'],
      ['Tuesday', '1999-11-30'],
      ['Jan. 1, 2000', '2000-01-01'],
      ["New Year's Day", '2000-01-01'],
      ['Monday', '1999-11-29'],
      ['January', '1999-01'],
      ['March', '1999-03'],
      ['1997', '1997'],
      ['Dec. 30', '1999-12-30'],
      ['Dec. 31', '1999-12-31'],
      ['Oct. 1', '1999-10-01'],
      ['Dec. 15', '1999-12-15'],
      ['Jan. 3', '2000-01-03'],
    ],
    floor: 1, // 14 of 14 right today
  });
});

test('AP court story on an embezzlement verdict with dates anchored on earlier events', () => {
  check({
    published: '2000-08-24',
    text: `RIDLEY FALLS (AP) _ A jury on Wednesday convicted a former county treasurer of stealing $1.3 million from a fund for retired firefighters, ending a trial that began July 31.

Warren Beaudry, 58, was found guilty on 14 counts of embezzlement. Judge Nora Epstein set sentencing for Oct. 6 and ordered Beaudry held without bail.

Prosecutors said Beaudry moved money from the pension fund into his own accounts between 1994 and 1999. The thefts came to light on Feb. 9, 1999, when an auditor noticed a missing $80,000 payment. Beaudry resigned that day.

He was arrested on May 12, 1999, and had been indicted a day earlier by a grand jury, according to court records. A first trial ended in a hung jury last November.

Defense lawyer Carl Mosby had asked for a delay on Aug. 18, saying a key witness was ill. Epstein denied the request the following Monday, and the witness testified by videotape.

Beaudry's wife, Janet, testified Friday that she had no idea where the money came from. \`\`He told me it was an inheritance,'' she said.

The jury deliberated for about nine hours over two days. Mosby said Wednesday night that he would appeal. The county has recovered about $400,000 and expects to sue Beaudry's bank by the end of the month.

Beaudry could face up to 20 years in prison. The retirement fund's board will meet Tuesday to discuss repaying members, the county said. The county commission votes on a new audit Monday, a spokesman said.`,
    gold: [
      ['Wednesday', '2000-08-23'],
      ['July 31', '2000-07-31'],
      ['Oct. 6', '2000-10-06'],
      ['1994', '1994'],
      ['1999', '1999'],
      ['Feb. 9, 1999', '1999-02-09'],
      ['that day', '1999-02-09'],
      ['May 12, 1999', '1999-05-12'],
      ['a day earlier', '1999-05-11'],
      ['last November', '1999-11'],
      ['Aug. 18', '2000-08-18'],
      ['the following Monday', '2000-08-21'],
      ['Friday', '2000-08-18'],
      ['Wednesday night', '2000-08-23'],
      ['the end of the month', '2000-08'],
      ['Tuesday', '2000-08-29'],
      ['Monday', '2000-08-28'],
    ],
    floor: 1, // 17 of 17 right today
  });
});
