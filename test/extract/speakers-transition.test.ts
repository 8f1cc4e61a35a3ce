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

test('GIVEN "Meanwhile, self-described democratic socialist Sen. Elliot Rusk (U-Granite) — who spent ... railing against "..." — blasted the deal, calling it a "..."" WHEN attributed THEN every quoted phrase is his', () => {
  const text = 'Meanwhile, self-described democratic socialist Sen. Elliot Rusk (U-Granite) \u2014 who spent the campaign railing against "the billionaire class" \u2014 blasted the deal in an op-ed for the Capital Courier, calling it a "bribe" that tells companies they can "threaten to leave and get paid to stay."';
  assert.deepEqual(quotes(text).map((q) => q.speaker), ['Elliot Rusk', 'Elliot Rusk', 'Elliot Rusk']);
  // ('titled "Arrogant," features a report': a title is no subject)
  assert.ok(quotes('The 30-second spot, titled \u201cArrogant,\u201d features a Ledger report that the losses let him pay no tax.').every((q) => q.speaker !== 'Arrogant'));
});

test('GIVEN a person whose surname is also a city ("Vice President-elect Dale Brisbane ... Brisbane brushed off the criticism") WHEN "he said" follows THEN Brisbane is the person, while "Officials from Jordan attended" stays the country', () => {
  const text = 'Vice President-elect Dale Brisbane spoke first. Elliot Rusk wrote an op-ed. "That is a ransom," Rusk wrote.\n\nBrisbane brushed off the criticism in a brief interview. "Senator Rusk has never made a payroll in his life," he said.';
  assert.deepEqual(speakers(text), ['Elliot Rusk', 'Dale Brisbane']);
});

test('GIVEN a tagged question, a tagged answer and then an untagged question and answer WHEN attributed THEN the asker follows up and the one who answered answers again', () => {
  const text = '"Why the delay?" Morrow asked.\n\n"It is a fair question," Caldicott said.\n\n"So you do not regret it?"\n\n"I regret that it happened."';
  assert.deepEqual(speakers(text), ['Morrow', 'Caldicott', 'Morrow', 'Caldicott']);
  // (an untagged remark that is no question stays with the one who spoke last)
  assert.deepEqual(speakers('"Why the delay?" Morrow asked.\n\n"It is a fair question," Caldicott said.\n\n"We will have more next week."'), ['Morrow', 'Caldicott', 'Caldicott']);
});

test('GIVEN "Vice President-elect Dale Brisbane, still the governor, spoke first" WHEN a later paragraph says "the governor said" THEN Brisbane speaks', () => {
  assert.deepEqual(speakers('Vice President-elect Dale Brisbane, still the governor, spoke first.\n\n"Today 1,100 jobs are not going anywhere," the governor said.'), ['Dale Brisbane']);
});
