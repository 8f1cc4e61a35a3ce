import type { Db } from '../db/open.ts';
import type { Article } from '../db/articles.ts';
import type { Extraction } from '../extract/types.ts';
import { articleTerms, nameStems } from './terms.ts';
import { addArticleTerms, addToStory, createStory, mergeStories } from './state.ts';
import { refreshStoryFacts } from './facts.ts';
import { leadDay } from './lead.ts';
import { clusterParams } from './params.ts';
import { scorer } from './scorer.ts';

export { clusterParams } from './params.ts';
export type { StoryMatch } from './scorer.ts';

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
  // 'World news - RT International', 'ABC News': a site's own name as the headline says nothing of the event
  const title = siteTitle(article.title, article.source) ? '' : article.title;
  const names = nameStems(article.text);
  const all = articleTerms(title, article.text);
  // names (people, places, organisations; 'las_vegas') tell events of one kind apart: 'Kestrania quake' vs 'Lusomar quake'
  for (const [t, w] of all) if (names.has(t) || t.includes('_')) all.set(t, w * clusterParams.nameWeight);
  const mine = {
    all, title: articleTerms(title, ''), names,
    lead: leadDay(article.text, title, x),
    // 'Death toll in Nice attack rises to 85', 'Suspect charged over mall shooting': the same event, days on
    followUp: FOLLOW_UP.test(title),
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

const FOLLOW_UP = /\b(?:death toll|toll (?:rises|climbs|jumps|reaches)|rises to|climbs to|charged|arrested|identified|named as|funeral|vigil|tributes?|aftermath|investigation|inquest|probe|mourn(?:s|ers)?|survivors?|victims? (?:named|identified)|clean-?up|recovery)\b/i;
const SITE_WORDS = new Set('world news latest international online home live breaking top stories headlines the uk us com homepage front page'.split(' '));

/** A headline that is only the site's name and section words ('World news - RT International' from rt.com). */
export function siteTitle(title: string, source: string): boolean {
  const site = source.toLowerCase().split(/[.\-/:]+/).filter((p) => p.length > 1 && !/^(?:www|com|co|org|net|go|https?)$/.test(p));
  const rest = title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !SITE_WORDS.has(w));
  return rest.every((w) => site.some((p) => p.includes(w)));
}
