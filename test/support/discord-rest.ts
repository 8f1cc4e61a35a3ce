import { botMessage, snowflake, type BotUser } from './discord-payloads.ts';

/** One REST request the bot made, as the fake received it. auth: the Authorization header as sent. */
export type Recorded = { method: string; path: string; query: string; body: any; status: number; auth?: string };
export type FailureKind = '429' | '403' | '404' | '500';
export type Matcher = string | RegExp | ((r: { method: string; path: string }) => boolean);
export type RestState = { port: number; applicationId: string; botUser: BotUser; rejectToken: boolean; recommendedShards: number };
type Reply = [number, unknown, Record<string, string>?];

/** A path like '/channels/1/messages', a 'METHOD /path', a RegExp over 'METHOD /path', or a function. */
export function matches(m: Matcher, r: { method: string; path: string }): boolean {
  if (typeof m === 'function') return m(r);
  if (m instanceof RegExp) return m.test(`${r.method} ${r.path}`);
  return m.includes(' ') ? m === `${r.method} ${r.path}` : m === r.path;
}

/** What Discord answers when a route fails that way. */
export function failure(kind: FailureKind): Reply {
  if (kind === '429') return [429, { message: 'You are being rate limited.', retry_after: 0.05, global: false }, { 'retry-after': '0.05' }];
  if (kind === '403') return [403, { message: 'Missing Permissions', code: 50013 }];
  if (kind === '404') return [404, { message: 'Unknown Channel', code: 10003 }];
  return [500, { message: 'Internal Server Error', code: 0 }];
}

/** The REST routes discord.js uses in the tests, answered the way Discord answers them. */
export function route(r: Recorded, s: RestState): Reply {
  const { method: m, path: p } = r;
  if (m === 'GET' && p === '/gateway/bot') {
    if (s.rejectToken) return [401, { message: '401: Unauthorized', code: 0 }];
    return [200, { url: `ws://127.0.0.1:${s.port}`, shards: s.recommendedShards, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } }];
  }
  if (m === 'GET' && p === '/applications/@me') return [200, { id: s.applicationId, name: 'Newsdesk', bot: s.botUser }];
  if (m === 'GET' && p === '/users/@me') return [200, s.botUser];
  if (m === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(p)) return [204, null];
  if (m === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/(@original|\d+)$/.test(p)) return [200, botMessage(r.body, null, s.botUser)];
  if (m === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(p)) return [200, botMessage(r.body, null, s.botUser)];
  const channel = /^\/channels\/(\d+)\/messages$/.exec(p);
  if (m === 'POST' && channel) return [200, botMessage(r.body, channel[1]!, s.botUser)];
  if (m === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(p)) {
    return [200, (r.body as any[]).map((c) => ({ ...c, id: snowflake(), application_id: s.applicationId, version: '1' }))];
  }
  return [404, { message: '404: Not Found', code: 0 }];
}
