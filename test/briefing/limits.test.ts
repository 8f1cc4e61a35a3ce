import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clampEmbed, embedLength, escapeMarkdown, truncateAtWord } from '../../src/briefing/limits.ts';

test('truncateAtWord keeps short text unchanged and cuts long text at a word with an ellipsis', () => {
  assert.equal(truncateAtWord('short', 10), 'short');
  assert.equal(truncateAtWord('one two three', 9), 'one two…');
  assert.equal(truncateAtWord('one two three', 8), 'one two…');
  assert.equal(truncateAtWord('abcdefghij', 5), 'abcd…');
});

test('GIVEN any text and limit WHEN truncated THEN it fits, and is a word-prefix of the original plus an ellipsis', () => {
  fc.assert(fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), fc.integer({ min: 1, max: 300 }), (text, max) => {
    const out = truncateAtWord(text, max);
    assert.ok(out.length <= max);
    if (text.length <= max) return assert.equal(out, text);
    assert.ok(out.endsWith('…'));
    const kept = out.slice(0, -1);
    assert.ok(text.startsWith(kept));
    assert.ok(!/[\uD800-\uDBFF]$/.test(kept), 'no half surrogate pair');
  }));
});

test('GIVEN escaped text WHEN truncated THEN no dangling escape backslash is left before the ellipsis', () => {
  fc.assert(fc.property(fc.string({ maxLength: 200, unit: fc.constantFrom('*', '_', '\\', 'a', ' ', '`') }), fc.integer({ min: 2, max: 100 }), (text, max) => {
    const out = truncateAtWord(escapeMarkdown(text), max);
    const slashes = /\\*…?$/.exec(out)![0].replace('…', '').length;
    assert.equal(slashes % 2, 0);
  }));
});

test('escapeMarkdown escapes Markdown characters and neutralises every kind of mention', () => {
  assert.equal(escapeMarkdown('*a* _b_ ~c~ |d| > # - [e](f) `g`'), '\\*a\\* \\_b\\_ \\~c\\~ \\|d\\| \\> \\# \\- \\[e\\]\\(f\\) \\`g\\`');
  const out = escapeMarkdown('@everyone @here <@123> <@!45> <@&67> <#89>');
  for (const bad of ['@everyone', '@here', '<@123>', '<@!45>', '<@&67>', '<#89>']) assert.ok(!out.includes(bad), bad);
});

test('GIVEN an embed with over-long parts WHEN clamped THEN every per-embed limit holds', () => {
  const long = 'word '.repeat(2000);
  const e = clampEmbed({
    title: long, description: long, footer: { text: long }, author: { name: long },
    fields: Array.from({ length: 40 }, () => ({ name: long, value: long })),
  });
  assert.ok(e.title!.length <= 256 && e.description!.length <= 4096 && e.footer!.text.length <= 2048);
  assert.equal(e.fields!.length, 25);
  assert.ok(e.fields!.every((f) => f.name.length <= 256 && f.value.length <= 1024));
  assert.ok(embedLength(e) > 6000, 'clampEmbed does not enforce the per-message total; the renderer does');
});
