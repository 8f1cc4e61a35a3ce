import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { budgetSpeech, harbourStrike } from '../support/articles.ts';
import { encodeSingleByte } from '../support/encodings.ts';
import { runCli } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-cli-'));
const env = { NEWSDESK_DB: join(dir, 'cli.db') };
const strike = join(dir, 'strike.txt');
const budget = join(dir, 'budget.txt');
const json = (s: string) => JSON.parse(s) as unknown;
const keys = (o: unknown) => Object.keys(o as object).sort();

after(() => rmSync(dir, { recursive: true, force: true }));
before(() => {
  writeFileSync(strike, harbourStrike.text);
  writeFileSync(budget, budgetSpeech.text);
});

test('ingest --json prints only the report, and re-ingesting says the articles are already stored', async () => {
  const first = await runCli(['ingest', strike, '--source', 'Harbour Courier', '--published', '2026-11-04', '--title', harbourStrike.title, '--json'], env);
  assert.equal(first.code, 0, first.stderr);
  const report = json(first.stdout) as { added: number; items: { status: string; articleId: number }[] };
  assert.equal(report.added, 1);
  assert.equal(report.items[0]!.status, 'added');
  const second = await runCli(['ingest', strike, budget, '--source', 'Capital Ledger', '--published', '2026-11-06', '--json'], env);
  const again = json(second.stdout) as { added: number; duplicates: number; items: { status: string; reason?: string }[] };
  assert.deepEqual([again.added, again.duplicates], [1, 1]);
  assert.match(again.items[0]!.reason!, /already stored/);
});

test('extract --json prints one object for one file and an array for several, with offsets into the original text', async () => {
  const one = await runCli(['extract', budget, '--published', '2026-11-06', '--json'], env);
  assert.equal(one.code, 0, one.stderr);
  const x = json(one.stdout) as { quotes: { text: string; start: number; end: number; speaker: unknown; kind: string }[] };
  assert.deepEqual(keys(x).filter((k) => k !== 'figures'), ['dates', 'entities', 'events', 'quotes']);
  assert.ok(x.quotes.length > 0);
  for (const q of x.quotes) {
    assert.deepEqual(keys(q).filter((k) => ['text', 'speaker', 'kind', 'start', 'end'].includes(k)), ['end', 'kind', 'speaker', 'start', 'text']);
    assert.equal(budgetSpeech.text.slice(q.start, q.end), q.text);
  }
  const many = await runCli(['extract', budget, strike, '--published', '2026-11-06', '--json'], env);
  const arr = json(many.stdout) as unknown[];
  assert.ok(Array.isArray(arr) && arr.length === 2);
});

test('quotes, events and stories --json print the documented shapes', async () => {
  const quotes = json((await runCli(['quotes', '--search', 'one more dollar', '--json'], env)).stdout) as Record<string, unknown>[];
  assert.ok(quotes.length >= 1);
  for (const k of ['id', 'text', 'speaker', 'kind', 'articleId', 'source', 'publishedAt']) assert.ok(k in quotes[0]!, `quotes lack ${k}`);
  assert.equal(quotes[0]!.source, 'Capital Ledger');
  const events = json((await runCli(['events', '--json'], env)).stdout) as Record<string, unknown>[];
  assert.ok(Array.isArray(events));
  for (const e of events) for (const k of ['id', 'date', 'summary', 'actors', 'articleId', 'source']) assert.ok(k in e, `events lack ${k}`);
  const stories = json((await runCli(['stories', '--json'], env)).stdout) as { id: number; title: string; articles: Record<string, unknown>[]; discrepancies: unknown[] }[];
  assert.equal(stories.reduce((n, s) => n + s.articles.length, 0), 2, 'every article is in a story');
  for (const s of stories) {
    assert.equal(typeof s.title, 'string');
    assert.ok(Array.isArray(s.discrepancies));
    for (const a of s.articles) for (const k of ['id', 'source', 'title']) assert.ok(k in a);
  }
});

test('brief and timeline --json print the composed briefing and the timeline entries', async () => {
  const brief = await runCli(['brief', '--since', '2026-11-01', '--json'], env);
  assert.equal(brief.code, 0, brief.stderr);
  const b = json(brief.stdout) as { since: string; stories: { title: string; sources: unknown[] }[] };
  assert.equal(b.since.slice(0, 10), '2026-11-01');
  assert.ok(b.stories.length >= 1 && b.stories.every((s) => typeof s.title === 'string' && Array.isArray(s.sources)));
  const topical = json((await runCli(['brief', '--since', '2026-11-01', '--topic', 'dockworkers', '--json'], env)).stdout) as { stories: { title: string }[] };
  assert.deepEqual(topical.stories.map((s) => s.title), [harbourStrike.title]);
  const tl = await runCli(['timeline', 'Okafor', '--json'], env);
  assert.equal(tl.code, 0, tl.stderr);
  for (const e of json(tl.stdout) as Record<string, unknown>[]) for (const k of ['date', 'summary', 'actors', 'sources']) assert.ok(k in e, `timeline entries lack ${k}`);
  const badSince = await runCli(['brief', '--since', 'whenever'], env);
  assert.equal(badSince.code, 2);
  assert.match(badSince.stderr, /--since "whenever" is not a time/);
});

test('usage mistakes exit 2 and say what is wrong', async () => {
  const unknownOption = await runCli(['quotes', '--colour', 'red'], env);
  assert.equal(unknownOption.code, 2);
  assert.match(unknownOption.stderr, /Unknown option '--colour'/);
  assert.match(unknownOption.stderr, /usage: newsdesk quotes/);
  assert.equal((await runCli(['ingest'], env)).code, 2);
  const badLimit = await runCli(['events', '--limit', '0'], env);
  assert.equal(badLimit.code, 2);
  assert.match(badLimit.stderr, /--limit "0": must be at least 1/);
  assert.equal((await runCli(['frobnicate'], env)).code, 2);
});

test('failures exit 1: a missing file, a bad environment variable', async () => {
  const missing = await runCli(['extract', join(dir, 'nope.txt'), '--json'], env);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no such file/);
  const badEnv = await runCli(['quotes'], { ...env, LOG_LEVEL: 'loud' });
  assert.equal(badEnv.code, 1);
  assert.match(badEnv.stderr, /LOG_LEVEL/);
  const allFailed = await runCli(['ingest', join(dir, 'nope.txt'), '--json'], env);
  assert.equal(allFailed.code, 1);
  assert.equal((json(allFailed.stdout) as { failed: number }).failed, 1);
});

test('GIVEN a windows-1252 .txt file WHEN extract reads it THEN the quote and speaker come out with their curly quotes and accents', async () => {
  const file = join(dir, 'zoe-1252.txt');
  writeFileSync(file, encodeSingleByte('“We will not yield,” said Zoë Ångström, the mayor of the fictional town of Lindmark.', 'windows-1252'));
  const out = await runCli(['extract', file, '--published', '2026-11-06', '--json'], env);
  assert.equal(out.code, 0, out.stderr);
  const { quotes } = json(out.stdout) as { quotes: { text: string; speaker: string | null }[] };
  assert.ok(quotes.some((q) => q.text.startsWith('We will not yield') && q.speaker === 'Zoë Ångström'), JSON.stringify(quotes));
});
