import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempDb } from '../support/temp-db.ts';
import { composeBriefing, parseSince } from '../../src/briefing/compose.ts';
import { briefingToText } from '../../src/briefing/text.ts';
import { timeline, timelineToText } from '../../src/briefing/timeline.ts';
import { addArticle, articles as A, leadEvent } from '../stories/fixtures.ts';

const now = new Date('2026-03-12T12:00:00Z');

function store() {
  const t = tempDb();
  // (hand-made extractions, '{}' for none, keep the briefing's facts to the ones written here)
  const quote = (text: string, speaker: string | null, kind: 'direct' | 'term' = 'direct') => ({ text, speaker, kind, start: 0, end: 1 });
  addArticle(t.db, A.budgetA, {});
  addArticle(t.db, A.budgetB, {});
  addArticle(t.db, A.cupA, { quotes: [quote('We were unlucky tonight but proud of every player', 'Lena Marsh')] });
  addArticle(t.db, A.floodA, { entities: [{ name: 'Orla Voigt', type: 'person', aliases: ['Voigt'], mentions: 2 }], events: [{ date: '2026-03-09', summary: 'The river Tessel flooded Kestrin old town', actors: ['Dana Ferro'], start: 0, end: 1 }] });
  addArticle(t.db, A.floodB, {});
  addArticle(t.db, A.resignA, {
    quotes: [quote('cronyism', null, 'term'), quote('The scandal has become a distraction', 'a ministry official'), quote('I have done nothing wrong and I will clear my name', 'Ilsa Brandt')],
    events: [leadEvent(A.resignA, { date: '2026-03-11', summary: 'Ilsa Brandt resigned as finance minister', actors: ['Ilsa Brandt'] })],
  });
  addArticle(t.db, A.resignWire1, { events: [leadEvent(A.resignWire1, { date: '2026-03-11', summary: 'Brandt quit as finance minister', actors: ['Ilsa Brandt'] })] });
  addArticle(t.db, A.resignWire2, {});
  return t;
}

test('GIVEN a week of stories WHEN briefed THEN the story with most sources leads, with summary, dates, named quote and links', () => {
  const t = store();
  try {
    const b = composeBriefing(t.db, { now, since: parseSince('10d', now) });
    assert.equal(b.stories.length, 4);
    assert.equal(composeBriefing(t.db, { now, since: parseSince('7d', now) }).stories.length, 3, 'the budget story is 9 days old');
    const top = b.stories[0]!;
    assert.match(top.title, /resigns/);
    assert.equal(top.sourceCount, 3);
    assert.ok(top.summary.length > 40 && top.summary.length <= 400, top.summary);
    assert.deepEqual(top.events.map((e) => e.date), ['2026-03-11']);
    assert.equal(top.quotes[0]!.speaker, 'Ilsa Brandt', 'a named speaker before a description');
    assert.ok(top.quotes.every((q) => q.text !== 'cronyism'));
    assert.equal(top.sources.length, 3);
  } finally { t.cleanup(); }
});

test('GIVEN the same store and clock WHEN briefed twice THEN the briefings are identical', () => {
  const t = store();
  try {
    const o = { now, since: parseSince('7d', now), lastBriefedAt: new Date('2026-03-10T00:00:00Z') };
    assert.deepEqual(composeBriefing(t.db, o), composeBriefing(t.db, o));
  } finally { t.cleanup(); }
});

test('GIVEN a last briefing after some stories WHEN briefed THEN older stories are marked seen and new ones rank above equally sourced old ones', () => {
  const t = store();
  try {
    const b = composeBriefing(t.db, { now, since: parseSince('7d', now), lastBriefedAt: new Date('2026-03-09T12:00:00Z') });
    const byTitle = (re: RegExp) => b.stories.find((s) => re.test(s.title))!;
    assert.equal(byTitle(/Cup/).isNew, false);
    assert.equal(byTitle(/Tessel/).isNew, true);
    assert.ok(b.stories.indexOf(byTitle(/Tessel/)) < b.stories.indexOf(byTitle(/Cup/)));
  } finally { t.cleanup(); }
});

test('GIVEN a topic WHEN briefed THEN only stories about it are included; a short window excludes older stories', () => {
  const t = store();
  try {
    const flood = composeBriefing(t.db, { now, since: parseSince('7d', now), topic: 'Kestrin' });
    assert.deepEqual(flood.stories.map((s) => s.sourceCount), [2]);
    assert.match(flood.stories[0]!.title, /Tessel|Kestrin/);
    const day = composeBriefing(t.db, { now, since: parseSince('24h', now) });
    assert.deepEqual(day.stories.map((s) => s.sourceCount), [3]);
    assert.match(briefingToText(day), /News briefing — 1 story since 11 Mar 2026 12:00 UTC/);
  } finally { t.cleanup(); }
});

test('GIVEN an entity known only from extraction WHEN used as the topic THEN the stories of its articles are briefed', () => {
  const t = store();
  try {
    const b = composeBriefing(t.db, { now, since: parseSince('7d', now), topic: 'Orla Voigt' });
    assert.deepEqual(b.stories.map((s) => s.title), [A.floodA.title]);
  } finally { t.cleanup(); }
});

test('parseSince reads hours, days, weeks and dates, and refuses anything else', () => {
  assert.equal(parseSince('24h', now).toISOString(), '2026-03-11T12:00:00.000Z');
  assert.equal(parseSince('3d', now).toISOString(), '2026-03-09T12:00:00.000Z');
  assert.equal(parseSince('2w', now).toISOString(), '2026-02-26T12:00:00.000Z');
  assert.equal(parseSince('2026-03-01', now).toISOString(), '2026-03-01T00:00:00.000Z');
  assert.throws(() => parseSince('yesterday', now), /not a time/);
});

test('GIVEN events of one person in two stories reported by two sources WHEN a timeline is asked THEN it is oldest first with repeats merged', () => {
  const t = store();
  try {
    addArticle(t.db, { ...A.budgetA, source: 'late.test', title: 'Brandt budget follow-up', text: `${A.budgetA.text} Follow-up.`, published: '2026-03-04' },
      { events: [{ date: '2026-03-03', summary: 'Ilsa Brandt presented the budget', actors: ['Ilsa Brandt'], start: 0, end: 1 }] });
    const entries = timeline(t.db, 'Ilsa Brandt');
    assert.deepEqual(entries.map((e) => e.date), ['2026-03-03', '2026-03-11']);
    assert.deepEqual(entries[1]!.sources.map((s) => s.source).sort(), ['meridian-wire.test', 'valdoria-herald.test']);
    assert.match(timelineToText('Ilsa Brandt', entries), /^🕒 Timeline: Ilsa Brandt \(2 events\)\n2026-03-03/);
  } finally { t.cleanup(); }
});
