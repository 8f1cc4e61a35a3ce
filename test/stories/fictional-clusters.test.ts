import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.ts';

/**
 * Fictional multi-outlet coverage (every person, place, organisation and outlet is invented),
 * run through the real CLI exactly as the project is measured: each article written to a file
 * as `title + "\n\n" + text`, `ingest --manifest`, then `stories --json`, scored with B-cubed
 * against the true event labels (`ev`). Confusable pairs: two mass shootings weeks apart, and
 * two events about the same president a week apart (a trade summit, then a tapes scandal).
 */
type Item = { ev: string; source: string; published: string; title: string; text: string };
type Story = { id: number; title: string; articles: { id: number; source: string; title: string }[];
  discrepancies: { about: string; kind: string; values: { value: string; source: string; articleId: number }[] }[] };

const SIX_EVENTS: Item[] = [
  {"ev":"quake","source":"globewire.test","published":"2017-03-14","title":"Strong earthquake kills at least 25 in Merovia's Tarsena province","text":"A magnitude 6.4 earthquake struck the mountainous Tarsena province of Merovia on Tuesday, killing at least 25 people and flattening hundreds of mud-brick homes, the national disaster agency said.\nThe quake hit at 4:12 a.m. local time, when most residents were asleep. Its epicentre was 14 km south of the town of Vellich, according to the Merovian Seismological Institute.\n\"Whole streets have simply collapsed,\" said Vellich mayor Oskar Brenn. Rescue teams were digging through rubble with their hands as aftershocks rattled the valley.\nInterior Minister Lidia Szarek said the army had been sent to the province and field hospitals were being set up."},
  {"ev":"quake","source":"northern-courier.test","published":"2017-03-14","title":"Merovia earthquake: 27 dead as rescuers search rubble in Vellich","text":"Twenty-seven people have died after an earthquake measuring 6.4 shook the Tarsena region of western Merovia before dawn on Tuesday.\nOfficials in Vellich, the town closest to the epicentre, said at least 120 people were injured. Many villages in the surrounding hills were cut off by landslides.\nMayor Oskar Bren told local television: \"We need heavy machinery, we need blankets, we need everything.\"\nMerovia sits on an active fault line and was last hit by a major quake in 1998."},
  {"ev":"quake","source":"rt-style.test","published":"2017-03-15","title":"World news - Latest","text":"Rescuers in Merovia are racing against time to pull survivors from collapsed buildings after Tuesday's 6.4-magnitude earthquake in Tarsena province. The death toll stands at 27, with more than 130 injured, the emergency services ministry said.\nFootage from Vellich showed residents sleeping in the street for fear of aftershocks. Neighbouring Ostravia has offered to send search-and-rescue dogs."},
  {"ev":"quake","source":"daily-post.test","published":"2017-03-16","title":"Heartbreaking moment father finds baby alive under rubble after Merovia quake","text":"A father wept with joy as rescuers pulled his eight-month-old daughter alive from the ruins of their home in Vellich, two days after a powerful earthquake devastated the town.\nTomas Hadrek, 31, had refused to leave the wreckage of the family house since the tremor struck Tarsena province early on Tuesday. \"I could hear her crying, I knew she was there,\" he said.\nThe baby was flown to a hospital in the capital, Drast. The official death toll from the quake has climbed to 33."},
  {"ev":"mall","source":"national-times.test","published":"2017-06-10","title":"Gunman kills 8 at Brookmere shopping mall","text":"A gunman opened fire inside a crowded shopping mall in Brookmere on Saturday afternoon, killing eight people and wounding 14 before he was arrested, police said.\nPolice Chief Angela Moreau said the suspect, a 34-year-old local man, walked into the Larkfield Centre food court at about 2:30 p.m. and began shooting.\n\"This is the darkest day in the history of our city,\" Moreau told reporters."},
  {"ev":"mall","source":"cable-news.test","published":"2017-06-10","title":"Nine dead in Brookmere mall rampage; suspect in custody","text":"Nine people were killed and more than a dozen wounded when a man armed with a rifle attacked shoppers at the Larkfield Centre in Brookmere, Westland, authorities said.\nThe suspect was identified by police sources as Darren Whitlocke, 34. He was tackled by an off-duty officer near the mall's east entrance.\nGovernor Ruth Calloway ordered flags lowered to half-staff."},
  {"ev":"mall","source":"fox-style.test","published":"2017-06-11","title":"Brookmere shooting suspect had history of threats, neighbors say","text":"Neighbors of Darren Whitlock, the man accused of Saturday's massacre at a Brookmere mall, said he had frightened them for years with angry outbursts and threats.\n\"He told me once he'd make everybody pay,\" said neighbor Gail Fenner. Whitlock, 34, is accused of killing eight people at the Larkfield Centre.\nPolice said he legally bought the rifle used in the attack three weeks earlier."},
  {"ev":"mall","source":"daily-post.test","published":"2017-06-12","title":"Hero off-duty cop who tackled mall gunman speaks out","text":"The off-duty police officer who tackled the Brookmere mall gunman has said he \"just reacted\" when he heard shots in the food court.\nSergeant Leon Abara was buying lunch with his son at the Larkfield Centre on Saturday when the attack began. \"I told my boy to get down and I ran towards the noise,\" he said.\nEight people died in the shooting."},
  {"ev":"club","source":"national-times.test","published":"2017-07-22","title":"Five killed in shooting at Port Sallow nightclub","text":"Five people were shot dead and seven wounded early on Saturday when a gunman opened fire at the Blue Anchor nightclub in Port Sallow, police said.\nThe attacker fled in a car and was still at large, Port Sallow police spokesman Devin Crale said. Witnesses described a man in a dark hoodie firing at the dance floor."},
  {"ev":"club","source":"cable-news.test","published":"2017-07-22","title":"Manhunt under way after Port Sallow club attack","text":"A manhunt was under way on Saturday for a gunman who killed five people at a waterfront nightclub in Port Sallow.\n\"We will find this person,\" Mayor Ellen Vasquez-Roe said. The FBI-style regional task force has joined the search."},
  {"ev":"club","source":"fox-style.test","published":"2017-07-24","title":"Port Sallow nightclub shooting suspect arrested after two-day manhunt","text":"Police arrested a 27-year-old man on Monday in connection with the weekend shooting at the Blue Anchor nightclub in Port Sallow that left five people dead.\nThe suspect, Marcus Teale, was detained at a motel 80 miles north of the city, police spokesman Devin Crale said. Detectives believe the attack followed a dispute with a bouncer."},
  {"ev":"summit","source":"globewire.test","published":"2017-09-05","title":"Ostravia's Morrow and Lunaria's Pell agree to cut tariffs at Halden summit","text":"Ostravian President Adaeze Morrow and Lunarian Prime Minister Gregor Pell agreed on Tuesday to phase out tariffs on steel and grain over five years, at a summit in the border town of Halden.\nThe deal, which still needs approval from both parliaments, could double trade between the neighbours, officials said.\n\"Today we stop treating each other as rivals,\" Morrow said at a joint news conference."},
  {"ev":"summit","source":"capital-tribune.test","published":"2017-09-05","title":"Halden summit: a trade deal, but no word on the river dispute","text":"President Adaeze Morrow returned from Halden with a tariff agreement but nothing on the long-running dispute over water from the Sarn river, which Lunaria dams upstream.\nOpposition leader Viktor Ambrose said the summit had \"traded away our farmers' future for a photo opportunity\"."},
  {"ev":"summit","source":"northern-courier.test","published":"2017-09-06","title":"Ostravia and Lunaria sign steel and grain pact","text":"Ostravia and Lunaria have signed an agreement to remove tariffs on steel and grain, the first trade pact between the two countries since 2004.\nLunarian leader Gregor Pell called it \"a new chapter\". President Morrow said the deal would create 30,000 jobs; her trade minister put the figure at 20,000."},
  {"ev":"summit","source":"business-daily.test","published":"2017-09-07","title":"Steel shares rise after Ostravia-Lunaria tariff deal","text":"Shares in Ostravian steelmakers rose sharply after the country agreed with Lunaria to phase out tariffs, with Kaldor Steel up 6%.\nAnalysts said the Halden agreement would open a market of 40 million people to Ostravian mills."},
  {"ev":"tapes","source":"globewire.test","published":"2017-09-12","title":"Leaked recordings appear to show Ostravian president discussing secret campaign cash","text":"Recordings published on Tuesday by the news site Ostravia Open appear to capture President Adaeze Morrow discussing cash donations to her 2015 campaign that were never declared.\nIn one clip, a voice said to be Morrow's says: \"Keep it off the books until after the vote.\"\nMorrow's office said the recordings were \"doctored\" and that the president had done nothing wrong."},
  {"ev":"tapes","source":"capital-tribune.test","published":"2017-09-12","title":"Morrow denies wrongdoing as tape scandal erupts","text":"President Adaeze Morrow denied any wrongdoing on Tuesday after recordings emerged that opposition lawmakers say prove her campaign hid illegal donations.\n\"I have done nothing improper and I will not resign,\" Morrow told reporters outside the presidential palace.\nOpposition leader Viktor Ambrose called for an independent inquiry."},
  {"ev":"tapes","source":"northern-courier.test","published":"2017-09-13","title":"Thousands protest in Ostrava City over Morrow tapes","text":"Thousands of protesters gathered outside parliament in Ostrava City on Wednesday demanding the resignation of President Adaeze Morrow over leaked recordings about undeclared campaign money.\nMorrow said on Tuesday: \"I have done nothing wrong and I will not resign.\""},
  {"ev":"tapes","source":"national-times.test","published":"2017-09-15","title":"Ostravia prosecutor opens investigation into president's campaign","text":"Ostravia's chief prosecutor, Ilse Varga, said on Friday she had opened a criminal investigation into the financing of President Adaeze Morrow's 2015 election campaign, days after leaked recordings rocked the country.\nMorrow cannot be charged while in office, but her former campaign treasurer, Piet Dorran, could face charges."},
  {"ev":"tapes","source":"business-daily.test","published":"2017-09-13","title":"Ostravian bonds slide on political scandal","text":"Ostravian government bonds fell for a second day as the scandal over President Morrow's campaign recordings deepened, raising fears that the Halden trade deal could stall in parliament."},
  {"ev":"crash","source":"globewire.test","published":"2018-02-19","title":"Aerobrava plane crashes near Montesol, all 66 on board killed","text":"An Aerobrava passenger plane crashed into a hillside near the city of Montesol on Monday, killing all 66 people on board, the airline said.\nThe turboprop, flight AB 31 from Santa Irel, lost contact with air traffic control minutes before it was due to land in heavy fog.\nTransport Minister Ramon Escalda said the cause was not yet known."},
  {"ev":"crash","source":"cable-news.test","published":"2018-02-19","title":"65 killed as airliner slams into mountain in fog","text":"Sixty-five people were killed when an Aerobrava turboprop crashed on approach to Montesol airport, officials said. There were no survivors.\nRescuers reached the wreckage on the slopes of Mount Orvella after a four-hour climb."},
  {"ev":"crash","source":"national-times.test","published":"2018-02-20","title":"Black boxes recovered from Aerobrava crash site","text":"Investigators on Tuesday recovered both flight recorders from the wreckage of Aerobrava flight AB31, which crashed near Montesol on Monday killing 66 people.\nThe captain, Ilya Venkov, was a veteran with 12,000 flying hours, the airline said."},
];

