import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { ConfigError, configSchema, loadConfig } from '../../src/config.ts';
import { createLog } from '../../src/log.ts';

test('GIVEN an empty environment WHEN config loads THEN every default applies and no token is required', () => {
  const c = loadConfig({});
  assert.equal(c.NEWSDESK_DB, 'data/newsdesk.db');
  assert.equal(c.LOG_LEVEL, 'info');
  assert.equal(c.DISCORD_TOKEN, undefined);
  assert.equal(c.DISCORD_API_URL, 'https://discord.com/api');
  assert.deepEqual(c.NEWSDESK_FEEDS, []);
  assert.equal(c.FEED_POLL_MINUTES, 30);
});

test('GIVEN bad variables WHEN config loads THEN the error names each one, what it got and where to look', () => {
  assert.throws(() => loadConfig({ LOG_LEVEL: 'loud', DISCORD_API_URL: 'not a url', FEED_POLL_MINUTES: '0' }), (e: unknown) => {
    assert.ok(e instanceof ConfigError);
    assert.match(e.message, /LOG_LEVEL: .*"loud"/);
    assert.match(e.message, /DISCORD_API_URL: .*"not a url"/);
    assert.match(e.message, /FEED_POLL_MINUTES: .*"0"/);
    assert.match(e.message, /\.env\.example/);
    return true;
  });
});

test('feed lists split on commas and spaces, and each must be an http(s) URL', () => {
  assert.deepEqual(loadConfig({ NEWSDESK_FEEDS: 'https://a.example/rss, https://b.example/atom  http://c.example/f' }).NEWSDESK_FEEDS,
    ['https://a.example/rss', 'https://b.example/atom', 'http://c.example/f']);
  assert.throws(() => loadConfig({ NEWSDESK_FEEDS: 'ftp://a.example/rss' }), /NEWSDESK_FEEDS/);
});

test('.env.example documents every variable the schema reads', () => {
  const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
  for (const name of Object.keys(configSchema.shape)) assert.match(example, new RegExp(`^${name}=`, 'm'), `${name} missing`);
});

test('GIVEN a token in a log object WHEN logged THEN it is redacted', () => {
  let out = '';
  const sink = new Writable({ write(chunk, _enc, cb) { out += chunk; cb(); } });
  const log = createLog('info', sink);
  log.info({ token: 'secret-1', config: { DISCORD_TOKEN: 'secret-2' }, req: { headers: { authorization: 'Bot secret-3' } } }, 'hello');
  log.flush?.();
  assert.match(out, /hello/);
  assert.doesNotMatch(out, /secret-/);
  assert.match(out, /\[redacted\]/);
});
