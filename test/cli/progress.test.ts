import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { progressBar } from '../../src/cli/progress.ts';

const stream = (isTTY: boolean) => {
  const s = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  s.isTTY = isTTY;
  s.columns = 80;
  let out = '';
  s.on('data', (d) => (out += d));
  return { s: s as unknown as NodeJS.WriteStream, out: () => out };
};

test('GIVEN a terminal WHEN items are ingested THEN one line is redrawn with the count, and ends with a newline', () => {
  const t = stream(true);
  const bar = progressBar(t.s, 'ingesting');
  bar.update(1, 4, 'first');
  bar.update(4, 4, 'last');
  bar.done();
  assert.match(t.out(), /^\ringesting \[######------------------\] 1\/4 first/);
  assert.match(t.out(), /\ringesting \[########################\] 4\/4 last\s*\n$/);
});

test('GIVEN output that is not a terminal WHEN items are ingested THEN nothing is drawn', () => {
  const t = stream(false);
  const bar = progressBar(t.s, 'ingesting');
  bar.update(1, 2);
  bar.done();
  assert.equal(t.out(), '');
});
