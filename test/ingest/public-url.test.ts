import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fetchText } from '../../src/ingest/fetch.ts';
import { isPrivateAddress, privateUrlReason } from '../../src/ingest/public-url.ts';
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
