import { ShardingManager, type Client } from 'discord.js';
import type { Config } from '../config.ts';
import type { Log } from '../log.ts';

/**
 * Scheduled briefings and feed polling run in exactly ONE process: shard 0 (or the only
 * process when not sharded). Its channel sender posts over REST, which reaches any
 * channel whatever shard holds the guild.
 */
export function runsBackgroundJobs(client: Client): boolean {
  return client.shard ? client.shard.ids.includes(0) : true;
}

/** env: extra variables for the shard processes; silent: pipe their output instead of inheriting it. */
export type ShardOptions = { entry: URL; env?: NodeJS.ProcessEnv; spawnDelayMs?: number; silent?: boolean };

/**
 * NEWSDESK_SHARDS=auto|N: one process per shard, each running `entry` (src/main.ts), which then
 * starts a normal bot for its shard. Needed from 2,500 servers; about 1,000 per shard is usual.
 * Shards are spawned 5.5 s apart by default (Discord's identify rate limit).
 */
export async function startShardManager(config: Config, log: Log, o: ShardOptions): Promise<ShardingManager> {
  const manager = new ShardingManager(o.entry.pathname, {
    token: config.DISCORD_TOKEN,
    totalShards: config.NEWSDESK_SHARDS ?? 'auto',
    execArgv: ['--import', 'tsx'],
    respawn: true,
    silent: o.silent ?? false,
  });
  manager.on('shardCreate', (shard) => {
    if (o.env) shard.env = Object.assign({}, shard.env, o.env);
    log.info({ shard: shard.id }, 'shard launched');
    shard.on('death', () => log.warn({ shard: shard.id }, 'shard process exited'));
  });
  await manager.spawn({ delay: o.spawnDelayMs ?? 5500, timeout: 60_000 });
  return manager;
}

/** Stop every shard process (each closes its gateway and database on SIGTERM). */
export function stopShards(manager: ShardingManager): void {
  for (const shard of manager.shards.values()) shard.kill(); // SIGTERM; kill() also prevents a respawn
}
