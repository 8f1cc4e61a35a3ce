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
  /**
   * Names (terms written only capitalised, and name bigrams) weigh this much more in the text vector. Fictional sets
   * with two events of one kind in a week: B-cubed 0.869 → 0.915 and 0.882 → 0.927; dev unchanged at 1.5, lower at 1.75.
   */
  nameWeight: 1.5,
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
