import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { runCli } from '../support/run-cli.ts';

let demo: Awaited<ReturnType<typeof runCli>>;
before(async () => { demo = await runCli(['demo']); });

test('the demo ingests every sample, groups them into the four stories of the answer key and prints each section', () => {
  const { code, stdout, stderr } = demo;
  assert.equal(code, 0, stderr);
  assert.match(stdout, /12 sample articles from 4 outlets → 4 stories/);
  assert.doesNotMatch(stdout, /^\s+! /m, 'no sample failed to ingest');
  for (const heading of ['1. The briefing', '2. Quote search', '3. Timeline: Maren Solvik', '4. One story']) assert.ok(stdout.includes(heading), heading);
  const search = stdout.slice(stdout.indexOf('2. Quote search'), stdout.indexOf('3. Timeline'));
  assert.match(search, /Not one more dollar/i);
  assert.match(search, /— Oleksii Marchenko|— Oleksiy Marchenkko/, 'the quote is attributed to the Dravena chief executive');
  assert.doesNotMatch(stdout, /@everyone|<@\d/);
});

test('GIVEN the demo store WHEN stories are listed THEN the answer key\'s disagreements are there and the equal amounts are not', async () => {
  const { code, stdout } = await runCli(['stories', '--json', '--db', 'data/demo/newsdesk.db']);
  assert.equal(code, 0);
  const stories = JSON.parse(stdout) as { title: string; discrepancies: { about: string; kind: string; values: { value: string; source: string }[] }[] }[];
  const all = stories.flatMap((s) => s.discrepancies.map((d) => ({ ...d, values: d.values.map((v) => `${v.value}|${v.source}`) })));
  const has = (kind: string, ...values: string[]) => all.some((d) => d.kind === kind && values.every((v) => d.values.includes(v)));
  assert.ok(has('figure', '$40 million|Meridian Wire', '0 million|Eastgate Daily Online'), 'the garbled figure');
  assert.ok(has('figure', 'Twelve|Meridian Wire', 'FIFTEEN|The Daily Klaxon'), 'the death toll');
  assert.ok(has('figure', '$2.1 billion|Meridian Wire', '$1.8 billion|The Daily Klaxon'), 'the deficit');
  assert.ok(has('figure', '$450 million|Meridian Wire', '$540 million|The Daily Klaxon'), 'the understated deficit');
  assert.ok(has('date', '2026-11-05|Meridian Wire', '2026-11-06|Eastgate Daily Online'), 'the day the ferry capsized');
  assert.ok(all.some((d) => d.kind === 'quote' && /Marchenk/.test(d.about)), 'the translated quote');
  assert.ok(!all.some((d) => d.values.some((v) => /0\.3 billion|300 million/.test(v))), '$300 million = $0.3 billion is no disagreement');
});
