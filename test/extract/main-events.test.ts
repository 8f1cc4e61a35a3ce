import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDates, actorsNamed, mentions, type EventArticle as Article } from '../support/event-sets.ts';

/**
 * Fictional international news articles (Nov 2016 - early 2018 style), each with the day its main
 * event happened and its main actor. The article is read as title, teaser and body, as it is scored.
 * Only what the extractor gets right today is asserted; known misses are listed at the end.
 */


const quake: Article = {
  id: "quake",
  published: "2016-11-29",
  date: "2016-11-27",
  actor: "Corvanian Civil Protection Agency",
  title: "Death toll rises to 41 after strong quake hits northern Corvania",
  description: "Rescuers dug through rubble in mountain villages after a magnitude 6.4 earthquake struck late Sunday.",
  text: `By Mirela Stanovic and Piet Hollander, CNN
Updated 0412 GMT (1212 HKT) November 29, 2016

(CNN) - At least 41 people were killed when a magnitude 6.4 earthquake struck the mountainous north of Corvania late Sunday, the Corvanian Civil Protection Agency said, as rescuers worked through a second night to reach cut-off villages.

The quake hit at 11:47 p.m. local time, about 18 kilometers (11 miles) southwest of the town of Brescova, at a depth of 10 kilometers, according to the Halden Geophysical Institute.

Agency spokesman Dragan Velicu told reporters in the capital, Ostrel, that 212 people had been injured and more than 3,000 left homeless. "We are still counting, and I fear the number will rise," he said on Monday evening.

Photo: A man stands in front of a collapsed house in Brescova on Monday. (Credit: Anton Markel/AFP/Getty Images)

Most of the victims were in Brescova and the neighboring village of Tarnic, where stone houses built in the 1950s collapsed as families slept. Roads into the valley were blocked by landslides until Monday afternoon.

Prime Minister Ilina Dravec flew over the area by helicopter on Monday and declared three days of national mourning. She promised emergency housing "before the snow comes."

The region last suffered a major earthquake on March 4, 1977, when a magnitude 7.2 quake killed more than 1,500 people. A smaller tremor on August 19, 2009, damaged the Brescova cathedral.

Aftershocks continued through Monday, the strongest measuring 5.1 at 6:20 a.m. local time, the institute said. Schools in the province will stay closed until December 5.`,
};

test('an earthquake late Sunday, reported on Tuesday: the event is dated 2016-11-27', () => {
  assert.ok(eventDates(quake).includes(quake.date));
});

test('an earthquake late Sunday, reported on Tuesday: Corvanian Civil Protection Agency is among the actors', () => {
  assert.ok(mentions(actorsNamed(quake), quake.actor));
});

const mine: Article = {
  id: "mine",
  published: "2017-03-10",
  date: "2017-03-08",
  actor: "Karsvold Mining",
  title: "Hopes fade for 17 miners trapped after collapse at Karsvold pit",
  description: "Rescue teams said air supplies were running low two days after a tunnel gave way.",
  text: `DRAVNIK, Velmoria (Reuters) - Rescuers in eastern Velmoria said on Thursday that hopes were fading for 17 miners trapped 600 meters underground after a tunnel collapsed at a coal mine run by Karsvold Mining on Wednesday night.

The roof of a main shaft gave way shortly before 10 p.m. as a night shift was starting, the company said in a statement. Twenty-three miners escaped, six of them with injuries.

"We have drilled a second borehole but there is no sign of life so far," rescue chief Lorenz Aberly told reporters outside the mine gate, where relatives had gathered since Wednesday evening.

Karsvold Mining, Velmoria's second-largest coal producer, said it had suspended operations at all three of its pits in the Dravnik basin pending an inspection.

The same mine was fined in September 2015 for ventilation failures, and a methane blast there killed four workers on Jan. 12, 2014. Labor Minister Oskar Feld said on Thursday that a government commission would look into "whether lessons were learned."

Mining unions called a one-hour strike for Monday across the basin.

The Dravnik basin employs some 20,000 people. Production has fallen by a third since 2012 as cheaper imports took market share.

(Reporting by Hanna Rosko; Editing by Mark Everly)`,
};

test('a mine collapse on Wednesday night, reported on Friday: the event is dated 2017-03-08', () => {
  assert.ok(eventDates(mine).includes(mine.date));
});

test('a mine collapse on Wednesday night, reported on Friday: Karsvold Mining is among the actors', () => {
  assert.ok(mentions(actorsNamed(mine), mine.actor));
});

