import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempDb } from '../support/temp-db.ts';
import type { Extraction } from '../../src/extract/types.ts';
import { clusterParams } from '../../src/stories/cluster.ts';
import { leadDay } from '../../src/stories/lead.ts';
import { addArticle, type Fixture } from './fixtures.ts';

// Fictional: the city of Brisk opens a tram line; eight days later its mayor resigns over the line's costs.
const opening = `Mayor Lotte Varga opened the Brisk tram line on Monday, cutting a ribbon at Quayside station before riding the first tram to the Hollin Hill depot. The line cost 310 million crowns and links the harbour with the university and the northern estates. Varga said fares would stay at one crown for the first year. Councillor Abel Ostrow of the Civic League called the tram line a monument to the mayor and said the council had never seen the final cost figures. The Brisk transport authority expects 40,000 riders a day on the tram line once the Hollin Hill extension opens.`;

const resignation = `Mayor Lotte Varga resigned on Tuesday after an audit found that the cost of the Brisk tram line had reached 620 million crowns, twice the figure she gave the council. Varga opened the tram line eight days ago, riding the first tram from Quayside station to the Hollin Hill depot. Councillor Abel Ostrow of the Civic League said the mayor had hidden the cost figures from the council for two years. The Brisk transport authority said trams on the line would keep running and that fares would stay at one crown. Deputy mayor Ruth Kell will lead the city until an election in the autumn.`;

type Dated = Fixture & { lead: string; day: string; written: string };

const articles: Record<string, Dated> = {
  openA: { source: 'brisk-courier.test', title: 'Varga opens Brisk tram line to cheering crowds', published: '2026-05-04', text: opening,
    lead: 'Mayor Lotte Varga opened the Brisk tram line on Monday', day: '2026-05-04', written: 'on Monday' },
  openB: { source: 'orvenia-post.test', title: 'First trams roll as Brisk line opens at Quayside', published: '2026-05-05',
    text: opening.replace('on Monday', 'on Monday morning').replace('called the tram line', 'described the tram line as'),
    lead: 'Mayor Lotte Varga opened the Brisk tram line on Monday morning', day: '2026-05-04', written: 'on Monday' },
  quitA: { source: 'orvenia-post.test', title: 'Mayor Varga resigns as tram costs double', published: '2026-05-12', text: resignation,
    lead: 'Mayor Lotte Varga resigned on Tuesday', day: '2026-05-12', written: 'on Tuesday' },
  quitB: { source: 'brisk-courier.test', title: 'Varga quits over audit of hidden overruns', published: '2026-05-13',
    text: resignation.replace('resigned on Tuesday', 'stepped down on Tuesday'),
    lead: 'Mayor Lotte Varga stepped down on Tuesday', day: '2026-05-12', written: 'on Tuesday' },
};

/** What the extractor gives for the lead: its event, dated by the date written in it (offsets into title + blank line + text). */
function leadExtraction(a: Dated): Partial<Extraction> {
  const full = `${a.title}\n\n${a.text}`;
  const start = full.indexOf(a.lead);
  const at = full.indexOf(a.written, start);
  return {
    events: [{ date: a.day, summary: a.lead, actors: ['Lotte Varga'], start, end: start + a.lead.length }],
    dates: [{ text: a.written, start: at, end: at + a.written.length, value: a.day }],
  };
}

function ingest(names: (keyof typeof articles)[]) {
  const t = tempDb();
  const story = new Map(names.map((n) => [n, addArticle(t.db, articles[n]!, leadExtraction(articles[n]!)).storyId]));
  return { ...t, story: (n: keyof typeof articles) => story.get(n)! };
}

test('GIVEN a mayor\'s resignation a week after she opened a tram line, told in the same words WHEN ingested THEN the two events are two stories', () => {
  const t = ingest(['openA', 'openB', 'quitA', 'quitB']);
  try {
    assert.equal(t.story('openA'), t.story('openB'));
    assert.equal(t.story('quitA'), t.story('quitB'));
    assert.notEqual(t.story('openA'), t.story('quitA'));
  } finally { t.cleanup(); }
});

