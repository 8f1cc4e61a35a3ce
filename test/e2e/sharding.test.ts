import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import { recommendedShards, ShardCountError, startShardManager, stopShards } from '../../src/discord/shard.ts';
import { FakeDiscord } from '../support/fake-discord.ts';
import { testGuild } from './harness.ts';

/** Start the manager with NEWSDESK_SHARDS=shards against a fake; resolve when every shard logged "connected". */
async function runShards(fake: FakeDiscord, shards: string, expected: number) {
  fake.guilds = [testGuild()];
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-shards-'));
  const env = { DISCORD_API_URL: fake.apiUrl, NEWSDESK_DB: join(dir, 'shared.db'), LOG_LEVEL: 'info', NEWSDESK_FEEDS: '' };
  const config = loadConfig({ ...env, DISCORD_TOKEN: 'fake-token', NEWSDESK_SHARDS: shards });
  const output = new Map<number, string>();
  let manager: Awaited<ReturnType<typeof startShardManager>> | undefined;
  try {
    const starting = startShardManager(config, pino({ level: 'silent' }), { entry: new URL('../../src/main.ts', import.meta.url), env, spawnDelayMs: 0, silent: true });
    // Collect each shard's log lines as its process appears.
    const collect = setInterval(() => {
      for (const [id, shard] of manager?.shards ?? []) {
        if (output.has(id) || !shard.process?.stderr) continue;
        output.set(id, '');
        shard.process.stderr.on('data', (c) => { output.set(id, output.get(id) + String(c)); fake.notify(); });
      }
    }, 5);
    manager = await starting.catch((e) => { clearInterval(collect); throw e; });
    const connected = (id: number) => /"msg":"connected"/.test(output.get(id) ?? '');
    const ids = Array.from({ length: expected }, (_, i) => i);
    await fake.waitUntil(() => ids.every(connected) || undefined, 20_000, `all ${expected} shards to log "connected"`);
    clearInterval(collect);
    const line = (id: number) => JSON.parse(output.get(id)!.split('\n').find((l) => l.includes('"msg":"connected"'))!);
    return { identifies: fake.gatewayFrames.filter((f) => f.op === 2).map((f) => f.d.shard).sort(), line };
  } finally {
    if (manager) stopShards(manager);
    rmSync(dir, { recursive: true, force: true });
  }
}

test('GIVEN NEWSDESK_SHARDS=2 WHEN the manager starts THEN two shard processes connect and only shard 0 runs the scheduler and feed poller', async () => {
  const fake = await new FakeDiscord().start();
  try {
    const { identifies, line } = await runShards(fake, '2', 2);
    assert.deepEqual(identifies, [[0, 2], [1, 2]]);
    assert.equal(line(0).background, true);
    assert.equal(line(1).background, false);
  } finally {
    await fake.close();
  }
});

test('GIVEN NEWSDESK_SHARDS=auto WHEN the manager starts THEN it asks the configured API (with the token) how many shards, and spawns that many', async () => {
  const fake = await new FakeDiscord().start();
  fake.recommendedShards = 2;
  try {
    const { identifies } = await runShards(fake, 'auto', 2);
    assert.deepEqual(identifies, [[0, 2], [1, 2]]);
    const asked = fake.requests.find((r) => r.method === 'GET' && r.path === '/gateway/bot');
    assert.equal(asked?.auth, 'Bot fake-token');
  } finally {
    await fake.close();
  }
});

test('GIVEN NEWSDESK_SHARDS=auto WHEN the API rejects the token or cannot be reached THEN a clear error says so and to set a number', async () => {
  const fake = await new FakeDiscord().start();
  fake.rejectToken = true;
  const config = loadConfig({ DISCORD_API_URL: fake.apiUrl, DISCORD_TOKEN: 'bad-token', NEWSDESK_SHARDS: 'auto', LOG_LEVEL: 'silent' });
  await assert.rejects(startShardManager(config, pino({ level: 'silent' }), { entry: new URL('../../src/main.ts', import.meta.url), silent: true }),
    (e: unknown) => e instanceof ShardCountError && /from http:\/\/127\.0\.0\.1:\d+\/api\/v10\/gateway\/bot \(HTTP 401, the token was rejected\); set NEWSDESK_SHARDS to a number/.test(e.message));
  assert.equal(fake.connections, 0, 'no shard was started');
  fake.rejectToken = false;
  fake.recommendedShards = 3;
  assert.equal(await recommendedShards(`${fake.apiUrl}/`, 'fake-token'), 3);
  await fake.close();
  await assert.rejects(recommendedShards(fake.apiUrl, 'fake-token'), /could not get the recommended shard count from http:\/\/127\.0\.0\.1:\d+\/api\/v10\/gateway\/bot \(.+\); set NEWSDESK_SHARDS to a number/);
});