const grandPrix: Article = {
  id: "grand-prix",
  published: "2017-10-23",
  date: "2017-10-22",
  actor: "Luka Vessant",
  title: "Vessant keeps title hopes alive with Marvella Grand Prix win",
  description: "The Ardenne driver held off his team mate to close the gap to the championship leader to 31 points.",
  text: `By Tom Gaspard, Sport Correspondent

Luka Vessant kept his world championship hopes alive with a controlled drive to victory in the Marvella Grand Prix, holding off Ardenne Racing team mate Oskar Brandt by 2.4 seconds.

The 27-year-old started from pole and led every lap except during the pit stops, while championship leader Rafael Quintas could only finish fifth after a five-place grid penalty for a gearbox change.

"The car was perfect today, I just had to bring it home," Vessant said after Sunday's race. "Thirty-one points is a lot, but there are three races left."

Picture: Luka Vessant celebrates on the podium at the Marvella circuit (Reuters)

Quintas, who won in Marvella last year, said his team had "thrown away" a weekend on which the car had the pace to win.

Vessant's last victory came at the Hollis Grand Prix on July 16, and he had gone five races without a podium before Saturday's qualifying session, in which he broke the lap record.

Brandt's second place lifted Ardenne Racing to within 12 points of the constructors' lead. Third place went to rookie Milo Farr, the first podium of his career.

The championship moves on to the Solenta Grand Prix on November 5.`,
};

test('a Grand Prix won on Sunday, reported on Monday: the event is dated 2017-10-22', () => {
  assert.ok(eventDates(grandPrix).includes(grandPrix.date));
});

test('a Grand Prix won on Sunday, reported on Monday: Luka Vessant is among the actors', () => {
  assert.ok(mentions(actorsNamed(grandPrix), grandPrix.actor));
});

const worldSeries: Article = {
  id: "world-series",
  published: "2017-11-01",
  date: "2017-10-31",
  actor: "Harbor City Gulls",
  title: "Gulls force Game 7 with late rally",
  description: "A two-run double in the eighth inning kept Harbor City alive in the World Series.",
  text: `By DANIEL KROWE, Associated Press

HARBOR CITY (AP) - Ezra Whitcomb lined a two-run double in the eighth inning and the Harbor City Gulls beat the Pinewood Rangers 4-3 last night to force a Game 7 in the World Series.

Trailing 3-2 after Rangers slugger Mateo Ruiz homered in the sixth, the Gulls loaded the bases against reliever Cody Baines with one out. Whitcomb, who was 1 for 14 in the series, drove a 2-1 fastball into the gap in left-center.

"I wasn't thinking about the last five days," Whitcomb said. "I was thinking about getting one pitch I could hit."

Closer Jonah Pell struck out the side in the ninth for his second save of the Series.

Image caption: Ezra Whitcomb celebrates his double in the eighth inning at Lakefront Park

The Rangers had won Games 4 and 5 in Pinewood on Saturday and Sunday to move within one win of their first championship since 1988. The Gulls last won the World Series in 2009.

Game 7 is tonight at Lakefront Park, with left-hander Ben Ostrow starting for Harbor City against Rangers ace Luis Carvajal.

Attendance was 54,113, a Lakefront Park record.`,
};

test('a World Series game played last night: the event is dated 2017-10-31', () => {
  assert.ok(eventDates(worldSeries).includes(worldSeries.date));
});

test('a World Series game played last night: Harbor City Gulls is among the actors', () => {
  assert.ok(mentions(actorsNamed(worldSeries), worldSeries.actor));
});

const verdict: Article = {
  id: "verdict",
  published: "2016-11-10",
  date: "2016-11-08",
  actor: "Gerald Amsworth",
  title: "Former Wexley mayor found guilty in bribery trial",
  description: "Jurors took less than a day to convict Gerald Amsworth on all six counts.",
  text: `Published: 10 November 2016

A former mayor of Wexley has been found guilty of taking more than £400,000 in bribes from property developers.

Gerald Amsworth, 61, was convicted on all six counts by a jury at Carrow Crown Court on Nov. 8 after less than a day of deliberations. He had denied the charges throughout the seven-week trial.

Judge Patricia Hoolan remanded him in custody and said he would be sentenced on December 16. She told him: "You should expect a substantial prison term."

The court heard that Amsworth, who led the council from May 2008 until his arrest in February 2014, accepted cash and holidays from two developers, Nolan Brack and Stuart Fenn, in exchange for planning approvals on the Wexley riverside.

Brack, 55, pleaded guilty in April and will be sentenced alongside Amsworth. Fenn died in 2015 before he could be charged.

Detective Inspector Rachel Moyne of the Eastern Region fraud unit said after the verdict: "This was a gross betrayal of the people who elected him."

Amsworth's lawyer, Colin Dray, said his client was considering an appeal.

The council said on Wednesday that it had begun a review of every planning decision taken between 2009 and 2013.`,
};

