import type { Db } from '../db/open.ts';
import { articleTerms } from './terms.ts';
import { cosine, daysBetween, idf, topTerms, weigh } from './similarity.ts';
import { candidateArticles, docCount, documentFrequencies, memberVectors, membersOfStories, storyMembers, storyTitles, type ArticleVectors, type Member } from './state.ts';
import { daysAfter } from './lead.ts';
import { clusterParams } from './params.ts';

/** `later`: the article reports a development after all of the story's coverage (see clusterParams.laterDays). */
export type StoryMatch = { storyId: number; score: number; later?: boolean };

type Weighed = ArticleVectors;
type Incoming = Weighed & { names: ReadonlySet<string> };

/** How many words of the incoming headline, other than names, b's headline has too. */
const whatWords = (a: Incoming, b: Pick<Weighed, 'title'>) => [...a.title.keys()].filter((t) => b.title.has(t) && !t.includes('_') && !a.names.has(t)).length;

/** The incoming headline shares a word with b's that is not a name in its text: the same 'what', not only the same 'who'. */
const sameWhat = (a: Incoming, b: Weighed) => whatWords(a, b) > 0;

/** Headline cosine over the words that are not names in the incoming text: how alike the two headlines' 'what' is. */
function whatCosine(a: Incoming, b: Pick<Weighed, 'title'>): number {
  let dot = 0;
  for (const [t, x] of a.title) if (!t.includes('_') && !a.names.has(t)) dot += x * (b.title.get(t) ?? 0);
  return dot;
}

const NAMED_EVENT = /^(storm|hurricane|typhoon|cyclone|flight|operation)_(.+)$/;

/** 'storm_helga', 'flight_370' among an article's name bigrams, by kind. */
function namedEvents(terms: ReadonlyMap<string, number>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const t of terms.keys()) {
    const m = NAMED_EVENT.exec(t);
    if (m) out.set(m[1]!, (out.get(m[1]!) ?? new Set()).add(m[2]!));
  }
  return out;
}

/** The story names events of a kind the article names too, and none of the same name. */
function namedClash(mine: Map<string, Set<string>>, others: readonly Weighed[]): boolean {
  const theirs = new Map<string, Set<string>>();
  for (const o of others) for (const [kind, names] of namedEvents(o.all)) for (const n of names) theirs.set(kind, (theirs.get(kind) ?? new Set()).add(n));
  return [...mine].some(([kind, names]) => theirs.has(kind) && ![...names].some((n) => theirs.get(kind)!.has(n)));
}

