import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

// Six fictional articles (invented people, places and organisations) in genres not covered before: disaster
// reporting, health/science, a council meeting, an obituary, a summit, a Q&A interview. Published 2026-03-12 (a Thursday).
// `pass` holds only what passed when written (exact speaker and kind); `wrong` holds quotes whose speaker was still
// wrong or that were not found, kept so the per-article speaker-accuracy floor measures the whole article.
type Article = {
  name: string; floor: number; text: string;
  pass: [string, string, string][]; wrong: [string, string][];
  dates: [string, string][]; figures: [string, number, string][]; entities: [string, string][];
};

const ARTICLES: Article[] = [
  {
    name: 'a flood report whose death toll climbs through the day, with officials from several agencies',
    floor: 0.92, // 25 right of 27 found (27 expected) when written
    text: `Death toll rises to 14 as floods sweep through Varrow Valley
KESTRIDGE — At least 14 people were killed and 38 others injured after the Tamber River burst its banks overnight, officials said Thursday, as rescue crews searched flooded neighbourhoods for dozens of residents still missing.
The toll rose steadily through the day. Early on Thursday morning, the Varrow County Emergency Management Agency put the number of dead at six. By noon, it had climbed to 11, and at a 4 p.m. briefing the agency's director, Helena Marsk, said 14 bodies had been recovered.
"This is the worst flooding this valley has seen in living memory," Marsk told reporters outside the county courthouse. "We expect that number to rise, and I want people to be prepared for that."
About 2,300 homes were damaged and roughly 9,500 people have been moved to shelters, according to the Red Cedar Relief Society. A spokeswoman for the society, Priya Olendo, said its volunteers had served more than 12,000 meals since Wednesday night.
The river peaked at 7.4 metres at the Kestridge gauge shortly after 2 a.m., nearly two metres above the previous record set on April 17, 2011, according to the National Hydrology Service.
Fire Chief Dominic Varga of the Kestridge Fire Department said his crews had carried out 210 rescues, many of them by boat. "We pulled a family of five off a roof on Millbrook Road at three in the morning," Varga said. "The water was up to the gutters."
He said two of his firefighters had been treated for hypothermia. Both were expected to make a full recovery, he added.
Governor Rosalind Achterberg declared a state of emergency for Varrow County and two neighbouring counties on Thursday afternoon and said she had asked the federal government for assistance. She said the state would release an initial $25 million in emergency funds.
"No one in this valley is going to be left to face this alone," Achterberg said at the briefing.
Not everyone was satisfied with the response. Corinne Thatch, 62, whose house on Alder Street was flooded to the ceiling, said the warning sirens had sounded "far too late."
"By the time we heard anything, the water was already in the kitchen," she said. "We had ten minutes to get out."
Asked about the sirens, Marsk said the agency would review the timing of the alerts. "If we got it wrong, we will say so," she said.
The National Weather Service had issued a flood watch for the valley on Monday and upgraded it to a warning on Wednesday afternoon. Forecasters said as much as 180 millimetres of rain fell in 36 hours, more than the area normally receives in a month.
Police Superintendent Arjun Falkes said 47 people were still unaccounted for, down from 112 on Thursday morning, as residents who had fled to relatives checked in. He urged anyone looking for missing family to call a hotline set up by the Varrow County Sheriff's Office.
"Most of those people are safe and simply haven't been able to reach anyone," Falkes said. "But we are treating every report as urgent."
More rain is forecast for Saturday. The Hydrology Service said the river was not expected to fall below flood stage until next Tuesday.
Schools across the county will remain closed through Friday, the district said.`.replace(/\n/g, '\n\n'),
    pass: [
      ['At least 14 people were killed', 'officials', 'indirect'],
      ['About 2,300 homes were damaged', 'Red Cedar Relief Society', 'indirect'],
      ['anyone looking for missing family', 'Arjun Falkes', 'indirect'],
      ['14 bodies had been recovered', 'Helena Marsk', 'indirect'],
      ['This is the worst flooding', 'Helena Marsk', 'direct'],
      ['We expect that number to rise', 'Helena Marsk', 'direct'],
      ['its volunteers had served', 'Priya Olendo', 'indirect'],
      ['his crews had carried out 210 rescues', 'Dominic Varga', 'indirect'],
      ['We pulled a family of five', 'Dominic Varga', 'direct'],
      ['The water was up to the gutters', 'Dominic Varga', 'direct'],
      ['two of his firefighters had been treated', 'Dominic Varga', 'indirect'],
      ['Both were expected to make a full recovery', 'Dominic Varga', 'indirect'],
      ['she had asked the federal government', 'Rosalind Achterberg', 'indirect'],
      ['the state would release an initial', 'Rosalind Achterberg', 'indirect'],
      ['No one in this valley', 'Rosalind Achterberg', 'direct'],
      ['far too late', 'Corinne Thatch', 'mixed'],
      ['By the time we heard anything', 'Corinne Thatch', 'direct'],
      ['We had ten minutes', 'Corinne Thatch', 'direct'],
      ['the agency would review the timing', 'Helena Marsk', 'indirect'],
      ['If we got it wrong', 'Helena Marsk', 'direct'],
      ['as much as 180 millimetres', 'Forecasters', 'indirect'],
      ['47 people were still unaccounted for', 'Arjun Falkes', 'indirect'],
      ['Most of those people are safe', 'Arjun Falkes', 'direct'],
      ['But we are treating every report', 'Arjun Falkes', 'direct'],
      ['Schools across the county will remain closed', 'the district', 'indirect'],
    ],
    wrong: [
      ['The river peaked at 7.4 metres', 'National Hydrology Service'],
      ['the river was not expected to fall', 'National Hydrology Service'],
    ],
    dates: [['Thursday', '2026-03-12'], ['Wednesday night', '2026-03-11'], ['April 17, 2011', '2011-04-17'], ['Monday', '2026-03-09'], ['Wednesday afternoon', '2026-03-11'], ['Saturday', '2026-03-14'], ['next Tuesday', '2026-03-17'], ['Friday', '2026-03-13']],
    figures: [['14 people', 14, 'count'], ['38 others', 38, 'count'], ['2,300 homes', 2300, 'count'], ['9,500 people', 9500, 'count'], ['12,000 meals', 12000, 'count'], ['210 rescues', 210, 'count'], ['$25 million', 25000000, 'USD'], ['47 people', 47, 'count'], ['112', 112, 'count']],
    entities: [['Helena Marsk', 'person'], ['Varrow County Emergency Management Agency', 'organization'], ['Red Cedar Relief Society', 'organization'], ['Priya Olendo', 'person'], ['Dominic Varga', 'person'], ['Rosalind Achterberg', 'person'], ['Corinne Thatch', 'person'], ['Arjun Falkes', 'person'], ['National Hydrology Service', 'organization']],
  },
  {
    name: 'a health story quoting researchers, a journal study, percentages and a university press release',
    floor: 0.94, // 17 right of 18 found (18 expected) when written
    text: `Daily walk cuts dementia risk by a third, Halvern study finds
People over 60 who walked for at least 30 minutes a day were 34 percent less likely to develop dementia over a decade than those who rarely walked, according to a study by researchers at the University of Halvern.
The study, published on Wednesday in the journal Annals of Cognitive Ageing, followed 8,412 adults in the Brennmoor region from 2014 to 2024. Participants wore activity trackers for a week each year and took memory tests every two years.
"We were honestly surprised by how large the effect was," said Dr. Ilse Navarro-Quint, a neuroscientist at Halvern and the study's lead author. "Even people who started walking in their late sixties saw a benefit."
Of the 1,130 participants who developed dementia during the study, 61 percent had walked less than 10 minutes a day. Those who walked more than an hour a day saw their risk fall by 41 percent.
Navarro-Quint cautioned that the study was observational and could not prove that walking itself protected the brain. People in the early stages of dementia may simply walk less, she said.
In a press release issued by the university on Tuesday, co-author Professor Tobiah Merrow called the findings "a cheap, simple message for public health."
"You don't need a gym membership or a prescription," Merrow said in the release. "You need a pair of shoes and half an hour."
The research was funded by a £2.4 million grant from the Ostrel Foundation, a charity that supports ageing research, and by the Brennmoor Health Trust.
Outside experts welcomed the study but urged caution. Dr. Samir Okonkwo-Hale, who studies dementia prevention at Caddon Medical School and was not involved in the research, said the size of the cohort was a strength.
"Eight thousand people over ten years is a serious piece of work," he said. "But we have seen promising associations like this before that did not hold up in trials."
He pointed to a brain-training app that had appeared to reduce cognitive decline by 20 percent in a 2019 observational study but showed no benefit when it was tested in a randomised trial.
The Halvern team said it now planned a randomised trial of its own, beginning in September, in which 600 volunteers would be assigned either to a walking programme or to their usual routine.
Rosa Lindqvist-Amadi, chief executive of the charity Dementia Voices, said the results were "encouraging news for families."
"So many people tell us they feel helpless," she said. "This gives them something practical to do."
About one in 14 people over 65 in the country are living with dementia, according to the national health ministry, and the number is expected to rise to 1.6 million by 2040.
Navarro-Quint said she had started taking a walk every lunchtime since the data came in. "I practise what I preach now," she said, laughing.`.replace(/\n/g, '\n\n'),
    pass: [
      ['About one in 14 people over 65', 'the national health ministry', 'indirect'],
      ['We were honestly surprised', 'Ilse Navarro-Quint', 'direct'],
      ['Even people who started walking', 'Ilse Navarro-Quint', 'direct'],
      ['the study was observational', 'Ilse Navarro-Quint', 'indirect'],
      ['People in the early stages of dementia may simply walk less', 'Ilse Navarro-Quint', 'indirect'],
      ['a cheap, simple message for public health', 'Tobiah Merrow', 'partial'],
      ['You don\'t need a gym membership', 'Tobiah Merrow', 'direct'],
      ['You need a pair of shoes', 'Tobiah Merrow', 'direct'],
      ['the size of the cohort was a strength', 'Samir Okonkwo-Hale', 'indirect'],
      ['Eight thousand people over ten years', 'Samir Okonkwo-Hale', 'direct'],
      ['But we have seen promising associations', 'Samir Okonkwo-Hale', 'direct'],
      ['it now planned a randomised trial', 'The Halvern team', 'indirect'],
      ['encouraging news for families', 'Rosa Lindqvist-Amadi', 'mixed'],
      ['So many people tell us', 'Rosa Lindqvist-Amadi', 'direct'],
      ['This gives them something practical', 'Rosa Lindqvist-Amadi', 'direct'],
      ['she had started taking a walk', 'Ilse Navarro-Quint', 'indirect'],
      ['I practise what I preach', 'Ilse Navarro-Quint', 'direct'],
    ],
    wrong: [
      ['People over 60 who walked', 'researchers at the University of Halvern'],
    ],
    dates: [['Wednesday', '2026-03-11'], ['2014', '2014'], ['2024', '2024'], ['Tuesday', '2026-03-10'], ['2019', '2019'], ['September', '2026-09'], ['2040', '2040']],
    figures: [['34 percent', 34, '%'], ['8,412 adults', 8412, 'count'], ['1,130 participants', 1130, 'count'], ['61 percent', 61, '%'], ['41 percent', 41, '%'], ['£2.4 million', 2400000, 'GBP'], ['20 percent', 20, '%'], ['600 volunteers', 600, 'count'], ['1.6 million', 1600000, 'count']],
    entities: [['Ilse Navarro-Quint', 'person'], ['University of Halvern', 'organization'], ['Tobiah Merrow', 'person'], ['Ostrel Foundation', 'organization'], ['Brennmoor Health Trust', 'organization'], ['Samir Okonkwo-Hale', 'person'], ['Caddon Medical School', 'organization'], ['Rosa Lindqvist-Amadi', 'person']],
  },
  {
    name: 'a town-council story with a mayor, councillors, residents at a public hearing and a vote count',
    floor: 0.95, // 20 right of 21 found (21 expected) when written
    text: `Ashby council approves Greyfield Lane housing plan after heated hearing
ASHBY — The Ashby Town Council voted 5-2 on Tuesday night to approve a 240-unit housing development on the former Greyfield Lane rail yard, ending a three-hour public hearing at which more than 60 residents signed up to speak.
Mayor Teodora Vance, who chaired the meeting, called the decision "a turning point for a town that has not built enough homes in 30 years."
"Our teachers, our nurses and our own children cannot afford to live here," Vance said after the vote. "Tonight we started to change that."
The project, proposed by developer Linwood Crane Partners, includes 48 affordable units, a public park and a new pedestrian bridge over Sallow Creek. The company has estimated its cost at $86 million.
Councillor Beatrix Oduya, who represents Ward 3, where the site is located, voted against the plan. She said the town's roads and schools could not absorb hundreds of new residents.
"I'm not against housing," Oduya said. "I'm against pretending that traffic on Mill Street will somehow take care of itself."
Councillor Faisal Renwick also voted no, citing concerns about flooding near the creek.
Councillor Hamish Delacroix-Bell, who chairs the council's planning committee, said the developer had agreed to pay $3.2 million toward road improvements. "We listened, and the plan got better because of it," he said.
Residents were divided. Marguerite Ellsby, a retired schoolteacher who has lived on Greyfield Lane for 41 years, told the council the development would "swallow the neighbourhood whole."
"We were promised a park on that land in 1998," she said. "Then we were promised it again in 2009. Now we're being told to be grateful for a strip of grass between two car parks."
Others urged the council to act. Devon Achebe-Lund, 29, said he had grown up in Ashby but now rents a room in a town 40 minutes away because he cannot find anything he can afford.
"I want to come home," he said. "That's all."
A representative of Linwood Crane Partners, Sylvie Marchand, told councillors construction could begin within a year, with the first homes finished in 2028.
The vote followed a planning commission meeting on February 19, at which the commission recommended approval by a vote of 4-3. The council had delayed a decision two weeks ago after residents presented a petition with 1,150 signatures opposing the plan.
In an interview on Wednesday, the mayor said she understood residents' frustration. "People are right to be angry about the park," Vance said. "We owe them one, and we will build it."
Oduya said after the meeting that she would ask the council to reconsider the vote at its next session on March 24. Under council rules, a motion to reconsider must be made by a member who voted in the majority.
The council also approved, by a unanimous 7-0 vote, a $450,000 contract to repair the roof of the Ashby Public Library.`.replace(/\n/g, '\n\n'),
    pass: [
      ['a turning point for a town', 'Teodora Vance', 'partial'],
      ['Our teachers, our nurses', 'Teodora Vance', 'direct'],
      ['Tonight we started to change that', 'Teodora Vance', 'direct'],
      ['the town\'s roads and schools could not absorb', 'Beatrix Oduya', 'indirect'],
      ['I\'m not against housing', 'Beatrix Oduya', 'direct'],
      ['I\'m against pretending', 'Beatrix Oduya', 'direct'],
      ['the developer had agreed to pay', 'Hamish Delacroix-Bell', 'indirect'],
      ['We listened, and the plan got better', 'Hamish Delacroix-Bell', 'direct'],
      ['swallow the neighbourhood whole', 'Marguerite Ellsby', 'mixed'],
      ['We were promised a park', 'Marguerite Ellsby', 'direct'],
      ['Then we were promised it again', 'Marguerite Ellsby', 'direct'],
      ['he had grown up in Ashby', 'Devon Achebe-Lund', 'indirect'],
      ['I want to come home', 'Devon Achebe-Lund', 'direct'],
      ['That\'s all.', 'Devon Achebe-Lund', 'direct'],
      ['concerns about flooding near the creek', 'Faisal Renwick', 'indirect'],
      ['construction could begin within a year', 'Sylvie Marchand', 'indirect'],
      ['she understood residents\' frustration', 'Teodora Vance', 'indirect'],
      ['People are right to be angry', 'Teodora Vance', 'direct'],
      ['We owe them one', 'Teodora Vance', 'direct'],
      ['she would ask the council to reconsider', 'Beatrix Oduya', 'indirect'],
    ],
    wrong: [
      ['estimated its cost at $86 million', 'Linwood Crane Partners'],
    ],
    dates: [['Tuesday night', '2026-03-10'], ['1998', '1998'], ['2009', '2009'], ['2028', '2028'], ['February 19', '2026-02-19'], ['two weeks ago', '2026-02-26'], ['Wednesday', '2026-03-11'], ['March 24', '2026-03-24']],
    figures: [['60 residents', 60, 'count'], ['48 affordable units', 48, 'count'], ['$86 million', 86000000, 'USD'], ['$3.2 million', 3200000, 'USD'], ['1,150 signatures', 1150, 'count'], ['$450,000', 450000, 'USD']],
    entities: [['Ashby Town Council', 'organization'], ['Teodora Vance', 'person'], ['Linwood Crane Partners', 'organization'], ['Beatrix Oduya', 'person'], ['Faisal Renwick', 'person'], ['Hamish Delacroix-Bell', 'person'], ['Marguerite Ellsby', 'person'], ['Devon Achebe-Lund', 'person'], ['Sylvie Marchand', 'person'], ['Ashby Public Library', 'organization']],
  },
  {
    name: 'an obituary spanning decades, with family members and a business partner quoted',
    floor: 0.61, // 8 right of 13 found (14 expected) when written
    text: `Anselm Corvath, architect who reshaped Port Elsby's waterfront, dies at 84
Anselm Corvath, the architect whose glass-and-timber market halls transformed the derelict docks of Port Elsby into one of the country's busiest public spaces, died on Tuesday at his home in the city. He was 84.
His daughter, Mireille Corvath-Ames, said the cause was heart failure.
Corvath was born in 1941 in Tessel, a fishing village on the northern coast, the youngest of four children of a boatbuilder and a schoolteacher. He often said that he had learned more about structure from watching his father bend oak planks than from any textbook.
He studied engineering at the Polytechnic of Vardamer before switching to architecture, graduating in 1966. Two years later he joined the studio of the modernist Helga Strand. In the late 1960s, the young architect also began entering design competitions, losing eleven in a row.
His breakthrough came in 1974, when he won a competition to design a covered fish market on the Port Elsby quays. The building, with its curved laminated beams, was at first derided by critics as "an upturned boat." It is now a protected landmark.
"He never minded being laughed at," his daughter said. "He used to say that every good building is a joke that only the future understands."
Over the next two decades his firm, Corvath & Lusk, designed more than 40 buildings, including the Elsby Concert Hall, which opened in 1989, and a series of timber schools in the eastern provinces.
In 1993 he was awarded the Marten Medal, the country's highest architecture prize. The jury praised his work as "generous, practical and quietly radical."
He retired in 2011 but continued to teach at the Vardamer school until 2019.
Corvath's business partner of 30 years, Judith Lusk, said he had been "impossible to argue with and impossible not to love."
"Anselm would sketch on anything — napkins, tickets, the back of my hand once," she said. "Half of our best ideas started on a café table."
His wife, the textile artist Noor Corvath, died in 2016. In addition to his daughter, he is survived by a son, Teodor; a sister, Agathe Brell; and five grandchildren.
His son recalled that on his father's last visit to the docks, in January, he had stood for a long time looking up at the market roof.
"He said, 'Still standing,'" Teodor Corvath said. "Then he asked where we could get a decent coffee."
A memorial service will be held at the Elsby Concert Hall on March 21. The family has asked that, in place of flowers, donations be made to the Tessel Boatbuilding School.
Corvath remained active until his death on Tuesday, his daughter said, and had been working on drawings for a footbridge in his home village.`.replace(/\n/g, '\n\n'),
    pass: [
      ['the cause was heart failure', 'Mireille Corvath-Ames', 'indirect'],
      ['he had learned more about structure', 'Anselm Corvath', 'indirect'],
      ['impossible to argue with', 'Judith Lusk', 'mixed'],
      ['Anselm would sketch on anything', 'Judith Lusk', 'direct'],
      ['Half of our best ideas', 'Judith Lusk', 'direct'],
      ['He said, \'Still standing', 'Teodor Corvath', 'direct'],
      ['Then he asked where we could get', 'Teodor Corvath', 'direct'],
    ],
    wrong: [
      ['an upturned boat', 'critics'],
      ['He never minded being laughed at', 'Mireille Corvath-Ames'],
      ['He used to say that every good building', 'Mireille Corvath-Ames'],
      ['generous, practical and quietly radical', 'The jury'],
      ['he had stood for a long time', 'Teodor Corvath'],
      ['donations be made to the Tessel', 'the family'],
      ['Corvath remained active until his death', 'Mireille Corvath-Ames'],
    ],
    dates: [['Tuesday', '2026-03-10'], ['1941', '1941'], ['1966', '1966'], ['Two years later', '1968'], ['1974', '1974'], ['1989', '1989'], ['1993', '1993'], ['2011', '2011'], ['2019', '2019'], ['2016', '2016'], ['January', '2026-01'], ['March 21', '2026-03-21'], ['until his death on Tuesday', '2026-03-10']],
    figures: [['four children', 4, 'count'], ['40 buildings', 40, 'count'], ['five grandchildren', 5, 'count']],
    entities: [['Anselm Corvath', 'person'], ['Port Elsby', 'place'], ['Mireille Corvath-Ames', 'person'], ['Tessel', 'place'], ['Helga Strand', 'person'], ['Elsby Concert Hall', 'organization'], ['Judith Lusk', 'person'], ['Noor Corvath', 'person'], ['Teodor Corvath', 'person'], ['Agathe Brell', 'person']],
  },
  {
    name: 'a three-country summit with transliterated names, titles and a joint statement',
    floor: 0.64, // 11 right of 17 found (17 expected) when written
    text: `Leaders pledge to share Selbe River at Qasr Benna summit but leave dam dispute unresolved
QASR BENNA, Marvania — The leaders of Marvania, Tesh-Kalun and Dovrenia ended a two-day summit here on Wednesday with a joint statement promising to "manage the waters of the Selbe River as a shared inheritance," but failed to settle a bitter dispute over a hydroelectric dam upstream.
The host, Marvanian President Abdurrahim Qoraev, described the talks as "difficult but honest." Speaking at a closing news conference in the Qasr al-Nour palace, he said the three countries had agreed to set up a joint technical commission that would meet every three months.
"For twenty years our governments have spoken about this river through lawyers and newspapers," Qoraev said through an interpreter. "Today we spoke to each other."
Tesh-Kalun's prime minister, Tsogtbaataryn Enkhjin, whose government is building the 1,800-megawatt Ulaan Selbe dam, insisted that the project would not harm downstream countries. She said filling the reservoir would take at least seven years, not three as Marvania has demanded.
"We will not apologise for wanting electricity for our people," Enkhjin said. "But we are ready to share every drop of data we have."
Dovrenia was represented by Sultan Hamad bin Faisal Al-Nuwairi, who arrived on Tuesday after his plane was delayed by a sandstorm. The sultan, whose country depends on the Selbe for about 70 percent of its fresh water, struck a more cautious tone.
"Statements are easy," he told reporters. "Water in the fields is what matters."
The joint statement, signed by all three leaders, commits their governments to sharing real-time flow data and to holding the next summit in the Tesh-Kalun capital, Darkhan-Ul, in October. It does not mention the dam by name.
A senior Marvanian official, speaking on condition of anonymity because he was not authorised to brief the press, said the dam had been "the elephant in every room" during the two days of talks.
The summit was the first meeting of the three leaders since talks collapsed in Darkhan-Ul in November 2023, when Marvania's delegation walked out. Relations have since improved, helped by a $1.2 billion trade agreement signed by Marvania and Tesh-Kalun last year.
Foreign Minister Leyla Sabitova of Marvania said the new commission would hold its first meeting in April and would report to the three leaders within six months.
"Nobody should expect miracles," Sabitova told state television on Thursday. "But a commission that meets is better than a border that is closed."
Analysts were cautiously positive. Dr. Farrukh Ismatov, a water-security researcher at the Karaven Institute for Regional Studies, said the commitment to share flow data was "a genuine step forward."
"The hard question, how fast the reservoir fills, has simply been postponed," he said.
The Selbe River supplies water to an estimated 41 million people in the three countries. The Ulaan Selbe dam, which is about 60 percent complete, is expected to begin generating power in 2028.`.replace(/\n/g, '\n\n'),
    pass: [
      ['difficult but honest', 'Abdurrahim Qoraev', 'partial'],
      ['For twenty years our governments', 'Abdurrahim Qoraev', 'direct'],
      ['Today we spoke to each other', 'Abdurrahim Qoraev', 'direct'],
      ['We will not apologise', 'Tsogtbaataryn Enkhjin', 'direct'],
      ['But we are ready to share', 'Tsogtbaataryn Enkhjin', 'direct'],
      ['the elephant in every room', 'A senior Marvanian official', 'mixed'],
      ['the new commission would hold its first meeting', 'Leyla Sabitova', 'indirect'],
      ['Nobody should expect miracles', 'Leyla Sabitova', 'direct'],
      ['But a commission that meets', 'Leyla Sabitova', 'direct'],
      ['a genuine step forward', 'Farrukh Ismatov', 'mixed'],
      ['The hard question', 'Farrukh Ismatov', 'direct'],
    ],
    wrong: [
      ['manage the waters of the Selbe River', 'the joint statement'],
      ['the three countries had agreed', 'Abdurrahim Qoraev'],
      ['the project would not harm', 'Tsogtbaataryn Enkhjin'],
      ['filling the reservoir would take', 'Tsogtbaataryn Enkhjin'],
      ['Statements are easy', 'Hamad bin Faisal Al-Nuwairi'],
      ['Water in the fields', 'Hamad bin Faisal Al-Nuwairi'],
    ],
    dates: [['Wednesday', '2026-03-11'], ['Tuesday', '2026-03-10'], ['November 2023', '2023-11'], ['last year', '2025'], ['April', '2026-04'], ['Thursday', '2026-03-12'], ['2028', '2028']],
    figures: [['70 percent', 70, '%'], ['$1.2 billion', 1200000000, 'USD'], ['41 million', 41000000, 'count'], ['60 percent', 60, '%']],
    entities: [['Abdurrahim Qoraev', 'person'], ['Tsogtbaataryn Enkhjin', 'person'], ['Leyla Sabitova', 'person'], ['Farrukh Ismatov', 'person']],
  },
  {
    name: 'a Q&A interview feature with an intro paragraph',
    floor: 0.6, // 3 right of 5 found (11 expected) when written
    text: `'The lighthouse taught me patience': a conversation with novelist Odile Brennan-Sato
Odile Brennan-Sato spent eleven winters as the keeper of the Carrick Ness lighthouse before publishing her first novel at 52. Her fourth book, The Salt Ledger, came out on March 3 and has already sold more than 80,000 copies. She spoke to the Harwick Courier's books editor, Lionel Gaspard, on Monday at her home in Marrowby. The interview has been edited for length and clarity.
Q: You started writing late. Why?
A: I didn't have anything to say until then. Or I did, but I didn't know how to say it. The lighthouse gave me eleven years of silence, and at some point the silence started talking back.
Q: What was a typical day at Carrick Ness?
A: Up at five, check the lamp, check the weather, log the ships. Then nothing for hours. I read everything in the keeper's library twice, including a manual on diesel generators from 1962.
Q: The Salt Ledger is set in 1887, during the great storm. How much research did that take?
A: About three years. I spent most of 2022 in the county archives in Dunmere. My editor, Harriet Vole, told me at one point that I had "enough material for six novels and a lawsuit." She wasn't wrong.
Q: Your publisher, Greyhaven Press, has called it "the book of the season." Does that kind of praise help?
A: It helps with the rent. It doesn't help with the next book. Nothing helps with the next book.
Q: Critics have compared you to Wendell Marsh. How do you feel about that?
A: Flattered and nervous. Marsh wrote about the sea like he'd been drowned in it and come back. I've only ever been very wet.
Q: You've said that when the lighthouse was automated in 2009 you were "made redundant by a light bulb." Was that painful?
A: Horribly. I cried for a week. Then my sister Colette said, "Well, now you have no excuse not to write that book." So I did.
Q: Do you miss the sea?
A: Every morning. Marrowby is only four miles inland, but it might as well be Kansas. I drive to the cliffs most evenings just to look at the water.
Q: What are you working on now?
A: A novel about a woman who builds boats. That's all I'll say. My agent says I'm superstitious, and she's right.
Q: Last question. Would you go back to the lighthouse if you could?
A: Tomorrow. Tonight, if they'd let me.
Brennan-Sato will read from The Salt Ledger at the Marrowby Literary Festival on April 18. Tickets, priced at £12, go on sale next Monday.`.replace(/\n/g, '\n\n'),
    pass: [
      ['the book of the season', 'Greyhaven Press', 'partial'],
      ['Well, now you have no excuse', 'Colette', 'direct'],
    ],
    wrong: [
      ['The lighthouse taught me patience', 'Odile Brennan-Sato'],
      ['I didn\'t have anything to say until then', 'Odile Brennan-Sato'],
      ['Up at five, check the lamp', 'Odile Brennan-Sato'],
      ['enough material for six novels', 'Harriet Vole'],
      ['It helps with the rent', 'Odile Brennan-Sato'],
      ['Flattered and nervous', 'Odile Brennan-Sato'],
      ['made redundant by a light bulb', 'Odile Brennan-Sato'],
      ['I\'m superstitious, and she\'s right', 'her agent'],
      ['A novel about a woman who builds boats', 'Odile Brennan-Sato'],
    ],
    dates: [['March 3', '2026-03-03'], ['Monday', '2026-03-09'], ['1962', '1962'], ['1887', '1887'], ['2022', '2022'], ['2009', '2009'], ['April 18', '2026-04-18'], ['next Monday', '2026-03-16']],
    figures: [['80,000 copies', 80000, 'count'], ['£12', 12, 'GBP']],
    entities: [['Odile Brennan-Sato', 'person'], ['Harwick Courier', 'organization'], ['Lionel Gaspard', 'person'], ['Marrowby', 'place'], ['Harriet Vole', 'person'], ['Greyhaven Press', 'organization'], ['Wendell Marsh', 'person'], ['Marrowby Literary Festival', 'organization']],
  },
];

