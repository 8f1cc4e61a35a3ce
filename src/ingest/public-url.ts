import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Loopback, private, link-local (cloud metadata), CGNAT, multicast and unspecified ranges. */
const blocked = new BlockList();
for (const [net, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]] as const) blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) blocked.addSubnet(net, bits, 'ipv6');

export function isPrivateAddress(ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  const family = isIP(ip);
  return family === 4 ? blocked.check(ip, 'ipv4') : family === 6 ? blocked.check(ip, 'ipv6') : false;
}

/**
 * Why this URL must not be fetched for a guild, judged without DNS (for /feeds add):
 * 'http://127.0.0.1/x' → 'it points at a private or loopback address'; 'https://news.example/rss' → null.
 */
export function privateUrlReason(url: string): string | null {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || /\.(localhost|local|internal|home\.arpa)$/.test(host)) return `${host} is a local name`;
  if (isIP(host) && isPrivateAddress(host)) return `${host} is a private or loopback address`;
  return null;
}

/** A host's addresses, the way dns.lookup({ all: true }) gives them; injectable so tests can play a hostile DNS server. */
export type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;
export const systemResolve: Resolve = (host) => dnsLookup(host, { all: true });

/** Why a host was not connected to (refused, or not resolvable); fetch reports the message as is. */
export class LookupError extends Error {
  override name = 'LookupError';
}

/** The host's addresses; when publicOnly, a LookupError if any of them is private. */
export async function checkedAddresses(host: string, resolve: Resolve, publicOnly: boolean): Promise<{ address: string; family: number }[]> {
  const addresses = await resolve(host).catch(() => []);
  if (addresses.length === 0) throw new LookupError(`could not resolve ${host}`);
  const bad = publicOnly ? addresses.find((a) => isPrivateAddress(a.address)) : undefined;
  if (bad) throw new LookupError(`refused: ${host} resolves to the private address ${bad.address}`);
  return addresses;
}

type LookupCallback = (err: Error | null, address: string | { address: string; family: number }[], family?: number) => void;

/**
 * A dns.lookup-style function for net/tls connect, over checkedAddresses. The socket connects only
 * to the addresses handed back here, so the address checked is the address used: there is no second
 * lookup that a hostile DNS server could answer differently.
 */
export function checkedLookup(resolve: Resolve, publicOnly: boolean) {
  return (host: string, options: { all?: boolean }, callback: LookupCallback): void => {
    checkedAddresses(host, resolve, publicOnly).then(
      (list) => (options.all ? callback(null, list) : callback(null, list[0]!.address, list[0]!.family)),
      (e: Error) => callback(e, ''),
    );
  };
}
