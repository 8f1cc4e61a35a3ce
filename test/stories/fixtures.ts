/** Fictional articles (invented country, people and outlets) and a helper storing them the way storeArticle does. */
import { getArticle, insertArticle } from '../../src/db/articles.ts';
import { saveExtraction } from '../../src/db/extractions.ts';
import type { Db } from '../../src/db/open.ts';
import type { Extraction } from '../../src/extract/types.ts';
import { extract } from '../../src/extract/index.ts';
import { contentHash } from '../../src/ingest/identity.ts';
import { assignStory } from '../../src/stories/cluster.ts';

export type Fixture = { source: string; title: string; published: string; text: string; url?: string };

export const emptyExtraction = (): Extraction => ({ quotes: [], events: [], entities: [], dates: [], figures: [] });

/** A hand-made event over the article's first sentence (where the lead's day is read), as the extractor places one. */
export function leadEvent(a: Fixture, e: { date: string; summary: string; actors: string[] }) {
  const start = a.title.length + 2;
  return { ...e, start, end: start + a.text.indexOf('. ') + 1 };
}

/**
 * Store an article and its extraction in one transaction, as storeArticle does; returns ids. The real extraction, or
 * one made by hand with the real dates (clustering reads the lead's day from an event and a date inside it).
 */
export function addArticle(db: Db, a: Fixture, x?: Partial<Extraction>): { articleId: number; storyId: number } {
  return db.transaction(() => {
    const text = `${a.title}\n\n${a.text}`;
    const articleId = insertArticle(db, { source: a.source, url: a.url ?? null, title: a.title, publishedAt: a.published, text, contentHash: contentHash(text) });
    const real = extract({ text, published: a.published, title: a.title });
    const extraction = x ? { ...emptyExtraction(), dates: real.dates, ...x } : real;
    saveExtraction(db, articleId, extraction);
    return { articleId, storyId: assignStory(db, getArticle(db, articleId)!, extraction) };
  }).immediate();
}

const budget = `Finance Minister Ilsa Brandt presented the 2027 budget to the Valdorian parliament on Tuesday, promising to cut the deficit by freezing public sector wages and raising the tobacco excise. Brandt told lawmakers the plan would bring borrowing below three percent of output within two years. Opposition leader Karel Voss called the wage freeze a betrayal of nurses and teachers. The budget also funds a new rail tunnel under the Sorrel Hills and doubles the grant for rural clinics. Economists at the Harwick Institute said the spending plans looked credible but warned that the tobacco revenue forecast was optimistic.`;

const resignation = `Ilsa Brandt resigned as Valdoria's finance minister on Wednesday after leaked emails showed she had steered a harbour dredging contract to a firm owned by her brother-in-law. In a short statement outside the ministry, Brandt denied wrongdoing but said the scandal had become a distraction. Prime Minister Oren Calloway accepted the resignation and appointed deputy minister Piet Laane as interim replacement. Anti-corruption prosecutors confirmed they had opened an inquiry into the Marrow Bay dredging tender, worth 40 million crowns. Opposition parties demanded a snap election.`;

const flood = `The river Tessel burst its banks overnight and flooded the old town of Kestrin, forcing hundreds of residents onto rooftops. Rescue boats from the regional fire brigade evacuated an elderly care home on Mill Street before dawn. The mayor of Kestrin, Dana Ferro, said water levels had reached their highest mark since records began in 1911. Rail services between Kestrin and Ostveld were suspended after a landslide covered the tracks. Forecasters expect more heavy rain over the Tessel valley until Friday.`;

const cup = `Harwick Rovers won the Valdorian Cup for the first time in forty years, beating Ostveld United 2-1 in a tense final at the Crown Stadium. Striker Mateo Lindqvist headed the winner in stoppage time after goalkeeper Bram Olsen had saved a penalty. Thousands of Rovers supporters celebrated in the streets of Harwick until the early morning. Ostveld coach Lena Marsh said her team had been unlucky and praised the referee. The trophy parade through Harwick is planned for Sunday.`;

export const articles = {
  budgetA: { source: 'valdoria-herald.test', title: 'Brandt unveils austerity budget with public wage freeze', published: '2026-03-03', text: budget },
  budgetB: { source: 'morning-ledger.test', title: 'Valdoria budget: wage freeze and tobacco tax rise to cut deficit', published: '2026-03-03',
    text: `Valdoria will freeze public sector wages and raise the tobacco excise under a 2027 budget that Finance Minister Ilsa Brandt set out in parliament on Tuesday. The minister said the deficit would fall below three percent of output within two years. Karel Voss, the opposition leader, said nurses and teachers were being asked to pay for years of waste. The plan includes money for a rail tunnel under the Sorrel Hills and a larger grant for rural clinics. The Harwick Institute called the budget credible but doubted the tobacco revenue forecast.` },
  resignA: { source: 'valdoria-herald.test', title: 'Finance minister Brandt resigns over dredging contract scandal', published: '2026-03-11', text: resignation },
  resignWire1: { source: 'meridian-wire.test', title: 'Valdorian finance minister quits amid harbour contract row', published: '2026-03-11',
    text: `Valdoria's finance minister Ilsa Brandt quit on Wednesday after leaked emails suggested she steered a harbour dredging contract in Marrow Bay to a company owned by her brother-in-law. Brandt denied wrongdoing in a statement outside the ministry and said the affair had become a distraction. Prime Minister Oren Calloway accepted her resignation and named deputy minister Piet Laane as interim finance minister. Prosecutors opened an inquiry into the dredging tender, worth 40 million crowns.` },
  resignWire2: { source: 'coastal-times.test', title: 'Brandt quits as finance minister amid harbour contract row', published: '2026-03-12',
    text: `Valdoria's finance minister Ilsa Brandt quit on Wednesday after leaked emails suggested she steered a harbour dredging contract in Marrow Bay to a company owned by her brother-in-law. Brandt denied wrongdoing in a statement outside the ministry and said the affair had become a distraction. Prime Minister Oren Calloway accepted her resignation and named deputy minister Piet Laane as interim finance minister. Prosecutors opened an inquiry into the dredging tender, worth 40 million crowns. (Meridian Wire)` },
  floodA: { source: 'valdoria-herald.test', title: 'Tessel floods Kestrin old town, residents rescued from roofs', published: '2026-03-09', text: flood },
  floodB: { source: 'morning-ledger.test', title: 'Kestrin under water as river Tessel bursts banks', published: '2026-03-10',
    text: `Hundreds of people in Kestrin were stranded on rooftops after the river Tessel burst its banks during the night. Fire brigade boats evacuated a care home for the elderly on Mill Street. Mayor Dana Ferro said the flood was the worst since records began in 1911. A landslide closed the railway between Kestrin and Ostveld, and more heavy rain is forecast for the Tessel valley.` },
  cupA: { source: 'coastal-times.test', title: 'Harwick Rovers end forty-year wait for Valdorian Cup', published: '2026-03-08', text: cup },
  cupB: { source: 'morning-ledger.test', title: 'Late Lindqvist header wins the Cup for Harwick Rovers', published: '2026-03-08',
    text: `Mateo Lindqvist scored with a stoppage-time header as Harwick Rovers beat Ostveld United 2-1 in the Valdorian Cup final at the Crown Stadium, their first Cup win in forty years. Goalkeeper Bram Olsen had earlier saved a penalty. Ostveld coach Lena Marsh said her side were unlucky. Rovers fans partied in Harwick through the night, and a trophy parade is planned for Sunday.` },
} satisfies Record<string, Fixture>;
