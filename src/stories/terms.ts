/**
 * An article as weighted terms for clustering: lower-cased word stems without stop words,
 * title and lead counted more, sublinear in repetition, plus name bigrams ("las vegas" → 'las_vegas').
 */

const STOP = new Set(`a about above after again against all almost along already also although always am among an and another any
are around as at back be became because been before being below between both but by can cannot could did do does doing done down
during each either else even ever every few for from further get gets got had has have having he her here hers herself him himself
his how however i if in into is it its itself just least less like made make many may me might more most much must my myself near
neither never no nor not now of off often on once one only or other others our ours ourselves out over own per perhaps please put
quite rather really same see seen several she should since so some still such than that the their theirs them themselves then there
these they this those though through thus to too toward towards under until up upon us very was way we well were what whatever when
where whether which while who whom whose why will with within without would yet you your yours yourself yourselves
said says say saying told tell according reported reports report added asked news new year years day days week weeks month months time
times people percent mr mrs ms dr two three four five first last next also just including told accord via
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
updated share shares facebook twitter email comment comments subscribe advertisement image images photo photos copyright getty ap
reuters afp read click video watch follow sign newsletter http https www com html`.split(/\s+/));

export const termWeights = { title: 3, lead: 2, leadWords: 80, bodyWords: 300, bigram: 1 };

/** 'missiles' → 'missile', "korea's" → 'korea', 'countries' → 'country'. Deliberately light. */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Content words of a text, stemmed, in order. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const w = stem(m[0]);
    if (w.length < 2 || STOP.has(w) || /^\d{1,2}$/.test(w)) continue;
    out.push(w);
  }
  return out;
}

/** Capitalised word pairs ("Las Vegas", "Kim Jong"), as single terms joined by '_'. */
export function nameBigrams(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(\p{Lu}[\p{L}'’-]+)\s+(?=(\p{Lu}[\p{L}'’-]+))/gu)) {
    const a = m[1]!.toLowerCase();
    const b = m[2]!.toLowerCase();
    if (STOP.has(a) || STOP.has(b)) continue;
    out.push(`${stem(a)}_${stem(b)}`);
  }
  return out;
}

/** Weighted term frequencies of one article: 1 + ln(weighted count). */
export function articleTerms(title: string, text: string): Map<string, number> {
  const raw = new Map<string, number>();
  const add = (t: string, w: number) => raw.set(t, (raw.get(t) ?? 0) + w);
  const k = termWeights;
  for (const w of [...words(title), ...nameBigrams(title)]) add(w, k.title);
  const body = words(text).slice(0, k.bodyWords);
  body.forEach((w, i) => add(w, i < k.leadWords ? k.lead : 1));
  if (k.bigram > 0) for (const b of nameBigrams(text).slice(0, k.bodyWords / 2)) add(b, k.bigram);
  const tf = new Map<string, number>();
  for (const [t, n] of raw) tf.set(t, 1 + Math.log(n));
  return tf;
}

/**
 * Stems written only capitalised, and not just after a sentence start: names ('Brandt',
 * 'Valdoria'), not words ('Minister' when 'minister' also occurs).
 */
export function nameStems(text: string): Set<string> {
  const capital = new Set<string>();
  const lower = new Set<string>();
  for (const line of text.split('\n')) {
    for (const m of line.matchAll(/\p{L}[\p{L}'’]*/gu)) {
      const s = stem(m[0].toLowerCase());
      if (!/^\p{Lu}/u.test(m[0])) lower.add(s);
      else if (!/(^|[.!?:"“”‘’'(])\s*$/u.test(line.slice(0, m.index))) capital.add(s);
    }
  }
  return new Set([...capital].filter((s) => !lower.has(s)));
}
