import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

const speakers = (text: string) => extract({ text, published: '2031-05-14' }).quotes.filter((q) => q.kind !== 'indirect').map((q) => q.speaker);

test('GIVEN "he said" after a quote WHEN the article named him earlier THEN the pronoun resolves to his full name, never a bare pronoun', () => {
  const text = 'Port authority chief Tomas Ekwueme toured the flooded docks on Sunday.\n\n"The water came in faster than any model predicted," he said.';
  assert.deepEqual(speakers(text), ['Tomas Ekwueme']);
});

test('GIVEN "she" after a man was mentioned more recently WHEN genders are known from first names THEN she resolves to the woman', () => {
  const text = 'Mayor Linda Okafor met engineer Peter Voss at the pier. Voss showed her the cracks.\n\n"We close the pier tonight," she said.';
  assert.deepEqual(speakers(text), ['Linda Okafor']);
});

test('GIVEN a surname and a title at the attribution WHEN the full name appeared before THEN the speaker is the full name', () => {
  const text = 'Finance Minister Ana Ruiz presented the budget.\n\n"Nothing here is optional," Ms. Ruiz said. "Nothing," Ruiz added.';
  assert.deepEqual(speakers(text), ['Ana Ruiz', 'Ana Ruiz']);
});

test('GIVEN a role with nobody named WHEN attributed THEN the speaker stays a short description', () => {
  const text = '"The recall covers every unit sold since March," a Brightwell Appliances spokesperson said on Friday.';
  assert.deepEqual(speakers(text), ['a Brightwell Appliances spokesperson']);
});

test('GIVEN an inverted attribution with an appositive WHEN attributed THEN only the name is the speaker', () => {
  const text = '"It was a clean count," said Hedda Marsh, who chairs the county election board in Pellworth.';
  assert.deepEqual(speakers(text), ['Hedda Marsh']);
});

test('GIVEN a colon introduction in the previous paragraph WHEN the quote paragraph has no cue THEN the introducer speaks', () => {
  const text = 'Coach Emeka Barnaby was blunt:\n\n"We played scared for ninety minutes."';
  assert.deepEqual(speakers(text), ['Emeka Barnaby']);
});

test('GIVEN a quote signed with a dash and a transcript line WHEN attributed THEN the signer and the transcript name speak', () => {
  const text = '"The buses never come on time." ― Marisol Quent\n\n"HOST: Welcome back to the show, everyone."';
  assert.deepEqual(speakers(text), ['Marisol Quent', 'HOST']);
});

test('GIVEN a pronoun with nobody named before WHEN attributed THEN the speaker is null rather than the pronoun', () => {
  assert.deepEqual(speakers('"We are not leaving," she said.'), [null]);
});

test('GIVEN a spokeswoman introduced by name WHEN a later quote cites "the spokeswoman" THEN the speaker is her name', () => {
  const text = 'Harbour spokeswoman Ilka Brandt confirmed the closure.\n\n"Ferries will run again by Friday," the spokeswoman said.';
  assert.deepEqual(speakers(text), ['Ilka Brandt']);
});

test('GIVEN a quote inside a sentence with no speech verb WHEN attributed THEN the sentence subject speaks', () => {
  const text = 'Councillor Wim Achterberg dismissed the ferry plan as "a fantasy for tourists" on Monday.';
  assert.deepEqual(speakers(text), ['Wim Achterberg']);
});
