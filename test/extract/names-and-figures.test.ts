import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { entityKey } from '../../src/extract/05-entities.ts';

// Fictional articles probing entity typing, alias merging and figure normalisation.
// Only behaviour that holds today is asserted; known failures are listed in the tester's report.

const ex = (text: string) => extract({ text, published: '2026-03-12' });
type X = ReturnType<typeof ex>;
const ent = (x: X, name: string) => x.entities.find((e) => e.name === name);
const fig = (x: X, text: string) => x.figures.find((f) => f.text === text);

const BUDGET = `Finance Minister Ana Ruiz unveiled a revised budget for the province of Calvera on Tuesday, promising to close a gap that opposition lawmakers have called unsustainable.

"We will not borrow our way out of this," said Ruiz, who took office in January. The minister added that spending on roads would be frozen.

Opposition leader Tobias Wrenfield said the plan was "a retreat dressed up as reform." Mr. Wrenfield, whose Harbour Party holds 31 seats, said his group would vote against it.

Ms. Ruiz later met Governor Elspeth Ambrose at the provincial assembly. Ambrose told reporters that the talks had been "frank." According to Deputy Finance Minister Oren Sadlowe, the province must also repay a loan to the Calvera Development Bank by June.

Sadlowe said the bank had agreed to stretch the repayment. Wrenfield disputed that account.`;

test('people are found from titles, honorifics and attributions, and "the minister" is never an alias', () => {
  const x = ex(BUDGET);
  const ruiz = ent(x, 'Ana Ruiz');
  assert.equal(ruiz?.type, 'person');
  assert.ok(ruiz?.roles?.includes('Finance Minister'));
  assert.equal(ruiz?.mentions, 3); // 'Finance Minister Ana Ruiz', 'said Ruiz', 'Ms. Ruiz'
  assert.equal(x.entities.filter((e) => /Ruiz/.test(e.name)).length, 1);
  const wren = ent(x, 'Tobias Wrenfield');
  assert.equal(wren?.mentions, 3);
  assert.ok(!wren?.roles?.includes('Mr.'));
  assert.ok(ent(x, 'Elspeth Ambrose')?.roles?.includes('Governor'));
  assert.ok(ent(x, 'Oren Sadlowe')?.roles?.includes('Deputy Finance Minister'));
  assert.equal(ent(x, 'Oren Sadlowe')?.mentions, 2);
  assert.ok(x.entities.every((e) => !e.aliases.some((a) => /minister/i.test(a))));
  assert.equal(ent(x, 'Calvera Development Bank')?.type, 'organization');
  assert.equal(ent(x, 'Harbour Party')?.type, 'organization');
  assert.equal(ent(x, 'Calvera')?.type, 'place');
});

const SUMMIT = `President Jinping Varo of the Republic of Tessary arrived in Ostrava Nova on Monday. Varo Jinping, as state media call him, held talks with Prime Minister Mariela Kostadin.

Kostadin said the two leaders discussed grain exports. Kostadin's office later released a joint statement.

Meanwhile envoy Dmytro Zelenskyy said the talks were useful. Zelensky, speaking in Tessaran, added that "nothing was signed." Some outlets spelled his name Zelenskiy.

Foreign Minister Abdel Fattah Al-Marsi also attended. El-Marsi told state television that the Tessaran delegation had been "generous." Advisor Mohammed bin Rahal sat beside him; Muhammad bin Rahal later told reporters the trip had gone well. Bin Rahal declined to give details.`;

test('name order, transliteration variants, al-/el- and the spellings of Muhammad merge within an article', () => {
  const x = ex(SUMMIT);
  const varo = x.entities.filter((e) => e.name === 'Jinping Varo' || e.aliases.includes('Jinping Varo'));
  assert.equal(varo.length, 1);
  assert.ok([varo[0]!.name, ...varo[0]!.aliases].includes('Varo Jinping'));
  assert.equal(ent(x, 'Dmytro Zelenskyy')?.mentions, 3);
  assert.ok(ent(x, 'Abdel Fattah Al-Marsi')?.aliases.includes('El-Marsi'));
  assert.equal(ent(x, 'Mohammed bin Rahal')?.mentions, 3);
  assert.equal(ent(x, 'Mariela Kostadin')?.mentions, 3);

  const sousi = ex('President Abdel Karim al-Sousi met envoys. Al-Sousi said the border was secure. El-Sousi later flew home. Sousi has ruled since 2014.');
  assert.equal(sousi.entities.length, 1);
  assert.equal(sousi.entities[0]!.mentions, 4);

  const wen = ex('President Wen Tianlo arrived on Monday. Wen said trade was growing. Tianlo Wen, as some outlets write it, later left.');
  assert.equal(wen.entities.length, 1);
  assert.equal(wen.entities[0]!.mentions, 3);

  const mt = ex('According to the minister of finance Ruiz Ana, the budget is ready. Ana Ruiz also said taxes would fall.');
  assert.equal(mt.entities.length, 1);
});

