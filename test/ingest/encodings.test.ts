import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Db } from '../../src/db/open.ts';
import { ingest } from '../../src/ingest/run.ts';
import { encodeSingleByte, utf16leWithBom } from '../support/encodings.ts';
import { httpFixtures } from '../support/http-fixtures.ts';
import { tempDb } from '../support/temp-db.ts';

const limits = { timeoutMs: 1000, maxBytes: 200_000 };
const now = new Date('2026-11-10T12:00:00Z');
const filler = 'Officials in the fictional lakeside town of Lindmark reviewed the ferry figures again and promised a further statement before the end of the week.';

// Fictional article; ë and Å are windows-1252 bytes 0xEB and 0xC5, the curly quotes 0x93 and 0x94.
const zoeText = `“We will not yield,” said Zoë Ångström. ${filler}`;
const zoePage = `<!doctype html><html><head><meta charset="windows-1252"><title>Lindmark mayor vows to keep the ferry</title></head>
<body><article><h1>Lindmark mayor vows to keep the ferry</h1><p>${zoeText}</p><p>${filler} The café on the pier stays open.</p></article></body></html>`;

// Fictional Cyrillic feed item; windows-1251 also has the curly quotes at 0x93/0x94.
const veraText = `“The ferry will run all winter,” said Vera Sokolova. Паром будет ходить всю зиму, заявила Вера Соколова. ${filler} ${filler} ${filler}`;
const veraFeed = `<?xml version="1.0" encoding="windows-1251"?>
<rss version="2.0"><channel><title>Линдмарк вести</title><link>http://127.0.0.1/</link><description>test</description>
<item><title>Паром будет ходить всю зиму</title><link>http://127.0.0.1/ru/1</link><pubDate>Thu, 05 Nov 2026 09:00:00 GMT</pubDate>
<description>&lt;p&gt;${veraText}&lt;/p&gt;</description></item></channel></rss>`;

const binary = (type: string, body: Buffer) => (_req: IncomingMessage, res: ServerResponse) => void res.writeHead(200, { 'content-type': type }).end(body);

let server: Awaited<ReturnType<typeof httpFixtures>>;
before(async () => {
  server = await httpFixtures({
    '/zoe': binary('text/html', encodeSingleByte(zoePage, 'windows-1252')),
    '/vera.xml': binary('application/rss+xml', encodeSingleByte(veraFeed, 'windows-1251')),
    '/unknown-label': binary('text/html; charset=x-no-such-charset', encodeSingleByte(zoePage.replace('pier', 'east pier'), 'windows-1252')),
    '/latin1-label': binary('text/html; charset=ISO-8859-1', Buffer.from(zoePage.replace('windows-1252', 'iso-8859-1').replace('pier', 'west pier'))),
    '/utf8-label': binary('text/html; charset=utf-8', encodeSingleByte(zoePage.replace('windows-1252', 'utf-8').replace('pier', 'old pier'), 'windows-1252')),
  });
});
after(() => server.close());

type Stored = { text: string; title: string; quotes: { text: string; speaker: string | null }[] };
function stored(db: Db): Stored[] {
  const articles = db.prepare(`SELECT id, title, text FROM articles ORDER BY id`).all() as { id: number; title: string; text: string }[];
  return articles.map((a) => ({ ...a, quotes: db.prepare(`SELECT text, speaker FROM quotes WHERE article_id = ? AND kind = 'direct'`).all(a.id) as Stored['quotes'] }));
}

test('GIVEN a windows-1252 article page that names its charset only in <meta charset> WHEN ingested over HTTP THEN the text keeps its curly quotes and accents and the quote is found', async (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  const report = await ingest(db, [server.url('/zoe')], { limits, now });
  assert.equal(report.added, 1, JSON.stringify(report));
  const [a] = stored(db);
  assert.match(a!.text, /^“We will not yield,” said Zoë Ångström\./);
  assert.match(a!.text, /The café on the pier/);
  assert.doesNotMatch(a!.text, /â€|Ã|\ufffd/);
  assert.ok(a!.quotes.some((q) => q.text.includes('We will not yield') && q.speaker === 'Zoë Ångström'), JSON.stringify(a!.quotes));
});

test('GIVEN an RSS feed in windows-1251 that names its charset only in the XML declaration WHEN ingested over HTTP THEN titles and text are Cyrillic and the quote is found', async (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  const report = await ingest(db, [server.url('/vera.xml')], { limits, now });
  assert.equal(report.added, 1, JSON.stringify(report));
  const [a] = stored(db);
  assert.equal(a!.title, 'Паром будет ходить всю зиму');
  assert.match(a!.text, /^“The ferry will run all winter,” said Vera Sokolova\. Паром будет ходить всю зиму, заявила Вера Соколова\./);
  assert.ok(a!.quotes.some((q) => q.text.includes('The ferry will run all winter') && q.speaker === 'Vera Sokolova'), JSON.stringify(a!.quotes));
});

test('GIVEN pages whose Content-Type charset is unknown or lies WHEN ingested over HTTP THEN none fails and each stores readable text', async (t) => {
  const { db, cleanup } = tempDb();
  t.after(cleanup);
  const report = await ingest(db, ['/unknown-label', '/latin1-label', '/utf8-label'].map((p) => server.url(p)), { limits, now });
  assert.deepEqual([report.failed, report.added], [0, 3], JSON.stringify(report.items));
  const texts = stored(db).map((a) => a.text);
  for (const text of texts) assert.match(text, /^“We will not yield,” said Zoë Ångström\./);
  assert.deepEqual(texts.map((text) => text.match(/café on the (\w+) pier/)?.[1]), ['east', 'west', 'old']);
});

test('GIVEN local files in windows-1252, UTF-16 with a BOM and KOI8-R HTML WHEN ingested THEN each is stored as the right text', async (t) => {
  const { db, dir, cleanup } = tempDb();
  t.after(cleanup);
  writeFileSync(join(dir, 'zoe.txt'), encodeSingleByte(zoeText, 'windows-1252'));
  writeFileSync(join(dir, 'vera.md'), utf16leWithBom(`# Winter ferry\n\n${veraText}`));
  // KOI8-R has neither curly quotes nor accented Latin letters.
  const koi8 = zoePage.replace('windows-1252', 'koi8-r').replace(/[“”]/g, '"').replace('Zoë Ångström', 'Зоя Орлова').replace('café', 'cafe');
  writeFileSync(join(dir, 'zoya.html'), encodeSingleByte(koi8, 'koi8-r'));
  const report = await ingest(db, ['zoe.txt', 'vera.md', 'zoya.html'].map((f) => join(dir, f)), { limits, now });
  assert.equal(report.added, 3, JSON.stringify(report.items));
  const [zoe, vera, zoya] = stored(db);
  assert.equal(zoe!.text, zoeText);
  assert.equal(vera!.title, 'Winter ferry');
  assert.match(vera!.text, /заявила Вера Соколова/);
  assert.match(zoya!.text, /^"We will not yield," said Зоя Орлова\./);
});
