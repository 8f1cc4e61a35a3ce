import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

// Six LONG fictional articles (600-1,000 words; invented people, places and organisations) in six house styles.
// Each expected quote is [snippet of the quote, speaker a careful reader gives, what extract gives today when different
// ('MISSED' = not reported as a direct/partial/mixed quote)]. Same for dates: [snippet, expected value, today's value].
// Only the cases without a third element are asserted exactly; the summary test asserts the counts measured when this
// file was written (found, right speakers, false quotes), so regressions show and fixes only raise the numbers.
// Weekdays: 2026-03-12 Thu, 2026-06-08 Mon, 2026-09-15 Tue, 2026-11-20 Fri, 2026-04-19 Sun, 2026-07-29 Wed.
type Row = [snippet: string, expected: string, today?: string];
type Article = {
  name: string; style: string; published: string; text: string;
  measured: { found: number; right: number; falses: number };
  quotes: Row[]; dates: Row[];
};
// Paragraphs are written one per line here; the articles themselves separate paragraphs with a blank line.
const paragraphs = (s: string) => s.split('\n').join('\n\n');

const articles: Article[] = [
  {
    name: 'wire', style: 'a wire story about a coalition crisis (roles first, pronouns far from names)', published: '2026-03-12', measured: { found: 21, right: 20, falses: 0 },
    text: paragraphs(`KASTREL, March 12 (Newswire) - Velmora's coalition government teetered on the brink of collapse on Thursday after the finance minister, Ines Marrow, resigned in protest over a disputed austerity budget, leaving Prime Minister Aldric Haverlund scrambling to shore up his parliamentary majority.
Marrow, 54, announced her departure at a hastily arranged news conference at the finance ministry shortly after 9 a.m., saying she could "no longer defend numbers I do not believe in."
"I have served this government with loyalty for three years," she told reporters. "But loyalty is not the same as silence, and I will not put my name to a budget that cuts pensions while sparing the banks."
Her resignation followed weeks of tension inside the four-party coalition over the 2026 budget, which Haverlund's Unity Party had pushed through cabinet on Monday despite objections from two junior partners.
Haverlund, speaking outside his official residence an hour later, said he regretted the decision but insisted the budget would go to a vote as planned on March 19.
"Ines is a friend and a fine economist, and I am sorry to lose her," the prime minister said. "But the country cannot afford another year of drift. The vote will go ahead next Thursday, with or without the Green Alliance."
He declined to say whether he had the 61 votes needed to pass the bill in the 120-seat Assembly. Asked whether he would call a snap election if the vote failed, he said only: "We will cross that bridge when we come to it."
The leader of the opposition Civic Front, Tomas Kjeld, seized on the resignation as proof that the government had lost its authority.
"This is a government that cannot even convince its own finance minister," Kjeld said in a statement. "The prime minister should stop clinging to office and let the people decide."
Kjeld, whose party leads in most opinion polls, has called for an early election since the coalition lost a by-election in the northern city of Orsa in January. On Thursday he said his party would table a motion of no confidence "within days" if the budget was not withdrawn.
The speaker of the Assembly, Renata Olsby, said she had received no formal motion by Thursday afternoon. She told the state broadcaster VRT that any such motion would be scheduled "in accordance with the rules and not a minute sooner."
"Parliament is not a theatre," Olsby said. "Members on all sides should remember that people are watching, and that they are tired."
The crisis has rattled markets. Velmora's 10-year bond yield rose 18 basis points to 4.6 percent by midday, its biggest one-day jump since October 2024, and the kron weakened 1.2 percent against the euro.
Piet Varga, a political scientist at the University of Kastrel, said the coalition's arithmetic had become "extremely fragile" after Marrow's exit.
"Haverlund can probably survive one vote, maybe two," Varga said. "What he cannot survive is a slow bleed of ministers. If a second one goes, the Greens will walk, and then it is over."
The Green Alliance, the coalition's second-largest party, has not said how its 14 deputies will vote. Its leader, Mirela Dosti, who is also deputy prime minister, cancelled a planned trip to Brussels on Friday and was expected to meet Haverlund on Saturday morning.
A spokesperson for the Green Alliance said the party was "studying the budget line by line." Dosti herself did not respond to requests for comment.
Marrow's departure caps a difficult year for the government. In November, the transport minister, Jens Aalto, resigned over a procurement scandal, and in February the coalition narrowly survived a vote on pension reform.
Speaking to Newswire by phone on Thursday evening, Marrow said she had informed the prime minister of her decision on Wednesday night and had not been asked to reconsider.
"He listened, he thanked me, and that was that," she said. "I think he had already made up his mind. I had made up mine too."
She said she would remain a member of the Unity Party and would keep her seat in the Assembly, but would not say how she intended to vote on March 19. "I will read the final text, like every other member," she said. "Then I will vote with my conscience."
Haverlund's office said late on Thursday that deputy finance minister Aurel Brask would serve as acting minister until a replacement was named. Brask, a former central bank official, said in a brief statement that his priority was "stability and calm."
The prime minister is due to address the Assembly on Tuesday.`),
    quotes: [
      ['no longer defend numbers', 'Ines Marrow'], ['I have served this government', 'Ines Marrow'], ['But loyalty is not the same', 'Ines Marrow'],
      ['Ines is a friend', 'Aldric Haverlund'], ['But the country cannot afford', 'Aldric Haverlund'], ['We will cross that bridge', 'Aldric Haverlund'],
      ['This is a government that cannot', 'Tomas Kjeld'], ['The prime minister should stop', 'Tomas Kjeld'], ['within days', 'Tomas Kjeld'],
      ['in accordance with the rules', 'Renata Olsby'], ['Parliament is not a theatre', 'Renata Olsby'], ['Members on all sides', 'Renata Olsby'],
      ['extremely fragile', 'Piet Varga'], ['Haverlund can probably survive', 'Piet Varga'], ['What he cannot survive', 'Piet Varga'],
      ['studying the budget line', 'A spokesperson for the Green Alliance', 'Mirela Dosti'], ['He listened, he thanked me', 'Ines Marrow'],
      ['I think he had already', 'Ines Marrow'], ['I will read the final text', 'Ines Marrow'], ['Then I will vote with my conscience', 'Ines Marrow'],
      ['stability and calm', 'Aurel Brask'],
    ],
    dates: [
      ['March 12', '2026-03-12', 'MISSED'], ['on Thursday after', '2026-03-12'], ['on Monday', '2026-03-09'], ['March 19.', '2026-03-19'],
      ['next Thursday', '2026-03-19'], ['in January', '2026-01'], ['October 2024', '2024-10'], ['on Friday', '2026-03-13'], ['on Saturday', '2026-03-14'],
      ['In November', '2025-11'], ['in February', '2026-02'], ['on Wednesday', '2026-03-11'], ['on Tuesday', '2026-03-17'],
    ],
  },
  {
    name: 'tabloid', style: 'a UK tabloid story (ages, "the 41-year-old", "the mum-of-two", nicknames)', published: '2026-06-08', measured: { found: 23, right: 9, falses: 0 },
    text: paragraphs(`A BRAVE mum-of-two kicked down a neighbour's door to rescue two kids from a raging flat fire — in her dressing gown and slippers.
Kerry-Ann Pelham, 41, was making a cuppa at her home in Brackley Vale, Dunmore, when she smelled smoke just after 7am on Saturday.
The 41-year-old raced next door and heard screaming from behind the locked front door.
"I didn't think, I just went for it," she told The Daily Lantern. "I gave that door three almighty kicks and on the third it flew open."
Inside, thick black smoke was pouring from the kitchen.
The mum-of-two found little Maisie, six, and her brother Alfie, four, cowering under a bunk bed.
"They were screaming for their mum," Kerry-Ann said. "I grabbed one under each arm and ran. I don't even remember getting down the stairs."
The children's mum, Jodie Barnes, 27, had popped to the corner shop for milk minutes earlier.
She returned to find fire engines outside and her kids wrapped in foil blankets on the pavement.
"I honestly thought my world had ended," the tearful mum said. "Kerry-Ann is an angel. I will never be able to thank her enough."
Locals have nicknamed the hero "Wonder Woman of Brackley Vale" — and she's not keen.
"Please don't call me that," she laughed. "I'm just a nosy neighbour with big feet."
Her husband, cab driver Darren "Dazza" Pelham, 44, said he wasn't surprised.
"She's always been fearless," Dazza said. "She once chased a burglar down the high street in her flip-flops. That's my Kez."
Firefighters from Dunmore station arrived within six minutes and had the blaze under control by 7.40am.
Watch manager Gary Thorne said a chip pan left on the hob was to blame.
"Without a doubt, this lady saved two lives," he said. "But we would always urge people to get out, stay out and call 999. Do not go back in."
Thorne, 52, who has been a firefighter for 30 years, added that the flat had no working smoke alarm.
"It's heartbreaking," the veteran officer said. "A £10 alarm could have stopped this before it started."
Dunmore Council has now promised to check every flat in the block — 48 homes in total — by the end of June.
A council spokesman said: "The safety of our tenants is our top priority. Officers will be visiting every household over the coming weeks."
But furious residents say they have been complaining about the building for years.
Pensioner Stan Whitlock, 78, who has lived on the estate since 1979, fumed: "They only care when it's in the papers. We've had no alarms, no lights on the stairs, nothing."
He said the council's promise was "too little, too late".
Another neighbour, who asked not to be named, said: "Kerry-Ann is the only reason those babies are alive. The council should be giving her a medal, not a leaflet."
Maisie and Alfie were checked over at Dunmore General Hospital and allowed home on Sunday.
Jodie, who is now staying with her mum in nearby Ashcombe, said the family had lost "absolutely everything" in the fire.
A GoFundMe page set up by friends has already raised more than £6,000.
Kerry-Ann, who works part-time at a local bakery, suffered smoke inhalation and a cut to her foot.
"My feet are killing me, my hair stinks of smoke and I've missed two shifts," the mum-of-two joked. "But I'd do it again tomorrow."
She has been invited to meet the Mayor of Dunmore, Cllr Priya Nandra, on Friday.
"We are so proud of Kerry-Ann," Cllr Nandra said. "She showed exactly what this community is made of."`),
    quotes: [
      ['I didn\'t think', 'Kerry-Ann Pelham'], ['I gave that door', 'Kerry-Ann Pelham'], ['They were screaming for their mum', 'Kerry-Ann Pelham'],
      ['I grabbed one under', 'Kerry-Ann Pelham'], ['I honestly thought', 'Jodie Barnes', 'the tearful mum'],
      ['Kerry-Ann is an angel', 'Jodie Barnes', 'the tearful mum'], ['Please don\'t call me that', 'Kerry-Ann Pelham', 'null'],
      ['I\'m just a nosy neighbour', 'Kerry-Ann Pelham', 'null'], ['She\'s always been fearless', 'Darren Pelham', 'Dazza'],
      ['She once chased a burglar', 'Darren Pelham', 'Dazza'], ['Without a doubt, this lady', 'Gary Thorne'], ['But we would always urge', 'Gary Thorne'],
      ['It\'s heartbreaking', 'Gary Thorne', 'the veteran officer'], ['A £10 alarm', 'Gary Thorne', 'the veteran officer'],
      ['The safety of our tenants', 'A council spokesman'], ['They only care when it\'s', 'Stan Whitlock', 'Pensioner Stan Whitlock'],
      ['too little, too late', 'Stan Whitlock', 'Pensioner Stan Whitlock'], ['Kerry-Ann is the only reason', 'Another neighbour'],
      ['absolutely everything', 'Jodie Barnes'], ['My feet are killing me', 'Kerry-Ann Pelham', 'the mum-of-two'],
      ['But I\'d do it again', 'Kerry-Ann Pelham', 'the mum-of-two'], ['We are so proud of Kerry-Ann', 'Priya Nandra', 'Cllr Nandra'],
      ['She showed exactly', 'Priya Nandra', 'Cllr Nandra'],
    ],
    dates: [
      ['on Saturday', '2026-06-06'], ['on Sunday', '2026-06-07'], ['end of June', '2026-06'], ['since 1979', '1979'],
      ['on Friday', '2026-06-12', '2026-06-05'],
    ],
  },
  {
    name: 'translated', style: 'a machine-translated regional story (single quotes, missing spaces, "Mr.", two spellings)', published: '2026-09-15', measured: { found: 16, right: 13, falses: 0 },
    text: paragraphs(`VELYKYI DROZDIV, 15 September. For third day in row the river Sorna is coming out from its banks in the Drozdiv district,and the authorities of the region is telling that the situation stays difficult.The level of water on Monday morning reached 6.4 metres,it is highest since year 1998.
Head of regional administration Mr. Ostap Zhurbenko on briefing is telling that evacuated already 1,240 persons from eleven villages.'We are doing everything possible and even more,' is saying Mr. Zhurbenko.'Nobody will be left alone with the water.'
According to words of Mr. Zhurbenko,in the village Kovyli the water is entering into 300 houses.He is telling that the dam near the village Ozerne is holding,but engineers are watching it day and night.
The mayor of Kovyli,Mrs. Halyna Voronets,is not agreeing with the regional authority.'The help is coming too late,as always,' she is saying to our correspondent.'On Saturday we were asking for the boats.The boats came on Monday.'
Mrs. Voronets is telling that in the village is staying mostly old people,who is not wanting to leave the houses.'They are saying to me,where we will go,who will feed the chickens,' she is telling.'I understand them,but I am afraid.'
In the press service of the regional administration to our correspondent was explained that the boats was sent 'as soon as it was technically possible'.
Resident of Kovyli,the pensioner Mr. Petro Havryliuk,72 years,is showing to us his house where the water is standing on the height of the window.'Fifty years I am living here and such thing I am not seeing,' is telling Mr. Havryliuk.'In 1998 it was bad,but now it is worse.'
He is saying that the pension for September he is not yet receiving,because the post office is also under the water.
Meantime,the head of the regional hydrometeorological centre Mrs. Iryna Sokolova is warning that on Wednesday and Thursday is expected new rains.'The peak of the flood is not yet passed,' Mrs. Sokolova is telling.'We are expecting that the level will rise still on 30-40 centimetres until Friday.'
By her words,the situation will become better not earlier than on 20 September.
Mr. Zhurbenko (in some documents also Mr. Jurbenko) on evening briefing is telling that from regional budget is allocated 45 million for the help to victims.'Every family what is suffering will receive the compensation,' is saying Mr. Jurbenko.'This I am promising personally.'
But the deputy of regional council from the opposition Mr. Taras Kulyk is calling this promises 'the words for the television'.'Last year also was promising the compensation,and until now people is waiting,' Mr. Kulyk is telling.
Mr. Kulyk is reminding that after the flood in the April 2025 the families of the Ozerne village received the payments only in the February of this year.
The mayor Mrs. Galyna Voronec on her page in Facebook is writing on Monday evening:'Thank you to all volunteers.Without you we are nobody.'
The Ministry of emergencies is telling that to the district is sent additional 150 rescuers and 12 boats.The minister Mr. Andriy Lesyk is planning to visit the district on Thursday.
Residents of Ozerne is telling that the water in the wells is not good for drinking.'We are buying the water in the bottles,and the bottles is finishing in the shop,' is telling Mrs. Oksana Melnyk,the teacher of local school.Mrs. Melnik is saying that the school will not open until 1 October.
Volunteers from the neighbouring town Sorniv is bringing the food and the blankets.'We are coming every day after the work,' is telling the volunteer Mr. Bohdan Ilchuk,who is organising the help.'People is giving very much,more than we can carry.'The next briefing of the regional administration will be on Wednesday at 10 o'clock.`),
    quotes: [
      ['We are doing everything possible', 'Ostap Zhurbenko'], ['Nobody will be left alone', 'Ostap Zhurbenko'],
      ['The help is coming too late', 'Halyna Voronets'], ['On Saturday we were asking', 'Halyna Voronets'], ['They are saying to me', 'Halyna Voronets'],
      ['I understand them', 'Halyna Voronets'], ['as soon as it was technically possible', 'the press service of the regional administration', 'null'],
      ['Fifty years I am living', 'Petro Havryliuk'], ['In 1998 it was bad', 'Petro Havryliuk'], ['The peak of the flood', 'Iryna Sokolova'],
      ['We are expecting that the level', 'Iryna Sokolova'], ['Every family what is suffering', 'Ostap Zhurbenko', 'Jurbenko'],
      ['This I am promising personally', 'Ostap Zhurbenko', 'Jurbenko'], ['the words for the television', 'Taras Kulyk'],
      ['Last year also was promising', 'Taras Kulyk', 'MISSED'], ['Thank you to all volunteers', 'Halyna Voronets', 'MISSED'],
      ['We are buying the water', 'Oksana Melnyk'], ['We are coming every day', 'Bohdan Ilchuk'], ['People is giving very much', 'Bohdan Ilchuk', 'MISSED'],
    ],
    dates: [
      ['15 September', '2026-09-15'], ['on Monday morning', '2026-09-14'], ['year 1998', '1998'], ['On Saturday', '2026-09-12'],
      ['on Wednesday', '2026-09-16', '2026-09-09'], ['Thursday is expected', '2026-09-17'], ['until Friday', '2026-09-18'], ['20 September', '2026-09-20'],
      ['April 2025', '2025-04'], ['February of this year', '2026-02'], ['on Monday evening', '2026-09-14'],
      ['district on Thursday', '2026-09-17', '2026-09-10'], ['1 October', '2026-10-01'], ['Wednesday at 10', '2026-09-16'],
    ],
  },
  {
    name: 'court', style: 'a court report (the judge, the prosecutor, the barrister, the defendant)', published: '2026-11-20', measured: { found: 16, right: 10, falses: 0 },
    text: paragraphs(`A former charity treasurer who stole more than £412,000 from a children's hospice fund to pay for holidays, a sports car and online gambling was jailed for five years and four months on Thursday.
Declan Ferrow, 46, of Millbrook Road, Harlow Cross, had admitted fraud by abuse of position at an earlier hearing in September.
Sentencing him at Castlemere Crown Court, Judge Alison Marchbank told the defendant he had betrayed "the trust of every person who ever dropped a coin in a collection tin."
"You were trusted absolutely, and you abused that trust absolutely," the judge said. "This was not a moment of madness. It was a sustained, calculated and deceitful course of conduct that lasted the best part of four years."
The court heard that Ferrow, who volunteered as treasurer of the Harbourlight Trust from 2019, made 213 transfers from the charity's accounts into his own between March 2020 and January 2024.
Opening the case for the prosecution, Helena Stroud KC said the defendant had disguised the payments as invoices from a fictitious catering firm.
"He was clever, and he was careful," the prosecutor told the court. "Every false invoice was numbered, dated and filed. To anyone glancing at the books, the Harbourlight Trust appeared to be spending a great deal of money on sandwiches."
Ms Stroud said the fraud came to light in February 2024, when a new bank manager queried a payment of £18,500.
The money was spent on three foreign holidays, a second-hand Porsche and more than £160,000 in online gambling losses, she said.
In a victim impact statement read to the court, the trust's chair, Margaret Linfoot, said the theft had "torn the heart out" of the charity.
"We are a small organisation run by volunteers," she wrote. "Every pound we lost was a pound that should have paid for a nurse, a bed or a day out for a sick child."
Mrs Linfoot said two fundraising staff had lost their jobs as a result and that donations had fallen by a third in the year after the fraud became public.
Mitigating, Nikhil Basra, for the defence, said his client was "deeply, genuinely ashamed" and had been in the grip of a gambling addiction.
"My client does not seek to hide behind his illness," the barrister said. "But the court should know that he has not placed a single bet since the day he was arrested, and that he has attended Gamblers Anonymous every week since."
Mr Basra said Ferrow had sold his home and handed over £96,000 to the trust ahead of the hearing, and that he intended to repay "every penny he can, for as long as it takes."
He added that the defendant's wife had left him and that he had not seen his two teenage children for more than a year.
Ferrow, wearing a grey suit and a black tie, wept in the dock as the sentence was passed. Asked by the clerk to confirm his name at the start of the hearing, he replied only: "Yes, that's right."
Addressing him directly, the judge said she accepted that his remorse was genuine, but added: "Remorse does not return the money, and it does not undo the harm."
She said she had reduced the sentence by a third to reflect his guilty plea.
A confiscation hearing under the Proceeds of Crime Act will take place on 15 January.
Speaking outside court, Detective Constable Owen Pryce of Castlemere Police said: "This sentence sends a clear message that those who steal from charities will be caught."
The Harbourlight Trust said in a statement that it was "relieved that this chapter is finally closed" and would now focus on rebuilding.
Mrs Linfoot, who attended the hearing with other trustees, declined to comment as she left the building.`),
    quotes: [
      ['the trust of every person', 'Alison Marchbank'], ['You were trusted absolutely', 'Alison Marchbank'], ['This was not a moment', 'Alison Marchbank'],
      ['He was clever', 'Helena Stroud', 'the prosecutor'], ['Every false invoice', 'Helena Stroud', 'the prosecutor'],
      ['torn the heart out', 'Margaret Linfoot'], ['We are a small organisation', 'Margaret Linfoot'], ['Every pound we lost', 'Margaret Linfoot'],
      ['deeply, genuinely ashamed', 'Nikhil Basra'], ['My client does not seek', 'Nikhil Basra', 'the barrister'],
      ['But the court should know', 'Nikhil Basra', 'the barrister'], ['every penny he can', 'Nikhil Basra'], ['Yes, that\'s right', 'Declan Ferrow'],
      ['Remorse does not return', 'Alison Marchbank'], ['This sentence sends', 'Owen Pryce', 'Constable Owen Pryce'],
      ['relieved that this chapter', 'Harbourlight Trust', 'The Harbourlight Trust'],
    ],
    dates: [
      ['on Thursday', '2026-11-19'], ['in September', '2026-09'], ['from 2019', '2019'], ['March 2020', '2020-03'], ['January 2024', '2024-01'],
      ['February 2024', '2024-02'], ['15 January', '2027-01-15'],
    ],
  },
  {
    name: 'sport', style: 'a football match report (coach, captain, players, minutes and scores)', published: '2026-04-19', measured: { found: 19, right: 12, falses: 0 },
    text: paragraphs(`Harrowgate Rovers came from behind to beat league leaders Kelby Town 3-1 at Marsh Lane on Saturday, with substitute Jonah Akintade scoring twice in the last ten minutes to blow the title race wide open.
Kelby, unbeaten in 14 matches, had led through a Luca Brennan header in the 23rd minute and looked comfortable until the break.
But Rovers manager Sinead Callow's half-time changes turned the game. Midfielder Ross Danaher levelled with a low drive from 20 yards in the 58th minute, before Akintade, on for only his fourth appearance of the season, struck in the 81st and again in stoppage time.
"I told them at half-time that we were playing like we were scared of them," Callow said. "We were. They are a very good side. But fear doesn't win you anything, and the second half was the most complete 45 minutes we've played all year."
The 38-year-old, in her first full season in charge, was particularly pleased with Akintade, who was only named on the bench after Marco Selby pulled up in the warm-up.
"Jonah has been knocking on the door for months," she said. "He's been brilliant in training, and today he kicked the door down."
Akintade, 19, said he had "dreamed about a day like this" since joining the club's academy at the age of nine.
"I can't really describe it," the teenager said. "For the first one I just hit it and hoped. For the second, I saw the keeper come out and I thought, just dink it. When it went in I didn't know where to run."
Kelby's captain, Dean Harcastle, admitted his side had been second best after the interval.
"We switched off, simple as that," the centre-back said. "At 1-0 you have to kill the game and we didn't. We've got nobody to blame but ourselves."
Harcastle, who was booked for a late challenge on Danaher in the 64th minute, insisted the defeat would not derail Kelby's promotion push. "We're still top. We're still in control. If you'd offered us this position in August we'd have bitten your hand off."
Kelby head coach Piotr Malewicz was less forgiving and singled out his defence for the second goal, which came seconds after Kelby's goalkeeper, Aaron Stiles, had made a superb double save.
"The first goal, okay, it's a good strike," Malewicz said. "The second and third, we make it a present. You cannot defend like this against any team in this league, never mind in a derby."
Asked whether the title race was now open, the Kelby coach shrugged. "It was always open. Now maybe everybody believes it."
Stiles, who made six saves on the afternoon, said the dressing room had been "very quiet" after the final whistle. "Nobody needs to say anything," the goalkeeper said. "We all know what went wrong, and we all know it cannot happen again."
The result leaves Kelby on 71 points, four ahead of second-placed Ashby United, who drew 0-0 at Wrenfield on Friday night. Rovers climb to fifth on 64, two points off the play-off places with four games remaining.
Danaher, the Rovers skipper, was named man of the match after an all-action display in midfield.
"People wrote us off after Christmas," he said. "We've lost three games since the start of January. That says everything about this group."
A crowd of 11,842 — the biggest at Marsh Lane since the 2019 play-off semi-final — stayed long after the final whistle to applaud the players.
Rovers travel to Ashby United on Tuesday night, while Kelby host bottom club Fenwick Athletic on April 25.
Callow, asked whether her side could still go up, refused to get carried away. "Ask me in May," she said with a smile.`),
    quotes: [
      ['I told them at half-time', 'Sinead Callow'], ['We were. They are', 'Sinead Callow'], ['Jonah has been knocking', 'Sinead Callow'],
      ['He\'s been brilliant', 'Sinead Callow'], ['dreamed about a day like this', 'Jonah Akintade'],
      ['I can\'t really describe it', 'Jonah Akintade', 'the teenager'], ['For the first one', 'Jonah Akintade', 'the teenager'],
      ['We switched off', 'Dean Harcastle', 'the centre-back'], ['At 1-0 you have to', 'Dean Harcastle', 'the centre-back'],
      ['We\'re still top', 'Dean Harcastle'], ['The first goal, okay', 'Piotr Malewicz'], ['The second and third', 'Piotr Malewicz'],
      ['It was always open', 'Piotr Malewicz', 'Kelby Town'], ['very quiet', 'Aaron Stiles'],
      ['Nobody needs to say anything', 'Aaron Stiles', 'the goalkeeper'], ['We all know what went wrong', 'Aaron Stiles', 'the goalkeeper'],
      ['People wrote us off', 'Ross Danaher'], ['We\'ve lost three games', 'Ross Danaher'], ['Ask me in May', 'Sinead Callow'],
    ],
    dates: [
      ['on Saturday', '2026-04-18'], ['on Friday night', '2026-04-17'], ['on Tuesday night', '2026-04-21', '2026-04-14'], ['April 25', '2026-04-25'],
      ['in August', '2025-08'], ['start of January', '2026-01'], ['2019 play-off', '2019'], ['in May', '2026-05', '2025-05'],
    ],
  },
  {
    name: 'business', style: 'a business story (CEO, analysts, people familiar with the matter, quarters)', published: '2026-07-29', measured: { found: 17, right: 15, falses: 1 },
    text: paragraphs(`Corvane Systems Inc. shares fell as much as 9% in early trading on Wednesday after the data-storage company reported slower-than-expected growth in its cloud business and raised its spending forecast for the rest of the year.
Revenue for the second quarter, which ended June 30, rose 12% to $4.21 billion from $3.76 billion a year earlier, the Brackton, Ohio-based company said late on Tuesday. Analysts polled by MarketLens had expected $4.3 billion.
Net income fell to $512 million, or 88 cents a share, from $604 million, or $1.02 a share, in the same period last year.
Chief Executive Officer Lidia Varnholt said the company was investing "ahead of demand" and urged investors to look beyond a single quarter.
"We are building for the next five years, not the next five months," Varnholt told analysts on a conference call. "I understand the market wants instant returns. Our customers want capacity, and we intend to have it ready when they need it."
Corvane now expects capital spending of $2.8 billion to $3 billion for fiscal 2026, up from a previous forecast of $2.4 billion. Most of the increase will go to two new data centres in Nevada and Portugal, the CEO said.
Revenue at the cloud unit, which accounts for roughly 40% of sales, grew 21% in the quarter, down from 34% in the first quarter and well below the 27% analysts had pencilled in.
Chief Financial Officer Owen Bratt said part of the slowdown reflected the timing of two large contracts that slipped into the third quarter. "These deals are signed, they are not lost," he said on the call. "They simply land in Q3 rather than Q2."
Not everyone was convinced.
"Management keeps asking for patience, and the numbers keep getting pushed out," said Samir Qadri, an analyst at Pellworth Securities who rates the stock "hold." "At some point the market stops giving them the benefit of the doubt."
Julia Fenwick of Tarrant & Co. was more positive, calling the sell-off "an overreaction to a timing issue."
"The underlying demand is there," she wrote in a note to clients on Wednesday. "If the two contracts close as guided, this quarter will look like a blip by November."
The company is also exploring a sale of its legacy hardware division, which could fetch around $1.5 billion, according to people familiar with the matter. The talks are at an early stage and may not lead to a deal, said the people, who asked not to be identified because the discussions are private.
One of the people said Corvane had held preliminary talks with at least two private equity firms in recent weeks. A Corvane spokeswoman declined to comment on "market rumours."
Asked on the call about the hardware unit, Varnholt said only that the company "regularly reviews" its portfolio.
Corvane shares had risen 31% this year through Tuesday's close, outpacing the 14% gain in the broader technology index. By midday on Wednesday they were down 7.2% at $148.60.
Brenda Osei, a portfolio manager at Halden Capital, which owns about 1.2 million Corvane shares, said she had been adding to her position. "This is the kind of dip we wait for," Osei said. "The balance sheet is strong and the spending is not reckless."
The company said it expects third-quarter revenue of $4.4 billion to $4.55 billion, compared with $3.98 billion a year earlier. It will report results for the period on October 28.
Varnholt, who took over as CEO in March 2023 after 11 years at rival Quillon Data, said she was "not worried" about the share price.
"Stock prices move every day," she said. "My job is to make sure that in three years people look back at this quarter and wonder what the fuss was about."`),
    quotes: [
      ['ahead of demand', 'Lidia Varnholt'], ['We are building for the next', 'Lidia Varnholt'], ['I understand the market', 'Lidia Varnholt'],
      ['These deals are signed', 'Owen Bratt'], ['They simply land in Q3', 'Owen Bratt'], ['Management keeps asking', 'Samir Qadri'],
      ['At some point the market', 'Samir Qadri', 'Management'], ['an overreaction to a timing', 'Julia Fenwick'],
      ['The underlying demand', 'Julia Fenwick'], ['If the two contracts close', 'Julia Fenwick'],
      ['market rumours', 'A Corvane spokeswoman', 'Corvane Systems Inc'], ['regularly reviews', 'Lidia Varnholt'], ['not worried', 'Lidia Varnholt'],
      ['This is the kind of dip', 'Brenda Osei'], ['The balance sheet is strong', 'Brenda Osei'], ['Stock prices move', 'Lidia Varnholt'],
      ['My job is to make sure', 'Lidia Varnholt'],
    ],
    dates: [
      ['trading on Wednesday', '2026-07-29'], ['June 30', '2026-06-30'], ['late on Tuesday', '2026-07-28'], ['fiscal 2026', '2026'],
      ['by November', '2026-11'], ['Tuesday\'s close', '2026-07-28'], ['October 28', '2026-10-28'], ['March 2023', '2023-03'],
    ],
  },
];

