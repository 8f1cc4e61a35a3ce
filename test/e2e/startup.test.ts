import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { deployCommands } from '../../src/discord/deploy.ts';
import { startBot, StartupError } from '../../src/main.ts';
import { FakeDiscord } from '../support/fake-discord.ts';
import { GUILD, startTestBot, testGuild } from './harness.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'newsdesk-start-'));

test('GIVEN no DISCORD_TOKEN WHEN the bot starts THEN it refuses with a message pointing to npm run demo', async () => {
  const dir = tempDir();
  try {
    await assert.rejects(startBot({ NEWSDESK_DB: join(dir, 'x.db') }), (e: unknown) =>
      e instanceof StartupError && /DISCORD_TOKEN is not set/.test(e.message) && /npm run demo/.test(e.message));
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('GIVEN a token Discord rejects (401) WHEN the bot logs in THEN it fails with a clear message', async () => {
  const fake = await new FakeDiscord().start();
  fake.rejectToken = true;
  const dir = tempDir();
  try {
    await assert.rejects(
      startBot({ DISCORD_TOKEN: 'wrong', DISCORD_API_URL: fake.apiUrl, NEWSDESK_DB: join(dir, 'x.db'), LOG_LEVEL: 'silent' }, { background: false }),
      (e: unknown) => e instanceof StartupError && /Discord rejected DISCORD_TOKEN/.test(e.message) && /npm run demo/.test(e.message));
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('GIVEN `npm start` without a token WHEN run as a script THEN it prints the reason and exits with code 1', async () => {
  const dir = tempDir();
  try {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, NEWSDESK_DB: join(dir, 'x.db') };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => { stderr += c; });
    const [code] = await once(child, 'exit');
    assert.equal(code, 1);
    assert.match(stderr, /DISCORD_TOKEN is not set[\s\S]*npm run demo/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('GIVEN a running bot process WHEN it receives SIGTERM THEN it closes the gateway and exits 0 within a few seconds', async () => {
  const fake = await new FakeDiscord().start();
  fake.guilds = [testGuild()];
  const dir = tempDir();
  try {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, DISCORD_TOKEN: 'fake-token', DISCORD_API_URL: fake.apiUrl, NEWSDESK_DB: join(dir, 'x.db'), LOG_LEVEL: 'info' };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => { stderr += c; fake.notify(); });
    await fake.waitUntil(() => (stderr.includes('"msg":"connected"') ? true : undefined), 20_000, 'the bot to connect');
    const exited = once(child, 'exit');
    const sent = Date.now();
    child.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 0, stderr.slice(-500));
    assert.ok(Date.now() - sent < 5000, 'exited within 5 s');
    await fake.waitUntil(() => (fake.connections === 0 ? true : undefined), 2000, 'the gateway connection to close');
    assert.match(stderr, /"msg":"stopped"/);
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('GIVEN a started bot WHEN stop() is called THEN the gateway socket closes and the store is closed', async () => {
  const t = await startTestBot({ seed: false });
  assert.equal(t.bot.client.guilds.cache.get(GUILD)?.channels.cache.size, 2, 'GUILD_CREATE was received');
  assert.equal(t.fake.connections, 1);
  await t.bot.stop();
  await t.fake.waitUntil(() => (t.fake.connections === 0 ? true : undefined), 2000, 'the gateway connection to close');
  await t.close();
  assert.equal(t.db.open, false);
  assert.equal(t.bot.client.isReady(), false);
});

test('GIVEN a single process WHEN the bot starts with background jobs THEN it owns the scheduler and feed poller', async () => {
  const fake = await new FakeDiscord().start();
  const dir = tempDir();
  try {
    // A loopback feed URL: should a poll happen during the test, nothing leaves 127.0.0.1.
    const feed = `http://127.0.0.1:${fake.port}/feed.xml`;
    const bot = await startBot({ DISCORD_TOKEN: 't', DISCORD_API_URL: fake.apiUrl, NEWSDESK_DB: join(dir, 'x.db'), LOG_LEVEL: 'silent', NEWSDESK_FEEDS: feed },
      { tuning: { waitGuildTimeout: 100, restOffset: 0 } });
    assert.equal(bot.background, true);
    assert.deepEqual(bot.ctx.db.prepare(`SELECT url FROM feeds WHERE guild_id = ''`).pluck().all(), [feed], 'the feed poller stored the default feeds');
    await bot.stop();
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('GIVEN --guild WHEN deploy-commands runs without DISCORD_APPLICATION_ID THEN it reads the id from the API and registers every command in that guild', async () => {
  const fake = await new FakeDiscord().start();
  try {
    const r = await deployCommands(loadConfig({ DISCORD_TOKEN: 't', DISCORD_API_URL: fake.apiUrl }), GUILD);
    assert.ok(fake.requests.some((q) => q.method === 'GET' && q.path === '/applications/@me'));
    const put = await fake.waitForRequest((q) => q.method === 'PUT');
    assert.equal(put.path, `/applications/${fake.applicationId}/guilds/${GUILD}/commands`);
    const names = put.body.map((c: { name: string }) => c.name).sort();
    assert.deepEqual(names, ['Find quote source', 'briefing', 'events', 'feeds', 'quote', 'story', 'subscribe', 'subscriptions', 'timeline', 'unsubscribe']);
    assert.deepEqual(r.names.length, 10);
    const byName = new Map(put.body.map((c: { name: string }) => [c.name, c]));
    for (const n of ['subscribe', 'unsubscribe', 'feeds']) assert.equal((byName.get(n) as { default_member_permissions: string }).default_member_permissions, '16');
    assert.equal((byName.get('Find quote source') as { type: number }).type, 3);
  } finally { await fake.close(); }
});

test('GIVEN DISCORD_APPLICATION_ID WHEN deploy-commands runs without --guild THEN it registers globally', async () => {
  const fake = await new FakeDiscord().start();
  try {
    await deployCommands(loadConfig({ DISCORD_TOKEN: 't', DISCORD_API_URL: fake.apiUrl, DISCORD_APPLICATION_ID: '100000000000000001' }));
    const put = await fake.waitForRequest((q) => q.method === 'PUT');
    assert.equal(put.path, '/applications/100000000000000001/commands');
    assert.ok(!fake.requests.some((q) => q.path === '/applications/@me'));
  } finally { await fake.close(); }
});
