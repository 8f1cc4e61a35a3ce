/**
 * Figure disagreements: amounts or counts about the same thing that differ after
 * normalisation. '$300 million' and '$0.3 billion' agree (same value); a garbled '0 million'
 * (value 0 or null) against '$40 million' about the same thing is flagged. Values far
 * apart (over 5×) are taken for different quantities, and an 'about' with four or more
 * values, or three from one source, is too vague to compare.
 */
import { leaders, overlap, sourcesDiffer, wordSet, type Draft, type Sourced } from './match.ts';

/** context: up to 150 characters either side, the figure at `at`; start: its offset in the article; publishedAt: the article's. All optional. */
export type StoryFigure = Sourced & { text: string; value: number | null; unit: string; about: string | null; context?: string; at?: number; start?: number; publishedAt?: string };

/**
 * A figure whose own sentence names an earlier year counts another event: 'the worst accident since
 * 2011, when 31 people died' (published 2026) is not a rival for this story's death toll; nor is
 * 'a dozen captives died in a bombing more than a year ago'.
 */
export function ofAnotherYear(f: StoryFigure): boolean {
  const sentence = sentenceOf(f);
  if (!sentence) return false;
  if (LONG_AGO.test(sentence)) return true;
  if (!f.publishedAt) return false;
  const year = Number(f.publishedAt.slice(0, 4));
  return [...sentence.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].some((m) => Number(m[1]) < year && !sentence.includes(`$${m[1]}`));
}

const LONG_AGO = /\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+(?:years?|months|decades?)\s+(?:ago|earlier|before)|last year|the previous year)\b/i;

/** The figure's sentence, cut from its context; '' without one. */
function sentenceOf(f: StoryFigure): string {
  if (!f.context || f.at === undefined) return '';
  const before = f.context.slice(0, f.at);
  const after = f.context.slice(f.at + f.text.length);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  const stop = after.search(/[.!?](?:\s|$)/);
  return before.slice(start) + f.text + (stop < 0 ? after : after.slice(0, stop));
}

/** An amount this near the top of its article is in the lead: the story's headline number. */
const LEAD_CHARS = 400;

/**
 * An amount whose own words name nothing takes the label of another source's lead amount when both
 * are their leads' only amounts, in the same currency and of a plausible value ('the budget was out by
 * a whopping $540 million' against 'the deficit had been understated by $450 million').
 */
export function labelByContext(figures: readonly StoryFigure[]): StoryFigure[] {
  const money = (f: StoryFigure) => f.unit !== 'count' && f.unit !== '%' && f.value !== null;
  const leadAmounts = new Map<number, number>();
  for (const f of figures) if (money(f) && inLead(f)) leadAmounts.set(f.articleId, (leadAmounts.get(f.articleId) ?? 0) + 1);
  const soleLead = (f: StoryFigure) => money(f) && inLead(f) && leadAmounts.get(f.articleId) === 1;
  return figures.map((x) => {
    if (x.about || !soleLead(x)) return x;
    const donor = figures.find((y) => y.articleId !== x.articleId && y.unit === x.unit && !!y.about && soleLead(y)
      && (sameValue(x.value, y.value) || rivalValues(x.value, y.value)));
    return donor ? { ...x, about: donor.about } : x;
  });
}

const inLead = (f: StoryFigure) => f.start !== undefined && f.start < LEAD_CHARS;

/** 0 is what a garbled amount ('0 million') normalises to; null is unknown ('nine' unparsed) and compares with nothing. */
const garbled = (v: number | null) => v === 0;

/** Small counts ('two missiles', 'three games') are compared only for casualties: otherwise they are mostly different things. */
const CASUALTY = /\b(dead|deaths?|died|killed|kill|injured|injuries|wounded|hurt|missing|victims?|arrested|trapped|evacuated|hospitali[sz]ed|casualties)\b/i;

const sameValue = (a: number | null, b: number | null) =>
  a !== null && b !== null && Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));

