import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { entityKey } from '../../src/extract/05-entities.ts';
import { normalize } from '../../src/extract/01-normalize.ts';
import { splitSentences } from '../../src/extract/02-sentences.ts';
import { findEntities } from '../../src/extract/05-entities.ts';

const entities = (text: string) => extract({ text, published: '2031-05-14' }).entities;

test('GIVEN a titled full name and later surname mentions WHEN extracted THEN one person with the title as a role and the surname as an alias', () => {
  const es = entities('Finance Minister Ana Ruiz presented the budget on Monday. Ruiz said the deficit would fall. Critics doubted Ruiz.');
  const ruiz = es.find((e) => e.name === 'Ana Ruiz');
  assert.ok(ruiz, JSON.stringify(es));
  assert.equal(ruiz.type, 'person');
  assert.deepEqual(ruiz.roles, ['Finance Minister']);
  assert.deepEqual(ruiz.aliases, ['Ruiz']);
  assert.equal(ruiz.mentions, 3);
});

test('GIVEN sentence-initial capitals, months and weekdays WHEN extracted THEN they are not entities', () => {
  const names = entities('Officials met in March. On Tuesday the officials left. Yesterday nobody came.').map((e) => e.name);
  assert.deepEqual(names, []);
});

test('GIVEN organisations and places WHEN extracted THEN they are typed as such, and a person of an organisation is split from it', () => {
  const es = entities('Professor Anouk Tellerby of Marrow University spoke to the Harbour Workers Union in Portugal about the Brindle Party.');
  const typeOf = (n: string) => es.find((e) => e.name === n)?.type;
  assert.equal(typeOf('Anouk Tellerby'), 'person');
  assert.equal(typeOf('Marrow University'), 'organization');
  assert.equal(typeOf('Harbour Workers Union'), 'organization');
  assert.equal(typeOf('Portugal'), 'place');
  assert.equal(typeOf('Brindle Party'), 'organization');
});

test('GIVEN a name in both orders WHEN extracted THEN they merge into one entity', () => {
  const es = entities('Premier Jinping Xu opened the bridge. Later, Xu Jinping thanked the builders.').filter((e) => e.type === 'person');
  assert.equal(es.length, 1);
  assert.equal(es[0]!.mentions, 2);
});

test('entityKey folds case, accents, particles, hyphens, order and transliteration variants', () => {
  assert.equal(entityKey('Jinping Xi'), entityKey('Xi Jinping'));
  assert.equal(entityKey('Zelenskyy'), entityKey('Zelensky'));
  assert.equal(entityKey('Zelenskiy'), entityKey('Zelensky'));
  assert.equal(entityKey('Mohammed al-Rashidi'), entityKey('Muhammad Al Rashidi'));
  assert.equal(entityKey('José Müller'), entityKey('jose muller'));
  assert.equal(entityKey('Abu Bakr al-Baghdadi'), entityKey('Abu Bakr Baghdadi'));
  assert.equal(entityKey("O'Neill"), entityKey('ONeil'));
  assert.equal(entityKey('Mikhail Gorbachev'), entityKey('Mihail Gorbachev'));
  assert.equal(entityKey('Alexei Varnov'), entityKey('Aleksei Varnov'));
  assert.equal(entityKey('Yulia Tymoshenkova'), entityKey('Yulia Timoshenkova'));
  assert.equal(entityKey('Viktor Lanukovych'), entityKey('Viktor Lanukovich'));
  assert.equal(entityKey('Ahmad Rami'), entityKey('Ahmed Rami'));
  assert.equal(entityKey('Youssef Karam'), entityKey('Yusuf Karam'));
  assert.equal(entityKey('Hussein Obeid'), entityKey('Husain Obeid'));
  assert.equal(entityKey('Juan de la Cruz'), entityKey('Juan Dela Cruz'));
  assert.equal(entityKey('J. R. Castell'), entityKey('J.R. Castell'));
});

