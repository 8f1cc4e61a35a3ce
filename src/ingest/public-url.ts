import { lookup } from 'node:dns/promises';
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

/** Resolve the host and refuse it if any address is private (used before every request a guild's feed makes). */
export async function assertPublicHost(url: string): Promise<void> {
  const reason = privateUrlReason(url);
  if (reason) throw new Error(`refused: ${reason}`);
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return;
  const addresses = await lookup(host, { all: true }).catch(() => {
    throw new Error(`could not resolve ${host}`);
  });
  const bad = addresses.find((a) => isPrivateAddress(a.address));
  if (bad) throw new Error(`refused: ${host} resolves to the private address ${bad.address}`);
}