const NAMESAKES = `Two candidates are on the ballot in Marrowby this spring. John Smith, a retired surveyor, is running for the council seat that Jane Smith, a schoolteacher, has held since 2019.

"I respect her, but it is time for change," John Smith said. Jane Smith said she welcomed the contest.

The brothers Tom Hale and Tim Hale run rival bakeries. Tom Hale said business was steady. Tim Hale said he had cut prices.

In the northern capital, leader Kim Jong Sol met his sister Kim Yo Sol, who is said to handle propaganda. Kim Yo Sol said the meeting had been productive.`;

test('people whose full names are merely close stay apart', () => {
  const x = ex(NAMESAKES);
  assert.equal(ent(x, 'John Smith')?.type, 'person');
  assert.equal(ent(x, 'Jane Smith')?.type, 'person');
  assert.equal(ent(x, 'Tom Hale')?.mentions, 2);
  assert.equal(ent(x, 'Tim Hale')?.mentions, 2);
  assert.equal(ent(x, 'Kim Jong Sol')?.type, 'person');
  assert.equal(ent(x, 'Kim Yo Sol')?.mentions, 2);
  assert.notEqual(entityKey('John Smith'), entityKey('Jane Smith'));
  assert.notEqual(entityKey('Tom Hale'), entityKey('Tim Hale'));
  assert.notEqual(entityKey('Kim Jong Un'), entityKey('Kim Yo Jong'));
  assert.notEqual(entityKey('Arthur Penrose Sr.'), entityKey('Arthur Penrose Jr.'));
});

const MUSEUM = `The museum's director, Ramon de la Cruz, said the jury had been unanimous. De la Cruz added that construction would begin in autumn. Cruz has led the museum since 2021.

The project is backed by investor Faisal bin Tarek, whose family trust pledged the land. Bin Tarek said he wanted "a building people remember." Faisal declined to say how much the land was worth.

Local councillor Darren "Dazza" Pelham opposed the plan. Dazza said the town needed housing, not museums. Pelham has asked for a public vote.`;

test('particle names, bin-names and one-word nicknames keep every mention on one person', () => {
  const x = ex(MUSEUM);
  assert.equal(ent(x, 'Ramon de la Cruz')?.mentions, 3);
  assert.equal(ent(x, 'Faisal bin Tarek')?.mentions, 3);
  assert.ok(ent(x, 'Darren Pelham')?.aliases.includes('Dazza'));
  assert.ok(ent(x, 'Darren Pelham')?.aliases.includes('Pelham'));
  const vdb = ex('Lotte van der Berg won the commission. "It is a dream," van der Berg said.');
  assert.equal(ent(vdb, 'Lotte van der Berg')?.mentions, 2);
  const vr = ex('Lawyer Hugo van Rensburg filed the case. Mr van Rensburg said the ruling was wrong. Van Rensburg will appeal.');
  assert.equal(ent(vr, 'Hugo van Rensburg')?.mentions, 3);
});

const DROUGHT = `The National Hydrology Service warned on Wednesday that reservoirs in the Dunmere valley were at their lowest level in forty years. The Hydrology Service has asked farmers to cut use by a fifth.

Brantwell Water Company, which supplies the valley, said it was ready. The company said its new pipeline would be finished by summer. Its chief executive, Nadia Okoro, said prices would not rise. "We have planned for this," Okoro said.

The Halvorsen Foundation, set up by shipping magnate Erik Halvorsen, pledged help for affected farms. Halvorsen said the foundation's money would go to wells. Erik Halvorsen's daughter, Ingrid Halvorsen, chairs the board.

The Corrigan Institute for Water Policy called the pledge "a start." The union said it would march on the capital, Veskar.`;

test('organisations keep their short forms, and organisations named after people stay apart from them', () => {
  const x = ex(DROUGHT);
  assert.ok(ent(x, 'National Hydrology Service')?.aliases.includes('Hydrology Service'));
  assert.equal(ent(x, 'Brantwell Water Company')?.type, 'organization');
  assert.equal(ent(x, 'Halvorsen Foundation')?.type, 'organization');
  assert.equal(ent(x, 'Erik Halvorsen')?.type, 'person');
  assert.equal(ent(x, 'Ingrid Halvorsen')?.type, 'person');
  assert.equal(ent(x, 'Corrigan Institute for Water Policy')?.type, 'organization');
  assert.ok(x.entities.every((e) => !e.aliases.some((a) => /^the /i.test(a))));

  const acme = ex("Acme Logistics cut 300 jobs on Monday. Acme said demand had fallen. Acme's shares fell 8%.");
  assert.equal(ent(acme, 'Acme Logistics')?.mentions, 3);
  const ford = ex('Ford Foundation president Dana Ford said grants would continue. The Ford Foundation gave $12 million last year. Ford said more was coming.');
  assert.equal(ent(ford, 'Ford Foundation')?.mentions, 2);
  assert.equal(ent(ford, 'Dana Ford')?.type, 'person');
  const clinton = ex('The Clinton Foundation said on Monday it would close. Former president Bill Clinton said the decision was hard. Clinton thanked staff.');
  assert.equal(ent(clinton, 'Clinton Foundation')?.type, 'organization');
  assert.equal(ent(clinton, 'Bill Clinton')?.mentions, 2);
});

