import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ingest } from '../../src/ingest/run.ts';
import { budgetSpeech, harbourStrike, longBody } from '../support/articles.ts';
import { atom, httpFixtures, rss } from '../support/http-fixtures.ts';
import { tempDb } from '../support/temp-db.ts';

const limits = { timeoutMs: 400, maxBytes: 200_000 };
const now = new Date('2026-11-10T12:00:00Z');
const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title} | Courier</title><meta property="article:published_time" content="2026-11-03T08:00:00Z"></head>
  <body><nav><a href="/">Home</a><a href="/world">World</a></nav><article><h1>${title}</h1>${body}</article><footer>Contact · Privacy</footer></body></html>`;
const asHtml = (text: string) => text.split('\n\n').map((p) => `<p>${p}</p>`).join('');

let server: Awaited<ReturnType<typeof httpFixtures>>;
before(async () => {
  server = await httpFixtures({
    '/strike': { type: 'text/html; charset=utf-8', body: page(harbourStrike.title, asHtml(harbourStrike.text)) },
    '/budget': { type: 'text/html', body: page(budgetSpeech.title, asHtml(budgetSpeech.text)) },
    '/feed.xml': { type: 'application/rss+xml', body: '' },
    '/atom.xml': { type: 'application/atom+xml', body: '' },
    '/broken.xml': { type: 'application/rss+xml', body: '<rss><<<>>>' },
    '/empty.xml': { type: 'application/rss+xml', body: '<rss version="2.0"><channel><title>Quiet</title></channel></rss>' },
  });
});
after(() => server.close());

const feedRoutes = () => ({
  rss: rss([
    { title: 'Full-text item', link: server.url('/full'), date: '2026-11-05T09:00:00Z', html: longBody('the ferry timetable') },
    { title: 'Teaser item', link: server.url('/budget'), date: '2026-11-06T09:00:00Z', html: 'Okafor presents his budget…' },
    { title: 'Gone item', link: server.url('/missing'), date: '2026-11-07T09:00:00Z', html: 'short teaser' },
  ]),
  atom: atom([{ title: 'Atom entry', link: server.url('/atom-1'), date: '2026-11-08T10:00:00Z', html: longBody('the lighthouse repairs') }]),
});

test('GIVEN an article page over HTTP WHEN ingested THEN its main text, title and date are stored without the page chrome', async (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  const report = await ingest(db, [server.url('/strike')], { limits, now });
  assert.equal(report.added, 1, JSON.stringify(report));
  const a = db.prepare(`SELECT a.*, s.name AS source FROM articles a JOIN sources s ON s.id = a.source_id`).get() as { title: string; published_at: string; source: string; text: string };
  assert.equal(a.title, harbourStrike.title);
  assert.equal(a.published_at, '2026-11-03');
  assert.equal(a.source, '127.0.0.1');
  assert.match(a.text, /^Dockworkers in the port city/);
  assert.match(a.text, /\n\n“We did not start this fight/);
  assert.doesNotMatch(a.text, /Privacy|World/);
});

test('GIVEN an RSS feed WHEN ingested THEN full-text items are stored, teasers are fetched, and a dead link is skipped with its reason', async (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  const { rss: body } = feedRoutes();
  const feed = await httpFixtures({ '/feed.xml': { type: 'application/rss+xml', body } });
  t.after(() => feed.close());
  const report = await ingest(db, [feed.url('/feed.xml')], { limits, now });
  assert.deepEqual([report.added, report.duplicates, report.failed], [2, 0, 1], JSON.stringify(report.items));
  const titles = (db.prepare(`SELECT title, published_at FROM articles ORDER BY published_at`).all() as { title: string; published_at: string }[]);
  assert.deepEqual(titles, [{ title: 'Full-text item', published_at: '2026-11-05T09:00:00.000Z' }, { title: 'Teaser item', published_at: '2026-11-06T09:00:00.000Z' }]);
  const budget = db.prepare(`SELECT text FROM articles WHERE title = 'Teaser item'`).get() as { text: string };
  assert.match(budget.text, /Finance Minister Tomas Okafor presented/, 'the teaser was replaced by the linked page');
  const gone = report.items.find((i) => i.status === 'failed')!;
  assert.match(gone.reason!, /HTTP 404/);
  const again = await ingest(db, [feed.url('/feed.xml')], { limits, now });
  assert.deepEqual([again.added, again.duplicates], [0, 2], 'a second poll changes nothing');
});

test('GIVEN an Atom feed WHEN ingested THEN its entries are stored with their dates', async (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  const { atom: body } = feedRoutes();
  const feed = await httpFixtures({ '/atom.xml': { type: 'application/atom+xml', body } });
  t.after(() => feed.close());
  const report = await ingest(db, [feed.url('/atom.xml')], { limits, now });
  assert.equal(report.added, 1);
  assert.deepEqual(db.prepare(`SELECT title, published_at, url FROM articles`).get(),
    { title: 'Atom entry', published_at: '2026-11-08T10:00:00.000Z', url: server.url('/atom-1') });
});

test('GIVEN failing URLs WHEN ingested THEN each is reported with a clear reason and the good one still goes in', async (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  const inputs = ['/missing', '/slow', '/huge', '/image', '/broken.xml', '/empty.xml', '/strike'].map((p) => server.url(p));
  const report = await ingest(db, [...inputs, 'http://127.0.0.1:9/refused'], { limits, now });
  const reason = (p: string) => report.items.find((i) => i.input.endsWith(p))?.reason ?? '';
  assert.match(reason('/missing'), /HTTP 404/);
  assert.match(reason('/slow'), /timed out after 400 ms/);
  assert.match(reason('/huge'), /too large/);
  assert.match(reason('/image'), /unsupported content type "image\/png"/);
  assert.match(reason('/broken.xml'), /not a valid RSS or Atom feed/);
  assert.match(reason('/empty.xml'), /the feed has no items/);
  assert.match(reason('/refused'), /could not connect/);
  assert.equal(report.added, 1);
  assert.equal(report.failed, 7);
});

test('GIVEN local .txt, .md and .html files WHEN ingested THEN each is stored with its text and the given hints', async (t) => {
  const { db, dir, cleanup } = tempDb();
  t.after(cleanup);
  writeFileSync(join(dir, 'strike.txt'), harbourStrike.text);
  writeFileSync(join(dir, 'budget.md'), `# ${budgetSpeech.title}\n\n${budgetSpeech.text}`);
  writeFileSync(join(dir, 'page.html'), page('Lighthouse repairs', longBody('the lighthouse')));
  writeFileSync(join(dir, 'empty.txt'), '   \n');
  const report = await ingest(db, ['strike.txt', 'budget.md', 'page.html', 'empty.txt', 'nope.txt'].map((f) => join(dir, f)),
    { limits, now, hints: { source: 'Desk Files' } });
  assert.deepEqual([report.added, report.failed], [3, 2]);
  const rows = db.prepare(`SELECT title, published_at AS p FROM articles ORDER BY id`).all();
  assert.deepEqual(rows, [{ title: 'strike', p: '2026-11-10' }, { title: budgetSpeech.title, p: '2026-11-10' }, { title: 'Lighthouse repairs', p: '2026-11-03' }]);
  assert.match(report.items.find((i) => i.input.endsWith('empty.txt'))!.reason!, /empty or too short/);
  assert.match(report.items.find((i) => i.input.endsWith('nope.txt'))!.reason!, /no such file/);
});

