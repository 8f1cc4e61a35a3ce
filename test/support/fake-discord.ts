import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { botMessage, fakeUser, guildPayload, snowflake, userMessage, type FakeGuild, type FakeUser } from './discord-payloads.ts';
import { failure, matches, route, type FailureKind, type Matcher, type Recorded } from './discord-rest.ts';

export { fakeUser, snowflake, type FakeGuild } from './discord-payloads.ts';
export type { FailureKind, Recorded } from './discord-rest.ts';

export type InteractionSpec = {
  type: number; data: unknown; user?: FakeUser; permissions?: string; guildId?: string; channelId?: string; message?: unknown;
};
type Failure = { match: Matcher; kind: FailureKind; times: number };

/**
 * A Discord-compatible server on 127.0.0.1: a gateway over WebSocket and REST over HTTP,
 * recording every request, able to fail any route on demand. Fictional data only.
 */
export class FakeDiscord {
  readonly requests: Recorded[] = [];
  readonly gatewayFrames: any[] = [];
  readonly botUser = { id: '100000000000000001', username: 'Newsdesk', discriminator: '0', bot: true as const, avatar: null, global_name: null };
  readonly applicationId = '100000000000000001';
  guilds: FakeGuild[] = [];
  rejectToken = false;
  /** The shard count GET /gateway/bot recommends. */
  recommendedShards = 1;
  private failures: Failure[] = [];
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private waiters = new Set<() => void>();
  private server: Server;
  private wss: WebSocketServer;
  port = 0;

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => this.wss.handleUpgrade(req, socket, head, (ws) => this.connect(ws)));
  }

  async start(): Promise<this> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Open gateway connections. */
  get connections(): number { return this.sockets.size; }

  get apiUrl() { return `http://127.0.0.1:${this.port}/api`; }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** The next `times` requests matching `match` (path like '/channels/1/messages', 'POST /…', a RegExp or a function) fail. */
  failNext(match: Matcher, kind: FailureKind, times = 1): void {
    this.failures.push({ match, kind, times });
  }

  /** Resolve with the first recorded request satisfying `pred` (already made or still to come). */
  async waitForRequest(pred: (r: Recorded) => boolean, timeoutMs = 5000): Promise<Recorded> {
    return this.waitUntil(() => this.requests.find(pred), timeoutMs, 'request');
  }

  /** Resolve when `probe` returns something; re-checked on every request and gateway frame. */
  async waitUntil<T>(probe: () => T | undefined, timeoutMs = 5000, what = 'condition'): Promise<T> {
    const now = probe();
    if (now !== undefined) return now;
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const v = probe();
        if (v === undefined) return;
        cleanup();
        resolve(v);
      };
      const timer = setTimeout(() => { cleanup(); reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)); }, timeoutMs);
      const cleanup = () => { clearTimeout(timer); this.waiters.delete(check); };
      this.waiters.add(check);
    });
  }

  /** Send a gateway dispatch (e.g. INTERACTION_CREATE, MESSAGE_CREATE) to every connected client. */
  dispatch(t: string, d: unknown): void {
    for (const ws of this.sockets) this.send(ws, { op: 0, t, s: ++this.seq, d });
  }

  /** Dispatch an INTERACTION_CREATE the way Discord shapes it; returns its id and token to find the replies by. */
  interact(i: InteractionSpec): { id: string; token: string } {
    const id = snowflake();
    const token = `tok-${id}`;
    const guildId = i.guildId ?? this.guilds[0]?.id;
    const channelId = i.channelId ?? this.firstChannel;
    const user = i.user ?? fakeUser;
    this.dispatch('INTERACTION_CREATE', {
      id, token, application_id: this.applicationId, type: i.type, version: 1, data: i.data,
      guild_id: guildId, channel_id: channelId, channel: { id: channelId, type: 0, guild_id: guildId, name: 'general' },
      member: { user, roles: [], permissions: i.permissions ?? '0', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      app_permissions: '19456', locale: 'en-US', guild_locale: 'en-US', entitlements: [],
      authorizing_integration_owners: { '0': guildId }, context: 0, ...(i.message ? { message: i.message } : {}),
    });
    return { id, token };
  }

  /** A slash command (type 2, command type 1). */
  slash(name: string, options: unknown[] = [], more: Omit<InteractionSpec, 'type' | 'data'> & { resolved?: unknown } = {}) {
    return this.interact({ ...more, type: 2, data: { id: snowflake(), name, type: 1, options, ...(more.resolved ? { resolved: more.resolved } : {}) } });
  }

  /** A user typing in an autocomplete option (type 4); the focused option carries focused: true. */
  autocomplete(name: string, options: unknown[], more: Omit<InteractionSpec, 'type' | 'data'> = {}) {
    return this.interact({ ...more, type: 4, data: { id: snowflake(), name, type: 1, options } });
  }

  /** A message context-menu command on `target` (type 2, command type 3). */
  messageMenu(name: string, target: { id?: string; content: string; channelId?: string }, more: Omit<InteractionSpec, 'type' | 'data'> = {}) {
    const msg = userMessage(target.content, target.channelId ?? more.channelId ?? this.firstChannel, this.guilds[0]?.id, target.id);
    return this.interact({ ...more, type: 2, data: { id: snowflake(), name, type: 3, target_id: msg.id, resolved: { messages: { [msg.id]: msg } } } });
  }

  /** A button press (type 3) on a message the bot sent. */
  button(customId: string, more: Omit<InteractionSpec, 'type' | 'data'> = {}) {
    const message = botMessage({ content: '' }, more.channelId ?? this.firstChannel, this.botUser);
    return this.interact({ ...more, type: 3, data: { custom_id: customId, component_type: 2 }, message });
  }

  /** A user's message in a channel, as MESSAGE_CREATE; `mentionBot` puts the bot in mentions[]. */
  say(content: string, o: { channelId?: string; user?: FakeUser; mentionBot?: boolean } = {}) {
    const msg = { ...userMessage(content, o.channelId ?? this.firstChannel, this.guilds[0]?.id, undefined, o.user), mentions: o.mentionBot === false ? [] : [this.botUser] };
    this.dispatch('MESSAGE_CREATE', msg);
    return msg;
  }

  private get firstChannel(): string { return this.guilds[0]?.channels?.[0]?.id ?? '1'; }

  /** Re-check pending waitUntil probes (the fake does this on every request and frame; call it when other state changes). */
  notify() { for (const w of [...this.waiters]) w(); }

  private send(ws: WebSocket, payload: unknown) {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
  }

  private connect(ws: WebSocket) {
    this.sockets.add(ws);
    ws.on('close', () => { this.sockets.delete(ws); this.notify(); });
    ws.on('message', (raw) => {
      const frame = JSON.parse(String(raw));
      this.gatewayFrames.push(frame);
      if (frame.op === 1) this.send(ws, { op: 11 });
      if (frame.op === 2) this.identify(ws, frame.d);
      this.notify();
    });
    this.send(ws, { op: 10, d: { heartbeat_interval: 41_250 } });
  }

  private identify(ws: WebSocket, d: { shard?: [number, number] }) {
    this.send(ws, {
      op: 0, t: 'READY', s: ++this.seq,
      d: {
        v: 10, user: this.botUser, guilds: this.guilds.map((g) => ({ id: g.id, unavailable: true })),
        session_id: 'fake-session', resume_gateway_url: `ws://127.0.0.1:${this.port}`, shard: d.shard ?? [0, 1],
        application: { id: this.applicationId, flags: 0 },
      },
    });
    for (const g of this.guilds) this.send(ws, { op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: guildPayload(g, this.botUser) });
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const [rawPath = '', query = ''] = (req.url ?? '').split('?');
    const path = decodeURIComponent(rawPath.replace(/^\/api(\/v\d+)?/, ''));
    const method = req.method ?? 'GET';
    let body: any = null;
    try { body = text ? JSON.parse(text) : null; } catch { body = text; }
    const rec: Recorded = { method, path, query, body, status: 0, auth: req.headers.authorization };
    this.requests.push(rec);
    const [status, payload, headers] = this.respond(rec);
    rec.status = status;
    res.writeHead(status, status === 204 ? { ...headers } : { 'content-type': 'application/json', ...headers });
    res.end(status === 204 ? undefined : JSON.stringify(payload));
    this.notify();
  }

  private takeFailure(r: { method: string; path: string }): FailureKind | undefined {
    const f = this.failures.find((x) => x.times > 0 && matches(x.match, r));
    if (!f) return undefined;
    f.times -= 1;
    return f.kind;
  }

  private respond(r: Recorded): [number, unknown, Record<string, string>?] {
    const fail = this.takeFailure(r);
    return fail ? failure(fail) : route(r, this);
  }
}