/** Different, but plausibly two sources' numbers for one quantity. */
function rivalValues(a: number | null, b: number | null): boolean {
  if (a === null || b === null || sameValue(a, b)) return false;
  if (garbled(a) || garbled(b)) return !(garbled(a) && garbled(b));
  const [lo, hi] = [Math.min(Math.abs(a!), Math.abs(b!)), Math.max(Math.abs(a!), Math.abs(b!))];
  return hi <= 5 * lo && hi >= 5;
}

type Keyed = StoryFigure & { words: Set<string> };

function sameThing(a: Keyed, b: Keyed): boolean {
  if (a.unit !== b.unit && !garbled(a.value) && !garbled(b.value)) return false;
  return overlap(a.words, b.words) >= 0.5;
}

export function figureDisagreements(figures: readonly StoryFigure[], max = 3): Draft[] {
  const drafts: (Draft & { sources: number })[] = [];
  const usable = labelByContext(figures.filter((f) => !ofAnotherYear(f))).map((f) => ({ ...f, words: wordSet(f.about) })).filter((f) => f.value !== null && f.words.size > 0);
  // Only figures whose 'about' shares a word are compared.
  for (const keyed of leaders(usable, sameThing, (f) => f.words)) {
    const group: StoryFigure[] = keyed.map(({ words: _w, ...f }) => f);
    if (group.every((f) => f.unit === 'count' && f.value! < 10) && !group.some((f) => CASUALTY.test(f.about!))) continue;
    if (distinctValues(group) >= 4 || sourcesOf(group).some((fs) => distinctValues(fs) >= 3)) continue;
    const byArticle = new Map<number, StoryFigure[]>();
    for (const f of group) byArticle.set(f.articleId, [...(byArticle.get(f.articleId) ?? []), f]);
    const perArticle = [...byArticle.values()].map((fs) => ({ ...fs[0]!, all: fs }));
    // Two articles disagree when none of one's values equals any of the other's, and some pair are rivals.
    // (a casualty count two days later is a rising toll, not a disagreement: only counts of the same days are compared)
    const sameDays = (a: StoryFigure, b: StoryFigure) => !CASUALTY.test(a.about!) || !a.publishedAt || !b.publishedAt || Math.abs(Date.parse(a.publishedAt) - Date.parse(b.publishedAt)) <= 1.5 * 86_400_000;
    const disagree = (a: { all: StoryFigure[] }, b: { all: StoryFigure[] }) =>
      !a.all.some((x) => b.all.some((y) => sameValue(x.value, y.value))) && a.all.some((x) => b.all.some((y) => rivalValues(x.value, y.value) && sameDays(x, y)));
    if (!sourcesDiffer(perArticle, disagree)) continue;
    const about = mostCommon(group.map((f) => f.about!.trim().toLowerCase()));
    const values = dedupe(group.map((f) => ({ value: f.text.trim(), articleId: f.articleId })));
    drafts.push({ kind: 'figure', about, values, sources: new Set(group.map((f) => f.source.toLowerCase())).size });
  }
  return drafts.sort((a, b) => b.sources - a.sources).slice(0, max).map(({ sources: _s, ...d }) => d);
}

const sourcesOf = (fs: readonly StoryFigure[]) => {
  const m = new Map<string, StoryFigure[]>();
  for (const f of fs) m.set(f.source.toLowerCase(), [...(m.get(f.source.toLowerCase()) ?? []), f]);
  return [...m.values()];
};

const distinctValues = (fs: readonly StoryFigure[]) => fs.filter((f, i) => !fs.slice(0, i).some((g) => sameValue(f.value, g.value) || (garbled(f.value) && garbled(g.value)))).length;

export function mostCommon(xs: readonly string[]): string {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0] ?? '';
}

export function dedupe(values: { value: string; articleId: number }[]): { value: string; articleId: number }[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(`${v.articleId}\u0000${v.value.toLowerCase()}`) && !!seen.add(`${v.articleId}\u0000${v.value.toLowerCase()}`));
}