const MATCH = `Marcus Jordan scored both goals on Saturday. Jordan, 23, has now scored 14 times this season.

Off the pitch, the club's owner, Henrik Brandvold of Brandvold Capital, said he would not sell. Brandvold Capital bought the club in 2022 for £120m.

The national team face Georgia in a friendly. Chelsea Marston, the national coach, said the squad was ready.`;

test('a person named like a place or a club owner named like his firm is typed apart from it', () => {
  const x = ex(MATCH);
  assert.equal(ent(x, 'Marcus Jordan')?.type, 'person');
  assert.equal(ent(x, 'Henrik Brandvold')?.type, 'person');
  assert.equal(ent(x, 'Brandvold Capital')?.type, 'organization');
  assert.equal(ent(x, 'Georgia')?.type, 'place');
  assert.equal(ent(x, 'Chelsea Marston')?.type, 'person');
});

const FLOODS = `The government announced a $40 million relief fund on Thursday after floods displaced 1.2 million people. A second tranche of $0.3 billion will follow in April, officials said, while the European partner bank added €2.1bn in loans.

At least 57 people were killed and nearly 300 injured.

Relief chief Ona Petrakis said two hundred soldiers had been deployed. Inflation, already at 7.5%, could rise further, the central bank warned.

A spokesman admitted the reconstruction estimate published on Monday, "0 million", was a typo. Some 4,500 homes were destroyed. The cost of repairs could reach £850m, or about 3 per cent of output.`;

test('money in symbols, codes, words and scales normalises to one value, and a garbled "0 million" stays 0', () => {
  const x = ex(FLOODS);
  const money = (t: string) => { const f = fig(x, t); return f && [f.value, f.unit]; };
  assert.deepEqual(money('$40 million'), [40_000_000, 'USD']);
  assert.deepEqual(money('$0.3 billion'), [300_000_000, 'USD']);
  assert.deepEqual(money('€2.1bn'), [2_100_000_000, 'EUR']);
  assert.deepEqual(money('£850m'), [850_000_000, 'GBP']);
  assert.equal(fig(x, '0 million')?.value, 0);
  const one = (t: string) => ex(t).figures[0];
  assert.equal(one('The deal is worth 3.4 billion euros.')?.value, 3_400_000_000);
  assert.equal(one('The deal is worth 3.4 billion euros.')?.unit, 'EUR');
  assert.equal(one('The firm lost $1.5 trillion in value.')?.value, 1_500_000_000_000);
  assert.equal(one('The budget is $40 mln.')?.value, 40_000_000);
  assert.equal(one('It raised $0.3bn.')?.value, 300_000_000);
});

test('counts in digits, scales and words carry what they count; percentages have unit %', () => {
  const x = ex(FLOODS);
  const count = (t: string) => { const f = fig(x, t); return f && [f.value, f.unit, f.about]; };
  assert.deepEqual(count('1.2 million'), [1_200_000, 'count', 'people']);
  assert.deepEqual(count('57'), [57, 'count', 'dead']);
  assert.deepEqual(count('300'), [300, 'count', 'injured']);
  assert.deepEqual(count('two hundred'), [200, 'count', 'soldiers']);
  assert.deepEqual(count('4,500'), [4500, 'count', 'homes']);
  assert.equal(fig(x, '7.5%')?.unit, '%');
  assert.deepEqual([fig(x, '3 per cent')?.value, fig(x, '3 per cent')?.unit], [3, '%']);
  const one = (t: string) => ex(t).figures[0];
  assert.equal(one('Fifty-seven people were killed.')?.value, 57);
  assert.equal(one('More than a dozen people died.')?.value, 12);
  assert.equal(one('One hundred and twenty homes burned.')?.value, 120);
  assert.deepEqual([one('Up to 5,000 people may have died.')?.value, one('Up to 5,000 people may have died.')?.about], [5000, 'dead']);
  assert.equal(one('The death toll rose to 1,024 on Friday.')?.value, 1024);
});
