import { isIP } from 'node:net';
import { Agent, fetch, type Response } from 'undici';
import { decodeBytes } from './decode.ts';
import { checkedAddresses, checkedLookup, LookupError, privateUrlReason, systemResolve, type Resolve } from './public-url.ts';

/**
 * publicOnly: refuse hosts that are or resolve to private addresses, at every redirect (guild-added feeds).
 * resolve: how host names are resolved (default: the system's DNS); tests inject one to play a hostile DNS server.
 */
export type FetchLimits = { timeoutMs: number; maxBytes: number; publicOnly?: boolean; resolve?: Resolve };
/** body is decoded by its BOM, the Content-Type charset, or the document's own declaration (see decode.ts); encoding names the one used. */
export type Fetched = { url: string; contentType: string; body: string; encoding: string };

export class FetchError extends Error {
  override name = 'FetchError';
}

const MAX_REDIRECTS = 5;
const HEADERS = { 'user-agent': 'Newsdesk/0.1 (+news briefing bot)', accept: 'text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8' };
const ACCEPTED = /^(text\/html|application\/xhtml\+xml|text\/plain|text\/markdown|application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml|application\/feed\+json)\b/i;

/**
 * GET a page or feed with a deadline for the whole exchange, a byte cap enforced while
 * streaming (not after), and a content-type check. Errors say what went wrong in words.
 */
export async function fetchText(url: string, limits: FetchLimits): Promise<Fetched> {
  // The connection resolves through checkedLookup: the addresses checked are the ones connected to.
  const resolve = limits.resolve ?? systemResolve;
  const agent = limits.publicOnly || limits.resolve ? new Agent({ connect: { lookup: checkedLookup(resolve, !!limits.publicOnly) } }) : undefined;
  try {
    return await fetchWith(agent, resolve, url, limits);
  } finally {
    await agent?.destroy().catch(() => {});
  }
}

async function fetchWith(agent: Agent | undefined, resolve: Resolve, url: string, limits: FetchLimits): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let res: Response | undefined;
  let current = url;
  // Redirects are followed by hand so that each hop's host can be checked.
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (limits.publicOnly) await refusePrivateHost(current, resolve);
    try {
      res = await fetch(current, { signal, redirect: 'manual', headers: HEADERS, ...(agent ? { dispatcher: agent } : {}) });
    } catch (e) {
      const why = (e as { cause?: unknown }).cause;
      if (why instanceof LookupError) throw new FetchError(why.message);
      throw new FetchError(timedOut(e) ? `timed out after ${limits.timeoutMs} ms` : `could not connect: ${cause(e)}`);
    }
    const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
    if (!location) break;
    await res.body?.cancel().catch(() => {});
    current = new URL(location, current).toString();
    if (hop === MAX_REDIRECTS) throw new FetchError(`more than ${MAX_REDIRECTS} redirects`);
  }
  if (!res) throw new FetchError('no response');
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    throw new FetchError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  }
  const contentType = res.headers.get('content-type') ?? '';
  if (contentType && !ACCEPTED.test(contentType)) {
    await res.body?.cancel().catch(() => {});
    throw new FetchError(`unsupported content type "${contentType.split(';')[0]}" (expected an HTML page, text or an RSS/Atom feed)`);
  }
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > limits.maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new FetchError(`too large: ${declared} bytes (limit ${limits.maxBytes})`);
  }
  const bytes = await readCapped(res, limits, signal);
  const kind = /^text\/(plain|markdown)\b/i.test(contentType) ? 'text' : 'markup';
  const { text: body, encoding } = decodeBytes(bytes, { contentType, kind });
  return { url: current, contentType, body, encoding };
}

/** An early, clear refusal for a private host, before any connection; the binding check is at connect (checkedLookup). */
async function refusePrivateHost(url: string, resolve: Resolve): Promise<void> {
  const reason = privateUrlReason(url);
  if (reason) throw new FetchError(`refused: ${reason}`);
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (!isIP(host)) await checkedAddresses(host, resolve, true).catch((e: Error) => { throw new FetchError(e.message); });
}

async function readCapped(res: Response, limits: FetchLimits, signal: AbortSignal): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel().catch(() => {});
        throw new FetchError(`too large: over ${limits.maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    throw new FetchError(signal.aborted ? `timed out after ${limits.timeoutMs} ms` : `connection failed: ${cause(e)}`);
  }
  return Buffer.concat(chunks);
}

const timedOut = (e: unknown) => e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
const cause = (e: unknown) => {
  const c = (e as { cause?: { code?: string; message?: string } }).cause;
  return c?.code ?? c?.message ?? (e instanceof Error ? e.message : String(e));
};