test('a guilty verdict on Nov. 8, reported two days later: the event is dated 2016-11-08', () => {
  assert.ok(eventDates(verdict).includes(verdict.date));
});

test('a guilty verdict on Nov. 8, reported two days later: Gerald Amsworth is among the actors', () => {
  assert.ok(mentions(actorsNamed(verdict), verdict.actor));
});

const summit: Article = {
  id: "summit",
  published: "2017-02-13",
  date: "2017-02-11",
  actor: "Anton Keller",
  title: "Keller and Soren agree to reopen border crossings after weekend summit",
  description: "The two leaders met for the first time since the 2015 trade war at a lakeside resort.",
  text: `LAKE ORVA, Helveny (Reuters) - Helvenian Chancellor Anton Keller and Darvish President Mikel Soren agreed to reopen four border crossings closed since 2015, after a meeting at a lakeside resort over the weekend.

The two leaders spent more than five hours together at the Villa Orva on Saturday, their first face-to-face talks since a dispute over steel tariffs led to the closures.

"We did not solve everything, but we stopped digging," Keller told reporters after Saturday's talks. Soren called the meeting "honest and useful."

Under the deal, the crossings will reopen to freight traffic from March 1 and to private cars later in the spring. Officials from both sides will meet in Darv on Feb. 20 to work out customs details.

The border closures in October 2015 cost hauliers an estimated 300 million euros, according to the Helvenian Road Transport Association.

Soren flew home on Sunday morning. Keller is due to brief parliament on Tuesday.

Opposition leader Ruth Ambach welcomed the deal but said it came "two years too late."

(Reporting by Felix Aumann; Writing by Clara Neff; Editing by Joe Barrett)`,
};

test('a summit on Saturday, reported on Monday: the event is dated 2017-02-11', () => {
  assert.ok(eventDates(summit).includes(summit.date));
});

test('a summit on Saturday, reported on Monday: Anton Keller is among the actors', () => {
  assert.ok(mentions(actorsNamed(summit), summit.actor));
});

const resignation: Article = {
  id: "resignation",
  published: "2017-06-16",
  date: "2017-06-13",
  actor: "Hugo Lindqvist",
  title: "Embattled Norland health minister quits over hospital waiting lists",
  description: "Hugo Lindqvist became the third cabinet minister to leave the government this year.",
  text: `Norland's health minister Hugo Lindqvist resigned earlier this week after a leaked report showed that hospital waiting times had been understated for two years.

Lindqvist, 52, handed his resignation letter to Prime Minister Saga Holm on Tuesday morning, hours before he was due to face a no-confidence vote in parliament. His deputy, Ellen Frisk, will run the ministry until a successor is named.

"I take responsibility for what happened on my watch," Lindqvist said in a short statement.

The report, first published by the newspaper Dagens Kurir last Friday, found that officials in four regions had removed patients from waiting lists without treating them.

Holm, who had defended Lindqvist as recently as Sunday, said on Wednesday she had accepted the resignation "with regret."

Lindqvist is the third minister to leave Holm's cabinet in 2017, after the finance minister stepped down in January and the defence minister in March.

The opposition Centre Party said the prime minister should call an early election. The next vote is due in September 2018.

Holm is expected to name a new health minister on Monday.`,
};

test('a resignation on Tuesday, reported on Friday: the event is dated 2017-06-13', () => {
  assert.ok(eventDates(resignation).includes(resignation.date));
});

test('a resignation on Tuesday, reported on Friday: Hugo Lindqvist is among the actors', () => {
  assert.ok(mentions(actorsNamed(resignation), resignation.actor));
});