test('entityKey keeps different people apart when only a first name or an initial differs', () => {
  assert.notEqual(entityKey('John Smith'), entityKey('Jane Smith'));
  assert.notEqual(entityKey('Ana Ruiz'), entityKey('Ana Ortiz'));
  assert.notEqual(entityKey('Kim Jong Un'), entityKey('Kim Jong Il'));
  assert.notEqual(entityKey('Kerry Blake'), entityKey('Gerry Blake'));
  assert.notEqual(entityKey('Lynn Park'), entityKey('Lyon Park'));
});

test('GIVEN an index WHEN asked for a surname or the last person before an offset THEN it answers from the article', () => {
  const doc = normalize('Mayor Linda Okafor met engineer Peter Voss. Then Voss left.');
  const index = findEntities(doc, splitSentences(doc));
  assert.equal(index.resolve('Okafor')?.name, 'Linda Okafor');
  assert.equal(index.resolve('Mr. Voss')?.name, 'Peter Voss');
  assert.equal(index.lastPersonBefore(doc.text.length, 'f')?.name, 'Linda Okafor');
  assert.equal(index.lastPersonBefore(doc.text.length)?.name, 'Peter Voss');
});

test('GIVEN two articles naming different people with one surname WHEN stored THEN they stay apart, while spelling variants of one name meet', async () => {
  const { tempDb } = await import('../support/temp-db.ts');
  const { resolveEntity } = await import('../../src/db/entities.ts');
  const { db, cleanup } = tempDb();
  try {
    const ana = resolveEntity(db, { name: 'Ana Ruiz', type: 'person', aliases: ['Ruiz'] });
    const carlos = resolveEntity(db, { name: 'Carlos Ruiz', type: 'person', aliases: ['Ruiz'] });
    assert.notEqual(ana, carlos);
    assert.equal(resolveEntity(db, { name: 'Ana Ruíz', type: 'person', aliases: [] }), ana);
    const bare = resolveEntity(db, { name: 'Zelensky', type: 'person', aliases: [] });
    assert.equal(resolveEntity(db, { name: 'Volodymyr Zelenskyy', type: 'person', aliases: ['Zelenskyy'] }), bare);
  } finally {
    cleanup();
  }
});

test('GIVEN a title-case headline WHEN extracted THEN its words do not glue onto names seen in the body', () => {
  const es = entities('Dockers Slam Ilse Varga As A Harbour Wrecker.\n\nIlse Varga, the port director, said the cuts would stay. Varga left early.');
  const people = es.filter((e) => e.type === 'person');
  assert.deepEqual(people.map((e) => e.name), ['Ilse Varga']);
  assert.equal(people[0]!.mentions, 3);
});

test('GIVEN a surname first seen without a speech verb WHEN it later says something THEN the entity is a person', () => {
  const es = entities('On Monday night, Varga leaned in hard on the port deal.\n\nIn the end Varga said the harbour would be sold.');
  assert.equal(es.find((e) => e.name === 'Varga')?.type, 'person');
});

test('GIVEN first names alone or unisex first names WHEN the index is asked for genders THEN they follow the name lists, a unisex one only as a guess', () => {
  const doc = normalize('Melanie said hello. Terry Ashcombe spoke. Henry Arkwright listened. Ilka Brandt left.');
  const index = findEntities(doc, splitSentences(doc));
  const gender = (n: string) => index.genderOf(index.resolve(n)!);
  const guessed = (n: string) => index.genderGuessed(index.resolve(n)!);
  assert.deepEqual([gender('Melanie'), gender('Terry Ashcombe'), gender('Henry Arkwright'), gender('Ilka Brandt')], ['f', 'm', 'm', 'f']);
  assert.deepEqual([guessed('Terry Ashcombe'), guessed('Henry Arkwright'), guessed('Ilka Brandt')], [true, false, true]);
});

test('GIVEN newspaper names WHEN extracted THEN they are organisations', () => {
  const es = entities('The Harwick Gazette reviewed the accounts, and the Pellworth Chronicle agreed.');
  assert.deepEqual(es.filter((e) => e.type === 'organization').map((e) => e.name).sort(), ['Harwick Gazette', 'Pellworth Chronicle']);
});

