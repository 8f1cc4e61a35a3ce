import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import { startShardManager, stopShards } from '../../src/discord/shard.ts';
import { FakeDiscord } from '../support/fake-discord.ts';
import { testGuild } from './harness.ts';

test('GIVEN NEWSDESK_SHARDS=2 WHEN the manager starts THEN two shard processes connect and only shard 0 runs the scheduler and feed poller', async () => {
  const fake = await new FakeDiscord().start();
  fake.guilds = [testGuild()];
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-shards-'));
  const env = { DISCORD_API_URL: fake.apiUrl, NEWSDESK_DB: join(dir, 'shared.db'), LOG_LEVEL: 'info', NEWSDESK_FEEDS: '' };
  const config = loadConfig({ ...env, DISCORD_TOKEN: 'fake-token', NEWSDESK_SHARDS: '2' });
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
    const connected = (id: number) => /"msg":"connected"/.test(output.get(id) ?? '') ? true : undefined;
    await fake.waitUntil(() => (connected(0) && connected(1)) || undefined, 20_000, 'both shards to log "connected"');
    clearInterval(collect);
    const identifies = fake.gatewayFrames.filter((f) => f.op === 2).map((f) => f.d.shard).sort();
    assert.deepEqual(identifies, [[0, 2], [1, 2]]);
    const line = (id: number) => JSON.parse(output.get(id)!.split('\n').find((l) => l.includes('"msg":"connected"'))!);
    assert.equal(line(0).background, true);
    assert.equal(line(1).background, false);
  } finally {
    if (manager) stopShards(manager);
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
