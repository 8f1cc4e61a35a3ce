import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Db } from '../../src/db/open.ts';
import { storeArticle } from '../../src/ingest/store.ts';
import { startBot, type BotHandle } from '../../src/main.ts';
import { FakeDiscord, type FakeGuild, type Recorded } from '../support/fake-discord.ts';

/** The tests' fixed "now": the day after the fictional articles. */
export const NOW = '2026-03-15T12:00:00Z';
export const GUILD = '400000000000000001';
export const OTHER_GUILD = '400000000000000002';
export const GENERAL = '500000000000000001';
export const LOCKED = '500000000000000002';
export const MANAGE_CHANNELS = String(1 << 4);
/** View Channel + Send Messages + Embed Links. */
export const POSTING = String((1 << 10) | (1 << 11) | (1 << 14));

export function testGuild(id = GUILD): FakeGuild {
  return {
    id,
    roles: [{ id, name: '@everyone', permissions: POSTING, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: [
      { id: GENERAL, name: 'general' },
      // @everyone (and so the bot) may look but not post or embed here.
      { id: LOCKED, name: 'locked', permission_overwrites: [{ id, type: 0, allow: '0', deny: String((1 << 11) | (1 << 14)) }] },
    ],
  };
}

/** Small fictional articles, stored through the real ingest path. */
export function seedNews(db: Db): void {
  const articles = [
    { source: 'Harbor Gazette', url: 'https://gazette.example/harbor-budget', title: 'Vellmar council rejects harbor budget', published: '2026-03-14',
      text: 'The Vellmar city council rejected the harbor budget on Thursday. "Not one more dollar for the harbor," said Mayor Ilsa Brandt after the vote. Councillor Tomas Reyl called the decision short-sighted.' },
    { source: 'Coastal Ledger', url: 'https://ledger.example/vellmar-vote', title: 'Harbor budget fails in Vellmar *again*', published: '2026-03-14T18:00:00Z',
      text: 'Vellmar councillors voted down the harbor budget. "We will find the money elsewhere," said harbor director Mara Quill. Mayor Ilsa Brandt had promised "not one more dollar" for the project.' },
    { source: 'Northern Wire', url: 'https://wire.example/ferry', title: 'Ferry strike ends in Lund Bay', published: '2026-03-10',
      text: 'The ferry strike in Lund Bay ended on Monday. "The boats sail again tomorrow," said union leader Petra Osk. Passengers had waited four days.' },
  ];
  for (const a of articles) storeArticle(db, a);
  db.prepare(`UPDATE quotes SET speaker = 'Ilsa Brandt' WHERE text LIKE '%not one more dollar%'`).run();
  db.prepare(`UPDATE quotes SET speaker = 'Mara Quill' WHERE text LIKE '%money elsewhere%'`).run();
  db.prepare(`UPDATE quotes SET speaker = 'Petra Osk' WHERE text LIKE '%boats sail%'`).run();
  // Events fixed here so tests do not depend on how good event extraction is today.
  const [a1] = db.prepare(`SELECT id FROM articles ORDER BY id LIMIT 1`).all() as { id: number }[];
  const addEvent = db.prepare(`INSERT INTO events (article_id, date, summary, place, start, end) VALUES (?, ?, ?, ?, 0, 10)`);
  const ev = addEvent.run(a1!.id, '2026-03-12', 'Vellmar council rejects the harbor budget', 'Vellmar').lastInsertRowid;
  db.prepare(`INSERT INTO event_actors (event_id, position, name) VALUES (?, 0, 'Ilsa Brandt')`).run(ev);
  addEvent.run(a1!.id, '2026-03-13', 'Harbor authority announces a review of the harbor plan', 'Vellmar');
}

export type LogLine = { level: number; msg: string; [k: string]: unknown };

export type TestBot = {
  fake: FakeDiscord; bot: BotHandle; db: Db; logs: LogLine[];
  /** Every recorded request whose path contains this interaction token. */
  repliesTo(token: string): Recorded[];
  close(): Promise<void>;
};

/** A fake Discord, a fresh store, and the bot started through its real start-up path. */
export async function startTestBot(o: { seed?: boolean; guilds?: FakeGuild[]; env?: Record<string, string>; background?: boolean } = {}): Promise<TestBot> {
  const fake = await new FakeDiscord().start();
  fake.guilds = o.guilds ?? [testGuild()];
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-e2e-'));
  const logs: LogLine[] = [];
  const sink = new Writable({ write(chunk, _enc, cb) { for (const l of String(chunk).split('\n')) if (l) logs.push(JSON.parse(l)); fake.notify(); cb(); } });
  const env = { DISCORD_TOKEN: 'fake-token', DISCORD_API_URL: fake.apiUrl, NEWSDESK_DB: join(dir, 'e2e.db'), LOG_LEVEL: 'debug', ...o.env };
  let bot: BotHandle;
  try {
    bot = await startBot(env, { log: pino({ level: 'debug' }, sink), clock: () => new Date(NOW), background: o.background ?? false, tuning: { waitGuildTimeout: 100, restOffset: 0, restRetries: 1 }, readyTimeoutMs: 5000 });
  } catch (e) {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  if (o.seed !== false) seedNews(bot.ctx.db);
  return {
    fake, bot, db: bot.ctx.db, logs,
    repliesTo: (token) => fake.requests.filter((r) => r.path.includes(token)),
    async close() {
      await bot.stop();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The first response to an interaction: callback type 4 (reply), 5 (defer), 7 (update) or 8 (autocomplete). */
export const callback = (t: TestBot, token: string) =>
  t.fake.waitForRequest((r) => r.method === 'POST' && r.path.endsWith(`/${token}/callback`) && r.status < 300);

/** The edit of the original response (after a defer). */
export const originalEdit = (t: TestBot, token: string) =>
  t.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/@original`) && r.status < 300);

/** All visible text of a message body: content, embed titles, descriptions, fields, footers. */
export function textOf(body: any): string {
  const m = body?.data ?? body ?? {};
  const embeds = (m.embeds ?? []) as any[];
  return [m.content ?? '', ...embeds.flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value]), e.footer?.text])]
    .filter(Boolean).join('\n');
}

/** Every message body the bot sent (replies, edits, follow-ups, channel posts) carries allowed_mentions {parse: []}. */
export function assertEveryMessageHasAllowedMentions(t: TestBot): void {
  const bodies = t.fake.requests.flatMap((r) => {
    if (r.method === 'POST' && r.path.endsWith('/callback') && [4, 7].includes(r.body?.type)) return [{ r, m: r.body.data }];
    if ((r.method === 'POST' || r.method === 'PATCH') && (/^\/webhooks\//.test(r.path) || /^\/channels\/\d+\/messages/.test(r.path))) return [{ r, m: r.body }];
    return [];
  });
  if (bodies.length === 0) throw new Error('no message bodies were sent at all');
  for (const { r, m } of bodies) {
    if (JSON.stringify(m?.allowed_mentions) !== JSON.stringify({ parse: [] })) {
      throw new Error(`${r.method} ${r.path} sent without allowed_mentions {parse: []}: ${JSON.stringify(m).slice(0, 200)}`);
    }
  }
}
