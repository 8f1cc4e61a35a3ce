import { Events, type Client } from 'discord.js';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, loadConfig } from './config.ts';
import { systemClock, type Clock, type Context } from './context.ts';
import { migrate } from './db/migrate.ts';
import { openDb } from './db/open.ts';
import { briefingMessages } from './briefing/index.ts';
import { createClient, type ClientTuning } from './discord/client.ts';
import { InFlight } from './discord/inflight.ts';
import { channelSender } from './discord/sender.ts';
import { runsBackgroundJobs, ShardCountError, startShardManager, stopShards } from './discord/shard.ts';
import { errorMessage } from './errors.ts';
import { createLog, type Log } from './log.ts';
import { briefingSender } from './schedule/deliver.ts';
import { startFeedPoller, type FeedPoller } from './schedule/poll-feeds.ts';
import { startScheduler, type Scheduler } from './schedule/scheduler.ts';

/** A start-up problem the operator can fix; main prints it and exits 1. */
export class StartupError extends Error {
  override name = 'StartupError';
}

export const MISSING_TOKEN = 'DISCORD_TOKEN is not set. Create a bot at https://discord.com/developers/applications, '
  + 'copy its token into DISCORD_TOKEN (see .env.example and README.md, "Running it on Discord"). To try Newsdesk offline without Discord, run `npm run demo` or `npm run console`.';

/** Knobs for tests and embedding: a fixed clock, a log, client tuning, no background jobs. */
export type BotOptions = { tuning?: ClientTuning; log?: Log; clock?: Clock; background?: boolean; readyTimeoutMs?: number; drainMs?: number };
/** jobs: the scheduler and feed poller when this process owns them (see shard.ts). */
export type BotHandle = { client: Client; ctx: Context; background: boolean; jobs: { scheduler?: Scheduler; poller?: FeedPoller }; stop(): Promise<void> };

/** config → db → migrate → client → scheduler + feed poller (one process only) → login → ready. */
export async function startBot(env: NodeJS.ProcessEnv = process.env, opts: BotOptions = {}): Promise<BotHandle> {
  const config = loadConfig(env);
  if (!config.DISCORD_TOKEN) throw new StartupError(MISSING_TOKEN);
  const log = opts.log ?? createLog(config.LOG_LEVEL);
  const db = openDb(config.NEWSDESK_DB);
  migrate(db);
  const ctx: Context = { db, log, config, clock: opts.clock ?? systemClock };
  const inflight = new InFlight();
  const client = createClient(ctx, inflight, opts.tuning);
  const background = (opts.background ?? true) && runsBackgroundJobs(client);
  let scheduler: Scheduler | undefined;
  let poller: FeedPoller | undefined;
  if (background) {
    scheduler = startScheduler(ctx, briefingSender(ctx, channelSender(client), briefingMessages));
    poller = startFeedPoller(ctx);
  }
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.allSettled([scheduler?.stop(), poller?.stop()]);
    await client.destroy();
    const finished = await inflight.drain(opts.drainMs ?? 3000);
    if (!finished) log.warn({ abandoned: inflight.size }, 'shutting down with handlers still running');
    if (db.open) db.close();
    log.info('stopped');
  };
  try {
    const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(opts.readyTimeoutMs ?? 60_000) });
    await Promise.all([client.login(config.DISCORD_TOKEN), ready]);
  } catch (e) {
    await stop();
    const code = (e as { code?: unknown }).code;
    if (code === 'TokenInvalid') {
      throw new StartupError(`Discord rejected DISCORD_TOKEN (401 Unauthorized). Reset the token in the Developer Portal (Bot → Reset Token) and set it again. To try Newsdesk offline, run \`npm run demo\`.`);
    }
    throw new StartupError(`Could not connect to Discord at ${config.DISCORD_API_URL}: ${errorMessage(e)}`);
  }
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shard: client.shard?.ids ?? [0], background }, 'connected');
  return { client, ctx, background, jobs: { ...(scheduler ? { scheduler } : {}), ...(poller ? { poller } : {}) }, stop };
}

async function main(): Promise<void> {
  let handle: BotHandle | undefined;
  let stopping: string | undefined;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = signal;
    setTimeout(() => process.exit(1), 5000).unref();
    if (!handle) return; // still starting: stopped as soon as startBot returns
    handle.ctx.log.info({ signal }, 'shutting down');
    handle.stop().then(() => process.exit(0), () => process.exit(1));
  };
  // Registered before start-up so a signal during login still shuts down cleanly.
  const onTerm = () => shutdown('SIGTERM');
  const onInt = () => shutdown('SIGINT');
  process.once('SIGTERM', onTerm).once('SIGINT', onInt);
  try {
    const config = loadConfig();
    if (config.NEWSDESK_SHARDS !== undefined && process.env.SHARDS === undefined) {
      if (!config.DISCORD_TOKEN) throw new StartupError(MISSING_TOKEN);
      process.off('SIGTERM', onTerm).off('SIGINT', onInt); // the manager stops its shards itself
      const manager = await startShardManager(config, createLog(config.LOG_LEVEL), { entry: new URL(import.meta.url) });
      const stopAll = () => { stopShards(manager); process.exit(0); };
      process.once('SIGTERM', stopAll).once('SIGINT', stopAll);
      return;
    }
    handle = await startBot();
  } catch (e) {
    if (e instanceof StartupError || e instanceof ConfigError || e instanceof ShardCountError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const log = handle.ctx.log;
  process.on('unhandledRejection', (e) => log.error({ err: e }, 'unhandled rejection'));
  if (stopping) {
    const signal = stopping;
    stopping = undefined;
    shutdown(signal);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void main();