test('GIVEN a "Minister of X and Y" title WHEN entities are found THEN the word after "and" belongs to the role, not to the name', () => {
  const text = 'Minister of Harbours and Transport Selim Barakat spoke on Monday. Barakat said the port would reopen.';
  const barakat = entities(text).find((e) => e.name.endsWith('Barakat'));
  assert.equal(barakat?.name, 'Selim Barakat');
  assert.ok(barakat?.roles?.some((r) => /Minister of Harbours and Transport/.test(r)), JSON.stringify(barakat));
});

test('GIVEN machine-translated text naming a ship, a port town, an island, a hospital and companies WHEN extracted THEN each has its type and short forms join their organisation', () => {
  const text = 'The ferry ship Corvina Star was overturning near the Tessaly Island, is telling the Civil Protection Corps. The ship of Bluewake Ferries sailed from Port Averin.Many in the Tessaly General Hospital are treated. Civil Protection said the search goes on. Bluewake said nothing. Analysts said the route was unsafe. The Minister said there will be an inquiry.';
  const es = entities(text);
  const type = (name: string) => es.find((e) => e.name === name)?.type;
  assert.notEqual(type('Corvina Star'), 'person');
  assert.equal(type('Tessaly Island'), 'place');
  assert.equal(type('Port Averin'), 'place');
  assert.equal(type('Tessaly General Hospital'), 'organization');
  assert.deepEqual(es.find((e) => e.name === 'Civil Protection Corps')?.aliases, ['Civil Protection']);
  assert.deepEqual(es.find((e) => e.name === 'Bluewake Ferries')?.aliases, ['Bluewake']);
  assert.ok(!es.some((e) => e.name === 'Analysts' || e.name === 'Minister'), JSON.stringify(es.map((e) => e.name)));
});

test('GIVEN places named after "fled to", "in" or "the town of" and an organisation after "the" WHEN extracted THEN they are typed so, while names used as modifiers ("Taliban raid", "the Ruiz campaign") are not', () => {
  const es = entities('Residents fled to Orlen. Floods hit the town of Tarvek. Protesters gathered in Veldra on Sunday. The Civil Protection said the dam held. Four died in Taliban raid. Ana Ruiz spoke; the Ruiz campaign said she would win.');
  const type = (name: string) => es.find((e) => e.name === name)?.type;
  assert.deepEqual([type('Orlen'), type('Tarvek'), type('Veldra'), type('Civil Protection')], ['place', 'place', 'place', 'organization']);
  assert.notEqual(type('Taliban'), 'place');
  assert.equal(type('Ana Ruiz'), 'person');
});

test('GIVEN roles written in lower case before a name or after it WHEN extracted THEN the person carries them', () => {
  const es = entities('Deputy mayor Hanne Sorvik agreed. "No," said Oskar Velde, the ministry\'s spokesman. Spokeswoman Ilka Brandt left.');
  const roles = (n: string) => es.find((e) => e.name === n)?.roles;
  assert.deepEqual([roles('Hanne Sorvik'), roles('Oskar Velde'), roles('Ilka Brandt')], [['deputy mayor'], ['spokesman'], ['Spokeswoman']]);
});

test('GIVEN honorifics with surnames and a surname with an appositive WHEN extracted THEN each is a person, in a sentence that is no headline', () => {
  const es = entities('Mr Velde, Ms Sorvik and Dr Marlow met in Tarvek. Velde, the prime minister, spoke first.');
  assert.deepEqual(es.filter((e) => e.type === 'person').map((e) => e.name).sort(), ['Marlow', 'Sorvik', 'Velde']);
  assert.ok(es.every((e) => !(e.roles ?? []).includes('Mr')), 'honorifics are no roles');
});

