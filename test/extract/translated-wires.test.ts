import { checkSpeakerSet, type SpeakerArticle } from '../support/speaker-sets.ts';
// Fictional political news of 2016-2018 in the style of machine-translated foreign wire copy and state-agency English
// services (invented countries, people, parties, places and outlets): a presidential visit from a state agency («…», —
// stressed the head of state; "declared to journalists the spokesman of the presidency, Ivo Marek"; "in his words",
// "as he noted", "said.The"); a foreign minister's press conference with Question:/Answer: labels, named and unnamed
// questioners, a minister quoting the president, ‹single guillemets› nested in «guillemets» and two spellings of a name;
// coalition talks in German-style „low-high“ quotes with ‚nested‘ ones, "…“, so Auerbach" and split quotes; a stormy
// parliament in Russian-style dialogue-dash paragraphs ("— We will not yield, — said Petrov."), patronymics and
// Aleksandr/Alexander; an East Asian state agency with surname-first names, scare quotes, chants and a spokesman's Q&A;
// a run-on campaign wire with several speakers in one sentence, straight quotes and missing spaces after full stops; a
// francophone agency with « spaced guillemets », quotes split by "he has insisted", Prime-Minister and Deputy-Minister,
// pronoun speakers and a communiqué; and a Spanish-language agency with inverted dashes (—… —said the president—.),
// double surnames, a nickname in quotes and chants. Titles, party names, monuments, slogans and scare quotes nobody
// said are quoted too. The fields are described in test/support/speaker-sets.ts. Texts are paragraphs joined by blank
// lines. Written by a tester who had not read the extractor's rules; regenerated from its results when fixes land.
const ARTICLES: SpeakerArticle[] = [
  {
    name: "a state agency on a presidential visit: the head of state, the guest, the spokesman of the presidency, the minister of interior, an opposition leader, a ministry source",
    published: "2016-03-15",
    floor: 15/24, // speaker accuracy measured when written (15 right of 24 found, 26 expected)
    text: [
      `Velmaria and Kestonia agreed about visa-free regime and «new page» in relations`,
      `DRAVEC, 15 March /VelPress/. The President of the Republic of Velmaria Stanislav Horvatek today received in the Palace of Independence the President of Kestonia Teodor Vancea, who arrived to the country with an official visit of two days.`,
      `«Relations between our two peoples have deep historical roots and we intend to raise them to the level of strategic partnership», — stressed the head of state at the beginning of the meeting.`,
      `According to Stanislav Horvatek, the sides have signed already eleven documents on cooperation in the spheres of energy, transport and culture. «This is not the end. This is the beginning», — he added.`,
      `In his turn, the Kestonian leader thanked for the warm reception. «I feel myself in Dravec as at home. Our countries are united not only by the river Drena, but by common values», — declared Teodor Vancea.`,
      `After the talks in narrow format declared to journalists the spokesman of the presidency, Ivo Marek, that the presidents discussed also the question of the gas pipeline «Northern Arc». «The position of Velmaria is unchanged: the project must be realized in the shortest terms and without politicization», said Ivo Marek.`,
      `Question of the visa regime was also on the agenda.«We agreed that from 1 June the citizens of Kestonia will be able to enter Velmaria without visa for 90 days»,— informed the spokesman.`,
      `The minister of interior of Velmaria Bojan Krstel, who participated in the expanded part of the meeting, has clarified that the border police is ready for the new regime. «We have prepared 14 new checkpoints, and the personnel passed special trainings», said the minister of interior. As he noted, «no additional risks for the security are seen».`,
      `Not all in Dravec share the optimism. The leader of the opposition party «Civic Dawn» Marta Ilievska named the visa decision «hasty» and «populist». «The government signs papers, but the people do not see any result. Where are the promised jobs? Where are the roads?» — asked Ilievska at the briefing in the parliament.`,
      `Answering to her, the head of state said at the joint press conference that the opposition «lives in the past». «Who wants to criticize, let him criticize. We will work», — stressed Horvatek.`,
      `The Kestonian guest, in his words, «does not interfere in internal affairs of friendly state», but he expressed hope that «all political forces of Velmaria will support the European choice».`,
      `To the question of the journalist of the agency VelPress about the possible participation of Kestonia in the «Northern Arc», Teodor Vancea answered: «We are studying the question. The decision will be taken by the parliament, not by the president. I am only the president», — smiled the guest.`,
      `Also on Tuesday the Prime-Minister of Velmaria Dragan Oresko met with the Kestonian delegation in the Government House. «Economy is the locomotive of our friendship», — underlined the Prime-Minister. According to him, the trade turnover between two countries in 2015 reached 412 million euro, and «this is possible to double in three years».`,
      `The Deputy-Minister of economy Lidija Sremac informed that the working group will prepare the road map until the end of April. «We do not have the right to lose time», she said.The road map will include 30 projects, among them the modernization of the railway Dravec — Ostrel.`,
      `A source in the Ministry of Foreign Affairs, who wished to remain anonymous, told to VelPress that the next visit of Horvatek to Kestonia is possible in autumn. «The invitation is accepted, the dates are coordinated by the protocol services», said the interlocutor of the agency.`,
      `At the end of the day the guest laid flowers at the monument «To Defenders of Freedom» and planted a tree in the park «Friendship». «Let this oak grow together with our peoples», — said Teodor Vancea to the gathered citizens.`,
      `Horvatek, as he noted at the farewell dinner, «is convinced that the visit will open a new page». The Kestonian President leaves Dravec on Wednesday morning.`,
    ].join('\n\n'),
    pass: [
      ["Relations between our two peoples", "the head of state", "direct"],
      ["This is not the end", "Stanislav Horvatek", "direct"],
      ["This is the beginning", "Stanislav Horvatek", "direct"],
      ["I feel myself in Dravec as at home", "Teodor Vancea", "direct"],
      ["Our countries are united not only", "Teodor Vancea", "direct"],
      ["The position of Velmaria is unchanged", "Ivo Marek", "direct"],
      ["no additional risks for the security are seen", "Velmaria Bojan Krstel", "direct"],
      ["The government signs papers", "Marta Ilievska", "direct"],
      ["Where are the roads?", "Marta Ilievska", "direct"],
      ["lives in the past", "the head of state", "mixed"],
      ["Who wants to criticize", "Stanislav Horvatek", "direct"],
      ["We will work", "Stanislav Horvatek", "direct"],
      ["The invitation is accepted", "the interlocutor of the agency", "direct"],
      ["Let this oak grow", "Teodor Vancea", "direct"],
      ["is convinced that the visit will open a new page", "Stanislav Horvatek", "direct"],
    ],
    wrong: [
      ["We agreed that from 1 June", ["Ivo Marek","Marek"]], // got "Question"
      ["We have prepared 14 new checkpoints", ["Bojan Krstel","Krstel"]], // got "the minister of interior"
      ["hasty", ["Marta Ilievska","Ilievska"]], // not found
      ["populist", ["Marta Ilievska","Ilievska"]], // not found
      ["does not interfere in internal affairs", ["Teodor Vancea","Vancea"]], // got "Stanislav Horvatek"
      ["all political forces of Velmaria", ["Teodor Vancea","Vancea"]], // got "Stanislav Horvatek"
      ["We are studying the question", ["Teodor Vancea","Vancea"]], // got "the guest"
      ["I am only the president", ["Teodor Vancea","Vancea"]], // got "the guest"
      ["Economy is the locomotive", ["Dragan Oresko","Oresko"]], // got "Prime-Minister"
      ["this is possible to double", ["Dragan Oresko","Oresko"]], // got "Teodor Vancea"
      ["We do not have the right to lose time", ["Lidija Sremac","Sremac"]], // got "Marta Ilievska"
    ],
    noSpeaker: [
      "Civic Dawn",
      "To Defenders of Freedom",
      "Friendship",
    ],
  },
  {
    name: "a foreign minister's annual press conference in Question:/Answer: form: the minister (two spellings), the press-secretary, named and unnamed journalists, a neighbour's foreign ministry, an opposition deputy",
    published: "2017-02-09",
    floor: 20/23, // speaker accuracy measured when written (20 right of 23 found, 31 expected)
    text: [
      `Solontsov: «The door is open, but one cannot dance tango alone»`,
      `VARENOGRAD, February 9 (LusInform). Minister of Foreign Affairs of the Republic of Lusovia Gennady Solontsov held on Thursday the traditional big press conference on the results of the diplomatic year. It lasted almost three hours. Below are the main statements of the minister in the format of questions and answers.`,
      `Question: Gennady Arkadyevich, how do you evaluate the state of relations with the neighbouring Tavrian Republic after the incident on the border in December?`,
      `Answer: We evaluate them as difficult, but not hopeless. I said already to my Tavrian colleague: the door is open. But one cannot dance tango alone. If in Tavria they want to talk, we are ready tomorrow.`,
      `Question: Is it true that Varenograd is ready to recall its ambassador from Tavria?`,
      `Answer: This is a question not to me, but to those who invent such news. Nobody recalls anybody. Our ambassador works normally, yesterday I spoke with him by telephone.`,
      `The ambassador of Lusovia in Tavria Pavel Grishin himself confirmed later to LusInform that he «continues work in normal regime» and «does not pack the suitcases».`,
      `Separately the minister stopped on the theme of sanctions. «Sanctions is a road to nowhere. Those who introduced them, should first of all think about their own farmers», — stated Gennadiy Solontsov, having added that Lusovia «will not beg anybody».`,
      `Question (Marina Kolosova, newspaper «Vecherniy Kurier»): What will be the reaction of Lusovia, if the Tavrian side will again close the checkpoint «Bystraya»?`,
      `Answer: Symmetric. But I hope, it will not come to this. We are not interested in escalation, I repeat it for the hundredth time.`,
      `The press-secretary of the ministry Irina Zhelyabova, who moderated the press conference, several times reminded to journalists about the time. «Colleagues, please, short questions, we have still forty hands», she said.`,
      `— Give the microphone to the second row, — asked Zhelyabova.`,
      `Question (agency «TavrNews»): Mister minister, your colleague Arkadiy Mels declared yesterday in Kerovo that Lusovia «occupies» two villages of the Tavrian Republic. Your comment?`,
      `Answer: I have read this statement. My respected colleague is an experienced diplomat and he knows very well that these villages are on our side of the line since 1994. I will leave it without comment.`,
      `Question: And what is the position of the President on this question?`,
      `Answer: I will answer with the words of President Vadim Korostylev, which he said in the parliament last year: «Lusovia does not need foreign territories, but our own we will not give to anybody». This is our position, and it did not change.`,
      `Question: Is the meeting of the two presidents possible in this year?`,
      `Answer: Everything is possible. In diplomacy, as you know, «never say never». The leaders will decide, the diplomats will prepare.`,
      `At the end of the press conference, the minister answered to a question about his health, which became a subject of rumours in the social networks. «I feel myself excellently. I swim every morning in the pool and I advise to all of you», — joked Solontsov. According to him, the talk about resignation are «fantasies of bloggers».`,
      `In Tavria the statements of the Lusovian minister were commented already in the evening. The official representative of the Tavrian foreign ministry Oksana Drach wrote on her page in the social network: «The minister again speaks about ‹dialogue›, but continues to keep the soldiers in our villages. Words and deeds of Varenograd do not coincide».`,
      `The head of the Tavrian diplomacy Arkadiy Mels himself did not comment the press conference. Earlier he named the position of Varenograd «a policy of fait accompli».`,
      `In Varenograd the deputy of parliament from the opposition faction «Vpered» Yuriy Lantsov considers that the minister «avoided the most important questions». «Not one word about the compatriots in Tavria. Not one! Three hours of talking and nothing», — wrote the deputy in his blog.`,
      `Answering to the last question of the press conference — about the plans for the year — Solontsov said: «To work. To work and once more to work. Diplomacy is not a sprint, it is a marathon». With these words, in the words of the agency correspondent, the minister left the hall under applause.`,
    ].join('\n\n'),
    pass: [
      ["The door is open, but one cannot dance tango alone", "Gennadiy Solontsov", "direct"],
      ["We evaluate them as difficult", "Gennadiy Solontsov", "direct"],
      ["If in Tavria they want to talk", "Gennadiy Solontsov", "direct"],
      ["This is a question not to me", "Gennadiy Solontsov", "direct"],
      ["Nobody recalls anybody", "Gennadiy Solontsov", "direct"],
      ["continues work in normal regime", "Tavria Pavel Grishin", "partial"],
      ["does not pack the suitcases", "Tavria Pavel Grishin", "partial"],
      ["Sanctions is a road to nowhere", "Gennadiy Solontsov", "direct"],
      ["Symmetric. But I hope", "Gennadiy Solontsov", "direct"],
      ["Colleagues, please, short questions", "Irina Zhelyabova", "direct"],
      ["Give the microphone to the second row", "Irina Zhelyabova", "direct"],
      ["occupies", "Arkadiy Mels", "partial"],
      ["I have read this statement", "Gennadiy Solontsov", "direct"],
      ["Lusovia does not need foreign territories", "Vadim Korostylev", "direct"],
      ["I feel myself excellently", "Gennadiy Solontsov", "direct"],
      ["fantasies of bloggers", "Gennadiy Solontsov", "mixed"],
      ["The minister again speaks about", "Oksana Drach", "direct"],
      ["Words and deeds of Varenograd do not coincide", "Oksana Drach", "direct"],
      ["To work. To work and once more to work", "Gennadiy Solontsov", "direct"],
      ["Diplomacy is not a sprint", "Gennadiy Solontsov", "direct"],
    ],
    wrong: [
      ["how do you evaluate the state of relations", ["~journalist","~correspondent","~TavrNews","~question"]], // not found
      ["Is it true that Varenograd is ready", ["~journalist","~correspondent","~TavrNews","~question"]], // not found
      ["will not beg anybody", ["Gennady Arkadyevich Solontsov","Solontsov","Gennadiy Solontsov","Gennady Solontsov","Minister of Foreign Affairs of the Republic of Lusovia Gennady Solontsov"]], // got null
      ["What will be the reaction of Lusovia", ["Marina Kolosova","Kolosova"]], // not found
      ["Mister minister, your colleague", ["~journalist","~correspondent","~TavrNews","~question"]], // not found
      ["what is the position of the President", ["~journalist","~correspondent","~TavrNews","~question"]], // not found
      ["Everything is possible", ["Gennady Arkadyevich Solontsov","Solontsov","Gennadiy Solontsov","Gennady Solontsov","Minister of Foreign Affairs of the Republic of Lusovia Gennady Solontsov"]], // not found
      ["a policy of fait accompli", ["Arkadiy Mels","Mels"]], // not found
      ["avoided the most important questions", ["Yuri Lantsov","Lantsov","Yuriy Lantsov"]], // not found
      ["Not one word about the compatriots", ["Yuri Lantsov","Lantsov","Yuriy Lantsov"]], // got "the deputy"
      ["Three hours of talking and nothing", ["Yuri Lantsov","Lantsov","Yuriy Lantsov"]], // got "the deputy"
    ],
    noSpeaker: [
      "Vecherniy Kurier",
      "Bystraya",
      "never say never",
      "Vpered",
    ],
  },
  {
    name: "coalition talks in a German-style agency English service: „low-high“ quotes with ‚nested‘ ones, «…“, so the Chancellor» attributions, split quotes, party names in quotes, a political scientist",
    published: "2017-11-20",
    floor: 29/34, // speaker accuracy measured when written (29 right of 34 found, 36 expected)
    text: [
      `Westmark: Exploratory talks collapse – Auerbach: „We regret, but we go on“`,
      `FELDBURG, 20 November (WPA) – After four weeks of exploratory talks, the negotiations on a so-called „Compass coalition“ of Christian Union (CUW), Liberals (FLP) and Greens have failed in the night to Monday. The FLP left the talks shortly before midnight.`,
      `„It is better not to govern than to govern wrongly“, declared FLP chairman Sebastian Kroll in front of the parliamentary representation of his party. There was, so Kroll, „no common idea of modernization of the country“. The Liberals had, in his words, made „offer after offer“, but the Greens had not moved.`,
      `Federal Chancellor Reinhold Auerbach (CUW) reacted with visible disappointment. „We regret this very much. We were on a good way“, so Auerbach on Monday morning in the Chancellery. „But Westmark needs a stable government, and we go on.“ As acting Chancellor she will remain in office until a new government is formed.`,
      `The Greens reacted with sharp words. „This was prepared. The Liberals were looking for the exit since days“, said Green co-chairwoman Elif Sarikaya to the broadcaster WTV. Her co-chairman Jonas Brüggemann spoke of a „theatre“: „We have made compromises which hurt us – in the climate question, in migration. And then one goes out of the room and speaks in front of the cameras of ‚responsibility‘.“`,
      `Kroll rejected this. „Nobody has prepared anything“, the FLP chairman told the newspaper „Morgenblatt“. „We simply were not ready to sign a paper which we do not believe.“`,
      `The CUW general secretary Ute Pfannkuch appealed to the Social Democrats. „The SDW must now ask itself if it wants to hide in the opposition“, she said. „The country is more important than the party.“`,
      `SDW chairwoman Katrin Vollmer however repeated the no of her party to a new „Grand Coalition“. „The voters have sent us into the opposition, and this mandate we accept“, so Vollmer. „We are ready“, she added, „to take responsibility – but not at any price and not as a spare wheel of the Union.“`,
      `In the SDW, however, not all share this line. From party circles it was said that „the pressure from the regions grows by the hour“. „If the Federal President calls, one cannot simply hang up the phone“, said one member of the party leadership, who wished not to be named.`,
      `Federal President Gerhard Winterstein announced talks with the chairmen of all parties represented in parliament. „Who stands for election, must also be ready to take on responsibility“, said Winterstein in a short statement in Castle Belvary. „This responsibility one cannot give back to the voters.“ New elections he considered, according to observers, the last option.`,
      `The right-populist „Alliance for Westmark“ (AfW) welcomed the failure. „The so-called ‚parties of the centre‘ are not able to govern“, said AfW chief Dietmar Hahnke. „We are ready for new elections. Tomorrow, if necessary.“ The AfW had entered the parliament in September for the first time with 12.6 percent.`,
      `The political scientist Prof. Dr. Annette Lorenz-Hoff from the University of Feldburg considers new elections as „risky for all“. „Nobody can be sure that he gets a better result“, said the scientist to WPA. The „Compass“ failed, in her opinion, „not on contents, but on trust“. „Trust one cannot negotiate in four weeks“, so Lorenz-Hoff.`,
      `Auerbach meanwhile made clear that she does not strive for a minority government. „I am sceptical about that“, he said in the evening in the programme „Questions of the Time“. „Westmark is not Norland. We need stable majorities.“ Asked if he would stand once more as candidate in case of new elections, Auerbach answered briefly: „Yes.“`,
      `Also Vollmer was asked in the evening if the SDW will stay with its no. „We will talk with the Federal President. That is the duty of every democrat“, said the SDW chairwoman. „But our decision stands.“ Asked once more, she repeated: „Our decision stands.“`,
      `Brüggemann said late in the evening that the Greens remain „ready for talks“. „We do not slam any doors“, said the Green politician. „Other people did this tonight.“`,
    ].join('\n\n'),
    pass: [
      ["We regret, but we go on", "Reinhold Auerbach", "direct"],
      ["It is better not to govern than to govern wrongly", "Sebastian Kroll", "direct"],
      ["no common idea of modernization", "Sebastian Kroll", "direct"],
      ["offer after offer", "Sebastian Kroll", "partial"],
      ["We regret this very much", "Reinhold Auerbach", "direct"],
      ["But Westmark needs a stable government", "Reinhold Auerbach", "direct"],
      ["This was prepared", "Elif Sarikaya", "direct"],
      ["The Liberals were looking for the exit", "Elif Sarikaya", "direct"],
      ["We have made compromises which hurt us", "Jonas Brüggemann", "direct"],
      ["Nobody has prepared anything", "Sebastian Kroll", "direct"],
      ["We simply were not ready to sign", "Sebastian Kroll", "direct"],
      ["The SDW must now ask itself", "Ute Pfannkuch", "direct"],
      ["The country is more important than the party", "Ute Pfannkuch", "direct"],
      ["The voters have sent us into the opposition", "Katrin Vollmer", "direct"],
      ["We are ready“, she added", "Katrin Vollmer", "direct"],
      ["to take responsibility – but not at any price", "Katrin Vollmer", "direct"],
      ["Who stands for election", "Gerhard Winterstein", "direct"],
      ["This responsibility one cannot give back", "Gerhard Winterstein", "direct"],
      ["are not able to govern", "Dietmar Hahnke", "direct"],
      ["Tomorrow, if necessary", "Dietmar Hahnke", "direct"],
      ["not on contents, but on trust", "Annette Lorenz-Hoff", "direct"],
      ["Trust one cannot negotiate in four weeks", "Annette Lorenz-Hoff", "direct"],
      ["I am sceptical about that", "Reinhold Auerbach", "direct"],
      ["Westmark is not Norland", "Reinhold Auerbach", "direct"],
      ["Yes.“", "Reinhold Auerbach", "direct"],
      ["That is the duty of every democrat", "Katrin Vollmer", "direct"],
      ["But our decision stands", "Katrin Vollmer", "direct"],
      ["Our decision stands.“", "Katrin Vollmer", "direct", 0],
      ["ready for talks", "Jonas Brüggemann", "mixed"],
    ],
    wrong: [
      ["theatre", ["Jonas Brüggemann","Brüggemann"]], // not found
      ["the pressure from the regions grows", ["~circles","~participants","~negotiator"]], // got "Katrin Vollmer"
      ["one cannot simply hang up the phone", ["~circles","~participants","~negotiator"]], // got "one member of the party leadership"
      ["risky for all", ["Annette Lorenz-Hoff","Lorenz-Hoff"]], // not found
      ["Nobody can be sure that he gets a better result", ["Annette Lorenz-Hoff","Lorenz-Hoff"]], // got "the scientist"
      ["We do not slam any doors", ["Jonas Brüggemann","Brüggemann"]], // got "the Green politician"
      ["Other people did this tonight", ["Jonas Brüggemann","Brüggemann"]], // got "the Green politician"
    ],
    noSpeaker: [
      "Compass coalition",
      "Grand Coalition",
      "Alliance for Westmark",
      "Questions of the Time",
    ],
  },
  {
    name: "a stormy parliament session in translated Russian-style copy: dialogue-dash paragraphs with attributions between dashes, patronymics, Aleksandr/Alexander, the finance minister, faction leaders shouting from the hall, a government source",
    published: "2018-06-21",
    floor: 15/19, // speaker accuracy measured when written (15 right of 19 found, 27 expected)
    text: [
      `The State Council of Karvenia adopted in the first reading the law on the pension age after six hours of debates`,
      `BELOGORSK, 21 June. /KarvInform/. The deputies of the State Council of Karvenia adopted on Thursday in the first reading the government bill about the gradual raising of the pension age. For the document voted 88 deputies, against — 61. The session, which was led by the chairman of the State Council Aleksandr Nikolaevich Petrov, passed in a tense atmosphere already from the first minutes.`,
      `The faction of the Party of Working People demanded to postpone the consideration for one month. To this the chairman answered unequivocally.`,
      `— We will not yield, — said Petrov. — The law will be considered today, and not in a month.`,
      `— And who gave you such right? — shouted from the place the leader of the faction Oleg Vasilyevich Kruglov.`,
      `— The Regulation, Oleg Vasilyevich. Read the Regulation, — answered to him the chairman.`,
      `The report on the bill was presented by the minister of finance Timur Rashidovich Abdrakhmanov. According to the minister, without the reform the deficit of the Pension Fund will reach in 2021 «critical values».`,
      `— Colleagues, — addressed the hall Abdrakhmanov, — the budget is not made of rubber. Either we raise the age now, gradually, or in five years we will have to cut the pensions themselves. There is no third way.`,
      `In his words, the age will be raised by six months every year, and the first changes will touch the citizens born in 1960. «Nobody who is retiring this year or next will lose anything», — assured the minister.`,
      `The opposition did not agree with these calculations. Svetlana Borisovna Yermakova from the faction «Karvenia of the Future» said that the government «counts the money of pensioners, but not its own».`,
      `— Why don't you start with the salaries of ministers? Why don't you start with the official cars? — asked Yermakova from the tribune. — People will work until the grave, and you will go by «Mercedes».`,
      `— It is populism, Svetlana Borisovna, — replied Abdrakhmanov.`,
      `— No, it is arithmetic, — snapped she.`,
      `Hall noisily reacted. Alexander Petrov several times called to order and threatened to deprive of the word «everyone who shouts from the place».`,
      `The leader of the communists Kruglov in his speech named the bill «robbery of the century» and promised to collect signatures for the referendum. «We will go to the people. Let the people decide, not eighty-eight people in suits», he said. As noted Kruglov, the faction has already prepared the question for the referendum, and «in a month we will have one million signatures».`,
      `The deputy from the «Fatherland Front» Ruslan Zakirov supported the bill, but with reservations.— We will vote for, but we demand to exclude the teachers and doctors of villages, — declared Zakirov.— Otherwise in the second reading we will be against.`,
      `The first vice-premier Vladislav Yegorovich Tkachuk, who was present in the hall, promised to consider the amendments. «The government is open for dialogue. All reasonable proposals will be taken into account», he said to the journalists after the vote.Asked if the government is ready to lower the step from six months to four, Tkachuk answered: «Let us not run ahead».`,
      `A source in the apparatus of the government told to KarvInform that the cabinet «is ready to soften the bill for women», but no decisions have been taken yet. «Everything will depend on the second reading», added the interlocutor of the agency.`,
      `Meanwhile at the building of the State Council some hundred pensioners gathered for an unauthorized action. They held placards «Hands off our pensions!» and «We will not live until pension!». A pensioner from Belogorsk, Valentina Stepanovna, who did not want to name her surname, said to the correspondent that she has worked 38 years at the textile factory.`,
      `— I did not work all my life to hear now that I am a burden for the budget, — said the woman. — Let them come to live on my pension one month.`,
      `The second reading of the bill is planned for the autumn session. Summing up the session, Aleksandr Petrov declared: «The parliament has done its work. Now the government must do its own.»`,
    ].join('\n\n'),
    pass: [
      ["We will not yield", "Alexander Petrov", "direct"],
      ["The law will be considered today", "Alexander Petrov", "direct"],
      ["The Regulation, Oleg Vasilyevich", "Alexander Petrov", "direct"],
      ["counts the money of pensioners", "Svetlana Borisovna Yermakova", "direct"],
      ["It is populism, Svetlana Borisovna", "Timur Rashidovich Abdrakhmanov", "direct"],
      ["everyone who shouts from the place", "Alexander Petrov", "indirect"],
      ["robbery of the century", "Oleg Vasilyevich Kruglov", "partial"],
      ["We will go to the people", "Oleg Vasilyevich Kruglov", "direct"],
      ["The government is open for dialogue", "Vladislav Yegorovich Tkachuk", "direct"],
      ["Let us not run ahead", "Vladislav Yegorovich Tkachuk", "direct"],
      ["is ready to soften the bill for women", "A source in the apparatus of the government", "direct"],
      ["Everything will depend on the second reading", "the interlocutor of the agency", "direct"],
      ["I did not work all my life", "Valentina Stepanovna", "direct"],
      ["Let them come to live on my pension", "Valentina Stepanovna", "direct"],
      ["The parliament has done its work", "Aleksandr Petrov", "direct"],
    ],
    wrong: [
      ["And who gave you such right?", ["Oleg Vasilyevich Kruglov","Kruglov","Oleg Kruglov"]], // got "Alexander Petrov"
      ["critical values", ["Timur Rashidovich Abdrakhmanov","Abdrakhmanov","Timur Abdrakhmanov"]], // got "Colleagues"
      ["Colleagues, — addressed", ["Timur Rashidovich Abdrakhmanov","Abdrakhmanov","Timur Abdrakhmanov"]], // not found
      ["the budget is not made of rubber", ["Timur Rashidovich Abdrakhmanov","Abdrakhmanov","Timur Abdrakhmanov"]], // not found
      ["There is no third way", ["Timur Rashidovich Abdrakhmanov","Abdrakhmanov","Timur Abdrakhmanov"]], // not found
      ["Nobody who is retiring this year", ["Timur Rashidovich Abdrakhmanov","Abdrakhmanov","Timur Abdrakhmanov"]], // got "Alexander Petrov"
      ["Why don't you start with the salaries", ["Svetlana Borisovna Yermakova","Yermakova","Svetlana Yermakova","Svetlana Ermakova","Ermakova"]], // not found
      ["People will work until the grave", ["Svetlana Borisovna Yermakova","Yermakova","Svetlana Yermakova","Svetlana Ermakova","Ermakova"]], // not found
      ["No, it is arithmetic", ["Svetlana Borisovna Yermakova","Yermakova","Svetlana Yermakova","Svetlana Ermakova","Ermakova"]], // not found
      ["in a month we will have one million signatures", ["Oleg Vasilyevich Kruglov","Kruglov","Oleg Kruglov"]], // got null
      ["We will vote for, but we demand", ["Ruslan Zakirov","Zakirov"]], // not found
      ["Otherwise in the second reading", ["Ruslan Zakirov","Zakirov"]], // not found
    ],
    noSpeaker: [
      "Mercedes",
      ["Hands off our pensions!", true],
    ],
  },
  {
    name: "an East Asian state news agency: surname-first names (Ri Chol Ung, Wang Zhiping), honorific titles, a visiting delegation, a foreign ministry spokesman, a commentary full of scare quotes, a Q&A with a spokesman",
    published: "2017-09-08",
    floor: 21/25, // speaker accuracy measured when written (21 right of 25 found, 27 expected)
    text: [
      `Chairman Ri Chol Ung Receives Delegation of Friendly Party`,
      `Hwanju, September 8 (SNA) -- Ri Chol Ung, chairman of the State Affairs Council of the Republic of Sonhwa, received on Thursday a delegation of the Party of Labour and Progress of the Qinlan People's Republic headed by Wang Zhiping, member of the Standing Bureau and head of its International Department.`,
      `Ri Chol Ung warmly welcomed the guests and said that "the friendship between the two countries, sealed in blood, is invincible". He noted that "no storm can shake the tree whose roots were planted by the forerunners".`,
      `Wang Zhiping conveyed the warm greetings of the leadership of his party. "The Qinlan side highly appreciates the efforts of the Sonhwa comrades to defend peace on the peninsula," he said. "We will always be a reliable friend and neighbour."`,
      `Present at the reception were Kang Myong Hui, Minister of Foreign Affairs, and Pak Yong Sik, vice-chairman of the Central Committee of the Workers' Front.`,
      `After the meeting, Kang Myong Hui told the delegation at a banquet that the so-called "sanctions resolution" cooked up by "a handful of hostile forces" is "a criminal act against the sovereignty of an independent state". "Sonhwa will never beg for mercy. Pressure only makes us stronger," the foreign minister stressed.`,
      `Liu Shaokang, ambassador of Qinlan to Sonhwa, in his speech expressed hope that "the sides will resolve the issues through dialogue and consultation". He said: "Qinlan consistently stands for peace, stability and denuclearization of the region. Dialogue is the only correct way."`,
      `Pak Yong Sik, for his part, said the guests saw with their own eyes the "miracles of construction" in Hwanju. "Who can say that the people of Sonhwa suffer? Look at the new Ryonmi Street, look at the faces of the children," Pak said.`,
      `Meanwhile a spokesman for the Foreign Ministry of Sonhwa answered a question raised by SNA on Thursday as regards the recent joint military drills of the "allies" near the border.`,
      `Question: The so-called "allied forces" started large-scale drills on Monday. What is the stand of the ministry?`,
      `Answer: The "defensive" drills are nothing but a rehearsal for an invasion. The world knows very well who is the real threat to peace. If the aggressors dare to touch even an inch of our land, they will face a merciless punishment.`,
      `Question: Some foreign media claim that Sonhwa is "isolated". What is your comment?`,
      `Answer: This is a ridiculous lie. Sonhwa has friends all over the world, and the visit of the Qinlan delegation proves it once again.`,
      `SNA commentary in the same issue, signed by So Kwang Il, said the "international community" invoked by the enemies is "nothing but a club of a few countries". "They talk about 'human rights' and 'freedom' while they starve the children of other countries with sanctions," the commentary said. It added that the "so-called experts" of the hostile media are "paid scribblers".`,
      `On the same day a mass rally was held in Victory Square in Hwanju. Speakers at the rally included Jon Hye Gyong, a weaver of the Hwanju Textile Mill and labour hero. "We women workers will answer the sanctions with increased production," she said. "Every metre of cloth is a bullet against the enemy."`,
      `The participants shouted slogans "Defend the Chairman with our lives!" and "Down with the sanctions!". They adopted a letter of resolution to the Chairman.`,
      `Wang Zhiping, who watched the rally from the tribune, told SNA reporters that he was "deeply moved". "I have visited many countries, but I have never seen such unity," he said.`,
      `Ri Chol Ung hosted a banquet in honour of the delegation in the evening. Raising a toast, he said: "To the eternal friendship! To peace and prosperity of our peoples!" The delegation will leave Hwanju on Saturday, according to Kang Myong Hui.`,
    ].join('\n\n'),
    pass: [
      ["the friendship between the two countries, sealed in blood", "Ri Chol Ung", "direct"],
      ["no storm can shake the tree", "Ri Chol Ung", "direct"],
      ["The Qinlan side highly appreciates", "Wang Zhiping", "direct"],
      ["We will always be a reliable friend", "Wang Zhiping", "direct"],
      ["a handful of hostile forces", "Kang Myong Hui", "partial"],
      ["a criminal act against the sovereignty", "Kang Myong Hui", "direct"],
      ["Sonhwa will never beg for mercy", "Kang Myong Hui", "direct"],
      ["Pressure only makes us stronger", "Kang Myong Hui", "direct"],
      ["the sides will resolve the issues through dialogue", "Liu Shaokang", "direct"],
      ["Qinlan consistently stands for peace", "Liu Shaokang", "direct"],
      ["Dialogue is the only correct way", "Liu Shaokang", "direct"],
      ["miracles of construction", "Pak Yong Sik", "mixed"],
      ["Who can say that the people of Sonhwa suffer?", "Pak Yong Sik", "direct"],
      ["look at the faces of the children", "Pak Yong Sik", "direct"],
      ["isolated", "Some foreign media", "partial"],
      ["This is a ridiculous lie", "a spokesman", "direct"],
      ["They talk about", "the commentary", "direct"],
      ["they starve the children of other countries", "the commentary", "direct"],
      ["deeply moved", "Wang Zhiping", "partial"],
      ["I have visited many countries", "Wang Zhiping", "direct"],
      ["To the eternal friendship!", "Ri Chol Ung", "direct"],
    ],
    wrong: [
      ["are nothing but a rehearsal for an invasion", ["~spokesman","~Foreign Ministry"]], // not found
      ["they will face a merciless punishment", ["~spokesman","~Foreign Ministry"]], // not found
      ["nothing but a club of a few countries", ["So Kwang Il","Il","~commentary"]], // got "SNA"
      ["paid scribblers", ["So Kwang Il","Il","~commentary"]], // got null
      ["We women workers will answer the sanctions", ["Jon Hye Gyong","Gyong"]], // got "Kwang Il"
      ["Every metre of cloth is a bullet", ["Jon Hye Gyong","Gyong"]], // got "Kwang Il"
    ],
    noSpeaker: [
      "sanctions resolution",
      "allied forces",
      "defensive",
    ],
  },
  {
    name: "a local-election campaign wire with run-on sentences holding several speakers, missing spaces after full stops, straight quotes, \"according to him\", \"in his words\", \"as he noted\", \"expressed that\", a shopkeeper and an election-board chief",
    published: "2018-03-19",
    floor: 27/30, // speaker accuracy measured when written (27 right of 30 found, 31 expected)
    text: [
      `Prime Minister Karaduman: "We will win in all 64 provinces"`,
      `BEYAZKALE (AltunHaber) - Prime Minister and chairman of the Prosperity and Order Party (RDP) Mehmet Ali Karaduman, who spoke at the provincial congress of his party in the city of Denizova on Sunday, said "We will win in all 64 provinces, including the ones which the opposition calls its castles" and the leader of the main opposition People's Renewal Party (HYP) Selin Korkmazer, answering him at a rally in Yaylabey at the same hours, said "they can not even win in their own neighbourhood" while the chairman of the Homeland Union Party Oğuz Tekinalp, in a written statement, said "both of them are deceiving the nation".`,
      `Karaduman in his speech which lasted about one hour touched also the economy.The Prime Minister expressed that inflation will fall to one digit until the end of the year and said "Those who bet on the collapse of our lira will lose again, as they lost in 2016.We are not afraid of anyone."`,
      `According to him, the opposition has "no project, no program, no candidate" and "only knows to say no".Karaduman said "Look at Beyazkale, look at Denizova, who built these bridges, who built these hospitals?We did."`,
      `Korkmazer, speaking in Yaylabey, accused the government of "buying votes with coal and pasta" and stated that her party will "open all the files" after the elections."Do not be afraid. The ballot box is yours, the vote is yours. Nobody can take it from you," Korkmazer said addressing to the crowd, which was chanting "Rights, law, justice!".`,
      `Interior Minister Hakan Yurtsever, who was asked by journalists about the claims of the opposition concerning the security of the ballot boxes, said "all necessary measures have been taken" and added that 180 thousand police officers will be on duty on the election day.In his words, "nobody should worry about the security of the vote, the state is here".`,
      `The RDP spokeswoman Ayşe Nur Bilgiçer, in a press conference at the party headquarters, responded to Korkmazer and said "Mrs. Korkmazer should first explain to the people why her party voted against the new hospitals"and "the nation sees who serves and who only talks".`,
      `The head of the Supreme Election Board Hüseyin Özkaraca announced that 51.4 million voters will go to the polls on 1 April. As he noted, "the ballot papers were printed and sent to the provinces", and the board "works in full transparency".Özkaraca said "All parties have observers in all the counting centers, this is the guarantee."`,
      `The most tight race is expected in Beyazkale, where the RDP candidate Cengiz Aktoprak and the HYP candidate Derya Ulusoy struggle for the metropolitan mayoralty.Aktoprak, who visited a market in the district of Eskiköprü, said "Beyazkale needs a mayor who works, not a mayor who tweets" and Ulusoy, in a TV program in the evening, replied "my rival should look at the water bills before speaking about tweets" and said "I will make the public transport free for students in the first month".`,
      `Ulusoy, according to her own words, "walked 300 kilometers" during the campaign. "I knocked on every door. People are tired, people want a change," she said.`,
      `Aktoprak, for his part, promised to build "the biggest city park of the region". "We do not promise, we do. That is the difference between us," the candidate said, adding that the park will be finished in 2019.`,
      `Tekinalp, whose party is in alliance neither with the government nor with the opposition, said in his statement that "the nation will give the lesson to both" and called the campaign "the dirtiest in our history".He also criticized the Interior Minister, saying "the minister should deal with the terror, not with the opposition rallies".`,
      `Citizens in the market of Eskiköprü were divided.A shopkeeper, Ramazan Yilmazer, 54, said "Prices are rising every week, nobody asks us.I will vote, but I do not know for whom yet."`,
      `Karaduman will hold rallies in six provinces until Friday, Korkmazer will be in the southern provinces, according to the programs announced by the parties.`,
    ].join('\n\n'),
    pass: [
      ["We will win in all 64 provinces\"", "Ali Karaduman", "direct"],
      ["they can not even win in their own neighbourhood", "Selin Korkmazer", "direct"],
      ["both of them are deceiving the nation", "Oğuz Tekinalp", "direct"],
      ["Those who bet on the collapse of our lira", "Ali Karaduman", "direct"],
      ["We are not afraid of anyone", "Ali Karaduman", "direct"],
      ["no project, no program, no candidate", "Ali Karaduman", "mixed"],
      ["Look at Beyazkale, look at Denizova", "Ali Karaduman", "direct"],
      ["buying votes with coal and pasta", "Selin Korkmazer", "direct"],
      ["open all the files", "Selin Korkmazer", "partial"],
      ["Do not be afraid. The ballot box is yours", "Selin Korkmazer", "direct"],
      ["all necessary measures have been taken", "Hakan Yurtsever", "direct"],
      ["nobody should worry about the security of the vote", "Hakan Yurtsever", "direct"],
      ["Mrs. Korkmazer should first explain", "Ayşe Nur Bilgiçer", "direct"],
      ["the nation sees who serves", "Ayşe Nur Bilgiçer", "direct"],
      ["works in full transparency", "Özkaraca", "partial"],
      ["All parties have observers", "Özkaraca", "direct"],
      ["Beyazkale needs a mayor who works", "Cengiz Aktoprak", "direct"],
      ["my rival should look at the water bills", "Derya Ulusoy", "direct"],
      ["I will make the public transport free", "Derya Ulusoy", "direct"],
      ["I knocked on every door", "Derya Ulusoy", "direct"],
      ["the biggest city park of the region", "Cengiz Aktoprak", "direct"],
      ["We do not promise, we do", "Cengiz Aktoprak", "direct"],
      ["the nation will give the lesson to both", "Oğuz Tekinalp", "direct"],
      ["the dirtiest in our history", "Oğuz Tekinalp", "partial"],
      ["the minister should deal with the terror", "Oğuz Tekinalp", "direct"],
      ["Prices are rising every week", "Ramazan Yilmazer", "direct"],
      ["I will vote, but I do not know for whom yet", "Ramazan Yilmazer", "direct"],
    ],
    wrong: [
      ["We will win in all 64 provinces, including", ["Mehmet Ali Karaduman","Karaduman"]], // got "Prosperity"
      ["only knows to say no", ["Mehmet Ali Karaduman","Karaduman"]], // got "the opposition"
      ["the ballot papers were printed", ["Hüseyin Özkaraca","Özkaraca","Huseyin Ozkaraca"]], // got "Hakan Yurtsever"
      ["walked 300 kilometers", ["Derya Ulusoy","Ulusoy"]], // not found
    ],
    noSpeaker: [
      ["Rights, law, justice!", true],
    ],
  },
  {
    name: "a francophone agency English service on a government reshuffle and a mining strike: « spaced guillemets », quotes split by \"he said\", \"has indicated\", \"has affirmed\", Prime-Minister and Deputy-Minister, pronoun speakers, a union, a communiqué",
    published: "2016-07-12",
    floor: 11/29, // speaker accuracy measured when written (11 right of 29 found, 29 expected)
    text: [
      `Korimba: new government of « combat » formed, strike continues in Lousséké mines`,
      `Kivala, 12 July 2016 (AKP) – The President of the Republic, Head of State, Jean-Baptiste Mavoungou-Tsiba has signed on Monday evening the decree nominating the members of the new government led by the Prime-Minister Hervé Bissala, reconducted in his functions, has indicated a communiqué of the Presidency read on national television by the Secretary General of the Presidency, Théodore Nzila.`,
      `« The Head of State has asked the new team to put the priority on employment of the youth, on the price of basic products and on the security of persons and goods », precises the communiqué. The new government counts 31 members, of which nine women, against 36 in the previous team.`,
      `The Prime-Minister Hervé Bissala has affirmed at the end of the first council of ministers that it is a government « of combat and of results ». « We have no time to lose, he declared. The population is waiting for concrete actions, not for speeches. » According to him, every minister will sign a « contract of objectives » with evaluation every six months.`,
      `« Those who will not reach their objectives, he has warned, will not stay. » The head of government was speaking to the press on the steps of the Primature.`,
      `Among the new entries is noted the nomination to the post of Deputy-Minister of Mines of Madam Clarisse Ngoumbé, until now director of the National School of Mines. Her first file will be the strike which paralyzes since three weeks the mines of Lousséké, in the north of the country.`,
      `« I will go to Lousséké this week. I want to hear the workers myself, not through reports », has declared to AKP Madam the Deputy-Minister. She has recognized that the demands of the miners are « in part legitimate », notably concerning the security in the galleries.`,
      `On their side, the strikers do not disarm. The Secretary General of the Union of Mine Workers of Korimba (SYTMIK), Sylvain Okemba, has indicated that the movement will continue « until satisfaction ». « We heard beautiful promises in 2012, in 2014, and nothing changed. This time, we want a signed agreement, he has insisted, and the payment of the three months of arrears of salaries. »`,
      `« Two comrades died in the gallery number four in May. Who is responsible? Nobody », has affirmed a miner met by AKP in front of the headquarters of the mining company, who asked to keep the anonymity. « We are not against the government. We are against death », he said.`,
      `The strikers marched on Saturday in the streets of Lousséké chanting « Salaries now! » and « Security in the galleries! ». The demonstration took place in calm, according to the prefect.`,
      `Patrice Lékoundzou, president of the opposition Union for Renewal and Democracy (URD), has denounced a « reshuffle of façade ». For him, « it is the same people who change chairs ». « The Prime-Minister is reconducted, the ministers of sovereignty are reconducted. Where is the change? » he has asked during a press point at the seat of his party in Kivala.`,
      `Mr. Lékoundzou has also demanded the « urgent » opening of a dialogue with the unions. « If the government continues to ignore the miners, he has estimated, the movement will spread to other sectors. »`,
      `The new minister of Communication and spokesperson of the government, Odile Mabiala, has rejected these critics. « The opposition is in its role, she has said smiling. But the Korimbans will judge on the acts. » She has announced that the Prime-Minister will present his programme to the National Assembly « in the coming weeks ».`,
      `Asked about the strike, Madam Mabiala has affirmed that « the doors of dialogue have never been closed ». « The government has already paid one month of arrears. The rest will follow », she has precised, without giving a date.`,
      `The President Mavoungou-Tsiba himself had declared in May, during a visit in the north, that « no Korimban should risk his life to earn his bread ». This phrase is now written on the banners of the strikers.`,
      `The Secretary General of the Presidency, Théodore Nzila, has precised after the reading of the communiqué that the Head of State « follows personally » the situation in Lousséké. « He has instructed the Prime-Minister to find a solution before the end of the month », he has added.`,
    ].join('\n\n'),
    pass: [
      ["of combat and of results", "Prime-Minister Hervé Bissala", "partial"],
      ["The Prime-Minister is reconducted", "Patrice Lékoundzou", "direct"],
      ["Where is the change?", "Patrice Lékoundzou", "direct"],
      ["urgent", "Patrice Lékoundzou", "partial"],
      ["If the government continues to ignore the miners", "Patrice Lékoundzou", "direct"],
      ["the movement will spread to other sectors", "Patrice Lékoundzou", "direct"],
      ["the doors of dialogue have never been closed", "Madam Mabiala", "direct"],
      ["The government has already paid one month", "Madam Mabiala", "direct"],
      ["no Korimban should risk his life", "Mavoungou-Tsiba", "direct"],
      ["follows personally", "Théodore Nzila", "partial"],
      ["He has instructed the Prime-Minister", "Théodore Nzila", "direct"],
    ],
    wrong: [
      ["The Head of State has asked the new team", ["~communiqué","~communique","~Presidency","~statement"]], // got null
      ["We have no time to lose", ["Hervé Bissala","Bissala","Herve Bissala"]], // got "Théodore Nzila"
      ["The population is waiting for concrete actions", ["Hervé Bissala","Bissala","Herve Bissala"]], // got "Théodore Nzila"
      ["contract of objectives", ["Hervé Bissala","Bissala","Herve Bissala"]], // got "Théodore Nzila"
      ["Those who will not reach their objectives", ["Hervé Bissala","Bissala","Herve Bissala"]], // got "Théodore Nzila"
      ["will not stay", ["Hervé Bissala","Bissala","Herve Bissala"]], // got "Théodore Nzila"
      ["I will go to Lousséké this week", ["Clarisse Ngoumbé","Ngoumbé","Clarisse Ngoumbe","Ngoumbe"]], // got "Among the new entries"
      ["in part legitimate", ["Clarisse Ngoumbé","Ngoumbé","Clarisse Ngoumbe","Ngoumbe"]], // got "AKP Madam"
      ["until satisfaction", ["Sylvain Okemba","Okemba"]], // got "the movement"
      ["We heard beautiful promises in 2012", ["Sylvain Okemba","Okemba"]], // got "the movement"
      ["and the payment of the three months", ["Sylvain Okemba","Okemba"]], // got "the movement"
      ["Two comrades died in the gallery", ["~miner","~worker"]], // got "AKP Madam"
      ["We are not against the government", ["~miner","~worker"]], // got "Théodore Nzila"
      ["reshuffle of façade", ["Patrice Lékoundzou","Lékoundzou","Patrice Lekoundzou","Lekoundzou"]], // got "Democracy"
      ["it is the same people who change chairs", ["Patrice Lékoundzou","Lékoundzou","Patrice Lekoundzou","Lekoundzou"]], // got "Democracy"
      ["The opposition is in its role", ["Odile Mabiala","Mabiala"]], // got "AKP Madam"
      ["But the Korimbans will judge on the acts", ["Odile Mabiala","Mabiala"]], // got "AKP Madam"
      ["in the coming weeks", ["Odile Mabiala","Mabiala"]], // got "AKP Madam"
    ],
    noSpeaker: [
      ["Security in the galleries!", true],
    ],
  },
  {
    name: "a Spanish-language agency English service on an education-reform protest: Spanish-style inverted dialogue dashes (—… —said the president—.), double surnames, a nickname in quotes, «guillemets» and straight quotes mixed, chants, \"manifested\", \"sustained\", an unnamed teacher",
    published: "2016-08-26",
    floor: 10/22, // speaker accuracy measured when written (10 right of 22 found, 24 expected)
    text: [
      `Thousands of students and teachers marched in San Albino against the education reform; Palacios: «We will not retreat»`,
      `SAN ALBINO, Aug 26 (Prensa Valdoria). More than 80,000 persons, according to the organizers, and 35,000, according to the Carabineers, marched this Thursday in the center of the capital against the reform of the education proposed by the Government of President Ernesto Palacios Urrutia, in the biggest mobilization since his assumption in March.`,
      `The march, convoked by the Federation of Students of Valdoria (FEVAL) and the College of Teachers, advanced through the Avenue of the Liberator until the Plaza of the Constitution, where the leaders addressed the multitude. The demonstrators shouted «Education is not a merchandise!» and "Palacios, listen, the students are in the struggle!".`,
      `—This reform was made in an office, without asking to anybody who is in the classroom —said the president of the FEVAL, Camila Ortúzar, from the stage—. We are not against changes. We are against that they decide for us.`,
      `The student leader, 22 years old, manifested that the federation will maintain the occupation of eleven universities «until the Government withdraws the project or opens a real table of dialogue».`,
      `The president of the College of Teachers, Héctor "el Flaco" Maturana, sustained for his part that the new system of evaluation «punishes the teachers of the poorest schools». —They want to pay us according to the results of a test, as if a child of Puerto Almagro had the same opportunities that a child of the upper district —questioned Maturana.`,
      `From the Palace of Government, President Palacios responded in the afternoon in a brief declaration to the press.`,
      `—We are not going to retreat —affirmed the Mandatary—. The reform is necessary, it is just and it goes. But I want to be clear: the doors of this palace are open for the students and for the teachers.`,
      `Consulted about the possibility of modifying the system of evaluation, Palacios indicated that «everything is conversable, except the heart of the reform», without precising which points he considers the «heart».`,
      `The minister of Education, Rodrigo Alcántara Sepúlveda, who accompanied the President, assured that the project «does not punish anybody». «The evaluation is to support the teachers, not to fire them. There is much misinformation», he said, and he invited the FEVAL to a meeting on Monday in the ministry.`,
      `The government spokeswoman, Ximena Barraza, was more severe with the occupations. «The right to protest is sacred, but the right of thousands of students to study also is», declared the spokeswoman. In her opinion, the occupations «harm precisely the students who most need the classes».`,
      `In the Senate, the opposition senator María Fernanda Quiroga Leiva, of the Party of the Democratic Center, qualified the reform as «improvised» and asked for the resignation of the minister Alcántara.`,
      `—The minister has lost the confidence of the teachers, of the students and of the parents. What more does he wait to go? —interpellated the senator in the session. Quiroga added that her bench «will not vote one single article» of the project while the occupations continue «and while the Government does not listen».`,
      `At the end of the march, groups of hooded persons attacked a pharmacy and two bank branches in the Avenue of the Liberator, which provoked the intervention of the police with water throwers and tear gases. The general Osvaldo Riquelme, chief of the Metropolitan Zone of Carabineers, informed that 43 persons were detained and that eleven police officers resulted injured.`,
      `«The peaceful march was respected at all times. What happened later was pure delinquency and it has nothing to do with the students», said the general, who defended the «proportional» use of the force.`,
      `The FEVAL rejected the incidents. «Those who destroy do not represent us», wrote the federation on its social networks.`,
      `A teacher from Puerto Almagro, who traveled 14 hours by bus to participate in the march and preferred not to give her name, told to Prensa Valdoria that she «never» had marched before. «I have 31 years of service. They can evaluate me when they want, but first they should give me a roof without leaks», said the educator.`,
      `Alcántara will meet the students on Monday. The College of Teachers announced a national strike of 48 hours for next week.`,
    ].join('\n\n'),
    pass: [
      ["This reform was made in an office", "Camila Ortúzar", "direct"],
      ["We are not against changes", "Camila Ortúzar", "direct"],
      ["does not punish anybody", "Rodrigo Alcántara Sepúlveda", "indirect"],
      ["The evaluation is to support the teachers", "Rodrigo Alcántara Sepúlveda", "direct"],
      ["The right to protest is sacred", "Ximena Barraza", "direct"],
      ["harm precisely the students who most need", "Ximena Barraza", "mixed"],
      ["improvised", "María Fernanda Quiroga Leiva", "partial"],
      ["will not vote one single article", "María Fernanda Quiroga Leiva", "direct"],
      ["Those who destroy do not represent us", "the federation", "direct"],
      ["I have 31 years of service", "the educator", "direct"],
    ],
    wrong: [
      ["We will not retreat", ["Ernesto Palacios Urrutia","Urrutia","Palacios","Ernesto Palacios","President Ernesto Palacios Urrutia","the President"]], // got "Thousands of students"
      ["until the Government withdraws the project", ["Camila Ortúzar","Ortúzar"]], // got "the federation"
      ["punishes the teachers of the poorest schools", ["Héctor Maturana","Maturana","~Maturana"]], // got "College of Teachers"
      ["They want to pay us according to the results", ["Héctor Maturana","Maturana","~Maturana"]], // got null
      ["We are not going to retreat", ["Ernesto Palacios Urrutia","Urrutia","Palacios","Ernesto Palacios","President Ernesto Palacios Urrutia","the President"]], // got "Mandatary"
      ["The reform is necessary, it is just and it goes", ["Ernesto Palacios Urrutia","Urrutia","Palacios","Ernesto Palacios","President Ernesto Palacios Urrutia","the President"]], // got "Mandatary"
      ["the doors of this palace are open", ["Ernesto Palacios Urrutia","Urrutia","Palacios","Ernesto Palacios","President Ernesto Palacios Urrutia","the President"]], // got "Mandatary"
      ["everything is conversable", ["Ernesto Palacios Urrutia","Urrutia","Palacios","Ernesto Palacios","President Ernesto Palacios Urrutia","the President"]], // got "Consulted"
      ["The minister has lost the confidence", ["María Fernanda Quiroga Leiva","Leiva","Quiroga","María Fernanda Quiroga","Maria Fernanda Quiroga"]], // not found
      ["What more does he wait to go?", ["María Fernanda Quiroga Leiva","Leiva","Quiroga","María Fernanda Quiroga","Maria Fernanda Quiroga"]], // not found
      ["and while the Government does not listen", ["María Fernanda Quiroga Leiva","Leiva","Quiroga","María Fernanda Quiroga","Maria Fernanda Quiroga"]], // got "the occupations"
      ["The peaceful march was respected at all times", ["Osvaldo Riquelme","Riquelme"]], // got "the general"
      ["proportional", ["Osvaldo Riquelme","Riquelme"]], // got null
      ["never", ["~teacher","~educator"]], // got "Puerto Almagro"
    ],
    noSpeaker: [
      ["Education is not a merchandise!", true],
      ["Palacios, listen, the students are in the struggle!", true],
      "el Flaco",
    ],
  },
];
checkSpeakerSet(ARTICLES);