/** Scores of one incoming article against stories, with the IDF of the store as it is before the article. */
export function scorer(db: Db, raw: ArticleVectors & { names: ReadonlySet<string>; lead?: string; followUp?: boolean }) {
  const p = clusterParams;
  const n = docCount(db);
  const df = documentFrequencies(db, raw.all.keys());
  const idfOf = (t: string) => {
    let d = df.get(t);
    if (d === undefined) df.set(t, (d = documentFrequencies(db, [t]).get(t)!));
    return idf(d, n);
  };
  const me: Incoming = { all: weigh(raw.all, idfOf), title: weigh(raw.title, idfOf), names: raw.names };
  // 'ABC News' or 'News With Ed' says nothing; only a real headline can count against a story.
  const informativeTitle = raw.title.size >= 3;
  const weighed = new Map<number, Weighed>();
  /** Weighed vectors of these members; the frequencies of terms not seen yet are read in one query. */
  const vectorsOf = (ms: readonly Member[]): Weighed[] => {
    const raws = ms.filter((m) => !weighed.has(m.articleId)).map((m) => ({ id: m.articleId, r: memberVectors(db, m) }));
    const unseen = new Set<string>();
    for (const { r } of raws) for (const t of [...r.all.keys(), ...r.title.keys()]) if (!df.has(t)) unseen.add(t);
    for (const [t, d] of documentFrequencies(db, unseen)) df.set(t, d);
    for (const { id, r } of raws) weighed.set(id, { all: weigh(r.all, idfOf), title: weigh(r.title, idfOf) });
    return ms.map((m) => weighed.get(m.articleId)!);
  };
  /** b's headline tells the same 'what' as the incoming one: two words other than names, or a close enough match. */
  const sameHeadline = (b: Pick<Weighed, 'title'>) => whatWords(me, b) >= 2 || whatCosine(me, b) >= p.laterTitleCosine;
  /** Headlines of all of a big story's articles, not only of the members compared. */
  const olderHeadlines = (storyId: number) => storyTitles(db, storyId).map((t) => ({ title: weigh(articleTerms(t, ''), idfOf) }));
  const pair = (a: Weighed, b: Weighed) => cosine(a.all, b.all) * (1 - p.titleWeight) + cosine(a.title, b.title) * p.titleWeight;

  const myNamed = namedEvents(me.all);
  const myTitled = namedEvents(me.title);

  /** Candidate stories, best first. */
  function rank(publishedAt: string): StoryMatch[] {
    if (n === 0) return [];
    // A lead dated after its own publication announces something planned, not a development that happened.
    const lead = raw.lead && daysAfter(raw.lead, publishedAt) <= 0 ? raw.lead : undefined;
    const probe = topTerms(me.all, p.probeTerms).filter((t) => (df.get(t) ?? 0) > 0);
    const t = Date.parse(publishedAt);
    const window = p.windowDays * 86_400_000;
    const candidates = candidateArticles(db, probe, new Date(t - window).toISOString().slice(0, 10), new Date(t + window).toISOString(), p.candidateArticles);
    const out: StoryMatch[] = [];
    const membersOf = membersOfStories(db, [...new Set(candidates.map((c) => c.storyId))], p.membersCompared);
    vectorsOf([...membersOf.values()].flat());
    for (const [storyId, members] of membersOf) {
      const others = vectorsOf(members);
      const sims = others.map((o) => pair(me, o));
      const linked = (sims.reduce((a, b) => a + b, 0) / sims.length) * (1 - p.maxWeight) + Math.max(...sims) * p.maxWeight;
      const titled = !informativeTitle || others.some((o) => sameWhat(me, o)) ? linked : linked * (1 - p.titlelessPenalty);
      // A development after all of the story's coverage, under a headline unlike the story's: the next event about the same people.
      const later = informativeTitle && !raw.followUp && !!lead && daysAfter(lead, members[0]!.publishedAt) >= p.laterDays
        && !others.some(sameHeadline) && (members.length < p.membersCompared || !olderHeadlines(storyId).some(sameHeadline));
      const gap = Math.min(...members.map((m) => daysBetween(m.publishedAt, publishedAt)));
      // ('Storm Helga' against a story of 'Storm Isolde': a named storm, flight or operation is another event)
      // (headlines first: a story of the next storm recalls the last one in its text)
      const clash = myTitled.size > 0 ? namedClash(myTitled, others.map((o) => ({ all: o.title, title: o.title }))) : myNamed.size > 0 && namedClash(myNamed, others);
      out.push({ storyId, score: (later ? titled * (1 - p.laterPenalty) : titled) * (clash ? 0 : 1) / (1 + gap / p.decayDays), later: later || clash });
    }
    return out.sort((a, b) => b.score - a.score || a.storyId - b.storyId);
  }

  /**
   * Average link between two stories' (newest) articles. Merging asks more than joining (every
   * pair counts, no max), so headlines sharing any term (a name too) are enough here.
   */
  function storyLink(a: number, b: number): number {
    const xs = vectorsOf(storyMembers(db, a, p.mergeMembers));
    const ys = vectorsOf(storyMembers(db, b, p.mergeMembers));
    if (!xs.length || !ys.length) return 0;
    let sum = 0;
    for (const x of xs) for (const y of ys) sum += pair(x, y);
    const titled = xs.some((x) => ys.some((y) => cosine(x.title, y.title) > 0));
    return (sum / (xs.length * ys.length)) * (titled ? 1 : 1 - p.titlelessPenalty);
  }

  return { rank, storyLink };
}