const run = (text: string) => extract({ text, published: '2026-03-12' });
const at = (text: string, excerpt: string) => {
  const pos = text.indexOf(excerpt);
  assert.ok(pos >= 0, `excerpt not in article: ${excerpt}`);
  return [pos, pos + excerpt.length] as const;
};
const overlapping = <T extends { start: number; end: number }>(xs: T[], [s, e]: readonly [number, number]) => xs.filter((x) => x.start < e && x.end > s);

for (const a of ARTICLES) {
  test(`GIVEN ${a.name} WHEN extracted THEN each quote that passed keeps its exact speaker and kind`, () => {
    const { quotes } = run(a.text);
    for (const [excerpt, speaker, kind] of a.pass) {
      const q = overlapping(quotes, at(a.text, excerpt))[0];
      assert.ok(q, `no quote found over: ${excerpt}`);
      assert.equal(q.speaker, speaker, `speaker of: ${excerpt}`);
      assert.equal(q.kind, kind, `kind of: ${excerpt}`);
    }
  });

  test(`GIVEN ${a.name} WHEN extracted THEN speaker accuracy over the found quotes is at least ${a.floor.toFixed(2)}`, () => {
    const { quotes } = run(a.text);
    let found = 0;
    let right = 0;
    for (const [excerpt, speaker] of [...a.pass, ...a.wrong]) {
      const q = overlapping(quotes, at(a.text, excerpt))[0];
      if (q) found++;
      if (q?.speaker === speaker) right++;
    }
    assert.ok(found > 0 && right / found >= a.floor - 1e-9, `${right}/${found} below ${a.floor}`);
  });

  test(`GIVEN ${a.name} WHEN extracted THEN dates resolve to their exact values against the publication date`, () => {
    const { dates } = run(a.text);
    for (const [text, value] of a.dates) {
      const hits = dates.filter((d) => d.text.includes(text) || text.includes(d.text));
      assert.ok(hits.some((d) => d.value === value), `${text}: expected ${value}, got ${JSON.stringify(hits.map((d) => d.value))}`);
    }
  });

  test(`GIVEN ${a.name} WHEN extracted THEN the main figures have exact values and units`, () => {
    const { figures } = run(a.text);
    for (const [text, value, unit] of a.figures) {
      const hits = overlapping(figures, at(a.text, text));
      assert.ok(hits.some((f) => f.value === value && f.unit === unit), `${text}: got ${JSON.stringify(hits.map((f) => [f.value, f.unit]))}`);
    }
  });

  test(`GIVEN ${a.name} WHEN extracted THEN the main names are entities of the right type`, () => {
    const { entities } = run(a.text);
    for (const [name, type] of a.entities) assert.equal(entities.find((e) => e.name === name)?.type, type, name);
  });
}
