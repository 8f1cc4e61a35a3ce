import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fetchText } from '../../src/ingest/fetch.ts';
import { checkedLookup, isPrivateAddress, privateUrlReason } from '../../src/ingest/public-url.ts';
import { httpFixtures } from '../support/http-fixtures.ts';

test('loopback, private, link-local, CGNAT and IPv4-mapped addresses are private; public ones are not', () => {
  for (const ip of ['127.0.0.1', '10.2.3.4', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1']) {
    assert.equal(isPrivateAddress(ip), true, ip);
  }
  for (const ip of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2001:db8::1']) assert.equal(isPrivateAddress(ip), false, ip);
});

test('feed URLs naming local hosts or private IPs are refused without a DNS lookup; ordinary names pass', () => {
  assert.match(privateUrlReason('http://localhost:8080/rss')!, /local name/);
  assert.match(privateUrlReason('http://metadata.internal/latest')!, /local name/);
  assert.match(privateUrlReason('http://[::1]/feed')!, /private or loopback/);
  assert.match(privateUrlReason('http://169.254.169.254/latest/meta-data')!, /private or loopback/);
  assert.equal(privateUrlReason('https://news.example/rss'), null);
});

test('GIVEN a public-only fetch WHEN the server is on loopback THEN it is refused before any request; a normal fetch goes through', async (t) => {
  const server = await httpFixtures({ '/feed': { type: 'application/rss+xml', body: '<rss version="2.0"><channel></channel></rss>' } });
  t.after(() => server.close());
  await assert.rejects(fetchText(server.url('/feed'), { timeoutMs: 500, maxBytes: 10_000, publicOnly: true }), /refused: 127\.0\.0\.1/);
  assert.deepEqual(server.hits, []);
  assert.equal((await fetchText(server.url('/feed'), { timeoutMs: 500, maxBytes: 10_000 })).contentType, 'application/rss+xml');
});

test('redirects are followed hop by hop, and a redirect loop ends with a clear error', async (t) => {
  const server = await httpFixtures({
    '/old': (_req, res) => void res.writeHead(301, { location: '/new' }).end(),
    '/new': { type: 'text/html', body: '<p>moved here</p>' },
    '/loop': (_req, res) => void res.writeHead(302, { location: '/loop' }).end(),
  });
  t.after(() => server.close());
  const moved = await fetchText(server.url('/old'), { timeoutMs: 500, maxBytes: 10_000 });
  assert.equal(moved.url, server.url('/new'));
  assert.match(moved.body, /moved here/);
  await assert.rejects(fetchText(server.url('/loop'), { timeoutMs: 500, maxBytes: 10_000 }), /more than 5 redirects/);
});

const feedBody = { type: 'application/rss+xml', body: '<rss version="2.0"><channel></channel></rss>' };

test('GIVEN a DNS server that answers a public address first and 127.0.0.1 afterwards WHEN a public-only feed is fetched THEN it is refused and no request reaches 127.0.0.1', async (t) => {
  const server = await httpFixtures({ '/feed': feedBody });
  t.after(() => server.close());
  const asked: string[] = [];
  const rebinding = async (host: string) => {
    asked.push(host);
    return [{ address: asked.length === 1 ? '93.184.216.34' : '127.0.0.1', family: 4 }];
  };
  const url = `http://rebind.test:${new URL(server.base).port}/feed`;
  await assert.rejects(fetchText(url, { timeoutMs: 2000, maxBytes: 10_000, publicOnly: true, resolve: rebinding }),
    /^FetchError: refused: rebind\.test resolves to the private address 127\.0\.0\.1$/);
  assert.deepEqual(server.hits, []);
  assert.deepEqual(asked, ['rebind.test', 'rebind.test'], 'checked before connecting, then resolved once more for the connection itself');
});

test('GIVEN an injected resolver WHEN a fetch that is not public-only names a host THEN it connects to the address that resolver gave', async (t) => {
  const server = await httpFixtures({ '/feed': feedBody });
  t.after(() => server.close());
  const resolve = async (host: string) => (host === 'wire.test' ? [{ address: '127.0.0.1', family: 4 }] : []);
  const got = await fetchText(`http://wire.test:${new URL(server.base).port}/feed`, { timeoutMs: 2000, maxBytes: 10_000, resolve });
  assert.equal(got.contentType, 'application/rss+xml');
  assert.deepEqual(server.hits, ['/feed']);
  await assert.rejects(fetchText(`http://nowhere.test:${new URL(server.base).port}/feed`, { timeoutMs: 2000, maxBytes: 10_000, resolve }), /could not resolve nowhere\.test/);
});

test('the connect-time lookup hands back only the addresses it checked, and refuses a host with any private address', async () => {
  const lookup = (addresses: string[], all: boolean) => new Promise<unknown[]>((resolve) => {
    checkedLookup(async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })), true)('news.test', { all }, (...args) => resolve(args));
  });
  assert.deepEqual(await lookup(['93.184.216.34', '2606:2800:220:1::1'], true), [null, [{ address: '93.184.216.34', family: 4 }, { address: '2606:2800:220:1::1', family: 6 }]]);
  assert.deepEqual(await lookup(['93.184.216.34'], false), [null, '93.184.216.34', 4]);
  const [err] = await lookup(['93.184.216.34', '10.0.0.7'], true);
  assert.match(String(err), /refused: news\.test resolves to the private address 10\.0\.0\.7/);
});
