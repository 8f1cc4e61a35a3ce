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

/** NEWSDESK_SHARDS=auto but the recommended count could not be had: start-up stops with this message. */
export class ShardCountError extends Error {
  override name = 'ShardCountError';
}

/**
 * Discord's recommended shard count, from GET /gateway/bot on the configured API (DISCORD_API_URL),
 * not discord.com: discord.js's own 'auto' always asks discord.com. Throws a ShardCountError saying why when it cannot.
 */
export async function recommendedShards(apiUrl: string, token: string, timeoutMs = 15_000): Promise<number> {
  const url = `${apiUrl.replace(/\/+$/, '')}/v10/gateway/bot`;
  const fail = (why: string) => new ShardCountError(`NEWSDESK_SHARDS=auto: could not get the recommended shard count from ${url} (${why}); set NEWSDESK_SHARDS to a number instead.`);
  let res: Response;
  try {
    res = await fetch(url, { headers: { authorization: `Bot ${token}` }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    throw fail(e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e));
  }
  if (!res.ok) throw fail(`HTTP ${res.status}${res.status === 401 ? ', the token was rejected' : ''}`);
  const shards = ((await res.json().catch(() => null)) as { shards?: unknown } | null)?.shards;
  if (typeof shards !== 'number' || !Number.isInteger(shards) || shards < 1) throw fail('the answer has no shard count');
  return shards;
}

/**
 * NEWSDESK_SHARDS=auto|N: one process per shard, each running `entry` (src/main.ts), which then
 * starts a normal bot for its shard. Needed from 2,500 servers; about 1,000 per shard is usual.
 * Shards are spawned 5.5 s apart by default (Discord's identify rate limit).
 */
export async function startShardManager(config: Config, log: Log, o: ShardOptions): Promise<ShardingManager> {
  const wanted = config.NEWSDESK_SHARDS ?? 'auto';
  const totalShards = wanted === 'auto' ? await recommendedShards(config.DISCORD_API_URL, config.DISCORD_TOKEN ?? '') : wanted;
  log.info({ shards: totalShards, auto: wanted === 'auto' }, 'starting shards');
  const manager = new ShardingManager(o.entry.pathname, {
    token: config.DISCORD_TOKEN,
    totalShards,
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
