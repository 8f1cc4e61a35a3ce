import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

// Speakers in briefings, hearings and second-hand reports (fictional people and places).
const quotes = (text: string) => extract({ text, published: '2031-05-14' }).quotes;
const speakers = (text: string) => quotes(text).filter((q) => q.kind !== 'indirect').map((q) => q.speaker);

test('GIVEN "one Lassiter ally said" WHEN attributed THEN "ally" is a noun, not an adverb, and the name only qualifies it', () => {
  assert.deepEqual(speakers('"You don\'t hire the guy who called you a fraud," one Lassiter ally said.'), ['one Lassiter ally']);
  assert.deepEqual(speakers('Boyd Lassiter and his allies say Brandt cannot be trusted.\n\n"You don\'t hire the guy who called you a fraud," one Lassiter ally said.'), ['one Lassiter ally']);
});

test('GIVEN "Ostrander Secretary of State Lorraine Pickett said" WHEN attributed THEN the person after the title "of" something speaks', () => {
  assert.deepEqual(speakers('Ostrander Secretary of State Lorraine Pickett said the timeline was "extraordinarily tight."'), ['Lorraine Pickett']);
  assert.deepEqual(speakers('Minister for Water Resources Ana Ruiz told reporters: "The dam will hold."'), ['Ana Ruiz']);
});

test('GIVEN "A diner at the next table tells us" or "A man from Ohio told" WHEN attributed THEN the person placed by the phrase speaks, not the place', () => {
  assert.deepEqual(speakers('A diner at the next table tells us, "It\'s all theater."'), ['A diner at the next table']);
  assert.deepEqual(speakers('A man from Ohio told the crowd, "We are done waiting."'), ['A man from Ohio']);
  assert.deepEqual(speakers('At the rally, a woman in the front row shouted, "Lock him up!"'), ['a woman in the front row']);
});

test('GIVEN a first name a name list calls a woman\'s ("Merritt") WHEN only "he" can follow him THEN he is still the one named', () => {
  assert.deepEqual(speakers('Merritt Vollmer laughed. "Family fights," he said.'), ['Merritt Vollmer']);
});

test('GIVEN "X asked Y whether ..." WHEN the next "she said" follows THEN the one asked answers, and the question is the asker\'s report without the name', () => {
  assert.deepEqual(speakers('Maya Tran of the Beltway Dispatch asked Shawna Pike how those figures squared with public polling. "Polls are a snapshot," she said.'), ['Shawna Pike']);
  const qs = quotes('Rep. Dale Haskins asked Anita Fairweather whether she could guarantee it. She said no one could, "and anyone who tells you otherwise is selling something."');
  assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [['whether she could guarantee it', 'Dale Haskins'], ['no one could', 'Anita Fairweather'], ['and anyone who tells you otherwise is selling something.', 'Anita Fairweather']]);
});
