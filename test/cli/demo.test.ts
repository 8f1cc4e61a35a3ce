import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.ts';

test('the demo ingests every sample, groups them into the four stories of the answer key and prints each section', async () => {
  const { code, stdout, stderr } = await runCli(['demo']);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /12 sample articles from 4 outlets → 4 stories/);
  assert.doesNotMatch(stdout, /^\s+! /m, 'no sample failed to ingest');
  for (const heading of ['1. The briefing', '2. Quote search', '3. Timeline: Maren Solvik', '4. One story']) assert.ok(stdout.includes(heading), heading);
  const search = stdout.slice(stdout.indexOf('2. Quote search'), stdout.indexOf('3. Timeline'));
  assert.match(search, /Not one more dollar/i);
  assert.match(search, /— Oleksii Marchenko|— Oleksiy Marchenkko/, 'the quote is attributed to the Dravena chief executive');
  assert.doesNotMatch(stdout, /@everyone|<@\d/);
});