const at = (a: Article, snippet: string) => {
  const i = a.text.indexOf(snippet);
  assert.ok(i >= 0, `snippet not in the ${a.name} article: ${snippet}`);
  return [i, i + snippet.length] as const;
};
const quoted = (q: { kind: string }) => q.kind === 'direct' || q.kind === 'partial' || q.kind === 'mixed';

for (const a of articles) {
  const result = extract({ text: a.text, published: a.published });
  const quotes = result.quotes.filter(quoted);
  const quoteAt = (snippet: string) => {
    const [i, j] = at(a, snippet);
    return quotes.find((q) => q.start < j && q.end > i);
  };

  test(`GIVEN ${a.style} WHEN extracted THEN the quotes it gets right keep their exact speakers`, () => {
    for (const [snippet, speaker, today] of a.quotes) {
      if (today !== undefined) continue;
      const q = quoteAt(snippet);
      assert.ok(q, `missed quote: ${snippet}`);
      assert.equal(q.speaker, speaker, `speaker of: ${snippet}`);
    }
  });

  test(`GIVEN ${a.style} WHEN extracted THEN the dates it gets right have their exact values`, () => {
    for (const [snippet, value, today] of a.dates) {
      if (today !== undefined) continue;
      const [i, j] = at(a, snippet);
      const d = result.dates.find((x) => x.start < j && x.end > i);
      assert.ok(d, `missed date: ${snippet}`);
      assert.equal(d.value, value, `value of: ${snippet}`);
    }
  });

  test(`GIVEN ${a.style} WHEN extracted THEN quote recall, speaker accuracy and false quotes are no worse than measured`, () => {
    let found = 0, right = 0;
    const used = new Set<unknown>();
    for (const [snippet, speaker] of a.quotes) {
      const q = quoteAt(snippet);
      if (!q) continue;
      used.add(q);
      found++;
      if (q.speaker === speaker) right++;
    }
    const falses = quotes.filter((q) => !used.has(q)).map((q) => q.text);
    assert.ok(found >= a.measured.found, `quotes found ${found}/${a.quotes.length}, was ${a.measured.found}`);
    assert.ok(right >= a.measured.right, `speakers right ${right}/${found}, was ${a.measured.right}`);
    assert.ok(falses.length <= a.measured.falses, `false quotes ${JSON.stringify(falses)}, was ${a.measured.falses}`);
    for (const q of quotes) assert.ok(q.speaker === null || !/^(he|she|they|him|her)$/i.test(q.speaker), `bare pronoun speaker: ${q.text}`);
  });
}

test('GIVEN the match report WHEN extracted THEN scores and match minutes are not dates', () => {
  const a = articles.find((x) => x.name === 'sport')!;
  const { dates } = extract({ text: a.text, published: a.published });
  for (const s of ['3-1 at Marsh Lane', 'At 1-0', 'drew 0-0', '23rd minute', '58th minute', '81st', '64th minute']) {
    const [i, j] = at(a, s);
    assert.equal(dates.find((d) => d.start < j && d.end > i), undefined, s);
  }
});

test('GIVEN the tabloid story WHEN extracted THEN nicknames in quotation marks are not reported as quotes', () => {
  const a = articles.find((x) => x.name === 'tabloid')!;
  const { quotes } = extract({ text: a.text, published: a.published });
  for (const s of ['Wonder Woman of Brackley Vale', 'Dazza']) {
    const [i, j] = at(a, s);
    assert.equal(quotes.find((q) => q.start < j && q.end > i), undefined, s);
  }
});
