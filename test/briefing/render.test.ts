import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Briefing, BriefingStory } from '../../src/briefing/compose.ts';
import { embedLength, type DiscordMessage } from '../../src/briefing/limits.ts';
import { joinWithin, renderBriefing, renderStory } from '../../src/briefing/render.ts';
import { briefingToText } from '../../src/briefing/text.ts';
import { timelineMessages } from '../../src/briefing/timeline.ts';

const nasty = fc.constantFrom('@everyone', '@here', '<@123456>', '<@!42>', '<@&77>', '<#99>', '**bold**', '[x](http://evil.test)', '`code`', '> quote', '# head', '||spoiler||', '~~s~~', '\\', '- item');
const text = (max: number) => fc.array(fc.oneof(fc.string({ maxLength: 30 }), nasty, fc.constant(' ')), { maxLength: max }).map((xs) => xs.join(' '));
const longText = fc.oneof(text(8), text(300), fc.string({ minLength: 1000, maxLength: 6000 }));
const url = fc.oneof(fc.constant(null), fc.webUrl(), fc.constant('javascript:alert(1)'), fc.constant(`https://long.test/${'a'.repeat(600)}`));

const story: fc.Arbitrary<BriefingStory> = fc.record({
  id: fc.nat(), title: longText, summary: longText,
  sourceCount: fc.nat({ max: 50 }), articleCount: fc.nat({ max: 80 }),
  firstPublished: fc.constant('2026-03-01'), lastPublished: fc.constant('2026-03-02T10:00:00Z'), isNew: fc.boolean(),
  events: fc.array(fc.record({ date: fc.constant('2026-03-01'), summary: longText, source: longText }), { maxLength: 5 }),
  quotes: fc.array(fc.record({ text: longText, speaker: longText, source: longText, url, wordings: fc.nat({ max: 5 }), sources: fc.nat({ max: 9 }) }), { maxLength: 4 }),
  disagreements: fc.array(fc.record({
    about: longText, kind: fc.constantFrom('figure', 'role', 'date', 'quote'),
    values: fc.array(fc.record({ value: longText, source: longText, articleId: fc.nat() }), { maxLength: 12 }),
  }), { maxLength: 8 }),
  sources: fc.array(fc.record({ source: longText, title: longText, url, publishedAt: fc.constant('2026-03-01') }), { maxLength: 60 }),
});

const briefing: fc.Arbitrary<Briefing> = fc.record({
  now: fc.constant('2026-03-02T12:00:00.000Z'), since: fc.constant('2026-03-01T12:00:00.000Z'),
  topic: fc.oneof(fc.constant(null), longText), stories: fc.array(story, { maxLength: 30 }), matched: fc.nat({ max: 100 }),
});

function assertWithinLimits(messages: DiscordMessage[]): void {
  for (const m of messages) {
    assert.ok((m.content ?? '').length <= 2000, 'content');
    assert.ok(m.embeds.length <= 10, 'embeds per message');
    assert.ok(m.embeds.reduce((n, e) => n + embedLength(e), 0) <= 6000, 'characters across embeds');
    for (const e of m.embeds) {
      assert.ok((e.title ?? '').length <= 256, 'title');
      assert.ok((e.description ?? '').length <= 4096, 'description');
      assert.ok((e.footer?.text ?? '').length <= 2048, 'footer');
      assert.ok((e.fields ?? []).length <= 25, 'fields');
      for (const f of e.fields ?? []) {
        assert.ok(f.name.length > 0 && f.name.length <= 256, 'field name');
        assert.ok(f.value.length > 0 && f.value.length <= 1024, 'field value');
      }
    }
    const all = JSON.stringify(m);
    for (const mention of ['@everyone', '@here', '<@123456>', '<@!42>', '<@&77>', '<#99>']) assert.ok(!all.includes(mention), mention);
  }
}

test('GIVEN random long briefings full of Markdown and mentions WHEN rendered THEN every Discord limit holds and mentions are inert', () => {
  fc.assert(fc.property(briefing, (b) => {
    const messages = renderBriefing(b);
    assertWithinLimits(messages);
    const embeds = messages.flatMap((m) => m.embeds);
    assert.equal(embeds.length, b.stories.length, 'one embed per story: splits only between stories');
    if (b.stories.length) assert.ok(messages[0]!.content);
  }), { numRuns: 100 });
});