const election: Article = {
  id: "election",
  published: "2017-05-09",
  date: "2017-05-07",
  actor: "Marta Ilescu",
  title: "Ilescu claims victory in Valmonte presidential runoff",
  description: "The former judge won 54 percent of the vote, according to final results.",
  text: `By Andrea Korsch, BBC News

Former judge Marta Ilescu has won Valmonte's presidential runoff with 54.2% of the vote, final results published by the electoral commission show.

Ilescu, 58, declared victory in front of thousands of supporters in Central Square in the capital, Monteria, hours after polls closed on Sunday. Her rival, two-term Prime Minister Dorin Caval, conceded on Monday afternoon.

"Tonight Valmonte chose the rule of law," she told the crowd on election night.

Image caption: Marta Ilescu addresses supporters in Monteria

Turnout was 61%, up from 48% in the first round on April 23. Caval had led in the first round with 39%, but most eliminated candidates backed Ilescu.

She will be sworn in on June 1, replacing President Anton Ralu, who has served two terms since 2007.

Ilescu came to prominence in 2013, when she led the investigation into a loans scandal at the state savings bank. She was dismissed from the bench in 2015 and founded the Clean Valmonte movement the following year.

The European Commission congratulated her in a statement on Monday.`,
};

test('a runoff won on Sunday, reported on Tuesday: the event is dated 2017-05-07', () => {
  assert.ok(eventDates(election).includes(election.date));
});

test('a runoff won on Sunday, reported on Tuesday: Marta Ilescu is among the actors', () => {
  assert.ok(mentions(actorsNamed(election), election.actor));
});

const veto: Article = {
  id: "veto",
  published: "2017-09-14",
  date: "2017-09-13",
  actor: "Elena Marsh",
  title: "Governor vetoes Brandtown stadium funding bill",
  description: "Governor Elena Marsh said the plan would leave taxpayers with a $600 million bill.",
  text: `BRANDTOWN (Reuters) - Governor Elena Marsh vetoed a bill that would have provided $600 million in public money for a new football stadium in Brandtown, saying the deal was "a bad bet for taxpayers."

Marsh announced the veto in a statement released late on Wednesday, the last day on which she could act on the measure. The state legislature passed the bill on Aug. 30 by 61-37 in the House and 22-17 in the Senate, short of the two-thirds needed to override.

The Brandtown Bisons, who have played at Riverside Field since 1971, said they were "deeply disappointed" and would "consider all options," including a move out of state.

Team owner Curtis Vale told reporters on Thursday that he would meet Marsh next week.

Marsh, a first-term Democrat, had signalled her doubts in July, when she said the state's contribution should not exceed $250 million.

House Speaker Ron Delgado, a Republican who sponsored the bill, said he did not expect to call an override vote.

(Reporting by Jess Harlan in Brandtown; Editing by Susan Ford)`,
};

test('a veto late on Wednesday, reported on Thursday: the event is dated 2017-09-13', () => {
  assert.ok(eventDates(veto).includes(veto.date));
});

test('a veto late on Wednesday, reported on Thursday: Elena Marsh is among the actors', () => {
  assert.ok(mentions(actorsNamed(veto), veto.actor));
});

const merger: Article = {
  id: "merger",
  published: "2017-01-30",
  date: "2017-01-30",
  actor: "Halvorsen Foods",
  title: "Halvorsen Foods to buy snack maker Crisperly in $4.1 billion deal",
  description: "The deal would create the region's biggest maker of packaged snacks.",
  text: `NEW YORK (Reuters) - Halvorsen Foods Inc said on Monday it would buy Crisperly Brands for about $4.1 billion in cash, as the packaged food maker looks to expand in fast-growing healthier snacks.

Halvorsen will pay $38.50 per share, a premium of 29 percent to Crisperly's closing price on Friday. The deal, approved by both boards, is expected to close in the third quarter of 2017.

"Crisperly gives us a brand that younger shoppers actually want," Halvorsen Chief Executive Dana Whitfield said on a call with analysts.

Crisperly's shares jumped 26 percent to $37.60 in early trading, while Halvorsen's fell 2 percent.

Crisperly, founded in 2004, rejected an approach from a private equity firm in October 2016. Its sales rose 11 percent last year to $1.2 billion.

Halvorsen said it expected $150 million in annual cost savings by 2019.

(Reporting by Priya Natarajan in Bengaluru; Editing by Martina D'Couto)`,
};

test('a merger announced on the day of publication: the event is dated 2017-01-30', () => {
  assert.ok(eventDates(merger).includes(merger.date));
});

test('a merger announced on the day of publication: Halvorsen Foods is among the actors', () => {
  assert.ok(mentions(actorsNamed(merger), merger.actor));
});