/** The same outlet's boilerplate headline on two unrelated events (a fuel protest, an election seven months later). */
const BOILERPLATE: Item[] = [
  {"ev":"fuel","source":"globewire.test","published":"2017-03-20","title":"Police fire tear gas at fuel price protest in Merovian capital","text":"Police in Drast fired tear gas and water cannon on Monday to disperse thousands of people protesting against a 30% rise in fuel prices, the largest demonstration in the Merovian capital in years.\nInterior Minister Lidia Szarek said 46 people had been arrested."},
  {"ev":"fuel","source":"capital-tribune.test","published":"2017-03-21","title":"Merovia fuel protests spread to second city","text":"Protests against higher fuel prices spread from Drast to Merovia's second city, Kolvar, on Tuesday. Organisers said 20,000 people marched in the capital on Monday; police put the number at 8,000."},
  {"ev":"fuel","source":"rt-style.test","published":"2017-03-21","title":"World news - RT International","text":"Clashes erupted in the Merovian capital Drast as protesters angry over fuel price hikes confronted riot police. Dozens were detained. The government says the increase is needed to meet IMF-style loan conditions."},
  {"ev":"vote","source":"globewire.test","published":"2017-10-15","title":"Norvale votes in snap election seen as test for Premier Kaltz","text":"Voters in Norvale went to the polls on Sunday in a snap election called by Premier Edda Kaltz after her coalition collapsed in August.\nPolls suggest Kaltz's Civic Union will remain the largest party but fall short of a majority. Turnout was 61% by mid-afternoon."},
  {"ev":"vote","source":"northern-courier.test","published":"2017-10-16","title":"Kaltz claims victory in Norvale election","text":"Premier Edda Kaltz claimed victory after her Civic Union won 41% of the vote in Sunday's snap election in Norvale, the electoral commission said.\nThe nationalist Homeland Front came second with 22%. \"Norvale has chosen stability,\" Kaltz told supporters."},
  {"ev":"vote","source":"rt-style.test","published":"2017-10-16","title":"World news - RT International","text":"Norvale's ruling Civic Union has won the most seats in a snap election but will need a coalition partner, results show. Premier Edda Kaltz has said she will not govern with the Homeland Front."},
];