test('GIVEN "X of Y" organisations, names with particles and titles like "Prosecutor" WHEN extracted THEN each name is whole and the title is a role', () => {
  const es = entities('The Ministry of Finance cut taxes. Governor Ines Marlow of the Bank of Veldra agreed. Thandiwe van der Berg resigned. Prosecutor Jonas Feld said the case was strong. Harbour chief Lene Aastrup spoke.');
  const find = (n: string) => es.find((e) => e.name === n);
  assert.deepEqual(['Ministry of Finance', 'Bank of Veldra', 'Ines Marlow', 'Thandiwe van der Berg', 'Jonas Feld'].map((n) => find(n)?.type), ['organization', 'organization', 'person', 'person', 'person']);
  assert.deepEqual([find('Jonas Feld')?.roles, find('Lene Aastrup')?.roles], [['Prosecutor'], ['harbour chief']]);
});

test('GIVEN a Korean name, "residents of X" and a live blog\'s time zone WHEN extracted THEN the person and the place are typed and "GMT" is no organisation', () => {
  const es = entities('14:32 GMT - Park Ji-hoon met Hanne Sorvik. Residents of Tarvek fled to Orlen.');
  const type = (n: string) => es.find((e) => e.name === n)?.type;
  assert.deepEqual([type('Park Ji-hoon'), type('Tarvek'), type('GMT')], ['person', 'place', undefined]);
});

test('GIVEN countries and cities beyond the old gazetteer and a person whose surname is a city WHEN extracted THEN the places are places and the person a person', () => {
  const es = entities('Talks in Tbilisi and Kampala ended. Troops left Mosul for Kuwait. Nikhil Basra spoke for the defence.');
  const type = (n: string) => es.find((e) => e.name === n)?.type;
  assert.deepEqual([type('Tbilisi'), type('Kampala'), type('Mosul'), type('Kuwait'), type('Nikhil Basra')], ['place', 'place', 'place', 'place', 'person']);
});

test('GIVEN a sentence opening with an adverb ("Later Halyna Voronets said") WHEN extracted THEN the adverb is not part of the name', () => {
  const x = extract({ text: 'Galyna Voronec, a teacher, spoke first. Later Halyna Voronets said she was tired. Separately Oskar Lind resigned.', published: '2031-05-14' });
  const names = x.entities.map((e) => e.name);
  assert.ok(names.includes('Halyna Voronets') && names.includes('Oskar Lind'), names.join(', '));
  assert.equal(x.quotes[0]?.speaker, 'Halyna Voronets');
});