const launch: Article = {
  id: "launch",
  published: "2017-12-02",
  date: "2017-12-01",
  actor: "Meridian Space Agency",
  title: "Contact restored with Meridian weather satellite after tense night",
  description: "Engineers regained a signal from the Aurel-3 satellite hours after losing contact following its launch.",
  text: `By Karin Osterberg, Science Reporter

Engineers have regained contact with a new weather satellite that went silent shortly after it was launched, the Meridian Space Agency said.

The Aurel-3 satellite lifted off aboard a Stellar-2 rocket from the Kaluga Point spaceport at 11:40 p.m. local time on Friday. Ground stations lost its signal about 40 minutes into the flight, shortly after it separated from the rocket's upper stage.

A tracking station in Southern Tessaly picked up a signal at 3:15 a.m. local time, the agency said, and the satellite's solar panels had since deployed normally.

"It was a long night, and a very good morning," agency director Pavel Rennick said. "Aurel-3 is healthy."

Photo: The Stellar-2 rocket carrying the Aurel-3 satellite lifts off from Kaluga Point. (Meridian Space Agency)

The $290 million satellite is designed to improve storm forecasts over the Southern Ocean. It is the third in a series; Aurel-2 was launched in June 2014 and Aurel-1 in 2010.

The agency lost a navigation satellite in 2015 after a similar communications failure, and an inquiry blamed a faulty antenna switch.

Rennick said the satellite would reach its final orbit in about ten days and begin sending images in February.`,
};

test('a satellite launched at 11:40 p.m. local time on Friday: the event is dated 2017-12-01', () => {
  assert.ok(eventDates(launch).includes(launch.date));
});

const wedding: Article = {
  id: "wedding",
  published: "2018-01-22",
  date: "2018-01-20",
  actor: "Sienna Roark",
  title: "Sienna Roark marries longtime love Jasper Vale in secret ceremony at Cotswolds manor",
  description: "The actress wed the music producer in front of 60 guests.",
  text: `By Lottie Haines For Mailonline
Published: 08:14 GMT, 22 January 2018 | Updated: 11:02 GMT, 22 January 2018

Actress Sienna Roark has married her longtime love Jasper Vale in a secret ceremony at a Cotswolds manor house at the weekend.

The 34-year-old star of the hit drama Hollow Street exchanged vows with the music producer, 38, in front of 60 guests at Ashcombe Hall on Saturday afternoon, a source said.

Pictured: Sienna Roark and Jasper Vale at the Hollow Street premiere in London in October

The couple, who met on the set of the film Evenfall in 2012, got engaged on a holiday in Mauritius in March last year.

Guests included her Hollow Street co-stars Ben Latimer and Nia Okafor, who were spotted arriving by car on Saturday.

'It was a beautiful, very private day. Sienna looked stunning,' an insider told MailOnline.

A representative for the actress confirmed the news on Sunday evening, saying the couple were 'thrilled'.

Roark won a BAFTA in 2016 for her role as a detective in Hollow Street, whose fourth series begins in April.

Vale has produced albums for several chart acts and was nominated for a Brit Award in 2015.

Scroll down for video`,
};

test('a wedding on Saturday, reported on Monday: the event is dated 2018-01-20', () => {
  assert.ok(eventDates(wedding).includes(wedding.date));
});

test('a wedding on Saturday, reported on Monday: Sienna Roark is among the actors', () => {
  assert.ok(mentions(actorsNamed(wedding), wedding.actor));
});

const transfer: Article = {
  id: "transfer",
  published: "2018-02-01",
  date: "2018-01-31",
  actor: "Kasper Nyland",
  title: "Nyland completes £48m move to Eastbridge United on deadline day",
  description: "The striker signed a four-and-a-half-year contract just before the window closed.",
  text: `By Sam Ridley, Football Correspondent

Eastbridge United completed the £48million signing of striker Kasper Nyland from Portland Athletic minutes before the transfer window closed last night.

The 24-year-old Danish-born forward passed a medical in Eastbridge on Wednesday afternoon and signed a contract until June 2022, making him the club's record signing.

"This is a dream for me and my family," Nyland told the club's website. "I want to win trophies here."

Nyland scored 19 goals in 26 games for Portland this season, including a hat-trick against Eastbridge on December 9.

Portland had rejected two bids earlier in the month, the second worth £40m on January 18, before accepting an improved offer late on Tuesday.

Eastbridge manager Arne Solberg has been searching for a forward since Lucas Mendel ruptured knee ligaments in November.

Nyland is expected to make his debut against Milford Town on Saturday.

The previous club record was the £35m paid for Mendel in August 2016.`,
};