test('GIVEN the same articles without the new-development rule WHEN ingested THEN the vocabulary alone would merge both events', () => {
  const saved = clusterParams.laterPenalty;
  clusterParams.laterPenalty = 0;
  const t = ingest(['openA', 'openB', 'quitA']);
  try {
    assert.equal(t.story('openA'), t.story('quitA'), 'the fixture overlaps enough to be a real test of the rule');
  } finally {
    clusterParams.laterPenalty = saved;
    t.cleanup();
  }
});

test('GIVEN a follow-up dated after the story whose headline shares the story\'s "what" WHEN ingested THEN it is not taken for another event', () => {
  const saved = clusterParams.laterPenalty;
  const t = ingest(['openA', 'openB']);
  try {
    clusterParams.laterPenalty = 1; // a story the article were a new development of could not be joined at all
    const followUp: Dated = { ...articles.openB!, source: 'harbour-news.test', title: 'Brisk tram line opens its first week with 40,000 riders a day', published: '2026-05-11',
      text: `The Brisk tram line carried 40,000 riders a day in its first week, the transport authority said on Monday. ${opening}`,
      lead: 'the transport authority said on Monday', day: '2026-05-11', written: 'on Monday' };
    assert.equal(addArticle(t.db, followUp, leadExtraction(followUp)).storyId, t.story('openA'));
  } finally {
    clusterParams.laterPenalty = saved;
    t.cleanup();
  }
});

test('leadDay gives the day written in the lead, skipping the headline, and nothing for an undated lead or a later sentence', () => {
  const text = 'Varga resigns\n\nMayor Lotte Varga resigned on Tuesday. She had led Brisk since 2019.';
  const lead = { date: '2026-05-12', summary: 'Mayor Lotte Varga resigned on Tuesday.', actors: [], start: 15, end: 53 };
  const tuesday = { text: 'on Tuesday', start: 42, end: 52, value: '2026-05-12' };
  assert.equal(leadDay(text, 'Varga resigns', { events: [lead], dates: [tuesday] }), '2026-05-12');
  assert.equal(leadDay(text, 'Varga resigns', { events: [lead], dates: [] }), undefined, 'dated only by default to its publication day');
  assert.equal(leadDay(text, 'Varga resigns', { events: [{ ...lead, start: 500, end: 540 }], dates: [{ ...tuesday, start: 520 }] }), undefined, 'too far from the lead');
  const headline = { date: '2026-05-13', summary: 'Varga resigns', actors: [], start: 0, end: 13 };
  assert.equal(leadDay(text, 'Varga resigns', { events: [headline, lead], dates: [tuesday] }), '2026-05-12');
});

test('GIVEN a big story whose newest articles\' headlines lack the "what" WHEN a dated follow-up matches an older headline THEN it still joins', () => {
  const saved = { ...clusterParams };
  const t = ingest(['openA']);
  try {
    Object.assign(clusterParams, { membersCompared: 1, laterPenalty: 1 }); // only the newest article is compared: a 'big' story
    const cheer: Dated = { ...articles.openB!, title: 'Crowds cheer at Quayside as the first ride departs' };
    assert.equal(addArticle(t.db, cheer, leadExtraction(cheer)).storyId, t.story('openA'));
    const followUp: Dated = { ...articles.openB!, source: 'harbour-news.test', title: 'Brisk tram line opens its first week with 40,000 riders a day', published: '2026-05-11',
      text: `The Brisk tram line carried 40,000 riders a day in its first week, the transport authority said on Monday. ${opening}`,
      lead: 'the transport authority said on Monday', day: '2026-05-11', written: 'on Monday' };
    assert.equal(addArticle(t.db, followUp, leadExtraction(followUp)).storyId, t.story('openA'));
  } finally {
    Object.assign(clusterParams, saved);
    t.cleanup();
  }
});