test('GIVEN a middle name that is also a first name, or a job word opening the sentence WHEN extracted THEN the whole name is one person without the job word', () => {
  const names = entities('Actress Sarah Jessica Parkwell attended the gala. Defender Luis Carlos Mendara scored twice. The suspect, Mohammed Ali Farouk, was arrested. Engineer Rolf Castell designed it. Former House Speaker Newt Gingrich spoke.').map((e) => e.name);
  for (const n of ['Sarah Jessica Parkwell', 'Luis Carlos Mendara', 'Mohammed Ali Farouk', 'Rolf Castell', 'Newt Gingrich']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
});

test('GIVEN namesakes (a couple, father and son, a country and a surname) WHEN a lone surname follows THEN it goes to the right one or stays apart', () => {
  const text = 'Carmen Ruiz and her husband, Diego Ruiz, own the farm. Mr. Ruiz said the drought was the worst he had seen.\n\n' +
    'Marcus Jordan opened a school in Tarvik. Officials from Jordan attended.\n\nArthur Penrose Sr. founded the firm. His son, Arthur Penrose Jr., runs it.\n\n' +
    'The National Hydrology Service (NHS) warned of floods. The NHS said rivers would peak on Friday. Attorney General Loretta E. Lynch spoke. Loretta Lynch said little.';
  const x = extract({ text, published: '2031-05-14' });
  const byName = new Map(x.entities.map((e) => [e.name, e]));
  assert.deepEqual(byName.get('Diego Ruiz')?.aliases, ['Ruiz']);
  assert.equal(x.quotes[0]?.speaker, 'Diego Ruiz');
  assert.equal(byName.get('Jordan')?.type, 'place');
  assert.ok(byName.has('Arthur Penrose Sr.') && byName.has('Arthur Penrose Jr.'));
  assert.deepEqual(byName.get('National Hydrology Service')?.aliases, ['NHS']);
  assert.deepEqual(byName.get('Loretta E. Lynch')?.aliases, ['Loretta Lynch']);
});

test('GIVEN a letter’s sign-off ("Haverford Springs, Lakeshire" on its own line) or "mayor of Fennick, North Wendell," WHEN extracted THEN the town and region are places, not people', () => {
  const es = entities('My daughter is 19 and voted.\n\nJanice Pruitt\nHaverford Springs, Lakeshire\n\nTheresa Lindqvist is a former mayor of Fennick, North Wendell, and a member of the board.');
  const type = (n: string) => es.find((e) => e.name === n)?.type;
  assert.deepEqual([type('Janice Pruitt'), type('Haverford Springs'), type('North Wendell'), type('Theresa Lindqvist')], ['person', 'place', 'place', 'person']);
});

test('entityKey folds Arabic names in French and English spelling (Abdel/Abdul, ou/u) without joining different first names', () => {
  assert.equal(entityKey('Abdel-Karim al-Mansouri'), entityKey('Abdul Karim Mansouri'));
  assert.equal(entityKey('Abou Zeid'), entityKey('Abu Zeid'));
  assert.equal(entityKey('Youssef Karam'), entityKey('Yusef Karam'));
  assert.notEqual(entityKey('John Smith'), entityKey('Jane Smith'));
});

test('GIVEN company names ("Halberd Home Stores", "Arvane Air", "Morrow & Dane", "the Veldhaven Citizens\' Alliance") and "11 p.m. ET" WHEN extracted THEN they are whole organisations and ET is nobody', () => {
  const x = extract({ text: "Halberd Home Stores said on Monday it would close 40 shops. Arvane Air cancelled flights. The law firm Morrow & Dane filed suit at 11 p.m. ET on Tuesday. The Veldhaven Citizens' Alliance, which called the protest, said 120,000 people took part.", published: '2031-05-14' });
  assert.deepEqual(x.entities.filter((e) => e.type === 'organization').map((e) => e.name).sort(), ['Arvane Air', 'Halberd Home Stores', 'Morrow & Dane', 'Veldhaven Citizens Alliance']);
  assert.ok(x.quotes.some((q) => q.speaker === 'Veldhaven Citizens Alliance' && q.text === '120,000 people took part'), JSON.stringify(x.quotes));
});

test('GIVEN a byline with a particle and an outlet ("By Ilse de Wit, DW") WHEN extracted THEN it is page furniture: no entity, no actor', () => {
  const x = extract({ text: 'Huge crowds march in Veldhaven\n\nBy Ilse de Wit, DW\n\nOrganisers were jubilant after tens of thousands joined the march.', published: '2031-05-14' });
  assert.ok(!x.entities.some((e) => /Ilse|DW/.test(e.name)), JSON.stringify(x.entities));
});

test('GIVEN "the Republic of Tessary", "the Federal Bureau of Roads" and "Quill Street" WHEN extracted THEN each is one name of the right type', () => {
  const x = extract({ text: 'Talks with the Republic of Tessary stalled. The Federal Bureau of Roads said on Friday the bridge was safe. Residents of Quill Street were evacuated. Downing Street said it would not comment.', published: '2026-03-12' });
  const typeOfName = (name: string) => x.entities.find((e) => e.name === name)?.type;
  assert.equal(typeOfName('Republic of Tessary'), 'place');
  assert.equal(typeOfName('Federal Bureau of Roads'), 'organization');
  assert.equal(typeOfName('Quill Street'), 'place');
  assert.equal(typeOfName('Downing Street'), 'organization');
  assert.ok(!x.entities.some((e) => e.name === 'Republic' || e.name === 'Bureau of Roads'));
});
