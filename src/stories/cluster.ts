import type { Db } from '../db/open.ts';
import type { Article } from '../db/articles.ts';
import type { Extraction } from '../extract/types.ts';
import { articleTerms, nameStems } from './terms.ts';
import { cosine, daysBetween, idf, topTerms, weigh } from './similarity.ts';
import {
  addArticleTerms, addToStory, candidateArticles, createStory, docCount, documentFrequencies, memberVectors, membersOfStories, mergeStories, storyMembers, storyTitles, type ArticleVectors, type Member,
} from './state.ts';
import { refreshStoryFacts } from './facts.ts';
import { daysAfter, leadDay } from './lead.ts';

/**
 * Tuned on ../shared/eval/stories-dev.jsonl (bench/eval/stories.ts); F1 is flat around these
 * values. Its events run for weeks or months, so time decay is mild and the window wide.
 */
export const clusterParams = {
  /** Rare terms of the incoming article used to find candidate articles. */
  probeTerms: 25,
  candidateArticles: 80,
  /** Articles of one story compared (newest first) for average link. */
  membersCompared: 30,
  windowDays: 400,
  /** Average-link cosine needed to join a story, before time decay. */
  threshold: 0.085,
  /** Score is divided by 1 + gap/decayDays, gap = days to the story's nearest article. */
  decayDays: 1000,
  /** Linkage: mean·(1 − maxWeight) + max·maxWeight over the compared members. */
  maxWeight: 0.5,
  /** Similarity = whole text·(1 − titleWeight) + titles·titleWeight. */
  titleWeight: 0.3,
  /** A story none of whose titles shares a non-name word with the article's headline (3+ terms) counts this much less. */
  titlelessPenalty: 0.5,
  /** Two stories the new article relates to are merged when their average link reaches this (Infinity: never). */
  mergeThreshold: 0.1,
  /** Members of each story compared when considering a merge. */
  mergeMembers: 12,
  /**
   * An article whose lead event is dated this many days or more after a story's newest article
   * reports a new development: something none of that story's articles could have reported...
   */
  laterDays: 3,
  /** ...and unless its headline's 'what' (its words other than names) matches one of the story's (two shared words, or this cosine), it is taken for another event... */
  laterTitleCosine: 0.25,
  /** ...about the same people, and the story counts this much less. */
  laterPenalty: 0.8,
};

/** `later`: the article reports a development after all of the story's coverage (see clusterParams.laterDays). */
export type StoryMatch = { storyId: number; score: number; later?: boolean };

/**
 * Put a newly stored article into a story (joining an existing one or starting its own).
 * Incremental: compares it only with recent articles sharing its rarest terms, averaging
 * TF-IDF cosine (text and headline) over each candidate story's articles. A story whose
 * headlines share only names with this one ('Brandt' in a budget story and in a resignation
 * story) counts half: same people, maybe another event. An article whose lead is dated days
 * after a story's newest article, under a headline whose 'what' is unlike the story's ('Solvik
 * resigns' a week after 'Castellane unveils budget'), reports the next event about those people:
 * that story counts a fifth, and is never merged on this article's evidence. If the article
 * shows that two of the stories are one (their own average link is high enough), they are merged.
 * Call inside the article's transaction. Returns the story id.
 */
export function assignStory(db: Db, article: Article, x: Extraction): number {
  const mine = {
    all: articleTerms(article.title, article.text), title: articleTerms(article.title, ''), names: nameStems(article.text),
    lead: leadDay(article.text, article.title, x),
  };
  const s = scorer(db, mine);
  const ranked = s.rank(article.publishedAt);
  const best = ranked[0];
  let storyId = best && best.score >= clusterParams.threshold ? best.storyId : createStory(db, article.title, article.publishedAt);
  addToStory(db, storyId, article.id, article.publishedAt, best?.storyId === storyId ? best.score : 1);
  addArticleTerms(db, article.id, { all: mine.all, title: mine.title });
  for (const other of ranked.slice(best?.storyId === storyId ? 1 : 0)) {
    // A story this article is a later development of is another event: the article is no evidence that the two are one.
    if (other.later || other.score < clusterParams.threshold / 2 || s.storyLink(storyId, other.storyId) < clusterParams.mergeThreshold) continue;
    const [keep, drop] = storyId < other.storyId ? [storyId, other.storyId] : [other.storyId, storyId];
    mergeStories(db, keep, drop);
    storyId = keep;
  }
  refreshStoryFacts(db, storyId, article, x);
  return storyId;
}


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

/** Scores of one incoming article against stories, with the IDF of the store as it is before the article. */
function scorer(db: Db, raw: ArticleVectors & { names: ReadonlySet<string>; lead?: string }) {
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
      const later = informativeTitle && !!lead && daysAfter(lead, members[0]!.publishedAt) >= p.laterDays
        && !others.some(sameHeadline) && (members.length < p.membersCompared || !olderHeadlines(storyId).some(sameHeadline));
      const gap = Math.min(...members.map((m) => daysBetween(m.publishedAt, publishedAt)));
      out.push({ storyId, score: (later ? titled * (1 - p.laterPenalty) : titled) / (1 + gap / p.decayDays), later });
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