test('a transfer completed on deadline day, reported the next morning: the event is dated 2018-01-31', () => {
  assert.ok(eventDates(transfer).includes(transfer.date));
});

test('a transfer completed on deadline day, reported the next morning: Kasper Nyland is among the actors', () => {
  assert.ok(mentions(actorsNamed(transfer), transfer.actor));
});

const flood: Article = {
  id: "flood",
  published: "2017-07-09",
  date: "2017-07-08",
  actor: "Rhoswen County Council",
  title: "Hundreds evacuated as flash floods sweep through Llanferry",
  description: "A month's rain fell in three hours, sending a torrent of water through the town centre.",
  text: `By Gareth Pryce, BBC Wales News
9 July 2017

More than 300 people were evacuated from their homes after flash floods swept through the town of Llanferry the previous evening.

About 80mm (3in) of rain fell in three hours, causing the River Ferry to burst its banks shortly after 7pm on Saturday, Rhoswen County Council said.

Fire crews rescued 26 people from cars and houses, including an elderly couple who were lifted from an upstairs window by boat.

Image caption: Cars were left stranded on Bridge Street in Llanferry

"The water came up so fast, there was nothing we could do," said shopkeeper Delyth Morgan, whose bakery was flooded to a depth of a metre.

The council opened a rest centre at Llanferry Leisure Centre overnight, and said on Sunday morning that about 120 properties had been affected.

Llanferry was last badly flooded in December 2015, when Storm Eira caused damage estimated at £12m. Flood defences promised after that were due to be built next year.

Natural Resources Cymru said the river had fallen back below its banks by early Sunday, but a yellow weather warning remains in place until Monday.`,
};

test('a flash flood the previous evening: the event is dated 2017-07-08', () => {
  assert.ok(eventDates(flood).includes(flood.date));
});

test('a flash flood the previous evening: Rhoswen County Council is among the actors', () => {
  assert.ok(mentions(actorsNamed(flood), flood.actor));
});

const electionNight: Article = {
  id: "election-night",
  published: "2016-11-10",
  date: "2016-11-08",
  actor: "Dana Whitlow",
  title: "Whitlow becomes first woman elected governor of Calder",
  description: "The Republican state senator beat Democrat Paul Ferrante by fewer than 9,000 votes.",
  text: `By Jenna Morales, USA TODAY
Updated 6:12 a.m. ET Nov. 10, 2016

State Sen. Dana Whitlow was elected governor of Calder on Election Day, becoming the first woman to hold the office in the state's 150-year history.

With all precincts reporting, Whitlow had 50.3% of the vote to 49.1% for Democrat Paul Ferrante, a margin of 8,712 votes out of more than 1.4 million cast.

Ferrante conceded in a phone call to Whitlow on Wednesday afternoon after county clerks finished counting absentee ballots.

"This campaign was about jobs, and that is what I'll be working on from day one," Whitlow told cheering supporters at a hotel ballroom in Fort Sayer on election night.

Whitlow, 49, a former county prosecutor, was first elected to the state Senate in 2008. She will replace Gov. Martin Oakes, who could not run again because of term limits, when she is sworn in on Jan. 9.

Turnout in Calder was about 64%, slightly below the 2012 presidential election.

Republicans also held on to both chambers of the Calder legislature.`,
};

test('a governor elected on Election Day, reported two days later: the event is dated 2016-11-08', () => {
  assert.ok(eventDates(electionNight).includes(electionNight.date));
});

test('a governor elected on Election Day, reported two days later: Dana Whitlow is among the actors', () => {
  assert.ok(mentions(actorsNamed(electionNight), electionNight.actor));
});

const thanksgiving: Article = {
  id: "thanksgiving",
  published: "2016-11-25",
  date: "2016-11-24",
  actor: "Wade Corliss",
  title: "Three killed in shooting at Thanksgiving family gathering in Millbrook",
  description: "Police said the suspect, a relative of the victims, surrendered hours later.",
  text: `MILLBROOK, Ohara (AP) - A man opened fire at a Thanksgiving gathering at his sister's home, killing three relatives and wounding two others, police said.

Wade Corliss, 44, walked into a police station about four hours after the shooting and surrendered, Millbrook Police Chief Andrea Tolle said at a news conference early Friday. He was being held on three counts of murder.

Officers were called to the house on Birchwood Lane on Thanksgiving night after a neighbor reported hearing gunshots, Tolle said. They found the victims in the kitchen and dining room.

The dead were identified as Corliss's sister, Marianne Hale, 51, her husband, Roger Hale, 53, and their son, Kyle, 22. A 16-year-old girl and a 70-year-old woman were taken to Millbrook General Hospital, where they were in stable condition.

"This is a day that's supposed to be about family," Tolle said. "It's hard to find words."

Neighbors said Corliss had moved back to Millbrook in the summer after losing his job at a factory in Grantville. Court records show he was charged with domestic assault in 2011, but the case was dismissed.

Corliss is expected to appear in Ohara County Court on Monday.`,
};