test('GIVEN a manifest with a bad line WHEN ingested THEN the bad line is reported by number and the rest go in', async (t) => {
  const { db, dir, cleanup } = tempDb();
  t.after(cleanup);
  writeFileSync(join(dir, 'a.txt'), harbourStrike.text);
  writeFileSync(join(dir, 'b.txt'), budgetSpeech.text);
  const lines = [
    { path: 'a.txt', source: 'Harbour Courier', published: '2026-11-04', title: harbourStrike.title, url: 'https://courier.example/strike' },
    { path: 'b.txt', source: 'Capital Ledger', published: 'yesterday', title: 'Bad date' },
    'not json',
    { path: 'b.txt', source: 'Capital Ledger', published: '2026-11-06', title: budgetSpeech.title },
    { url: server.url('/budget'), source: 'Capital Ledger', published: '2026-11-06' },
  ].map((l) => (typeof l === 'string' ? l : JSON.stringify(l)));
  writeFileSync(join(dir, 'm.jsonl'), `${lines.join('\n')}\n`);
  const report = await ingest(db, [], { manifest: join(dir, 'm.jsonl'), limits, now });
  assert.deepEqual([report.added, report.duplicates, report.failed], [2, 1, 2], JSON.stringify(report.items, null, 1));
  assert.match(report.items.find((i) => i.input.endsWith('m.jsonl:2'))!.reason!, /published: must be a date/);
  assert.match(report.items.find((i) => i.input.endsWith('m.jsonl:3'))!.reason!, /not valid JSON/);
  assert.deepEqual(db.prepare(`SELECT url, published_at AS p FROM articles WHERE title = ?`).get(harbourStrike.title), { url: 'https://courier.example/strike', p: '2026-11-04' });
});