async function run(items: Item[]): Promise<{ stories: Story[]; storyOf: (i: number) => number | undefined }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-fictional-'));
  try {
    const sorted = [...items].sort((a, b) => a.published.localeCompare(b.published));
    const lines = sorted.map((x, i) => {
      const path = join(dir, `a${i}.txt`);
      writeFileSync(path, `${x.title}\n\n${x.text}`);
      return JSON.stringify({ path, source: x.source, published: x.published, title: x.title, url: `https://${x.source}/a${i}` });
    });
    writeFileSync(join(dir, 'manifest.jsonl'), `${lines.join('\n')}\n`);
    const env = { NEWSDESK_DB: join(dir, 'newsdesk.db') };
    const ing = await runCli(['ingest', '--json', '--manifest', join(dir, 'manifest.jsonl')], env);
    assert.equal(ing.code, 0, ing.stderr);
    const report = JSON.parse(ing.stdout) as { items: { articleId: number; title: string }[] };
    assert.equal(report.items.length, items.length);
    const st = await runCli(['stories', '--json'], env);
    assert.equal(st.code, 0, st.stderr);
    const stories = JSON.parse(st.stdout) as Story[];
    const storyOfArticle = new Map(stories.flatMap((s) => s.articles.map((a) => [a.id, s.id] as const)));
    // Index into `items` (not `sorted`).
    const articleOf = new Map(sorted.map((x, i) => [items.indexOf(x), report.items[i]!.articleId]));
    return { stories, storyOf: (i) => storyOfArticle.get(articleOf.get(i)!) };
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

/** One CLI run of the six events, shared by the tests that read it. */
let sixRun: ReturnType<typeof run> | undefined;
const six = () => (sixRun ??= run(SIX_EVENTS));

/** B-cubed precision, recall and F1; an article in no story is a story of its own. */
function bcubed(gold: string[], pred: (number | undefined)[]) {
  const p = pred.map((s, i) => s ?? -1 - i);
  let P = 0;
  let R = 0;
  for (let i = 0; i < gold.length; i++) {
    let both = 0; let np = 0; let ng = 0;
    for (let j = 0; j < gold.length; j++) {
      if (p[j] === p[i]) np++;
      if (gold[j] === gold[i]) ng++;
      if (p[j] === p[i] && gold[j] === gold[i]) both++;
    }
    P += both / np; R += both / ng;
  }
  P /= gold.length; R /= gold.length;
  return { P, R, F1: (2 * P * R) / (P + R) };
}

const find = (items: Item[], title: string) => {
  const i = items.findIndex((x) => x.title.startsWith(title));
  assert.ok(i >= 0, title);
  return i;
};

test('GIVEN six fictional events from several outlets, two confusable pairs among them WHEN ingested with the CLI THEN they cluster at the measured B-cubed F1 or better', async () => {
  const { storyOf } = await six();
  const pred = SIX_EVENTS.map((_, i) => storyOf(i));
  const s = bcubed(SIX_EVENTS.map((x) => x.ev), pred);
  // Measured 2026-11: P 1.000, R 0.935, F1 0.966 (one split: the Tarsena baby-rescue follow-up).
  assert.ok(s.P >= 0.99, `B-cubed precision ${s.P.toFixed(3)}`);
  assert.ok(s.F1 >= 0.96, `B-cubed F1 ${s.F1.toFixed(3)}`);
});

test('GIVEN two mass shootings in different towns six weeks apart WHEN ingested THEN each is one story and they stay apart', async () => {
  const { storyOf } = await six();
  const mall = SIX_EVENTS.map((x, i) => [x, i] as const).filter(([x]) => x.ev === 'mall').map(([, i]) => storyOf(i));
  const club = SIX_EVENTS.map((x, i) => [x, i] as const).filter(([x]) => x.ev === 'club').map(([, i]) => storyOf(i));
  assert.equal(new Set(mall).size, 1);
  assert.equal(new Set(club).size, 1);
  assert.notEqual(mall[0], club[0]);
  // A spelling variant of the suspect ('Whitlocke' / 'Whitlock') keeps the follow-up in the story.
  assert.equal(storyOf(find(SIX_EVENTS, 'Brookmere shooting suspect')), storyOf(find(SIX_EVENTS, 'Nine dead in Brookmere')));
});

test('GIVEN a president\'s trade summit and, a week later, her tapes scandal WHEN ingested THEN they are two stories', async () => {
  const { storyOf } = await six();
  const summit = storyOf(find(SIX_EVENTS, 'Ostravia\'s Morrow and Lunaria\'s Pell'));
  assert.equal(storyOf(find(SIX_EVENTS, 'Steel shares rise')), summit);
  assert.equal(storyOf(find(SIX_EVENTS, 'Ostravia prosecutor opens')), storyOf(find(SIX_EVENTS, 'Leaked recordings appear')));
  assert.notEqual(storyOf(find(SIX_EVENTS, 'Morrow denies wrongdoing')), summit);
  assert.notEqual(storyOf(find(SIX_EVENTS, 'Ostravian bonds slide')), summit);
});

test('GIVEN a vague "World news - Latest" headline over a quake report WHEN ingested THEN it joins the quake story', async () => {
  const { storyOf } = await six();
  assert.equal(storyOf(find(SIX_EVENTS, 'World news - Latest')), storyOf(find(SIX_EVENTS, 'Strong earthquake kills')));
});

test('GIVEN death tolls 25 vs 27, 8 vs 9 and 66 vs 65, and two wordings of one quote WHEN ingested THEN each disagreement is found in its story', async () => {
  const { stories, storyOf } = await six();
  const of = (title: string) => stories.find((s) => s.id === storyOf(find(SIX_EVENTS, title)))!;
  const values = (s: Story, kind: string) => s.discrepancies.filter((d) => d.kind === kind).map((d) => d.values.map((v) => v.value.toLowerCase()));
  const has = (s: Story, kind: string, ...want: string[]) => values(s, kind).some((vs) => want.every((w) => vs.some((v) => v.includes(w))));
  assert.ok(has(of('Strong earthquake kills'), 'figure', '25', '27'));
  assert.ok(has(of('Gunman kills 8'), 'figure', '8', 'nine'));
  assert.ok(has(of('Aerobrava plane crashes'), 'figure', '66', '65'));
  assert.ok(has(of('Morrow denies wrongdoing'), 'quote', 'nothing improper', 'nothing wrong'));
  // The summit story has no quote or figure disagreement of its own.
  assert.deepEqual(of('Halden summit').discrepancies.filter((d) => d.kind === 'quote'), []);
});

test('GIVEN one outlet\'s boilerplate headline "World news - RT International" on two unrelated events WHEN ingested THEN the two stay apart (a site’s own name as a headline says nothing)', async () => {
  const { storyOf } = await run(BOILERPLATE);
  const rt = BOILERPLATE.map((x, i) => [x, i] as const).filter(([x]) => x.source === 'rt-style.test').map(([, i]) => storyOf(i));
  assert.notEqual(rt[0], rt[1]);
});