test('a shooting on Thanksgiving, reported on Friday: the event is dated 2016-11-24', () => {
  assert.ok(eventDates(thanksgiving).includes(thanksgiving.date));
});

test('a shooting on Thanksgiving, reported on Friday: Wade Corliss is among the actors', () => {
  assert.ok(mentions(actorsNamed(thanksgiving), thanksgiving.actor));
});

const boxingDay: Article = {
  id: "boxing-day",
  published: "2017-12-27",
  date: "2017-12-26",
  actor: "Harwick Albion",
  title: "Harwick 3-1 Stenmoor: Ollie Brandt double sends hosts top",
  description: "Ollie Brandt scored twice as Harwick won the Boxing Day derby to go top of the Championship.",
  text: `By Neil Trask, BBC Sport

Harwick went top of the Championship after two goals from defender Ollie Brandt helped them beat local rivals Stenmoor in an entertaining Boxing Day derby.

Brandt headed in from a corner after 12 minutes and doubled the lead with a volley just before half-time.

Stenmoor pulled one back through Ricky Dunne's penalty, but substitute Leon Achebe sealed the win in stoppage time.

Harwick Albion manager Gary Pell said: "The lads were brilliant. Derby days are all about the result and we got it."

Media playback is not supported on this device

Stenmoor, who won the reverse fixture 2-0 in August, have now gone six games without a win and slipped to 15th.

Harwick have not lost at home since 4 March, a run of 14 league games.

Both sides are back in action on Saturday, when Harwick travel to Ashgrove and Stenmoor host Kelby.

Match ends, Harwick 3, Stenmoor 1.`,
};

test('a Boxing Day football derby, reported the next day: the event is dated 2017-12-26', () => {
  assert.ok(eventDates(boxingDay).includes(boxingDay.date));
});

test('a Boxing Day football derby, reported the next day: Harwick Albion is among the actors', () => {
  assert.ok(mentions(actorsNamed(boxingDay), boxingDay.actor));
});

const obituary: Article = {
  id: "obituary",
  published: "2017-03-20",
  date: "2017-03-14",
  actor: "Albert Penrose",
  title: "Albert Penrose, Britain's oldest lighthouse keeper, dies aged 103",
  description: "He kept the light at Carrow Head for 31 years and rescued the crew of a stricken trawler in 1952.",
  text: `Albert Penrose, who kept the lighthouse at Carrow Head in Cornwall for more than three decades, has died at the age of 103.

He died peacefully at his home in Porthcarrow on Tuesday last week, his family said in a statement released on Sunday.

Mr Penrose joined the lighthouse service in 1936 and took charge of Carrow Head in 1948. He was awarded the George Medal for rowing out to rescue five crewmen from the trawler Morwenna during a storm on 9 January 1952.

"Dad always said the sea was the only boss he ever respected," said his daughter, Jean Tregear.

The light at Carrow Head was automated in 1979, and Mr Penrose retired the same year.

He celebrated his 100th birthday in 2013 with a trip to the lighthouse, which is now run by the Trinity Beacon Trust.

His wife, Ivy, died in 2004. He is survived by two daughters, five grandchildren and seven great-grandchildren.

A funeral will be held at St Piran's Church in Porthcarrow on 31 March.`,
};

test('a death on Tuesday last week, reported on Monday: the event is dated 2017-03-14', () => {
  assert.ok(eventDates(obituary).includes(obituary.date));
});

test('a death on Tuesday last week, reported on Monday: Albert Penrose is among the actors', () => {
  assert.ok(mentions(actorsNamed(obituary), obituary.actor));
});

