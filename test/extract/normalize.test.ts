import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../../src/extract/01-normalize.ts';
import { splitSentences } from '../../src/extract/02-sentences.ts';

test('GIVEN curly quotes and a glued sentence end WHEN normalised THEN marks are straight, a space is inserted and offsets map back', () => {
  const original = 'Mayor Ilse Varga said.The \u201cplan\u201d costs\u00a0$4m';
  const doc = normalize(original);
  assert.equal(doc.text, 'Mayor Ilse Varga said. The "plan" costs $4m');
  const plan = doc.text.indexOf('plan');
  assert.equal(original.slice(doc.orig(plan), doc.orig(plan + 4)), 'plan');
  assert.ok(doc.open.has(plan - 1) && doc.close.has(plan + 4));
});

test('GIVEN two apostrophes used as a double quote mark WHEN normalised THEN they become one mark and offsets still index the original', () => {
  const original = "''We are ready,'' said Captain Oro Lindqvist.";
  const doc = normalize(original);
  assert.equal(doc.text, '"We are ready," said Captain Oro Lindqvist.');
  const we = doc.text.indexOf('We');
  assert.equal(original.slice(doc.orig(we), doc.orig(we + 13)), 'We are ready,');
});

test('GIVEN abbreviations, initials and a question inside a quote WHEN split THEN sentences end only at real ends', () => {
  const doc = normalize('Gov. T. R. Almsworth met Dr. Pell at 3 p.m. today. "Why now?" she asked. Nobody knew.\n\nA new paragraph.');
  const sentences = splitSentences(doc).map((s) => doc.text.slice(s.start, s.end));
  assert.deepEqual(sentences, ['Gov. T. R. Almsworth met Dr. Pell at 3 p.m. today.', '"Why now?" she asked.', 'Nobody knew.', 'A new paragraph.']);
});

test('GIVEN a wire dateline WHEN normalised THEN it is blanked at the same length and its place and outlet are kept aside', () => {
  const text = 'Headline here\n\nLAKE VERRAN, Oct 4 (Coastline Press) - The council met.\n\nThe US - and Ostmark - agreed.';
  const doc = normalize(text);
  assert.equal(doc.text.length, text.length);
  assert.deepEqual(doc.dateline, { place: 'Lake Verran', outlet: 'Coastline Press', date: 'Oct 4', start: 15, end: 54 });
  assert.equal(doc.text.slice(15, 54).trim(), '');
  assert.ok(doc.text.endsWith('The council met.\n\nThe US - and Ostmark - agreed.'), 'ordinary dashes are untouched');
  assert.equal(normalize('FIFTEEN people died - officials said.').dateline, undefined, 'a shouted first word is not a dateline');
});

test('GIVEN quotes glued to the words around them WHEN normalised THEN spaces go in, offsets still map back, and contractions stay whole', () => {
  const text = "He was hard in his answer.'Not one more dollar will we pay'said Varkonyi. It's the board's 'final' word, don't doubt it.";
  const doc = normalize(text);
  assert.ok(doc.text.includes("answer. 'Not one more dollar will we pay' said Varkonyi."), doc.text);
  assert.ok(doc.text.includes("It's the board's 'final' word, don't doubt it."));
  const at = doc.text.indexOf('said');
  assert.equal(text.slice(doc.orig(at), doc.orig(at) + 4), 'said');
});

test('GIVEN page furniture lines (byline, "Updated ...", "Read more:", "Photo:", "Correction:") WHEN normalised THEN they are blanked at the same length and the story is untouched', () => {
  const text = 'By Hanne Sorvik and Rasmus Eklind\nUpdated 14:05 GMT, 12 March 2026\nThe port reopened on Monday.\nRead more: "We are paying for it now," says Aastrup\nPhoto: Rescue workers search the rubble.';
  const doc = normalize(text);
  assert.equal(doc.text.length, text.length);
  assert.equal(doc.text.replace(/\s+/g, ' ').trim(), 'The port reopened on Monday.');
});
