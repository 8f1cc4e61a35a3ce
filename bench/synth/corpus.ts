/**
 * A seeded synthetic news corpus for the speed bench: fictional people, places, organisations,
 * quotes, dates and figures, generated from templates (nothing copied from real articles).
 *
 *   syntheticArticle(rng(7), 1000) → {title: 'Korvane council rejects harbour plan', text: '…~1000 words…', published: '2026-…'}
 */
export type Rng = () => number;

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo ren vi sa mar del to bri an os ul fen ti ra go ne hal ber qui zo li da mon er vak su ith pel'.split(' ');
const ORG_KINDS = ['Telecom', 'Harbour Authority', 'City Council', 'Mining Company', 'Rail', 'Fisheries Union', 'Hospital', 'Ferry Board', 'Bank', 'Party'];

/** A made-up capitalised word of 2–3 syllables ("Renvisa"). */
function coined(r: Rng): string {
  const n = 2 + Math.floor(r() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)]!;
  return w[0]!.toUpperCase() + w.slice(1);
}

/** Each article has its own cast, so articles differ the way real ones do (stories stay small). */
type Cast = { people: string[]; places: string[]; orgs: string[] };
function castOf(r: Rng): Cast {
  const places = [coined(r), coined(r), coined(r)];
  return {
    people: Array.from({ length: 4 }, () => `${coined(r)} ${coined(r)}`),
    places,
    orgs: [`${places[0]} ${pick(r, ORG_KINDS)}`, `the ${coined(r)} ${pick(r, ORG_KINDS)}`],
  };
}

const ROLES = ['Finance Minister', 'Mayor', 'chief executive', 'spokeswoman', 'Sen.', 'Dr.', 'union leader', 'police chief'];
const NOUNS = ['harbour plan', 'budget', 'rail link', 'mine expansion', 'ferry contract', 'hospital wing', 'flood barrier', 'wage deal'];
const VERBS = ['approved', 'rejected', 'delayed', 'announced', 'criticised', 'defended', 'suspended', 'signed'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DATES = ['on Monday', 'last Thursday', 'two days later', 'earlier this month', 'in March last year', 'on Jan. 8', 'last year', 'yesterday',
  'a year ago', 'the following day', 'in 1997', 'this year', 'next week', 'on Sept. 30, 2025', 'in the third quarter'];
const FIGURES = ['$40 million', '$0.3 billion', '£1.2bn', '12 percent', 'seventy million dollars', '3,500 workers', 'at least 120 people', '€5m', '4.5%', '0 million'];
const QUOTE_OPENERS = ['We will not accept', 'Nobody told us about', 'The town deserves better than', 'I have never seen', 'We expect to finish',
  'It is too early to judge', 'Our members reject', 'This is a good day for', 'The numbers do not support', 'We were promised'];
const QUOTE_ENDS = ['this plan', 'the delays', 'such a budget', 'what happened in', 'the work before winter', 'the deal signed in', 'the cuts at', 'the people of'];

/** A quote made of parts, naming the article's own places so quotes differ across articles. */
const quote = (r: Rng, c: Cast) => `${pick(r, QUOTE_OPENERS)} ${pick(r, QUOTE_ENDS)} ${pick(r, c.places)}`;

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const SENTENCES: ((r: Rng, c: Cast) => string)[] = [
  (r, c) => `${pick(r, ROLES)} ${pick(r, c.people)} said ${pick(r, DATES)} that ${pick(r, c.orgs)} had ${pick(r, VERBS)} the ${pick(r, NOUNS)}.`,
  (r, c) => `"${quote(r, c)}," ${pick(r, c.people)}, a ${pick(r, ROLES)} in ${pick(r, c.places)}, told reporters ${pick(r, DATES)}.`,
  (r, c) => `${pick(r, c.orgs).replace(/^the/, 'The')} ${pick(r, VERBS)} a ${pick(r, FIGURES)} ${pick(r, NOUNS)} ${pick(r, DATES)}, officials in ${pick(r, c.places)} said.`,
  (r, c) => `She said the ${pick(r, NOUNS)} would cost ${pick(r, FIGURES)}, up from ${pick(r, FIGURES)} ${pick(r, DATES)}.`,
  (r, c) => `Residents of ${pick(r, c.places)} gathered on ${pick(r, WEEKDAYS)} outside the offices of ${pick(r, c.orgs)}, where ${pick(r, FIGURES)} had been promised.`,
  (r, c) => `"${quote(r, c)}. ${quote(r, c)}," he added.`,
  (r, c) => `The decision, which ${pick(r, c.people)} ${pick(r, VERBS)} ${pick(r, DATES)}, is expected to affect ${pick(r, FIGURES)} across ${pick(r, c.places)}.`,
  (r, c) => `According to ${pick(r, c.orgs)}, the ${pick(r, NOUNS)} was ${pick(r, VERBS)} after talks that lasted until late ${pick(r, WEEKDAYS)}.`,
];

export type SyntheticArticle = { title: string; text: string; published: string };

/** One article of about `words` words, deterministic for a given generator state. */
export function syntheticArticle(r: Rng, words = 1000): SyntheticArticle {
  const c = castOf(r);
  const title = `${pick(r, c.places)} ${pick(r, ['council', 'union', 'minister', 'court'])} ${pick(r, ['rejects', 'backs', 'delays', 'questions'])} ${pick(r, NOUNS)}`;
  const place = pick(r, c.places).toUpperCase();
  const paras: string[] = [];
  let count = 0;
  let para: string[] = [`${place} (Newswire) - ${capitalise(SENTENCES[0]!(r, c))}`];
  while (count < words) {
    const s = capitalise(pick(r, SENTENCES)(r, c));
    para.push(s);
    count += s.split(' ').length;
    if (para.length >= 3 + Math.floor(r() * 3)) { paras.push(para.join(' ')); para = []; }
  }
  if (para.length) paras.push(para.join(' '));
  const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
  return { title, text: paras.join('\n\n'), published: `2026-${month}-${day}` };
}

/** The same article made n times longer (its body repeated), for the linearity check. */
export function lengthened(a: SyntheticArticle, n: number): SyntheticArticle {
  return { ...a, text: Array.from({ length: n }, () => a.text).join('\n\n') };
}