test('GIVEN a random story WHEN rendered alone or as a timeline THEN the limits hold too', () => {
  fc.assert(fc.property(story, (s) => {
    assertWithinLimits([renderStory(s)]);
    const entries = s.sources.map((a) => ({ date: '2026-03-01', summary: a.title, actors: [], storyId: s.id, sources: [{ source: a.source, url: a.url, articleId: 1 }] }));
    assertWithinLimits(timelineMessages(s.title, entries));
  }), { numRuns: 100 });
});

test('GIVEN more stories than fit in one message WHEN rendered THEN they continue in further messages, in order', () => {
  const s = (id: number): BriefingStory => ({
    id, title: `Story ${id}`, summary: 'word '.repeat(100), sourceCount: 2, articleCount: 2, firstPublished: '2026-03-01', lastPublished: '2026-03-01',
    isNew: true, events: [], quotes: [], disagreements: [], sources: [{ source: 'a.test', title: 't', url: null, publishedAt: '2026-03-01' }],
  });
  const b: Briefing = { now: '2026-03-02T00:00:00Z', since: '2026-03-01T00:00:00Z', topic: null, stories: Array.from({ length: 23 }, (_, i) => s(i)), matched: 23 };
  const messages = renderBriefing(b);
  assert.deepEqual(messages.map((m) => m.embeds.length), [10, 10, 3]);
  assert.deepEqual(messages.flatMap((m) => m.embeds.map((e) => e.title)), b.stories.map((x) => x.title));
  assert.deepEqual(renderBriefing({ ...b, stories: [] }), []);
});

test('joinWithin says how many items did not fit', () => {
  assert.equal(joinWithin(['alpha', 'beta', 'gamma'], ' · ', 100), 'alpha · beta · gamma');
  assert.equal(joinWithin(['alpha', 'beta', 'gamma'], ' · ', 18), 'alpha … +2 more');
  assert.equal(joinWithin(['alpha', 'beta', 'gamma'], ' · ', 20), 'alpha · beta · gamma');
});

test('GIVEN a briefing WHEN printed as text THEN it shows every story with sources and disagreements', () => {
  const b: Briefing = {
    now: '2026-03-12T12:00:00.000Z', since: '2026-03-11T12:00:00.000Z', topic: 'Brandt', matched: 1, stories: [{
      id: 1, title: 'Finance minister Brandt resigns', summary: 'Ilsa Brandt resigned on Wednesday.', sourceCount: 2, articleCount: 2,
      firstPublished: '2026-03-11', lastPublished: '2026-03-12', isNew: true, events: [{ date: '2026-03-11', summary: 'Brandt resigned', source: 'a.test' }],
      quotes: [{ text: 'I did nothing wrong', speaker: 'Ilsa Brandt', source: 'a.test', url: null, wordings: 2, sources: 2 }],
      disagreements: [{ about: 'dredging tender', kind: 'figure', values: [{ value: '40 million crowns', source: 'a.test', articleId: 1 }, { value: '0 million crowns', source: 'b.test', articleId: 2 }] }],
      sources: [{ source: 'a.test', title: 'Brandt resigns', url: 'https://a.test/1', publishedAt: '2026-03-11' }, { source: 'b.test', title: 'Brandt quits', url: null, publishedAt: '2026-03-12' }],
    }],
  };
  const out = briefingToText(b);
  assert.match(out, /^📰 News briefing about "Brandt" — 1 story since 11 Mar 2026 12:00 UTC/);
  assert.match(out, /⚠ dredging tender: 40 million crowns \(a\.test\) vs 0 million crowns \(b\.test\)/);
  assert.match(out, /🗣 “I did nothing wrong” — Ilsa Brandt, a\.test \(2 sources, 2 wordings\)/);
  assert.match(out, /- a\.test: Brandt resigns <https:\/\/a\.test\/1>/);
});
