import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { at, quoteOver, speakerShare, type Span } from '../support/excerpts.ts';

// Fictional US presidential-campaign coverage (invented candidates, aides, hosts and outlets) in the styles of
// live updates, debate write-ups, rally features, fact-checks, TV interviews, outlet-citing reports, tweets and op-eds.
// `pass` holds only what passed when written (exact speaker, and kind unless null); `wrong` holds the quotes whose
// speaker was still wrong, kept so the per-article speaker-accuracy floor measures the whole article.
type Article = { name: string; floor: number; text: string; pass: [string, string, string | null, number?][]; wrong: [string, string, number?][] };

const ARTICLES: Article[] = [
  {
    name: 'a live-updates post with timestamps, a nested "According to the Beacon" and a tweet',
    floor: 19/24, // speaker accuracy measured when written (19 right of 24 found, 24 expected)
    text: `Election live updates: Whitcomb rallies in Ohio as Marchetti hits the airwaves

4:30 p.m.
Indiana Gov. Harlan Whitcomb told a crowd of several thousand in Dayton that the economy was "running on fumes" under the current administration. "Folks, you can't eat a press release," the Republican nominee said, drawing loud cheers. "You can't fill your gas tank with a speech."

Whitcomb also took aim at his opponent's record on trade. He claimed that Sen. Delia Marchetti had voted "seven times" to ship factory jobs overseas, a figure her campaign disputes.

4:05 p.m.
Marchetti's campaign fired back within minutes. "Harlan Whitcomb has never met a number he couldn't mangle," campaign spokeswoman Renata Ostrowski said in a statement. "The senator has spent twenty years fighting for Vermont workers, and voters know it."

3:40 p.m.
Marchetti sat down with Channel 8's Paul Kestrel for an interview that aired this afternoon. Asked whether she was worried about slipping poll numbers in Michigan, the Vermont senator laughed. "Polls go up, polls go down," she told Kestrel. "I'm not running for the pollsters."

She went on to say that her campaign would spend "every last dollar" in the Midwest before November.

Kestrel pressed her on a report in the Daily Beacon that her team was considering pulling staff out of Georgia. "That's just not true," Marchetti insisted. "We're in Georgia to win Georgia."

2:15 p.m.
According to the Daily Beacon, Whitcomb campaign manager Dale Hurst told donors on a private call Tuesday that the race was "a coin flip" and urged them to give before the end of the quarter. Hurst did not respond to a request for comment.

A Whitcomb spokesman, Trent Albers, said in an email that the campaign does not comment on private donor events. "We feel great about where we are," Albers added.

1:50 p.m.
Former Gov. Lorraine Castellano, a Whitcomb ally, said on Twitter that the Beacon story was "fake news from a fake newspaper."

"The Beacon has been wrong about this campaign from day one," she wrote. "Don't believe a word of it."

1:10 p.m.
Two people familiar with the campaign's plans said Whitcomb would announce a running mate as early as next week. The shortlist includes Sen. Bryce Ellington of Arizona and Rep. Monica Hale of Florida, the people said, speaking on condition of anonymity because they were not authorized to discuss the deliberations.

Asked about the timing on Tuesday, Whitcomb was coy. "You'll know when I know," he told reporters as he boarded his campaign bus.

12:30 p.m.
Political analyst Gordon Reyes said the vice-presidential pick could matter more than usual this year. "In a race this tight, every single point is worth fighting for," Reyes told the Beacon. "A good pick in Arizona could be the whole ballgame."`,
    // [excerpt inside the quote, speaker, kind (null: kind not asserted), occurrence]
    pass: [
    ['running on fumes', 'Harlan Whitcomb', 'mixed'], ['seven times', 'Harlan Whitcomb', 'mixed'],
    ['has never met a number', 'Renata Ostrowski', 'direct'], ['The senator has spent twenty years', 'Renata Ostrowski', 'direct'],
    ['Polls go up', 'Delia Marchetti', 'direct'], ['I\'m not running for the pollsters', 'Delia Marchetti', 'direct'],
    ['every last dollar', 'Delia Marchetti', 'mixed'], ['That\'s just not true', 'Delia Marchetti', 'direct'],
    ['We\'re in Georgia to win Georgia', 'Delia Marchetti', 'direct'], ['a coin flip', 'Dale Hurst', 'mixed'],
    ['the campaign does not comment on private donor events', 'Trent Albers', 'indirect'],
    ['We feel great about where we are', 'Trent Albers', 'direct'], ['fake news from a fake newspaper', 'Lorraine Castellano', 'mixed'],
    ['The Beacon has been wrong about this campaign', 'Lorraine Castellano', 'direct'],
    ['Don\'t believe a word of it', 'Lorraine Castellano', 'direct'], ['You\'ll know when I know', 'Harlan Whitcomb', 'direct'],
    ['the vice-presidential pick could matter', 'Gordon Reyes', 'indirect'], ['In a race this tight', 'Gordon Reyes', 'direct'],
    ['A good pick in Arizona', 'Gordon Reyes', 'direct'],
    ],
    // still wrong when written: [excerpt, speaker a careful reader gives]
    wrong: [
    ['Folks, you can\'t eat', 'Harlan Whitcomb'], ['You can\'t fill your gas tank', 'Harlan Whitcomb'],
    ['her team was considering pulling staff', 'Daily Beacon'],
    ['Whitcomb would announce a running mate', 'Two people familiar with the campaign\'s plans'],
    ['The shortlist includes', 'Two people familiar with the campaign\'s plans'],
    ],
  },
  {
    name: 'a debate write-up with two candidates and a moderator trading lines',
    floor: 20/24, // speaker accuracy measured when written (20 right of 24 found, 24 expected)
    text: `Whitcomb and Marchetti trade blows over taxes, border in testy first debate

By Miriam Oyelaran
Staff Writer, The Capital Ledger

PHILADELPHIA — Gov. Harlan Whitcomb and Sen. Delia Marchetti clashed repeatedly over taxes, immigration and each other's records Tuesday night in a first presidential debate that at times veered into open hostility.

The moderator, "Sunday Forum" host Carla Brennan, opened by asking Whitcomb about his pledge to cut the corporate tax rate. "Governor, independent analysts say your plan adds three trillion dollars to the deficit. Who pays for that?" Brennan asked.

"Growth pays for it," Whitcomb replied. "When you let people keep what they earn, they build things."

Marchetti shook her head. "We've heard this song before," she said. "It always ends the same way: the folks at the top get a yacht, and everybody else gets the bill."

The GOP nominee fired back that Marchetti had "never signed a paycheck in her life," a line he has used at rallies for months.

"I ran a hardware store for eleven years, Harlan," Marchetti shot back. "I signed plenty of them."

The exchange on immigration was even sharper. Whitcomb said the border was "wide open" and accused the Vermont senator of voting against funding for additional agents. Marchetti said that claim was false and that she had supported a bipartisan bill that Whitcomb's allies in Congress killed.

"You can say it as many times as you like," she told him. "It doesn't make it true."

Brennan tried to move on to foreign policy, but Whitcomb interrupted. "Carla, I think the American people deserve an answer," he said.

"You'll get your time, Governor," the moderator said. "Senator, ninety seconds on China."

Marchetti argued that the country needed "allies, not tantrums," a jab at Whitcomb's threat last spring to pull out of a Pacific trade pact. She added that she would meet with the leaders of Japan and South Korea in her first month in office.

Whitcomb quipped that he would "bring the tantrums if that's what it takes."

Afterward, both campaigns claimed victory. Whitcomb's campaign manager, Dale Hurst, told reporters in the spin room that his candidate had "dominated from start to finish." Hurst said Whitcomb would keep hammering the tax message in the final weeks.

Marchetti's communications director, Leah Sandoval, was blunter. "He was rattled," she said. "You could see it every time she pushed back."

A snap poll by the Capital Ledger found that 51 percent of debate watchers thought Marchetti had won, compared with 44 percent for Whitcomb.

"These instant polls are junk," Hurst said when asked about the results. "The only poll that matters is in November."`,
    // [excerpt inside the quote, speaker, kind (null: kind not asserted), occurrence]
    pass: [
    ['independent analysts say your plan', 'Carla Brennan', 'direct'], ['Growth pays for it', 'Harlan Whitcomb', 'direct'],
    ['When you let people keep', 'Harlan Whitcomb', 'direct'], ['We\'ve heard this song before', 'Delia Marchetti', 'direct'],
    ['It always ends the same way', 'Delia Marchetti', 'direct'], ['I signed plenty of them', 'Delia Marchetti', 'direct'],
    ['wide open', 'Harlan Whitcomb', 'mixed'], ['that claim was false', 'Delia Marchetti', 'indirect'],
    ['You can say it as many times', 'Delia Marchetti', 'direct'], ['It doesn\'t make it true', 'Delia Marchetti', 'direct'],
    ['Carla, I think the American people', 'Harlan Whitcomb', 'direct'], ['allies, not tantrums', 'Delia Marchetti', 'mixed'],
    ['she would meet with the leaders of Japan', 'Delia Marchetti', 'indirect'], ['bring the tantrums', 'Harlan Whitcomb', null],
    ['dominated from start to finish', 'Dale Hurst', 'mixed'], ['Whitcomb would keep hammering', 'Dale Hurst', 'indirect'],
    ['He was rattled', 'Leah Sandoval', 'direct'], ['You could see it every time', 'Leah Sandoval', 'direct'],
    ['These instant polls are junk', 'Dale Hurst', 'direct'], ['The only poll that matters', 'Dale Hurst', 'direct'],
    ],
    // still wrong when written: [excerpt, speaker a careful reader gives]
    wrong: [
    ['never signed a paycheck', 'Harlan Whitcomb'], ['I ran a hardware store', 'Delia Marchetti'], ['You\'ll get your time, Governor', 'Carla Brennan'],
    ['Senator, ninety seconds on China', 'Carla Brennan'],
    ],
  },
  {
    name: 'a rally feature quoting voters by name, age and town',
    floor: 24/27, // speaker accuracy measured when written (24 right of 27 found, 27 expected)
    text: `At a Whitcomb rally in Erie, voters say they want a fighter

ERIE, Pa. — The line outside the Bayfront Convention Center started forming before dawn on Saturday, hours before Gov. Harlan Whitcomb was due to speak.

Near the front stood Deborah Kastner, 63, a retired nurse from Meadville, who had driven an hour in the rain. "I've been to four of these now," she said, clutching a folding chair. "He talks like my late husband used to talk. He doesn't sugarcoat anything."

Behind her, Marcus Tillery, 29, an electrician from Corry, said he had voted for Democrats in the past two elections but was "done with them." "They promised the plant would come back," he said. "It never did."

Not everyone in line was a true believer. Janice Whorley, 47, a schoolteacher from Girard, said she was still undecided and had come mostly out of curiosity. "My sister dragged me here," she admitted with a laugh. "I'll give him an hour. Then I'll decide."

Inside, the governor spoke for nearly seventy minutes, riffing on gas prices, crime and what he called "the Washington swamp creatures." He mocked Sen. Delia Marchetti as "Professor Marchetti" and promised that, if elected, he would sign an executive order on energy production "on day one, before lunch."

"They think you're stupid," Whitcomb told the crowd. "They think you won't notice that your grocery bill has doubled. Well, Erie noticed."

The crowd roared.

State Sen. Colleen Pratt, who introduced Whitcomb, told reporters afterward that northwestern Pennsylvania would decide the election. "Erie County has picked the winner in almost every race since the sixties," she noted. "Everybody in there knows it."

Outside, a handful of protesters held signs reading "Whitcomb Lies." One of them, Alan Dressler, 71, a retired steelworker from Harborcreek, said he had come because he was worried about Social Security. "He wants to privatize it, and he won't say so," Dressler said. "I'm not going to let my grandkids lose what I paid into."

The Whitcomb campaign has said repeatedly that it has no plans to cut Social Security. A campaign spokesman, Trent Albers, said in an email Saturday that the governor "will protect every dollar seniors have earned."

Back inside, Kastner was beaming as she folded up her chair. "Best one yet," she said. Asked whether anything could change her mind before November, she didn't hesitate. "Nope," she said. "Not a thing."

Tillery was more measured. He said he liked what he heard but wanted more detail on how Whitcomb would bring manufacturing back. "Talk is cheap," he said. "Show me the plan."`,
    // [excerpt inside the quote, speaker, kind (null: kind not asserted), occurrence]
    pass: [
    ['I\'ve been to four of these now', 'Deborah Kastner', 'direct'], ['He talks like my late husband', 'Deborah Kastner', 'direct'],
    ['done with them', 'Marcus Tillery', 'mixed'], ['They promised the plant', 'Marcus Tillery', 'direct'],
    ['It never did', 'Marcus Tillery', 'direct'], ['she was still undecided', 'Janice Whorley', 'indirect'],
    ['My sister dragged me here', 'Janice Whorley', 'direct'], ['I\'ll give him an hour', 'Janice Whorley', 'direct'],
    ['They think you\'re stupid', 'Harlan Whitcomb', 'direct'], ['They think you won\'t notice', 'Harlan Whitcomb', 'direct'],
    ['northwestern Pennsylvania would decide', 'Colleen Pratt', 'indirect'], ['Erie County has picked the winner', 'Colleen Pratt', 'direct'],
    ['Everybody in there knows it', 'Colleen Pratt', 'direct'], ['he had come because he was worried', 'Alan Dressler', 'indirect'],
    ['He wants to privatize it', 'Alan Dressler', 'direct'], ['I\'m not going to let my grandkids', 'Alan Dressler', 'direct'],
    ['it has no plans to cut Social Security', 'The Whitcomb campaign', 'indirect'], ['will protect every dollar', 'Trent Albers', null],
    ['Best one yet', 'Deborah Kastner', 'direct'], ['Nope', 'Deborah Kastner', 'direct'], ['Not a thing', 'Deborah Kastner', 'direct'],
    ['he liked what he heard', 'Marcus Tillery', 'indirect'], ['Talk is cheap', 'Marcus Tillery', 'direct'],
    ['Show me the plan', 'Marcus Tillery', 'direct'],
    ],
    // still wrong when written: [excerpt, speaker a careful reader gives]
    wrong: [
    ['the Washington swamp creatures', 'Harlan Whitcomb'], ['Professor Marchetti', 'Harlan Whitcomb'], ['on day one, before lunch', 'Harlan Whitcomb'],
    ],
  },
  {
    name: 'a fact-check of a candidate claim with a campaign reply by email',
    floor: 13/14, // speaker accuracy measured when written (13 right of 14 found, 15 expected)
    text: `Fact check: Whitcomb's claim that Marchetti 'tripled' Vermont's gas tax

By Owen Pritchard, FactWatch

At a rally in Dayton on Tuesday, Gov. Harlan Whitcomb claimed that Sen. Delia Marchetti "tripled the gas tax" when she served in the Vermont legislature.

"She tripled it, folks. Tripled it," Whitcomb said. "And now she wants to do to America what she did to Vermont."

It's a line the Indiana governor has repeated at least a dozen times since the summer. We decided to check it.

The record

Marchetti served in the Vermont House of Representatives from 2009 to 2015. During that time, the state raised its gasoline tax once, in 2013, from 19 cents to 21 cents a gallon — an increase of roughly 10 percent, not 200 percent.

Marchetti did vote for that increase. But she also voted for a 2014 measure that offset part of it with a rebate for low-income drivers, according to the state's legislative records.

When we asked the Whitcomb campaign for the source of the claim, spokesman Trent Albers pointed to a 2013 editorial in the Burlington Sentinel. That editorial warned that the tax "could triple within a decade" under a proposal Marchetti had floated. The proposal never came to a vote.

"The senator's own plan would have tripled it," Albers wrote in an email. "That's what the governor was talking about."

But that isn't what Whitcomb said. He said she had tripled it, past tense.

Tax policy experts we spoke with were unanimous. "There is simply no reading of the record under which she tripled the gas tax," said Elaine Fairbairn, a senior fellow at the Tillman Tax Institute, a nonpartisan research group. "It's a tenfold exaggeration."

Another analyst, Howard Beaumont of the conservative Liberty Ledger Foundation, agreed that the claim went too far, though he argued that Marchetti's broader record on taxes was "fair game."

The Marchetti campaign, for its part, called the claim "a flat-out lie." In a statement, campaign spokeswoman Renata Ostrowski said Whitcomb "can't win on the facts, so he's making up his own."

Our ruling

Whitcomb said Marchetti "tripled the gas tax" in Vermont. The tax rose by about 10 percent during her time in the legislature, and she supported that increase. A proposal she floated might have led to a much larger increase, but it never passed.

We rate this claim False.`,
    // [excerpt inside the quote, speaker, kind (null: kind not asserted), occurrence]
    pass: [
    ['tripled the gas tax', 'Harlan Whitcomb', 'mixed'], ['She tripled it, folks', 'Harlan Whitcomb', 'direct'],
    ['And now she wants to do to America', 'Harlan Whitcomb', 'direct'],
    ['she also voted for a 2014 measure', 'the state\'s legislative records', 'indirect'],
    ['The senator\'s own plan would have tripled it', 'Trent Albers', 'direct'],
    ['That\'s what the governor was talking about', 'Trent Albers', 'direct'], ['she had tripled it, past tense', 'Harlan Whitcomb', 'indirect'],
    ['There is simply no reading', 'Elaine Fairbairn', 'direct'], ['It\'s a tenfold exaggeration', 'Elaine Fairbairn', 'direct'],
    ['fair game', 'Howard Beaumont', 'mixed'], ['a flat-out lie', 'The Marchetti campaign', null],
    ['can\'t win on the facts', 'Renata Ostrowski', null], ['tripled the gas tax', 'Harlan Whitcomb', 'partial', 2],
    ],
    // still wrong when written: [excerpt, speaker a careful reader gives]
    wrong: [
    ['could triple within a decade', 'Burlington Sentinel'],
    ],
  },
  {
    name: 'a Sunday-show interview write-up with a running-mate shortlist',
    floor: 18/22, // speaker accuracy measured when written (18 right of 22 found, 23 expected)
    text: `Ellington says he'd 'be honored' to join Whitcomb ticket in Sunday Forum interview

Sen. Bryce Ellington of Arizona said on "Sunday Forum" that he would "be honored" to serve as Gov. Harlan Whitcomb's running mate, the clearest signal yet that he is in the running for the job.

"If the governor calls, I'll pick up the phone," Ellington told host Carla Brennan. "Anybody who says otherwise isn't being straight with you."

The Arizona Republican, a former fighter pilot who won his Senate seat in a 2024 upset, has been mentioned for weeks as a leading contender. Brennan asked him directly whether he had been vetted by the campaign.

"I'm not going to get into the process," he said. "That's between me and the governor's team."

Ellington also distanced himself from some of Whitcomb's rhetoric on the campaign trail. Asked about the governor's remark last week that some federal judges were "enemies of the people," Ellington said he would have "chosen different words." But he insisted that he and Whitcomb agreed on "ninety-five percent of what matters."

On the same program, Rep. Monica Hale of Florida, another name on the shortlist, told Brennan that she had not spoken with Whitcomb about the job. "Honestly, I'm focused on my district," Hale said. "The hurricane recovery isn't over."

Asked whether she wanted the job, Hale laughed. "Nobody says no to that call," she said.

Meanwhile, on Channel 8's "Morning Desk," Marchetti's running mate, Gov. Teodoro Alcaraz of New Mexico, dismissed the speculation. "It doesn't matter who he picks," Alcaraz told co-host Jane Roe. "You can't put lipstick on that agenda."

Roe asked Alcaraz about a new poll showing Whitcomb gaining among Latino voters in Nevada. The governor acknowledged that the campaign had "work to do" but said the poll was an outlier. "Every poll we've seen internally has us ahead there," he said.

Later in the day, Whitcomb himself weighed in. In a post on Twitter, the Republican nominee wrote: "Great to see so many talented patriots who want to serve. Big announcement coming soon!"

Ellington's office declined to comment further. A spokeswoman for Hale, Dana Whitfield, said in an email that the congresswoman "has nothing to add at this time."

Political commentator Frank Delacorte, appearing on the Capital Ledger's podcast, said the Sunday appearances amounted to "a job interview conducted on live television."

"That's what this is," Delacorte said. "Ellington wants it badly. Hale wants it but is playing harder to get."`,
    // [excerpt inside the quote, speaker, kind (null: kind not asserted), occurrence]
    pass: [
    ['be honored', 'Bryce Ellington', 'partial'], ['be honored', 'Bryce Ellington', null, 1],
    ['If the governor calls, I\'ll pick up', 'Bryce Ellington', 'direct'], ['Anybody who says otherwise', 'Bryce Ellington', 'direct'],
    ['I\'m not going to get into the process', 'Bryce Ellington', 'direct'], ['That\'s between me and the governor', 'Bryce Ellington', 'direct'],
    ['chosen different words', 'Bryce Ellington', null], ['ninety-five percent of what matters', 'Bryce Ellington', 'mixed'],
    ['she had not spoken with Whitcomb', 'Monica Hale', 'indirect'], ['Honestly, I\'m focused on my district', 'Monica Hale', 'direct'],
    ['The hurricane recovery isn\'t over', 'Monica Hale', 'direct'], ['Nobody says no to that call', 'Monica Hale', 'direct'],
    ['It doesn\'t matter who he picks', 'Teodoro Alcaraz', 'direct'], ['You can\'t put lipstick', 'Teodoro Alcaraz', 'direct'],
    ['Every poll we\'ve seen internally', 'Teodoro Alcaraz', 'direct'], ['a job interview conducted on live television', 'Frank Delacorte', null],
    ['That\'s what this is', 'Frank Delacorte', 'direct'], ['Ellington wants it badly', 'Frank Delacorte', 'direct'],
    ],
    // still wrong when written: [excerpt, speaker a careful reader gives]
    wrong: [
    ['enemies of the people', 'Harlan Whitcomb'], ['work to do', 'Teodoro Alcaraz'], ['Great to see so many talented patriots', 'Harlan Whitcomb'],
    ['has nothing to add at this time', 'Dana Whitfield'],
    ],
  },
  {
    name: 'a story built on other outlets\' reporting and anonymous sources',
    floor: 17/23, // speaker accuracy measured when written (17 right of 23 found, 23 expected)
    text: `Report: Whitcomb campaign weighed dropping Georgia ad buy amid cash crunch

Gov. Harlan Whitcomb's presidential campaign considered canceling millions of dollars in television ads in Georgia last month because of a cash shortfall, according to the Daily Beacon.

According to the Beacon, campaign manager Dale Hurst told a group of donors in Atlanta that the campaign was "bleeding money" on consultants and needed an infusion of cash "yesterday." The paper cited three people who attended the meeting.

Hurst also told the donors that the governor was "furious" about the spending, the Beacon reported. One attendee told the paper that Hurst seemed "rattled" and spent much of the meeting apologizing.

In a statement to the Beacon, the Whitcomb campaign said it had "more than enough resources to win in Georgia and everywhere else." A campaign official who was not authorized to speak publicly told the Herald-Dispatch that the Georgia buy had never been in danger.

The report is the latest sign of tension inside Whitcomb's operation. Last week, the Herald-Dispatch reported that Whitcomb had clashed with his pollster, Nadine Vasquez, over a survey showing him trailing in Pennsylvania. Vasquez told the paper at the time that she and the governor "see eye to eye on the path to 270."

Democrats seized on the Beacon story. "If Harlan Whitcomb can't run a campaign, how is he going to run a country?" Marchetti's campaign chair, Rep. Anthony Brisco of Michigan, said on a call with reporters. Brisco added that the report showed "a campaign in free fall."

Not everyone was convinced the story meant much. Republican strategist Priya Banerjee, who is not affiliated with either campaign, said money troubles were common at this stage of a race. "Every campaign in history has had a month where the money got tight," she said. "The question is whether they fix it."

Banerjee pointed out that Whitcomb had outraised Marchetti in August, according to federal filings. "Those numbers don't lie," she said.

The Beacon's report also said that Whitcomb's super PAC, Restore America Now, had stepped in to cover some of the Georgia airtime. A spokesman for the PAC, Carl Eggers, declined to confirm the arrangement but told the Beacon in an email that the group would "do whatever it takes" to help Whitcomb win the state.

Whitcomb himself brushed off the reports on Wednesday. "I read the Beacon for the comics," he told reporters in Savannah. "We've got plenty of money, and we're going to win Georgia by a lot."

Asked whether Hurst's job was safe, the governor said he had "total confidence" in his campaign manager. "Dale's doing a great job," he said. "Next question."`,
    // [excerpt inside the quote, speaker, kind (null: kind not asserted), occurrence]
    pass: [
    ['presidential campaign considered canceling', 'Daily Beacon', 'indirect'], ['bleeding money', 'Dale Hurst', 'mixed'],
    ['rattled', 'One attendee', 'mixed'], ['more than enough resources', 'the Whitcomb campaign', null],
    ['the Georgia buy had never been in danger', 'A campaign official', 'indirect'],
    ['Whitcomb had clashed with his pollster', 'Herald-Dispatch', 'indirect'], ['see eye to eye', 'Nadine Vasquez', 'mixed'],
    ['a campaign in free fall', 'Anthony Brisco', 'mixed'], ['money troubles were common', 'Priya Banerjee', 'indirect'],
    ['Every campaign in history', 'Priya Banerjee', 'direct'], ['The question is whether they fix it', 'Priya Banerjee', 'direct'],
    ['Whitcomb had outraised Marchetti', 'Priya Banerjee', 'indirect'], ['Those numbers don\'t lie', 'Priya Banerjee', 'direct'],
    ['I read the Beacon for the comics', 'Harlan Whitcomb', 'direct'], ['We\'ve got plenty of money', 'Harlan Whitcomb', 'direct'],
    ['Dale\'s doing a great job', 'Harlan Whitcomb', 'direct'], ['Next question', 'Harlan Whitcomb', 'direct'],
    ],
    // still wrong when written: [excerpt, speaker a careful reader gives]
    wrong: [
    ['yesterday', 'Dale Hurst'], ['furious', 'Dale Hurst'], ['If Harlan Whitcomb can\'t run a campaign', 'Anthony Brisco'],
    ['had stepped in to cover', 'Daily Beacon'], ['do whatever it takes', 'Carl Eggers'], ['total confidence', 'Harlan Whitcomb'],
    ],
  },
  {
    name: 'a story quoting candidates\' tweets back and forth',
    floor: 21/21, // speaker accuracy measured when written (21 right of 21 found, 21 expected)
    text: `Whitcomb, Marchetti spar on Twitter over hurricane aid

The presidential race moved online Thursday as Gov. Harlan Whitcomb and Sen. Delia Marchetti traded insults on Twitter over federal aid to hurricane-battered communities on the Gulf Coast.

It started early in the morning when Whitcomb tweeted: "Crooked Delia voted AGAINST hurricane relief in 2026. Now she shows up for a photo op. SAD!"

Marchetti responded less than an hour later. "I voted against a bill you stuffed with pork for your donors, Harlan," she wrote on Twitter. "Then I voted for the clean version that actually passed. Try reading the bill sometime."

The Vermont senator's post was shared more than 80,000 times by midday, according to the campaign.

Whitcomb fired back in a series of posts. "Nobody believes you, Delia," he wrote. "The people of Mobile know who showed up for them." In another tweet, he called Marchetti "the worst senator in American history" and said she should "go back to Vermont and stay there."

Mobile Mayor Yvonne Castile, a Democrat, weighed in on Twitter as well. "Neither of them has called me," Castile wrote. "I'd settle for a phone call and a check."

Castile later told reporters at a news conference that she had received a call from Marchetti's office in the afternoon. She said she had not heard from Whitcomb's campaign.

Conservative radio host Rusty Calhoun defended the governor on his show. "Harlan's just saying what everybody's thinking," Calhoun told his listeners. "Delia plays games with disaster money, and he called her on it."

But some Republicans were uneasy. Sen. Gloria Winslow of Alabama, whose state was among the hardest hit, said in a brief interview at the Capitol that the back-and-forth was "not helpful." "People down home don't care about tweets," Winslow said. "They care about roofs."

Asked whether she would campaign with Whitcomb in Alabama, Winslow paused. "We'll see," she said.

The Whitcomb campaign later posted a video of the governor handing out water bottles in Mobile. A campaign spokesman, Trent Albers, tweeted that the visit was "about people, not politics." Marchetti, he wrote, was "the one playing politics with a tragedy."

By evening, Marchetti appeared to have moved on. Her final tweet of the day linked to a Red Cross donation page. "Whatever you think of me, please give," she wrote.`,
    // [excerpt inside the quote, speaker, kind (null: kind not asserted), occurrence]
    pass: [
    ['Crooked Delia voted AGAINST', 'Harlan Whitcomb', 'direct'], ['I voted against a bill you stuffed', 'Delia Marchetti', 'direct'],
    ['Then I voted for the clean version', 'Delia Marchetti', 'direct'], ['shared more than 80,000 times', 'the campaign', 'indirect'],
    ['Nobody believes you, Delia', 'Harlan Whitcomb', 'direct'], ['The people of Mobile know', 'Harlan Whitcomb', 'direct'],
    ['the worst senator in American history', 'Harlan Whitcomb', null], ['go back to Vermont and stay there', 'Harlan Whitcomb', null],
    ['Neither of them has called me', 'Yvonne Castile', 'direct'], ['I\'d settle for a phone call', 'Yvonne Castile', 'direct'],
    ['she had received a call', 'Yvonne Castile', 'indirect'], ['she had not heard from', 'Yvonne Castile', 'indirect'],
    ['Harlan\'s just saying', 'Rusty Calhoun', 'direct'], ['Delia plays games with disaster money', 'Rusty Calhoun', 'direct'],
    ['not helpful', 'Gloria Winslow', 'mixed'], ['People down home don\'t care', 'Gloria Winslow', 'direct'],
    ['They care about roofs', 'Gloria Winslow', 'direct'], ['We\'ll see', 'Gloria Winslow', 'direct'],
    ['about people, not politics', 'Trent Albers', null], ['the one playing politics with a tragedy', 'Trent Albers', null],
    ['Whatever you think of me, please give', 'Delia Marchetti', 'direct'],
    ],
    // still wrong when written: [excerpt, speaker a careful reader gives]
    wrong: [],
  },
  {
    name: 'an op-ed in the author\'s first person quoting a strategist and a neighbour',
    floor: 6/9, // speaker accuracy measured when written (6 right of 9 found, 11 expected)
    text: `Opinion: Delia Marchetti's debate performance should worry Democrats

By Warren Okafor
Contributing Columnist

I have covered presidential debates for twenty-two years, and I have rarely seen a front-runner look as uncomfortable as Sen. Delia Marchetti did on Tuesday night.

Don't get me wrong. Marchetti had her moments. Her line about "allies, not tantrums" was sharp, and her comeback about the hardware store was the best moment of the night. But when Gov. Harlan Whitcomb pressed her on inflation, she froze.

"I think we've — I think the numbers speak for themselves," she said, before pivoting to a talking point about child care.

The numbers do speak for themselves. They say grocery prices are up 14 percent since her party took over the Senate. Whitcomb knows it, and so do the voters in the suburbs of Milwaukee and Phoenix who will decide this thing.

I called a longtime Democratic strategist after the debate, someone who has worked on four presidential campaigns. "She won on points and lost on vibes," the strategist told me. "And vibes win elections."

I don't entirely agree. Points matter. But I understand the worry.

Consider what happened in the spin room. Leah Sandoval, Marchetti's communications director, insisted to reporters that her boss had "wiped the floor" with Whitcomb. Two hours later, according to a person close to the campaign, Marchetti's senior advisers were on a conference call debating whether to overhaul her debate prep.

That isn't what a winning campaign does.

Whitcomb, for his part, was Whitcomb. He was loud, he was rude, and he repeatedly talked over the moderator. At one point he told Marchetti she should "go back to Vermont," a line that got big laughs in the hall but will not play well with the women voters he badly needs.

Still, I keep coming back to what my neighbor, a retired union pipefitter named Ray Dunleavy, said to me over the fence on Wednesday morning. "I don't like the guy," Ray said. "But at least I know what he thinks."

Democrats should take that seriously. Marchetti's advisers like to say that the election is "a choice, not a referendum." They are right. But a choice requires voters to know what they are choosing.

I asked the senator's campaign for a response to this column. Spokeswoman Renata Ostrowski replied: "Warren has been predicting our collapse since the primaries. We're still here."

Fair enough. But there are five weeks left, and the debate on Oct. 14 will tell us a lot. If Marchetti freezes again, I suspect she won't get another chance.`,
    // [excerpt inside the quote, speaker, kind (null: kind not asserted), occurrence]
    pass: [
    ['I think the numbers speak for themselves', 'Delia Marchetti', 'direct'], ['wiped the floor', 'Leah Sandoval', 'mixed'],
    ['go back to Vermont', 'Harlan Whitcomb', 'mixed'], ['I don\'t like the guy', 'Ray Dunleavy', 'direct'],
    ['But at least I know what he thinks', 'Ray Dunleavy', 'direct'], ['Warren has been predicting our collapse', 'Renata Ostrowski', 'direct'],
    ],
    // still wrong when written: [excerpt, speaker a careful reader gives]
    wrong: [
    ['She won on points and lost on vibes', 'a longtime Democratic strategist'], ['And vibes win elections', 'a longtime Democratic strategist'],
    ['a choice, not a referendum', 'Marchetti\'s advisers'],
    ],
  },

];

