/**
 * Date disagreements: the same event (closely matching summaries) dated to different days
 * (or months) by different sources. Bare years, dates far apart (likely two events) and
 * articles that themselves give both dates are left out: extraction noise, not disagreement.
 */
import { dedupe } from './figures.ts';
import { leaders, sharedWords, wordSet, type Draft, type Sourced } from './match.ts';

export type StoryEvent = Sourced & { date: string | null; summary: string; publishedAt?: string };

/** '2026-03' and '2026-03-10' agree (one is coarser); '2026-03-09' and '2026-03-10' do not. */
export const datesConflict = (a: string, b: string): boolean => !a.startsWith(b) && !b.startsWith(a);

const MAX_APART_DAYS = 7;

function comparable(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 7 || !datesConflict(a, b)) return false;
  const days = Math.abs(Date.parse(a.length === 7 ? `${a}-01` : a) - Date.parse(b.length === 7 ? `${b}-01` : b)) / 86_400_000;
  return days <= MAX_APART_DAYS;
}

export type StoryLead = Sourced & { day: string; publishedAt: string; summary: string };

/**
 * The story's main event dated to different days by different sources' leads. Both days must be
 * before either article was published: a later lead date is a new development (arrests after an
 * attack), not a disagreement. 'capsized late on Thursday' (published Fri) vs 'overturned on
 * Friday' (published Sat) → 2026-11-05 vs 2026-11-06.
 */
export function leadDateDisagreements(leads: readonly StoryLead[]): Draft[] {
  const past = (a: StoryLead, b: StoryLead) => a.day <= b.publishedAt.slice(0, 10) && a.day < a.publishedAt.slice(0, 10);
  const conflicting = leads.filter((a) => leads.some((b) => b.source.toLowerCase() !== a.source.toLowerCase()
    && comparable(a.day, b.day) && past(a, b) && past(b, a)));
  if (new Set(conflicting.map((l) => l.day)).size < 2) return [];
  const about = [...conflicting].sort((a, b) => a.summary.length - b.summary.length)[0]!.summary;
  return [{ kind: 'date', about, values: dedupe(conflicting.map((l) => ({ value: l.day, articleId: l.articleId }))) }];
}

export function dateDisagreements(events: readonly StoryEvent[], max = 3): Draft[] {
  const dated = events.filter((e) => e.date && e.date.length >= 7).map((e) => ({ ...e, date: e.date!, words: wordSet(e.summary) }));
  const sameEvent = (a: (typeof dated)[number], b: (typeof dated)[number]) => {
    const shared = sharedWords(a.words, b.words);
    return shared >= 3 && shared / (a.words.size + b.words.size - shared) >= 0.4;
  };
  const drafts: (Draft & { sources: number })[] = [];
  for (const group of leaders(dated, sameEvent, (e) => e.words)) {
    // An article giving two conflicting dates for this event is unsure itself.
    const unsure = new Set(group.filter((a) => group.some((b) => b.articleId === a.articleId && comparable(a.date, b.date))).map((a) => a.articleId));
    const firm = group.filter((e) => !unsure.has(e.articleId));
    // Both dated to their own publication day is most likely a default, not a claim.
    const defaulted = (e: StoryEvent) => !!e.publishedAt && e.publishedAt.slice(0, 10) === e.date;
    const conflicting = firm.filter((a) => firm.some((b) => b.source.toLowerCase() !== a.source.toLowerCase() && comparable(a.date, b.date) && !(defaulted(a) && defaulted(b))));
    if (conflicting.length < 2) continue;
    const about = [...group].sort((a, b) => a.summary.length - b.summary.length)[0]!.summary;
    const values = dedupe(conflicting.map((e) => ({ value: e.date, articleId: e.articleId })));
    drafts.push({ kind: 'date', about, values, sources: new Set(conflicting.map((e) => e.source.toLowerCase())).size });
  }
  return drafts.sort((a, b) => b.sources - a.sources).slice(0, max).map(({ sources: _s, ...d }) => d);
}