const nightBefore: Article = {
  id: "night-before",
  published: "2017-08-20",
  date: "2017-08-18",
  actor: "Tobias Wren",
  title: "Woman killed as car ploughs into crowd outside Velmstad nightclub",
  description: "The driver, a 27-year-old local man, was arrested at the scene.",
  text: `VELMSTAD, Nordhavn (Reuters) - Police on Saturday named a 23-year-old nursing student as the woman killed when a car ploughed into a crowd outside a nightclub in the Nordhavn port city of Velmstad the night before.

Eleven other people were injured, two of them seriously, when the car mounted the pavement on Havnegata at about 1:30 a.m., police said.

The driver, Tobias Wren, 27, was arrested at the scene. Police spokeswoman Ingrid Sollie said there was no indication the crash was deliberate, and that Wren was being tested for alcohol and drugs.

"It was total chaos, people were screaming and lying on the road," said Erik Haug, a bouncer at the Blue Anchor club.

The victim was named as Liv Aarset, from the town of Holmsund.

Velmstad's mayor, Kari Dahl, said flags on city buildings would fly at half mast on Monday.

The city council voted in 2015 to close Havnegata to traffic at night, but the plan was shelved in 2016 after objections from businesses.

(Reporting by Nils Ekberg; Editing by Hugh Lawson)`,
};

const cupTie: Article = {
  id: "cup-tie",
  published: "2018-01-09",
  date: "2018-01-08",
  actor: "Kelby",
  title: "Minnows Kelby stun Ashgrove in FA Cup shock",
  description: "The non-league side will face a trip to holders Eastbridge in the fourth round.",
  text: `By Chris Dolan for MailOnline

Non-league Kelby pulled off the shock of the FA Cup third round last night as a late goal from plumber Danny Rees knocked out Championship side Ashgrove.

Rees, 29, who fits bathrooms during the week, turned in a cross from Sam Okoye with three minutes remaining to send the 3,200 crowd at Mill Lane into raptures.

Ashgrove, who had 71 per cent of possession, hit the woodwork twice through striker Tom Beckett.

'I have been dreaming about this since I was a kid,' said Rees. 'I've got a boiler to fix on Wednesday but I'll be doing it with a smile.'

Kelby manager Phil Garner, who also works as a PE teacher, said: 'It's the best night in this club's history.'

Kelby, who play in the sixth tier, last reached the third round in 1989, when they lost 4-0 to Eastbridge.

They will now travel to holders Eastbridge in the fourth round on the weekend of January 27.

Ashgrove boss Martin Sewell apologised to the travelling fans. 'We were not good enough,' he said.`,
};

test('a cup shock last night: the event is dated 2018-01-08', () => {
  assert.ok(eventDates(cupTie).includes(cupTie.date));
});

test('a cup shock last night: Kelby is among the actors', () => {
  assert.ok(mentions(actorsNamed(cupTie), cupTie.actor));
});

const centralBank: Article = {
  id: "central-bank",
  published: "2017-11-27",
  date: "2017-11-24",
  actor: "Bank of Velmoria",
  title: "Velmorian lira hits record low after surprise rate cut",
  description: "Analysts said the move raised questions about the central bank's independence.",
  text: `DRAVNIK (Reuters) - The Velmorian lira fell to a record low against the dollar on Monday after the Bank of Velmoria unexpectedly cut interest rates, bowing to pressure from the government.

The currency weakened as much as 3.1 percent to 7.42 per dollar in early trade, extending losses that began when the BoV cut its main lending rate by 150 basis points to 9.5 percent on Friday. Economists polled by Reuters had expected rates to be held.

The BoV said inflation, which stood at 11.9 percent in October, was expected to fall sharply next year.

President Radko Ivanov has repeatedly called for lower rates, and last month described high borrowing costs as "the mother of all evils."

"This cut was political, plain and simple," said Sonja Berger, an economist at Halden Capital in London.

The central bank last cut rates in March 2016. Its governor, Milos Petrak, was appointed in July after his predecessor resigned for what were described as health reasons.

(Additional reporting by Eda Korkmaz; Editing by Alison Williams)`,
};

test('a rate cut on Friday, reported on Monday: the event is dated 2017-11-24', () => {
  assert.ok(eventDates(centralBank).includes(centralBank.date));
});

test('a rate cut on Friday, reported on Monday: Bank of Velmoria is among the actors', () => {
  assert.ok(mentions(actorsNamed(centralBank), centralBank.actor));
});

// Known misses, not asserted:
//   launch: Meridian Space Agency is not among any event's actors
//   night-before: no event dated 2017-08-18
//   night-before: Tobias Wren is not among any event's actors
