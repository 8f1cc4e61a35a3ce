/**
 * Evaluation of events on ../shared/eval/events-dev.jsonl, scored as its README describes.
 * The article goes in as title, blank line, description (when the text lacks it), blank line, text.
 * when: any event date or dates[].value equals a gold parsed date (to the day).
 * who: any event actor, or any entity name/alias, contains a capitalised word of a gold 'who'.
 * `--verbose` lists the misses.
 */
import { join } from 'node:path';
import { extract } from '../../src/extract/index.ts';
import type { Extraction } from '../../src/extract/types.ts';
import { readJsonl } from './jsonl.ts';

type Article = {
  id: string; published: string; title: string; description: string | null; text: string;
  who: string[]; what: string[]; where: string[]; when: { text: string | null; parsed: string | null }[];
};

const STOP = new Set('the a an of and or in on at to for by with from as is are was were de la le der mr mrs ms dr sir president prime minister director chief boss former'.split(' '));

export function articleInput(a: Article): string {
  const desc = a.description && !a.text.includes(a.description.trim()) ? `${a.description}\n\n` : '';
  return `${a.title}\n\n${desc}${a.text}`;
}

/** Capitalised words of a gold phrase, lower-cased, stopwords and titles dropped. */
export function keyWords(phrase: string): string[] {
  return (phrase.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, '')).filter((w) => !STOP.has(w));
}

const wordsOf = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).map((w) => w.replace(/['’]s$/, '')).filter(Boolean));

export async function evalEvents(dir: string): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const arts = readJsonl<Article>(join(dir, 'events-dev.jsonl'));
  let whenN = 0, whenOk = 0, offN = 0, offOk = 0, eventDateOk = 0, whoN = 0, whoOk = 0, actorsOk = 0, nEvents = 0;
  const lines: string[] = [];
  const whenMiss = new Map<string, number>();
  const whoMiss = new Map<string, number>();
  for (const a of arts) {
    const x: Extraction = extract({ text: articleInput(a), published: a.published, title: a.title });
    nEvents += x.events.length;
    const gold = a.when.map((w) => w.parsed).filter((p): p is string => !!p);
    const eventDates = new Set(x.events.map((e) => e.date).filter((d): d is string => !!d));
    const anyDates = new Set([...eventDates, ...x.dates.map((d) => d.value)]);
    if (gold.length) {
      whenN++;
      const ok = gold.some((g) => anyDates.has(g));
      if (ok) whenOk++;
      if (gold.some((g) => eventDates.has(g))) eventDateOk++;
      if (!gold.includes(a.published)) { offN++; if (ok) offOk++; }
      if (!ok) bump(whenMiss, whenMissKind(gold, a.published, x));
      if (!ok) lines.push(`WHEN ${a.published} gold ${gold.join(',')} (${a.when.map((w) => w.text).join(' | ')}) got events ${[...eventDates].join(',')} dates ${x.dates.map((d) => `${d.text}=${d.value}`).slice(0, 8).join(', ')} | ${a.title.slice(0, 60)}`);
    }
    const goldWords = a.who.flatMap(keyWords);
    if (goldWords.length) {
      whoN++;
      const actorWords = new Set(x.events.flatMap((e) => e.actors.flatMap((n) => [...wordsOf(n)])));
      const entityWords = new Set(x.entities.flatMap((e) => [e.name, ...e.aliases].flatMap((n) => [...wordsOf(n)])));
      const byActors = goldWords.some((w) => actorWords.has(w));
      if (byActors) actorsOk++;
      if (byActors || goldWords.some((w) => entityWords.has(w))) whoOk++;
      if (!byActors) bump(whoMiss, byActors || goldWords.some((w) => entityWords.has(w)) ? 'among entities, not actors' : 'not found at all');
      if (!byActors) lines.push(`WHO  gold ${JSON.stringify(a.who)} got ${JSON.stringify(x.events.slice(0, 3).map((e) => e.actors))} | ${a.title.slice(0, 60)}`);
    }
  }
  const pct = (k: number, n: number) => (n ? (k / n).toFixed(3) : '-');
  console.log(`events: ${arts.length} articles, ${nEvents} events predicted`);
  console.log(`  when (any date)          ${pct(whenOk, whenN)}  (${whenOk}/${whenN})`);
  console.log(`  when, gold ≠ published   ${pct(offOk, offN)}  (${offOk}/${offN})`);
  console.log(`  when, event dates only   ${pct(eventDateOk, whenN)}`);
  console.log(`  who (actors or entities) ${pct(whoOk, whoN)}  (${whoOk}/${whoN})`);
  console.log(`  who (event actors only)  ${pct(actorsOk, whoN)}`);
  console.log(`  when misses by kind:     ${top(whenMiss)}`);
  console.log(`  who misses (actors):     ${top(whoMiss)}`);
  if (verbose) for (const l of lines) console.log('  ' + l);
}

/** Why no date matched: the gold is after publication, the text has no other day, or we resolved to another day. */
function whenMissKind(gold: string[], published: string, x: Extraction): string {
  if (gold.every((g) => g > published)) return 'gold after publication';
  const days = x.dates.filter((d) => d.value.length === 10 && d.value !== published && !/^now$/i.test(d.text));
  return days.length ? 'resolved to another day' : 'no other day in text';
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}×${v}`).join(', ') || '-';