const run = (text: string) => extract({ text, published: '2026-10-01' }).quotes;
const quoteAt = (quotes: ReturnType<typeof run>, span: Span) => quoteOver(quotes, span);

for (const a of ARTICLES) {
  test(`GIVEN ${a.name} WHEN extracted THEN each quote that passed keeps its exact speaker and kind`, () => {
    const quotes = run(a.text);
    for (const [excerpt, speaker, kind, occ] of a.pass) {
      const q = quoteAt(quotes, at(a.text, excerpt, occ));
      assert.ok(q, `no quote found over: ${excerpt}`);
      assert.equal(q.speaker, speaker, `speaker of: ${excerpt}`);
      if (kind) assert.equal(q.kind, kind, `kind of: ${excerpt}`);
    }
  });

  test(`GIVEN ${a.name} WHEN extracted THEN speaker accuracy over the found quotes is at least ${a.floor.toFixed(2)}`, () => {
    const quotes = run(a.text);
    const { found, right } = speakerShare(quotes, a.text, [
      ...a.pass.map(([excerpt, speaker, , occurrence]) => ({ excerpt, occurrence, right: (s: string | null) => s === speaker })),
      ...a.wrong.map(([excerpt, speaker, occurrence]) => ({ excerpt, occurrence, right: (s: string | null) => s === speaker })),
    ]);
    assert.ok(found > 0 && right / found >= a.floor - 1e-9, `${right}/${found} below ${a.floor}`);
  });
}
