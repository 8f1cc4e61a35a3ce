import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

// Transition-season copy: electors, press secretaries, embassies, county seats (fictional people, outlets and places).
const quotes = (text: string) => extract({ text, published: '2031-12-14' }).quotes;
const speakers = (text: string) => quotes(text).filter((q) => q.kind !== 'indirect' && q.kind !== 'term').map((q) => q.speaker);

test('GIVEN "a retired teacher in the county seat of Ardmore, said" WHEN attributed THEN the teacher speaks, not the town', () => {
  assert.deepEqual(speakers('Patrice Whitfield, 58, a retired teacher in the county seat of Ardmore, said she had voted early "so I would not have to deal with any of this." She laughed. "That worked out great."'),
    ['Patrice Whitfield', 'Patrice Whitfield']);
});

test('GIVEN "The Ostrovian embassy in London wrote that" WHEN attributed THEN the embassy speaks, not the city it is in', () => {
  assert.deepEqual(speakers('The Ostrovian embassy in London wrote that "everybody will be glad to see the last of this administration."'), ['The Ostrovian embassy in London']);
});

test('GIVEN "Mr. Rourke\'s transition team said" WHEN attributed THEN the team of the man named in full speaks', () => {
  assert.deepEqual(speakers('Dalton Rourke won the state. "These are the same people that were wrong before," Mr. Rourke\'s transition team said in a statement.'), ["Dalton Rourke's transition team"]);
});

test('GIVEN someone introduced as "a Colorado elector" or "White House press secretary" WHEN a later paragraph says "the elector" or "the press secretary" THEN that person speaks', () => {
  assert.deepEqual(speakers('Miguel Serrano, a Colorado elector, was removed from the chamber.\n\n"They can remove me from the room," the elector said.'), ['Miguel Serrano']);
  assert.deepEqual(speakers('Ines Barlow, a Granite lawmaker, voted no.\n\n"I could not in conscience do otherwise," the lawmaker said.'), ['Ines Barlow']);
  assert.deepEqual(speakers('White House press secretary Joel Amsden spoke to reporters. "The president will have more to say," Amsden said.\n\nThe press secretary said: "I am not going to get ahead of the president."'), ['Joel Amsden', 'Joel Amsden']);
});

test('GIVEN two senators, and a sentence about one of them WHEN the next quote is "the senator said" THEN that one speaks, though the other was introduced last', () => {
  const text = 'Sen. Robert Hale and Sen. Howard Ruiz both spoke on Friday. Senator Howard Ruiz called for an accounting. "This is not about November," Mr. Ruiz said.\n\nMr. Hale, who sits on the Armed Services Committee, said he expected hearings.\n\n"We will do our job," the senator said.';
  assert.deepEqual(speakers(text), ['Howard Ruiz', 'Robert Hale']);
  // (with no sentence about either, the one introduced last)
  assert.deepEqual(speakers('Sen. Gideon Pratt chairs the panel. Senator Walter Ames sits on it.\n\nReporters asked about hearings. "We are going to find out what happened," the senator said.'), ['Walter Ames']);
});
