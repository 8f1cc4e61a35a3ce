import type { Db } from '../db/open.ts';
import type { Article } from '../db/articles.ts';
import type { Extraction } from '../extract/types.ts';
import { articleTerms, nameStems } from './terms.ts';
import { cosine, daysBetween, idf, topTerms, weigh } from './similarity.ts';
import {
  addArticleTerms, addToStory, articleVectors, candidateArticles, createStory, docCount, documentFrequencies, mergeStories, storyMembers, type ArticleVectors, type Vector,
} from './state.ts';
import { refreshStoryFacts } from './facts.ts';

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
};

export type StoryMatch = { storyId: number; score: number };

/**
 * Put a newly stored article into a story (joining an existing one or starting its own).
 * Incremental: compares it only with recent articles sharing its rarest terms, averaging
 * TF-IDF cosine (text and headline) over each candidate story's articles. A story whose
 * headlines share only names with this one ('Brandt' in a budget story and in a resignation
 * story) counts half: same people, maybe another event. If the article shows that two of
 * those stories are one (their own average link is high enough), they are merged.
 * Call inside the article's transaction. Returns the story id.
 */
export function assignStory(db: Db, article: Article, x: Extraction): number {
  const mine = { all: articleTerms(article.title, article.text), title: articleTerms(article.title, ''), names: nameStems(article.text) };
  const s = scorer(db, mine);
  const ranked = s.rank(article.publishedAt);
  const best = ranked[0];
  let storyId = best && best.score >= clusterParams.threshold ? best.storyId : createStory(db, article.title, article.publishedAt);
  addToStory(db, storyId, article.id, article.publishedAt, best?.storyId === storyId ? best.score : 1);
  addArticleTerms(db, article.id, { all: mine.all, title: mine.title });
  for (const other of ranked.slice(best?.storyId === storyId ? 1 : 0)) {
    if (other.score < clusterParams.threshold / 2 || s.storyLink(storyId, other.storyId) < clusterParams.mergeThreshold) continue;
    const [keep, drop] = storyId < other.storyId ? [storyId, other.storyId] : [other.storyId, storyId];
    mergeStories(db, keep, drop);
    storyId = keep;
  }
  refreshStoryFacts(db, storyId, article, x);
  return storyId;
}

/** The most similar recent story for an article not yet stored into the clustering state. */
export function bestStory(db: Db, article: Pick<Article, 'publishedAt' | 'title' | 'text'>): StoryMatch | undefined {
  const mine = { all: articleTerms(article.title, article.text), title: articleTerms(article.title, ''), names: nameStems(article.text) };
  return scorer(db, mine).rank(article.publishedAt)[0];
}

type Weighed = ArticleVectors;
type Incoming = Weighed & { names: ReadonlySet<string> };

/** The incoming headline shares a word with b's that is not a name in its text: the same 'what', not only the same 'who'. */
const sameWhat = (a: Incoming, b: Weighed) => [...a.title.keys()].some((t) => b.title.has(t) && !t.includes('_') && !a.names.has(t));

/** Scores of one incoming article against stories, with the IDF of the store as it is before the article. */
function scorer(db: Db, raw: ArticleVectors & { names: ReadonlySet<string> }) {
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
  const vectorsOf = (id: number) => {
    let w = weighed.get(id);
    if (!w) {
      const r = articleVectors(db, id);
      weighed.set(id, (w = { all: weigh(r.all, idfOf), title: weigh(r.title, idfOf) }));
    }
    return w;
  };
  const pair = (a: Weighed, b: Weighed) => cosine(a.all, b.all) * (1 - p.titleWeight) + cosine(a.title, b.title) * p.titleWeight;

  /** Candidate stories, best first. */
  function rank(publishedAt: string): StoryMatch[] {
    if (n === 0) return [];
    const probe = topTerms(me.all, p.probeTerms).filter((t) => (df.get(t) ?? 0) > 0);
    const t = Date.parse(publishedAt);
    const window = p.windowDays * 86_400_000;
    const candidates = candidateArticles(db, probe, new Date(t - window).toISOString().slice(0, 10), new Date(t + window).toISOString(), p.candidateArticles);
    const out: StoryMatch[] = [];
    for (const storyId of new Set(candidates.map((c) => c.storyId))) {
      const members = storyMembers(db, storyId, p.membersCompared);
      const others = members.map((m) => vectorsOf(m.articleId));
      const sims = others.map((o) => pair(me, o));
      const linked = (sims.reduce((a, b) => a + b, 0) / sims.length) * (1 - p.maxWeight) + Math.max(...sims) * p.maxWeight;
      const titled = !informativeTitle || others.some((o) => sameWhat(me, o)) ? linked : linked * (1 - p.titlelessPenalty);
      const gap = Math.min(...members.map((m) => daysBetween(m.publishedAt, publishedAt)));
      out.push({ storyId, score: titled / (1 + gap / p.decayDays) });
    }
    return out.sort((a, b) => b.score - a.score || a.storyId - b.storyId);
  }

  /**
   * Average link between two stories' (newest) articles. Merging asks more than joining (every
   * pair counts, no max), so headlines sharing any term (a name too) are enough here.
   */
  function storyLink(a: number, b: number): number {
    const xs = storyMembers(db, a, p.mergeMembers).map((m) => vectorsOf(m.articleId));
    const ys = storyMembers(db, b, p.mergeMembers).map((m) => vectorsOf(m.articleId));
    if (!xs.length || !ys.length) return 0;
    let sum = 0;
    for (const x of xs) for (const y of ys) sum += pair(x, y);
    const titled = xs.some((x) => ys.some((y) => cosine(x.title, y.title) > 0));
    return (sum / (xs.length * ys.length)) * (titled ? 1 : 1 - p.titlelessPenalty);
  }

  return { rank, storyLink };
}
